/**
 * The era of a Stainless Python SDK (the sibling of era.ts, which holds the TypeScript forms): the forms its
 * generator wrote at the time, which its config does not decide. An SDK keeps the older forms until Stainless
 * regenerates it, so `sdkgen migrate` keeps them too; without an era, the newest forms.
 */

/** The forms of a Stainless Python SDK that changed with its generator rather than with its config. */
export interface StainlessPythonForms {
  /**
   * The client's resources are `cached_property`s that import their module on first use (LAZY_RESOURCES_SINCE on);
   * before, attributes set in `__init__` from modules the client imports.
   */
  lazyResources: boolean;
  /**
   * An argument left out defaults to `not_given` (and a params' field to `omit`), from OMIT_SENTINELS_SINCE on; before,
   * to `NOT_GIVEN`, and the client's `timeout` is annotated `Union[…]`.
   */
  omitSentinels: boolean;
  /** The package exports `DefaultAioHttpClient` and its README shows it (AIOHTTP_SINCE on). */
  aiohttp: boolean;
}

/** Stainless's "feat(client): add support for aiohttp". */
export const AIOHTTP_SINCE = '2025-06-21';
/** Stainless's "chore(types): change optional parameter type from NotGiven to Omit". */
export const OMIT_SENTINELS_SINCE = '2025-09-18';
/** Stainless's "chore: speedup initial import". */
export const LAZY_RESOURCES_SINCE = '2025-12-16';

/** Stainless's "feat(types): replace List[str] with SequenceNotStr in params". */
export const SEQUENCE_NOT_STR_SINCE = '2025-09-02';
/** Stainless's "chore: add missing docstrings" (a class's description, which its fields already had). */
export const CLASS_DOCSTRINGS_SINCE = '2025-12-08';

const CHANGES = [
  AIOHTTP_SINCE,
  OMIT_SENTINELS_SINCE,
  LAZY_RESOURCES_SINCE,
  SEQUENCE_NOT_STR_SINCE,
  CLASS_DOCSTRINGS_SINCE,
].sort();

/** The forms of a Python SDK of `era` (a `YYYY-MM-DD` date); null or unreadable: the newest. */
export function pythonFormsOfEra(era: string | null | undefined): StainlessPythonForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  const since = (change: string) => date === null || date >= change;
  return {
    lazyResources: since(LAZY_RESOURCES_SINCE),
    omitSentinels: since(OMIT_SENTINELS_SINCE),
    aiohttp: since(AIOHTTP_SINCE),
  };
}

/**
 * The forms of a Stainless Python SDK's types (the `types/` modules, and the annotations its resources' methods share
 * with them) that changed with its generator rather than with its config.
 */
export interface StainlessPythonTypeForms {
  /**
   * A params' list of plain strings is `SequenceNotStr[str]` (SEQUENCE_NOT_STR_SINCE on), which a lone `str` does not
   * satisfy; before, `List[str]`.
   */
  sequenceNotStr: boolean;
  /**
   * A class (a model or a TypedDict) opens with its schema's description as a docstring (CLASS_DOCSTRINGS_SINCE on);
   * before, only its fields were documented.
   */
  classDocstrings: boolean;
}

/** The forms of the types of a Python SDK of `era` (a `YYYY-MM-DD` date); null or unreadable: the newest. */
export function pythonTypeFormsOfEra(era: string | null | undefined): StainlessPythonTypeForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  const since = (change: string) => date === null || date >= change;
  return { sequenceNotStr: since(SEQUENCE_NOT_STR_SINCE), classDocstrings: since(CLASS_DOCSTRINGS_SINCE) };
}

/**
 * The era of a Stainless Python SDK from what its package holds (`files`: paths under the package folder, with
 * `_client.py` and `__init__.py` among them): the day of the Stainless generation it was last written by
 * (`generatedOn`) when known; else the latest era whose forms its client and `__init__.py` show (resources set in
 * `__init__`, `NOT_GIVEN` defaults, no `DefaultAioHttpClient`). Null: the newest forms, or nothing tells.
 */
export function inferStainlessPythonEra(
  files: ReadonlyArray<{ path: string; text: string }>,
  generatedOn: string | null,
): string | null {
  if (generatedOn !== null && /^\d{4}-\d{2}-\d{2}/.test(generatedOn)) {
    const date = generatedOn.slice(0, 10);
    return date >= CHANGES[CHANGES.length - 1] ? null : date;
  }
  const named = (name: string) => files.find((f) => f.path === name || f.path.endsWith(`/${name}`))?.text ?? null;
  const client = named('_client.py');
  const init = named('__init__.py');
  if (client === null) return null;
  if (init !== null && !/\bDefaultAioHttpClient\b/.test(init)) return dayBefore(AIOHTTP_SINCE);
  if (/^\s+timeout: Union\[float, Timeout, None, NotGiven\] = NOT_GIVEN,$/m.test(client))
    return dayBefore(OMIT_SENTINELS_SINCE);
  // Resources set in the constructor (`self.users = users.UsersResource(self)`), none imported on first use.
  if (/^ {8}self\.\w+ = \w+\.\w+Resource\(self\)$/m.test(client) && !/@cached_property/.test(client))
    return dayBefore(LAZY_RESOURCES_SINCE);
  return null;
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

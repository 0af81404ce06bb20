/**
 * The era of a Stainless SDK: the date of the Stainless generator that wrote it, which decides forms its config does
 * not (an SDK written before a change keeps the older form until Stainless regenerates it). `sdkgen migrate` infers
 * it from the repository, so that a migration changes only what truly changed; without one, the newest forms.
 */

/** The forms of a Stainless TypeScript SDK that changed with its generator rather than with its config. */
export interface StainlessForms {
  /** A method's doc comment shows its call (`@example`); Stainless wrote none before EXAMPLES_SINCE. */
  examples: boolean;
  /** A map is `Record<string, V>`; Stainless writes `{ [key: string]: V }` from MAPPED_TYPES_SINCE on. */
  recordMaps: boolean;
}

/** Stainless's "docs: add examples to tsdocs": every SDK generated from this day on has them. */
export const EXAMPLES_SINCE = '2025-05-07';
/** Stainless's "refactor(types): replace Record with mapped types". */
export const MAPPED_TYPES_SINCE = '2025-06-24';

/** The forms of an SDK of `era` (a `YYYY-MM-DD` date); null or unreadable: the newest. */
export function formsOfEra(era: string | null | undefined): StainlessForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  return {
    examples: date === null || date >= EXAMPLES_SINCE,
    recordMaps: date !== null && date < MAPPED_TYPES_SINCE,
  };
}

/**
 * The era of a Stainless SDK from what its repository holds: the date of the Stainless generation it was last
 * written by (`generatedOn`, `YYYY-MM-DD`) when known; else its resource modules' forms, where they tell (a map
 * written as a `Record`, no `@example` in any method's docs). Null: the newest forms, or nothing tells.
 */
export function inferStainlessEra(
  resourceModules: ReadonlyArray<{ path: string; text: string }>,
  generatedOn: string | null,
): string | null {
  if (generatedOn !== null && /^\d{4}-\d{2}-\d{2}/.test(generatedOn)) {
    const date = generatedOn.slice(0, 10);
    return date >= MAPPED_TYPES_SINCE ? null : date;
  }
  const texts = resourceModules.map((m) => m.text);
  const records = texts.some((t) => /\bRecord<string, /.test(t));
  const mapped = texts.some((t) => /\{ \[key: string\]: /.test(t));
  if (!records || mapped) return null;
  // A day before each change: the latest era whose forms these are.
  const examples = texts.some((t) => /^\s*\* @example$/m.test(t));
  return examples ? dayBefore(MAPPED_TYPES_SINCE) : dayBefore(EXAMPLES_SINCE);
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * An era given by a person (`--stainless-era`): a `YYYY-MM-DD` day that exists (that of the Stainless generation whose
 * forms to write), or `latest` for the newest forms (null). Undefined: neither.
 */
export function parseStainlessEra(value: string): string | null | undefined {
  const given = value.trim().toLowerCase();
  if (given === 'latest') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) return undefined;
  const day = new Date(`${given}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === given ? given : undefined;
}

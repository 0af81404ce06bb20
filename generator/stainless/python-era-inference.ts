/**
 * The era of a Stainless Python SDK read from its repository: the generation's day, or the latest era whose forms its
 * client and package show, qualified with the forms it shows that its day does not say (python-era.ts).
 */

import { SHARED_CLOSURE_SINCE, sharedClosureOfEra } from './era';
import {
  AIOHTTP_SINCE,
  CUSTOM_HEADERS_ENV_SINCE,
  dayBefore,
  ERA_EAGER_RESOURCES,
  ERA_LAZY_RESOURCES,
  ERA_PLAIN_RESOURCE_NAMES,
  ERA_SECURITY_OPTIONS,
  LAZY_RESOURCES_SINCE,
  OMIT_SENTINELS_SINCE,
  PYTHON_FORM_CHANGES,
  pythonFormsOfEra,
} from './python-era';

/**
 * The era of a Stainless Python SDK from what its package holds (`files`: paths under the package folder, with
 * `_client.py` and `__init__.py` among them): the day of the Stainless generation it was last written by
 * (`generatedOn`) when known; else the latest era whose forms its client and `__init__.py` show (resources set in
 * `__init__`, `NOT_GIVEN` defaults, no `DefaultAioHttpClient`). Where its client makes its resources otherwise than
 * that day's SDKs did, the day is qualified with the form it shows (`2025-10-21+lazy-resources`). Its shared types
 * modules (`types/shared/*.py`, `types/shared_params/*.py`, when among `files`) importing a resource's types module
 * put it before the shared closure (beforeSharedClosure). Null: the newest forms, or nothing tells.
 */
export function inferStainlessPythonEra(
  files: ReadonlyArray<{ path: string; text: string }>,
  generatedOn: string | null,
): string | null {
  const named = (name: string) => files.find((f) => f.path === name || f.path.endsWith(`/${name}`))?.text ?? null;
  const client = named('_client.py');
  const day = beforeSharedClosure(eraDay(client, named('__init__.py'), generatedOn), files);
  // Whether the client's resources are imported on first use is what it shows, whatever its day says; so are the
  // names of the resource classes it makes.
  const shown = client === null ? null : resourcesForm(client);
  const qualifiers = [
    ...(shown === null || shown === pythonFormsOfEra(day).lazyResources
      ? []
      : [shown ? ERA_LAZY_RESOURCES : ERA_EAGER_RESOURCES]),
    ...(client !== null && namesResourcesPlainly(client) ? [ERA_PLAIN_RESOURCE_NAMES] : []),
    ...(client !== null && SECURITY_OPTIONS_AUTH.test(client) ? [ERA_SECURITY_OPTIONS] : []),
  ];
  if (qualifiers.length === 0) return day;
  // (A day past every change is the newest forms, null; with a qualifier it is written out.)
  const written = day ?? (generatedOn?.slice(0, 10) || PYTHON_FORM_CHANGES[PYTHON_FORM_CHANGES.length - 1]);
  return [written, ...qualifiers].join('+');
}

/** The client's per-request credentials (ERA_SECURITY_OPTIONS). */
const SECURITY_OPTIONS_AUTH = /^ {4}def _auth_headers\(self, security: SecurityOptions\)/m;

/** A shared types module (`types/shared/address.py`, `types/shared_params/address.py`), not its `__init__.py`. */
const SHARED_TYPES_MODULE = /(?:^|\/)types\/shared(?:_params)?\/(?!__init__\.py$)[^/]+\.py$/;

/**
 * `day`, or the day before SHARED_CLOSURE_SINCE where one of the SDK's shared types modules (among `files`) imports a
 * types module not shared (`from ..bank_settings import BankSettings`) though its day is that or later: the repository
 * shows the earlier form, a resource's model kept in its own module (Modern Treasury's Python generations of 2026-07-17
 * on, Stainless's and its owners' stlc builds alike), and the SDK keeps it (as era.ts's `beforeSharedClosure`).
 */
function beforeSharedClosure(day: string | null, files: ReadonlyArray<{ path: string; text: string }>): string | null {
  const importing = files.some(
    (f) => SHARED_TYPES_MODULE.test(f.path) && /^from \.\.(?!shared(?:_params)?\b)\w+ import /m.test(f.text),
  );
  return importing && sharedClosureOfEra(day) ? dayBefore(SHARED_CLOSURE_SINCE) : day;
}

/**
 * Whether a client makes its resources of classes named without the `Resource` suffix: every `X(self)` it calls
 * (`Messages(self)`, `resources.Chat(self)`; not its own `…WithRawResponse(self)` wrappers) is such a name. A class
 * the owners derived from a suffixed one and named after it (`SessionsResourceWithHelpers`) shows the suffix too.
 */
function namesResourcesPlainly(client: string): boolean {
  const made = [...client.matchAll(/\b([A-Z]\w*)\(self\)/g)]
    .map((m) => m[1])
    .filter((name) => !/With\w*Response$/.test(name));
  return made.length > 0 && made.every((name) => !/Resource(?:With[A-Z]\w*)?$/.test(name));
}

function eraDay(client: string | null, init: string | null, generatedOn: string | null): string | null {
  if (generatedOn !== null && /^\d{4}-\d{2}-\d{2}/.test(generatedOn)) {
    const date = generatedOn.slice(0, 10);
    return date >= PYTHON_FORM_CHANGES[PYTHON_FORM_CHANGES.length - 1] ? null : date;
  }
  if (client === null) return null;
  if (init !== null && !/\bDefaultAioHttpClient\b/.test(init)) return dayBefore(AIOHTTP_SINCE);
  if (/^\s+timeout: Union\[float, Timeout, None, NotGiven\] = NOT_GIVEN,$/m.test(client))
    return dayBefore(OMIT_SENTINELS_SINCE);
  if (resourcesForm(client) === false) return dayBefore(LAZY_RESOURCES_SINCE);
  // No headers read from the environment (`<PREFIX>_CUSTOM_HEADERS`).
  if (!/os\.environ\.get\("\w+_CUSTOM_HEADERS"\)/.test(client)) return dayBefore(CUSTOM_HEADERS_ENV_SINCE);
  return null;
}

/**
 * How a client's resources are made: true, `cached_property`s importing their module on first use
 * (`def users(self) -> UsersResource:` under `@cached_property`); false, set in the constructor
 * (`self.users = users.UsersResource(self)`); null, neither shows (a client without resources).
 */
function resourcesForm(client: string): boolean | null {
  if (/^ {4}@cached_property\n {4}def \w+\(self\) -> \w+Resource:$/m.test(client)) return true;
  if (/^ {8}self\.\w+ = \w+\.\w+Resource\(self\)$/m.test(client)) return false;
  return null;
}

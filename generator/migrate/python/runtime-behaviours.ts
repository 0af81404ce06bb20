/**
 * What owners patched into Stainless's Python runtime (`_models.py`, `_utils/`, `_base_client.py`) to make it behave
 * as sdkgen's runtime does already: such a patch has nothing to land on in sdkgen's modules and nothing to carry, and
 * the report names the test of sdkgen's showing the runtime doing it (owners/runtime-behaviours.ts for TypeScript).
 */
import { dropDoneBySdkgen, type RuntimeBehaviour } from '../owners/runtime-behaviours';

/** `omit` (Stainless's `Omit()`), named in code or prose. */
const OMIT = /\bOmit\b|\bomit\b/;
/** Where Stainless's runtime drops unset values from a request's options: `strip_not_given`, `NotGiven`, headers. */
const STRIPS_UNSET = /\bstrip_not_given\b|\bNotGiven\b|\bnot_given\b|\bheaders\b/;

export const PYTHON_RUNTIME_BEHAVIOURS: RuntimeBehaviour[] = [
  {
    does:
      "a request's `omit` header value (`extra_headers={…: omit}`) removes the client's default header of that name " +
      'instead of being dropped as unset before the headers are merged',
    test: 'test/python/runtime/test_client.py › test_extra_options',
    madeBy: (removed, added) =>
      added.some((line) => OMIT.test(line)) && [...removed, ...added].some((line) => STRIPS_UNSET.test(line)),
  },
];

/** A module of Stainless's runtime (`src/<pkg>/_models.py`, `src/<pkg>/_utils/…`), which sdkgen's replaces. */
const RUNTIME_MODULE = /^src\/[^/]+\/(?:_[^/]*\.py$|_utils\/)/;

/** The rejected hunks without the runtime patches sdkgen's runtime makes needless, each listed in `doneBySdkgen`. */
export function dropDoneByPythonRuntime(
  rejected: Array<{ path: string; hunks: string[] }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected.flatMap((file) =>
    RUNTIME_MODULE.test(file.path) ? dropDoneBySdkgen([file], doneBySdkgen, PYTHON_RUNTIME_BEHAVIOURS) : [file],
  );
}

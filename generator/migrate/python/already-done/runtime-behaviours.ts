/**
 * What owners patched into Stainless's Python runtime (`_models.py`, `_utils/`, `_base_client.py`) to make it behave
 * as sdkgen's runtime does already: such a patch has nothing to land on in sdkgen's modules and nothing to carry, and
 * the report names the test of sdkgen's showing the runtime doing it (owners/runtime-behaviours.ts for TypeScript); and
 * the stream check the owners added to Stainless's test helpers (stream-helper-done.ts).
 */
import { inPackageMatching } from '../../../emit/python/package-root';
import { dropDoneBySdkgen, type RuntimeBehaviour } from '../../owners/runtime-behaviours';
import { pythonCode } from './comment-only';
import { STREAM_HELPER_BEHAVIOUR, withoutStreamCheck } from './stream-helper-done';

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
    // (Only where the patch sends nothing of its own: a header it names, a parameter or method it defines, is an edit
    // of what the client sends, `"OpenAI-Organization": … else Omit()` in `default_headers`, not this behaviour.)
    madeBy: (removed, added) =>
      added.some((line) => OMIT.test(line)) &&
      [...removed, ...added].some((line) => STRIPS_UNSET.test(line)) &&
      sendsNothingOfItsOwn(added),
  },
  {
    does:
      'a model built without validation (`construct`) sets an aliased field from its wire key and keeps no copy of ' +
      'that key as an extra value of the model',
    test: 'test/python/runtime/test_construct_aliases.py › test_aliased_key_sets_the_field_only',
    // Stainless's `construct` reading a field's value by its key (`values[key]`), patched to take it out of the values
    // left for the extras (`values.pop(key)`), the rest of the line as it was.
    madeBy: (removed, added) =>
      removed.length === 1 &&
      added.length === 1 &&
      READS_VALUE.test(removed[0]) &&
      added[0].replace(POPS_VALUE, 'values[$1]').trim() === removed[0].trim(),
  },
  {
    does:
      '`model_dump` hands pydantic a bool `by_alias`, False when the caller asks for none (never `None`, which ' +
      'pydantic 2.10 and later refuse)',
    test: 'test/python/runtime/test_model_dump_by_alias.py › test_model_dump_by_alias_is_a_bool',
    // Stainless's `model_dump` passing `by_alias` only when set (`**kwargs`) or as given, patched to pass a bool in
    // its place (`by_alias=bool(by_alias) if by_alias is not None else False`), nothing else changed.
    madeBy: (removed, added) =>
      removed.length <= 1 &&
      removed.every((line) => PASSES_BY_ALIAS_AS_SET.test(line)) &&
      added.length === 1 &&
      BOOL_BY_ALIAS.test(added[0]),
  },
  {
    does:
      'a `retry-after` date the platform cannot turn into a time (`ValueError`, `OverflowError`) is read as no delay ' +
      'asked, and the retry waits its own backoff, instead of the error ending the request',
    test: 'test/python/runtime/test_client.py › test_retry_after_date_out_of_range',
    // Stainless's `parsedate_tz`/`mktime_tz` lines put inside a `try` whose `except` returns None, nothing else added.
    madeBy: (removed, added) =>
      added.some((line) => DATE_ERRORS.test(line)) &&
      added.some((line) => /^\s*try:\s*$/.test(line)) &&
      [...removed, ...added].some((line) => /\bemail\.utils\.(?:parsedate_tz|mktime_tz)\(/.test(line)) &&
      [...removed, ...added].every((line) => line.trim() === '' || RETRY_DATE_LINE.test(line)),
  },
  {
    does: "a model sent in a request's params leaves out its `__api_exclude__` fields (Stainless's transform does too)",
    test: 'test/python/runtime/test_transform_formats.py › test_a_models_api_exclude_fields_are_not_sent',
    // Stainless's `model_dump(data, …)` of a model in the params given the model's `__api_exclude__`, nothing else.
    madeBy: (removed, added) => {
      const [before, after] = [removed, added].map((lines) => lines.join(' ').replace(/\s+/g, ''));
      return (
        before.includes('model_dump(') &&
        after.replace(/,?exclude=getattr\((\w+),["']__api_exclude__["'],None\)/, '').replace(/,\)/, ')') ===
          before.replace(/,\)/, ')')
      );
    },
  },
];

/** The `except` catching what reading an HTTP date into a time raises. */
const DATE_ERRORS = /^\s*except\s*\((?=[^)]*\b(?:ValueError|OverflowError)\b)[\w\s,]*\)\s*:\s*$/;
/** The lines of reading a `retry-after` date, and the guard around them. */
const RETRY_DATE_LINE =
  /^\s*(?:try:|except\b.*:|return None|if \w+ is None:|\w+ = email\.utils\.(?:parsedate_tz|mktime_tz)\(\w+\))\s*$/;

/**
 * Whether added lines (their comments aside) define nothing (no `def`, `class`, nor parameter with a default), set no
 * header (`headers[…] = …`, `.update(`, `.setdefault(`) and name no string but the request options' `headers` key: a
 * patch to how unset values are dropped, not to what is sent.
 */
function sendsNothingOfItsOwn(added: string[]): boolean {
  const code = pythonCode(added.join('\n'));
  const strings = code.flatMap((line) => line.match(/(["'])(?:(?!\1)[^\\]|\\.)*\1/g) ?? []);
  return (
    strings.every((text) => text.slice(1, -1) === 'headers') &&
    !code.some((line) =>
      /\bheaders(?:_dict)?\s*\[[^\]]*\]\s*=(?!=)|\bheaders(?:_dict)?\.(?:update|setdefault)\(/.test(line),
    ) &&
    !code.some((line) => /^\s*(?:async\s+)?(?:def|class)\s|^\s*\w+\s*:[^=]*=[^=].*,$/.test(line))
  );
}

/** `by_alias` passed on as the caller set it, or among the keyword values built for it (`**kwargs,`). */
const PASSES_BY_ALIAS_AS_SET = /^\s*(?:\*\*kwargs|by_alias\s*=\s*by_alias)\s*,?\s*$/;
/** `by_alias` passed as a bool whatever the caller gave: `bool(by_alias) if by_alias is not None else False`, `bool(by_alias)`. */
const BOOL_BY_ALIAS =
  /^\s*by_alias\s*=\s*(?:bool\(\s*by_alias\s*\)(?:\s+if\s+by_alias\s+is\s+not\s+None\s+else\s+False)?|by_alias\s+if\s+by_alias\s+is\s+not\s+None\s+else\s+False)\s*,?\s*$/;

/** A value read by its key from a `construct`'s keyword values (`values[key]`), and the same taken out of them. */
const READS_VALUE = /\bvalues\[(\w+)\]/;
const POPS_VALUE = /\bvalues\.pop\((\w+)\)/;

/** A module of Stainless's runtime (the package's `_models.py`, `_utils/…`; pathInPackage), which sdkgen's replaces. */
const RUNTIME_MODULE = /^(?:_[^/]*\.py$|_utils\/)/;
/** Stainless's test helpers, which sdkgen's replace (stream-helper-done.ts). */
const TEST_HELPERS = 'tests/utils.py';

/**
 * The rejected hunks without the runtime (and test helper) patches sdkgen's makes needless, each listed in
 * `doneBySdkgen`.
 */
export function dropDoneByPythonRuntime(
  rejected: Array<{ path: string; hunks: string[] }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
  importName: string,
): Array<{ path: string; hunks: string[] }> {
  return rejected.flatMap((file) =>
    inPackageMatching(file.path, importName, RUNTIME_MODULE)
      ? dropDoneBySdkgen([file], doneBySdkgen, PYTHON_RUNTIME_BEHAVIOURS)
      : file.path === TEST_HELPERS
        ? withoutStreamChecks(file, doneBySdkgen)
        : [file],
  );
}

/** The test helpers' hunks without the stream checks sdkgen's helper makes, each listed in `doneBySdkgen`. */
function withoutStreamChecks(
  file: { path: string; hunks: string[] },
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
): Array<{ path: string; hunks: string[] }> {
  const hunks = file.hunks.flatMap((hunk) => {
    const judged = withoutStreamCheck(hunk);
    if (judged.done) doneBySdkgen.push({ path: file.path, ...STREAM_HELPER_BEHAVIOUR });
    return judged.hunk === null ? [] : [judged.hunk];
  });
  return hunks.length > 0 ? [{ path: file.path, hunks }] : [];
}

/**
 * The owners' patch to Stainless's `_serialize_multipartform` (the client's serialiser of a multipart body's fields)
 * when the SDK's generic multipart form is "values" (generator/ir/multipart-encoding.ts `genericMultipartForm`,
 * `MULTIPART_FORM = "values"` in `_utils/_utils.py`): sdkgen's method then sends a nested value as its JSON text, as
 * the patch makes Stainless's do, so the patch is done by sdkgen, not carried. Carried, the owners' whole method would
 * take the place of sdkgen's (owners-methods.ts) and keep doing so on every regeneration.
 *
 * Told by what the patch does (its changed lines, `encoderPatchOf`: Stainless's bracketed `array_format` taken out, a
 * value's `json.dumps` put in), never by the repository: a patch doing anything else there stays the owners'.
 *
 * Hook: generator/migrate/python/plan.ts, on each Python file Stainless wrote before its edits are re-applied:
 * `withSerializerPatchDone(path, pristine, edited, inputs.api ?? null)`; where it returns, its `text` is the owners'
 * text to carry and its `done` goes to `plan.doneBySdkgen`.
 */
import { inPackageMatching } from '../../../emit/python/package-root';
import { genericMultipartForm } from '../../../ir/multipart-encoding';
import type { Api } from '../../../ir/types';
import { editsAsHunks } from '../../reapply/hunks';
import { encoderPatchOf } from '../../reapply/multipart-covered';
import { pythonCode } from './comment-only';

/** Stainless's client module, whose `BaseClient` has the serialiser. */
const CLIENT_MODULE = /^_base_client\.py$/;
const SERIALIZER = '_serialize_multipartform';

/** What sdkgen's SDK does in the patch's place, as the report says it. */
export const SERIALIZER_DOES =
  'the client\'s `_serialize_multipartform` sends the SDK\'s "values" form (`MULTIPART_FORM`): a list, tuple or ' +
  'dict as one field of its JSON text (`json.dumps`), booleans `true`/`false`, other scalars their text, None left ' +
  'out, as this patch makes it';
/** The test that shows it (`test/<file> › <title>`). */
export const SERIALIZER_TEST =
  "test/multipart-generic-form-sdk.test.ts › Python: extract_files names a list's files under the field's name; JSON " +
  'parts are typed application/json';

export interface SerializerPatchDone {
  /** The owners' text with Stainless's serialiser in place of theirs: what is left to carry. */
  text: string;
  /** One entry a hunk of the patch, for `plan.doneBySdkgen`. */
  done: Array<{ path: string; does: string; test: string }>;
}

/**
 * `edited` (the owners' text of a Stainless file) with Stainless's `_serialize_multipartform` in place of theirs where
 * their edit of it is sdkgen's "values" form and the SDK sends that form; null otherwise (another file, no such edit,
 * another SDK form, a method that cannot be told apart).
 */
export function withSerializerPatchDone(
  path: string,
  pristine: string,
  edited: string,
  api: Api | null,
  importName: string,
): SerializerPatchDone | null {
  if (api === null || !inPackageMatching(path, importName, CLIENT_MODULE) || genericMultipartForm(api) !== 'values')
    return null;
  const theirs = methodSpan(edited, SERIALIZER);
  const stainless = methodSpan(pristine, SERIALIZER);
  if (theirs === null || stainless === null) return null;
  const [theirLines, stainlessLines] = [theirs.lines, stainless.lines];
  if (theirLines.join('\n') === stainlessLines.join('\n')) return null;
  const [theirSet, stainlessSet] = [new Set(theirLines), new Set(stainlessLines)];
  const patch = encoderPatchOf(
    stainlessLines.filter((line) => !theirSet.has(line)),
    theirLines.filter((line) => !stainlessSet.has(line)),
  );
  if (patch === null || !patch.plainAsJson || !sendsEveryNestedAsJson(theirLines)) return null;
  const lines = edited.split('\n');
  const text = [...lines.slice(0, theirs.start), ...stainlessLines, ...lines.slice(theirs.end)].join('\n');
  const hunks = editsAsHunks(text, edited).length;
  return { text, done: Array.from({ length: hunks }, () => ({ path, does: SERIALIZER_DOES, test: SERIALIZER_TEST })) };
}

/**
 * Whether the owners' serialiser sends every list, tuple and dict as its JSON text, as sdkgen's "values" form does:
 * each `json.dumps(value)` under an `else:` or an `isinstance(value, …)` naming both a list and a dict type, no
 * bracketed `array_format` left, and no field singled out by its key (`if key == "metadata":`). A patch sending dicts
 * as JSON and lists bracketed, or one field otherwise, does what sdkgen's form does not: it stays the owners'.
 */
function sendsEveryNestedAsJson(method: string[]): boolean {
  const code = pythonCode(method.join('\n'));
  if (code.some((line) => /\barray_format\s*=/.test(line))) return false;
  if (code.some((line) => /\b\w*key\s*(?:[=!]=|(?:not\s+)?in\b)\s*[("'[{]|["']\s*[=!]=\s*\w*key\b/.test(line)))
    return false;
  const indent = (line: string) => line.length - line.trimStart().length;
  const dumps = code.flatMap((line, at) => (/\bjson\.dumps\(\s*value\b/.test(line) ? [at] : []));
  return (
    dumps.length > 0 &&
    dumps.every((at) => {
      const condition = code
        .slice(0, at)
        .reverse()
        .find((line) => indent(line) < indent(code[at]!));
      if (condition === undefined) return false;
      if (/^\s*else\s*:/.test(condition)) return true;
      const types = /\bisinstance\(\s*value\s*,([^)]*\)?)/.exec(condition)?.[1] ?? '';
      return /\b(?:list|List|Sequence|Iterable)\b/.test(types) && /\b(?:dict|Dict|Mapping)\b/.test(types);
    })
  );
}

/**
 * The lines of the one method (or function) `name` in `text`: from its `def` line (with the decorators right above
 * it) to its last line of code, blank lines after it left out; null where there is none or more than one.
 */
function methodSpan(text: string, name: string): { start: number; end: number; lines: string[] } | null {
  const lines = text.split('\n');
  const def = new RegExp(`^(\\s*)(?:async\\s+)?def\\s+${name}\\s*\\(`);
  const found = lines.flatMap((line, index) => (def.test(line) ? [index] : []));
  if (found.length !== 1) return null;
  const at = found[0]!;
  const depth = def.exec(lines[at]!)![1]!.length;
  let start = at;
  while (start > 0 && /^\s*@/.test(lines[start - 1]!)) start--;
  let end = at + 1;
  // The body: every line indented deeper than the `def`, blank lines among them. (A multi-line signature's lines are
  // indented deeper too; its closing `) -> T:` at the def's depth is taken while the signature is open.)
  let open = (lines[at]!.match(/\(/g) ?? []).length - (lines[at]!.match(/\)/g) ?? []).length;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (open > 0) {
      open += (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
      end = i + 1;
      continue;
    }
    if (line.trim() === '') continue;
    if (line.length - line.trimStart().length <= depth) break;
    end = i + 1;
  }
  return { start, end, lines: lines.slice(start, end) };
}

/**
 * The owners' patch to Stainless's Python runtime that sends a file as a request's raw body (Stainless's older SDKs had
 * no binary bodies; its `binary_request=` patch, often made with a Stainless engineer): a `binary_request: FileTypes`
 * parameter on the client's `post`, a `content` field on `FinalRequestOptions`, `content=options.content` handed to
 * httpx, the file helpers it imports (`_transform_file`) and one it adds to `_files.py` (`get_file_content`). sdkgen's
 * runtime does it already: its `post`/`put`/`patch` take `content=`, and a file, a path or a `(name, content, type)`
 * tuple given there is sent as the file's bytes. Carried, the patch would land in pieces (imports of helpers no code
 * calls, a helper nothing uses) with its uses rejected, so each of its edits is Stainless's lines put back, reported done.
 *
 * Told by what its lines do, never by the repository: an edit only adding `binary_request` or a request's `content`
 * (with the lines it re-lays), and the imports and top-level helpers those lines name. Any other edit stays the owners'.
 *
 * Hook: generator/migrate/python/plan.ts: `binaryRequestNames` over the repository's runtime modules once, then
 * `withBinaryRequestDone(path, pristine, edited, names)` on each Python file Stainless wrote, before its edits are
 * re-applied (as multipart-form-done.ts).
 */
import { diff, lines } from '../../../write/merge';
import { inPackageMatching } from '../../../emit/python/package-root';

/** What sdkgen's runtime does in the patch's place, as the report says it. */
export const BINARY_REQUEST_DOES =
  "a file given as a request's body (bytes, a file, a path or a `(name, content, type)` tuple) is sent as its raw " +
  "bytes: sdkgen's client `post`/`put`/`patch` take it as `content=`, as the `binary_request` patch made Stainless's do";
/** The test that shows it. */
export const BINARY_REQUEST_TEST = 'test/python/runtime/test_bodies.py › test_binary_bodies_sent_as_they_are';

/** A module of Stainless's runtime (`_base_client.py`, `_models.py`, `_files.py`, `_utils/…`; pathInPackage). */
const RUNTIME_MODULE = /^(?:_[^/]*\.py$|_utils\/)/;

/** A line of the patch proper: the `binary_request` parameter or argument, or the request's `content`. */
const BODY_LINE = [
  /\bbinary_request\b/,
  /^\s*content\s*=\s*options\.content\s*$/,
  /^\s*content=content,?\s*$/,
  /^\s*content:\s*(?:Union\[|Optional\[)?\w*File(?:Content|Types)\b/,
];
const isBodyLine = (line: string) => BODY_LINE.some((re) => re.test(line));

const IDENTIFIER = /\b[A-Za-z_]\w*\b/g;
/** Names a body line reads that no import or helper of the patch brings: keywords, the parameter, the options. */
const NOT_IMPORTED = new Set(['if', 'else', 'None', 'await', 'content', 'options', 'self', 'Union', 'Optional']);
const squeezed = (text: string) => text.replace(/[\s,]+/g, '');

interface Edit {
  removed: string[];
  added: string[];
  hunk: { baseStart: number; baseEnd: number; start: number; end: number };
}

function editsOf(pristine: string, edited: string): { a: string[]; b: string[]; edits: Edit[] } | null {
  const [a, b] = [lines(pristine), lines(edited)];
  const hunks = diff(a, b);
  if (hunks === null) return null;
  const strip = (line: string) => line.replace(/\n$/, '');
  const edits = hunks.map((hunk) => ({
    removed: a.slice(hunk.baseStart, hunk.baseEnd).map(strip),
    added: b.slice(hunk.start, hunk.end).map(strip),
    hunk,
  }));
  return { a, b, edits };
}

/**
 * Whether an edit is the patch proper: it adds body lines and otherwise only re-lays the lines it removes (Stainless's
 * one-line `FinalRequestOptions.construct(…)` call split an argument a line around the new `content=`).
 */
function isBodyEdit(edit: Edit): boolean {
  const body = edit.added.filter(isBodyLine);
  if (body.length === 0) return false;
  const rest = edit.added.filter((line) => !isBodyLine(line));
  return squeezed(rest.join('')) === squeezed(edit.removed.join(''));
}

/** The names the patch's body lines read, over the repository's runtime modules (null: no such patch there). */
export function binaryRequestNames(
  files: Array<{ path: string; text: string | null }>,
  pristineOf: (path: string) => string | null | undefined,
  importName: string,
): Set<string> | null {
  const names = new Set<string>();
  for (const file of files) {
    const pristine = pristineOf(file.path);
    if (
      !inPackageMatching(file.path, importName, RUNTIME_MODULE) ||
      file.text === null ||
      pristine == null ||
      pristine === file.text
    )
      continue;
    for (const edit of editsOf(pristine, file.text)?.edits ?? [])
      if (isBodyEdit(edit))
        for (const line of edit.added.filter(isBodyLine))
          for (const name of line.match(IDENTIFIER) ?? []) if (!NOT_IMPORTED.has(name)) names.add(name);
  }
  return names.has('binary_request') ? names : null;
}

/** An edit adding only import lines (or items of a parenthesised import) whose new names the patch reads. */
function isImportEdit(edit: Edit, names: Set<string>): boolean {
  // (An item of a parenthesised import is a name and its comma, a line: Stainless's layout.)
  const importish = (line: string) =>
    /^\s*(?:from\s+\S+\s+)?import\b|^\s+\w+(?:\s+as\s+\w+)?,\s*$|^\s*\)?\s*$/.test(line);
  if (!edit.added.every(importish) || !edit.removed.every(importish)) return false;
  const before = new Set(edit.removed.flatMap((line) => line.match(IDENTIFIER) ?? []));
  const brought = edit.added.flatMap((line) => line.match(IDENTIFIER) ?? []).filter((name) => !before.has(name));
  const keywords = new Set(['from', 'import', 'as']);
  const newNames = brought.filter((name) => !keywords.has(name));
  return newNames.length > 0 && newNames.every((name) => names.has(name));
}

/** An edit adding one top-level function (its body, blank lines) that the patch calls, and removing nothing. */
function isHelperEdit(edit: Edit, names: Set<string>): boolean {
  if (edit.removed.some((line) => line.trim() !== '')) return false;
  const code = edit.added.filter((line) => line.trim() !== '');
  const def = /^(?:async\s+)?def\s+(\w+)\s*\(/.exec(code[0] ?? '');
  return def !== null && names.has(def[1]!) && code.slice(1).every((line) => /^\s/.test(line));
}

/**
 * `edited` (the owners' text of a Stainless runtime module) with Stainless's lines in place of each edit of the patch,
 * and one entry a edit for `plan.doneBySdkgen`; null where the module has none of it.
 */
export function withBinaryRequestDone(
  path: string,
  pristine: string,
  edited: string,
  names: Set<string> | null,
  importName: string,
): { text: string; done: Array<{ path: string; does: string; test: string }> } | null {
  if (names === null || !inPackageMatching(path, importName, RUNTIME_MODULE) || pristine === edited) return null;
  const parsed = editsOf(pristine, edited);
  if (parsed === null) return null;
  const patch = parsed.edits.filter((e) => isBodyEdit(e) || isImportEdit(e, names) || isHelperEdit(e, names));
  if (patch.length === 0) return null;
  const out: string[] = [];
  let at = 0;
  for (const { hunk } of patch) {
    out.push(...parsed.b.slice(at, hunk.start), ...parsed.a.slice(hunk.baseStart, hunk.baseEnd));
    at = hunk.end;
  }
  out.push(...parsed.b.slice(at));
  const done = patch.map(() => ({ path, does: BINARY_REQUEST_DOES, test: BINARY_REQUEST_TEST }));
  return { text: out.join(''), done };
}

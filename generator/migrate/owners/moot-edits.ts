/**
 * Edits of the owners' that leave nothing to carry over to sdkgen's files, told apart so that the migration report
 * lists them as such rather than as edits a person must carry by hand: a module changed only in its comments (a
 * licence header added to every file), a JSON file only laid out anew, and the skip of a generated test sdkgen does
 * not write.
 */
import { sameCode } from '../repository/code-mask';
import { SOURCE_FILE } from '../repository/imports';
import { TEST_FILE } from '../package/test-runner';
import { parseObjectAt } from '../json-object';
import { jsonHasResult } from './moot-json';
import { isMootImportRename } from './alias-renames';
import { editsAsHunks } from '../reapply/hunks';
import { lines as textLines } from '../../write/merge';
import { sameTokenRuns, type TokenLanguage } from '../reapply/same-tokens';

/**
 * The rejected hunks without those that skip a generated test `writes` no longer has (each listed in `skipped` as
 * `path: test name`), and without the files left with none.
 */
export function dropSkipsWithoutTest(
  rejected: Array<{ path: string; hunks: string[] }>,
  writes: Array<{ path: string; contents: string }>,
  skipped: string[],
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      const written = writes.find((f) => f.path === path)?.contents;
      if (written === undefined || !TEST_FILE.test(path)) return { path, hunks };
      return {
        path,
        hunks: hunks.filter((hunk) => {
          const name = skippedTest(hunk);
          if (name === null || testNamed(written, name)) return true;
          skipped.push(`${path}: ${name}`);
          return false;
        }),
      };
    })
    .filter(({ hunks }) => hunks.length > 0);
}

/** The opening line of a test: `test('name', …` or `it("name", …`, the name its group 2. */
const TEST_OPENING = /^\s*(?:test|it)(?:\.skip)?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/;

/**
 * The name of the test a unified-diff hunk only skips (`test(` → `test.skip(`, comments around it allowed), or null
 * when the hunk does anything else.
 */
function skippedTest(hunk: string): string | null {
  const lines = hunk.split('\n');
  const removed = lines.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = lines
    .filter((line) => line.startsWith('+'))
    .map((line) => line.slice(1))
    .filter((line) => !/^\s*\/\//.test(line));
  if (removed.length !== 1 || added.length !== 1 || !/^\s*(?:test|it)\.skip\(/.test(added[0])) return null;
  const before = TEST_OPENING.exec(removed[0]);
  const after = TEST_OPENING.exec(added[0]);
  return before && after && before[2] === after[2] && !/\.skip\(/.test(removed[0]) ? before[2] : null;
}

/** Whether a test file has a test of that name. */
function testNamed(text: string, name: string): boolean {
  return text.split('\n').some((line) => TEST_OPENING.exec(line)?.[2] === name);
}

/**
 * Whether two texts of a file say the same: a module's code but for comments, a shell script's commands but for its
 * comment lines (llama-stack's owners put a licence header in every script), a JSON file's value but for layout.
 */
export function sameContent(path: string, a: string, b: string): boolean {
  if (SOURCE_FILE.test(path)) return sameCode(a, b);
  if (isShellScript(path, a)) return shellCommands(a) === shellCommands(b);
  if (!path.endsWith('.json')) return false;
  const [x, y] = [parseObjectAt(path, a), parseObjectAt(path, b)];
  return x !== null && y !== null && JSON.stringify(x) === JSON.stringify(y);
}

/**
 * The rejected hunks without those whose result sdkgen's file has already (knock-mgmt's owners renamed the type
 * `Partial`, which shadows TypeScript's, to `PartialResource`, as sdkgen names it): every line a hunk adds is in
 * sdkgen's file, in a run of the same order, one of them at least not in Stainless's (and, but in a module, one at
 * least saying something: three letters or digits); no line it removes is, and each says something (a word, not a
 * bracket). Lines are compared trimmed, without a trailing comma or semicolon, `type ` or ` as <the same name>`; in a
 * module, the added lines are found too as a run of sdkgen's lines with the same tokens, however sdkgen's formatter
 * wraps them (reapply/same-tokens.ts: Prettier joins a call the owners wrapped). A
 * hunk of blank lines alone has its result anywhere. A JSON file's hunk has its result where what it sets is in
 * sdkgen's JSON, however laid out (moot-json.ts). A hunk renaming only a name Stainless's file imports, which
 * sdkgen's file does not bind to that module, has its result too (alias-renames.ts). Each file's dropped hunks are
 * counted in `alreadyThere`, with the line of sdkgen's file each one's added lines start on.
 */
export function dropAlreadyThere(
  rejected: Array<{ path: string; hunks: string[] }>,
  writes: Array<{ path: string; contents: string }>,
  pristine: (path: string) => string | undefined,
  alreadyThere: Array<{ path: string; hunks: number; lines?: number[] }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      const written = writes.find((f) => f.path === path)?.contents;
      const stainless = pristine(path);
      if (written === undefined || stainless === undefined) return { path, hunks };
      const ours = codeLines(written);
      const theirs = new Set(codeLines(stainless).map(({ text }) => text));
      const module = SOURCE_FILE.test(path);
      const language = path.endsWith('.py') ? 'python' : module ? 'typescript' : undefined;
      const found: number[] = [];
      // (Only unified-diff hunks: a JSON file's key-by-key rejections say in words what both sides set.)
      const kept = hunks.filter((hunk) => {
        if (!hunk.startsWith('@@ ')) return true;
        const at = resultAt(hunk, ours, theirs, module, written, language);
        if (at !== null) {
          if (at >= 0) found.push(at + 1);
          return false;
        }
        return (
          !(module && isMootImportRename(hunk, stainless, written)) &&
          !(path.endsWith('.json') && jsonHasResult(hunk, stainless, written))
        );
      });
      if (kept.length < hunks.length)
        alreadyThere.push({
          path,
          hunks: hunks.length - kept.length,
          ...(found.length > 0 ? { lines: found.sort((a, b) => a - b) } : {}),
        });
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}

/**
 * Where sdkgen's file (`written`, its lines `ours`) has the hunk's result: the line (0-based) its added lines start
 * on, -1 where it adds none (or blank lines only), null where it does not have it. The added lines are found as
 * `comparable` makes them, or, in a module, as the same tokens however wrapped (reapply/same-tokens.ts).
 */
function resultAt(
  hunk: string,
  ours: Array<{ text: string; line: number }>,
  stainless: ReadonlySet<string>,
  module: boolean,
  written: string,
  language: TokenLanguage | undefined,
): number | null {
  const lines = hunk.split('\n');
  const changed = (sign: string) =>
    lines
      .filter((line) => line.startsWith(sign) && !line.startsWith(`${sign}${sign}${sign}`))
      .map((line) => comparable(line.slice(1)))
      .filter((line) => line !== '');
  // Blank lines only, added or removed (OneBusAway's owners took one out of a test's `beforeEach`, which sdkgen's
  // file does without): the code says the same either way.
  if (lines.every((line) => !/^[-+](?![-+]{2})/.test(line) || line.slice(1).trim() === '')) return -1;
  const added = changed('+');
  const removed = changed('-');
  if (
    added.length + removed.length === 0 ||
    removed.some((line) => !/\w/.test(line) || ours.some(({ text }) => text === line))
  )
    return null;
  if (added.length === 0) return -1;
  if (added.every((line) => stainless.has(line))) return null;
  if (!module && !added.some((line) => /\w{3}/.test(line))) return null;
  // The added lines, in order, one after the other in sdkgen's file.
  const at = ours.findIndex((_, k) => added.every((line, i) => ours[k + i]?.text === line));
  if (at >= 0) return ours[at].line;
  return language === undefined ? null : (sameTokensAt(hunk, written, language) ?? null);
}

/** The line of `written` where a run of lines says what the hunk's added lines say (reapply/same-tokens.ts). */
function sameTokensAt(hunk: string, written: string, language: TokenLanguage): number | undefined {
  // (The hunk's lines as the owners left them, its context after the added lines telling a trailing comma's bracket.)
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const after = body.filter((line) => !line.startsWith('-')).map((line) => `${line.slice(1)}\n`);
  const signs = body.filter((line) => !line.startsWith('-')).map((line) => line[0]);
  const [start, end] = [signs.indexOf('+'), signs.lastIndexOf('+') + 1];
  // (Only added lines one after the other: a hunk adding lines apart is not one run.)
  if (start < 0 || signs.slice(start, end).some((sign) => sign !== '+')) return undefined;
  return sameTokenRuns(after, start, end, textLines(written), language)?.inTarget[0]?.start;
}

/** A file's lines as `comparable` makes them, with their indexes, blank ones left out. */
function codeLines(text: string): Array<{ text: string; line: number }> {
  return text
    .split('\n')
    .map((line, i) => ({ text: comparable(line), line: i }))
    .filter(({ text }) => text !== '');
}

function comparable(line: string): string {
  return line
    .trim()
    .replace(/[,;]$/, '')
    .replace(/^type\s+/, '')
    .replace(/^([\w$]+) as \1$/, '$1');
}

/**
 * The rejected hunks without those that change only comments of the file as Stainless wrote it (OneBusAway's owners
 * renamed the SDK in a comment of `scripts/build`, which sdkgen replaces): the code they comment goes, so there is
 * nothing of the owners' to carry. Each is applied to Stainless's text, which must say the same after it in the
 * file's language (`#` lines of a shell script, `//` and `/* *\/` in a module); a line of a doc comment (`/**`,
 * ` * …`) is the SDK's documentation, never dropped. Only a file whose every rejected hunk is such goes (the rest show the file's edits whole); each is
 * listed in `commentOnly`.
 */
export function dropCommentOnly(
  rejected: Array<{ path: string; hunks: string[] }>,
  pristine: (path: string) => string | undefined,
  commentOnly: string[],
): Array<{ path: string; hunks: string[] }> {
  return rejected.filter(({ path, hunks }) => {
    const stainless = pristine(path);
    if (stainless === undefined || !hunks.every((hunk) => onlyComments(path, stainless, hunk))) return true;
    if (!commentOnly.includes(path)) commentOnly.push(path);
    return false;
  });
}

/**
 * Whether `edited` changes only comments of `stainless` (a file sdkgen removes), doc comments aside: those are the
 * SDK's documentation (an `@example` the owners rewrote), theirs to see.
 */
export function commentsOnlyEdited(path: string, stainless: string, edited: string): boolean {
  if (!sameContent(path, stainless, edited)) return false;
  if (SOURCE_FILE.test(path) && fileHeaderAdded(stainless, edited)) return true;
  return editsAsHunks(stainless, edited).every((hunk) => onlyComments(path, stainless, hunk));
}

/** Whether a unified-diff hunk of `stainless` changes only comments in it (see dropCommentOnly). */
export function onlyComments(path: string, stainless: string, hunk: string): boolean {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(header ?? '');
  if (!start) return false;
  const changed = body.filter((line) => line.startsWith('-') || line.startsWith('+')).map((line) => line.slice(1));
  if (changed.length === 0) return false;
  if (SOURCE_FILE.test(path) && changed.some((line) => /^\s*(\/\*\*|\*)/.test(line))) return false;
  const before = body.filter((line) => !line.startsWith('+')).map((line) => line.slice(1));
  const after = body.filter((line) => !line.startsWith('-')).map((line) => line.slice(1));
  const lines = stainless.split('\n');
  const at = Number(start[1]) - 1;
  if (before.some((line, i) => lines[at + i] !== line)) return false;
  const patched = [...lines.slice(0, at), ...after, ...lines.slice(at + before.length)].join('\n');
  return patched !== stainless && sameContent(path, stainless, patched);
}

/**
 * Whether `edited` is `stainless` with a file header put atop it: whole comment blocks before anything else, set apart
 * from the code by a blank line or by the module's own comment (llama-stack's owners put a `/** Copyright … *\/`
 * licence block atop every module, above Stainless's `/** Disclaimer … *\/`). Such a block documents no declaration,
 * so it is no part of the SDK's documentation.
 */
function fileHeaderAdded(stainless: string, edited: string): boolean {
  if (edited.length <= stainless.length || !edited.endsWith(stainless)) return false;
  const header = edited.slice(0, edited.length - stainless.length).split('\n');
  // (The header's text ends with a newline: its last element is the empty rest of that line.)
  if (header.pop() !== '') return false;
  let open = false;
  for (const line of header) {
    const text = line.trim();
    if (open) open = !text.endsWith('*/');
    else if (text.startsWith('/*')) open = !text.slice(2).endsWith('*/');
    else if (text !== '' && !text.startsWith('//')) return false;
  }
  if (open) return false;
  return header[header.length - 1].trim() === '' || /^\s*(\/\/|\/\*)/.test(stainless);
}

/** A shell script: `.sh`, or a file that starts with a shell's `#!` line (Stainless's `scripts/bootstrap`). */
function isShellScript(path: string, text: string): boolean {
  return path.endsWith('.sh') || /^#!.*\b(?:ba|z|da)?sh\b/.test(text);
}

/** A script's lines but for blank ones and comment lines (its `#!` line kept). */
function shellCommands(text: string): string {
  return text
    .split('\n')
    .filter((line, i) => (i === 0 && line.startsWith('#!')) || !/^\s*(#|$)/.test(line))
    .join('\n');
}

/**
 * Edits of the owners' that leave nothing to carry over to sdkgen's files, told apart so that the migration report
 * lists them as such rather than as edits a person must carry by hand: a module changed only in its comments (a
 * licence header added to every file), a JSON file only laid out anew, and the skip of a generated test sdkgen does
 * not write.
 */
import { sameCode } from './code-mask';
import { SOURCE_FILE } from './imports';
import { TEST_FILE } from './jest-to-vitest';
import { parseObject } from './json-object';

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

/** Whether two texts of a file say the same: a module's code but for comments, a JSON file's value but for layout. */
export function sameContent(path: string, a: string, b: string): boolean {
  if (SOURCE_FILE.test(path)) return sameCode(a, b);
  if (!path.endsWith('.json')) return false;
  const [x, y] = [parseObject(a), parseObject(b)];
  return x !== null && y !== null && JSON.stringify(x) === JSON.stringify(y);
}

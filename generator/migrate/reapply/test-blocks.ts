/**
 * Placing a test (or a group of tests) the owners added to a test file of Stainless's that sdkgen writes its own of
 * (`tests/index.test.ts`, the client's tests): the tests around theirs are Stainless's, which sdkgen's file words
 * otherwise, so the lines find no place. A whole `describe(…)`, `test(…)` or `it(…)` block goes first into sdkgen's
 * group of the same name (the group it was added to in Stainless's file: `describe('instantiate client', …)`), or at
 * the file's end when it was added at the top level, or its group is not in sdkgen's file.
 */
import type { Hunk } from '../../write/merge';
import { bracketsPair } from './brackets';
import { slidDown } from './slide';

/** The opening line of a test group, its indentation group 1 and its name group 3. */
const GROUP = /^(\s*)describe(?:\.\w+)?\(\s*(['"`])((?:\\.|(?!\2).)*)\2/;
/** The first line of a test or group. */
const BLOCK = /^\s*(?:describe|test|it)(?:\.\w+)?\(/;

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

export function placeTestBlock(
  hunk: Hunk,
  base: string[],
  edited: string[],
  target: string[],
): { start: number; end: number; lines: string[] } | null {
  if (hunk.baseEnd > hunk.baseStart) return null;
  // Past the closing lines of the group above, which the diff may have begun the insertion with.
  hunk = slidDown(hunk, edited, Infinity, (first) => !BLOCK.test(first));
  const added = edited.slice(hunk.start, hunk.end);
  const first = added.find((line) => line.trim() !== '');
  if (first === undefined || !BLOCK.test(first) || !bracketsPair(added.join(''))) return null;
  // The group of Stainless's file it was added to: the nearest group opened above it, less indented.
  let group: string | null = null;
  for (let at = hunk.baseStart - 1; at >= 0 && group === null; at--) {
    const m = GROUP.exec(base[at]);
    if (m && m[1].length < indentOf(first)) group = m[3];
  }
  const block = added[added.length - 1].trim() === '' ? added : [...added, '\n'];
  const opening = group === null ? -1 : target.findIndex((line) => GROUP.exec(line)?.[3] === group);
  if (opening >= 0) return { start: opening + 1, end: opening + 1, lines: block };
  if (group !== null) return null;
  // At the end of the file, after a blank line.
  let end = target.length;
  while (end > 0 && target[end - 1].trim() === '') end--;
  return { start: end, end: target.length, lines: ['\n', ...block.slice(0, -1)] };
}

/**
 * Finding a run of lines in a file's lines as hunks are matched (reapply/hunks.ts): each line without its indentation,
 * and a test's opening call `test(` the same as `it(`.
 */

/** A test's opening call, Jest's `test(` or Vitest's `it(` (`.skip`, `.only`, `.todo`, `.each` too). */
export const TEST_CALL = /^(test|it)(?=(?:\.(?:skip|only|todo|each))?\()/;

/** A line of brackets and comment marks alone (`}`, `/**`): it stands in a hundred places, and places nothing. */
export const PUNCTUATION_ONLY = /^[\s{}()[\];,*/]*$/;

/** A line as hunks are matched: without its indentation, and `test(` the same as `it(` (the generators differ). */
export function normal(line: string): string {
  return line.trim().replace(TEST_CALL, 'it');
}

/** Where `needle` occurs in `haystack`: the first match at or after `from`, else the last one before it. */
export function find(haystack: string[], needle: string[], from: number): number | null {
  const key = needle.map(normal);
  const keys = haystack.map(normal);
  const matches = (at: number) => key.every((line, i) => keys[at + i] === line);
  for (let at = from; at + key.length <= keys.length; at++) if (matches(at)) return at;
  // (Before `from`, from the last start a run fits at: `from` past it, the run ending the file is the nearest.)
  for (let at = Math.min(from - 1, keys.length - key.length); at >= 0; at--) if (matches(at)) return at;
  return null;
}

/** Where `needle` occurs in `haystack`, every time. */
export function occurrences(haystack: string[], needle: string[]): number[] {
  const key = needle.map(normal);
  const keys = haystack.map(normal);
  const found: number[] = [];
  for (let at = 0; at + key.length <= keys.length; at++)
    if (key.every((line, i) => keys[at + i] === line)) found.push(at);
  return found;
}

/** Where `needle` occurs in `haystack` when it occurs exactly once, else null. */
export function findOnly(haystack: string[], needle: string[]): number | null {
  const key = needle.map(normal);
  const keys = haystack.map(normal);
  let found: number | null = null;
  for (let at = 0; at + key.length <= keys.length; at++) {
    if (!key.every((line, i) => keys[at + i] === line)) continue;
    if (found !== null) return null;
    found = at;
  }
  return found;
}

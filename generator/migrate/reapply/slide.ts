/**
 * A diff's insertion is ambiguous where the lines it begins with also follow it: inserting `}`, ``, `export interface
 * A {…}`, `` before `}`, `` is the same edit as inserting `export interface A {…}`, ``, `}`, `` after them. The diff may
 * give either; the owners wrote the second (a declaration, or a test group, added after the closing lines of the one
 * above). Placing an insertion by its first lines (test-blocks.ts) or by the declarations it touches
 * (declarations.ts) wants the second.
 */
import type { Hunk } from '../../write/merge';

/**
 * A pure insertion moved down past the lines it begins with that also follow it, while `more` allows it (it is given
 * the insertion's first line) and it stays before base line `limit` (where the next hunk begins). Other hunks as
 * they are.
 */
export function slidDown(
  hunk: Hunk,
  edited: string[],
  limit = Infinity,
  more: (first: string) => boolean = () => true,
): Hunk {
  if (hunk.baseEnd !== hunk.baseStart) return hunk;
  let { baseStart, start, end } = hunk;
  while (
    end < edited.length &&
    start < end &&
    baseStart < limit &&
    edited[start] === edited[end] &&
    more(edited[start])
  ) {
    baseStart++;
    start++;
    end++;
  }
  return { baseStart, baseEnd: baseStart, start, end };
}

/** Every pure insertion of a diff slid down (slidDown), none past the hunk after it. */
export function slidInsertions(hunks: Hunk[], edited: string[]): Hunk[] {
  return hunks.map((hunk, at) => slidDown(hunk, edited, hunks[at + 1]?.baseStart ?? Infinity));
}

/**
 * A pure insertion moved up past the lines it ends with that also precede it, to the first place `fits` accepts (the
 * owners' method above a member's doc comment, which the diff began inside that comment: ` * …`, ` *\/`, the method,
 * `/**`); the hunk as it was where none does.
 */
export function slidUpTo(hunk: Hunk, base: string[], edited: string[], fits: (moved: Hunk) => boolean): Hunk {
  if (hunk.baseEnd !== hunk.baseStart) return hunk;
  let { baseStart, start, end } = hunk;
  while (
    start > 0 &&
    baseStart > 0 &&
    edited[start - 1] === edited[end - 1] &&
    base[baseStart - 1] === edited[start - 1]
  ) {
    baseStart--;
    start--;
    end--;
    const moved = { baseStart, baseEnd: baseStart, start, end };
    if (fits(moved)) return moved;
  }
  return hunk;
}

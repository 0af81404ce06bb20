/** Building blocks of the three-way merge's unit tests (write/merge.ts): texts, edits of them, merges both ways. */
import { expect } from 'vitest';
import { lines, type MergeOptions, mergeThreeWay } from '../../generator/write/merge';

/** A text of `rows`, each a line. */
export const file = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');

/** `text` with its lines [start, end) replaced by `rows`. */
export function edit(text: string, start: number, end: number, rows: string[]): string {
  const all = lines(text);
  return [...all.slice(0, start), ...rows.map((r) => `${r}\n`), ...all.slice(end)].join('');
}

/** Merges both ways round and checks that the two agree (a clean merge does not depend on which side is which). */
export function mergeBothWays(base: string, ours: string, theirs: string, options: MergeOptions = {}) {
  const merged = mergeThreeWay(base, ours, theirs, options);
  const swapped = mergeThreeWay(base, theirs, ours, options);
  expect(swapped.conflicts).toBe(merged.conflicts);
  if (merged.conflicts === 0) expect(swapped.text).toBe(merged.text);
  return merged;
}

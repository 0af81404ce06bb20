/** The shapes the three-way merge's rules share (merge.ts, merge-insertions.ts, merge-blocks.ts, merge-reindent.ts). */
/** A run of base lines [baseStart, baseEnd) that one side replaced with its lines [start, end). */
export interface Hunk {
  baseStart: number;
  baseEnd: number;
  start: number;
  end: number;
}

/** Which side's inserted lines go first, or null when that is not clear (a conflict). */
export type InsertionOrder = 'ours-first' | 'theirs-first' | null;

/** One side of the merge: its lines and its hunks against the base, and the index of its insertion at the point. */
export interface Side {
  lines: string[];
  hunks: Hunk[];
  at: number;
}

/**
 * The line diff every merge and every reading of owners' edits stands on: the hunks that turn `a` into `b` along one
 * longest common subsequence of lines, always the same one — walking from the start, common lines are taken as they
 * come, and where either an insertion or a deletion leads to a longest subsequence, the insertion is taken first.
 *
 * Two ways to find that path give the same hunks. Myers' O(ND) search (run from the end, so that it knows each
 * point's distance to the end) costs about (n + m) · D steps and D² numbers kept, D the number of lines changed: few
 * for files regenerated with small changes, however long. The n × m table of common-subsequence lengths costs n · m
 * whatever the changes; it is the fallback where the search would cost more than the table.
 */
import type { Hunk } from './merge-hunks';

/** Past this many cells (or numbers kept by the search) the files are too different to diff: null. */
const MAX_TABLE = 25_000_000;

/** What a diff did, counted (tests assert on it, never on time). */
export interface DiffWork {
  /** Diagonals and snake steps of Myers' search. */
  searched: number;
  /** Cells of the n × m table filled. */
  tabled: number;
}

export interface DiffOptions {
  /** Counts the work done into this. */
  work?: DiffWork;
  /** The table only, no search (tests compare the two). */
  tableOnly?: boolean;
}

/** The hunks that turn `a` into `b` (one longest common subsequence of lines), or null when they differ too much. */
export function diff(a: string[], b: string[], options: DiffOptions = {}): Hunk[] | null {
  const { work } = options;
  // Common head and tail first: most edits are small, so what is left to search is small.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  // (Each line as a number, equal lines the same one: the search compares numbers, not strings.)
  const [aIds, bIds] = lineIds(a.slice(head, head + n), b.slice(head, head + m));
  const tableCells = (n + 1) * (m + 1);
  const fromEnd = options.tableOnly ? null : distancesFromEnd(aIds, bIds, Math.min(tableCells, MAX_TABLE), work);
  let insertFirst: (x: number, y: number, d: number) => boolean;
  if (fromEnd !== null) {
    // From a point at distance d, an insertion is on a shortest path when the point below is at distance d - 1.
    insertFirst = (x, y, d) => fromEnd.within(x, y + 1, d - 1);
  } else {
    if (tableCells > MAX_TABLE) return null;
    const table = lcsTable(aIds, bIds, work);
    const width = m + 1;
    insertFirst = (x, y) => table[x * width + y + 1] >= table[(x + 1) * width + y];
  }
  const hunks: Hunk[] = [];
  let x = 0;
  let y = 0;
  let d = fromEnd?.total ?? 0;
  let open: Hunk | null = null;
  while (x < n || y < m) {
    if (x < n && y < m && aIds[x] === bIds[y]) {
      if (open) hunks.push(open);
      open = null;
      x++;
      y++;
      continue;
    }
    open ??= { baseStart: head + x, baseEnd: head + x, start: head + y, end: head + y };
    if (y < m && (x === n || insertFirst(x, y, d))) {
      open.end++;
      y++;
    } else {
      open.baseEnd++;
      x++;
    }
    d--;
  }
  if (open) hunks.push(open);
  return hunks;
}

/** How far each point of the edit graph is from its end (insertions and deletions to make the suffixes equal). */
interface DistancesFromEnd {
  /** The distance from (0, 0). */
  total: number;
  /** Whether the point (x, y) is at most `d` edits from the end. */
  within(x: number, y: number, d: number): boolean;
}

/**
 * Myers' greedy search on the reversed lines: for each number of edits d, the furthest point reached on each
 * diagonal, kept. A point is within d edits of the end when the furthest d-path on its diagonal reaches it (the
 * distance only grows along a diagonal away from the end). Null when the numbers kept would pass `budget`.
 */
function distancesFromEnd(
  aIds: Int32Array,
  bIds: Int32Array,
  budget: number,
  work: DiffWork | undefined,
): DistancesFromEnd | null {
  const n = aIds.length;
  const m = bIds.length;
  // In reversed coordinates (xr = n - x, yr = m - y) the search runs forward from (0, 0) to (n, m).
  const ra = aIds.slice().reverse();
  const rb = bIds.slice().reverse();
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const kept: Int32Array[] = [];
  let size = 0;
  for (let d = 0; d <= n + m; d++) {
    size += 2 * d + 1;
    if (size > budget) return null;
    for (let k = -d; k <= d; k += 2) {
      let xr =
        d === 0
          ? 0
          : k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
            ? v[offset + k + 1]
            : v[offset + k - 1] + 1;
      let yr = xr - k;
      const from = xr;
      while (xr < n && yr < m && ra[xr] === rb[yr]) {
        xr++;
        yr++;
      }
      if (work) work.searched += 1 + xr - from;
      v[offset + k] = xr;
    }
    // The diagonals -d..d of this round (only every other one is written; the rest stay from the last round).
    kept.push(v.slice(offset - d, offset + d + 1));
    if (v[offset + n - m] >= n && Math.abs(n - m) <= d && (d - (n - m)) % 2 === 0) {
      const total = d;
      return {
        total,
        within(x, y, e) {
          if (e < 0) return false;
          const xr = n - x;
          const k = xr - (m - y);
          if (k < -e || k > e) return false;
          return kept[e][k + e] >= xr;
        },
      };
    }
  }
  return null;
}

/** lcs[x][y]: the longest common subsequence of a[x..] and b[y..], as one (n + 1) × (m + 1) array. */
function lcsTable(aIds: Int32Array, bIds: Int32Array, work: DiffWork | undefined): Uint32Array {
  const n = aIds.length;
  const m = bIds.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let x = n - 1; x >= 0; x--)
    for (let y = m - 1; y >= 0; y--)
      lcs[x * width + y] =
        aIds[x] === bIds[y]
          ? lcs[(x + 1) * width + y + 1] + 1
          : Math.max(lcs[(x + 1) * width + y], lcs[x * width + y + 1]);
  if (work) work.tabled += n * m;
  return lcs;
}

/** The lines of `a` and `b` as numbers, one per distinct line. */
function lineIds(a: string[], b: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idsOf = (lines: string[]) => {
    const out = new Int32Array(lines.length);
    lines.forEach((line, i) => {
      let id = ids.get(line);
      if (id === undefined) ids.set(line, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  return [idsOf(a), idsOf(b)];
}

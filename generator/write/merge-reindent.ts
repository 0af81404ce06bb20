/**
 * Lines one side inserted among base lines the other side moved to a deeper nesting (write/merge.ts asks this for a
 * region of code that would be a conflict): the generator now wraps a block (`if …:`, `try {`, a `with` or a new
 * class around methods), so every line of it is re-indented, and the owners' lines pasted among the old ones are at
 * the old indent. git marks the whole block a conflict. It is safe to merge, and merged, only when:
 *
 * - the re-nesting side's lines of the region are the base's lines, each with the same indent put before it (blank
 *   lines blank), with lines of its own only before them all or after them all (the wrapper that opens and closes);
 * - the other side only inserted lines, strictly between two base lines of the region (at its first or last line it
 *   is not clear whether they go inside the new nesting or outside it);
 * - the inserted lines are no less indented than the base's lines of the region (a line further out could close it).
 *
 * The inserted lines then get the same indent put before them, and go where they were among the re-indented lines.
 */
import type { Hunk } from './merge-hunks';

/** One side of the region: all its lines, its hunks in the region, and where the region starts among its lines. */
export interface RegionSide {
  lines: string[];
  hunks: Hunk[];
  /** The side's lines of the region. */
  region: string[];
}

const blank = (line: string) => line.trim() === '';
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];

/** The merged lines of base lines [lo, hi), or null when neither side re-nests the lines the other inserts among. */
export function reindented(base: string[], lo: number, hi: number, ours: RegionSide, theirs: RegionSide) {
  const a = onto(base, lo, hi, ours, theirs);
  const b = onto(base, lo, hi, theirs, ours);
  if (a !== null && b !== null) return a.join('') === b.join('') ? a : null;
  return a ?? b;
}

function onto(base: string[], lo: number, hi: number, inserting: RegionSide, nesting: RegionSide): string[] | null {
  const region = base.slice(lo, hi);
  const filled = region.filter((l) => !blank(l));
  if (filled.length === 0 || inserting.hunks.length === 0) return null;
  if (inserting.hunks.some((h) => h.baseStart !== h.baseEnd || h.baseStart <= lo || h.baseStart >= hi)) return null;
  const mapped = nested(region, nesting.region);
  if (mapped === null) return null;
  const floor = Math.min(...filled.map((l) => indentOf(l).length));
  const inserted = inserting.hunks.map((h) => inserting.lines.slice(h.start, h.end));
  for (const rows of inserted)
    if (rows.some((r) => !blank(r) && indentOf(r).length < floor) || !rows.at(-1)!.endsWith('\n')) return null;
  const out = nesting.region.slice(0, mapped.before);
  for (let i = 0; i < region.length; i++) {
    const at = inserting.hunks.findIndex((h) => h.baseStart === lo + i);
    if (at >= 0) out.push(...inserted[at].map((r) => (blank(r) ? r : mapped.indent + r)));
    out.push(nesting.region[mapped.before + i]);
  }
  out.push(...nesting.region.slice(mapped.before + region.length));
  return out;
}

/**
 * Where `region` (base lines) sits in `lines` re-indented: the count of lines of the side's own before it, and the
 * indent put before each of its lines; null unless one such reading fits.
 */
function nested(region: string[], lines: string[]): { before: number; indent: string } | null {
  let found: { before: number; indent: string } | null = null;
  for (let before = 0; before + region.length <= lines.length; before++) {
    let indent: string | null = null;
    let fits = true;
    for (let i = 0; i < region.length && fits; i++) {
      const [was, now] = [region[i], lines[before + i]];
      if (blank(was)) {
        fits = blank(now);
        continue;
      }
      const put = now.length > was.length && now.endsWith(was) ? now.slice(0, now.length - was.length) : null;
      if (put === null || !/^[ \t]+$/.test(put) || (indent !== null && put !== indent)) fits = false;
      else indent = put;
    }
    if (!fits || indent === null) continue;
    if (found !== null) return null;
    found = { before, indent };
  }
  return found;
}

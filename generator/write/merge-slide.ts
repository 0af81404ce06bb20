/**
 * An insertion of one side moved out of the other side's change where the same insertion can be read elsewhere. A diff
 * is free to place lines inserted next to lines like them (a new member `@cached_property` … `@cached_property` before
 * another that begins the same way) at any of several points; the one it picks may fall inside lines the other side
 * changed (the owners' replacement of the member after it), where the merge sees a conflict that reading the insertion
 * one line up or down does not have. The side's text is the same either way: its insertion is read at the nearest
 * point outside every change of the other side, where one is, not touching the side's own hunks next to it.
 */
import type { Hunk } from './merge-hunks';

/** `hunks` (one side's, against `base`, with that side's `lines`) with insertions inside `other`'s changes moved out. */
export function insertionsSlidOut(hunks: Hunk[], base: string[], lines: string[], other: Hunk[]): Hunk[] {
  return hunks.map((hunk, i) => {
    if (hunk.baseStart !== hunk.baseEnd || !inside(hunk.baseStart, other)) return hunk;
    const [previous, next] = [hunks[i - 1], hunks[i + 1]];
    for (let step = 1; step <= hunk.end - hunk.start; step++) {
      const up = slid(hunk, -step, base, lines);
      if (up !== null && (previous === undefined || up.baseStart > previous.baseEnd) && !inside(up.baseStart, other))
        return up;
      const down = slid(hunk, step, base, lines);
      if (down !== null && (next === undefined || down.baseStart < next.baseStart) && !inside(down.baseStart, other))
        return down;
    }
    return hunk;
  });
}

/** Whether a point of the base lies strictly inside a change of lines of `hunks` (not at its start or end). */
function inside(point: number, hunks: Hunk[]): boolean {
  return hunks.some((h) => h.baseStart < point && point < h.baseEnd);
}

/**
 * The insertion read `by` lines down (up when negative), where the lines it passes read the same: moving up past a
 * base line needs the insertion's last line to be that line; moving down, its first line. Null where they do not.
 */
function slid(hunk: Hunk, by: number, base: string[], lines: string[]): Hunk | null {
  let { baseStart, start, end } = hunk;
  for (let k = 0; k < Math.abs(by); k++) {
    if (by < 0) {
      if (baseStart === 0 || start === 0 || base[baseStart - 1] !== lines[end - 1]) return null;
      [baseStart, start, end] = [baseStart - 1, start - 1, end - 1];
    } else {
      if (baseStart >= base.length || end >= lines.length || base[baseStart] !== lines[start]) return null;
      [baseStart, start, end] = [baseStart + 1, start + 1, end + 1];
    }
  }
  return { baseStart, baseEnd: baseStart, start, end };
}

/**
 * write/line-diff.ts: Myers' search gives the very hunks the n × m table gives (the merge and every reading of owners'
 * edits depend on which longest common subsequence is taken), on random pairs with repeated lines, and on long files
 * with few changes it does work in proportion to the changes (counted, never timed).
 */
import { describe, expect, it } from 'vitest';
import { diff, type DiffWork } from '../../generator/write/line-diff';

/** A small deterministic generator (mulberry32), so that a failing pair can be run again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines drawn from a few distinct ones (repeats make many longest subsequences to choose from). */
function text(next: () => number, length: number, alphabet: number): string[] {
  return Array.from({ length }, () => `l${Math.floor(next() * alphabet)}\n`);
}

/** `base` edited at a few random points: lines deleted, inserted or replaced. */
function edited(next: () => number, base: string[], edits: number, alphabet: number): string[] {
  const out = [...base];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const deleted = Math.floor(next() * 3);
    const inserted = text(next, Math.floor(next() * 3), alphabet);
    out.splice(at, deleted, ...inserted);
  }
  return out;
}

/** Whether the hunks turn `a` into `b`. */
function applies(a: string[], b: string[], hunks: NonNullable<ReturnType<typeof diff>>): boolean {
  const out: string[] = [];
  let at = 0;
  for (const h of hunks) {
    out.push(...a.slice(at, h.baseStart), ...b.slice(h.start, h.end));
    at = h.baseEnd;
  }
  out.push(...a.slice(at));
  return out.join('') === b.join('');
}

describe('line diff', () => {
  it('takes the same longest common subsequence as the table, on random pairs', () => {
    const next = random(60);
    let searched = 0;
    for (let pair = 0; pair < 3000; pair++) {
      const alphabet = 2 + Math.floor(next() * 6);
      const a = text(next, Math.floor(next() * 30), alphabet);
      const b =
        next() < 0.5
          ? edited(next, a, 1 + Math.floor(next() * 4), alphabet)
          : text(next, Math.floor(next() * 30), alphabet);
      const work: DiffWork = { searched: 0, tabled: 0 };
      const byTable = diff(a, b, { tableOnly: true });
      const found = diff(a, b, { work });
      expect(found, `pair ${pair}: ${JSON.stringify([a, b])}`).toEqual(byTable);
      expect(applies(a, b, found ?? [])).toBe(true);
      if (work.searched > 0 && work.tabled === 0) searched++;
    }
    // (Most pairs are found by the search, not by the trim alone nor by the table as a fallback.)
    expect(searched).toBeGreaterThan(1000);
  });

  it('diffs a long file with changes at its start, middle and end in work proportional to the changes', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`);
    const b = [...a];
    b.splice(15_000, 1, 'changed late\n');
    b.splice(10_000, 0, 'inserted\n', 'inserted too\n');
    b.splice(1, 1);
    b[0] = 'changed first\n';
    const work: DiffWork = { searched: 0, tabled: 0 };
    const hunks = diff(a, b, { work });
    expect(hunks).toEqual([
      { baseStart: 0, baseEnd: 2, start: 0, end: 1 },
      { baseStart: 10_000, baseEnd: 10_000, start: 9_999, end: 10_001 },
      { baseStart: 15_000, baseEnd: 15_001, start: 15_001, end: 15_002 },
    ]);
    // The table would fill 20,000 × 20,000 cells (past its limit: the files would be one conflict); the search, about
    // the lines once for each of the few edits.
    expect(work.tabled).toBe(0);
    expect(work.searched).toBeLessThan(20 * a.length);
  });
});

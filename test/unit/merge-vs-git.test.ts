/**
 * write/merge.ts against `git merge-file` on every pair of small edits of a short text (each side inserts one or two lines,
 * deletes or replaces one, at every point, so that the two sides' edits overlap, touch or stand apart), run on this
 * machine. Every line is unique to the side that wrote it, so what each side did can be read in the result:
 * - where git merges cleanly, sdkgen gives git's text;
 * - where sdkgen merges cleanly, no side is lost: each side's own lines and the base lines both kept are there, in
 *   that side's order, and no base line either side deleted;
 * - where they differ (git's conflict, sdkgen's clean merge), it is one side's insertion right at the start or the
 *   end of the other's change (merge.ts's `overlaps`): the insertion goes before a change it starts at, after one it
 *   ends at; or, in code, two whole pieces inserted at one point (merge-blocks.ts): one after the other, in the same
 *   order whichever side is whose. Changes that touch stay conflicts, as in git.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, mergeThreeWay } from '../../generator/write/merge';
import { tempDir } from '../helpers/sdk';

/** One side's edit of the base: `del` lines from `at` replaced by `ins` lines of its own. */
interface Edit {
  at: number;
  del: number;
  ins: number;
}

const BASE = ['b0\n', 'b1\n', 'b2\n'];
const EDITS: Edit[] = [];
for (let at = 0; at <= BASE.length; at++)
  for (const [del, ins] of [
    [0, 1],
    [0, 2],
    [1, 0],
    [1, 1],
  ])
    if (at + del <= BASE.length) EDITS.push({ at, del, ins });

const applied = (edit: Edit, side: string) => [
  ...BASE.slice(0, edit.at),
  ...Array.from({ length: edit.ins }, (_, i) => `${side}${edit.at}.${i}\n`),
  ...BASE.slice(edit.at + edit.del),
];

/**
 * `git merge-file` on each (base, ours, theirs), all in one shell: a process started from this one per merge cost more
 * than the merges. Its exit status is the number of conflicts, 255 where it failed.
 */
function gitMerges(triples: Array<[string, string, string]>): Array<{ text: string; clean: boolean }> {
  const dir = tempDir('merge-vs-git-');
  triples.forEach((texts, i) =>
    ['base', 'ours', 'theirs'].forEach((name, j) => writeFileSync(path.join(dir, `${i}.${name}`), texts[j]!)),
  );
  const script = `i=0; while [ $i -lt ${triples.length} ]; do git merge-file -p $i.ours $i.base $i.theirs > $i.out; echo $? > $i.status; i=$((i + 1)); done`;
  const run = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sh: ${run.stderr}`);
  return triples.map((_, i) => {
    const status = Number(readFileSync(path.join(dir, `${i}.status`), 'utf8'));
    if (!(status >= 0 && status < 255)) throw new Error(`git merge-file ${i}: ${run.stderr}`);
    return { text: readFileSync(path.join(dir, `${i}.out`), 'utf8'), clean: status === 0 };
  });
}

/** Whether `merged` holds `side`'s lines, less the base lines `other` deleted, in `side`'s order, and nothing else of them. */
function keeps(merged: string[], side: string[], other: string[]): boolean {
  const [ofSide, ofOther] = [new Set(side), new Set(other)];
  const kept = (line: string) => ofSide.has(line) && (!BASE.includes(line) || ofOther.has(line));
  return (
    merged.filter(kept).join('') === side.filter(kept).join('') && merged.every((l) => !BASE.includes(l) || kept(l))
  );
}

/** Where one side's edit is a pure insertion at the start or the end of the other's change: the merge it is taken to. */
function touching(insertion: Edit, change: Edit, ins: string[], chg: string[]): string | null {
  if (insertion.del !== 0 || change.del === 0) return null;
  const added = ins.slice(insertion.at, insertion.at + insertion.ins);
  if (insertion.at === change.at) return [...chg.slice(0, change.at), ...added, ...chg.slice(change.at)].join('');
  const end = change.at + change.ins;
  if (insertion.at === change.at + change.del) return [...chg.slice(0, end), ...added, ...chg.slice(end)].join('');
  return null;
}

describe('mergeThreeWay against git merge-file on small edits', () => {
  it('loses no side and differs from git only where it documents it', () => {
    const differences = { plain: 0, code: 0 };
    const pairs = EDITS.flatMap((a) => EDITS.map((b) => [a, b] as const));
    const base = BASE.join('');
    const gits = gitMerges(pairs.map(([a, b]) => [base, applied(a, 'o').join(''), applied(b, 't').join('')]));
    for (const [i, [a, b]] of pairs.entries()) {
      const [ours, theirs] = [applied(a, 'o'), applied(b, 't')];
      const [o, t] = [ours.join(''), theirs.join('')];
      const git = gits[i]!;
      for (const code of [false, true]) {
        const merged = mergeThreeWay(base, o, t, { code });
        const at = `ours ${JSON.stringify(a)}, theirs ${JSON.stringify(b)}${code ? ', as code' : ''}`;
        if (git.clean) expect({ at, ...merged }).toEqual({ at, text: git.text, conflicts: 0 });
        if (merged.conflicts > 0) continue;
        const result = lines(merged.text);
        expect({ at, ours: keeps(result, ours, theirs), theirs: keeps(result, theirs, ours) }).toEqual({
          at,
          ours: true,
          theirs: true,
        });
        if (git.clean) continue;
        differences[code ? 'code' : 'plain']++;
        const expected = touching(a, b, ours, theirs) ?? touching(b, a, theirs, ours);
        if (expected !== null || !code) expect({ at, text: merged.text }).toEqual({ at, text: expected });
        else {
          // Two insertions at one point, each whole: one after the other, the same both ways round.
          expect({ at, pair: a.del === 0 && b.del === 0 && a.at === b.at }).toEqual({ at, pair: true });
          expect({ at, text: mergeThreeWay(base, t, o, { code }).text }).toEqual({ at, text: merged.text });
        }
      }
    }
    // (Both kinds of difference are met: the table reaches them.)
    expect(differences.plain).toBeGreaterThan(0);
    expect(differences.code).toBeGreaterThan(differences.plain);
  });
});

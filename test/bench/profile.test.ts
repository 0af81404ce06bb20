/**
 * `npm run bench -- --profile` summarises each V8 CPU profile: self time is the time a function's own samples took,
 * inclusive time counts every sample under it once (also when it recurses). A hand-made profile with known numbers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

interface Summary {
  totalMs: number;
  functions: Array<{ name: string; selfMs: number; totalMs: number }>;
}
interface ProfileModule {
  summarizeProfile(profile: unknown): Summary;
  formatProfileSummary(summary: Summary, count?: number): string[];
}

const frame = (functionName: string, line: number) => ({
  functionName,
  url: 'file:///x/dist/chunk.js',
  lineNumber: line - 1,
  columnNumber: 0,
});

// (root) → main → plan → plan (recursive) ; main → render
const PROFILE = {
  nodes: [
    { id: 1, callFrame: { ...frame('(root)', 1), url: '' }, children: [2] },
    { id: 2, callFrame: frame('main', 10), children: [3, 5] },
    { id: 3, callFrame: frame('plan', 20), children: [4] },
    { id: 4, callFrame: frame('plan', 20), children: [] },
    { id: 5, callFrame: frame('render', 30), children: [] },
  ],
  // Microseconds before each sample: main 1 ms, plan 2 + 3 ms, render 4 ms.
  samples: [2, 3, 4, 5],
  timeDeltas: [1000, 2000, 3000, 4000],
};

describe('bench --profile summary', () => {
  it('gives self and inclusive time per function, a recursive one counted once per sample', async () => {
    const { summarizeProfile, formatProfileSummary } = (await import(
      path.join(ROOT, 'bench/lib/profile.mjs')
    )) as ProfileModule;
    const summary = summarizeProfile(PROFILE);
    expect(summary.totalMs).toBe(10);
    const byName = Object.fromEntries(summary.functions.map((f) => [f.name.split(' ')[0], f]));
    expect(byName.plan).toMatchObject({ selfMs: 5, totalMs: 5 });
    expect(byName.main).toMatchObject({ selfMs: 1, totalMs: 10 });
    expect(byName.render).toMatchObject({ selfMs: 4, totalMs: 4 });
    expect(byName.plan.name).toBe('plan dist/chunk.js:20');

    const lines = formatProfileSummary(summary, 2);
    expect(lines[0]).toBe('CPU profile: 10 ms sampled on the main thread');
    // Self time, largest first, then inclusive time (without the root).
    expect(lines.slice(1, 4)).toEqual([
      'self time:',
      '      5 ms  50.0%  plan dist/chunk.js:20',
      expect.stringMatching(/4 ms {2}40\.0% {2}render/),
    ]);
    expect(lines.slice(4)).toEqual([
      'inclusive time:',
      expect.stringMatching(/10 ms 100\.0% {2}main/),
      expect.stringMatching(/5 ms {2}50\.0% {2}plan/),
    ]);
  });
});

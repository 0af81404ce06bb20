/**
 * `npm run bench -- --profile` summarises each V8 CPU profile: self time is the time a function's own samples took,
 * inclusive time counts every sample under it once (also when it recurses). A hand-made profile with known numbers.
 * The samples are also split by sdkgen's stages: the load stage runs in callbacks of file reads, whose samples have
 * no generate() under them, and must still count as load, not start-up.
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

type StageProfileLines = (profile: unknown, stages: Record<string, number>, count?: number) => string[];

const DIST = 'file:///x/dist/chunk.js';

/** A profile whose samples, 1 ms apart, are taken in the named functions (each with its stack, root first). */
function profileOf(samples: string[][]) {
  const nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children: number[];
  }> = [{ id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [] }];
  const ids: number[] = [];
  for (const stack of samples) {
    let at = nodes[0];
    for (const name of stack) {
      let next = at.children.map((id) => nodes[id - 1]).find((n) => n.callFrame.functionName === name);
      if (!next) {
        next = { id: nodes.length + 1, callFrame: { functionName: name, url: DIST, lineNumber: 1 }, children: [] };
        nodes.push(next);
        at.children.push(next.id);
      }
      at = next;
    }
    ids.push(at.id);
  }
  return { nodes, startTime: 0, endTime: samples.length * 1000, samples: ids, timeDeltas: ids.map(() => 1000) };
}

describe('bench profile: samples by stage', () => {
  it('puts the load stage’s callbacks in load, and each later stage’s samples in it', async () => {
    const { stageProfileLines } = (await import(path.join(ROOT, 'bench/lib/profile.mjs'))) as {
      stageProfileLines: StageProfileLines;
    };
    const samples = [
      ...Array.from({ length: 5 }, () => ['compileModule']),
      ...Array.from({ length: 10 }, () => ['readDocument', 'parseDocumentText']),
      ...Array.from({ length: 20 }, () => ['generate', 'buildIr']),
      ...Array.from({ length: 4 }, () => ['generateCommand', 'writeOutput', 'writeFileSync']),
      ['exitHandler'],
    ];
    const lines = stageProfileLines(profileOf(samples), { load: 10, ir: 20, write: 4 });
    const stageOf = (fn: string) => {
      let stage = '';
      for (const line of lines) {
        const heading = /^(\S+): /.exec(line);
        if (heading) stage = heading[1];
        else if (line.includes(` ${fn} `)) return stage;
      }
      return null;
    };
    expect(stageOf('compileModule')).toBe('start-up');
    expect(stageOf('parseDocumentText')).toBe('load');
    expect(stageOf('buildIr')).toBe('ir');
    expect(stageOf('writeFileSync')).toBe('write');
    expect(stageOf('exitHandler')).toBe('exit');
  });
});

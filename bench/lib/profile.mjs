// Reading a V8 CPU profile (`node --cpu-prof`, a .cpuprofile JSON file): where the time went, by function.
// `npm run bench -- --profile` writes one profile per sdkgen run and prints the top functions of the last one;
// `node bench/lib/profile.mjs <file.cpuprofile> [N]` prints the same summary for any profile.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a profile node's function lives: `name file:line`, with paths shortened to what a reader recognises. */
function describeFrame(frame) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/(dist|generator|templates)\//, '$1/');
  return `${name} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Self and inclusive time per function (ms), from a profile's samples. Inclusive time counts a function once per
 * sample even when it recurses.
 * @returns {{ totalMs: number, functions: Array<{ name: string, selfMs: number, totalMs: number }> }}
 */
export function summarizeProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampleMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    sampleMs.set(id, (sampleMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const stats = new Map();
  const entry = (name) => {
    let s = stats.get(name);
    if (!s) stats.set(name, (s = { name, selfMs: 0, totalMs: 0 }));
    return s;
  };
  let totalMs = 0;
  for (const [id, ms] of sampleMs) {
    totalMs += ms;
    const leaf = byId.get(id);
    entry(describeFrame(leaf.callFrame)).selfMs += ms;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = describeFrame(byId.get(at).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      entry(name).totalMs += ms;
    }
  }
  return { totalMs, functions: [...stats.values()] };
}

/** The top `count` functions by self time and by inclusive time, as text lines. */
export function formatProfileSummary(summary, count = 25) {
  const row = (ms, name) =>
    `${ms.toFixed(0).padStart(7)} ms ${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`;
  const skip = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
  const self = [...summary.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, count);
  const inclusive = [...summary.functions]
    .filter((f) => !skip.has(f.name) && !/^\(anonymous\)( node:|$)/.test(f.name))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, count);
  return [
    `CPU profile: ${summary.totalMs.toFixed(0)} ms sampled on the main thread`,
    'self time:',
    ...self.map((f) => row(f.selfMs, f.name)),
    'inclusive time:',
    ...inclusive.map((f) => row(f.totalMs, f.name)),
  ];
}

export function summarizeProfileFile(file, count) {
  return formatProfileSummary(summarizeProfile(JSON.parse(readFileSync(file, 'utf8'))), count);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/lib/profile.mjs <file.cpuprofile> [count]\n');
    process.exit(2);
  }
  process.stdout.write(`${summarizeProfileFile(file, Number(count) || 25).join('\n')}\n`);
}

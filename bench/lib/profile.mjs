// Reading a V8 CPU profile (`node --cpu-prof`, a .cpuprofile JSON file): where the time went, by function.
// `npm run bench -- --profile` writes one profile per sdkgen run and prints the top functions of the last one;
// `node bench/lib/profile.mjs <file.cpuprofile> [N]` prints the same summary for any profile. With sdkgen's stage
// times (`--timings`), the samples are also split by stage: where each stage's own time went.
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

/**
 * The functions with the most self time in each stage of an sdkgen run. `stages` are its `--timings`, in pipeline
 * order (`{ load: 286, normalize: 8, ir: 809, … }`, ms): they are laid end to end back from the last sample taken
 * inside the write stage (`writeOutput`), where the last stage's clock stops, and each sample goes to the stage it
 * was taken in. Counted from the end because the start is not seen: the load stage runs in callbacks of file reads,
 * whose samples do not show generate() under them. Without a write (a dry run) the stages are laid forward from the
 * first sample inside generate(). Samples before are start-up (Node, module loading, the command line); after, the
 * report and exit.
 * @returns {string[]} text lines; none when the profile has no sample inside generate() or the write
 */
export function stageProfileLines(profile, stages, count = 8) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** Whether a sample's stack holds sdkgen's function `name`. */
  const inside = (name) => {
    const known = new Map();
    const check = (id) => {
      if (known.has(id)) return known.get(id);
      const frame = byId.get(id).callFrame;
      const own = frame.functionName === name && /\/(dist|generator)\//.test(frame.url);
      const answer = own || (parent.has(id) && check(parent.get(id)));
      known.set(id, answer);
      return answer;
    };
    return check;
  };
  const times = [];
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((at += profile.timeDeltas[i] ?? 0));
  const durations = Object.entries(stages).map(([name, ms]) => [name, ms * 1000]);
  const total = durations.reduce((sum, [, us]) => sum + us, 0);
  const lastWrite = profile.samples.findLastIndex(inside('writeOutput'));
  const firstGenerate = profile.samples.findIndex(inside('generate'));
  if (lastWrite === -1 && firstGenerate === -1) return [];
  const start = lastWrite !== -1 ? times[lastWrite] - total : times[firstGenerate];
  const bounds = [];
  let end = start;
  for (const [name, us] of durations) bounds.push({ name, end: (end += us) });
  const buckets = new Map([['start-up', new Map()], ...bounds.map((b) => [b.name, new Map()]), ['exit', new Map()]]);
  for (let i = 0; i < profile.samples.length; i++) {
    const stage = times[i] < start ? 'start-up' : (bounds.find((b) => times[i] <= b.end)?.name ?? 'exit');
    const name = describeFrame(byId.get(profile.samples[i]).callFrame);
    const bucket = buckets.get(stage);
    bucket.set(name, (bucket.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const lines = [];
  for (const [stage, bucket] of buckets) {
    const total = [...bucket.values()].reduce((a, b) => a + b, 0);
    if (total < 1) continue;
    const top = [...bucket].sort((a, b) => b[1] - a[1]).slice(0, count);
    lines.push(`${stage}: ${total.toFixed(0)} ms sampled; most self time:`);
    for (const [name, ms] of top)
      lines.push(`  ${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, count] = process.argv.slice(2);
  const [, , stagesArg] = process.argv.slice(2);
  if (!file) {
    process.stderr.write(
      'usage: node bench/lib/profile.mjs <file.cpuprofile> [count] [load=286,normalize=8,ir=809,…  (--timings, ms)]\n',
    );
    process.exit(2);
  }
  process.stdout.write(`${summarizeProfileFile(file, Number(count) || 25).join('\n')}\n`);
  if (stagesArg) {
    const stages = Object.fromEntries(
      stagesArg.split(',').map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])]),
    );
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    process.stdout.write(`${stageProfileLines(profile, stages, Number(count) || 8).join('\n')}\n`);
  }
}

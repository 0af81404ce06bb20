// The regeneration scenario: what users run most starts from an SDK that exists. The SDK of a spec is generated
// and committed (git) into a folder of its own, then, round by round and each beside openapi-typescript's cold run
// on the same spec (the tools take turns, so that a round's runs meet the same load):
//   (a) `sdkgen check` with nothing changed, and (a') `sdkgen generate` with nothing changed;
//   (b) `sdkgen generate` after the spec gains one endpoint (a GET in the group of the spec's first operation);
//   (c) `sdkgen generate` after one shared schema changes (the component schema most `$ref`s point to gains an
//       optional property);
//   (d) a cold generation into a new folder on the bench's disk, and (d') the same into memory (/dev/shm, where the
//       system has it), so that a round tells sdkgen's time from the disk's: on a shared disk the kernel's time for
//       writing ~4,500 new files can double between two identical runs.
// After (b) and (c) the spec and the SDK are put back as committed (`git checkout`, `git clean`).
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { measure, median } from './measure.mjs';

export const SCENARIOS = [
  { name: 'check', label: '(a) check, nothing changed', goal: 0.25 },
  { name: 'unchanged', label: "(a') generate, nothing changed", goal: 0.25 },
  { name: 'endpoint', label: '(b) generate, one endpoint added', goal: 0.25 },
  { name: 'schema', label: '(c) generate, one shared schema changed', goal: 0.5 },
  { name: 'coldDisk', label: '(d) cold generation, new folder on disk', goal: 0.5 },
  { name: 'coldMemory', label: "(d') cold generation, new folder in memory", goal: 0.5 },
];

/** A folder in memory (tmpfs) for (d'), or null when the system has none. */
function memoryFolder() {
  try {
    return statSync('/dev/shm').isDirectory() ? path.join('/dev/shm', `sdkgen-bench-${process.pid}`) : null;
  } catch {
    return null;
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The spec with one more endpoint, in the group (first tag) of its first operation. */
export function withEndpoint(doc) {
  const next = structuredClone(doc);
  const first = Object.values(next.paths ?? {})
    .flatMap((item) => METHODS.map((m) => item?.[m]))
    .find(Boolean);
  const response = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] };
  next.paths['/sdkgen-bench/ping'] = {
    get: {
      operationId: 'sdkgenBenchPing',
      summary: 'Answers whether the service is up (added by the bench)',
      ...(first?.tags?.length ? { tags: [first.tags[0]] } : {}),
      responses: { 200: { description: 'Up', content: { 'application/json': { schema: response } } } },
    },
  };
  return next;
}

/** The component schema with properties that most `$ref`s of the document point to, and how many. */
export function mostSharedSchema(doc) {
  const counts = new Map();
  const stack = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) stack.push(...node);
    else {
      const m = typeof node.$ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref) : null;
      if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
      stack.push(...Object.values(node));
    }
  }
  const schemas = doc.components?.schemas ?? {};
  const ranked = [...counts]
    .filter(([name]) => schemas[name]?.properties && typeof schemas[name].properties === 'object')
    .sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 ? { name: ranked[0][0], refs: ranked[0][1] } : null;
}

/** The spec with the most shared schema given one more optional property. */
export function withSchemaChange(doc, name) {
  const next = structuredClone(doc);
  next.components.schemas[name].properties.sdkgen_bench_note = {
    type: 'string',
    description: 'A note (added by the bench)',
  };
  return next;
}

/**
 * `… 3 files written, 4514 unchanged, 0 deleted … (4,510 of 4,517 files reused)` of generate's summary, or, answered by
 * the inputs key without generating, `(inputs unchanged: 4,517 files verified)` (every file counts as reused).
 */
function summaryCounts(stdout) {
  const written = /(\d+) files written, (\d+) unchanged/.exec(stdout);
  const reused = /\(([\d,]+) of ([\d,]+) files reused\)/.exec(stdout);
  const int = (s) => Number(s.replace(/,/g, ''));
  const verified = /\(inputs unchanged: ([\d,]+) files verified\)/.exec(stdout);
  if (verified) return { written: 0, reused: int(verified[1]), files: int(verified[1]) };
  return {
    written: written ? Number(written[1]) : null,
    reused: reused ? int(reused[1]) : 0,
    files: reused ? int(reused[2]) : written ? Number(written[1]) + Number(written[2]) : null,
  };
}

/**
 * Runs the scenario on `spec` ({ name, path }): `runs` rounds. `ot` is openapi-typescript's tool (or null: sdkgen
 * alone). `target`: sdkgen's `--target` (`python`: the Python SDK of the spec, through the same scenarios), or null for
 * the TypeScript SDK. Returns { spec, target, schema, scenarios: { check, endpoint, schema, cold }, ot } with each
 * one's runs and medians, and the paired (round by round) wall ratios against openapi-typescript.
 */
export async function regenerationScenario(options) {
  return (await regenerationScenarios([options]))[0];
}

/**
 * The scenario for several SDKs of one spec (the TypeScript and the Python SDK), each in its own folder, taking turns
 * step by step: each round runs every scenario for one SDK, then for the next, so that a shared machine's load drifting
 * over the minutes of a bench hits them alike and their runs of a round compare (pairedScenarioRatios).
 */
export async function regenerationScenarios(list) {
  const sessions = [];
  for (const options of list) sessions.push(await openSession(options));
  const running = sessions.filter((session) => !session.result);
  const runs = Math.max(0, ...list.map((options) => options.runs));
  for (let r = 0; r < runs; r++) {
    for (const session of running) if (!session.result) await session.otRound(r);
    for (const scenario of SCENARIOS)
      for (const session of running) if (!session.result) await session.step(scenario, r);
  }
  return sessions.map((session) => session.result ?? session.finish());
}

/**
 * Each scenario's wall time in `other` over that in `base`, round by round (results of regenerationScenarios, whose
 * rounds take turns): { <scenario>: { ratio, range, cpuRatio } } (the medians, and the wall ratio's range), for the
 * scenarios both ran every round.
 */
export function pairedScenarioRatios(other, base) {
  const ratios = {};
  for (const [name, scenario] of Object.entries(other?.scenarios ?? {})) {
    const runs = base?.scenarios?.[name]?.runs ?? [];
    if (runs.length === 0 || runs.length !== scenario.runs.length) continue;
    const paired = scenario.runs.map((run, i) => run.wallMs / runs[i].wallMs);
    const cpu = scenario.runs.every((run, i) => run.cpuMs > 0 && runs[i].cpuMs > 0)
      ? median(scenario.runs.map((run, i) => run.cpuMs / runs[i].cpuMs))
      : null;
    ratios[name] = { ratio: median(paired), range: [Math.min(...paired), Math.max(...paired)], cpuRatio: cpu };
  }
  return ratios;
}

/** One SDK's scenario: its SDK generated and committed; `result` set when it failed or was skipped. */
async function openSession({ spec, sdkgen, ot, runs, dir, nodeFlags = [], log, target = null }) {
  const text = readFileSync(spec.path, 'utf8');
  const json = /^\s*[{[]/.test(text);
  const doc = json ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (!doc?.openapi) return { result: { spec: spec.name, target, skipped: 'not an OpenAPI 3 document' } };
  const shared = mostSharedSchema(doc);
  if (!shared) return { result: { spec: spec.name, target, skipped: 'no component schema is shared' } };

  // The last bench's folder is moved aside and deleted once the rounds are done, not now: see coldRounds below.
  if (existsSync(dir)) renameSync(dir, `${dir}.old-${process.pid}-${Date.now()}`);
  mkdirSync(path.join(dir, 'variants'), { recursive: true });
  const variants = {
    base: path.join(dir, 'variants', `base${path.extname(spec.path) || '.json'}`),
    endpoint: path.join(dir, 'variants', 'endpoint.json'),
    schema: path.join(dir, 'variants', 'schema.json'),
  };
  copyFileSync(spec.path, variants.base);
  writeFileSync(variants.endpoint, JSON.stringify(withEndpoint(doc), null, 2));
  writeFileSync(variants.schema, JSON.stringify(withSchemaChange(doc, shared.name), null, 2));
  // The spec the SDK is generated from, edited in place as a user would.
  const specFile = path.join(dir, 'spec.json');
  const sdk = path.join(dir, 'sdk');
  const use = (variant) => copyFileSync(variants[variant], specFile);
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: sdk,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const sdkgenRun = (args) => measure(process.execPath, [...nodeFlags, sdkgen.bin, ...args], { cwd: dir });
  const targetArgs = target ? ['--target', target] : [];

  use('base');
  const cold = await sdkgenRun(['generate', 'spec.json', '-o', 'sdk', ...targetArgs]);
  if (cold.code !== 0)
    return { result: { spec: spec.name, target, error: `cold generation failed: ${cold.stderr.slice(0, 300)}` } };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'generated');
  const restore = () => {
    use('base');
    git('checkout', '-q', '--', '.');
    git('clean', '-fdq');
  };

  // (d) writes each round into a folder of its own, all deleted once the rounds are done: this machine's ext4 has no
  // journal, and then the kernel skips the inodes freed in the last one to five minutes when it makes new files, one
  // by one; a generation right after GitHub's SDK was deleted took 2.6-3.9 s of kernel time instead of about 1 s
  // (perf: find_inode_bit, recently_deleted). In memory (tmpfs), the one folder is deleted between rounds.
  const coldOut = { coldDisk: path.join(dir, 'cold'), coldMemory: memoryFolder() };
  const coldRounds = [];
  const scenarioList = SCENARIOS.filter((s) => !(s.name in coldOut) || coldOut[s.name]);
  const records = Object.fromEntries(scenarioList.map((s) => [s.name, { ...s, runs: [] }]));
  const otRecord = { runs: [] };
  const otOut = path.join(dir, 'openapi-typescript');
  const session = { result: null };
  const fail = (error) => {
    session.result = { spec: spec.name, target, error };
  };
  session.otRound = async (r) => {
    if (!ot) return;
    rmSync(otOut, { recursive: true, force: true });
    mkdirSync(otOut, { recursive: true });
    const run = await measure(process.execPath, [ot.bin, ...ot.args({ ...spec, path: specFile }, otOut)], {
      cwd: otOut,
    });
    if (run.code !== 0) return fail(`openapi-typescript failed: ${run.stderr.slice(0, 300)}`);
    otRecord.runs.push({ wallMs: run.wallMs, cpuMs: run.cpuMs });
    log(`  openapi-typescript on ${spec.name} (round ${r + 1}/${runs}): ${(run.wallMs / 1000).toFixed(2)} s wall`);
  };
  session.step = async (scenario, r) => {
    if (!records[scenario.name]) return;
    const changes = scenario.name === 'endpoint' || scenario.name === 'schema';
    const coldFolder = scenario.name === 'coldDisk' ? `${coldOut.coldDisk}-${r + 1}` : (coldOut[scenario.name] ?? null);
    if (coldFolder) rmSync(coldFolder, { recursive: true, force: true });
    if (scenario.name === 'coldDisk') coldRounds.push(coldFolder);
    const args =
      scenario.name === 'check'
        ? ['check', 'sdk']
        : (changes && use(scenario.name), ['generate', 'spec.json', '-o', coldFolder ?? 'sdk', ...targetArgs]);
    const run = await sdkgenRun(args);
    if (coldFolder && scenario.name !== 'coldDisk') rmSync(coldFolder, { recursive: true, force: true });
    const ok = scenario.name === 'check' ? run.code === 0 : run.code === 0 && !/conflict/i.test(run.stdout);
    if (!ok) {
      restore();
      return fail(`${scenario.label} failed (exit ${run.code}): ${run.stdout}${run.stderr}`);
    }
    const counts = scenario.name === 'check' ? checkCounts(run.stdout) : summaryCounts(run.stdout);
    records[scenario.name].runs.push({ wallMs: run.wallMs, cpuMs: run.cpuMs, rssMb: run.rssMb, ...counts });
    log(
      `  sdkgen${target ? ` --target ${target}` : ''} ${scenario.label} on ${spec.name} (round ${r + 1}/${runs}): ` +
        `${(run.wallMs / 1000).toFixed(2)} s wall` +
        (counts.files ? `, ${counts.reused} of ${counts.files} files reused` : ''),
    );
    if (changes) restore();
  };
  session.finish = () => {
    const scenarios = {};
    for (const record of Object.values(records)) {
      const paired =
        otRecord.runs.length === record.runs.length
          ? record.runs.map((x, i) => x.wallMs / otRecord.runs[i].wallMs)
          : [];
      scenarios[record.name] = {
        label: record.label,
        goal: record.goal,
        runs: record.runs,
        wallMs: median(record.runs.map((x) => x.wallMs)),
        cpuMs: median(record.runs.map((x) => x.cpuMs)),
        written: record.runs.at(-1)?.written ?? null,
        reused: record.runs.at(-1)?.reused ?? null,
        files: record.runs.at(-1)?.files ?? null,
        ratio: paired.length > 0 ? median(paired) : null,
        ratioRange: paired.length > 0 ? [Math.min(...paired), Math.max(...paired)] : null,
      };
    }
    rmSync(otOut, { recursive: true, force: true });
    // (With the folders an interrupted bench left aside.)
    const leftAside = readdirSync(path.dirname(dir))
      .filter((name) => name.startsWith(`${path.basename(dir)}.old-`))
      .map((name) => path.join(path.dirname(dir), name));
    for (const folder of [...coldRounds, ...leftAside]) rmSync(folder, { recursive: true, force: true });
    return {
      spec: spec.name,
      target,
      schema: shared,
      cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs },
      ot: ot
        ? {
            wallMs: median(otRecord.runs.map((x) => x.wallMs)),
            cpuMs: median(otRecord.runs.map((x) => x.cpuMs)),
            runs: otRecord.runs,
          }
        : null,
      scenarios,
    };
  };
  return session;
}

/**
 * `✓ sdk is up to date with spec.json (4,516 of 4,517 files reused)`, or, answered by the inputs key without
 * generating, `(inputs unchanged: 4,517 files verified)` (every file counts as reused).
 */
function checkCounts(stdout) {
  const int = (s) => Number(s.replace(/,/g, ''));
  const verified = /\(inputs unchanged: ([\d,]+) files verified\)/.exec(stdout);
  if (verified) return { written: 0, reused: int(verified[1]), files: int(verified[1]) };
  const reused = /\(([\d,]+) of ([\d,]+) files reused\)/.exec(stdout);
  return { written: 0, reused: reused ? int(reused[1]) : 0, files: reused ? int(reused[2]) : null };
}

const seconds = (ms) => (ms == null ? '–' : (ms / 1000).toFixed(2));

/** The report's lines (Markdown) for the scenario's result. */
export function regenerationReport(regeneration) {
  const of = `${regeneration.spec}${regeneration.target ? ` (--target ${regeneration.target})` : ''}`;
  if (regeneration.error || regeneration.skipped) {
    const why = regeneration.error ? `failed: ${regeneration.error}` : `skipped: ${regeneration.skipped}`;
    return [`Regeneration on ${of}: ${why}`, ''];
  }
  const { ot, cold, schema } = regeneration;
  const lines = [
    `Regeneration on ${of} (its SDK generated and committed; cold generation ${seconds(cold.wallMs)} s ` +
      `wall; the shared schema changed is \`${schema.name}\`, ${schema.refs} \`$ref\`s to it)` +
      (ot
        ? `, each round beside openapi-typescript's cold run (${seconds(ot.wallMs)} s wall, ${seconds(ot.cpuMs)} s CPU):`
        : ':'),
    '',
  ];
  const rows = Object.values(regeneration.scenarios).map((x) => [
    x.label,
    seconds(x.wallMs),
    seconds(x.cpuMs),
    String(x.written ?? '–'),
    x.files ? `${x.reused} of ${x.files}` : '–',
    x.ratio != null ? `×${x.ratio.toFixed(2)} (×${x.ratioRange[0].toFixed(2)}–${x.ratioRange[1].toFixed(2)})` : '–',
    ot?.cpuMs && x.cpuMs ? `×${(x.cpuMs / ot.cpuMs).toFixed(2)}` : '–',
    `×${x.goal}`,
  ]);
  const header = [
    'scenario',
    'wall s',
    'CPU s',
    'files written',
    'files reused',
    'wall vs openapi-typescript (paired)',
    'CPU vs openapi-typescript',
    'goal (wall)',
  ];
  return [
    ...lines,
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

#!/usr/bin/env node
// Stainless's own endpoint tests, run on the TypeScript SDK sdkgen writes from the same config and spec: issue 89's
// measure on the real pairs ("every endpoint test type-checking and passing where Stainless's ran, every endpoint
// keeping its return type, every model exported"). The TypeScript twin of stainless-python-tests.mjs.
//
//   node scripts/stainless-ts-tests.mjs [--pairs bench/stainless-distance/pairs.json] [options]
//
// The pairs file is stainless-distance.mjs's (see there: `ref`, `era`, `specFrom`); the generation a pair is compared
// with and sdkgen's SDK for it are chosen as that script does with --era (scripts/stainless-ts-pairs.mjs), through
// bin/sdkgen.js (so build first). For each pair:
//   endpoints  every method of Stainless's api.md (and of the api.md files it links) found in ours with the same
//              call chain, arguments and return type (`sdkgen diff --against`'s comparer, generator/diff/api-md.ts)
//   models     every type Stainless's api.md lists, listed in ours
//   compile    Stainless's tests/api-resources of that generation copied beside our SDK and type-checked with
//              tsc --strict (as the SDK's users have it), the package name mapped to our src/: the cases with no
//              error inside them (an error outside every case, an import, counts against each case of its file);
//              `sdk errors`: tsc's errors in our SDK itself, which no case is charged with
//   pass       the cases Stainless did not skip, run with vitest against Prism mocking the pair's spec: those passing
//              (with --baseline: of the cases Stainless's own SDK passes on the same tests and mock; else of all; a
//              Stainless SDK that passes none, an older one whose dependencies are not installed here, is no
//              baseline). Counted as vitest runs them: a case some eras run once a client (the tree-shakable
//              client beside the full one) counts once a run; `ours`/`theirs`: passed / run
// Then the kinds of what fails, commonest first: each surface difference's kind, each tsc error's code and message
// (quoted names blanked), each failing case's first line (quoted values and numbers blanked), with counts.
// Shared with test/stainless-compat.test.ts: scripts/stainless-ts-cases.mjs (the cases, the tsconfig, the vitest run).
//
// --pairs <file>     the pairs (default bench/stainless-distance/pairs.json)
// --only <names>     comma-separated pair names to measure
// --newest           the newest forms for every pair (no `--stainless-era`; default: each pair's era, as --era of
//                    stainless-distance.mjs)
// --shapes-only      endpoints and models alone: no tsc, no Prism (seconds per pair)
// --no-run           endpoints, models and compile: no Prism
// --baseline         also run the same tests on Stainless's own SDK (its src/ at the generation, beside the tests,
//                    against the same Prism): the `theirs` column, and `pass` counts the cases it passes
// --run-skipped      run the cases Stainless marks `test.skip` too (its "Prism tests are disabled" switch)
// --keep <dir>       work in <dir>/<name> and keep it (default: a temporary folder, removed)
// --top <n>          the n commonest kinds printed per pair (default 6)
// --json             one JSON array (a result a pair) on stdout instead of the table
// --print <file>     print the table of such a JSON array (a run's saved --json) and exit
// Environment: SDKGEN_BIN runs another build of the CLI (default <repo>/bin/sdkgen.js); Prism from node_modules
// (test/helpers/prism-launcher.mjs), one pair at a time. Heavy: run it niced.
import { fork, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { casesWithErrors, runCases, writeCaseProject } from './stainless-ts-cases.mjs';
import { git, missingRepository, pairsFrom, prepareGeneration } from './stainless-ts-pairs.mjs';
import { exitWithUsage } from './usage.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PRISM_LAUNCHER = path.join(root, 'test/helpers/prism-launcher.mjs');
const TSC = path.join(root, 'node_modules/typescript/lib/tsc.js');
/** tsc --strict as an SDK's users have it (test/helpers/sdk.ts's STRICT_OPTIONS without our output's extras). */
const USER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

function usage(message) {
  exitWithUsage(import.meta.url, 'stainless-ts-tests', message);
}

function parseArgs(argv) {
  const options = { pairs: path.join(root, 'bench/stainless-distance/pairs.json'), top: 6, era: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--pairs') options.pairs = value();
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--newest') options.era = false;
    else if (arg === '--shapes-only') options.shapesOnly = true;
    else if (arg === '--no-run') options.noRun = true;
    else if (arg === '--baseline') options.baseline = true;
    else if (arg === '--run-skipped') options.runSkipped = true;
    else if (arg === '--keep') options.keep = value();
    else if (arg === '--top') options.top = Number(value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--print') options.print = value();
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

/** generator/diff/api-md.ts, bundled by esbuild into `scratch` and imported. */
async function apiMdModule(scratch) {
  const { build } = await import('esbuild');
  const outfile = path.join(scratch, 'api-md.mjs');
  await build({
    entryPoints: [path.join(root, 'generator/diff/api-md.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

/** A file of Stainless's side: at `ref` of a git dir, or in the folder. */
function theirFile(project, gitDir, ref, file) {
  if (gitDir) return git(gitDir, ['show', `${ref}:${file}`]) ?? null;
  const full = path.join(project.sdk, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
}

/** Stainless's folder `folder` (tests/api-resources, src) at the generation, copied to `into`; false where it has none. */
function extractFolder(project, gitDir, ref, folder, into) {
  mkdirSync(into, { recursive: true });
  if (!gitDir) {
    const from = path.join(project.sdk, folder);
    if (!existsSync(from)) return false;
    spawnSync('cp', ['-r', `${from}/.`, into]);
    return true;
  }
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', ref, folder], { maxBuffer: 1 << 30 });
  if (archive.status !== 0) return false;
  const depth = folder.split('/').length;
  const untar = spawnSync('tar', ['-x', '-C', into, `--strip-components=${depth}`], { input: archive.stdout });
  return untar.status === 0;
}

/**
 * The dependencies an SDK's package.json declares (Stainless's `standardwebhooks`, sdkgen's where it writes that form),
 * linked from this repository's node_modules into `work/node_modules`, where the run resolves them; returns those
 * not installed here.
 */
function linkDependencies(packageJson, work) {
  if (!packageJson) return [];
  const missing = [];
  for (const name of Object.keys(JSON.parse(packageJson).dependencies ?? {})) {
    const from = path.join(root, 'node_modules', name);
    const to = path.join(work, 'node_modules', name);
    if (!existsSync(from)) missing.push(name);
    else if (!existsSync(to)) {
      mkdirSync(path.dirname(to), { recursive: true });
      symlinkSync(from, to, 'dir');
    }
  }
  return missing;
}

/** Prism mocking `spec` in a process of its own (test/helpers/prism-launcher.mjs), once it listens. */
function startPrism(spec) {
  const child = fork(PRISM_LAUNCHER, [spec, 'error', '0'], {
    cwd: root,
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', kill);
  const stop = () => {
    process.removeListener('exit', kill);
    kill();
  };
  return new Promise((resolve, reject) => {
    const fail = (reason) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`prism mock: ${reason}\n${output.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail('did not listen within 180 s'), 180_000);
    child.once('message', (message) => {
      if (message.url) {
        clearTimeout(timer);
        resolve({ url: message.url, stop });
      } else fail(message.error ?? 'did not start');
    });
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal}`));
  });
}

/** Counts of `kinds` (strings), commonest first: [[kind, count], …]. */
function tally(kinds) {
  const counts = new Map();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A tsc error's kind: its code and message, quoted names blanked. */
const errorKind = (text) =>
  text
    .replace(/^\d+: /, '')
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"');
/** A failing case's kind: its first line, quoted values and numbers blanked. */
const failureKind = (text) =>
  text
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…')
    .replace(/\d+/g, 'N')
    .slice(0, 160);

/** With --run-skipped: `test.skip(` made `test(` in every copied test file. */
function unskip(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) unskip(full);
    else if (entry.name.endsWith('.ts'))
      writeFileSync(full, readFileSync(full, 'utf8').replace(/^(\s*)(test|it)\.skip\(/gm, '$1$2('));
  }
}

async function measure(project, options, scratch, apiMd) {
  const work = options.keep ? path.resolve(options.keep, project.name) : path.join(scratch, project.name);
  rmSync(work, { recursive: true, force: true });
  const ours = path.join(work, 'ours');
  const { gitDir, ref, inputs, era, pinned } = prepareGeneration(
    project,
    { era: options.era },
    scratch,
    path.join(ours, 'sdk'),
  );
  const result = { name: project.name, ref, era, specAt: pinned?.at };

  // Endpoints and models: Stainless's api.md against ours.
  const theirMd = theirFile(project, gitDir, ref, 'api.md');
  if (theirMd === null) return { ...result, error: 'no api.md on Stainless’s side' };
  const theirSurface = apiMd.parseApiMd(theirMd, (file) => theirFile(project, gitDir, ref, file));
  const ourRead = (file) =>
    existsSync(path.join(ours, 'sdk', file)) ? readFileSync(path.join(ours, 'sdk', file), 'utf8') : null;
  const ourSurface = apiMd.parseApiMd(ourRead('api.md') ?? '', ourRead);
  const changes = apiMd
    .compareApiSurfaces(theirSurface, ourSurface)
    .filter((c) => c.kind !== 'method-added' && c.kind !== 'type-added');
  const changed = new Set(changes.map((c) => c.chain).filter(Boolean));
  const removedTypes = new Set(changes.filter((c) => c.kind === 'type-removed').map((c) => c.type));
  result.endpoints = {
    kept: theirSurface.methods.filter((m) => !changed.has(m.chain)).length,
    of: theirSurface.methods.length,
  };
  result.models = {
    kept: theirSurface.types.filter((t) => !removedTypes.has(t.name)).length,
    of: theirSurface.types.length,
  };
  result.surfaceKinds = tally(changes.map((c) => c.kind));
  result.surfaceChanges = changes.map((c) => c.message);
  if (options.shapesOnly) return result;

  // Compile: Stainless's tests against our SDK.
  const tests = path.join(work, 'their-tests');
  // The endpoint tests alone (Stainless's client tests are of its runtime, not of the endpoints).
  if (!extractFolder(project, gitDir, ref, 'tests/api-resources', path.join(tests, 'api-resources')))
    return { ...result, error: 'no tests/api-resources on Stainless’s side' };
  if (options.runSkipped) unskip(tests);
  const packageName = JSON.parse(theirFile(project, gitDir, ref, 'package.json') ?? '{}').name;
  const config = writeCaseProject({ tests, packageName, dir: ours, compilerOptions: USER_OPTIONS });
  const tsc = spawnSync(process.execPath, [TSC, '-p', config, '--pretty', 'false'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const { cases, elsewhere } = casesWithErrors(ours, tsc.stdout);
  const compiling = cases.filter((c) => c.errors.length === 0);
  result.compile = { ok: compiling.length, of: cases.length, sdkErrors: elsewhere.length };
  result.sdkErrors = elsewhere;
  result.typeErrors = Object.fromEntries(cases.filter((c) => c.errors.length > 0).map((c) => [c.id, c.errors]));
  result.typeKinds = tally(cases.flatMap((c) => [...new Set(c.errors.map(errorKind))]));
  if (options.noRun) return result;

  // Pass: the cases not skipped, against Prism; with --baseline, Stainless's own SDK beside ours.
  const active = cases.filter((c) => !c.skipped);
  result.active = active.length;
  if (active.length === 0) return { ...result, pass: { ok: 0, of: 0 } };
  const requests = [{ name: 'ours', packageName, dir: ours }];
  if (options.baseline) {
    const theirs = path.join(work, 'theirs');
    if (extractFolder(project, gitDir, ref, 'src', path.join(theirs, 'sdk', 'src'))) {
      writeCaseProject({ tests, packageName, dir: theirs, compilerOptions: USER_OPTIONS });
      requests.push({ name: 'theirs', packageName, dir: theirs });
    } else result.theirsError = 'no src/ on Stainless’s side';
  }
  const missing = [
    ...linkDependencies(readFileSync(path.join(ours, 'sdk', 'package.json'), 'utf8'), work),
    ...(requests.length > 1 ? linkDependencies(theirFile(project, gitDir, ref, 'package.json'), work) : []),
  ];
  if (missing.length > 0) result.missingDependencies = [...new Set(missing)];
  const prism = await startPrism(inputs.spec);
  let runs;
  try {
    runs = await runCases(
      requests.map((r) => ({ ...r, baseURL: prism.url })),
      work,
    );
  } finally {
    prism.stop();
  }
  const ourRun = runs.get('ours');
  let theirRun = runs.get('theirs');
  // Stainless's SDK that did not load at all (an older one's dependencies, not installed here) is no baseline.
  if (theirRun && theirRun.passed.length === 0 && theirRun.failed.length > 0) {
    result.theirsError = `theirs failed: ${failureKind(theirRun.failed[0].error).slice(0, 60)}`;
    theirRun = undefined;
  }
  const passedOurs = new Set(ourRun.passed);
  const counted = theirRun ? theirRun.passed : [...ourRun.passed, ...ourRun.failed.map((f) => f.id)];
  result.pass = { ok: counted.filter((id) => passedOurs.has(id)).length, of: counted.length };
  result.ours = { passed: ourRun.passed.length, failed: ourRun.failed.length };
  if (theirRun) result.theirs = { passed: theirRun.passed.length, failed: theirRun.failed.length };
  const theirPassed = new Set(theirRun?.passed ?? []);
  const failures = ourRun.failed.filter((f) => !theirRun || theirPassed.has(f.id));
  result.failures = Object.fromEntries(failures.map((f) => [f.id, f.error]));
  result.failureKinds = tally(failures.map((f) => failureKind(f.error)));
  if (theirRun) result.theirFailureKinds = tally(theirRun.failed.map((f) => failureKind(f.error)));
  return result;
}

const fraction = (x) => (x ? `${x.ok ?? x.kept}/${x.of}` : '–');

function printTable(results, top) {
  const rows = [['pair', 'generation', 'era', 'endpoints', 'models', 'compile', 'sdk errs', 'pass', 'ours', 'theirs']];
  for (const r of results) {
    rows.push([
      r.name,
      r.ref ? r.ref.slice(0, 10) : '(folder)',
      r.era ?? 'latest',
      fraction(r.endpoints),
      fraction(r.models),
      fraction(r.compile),
      r.compile ? String(r.compile.sdkErrors) : '–',
      r.error ? r.error : fraction(r.pass),
      r.ours ? `${r.ours.passed}/${r.ours.passed + r.ours.failed}` : '–',
      r.theirs ? `${r.theirs.passed}/${r.theirs.passed + r.theirs.failed}` : (r.theirsError ?? '–'),
    ]);
  }
  const sum = (key, part) =>
    results.reduce((acc, r) => ({ ok: acc.ok + (r[key]?.[part[0]] ?? 0), of: acc.of + (r[key]?.[part[1]] ?? 0) }), {
      ok: 0,
      of: 0,
    });
  const total = {
    endpoints: sum('endpoints', ['kept', 'of']),
    models: sum('models', ['kept', 'of']),
    compile: sum('compile', ['ok', 'of']),
    pass: sum('pass', ['ok', 'of']),
  };
  rows.push([
    'total',
    '',
    '',
    fraction(total.endpoints),
    fraction(total.models),
    fraction(total.compile),
    String(results.reduce((n, r) => n + (r.compile?.sdkErrors ?? 0), 0)),
    fraction(total.pass),
    '',
    '',
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
  for (const r of results) {
    const lines = [
      ...(r.surfaceKinds ?? []).slice(0, top).map(([k, n]) => `surface ${n}× ${k}`),
      ...(r.sdkErrors ?? []).slice(0, top).map((e) => `sdk     ${e}`),
      ...(r.typeKinds ?? []).slice(0, top).map(([k, n]) => `tsc     ${n}× ${k}`),
      ...(r.failureKinds ?? []).slice(0, top).map(([k, n]) => `fails   ${n}× ${k}`),
    ];
    if (lines.length) process.stdout.write(`\n${r.name}:\n${lines.map((l) => `    ${l}`).join('\n')}\n`);
  }
  return total;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.print) {
    printTable(JSON.parse(readFileSync(options.print, 'utf8')), options.top);
    return;
  }
  const projects = pairsFrom(options.pairs).filter((p) => !options.only || options.only.includes(p.name));
  if (projects.length === 0) usage('no pair to measure');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'stainless-ts-tests-'));
  try {
    const apiMd = await apiMdModule(scratch);
    const results = [];
    for (const project of projects) {
      process.stderr.write(`${project.name}…\n`);
      const missing = missingRepository(project);
      if (missing) {
        process.stderr.write(`  left out: ${missing}\n`);
        continue;
      }
      try {
        const r = await measure(project, options, scratch, apiMd);
        results.push(r);
        const figures = ['endpoints', 'models', 'compile', 'pass'].map((k) => `${k} ${fraction(r[k])}`);
        process.stderr.write(`  ${figures.join(', ')}${r.theirs ? `, theirs ${r.theirs.passed}` : ''}\n`);
      } catch (error) {
        results.push({ name: project.name, error: String(error.message ?? error).split('\n')[0] });
      }
      if (!options.keep) rmSync(path.join(scratch, project.name), { recursive: true, force: true });
    }
    if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else printTable(results, options.top);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();

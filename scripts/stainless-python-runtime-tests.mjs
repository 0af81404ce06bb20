#!/usr/bin/env node
// Stainless's own client tests against the Python package sdkgen writes (issue 91: a team moving its Stainless SDK to
// sdkgen keeps its tests/, which exercise the runtime's public and private names). Our runtime
// (templates/python/runtime) is ours; these tests measure the behaviour users of Stainless SDKs rely on.
//
//   node scripts/stainless-python-runtime-tests.mjs [--pairs bench/stainless-distance/python-pairs.json] [options]
//
// For each pair (the pairs file of scripts/stainless-distance-python.mjs) whose `sdk` is a git dir, sdkgen generates
// the Python SDK from the pair's config and spec (through bin/sdkgen.js, so build first). Our tests/ is replaced by
// Stainless's tests/ at `ref`, without tests/api_resources (those need a mock of the API, and measure the
// generated resources, not the runtime): test_client.py, test_models.py, test_transform.py, test_utils/*, their
// conftest.py and utils.py... Then pytest runs them in the venv of scripts/python-env.mjs (test/.tmp/python-venv),
// with the package importable from src/ and the pytest settings of a Stainless pyproject (asyncio mode auto, a session
// loop, warnings as errors). The tests mock HTTP themselves (respx); none needs a server.
//
// A test file (conftest.py aside) that imports, at its top, a package the venv cannot import (dirty_equals and
// standardwebhooks are not in this machine's wheel index) is left out before pytest runs, in both runs: the report
// counts those files per package, with their tests (read from their syntax, parametrize cases counted), and the
// failures below are those of the files that ran.
//
// The report gives, per pair, passed/failed/errors/skipped per test file, then the failures by cause:
//   missing name      `cannot import name X from <pkg>.<module>`, `<module> has no attribute X`: a name we lack
//   stainless-only    `No module named <pkg>.<module>`: a module of Stainless's SDK we do not write (or a package
//                     file such as lib/); or a missing name that Stainless's <pkg>/__init__.py at `ref` imports from
//                     the owners' lib/ (custom code, not the runtime's)
//   not installed     `No module named <name>`: a package the tests import that the venv lacks; with
//                     --continue-on-collection-errors, only that file errs
//   machine           `cannot import name X from <module>` of another package than the SDK's: a name this Python's
//                     standard library (typing.override is 3.12's) or an installed package lacks
//   behaviour         everything else, by its exception line
//   theirs too        (with --baseline) a test that fails the same way against Stainless's own package: the machine
//                     (Python, httpx, a package the venv lacks), not our runtime
//   uncompared        (with --baseline) a test of a file that Stainless's own package cannot even collect here (its
//                     client built at import time with an argument this httpx lacks, its lib/ importing a package
//                     the venv lacks): the baseline says nothing of it; the key gives the baseline's reason and ours
//
// --pairs <file>   JSON: [{ "name", "sdk", "ref"?, "config", "spec" }, ...] (see stainless-distance-python.mjs); a
//                  pair whose `sdk` is not a git dir (a stainless-compat `expected/`, no tests) is left out
// --only <names>   comma-separated pair names to run
// --keep <dir>     generate into <dir>/<name> and keep it, with the pair's figures in <dir>/<name>.json (default: a
//                  temporary folder); each pair's totals go to stderr as soon as it is measured
// --causes <n>     the n most frequent causes per pair (default 12); --tests lists each cause's tests too
// --baseline       also run the tests against Stainless's own src/ at `ref` (twice the time), to tell the failures
//                  of the machine from ours ("theirs too"); the report gives its passes beside ours. A baseline
//                  that cannot run (pytest writes no report) is reported as such, with pytest's exception line,
//                  beside our figures, which stay
// --json           one JSON object on stdout instead of the report
// --python <path>  the interpreter (default <repo>/test/.tmp/python-venv/bin/python)
// Environment: SDKGEN_BIN runs another build of the CLI (default <repo>/bin/sdkgen.js).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = process.env.SDKGEN_BIN ?? path.join(root, 'bin/sdkgen.js');

function usage(message) {
  exitWithUsage(import.meta.url, 'stainless-python-runtime-tests', message);
}

function parseArgs(argv) {
  const options = {
    pairs: path.join(root, 'bench/stainless-distance/python-pairs.json'),
    causes: 12,
    tests: false,
    json: false,
    python: path.join(root, 'test/.tmp/python-venv/bin/python'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--pairs') options.pairs = value();
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--keep') options.keep = value();
    else if (arg === '--causes') options.causes = Number(value());
    else if (arg === '--tests') options.tests = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--baseline') options.baseline = true;
    else if (arg === '--python') options.python = value();
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  if (!existsSync(options.python)) usage(`no Python at ${options.python}: run node scripts/python-env.mjs`);
  return options;
}

function git(gitDir, args, encoding = 'utf8') {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding, maxBuffer: 1 << 28 });
  return result.status === 0 ? result.stdout : undefined;
}

const isGitDir = (dir) => existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'));

/** A pair's config or spec as a path: a git `{ repo, at, path }` is written to the scratch folder first. */
function inputPath(input, scratch, name) {
  if (typeof input === 'string') return input;
  const dir = path.join(scratch, `inputs-${name}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, path.basename(input.path));
  const text = git(input.repo, ['show', `${input.at}:${input.path}`]);
  if (text === undefined) throw new Error(`${name}: cannot read ${input.at}:${input.path} in ${input.repo}`);
  writeFileSync(file, text);
  return file;
}

function generateInto(pair, out, scratch) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const spec = inputPath(pair.spec, scratch, pair.name);
  const config = inputPath(pair.config, scratch, pair.name);
  const args = [bin, 'generate', spec, '--config', config, '--target', 'python', '-o', out, '--quiet'];
  const generated = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (generated.status !== 0) {
    throw new Error(`sdkgen generate failed for ${pair.name}:\n${generated.stderr}${generated.stdout}`);
  }
}

/** Folders of Stainless's repository at the pair's ref (`tests`, `src`) extracted into `out`. */
function extractTheirs(pair, out, folders) {
  const archive = spawnSync('git', ['--git-dir', pair.sdk, 'archive', '--format=tar', pair.ref ?? 'HEAD', ...folders], {
    maxBuffer: 1 << 30,
  });
  if (archive.status !== 0) throw new Error(`${pair.name}: no ${folders.join(', ')} at ${pair.ref}: ${archive.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', out], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`${pair.name}: tar failed: ${untar.stderr}`);
}

/** Stainless's tests/ at the pair's ref, api_resources left out, in place of ours. */
function copyTheirTests(pair, out) {
  const tests = path.join(out, 'tests');
  rmSync(tests, { recursive: true, force: true });
  extractTheirs(pair, out, ['tests']);
  rmSync(path.join(tests, 'api_resources'), { recursive: true, force: true });
}

/**
 * The tests that fail (or err) against Stainless's own package, by id; its count of passes; the files left out for a
 * package the venv lacks. `{ error }` where it cannot run: our figures are kept all the same.
 */
function baselineOf(pair, options, scratch) {
  const theirs = path.join(scratch, `theirs-${pair.name}`);
  try {
    rmSync(theirs, { recursive: true, force: true });
    mkdirSync(theirs, { recursive: true });
    extractTheirs(pair, theirs, ['src']);
    copyTheirTests(pair, theirs);
    const skipped = leaveOutUnimportable(theirs, options.python);
    const cases = parseJunit(runPytest(theirs, options.python));
    const failing = new Set(
      cases.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => `${c.file}::${c.id}`),
    );
    // The files it could not collect, each with its exception line: none of their tests ran.
    const uncollected = new Map(
      cases.filter((c) => c.outcome === 'error' && c.collection).map((c) => [c.file, exceptionLine(c)]),
    );
    return { failing, uncollected, passed: cases.filter((c) => c.outcome === 'passed').length, skipped };
  } catch (error) {
    // pytest's exception line (`E   ModuleNotFoundError: …` of a conftest that cannot import) says why.
    const reason = /^E\s+(\S.*)$/m.exec(error.message)?.[1];
    return { error: `${error.message.split('\n')[0].replace(/:$/, '')}${reason ? `: ${reason.trim()}` : ''}` };
  } finally {
    rmSync(theirs, { recursive: true, force: true });
  }
}

/** Python files under `dir`, relative to it. */
function pythonFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pythonFiles(full, base);
    return entry.name.endsWith('.py') ? [path.relative(base, full)] : [];
  });
}

/** The top-level modules a file imports at its top (not indented: an import inside a test or a guard is its own). */
function topImports(text) {
  const names = new Set();
  for (const match of text.matchAll(/^(?:import\s+([A-Za-z_]\w*)|from\s+([A-Za-z_]\w*)[\w.]*\s+import\b)/gm))
    names.add(match[1] ?? match[2]);
  return names;
}

const IMPORTABLE_CHECK = `
import importlib.util, json, sys
print(json.dumps({name: importlib.util.find_spec(name) is not None for name in sys.argv[1:]}))
`;

// The tests a file holds, read from its syntax (it cannot be imported): each `test_*` function once per case of its
// literal `@pytest.mark.parametrize` lists (a list built otherwise counts once).
const TEST_COUNT = `
import ast, json, sys

def cases(decorator):
    if not (isinstance(decorator, ast.Call) and getattr(decorator.func, "attr", None) == "parametrize"):
        return 1
    values = decorator.args[1] if len(decorator.args) > 1 else None
    return len(values.elts) if isinstance(values, (ast.List, ast.Tuple)) else 1

counts = {}
for file in sys.argv[1:]:
    total = 0
    for node in ast.walk(ast.parse(open(file, encoding="utf-8").read())):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_"):
            n = 1
            for decorator in node.decorator_list:
                n *= cases(decorator)
            total += n
    counts[file] = total
print(json.dumps(counts))
`;
import { exitWithUsage } from './usage.mjs';

/** The tests of `files` (paths under `dir`), by file. */
function testCounts(dir, files, python) {
  if (files.length === 0) return {};
  const run = spawnSync(python, ['-c', TEST_COUNT, ...files], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cannot count the tests left out: ${run.stderr.trim().split('\n').pop()}`);
  return JSON.parse(run.stdout);
}

/**
 * Removes each test file (conftest.py aside: every test needs it) that imports at its top a module the venv cannot
 * import, with src/ and the tests' folder on the path as pytest has them. Returns { module: [files] }, and the tests of
 * each file removed in `leftOutTests` ({ file: count }) when given.
 */
function leaveOutUnimportable(out, python, leftOutTests) {
  const tests = path.join(out, 'tests');
  const files = pythonFiles(tests).filter((file) => path.basename(file) !== 'conftest.py');
  const imports = new Map(files.map((file) => [file, topImports(readFileSync(path.join(tests, file), 'utf8'))]));
  const names = [...new Set([...imports.values()].flatMap((set) => [...set]))].filter((name) => name !== '__future__');
  if (names.length === 0) return {};
  const env = { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' };
  const run = spawnSync(python, ['-c', IMPORTABLE_CHECK, ...names], { cwd: out, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cannot check the tests' imports: ${run.stderr.trim().split('\n').pop()}`);
  const importable = JSON.parse(run.stdout);
  const skipped = {};
  if (leftOutTests) {
    const unimportable = files.filter((file) => [...imports.get(file)].some((name) => importable[name] === false));
    Object.assign(
      leftOutTests,
      testCounts(
        out,
        unimportable.map((file) => `tests/${file}`),
        python,
      ),
    );
  }
  for (const [file, names] of imports) {
    const missing = [...names].filter((name) => importable[name] === false);
    if (missing.length === 0) continue;
    rmSync(path.join(tests, file));
    for (const name of missing) (skipped[name] ??= []).push(`tests/${file}`);
  }
  return skipped;
}

// The pytest settings a Stainless pyproject gives, without xdist (the machine is shared).
const PYTEST_INI = `[pytest]
testpaths = tests
addopts = --tb=short -p no:cacheprovider
xfail_strict = true
asyncio_mode = auto
asyncio_default_fixture_loop_scope = session
filterwarnings = error
timeout = 120
# A subprocess's stderr (a test running Python in a child process) in the report: its ImportError names the cause.
junit_logging = system-err
`;

function runPytest(out, python) {
  writeFileSync(path.join(out, 'pytest.ini'), PYTEST_INI);
  const junit = path.join(out, 'junit.xml');
  const env = { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' };
  delete env.TEST_API_BASE_URL;
  const run = spawnSync(
    python,
    ['-m', 'pytest', '-q', '-c', 'pytest.ini', '--continue-on-collection-errors', `--junitxml=${junit}`, 'tests'],
    {
      cwd: out,
      env,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (!existsSync(junit)) throw new Error(`pytest wrote no report:\n${run.stdout.slice(-3000)}${run.stderr}`);
  return readFileSync(junit, 'utf8');
}

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

/** pytest's JUnit XML → cases: { file, id, outcome: passed|failed|error|skipped, detail }. */
function parseJunit(xml) {
  const cases = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const tag = match[1];
    const body = match[3] ?? '';
    const classname = attribute(tag, 'classname') ?? '';
    const name = attribute(tag, 'name') ?? '';
    // A collection error names the module in `name` and leaves `classname` empty.
    const dotted = classname || name;
    const moduleParts = dotted.split('.');
    // The module is the last `test_*` part before a `Test*` class (tests.test_utils.test_proxy.TestX).
    const classAt = moduleParts.findIndex((part) => /^Test/.test(part));
    const modulePartsOnly = classAt < 0 ? moduleParts : moduleParts.slice(0, classAt);
    const at = modulePartsOnly.map((part) => part.startsWith('test_')).lastIndexOf(true);
    const moduleName = moduleParts.slice(0, at + 1).join('/');
    const file = `${moduleName || dotted}.py`;
    const outcome = /<failure\b/.test(body)
      ? 'failed'
      : /<error\b/.test(body)
        ? 'error'
        : /<skipped\b/.test(body)
          ? 'skipped'
          : 'passed';
    const detail = outcome === 'passed' ? '' : unescapeXml(body.replace(/<[^>]+>/g, '\n'));
    const message = /<(?:failure|error|skipped)\b[^>]*message="([^"]*)"/.exec(body);
    cases.push({
      file,
      collection: !classname,
      id: classname
        ? `${classname
            .split('.')
            .slice(at + 1)
            .join('.')}::${name}`.replace(/^::/, '')
        : name,
      outcome,
      message: message ? unescapeXml(message[1]) : '',
      detail,
    });
  }
  return cases;
}

/** The names Stainless's `<pkg>/__init__.py` at the pair's ref imports from the owners' `lib/` (custom code). */
function libExports(pair, pkg) {
  const text = (pkg && git(pair.sdk, ['show', `${pair.ref ?? 'HEAD'}:src/${pkg}/__init__.py`])) ?? '';
  const names = new Set();
  for (const match of text.matchAll(/^from\s+\.lib\b[\w.]*\s+import\s+(\([^)]*\)|[^\n]+)/gm))
    for (const part of match[1].replace(/[()]/g, '').split(','))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      );
  return names;
}

/** A failure's cause (see the header): { kind, key }. `libNames`: see libExports. */
function causeOf(testCase, pkg, libNames = new Set()) {
  const text = `${testCase.message}\n${testCase.detail}`;
  const missingModule = /No module named '([^']+)'/.exec(text);
  if (missingModule && missingModule[1].split('.')[0] === pkg) {
    return { kind: 'stainless-only', key: `module ${missingModule[1]}` };
  }
  if (missingModule) return { kind: 'not installed', key: `package ${missingModule[1]}` };
  const missingName = /cannot import name '([^']+)' from '([^']+)'/.exec(text);
  if (missingName && missingName[2].split('.')[0] !== pkg) {
    return { kind: 'machine', key: `${missingName[2]}.${missingName[1]} (not in this Python or its package)` };
  }
  if (missingName && missingName[2] === pkg && libNames.has(missingName[1])) {
    return {
      kind: 'stainless-only',
      key: `${missingName[2]}.${missingName[1]} (their lib/'s, exported by __init__.py)`,
    };
  }
  if (missingName) return { kind: 'missing name', key: `${missingName[2]}.${missingName[1]}` };
  const missingFile = /FileNotFoundError: .*?'([^']+)'/.exec(text);
  if (missingFile) return { kind: 'stainless-only', key: `file ${missingFile[1]}` };
  const attr = /AttributeError: (?:module )?'([^']+)'(?: object)? has no attribute '([^']+)'/.exec(text);
  if (attr && (attr[1].startsWith(pkg) || !attr[1].includes('.'))) {
    return { kind: 'missing name', key: `${attr[1]}.${attr[2]}` };
  }
  return { kind: 'behaviour', key: exceptionLine(testCase) };
}

/** The exception line pytest prints (`E   ...`), else the message, without what differs between instances. */
function exceptionLine(testCase) {
  const errorLine = /^E\s+(\S.*)$/m.exec(testCase.detail);
  const line = (errorLine ? errorLine[1] : testCase.message.split('\n')[0]).trim();
  // Addresses, temporary paths and long reprs would make every instance a cause of its own.
  return line
    .replace(/0x[0-9a-f]+/g, '0x…')
    .replace(/\/tmp\/\S+/g, '<tmp>')
    .slice(0, 160);
}

/**
 * The package of Stainless's SDK at the pair's ref: the folder of src/ holding `_client.py` (a src/ may keep the
 * folder of an earlier name beside it, which its tests do not import), else the first.
 */
function packageOf(pair) {
  const ref = pair.ref ?? 'HEAD';
  const folders = (git(pair.sdk, ['ls-tree', '--name-only', `${ref}:src`]) ?? '').split('\n').filter(Boolean);
  const clients = (git(pair.sdk, ['ls-tree', '-r', '--name-only', ref, '--', 'src']) ?? '').split('\n');
  return folders.find((folder) => clients.includes(`src/${folder}/_client.py`)) ?? folders[0];
}

function runPair(pair, options, scratch) {
  const out = options.keep ? path.resolve(options.keep, pair.name) : path.join(scratch, `out-${pair.name}`);
  generateInto(pair, out, scratch);
  copyTheirTests(pair, out);
  const leftOutTests = {};
  const skipped = leaveOutUnimportable(out, options.python, leftOutTests);
  const started = Date.now();
  const cases = parseJunit(runPytest(out, options.python));
  const seconds = (Date.now() - started) / 1000;
  const pkg = packageOf(pair);
  // Stainless's tests import its package by name: ours named otherwise (a config of another time than the SDK's
  // ref, before or after a rename) fails every file on its imports, which says nothing of the runtime.
  const ours = readdirSync(path.join(out, 'src')).find((entry) => !entry.startsWith('.'));
  const mismatch =
    pkg && ours !== pkg ? `ours is ${ours}, Stainless's ${pkg}: the config and the ref disagree` : undefined;
  const baseline = options.baseline ? baselineOf(pair, options, scratch) : undefined;
  const libNames = libExports(pair, pkg);
  const files = new Map();
  const causes = new Map();
  const totals = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const c of cases) {
    const tally = files.get(c.file) ?? { passed: 0, failed: 0, error: 0, skipped: 0 };
    tally[c.outcome]++;
    totals[c.outcome]++;
    files.set(c.file, tally);
    if (c.outcome !== 'failed' && c.outcome !== 'error') continue;
    const own = causeOf(c, pkg, libNames);
    const theirs = baseline?.uncollected?.get(c.file);
    const cause = baseline?.failing?.has(`${c.file}::${c.id}`)
      ? { kind: 'theirs too', key: own.key }
      : theirs !== undefined
        ? { kind: 'uncompared', key: `${own.key} (Stainless's own ${c.file} did not collect: ${theirs})` }
        : own;
    const id = `${cause.kind}: ${cause.key}`;
    const entry = causes.get(id) ?? { ...cause, tests: [] };
    entry.tests.push(`${c.file}::${c.id}`);
    causes.set(id, entry);
  }
  if (!options.keep) rmSync(out, { recursive: true, force: true });
  return {
    name: pair.name,
    ref: pair.ref,
    ...(mismatch ? { mismatch } : {}),
    seconds,
    totals,
    baselinePassed: baseline?.passed,
    ...(baseline?.error ? { baselineError: baseline.error } : {}),
    skipped,
    leftOutTests,
    files: Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b))),
    causes: [...causes.values()].sort((a, b) => b.tests.length - a.tests.length),
  };
}

function pairsOf(options) {
  const base = path.dirname(path.resolve(options.pairs));
  const resolve = (input) =>
    typeof input === 'string' ? path.resolve(base, input) : { ...input, repo: path.resolve(base, input.repo) };
  return JSON.parse(readFileSync(options.pairs, 'utf8'))
    .filter((pair) => !options.only || options.only.includes(pair.name))
    .map((pair) => ({
      ...pair,
      sdk: path.resolve(base, pair.sdk),
      config: resolve(pair.config),
      spec: resolve(pair.spec),
    }))
    .filter((pair) => isGitDir(pair.sdk));
}

/** The baseline's passes after `label`, or why it did not run; empty without --baseline. */
const baselineText = (result, label) =>
  result.baselineError
    ? `${label} not run (${result.baselineError})`
    : result.baselinePassed === undefined
      ? ''
      : `${label} ${result.baselinePassed} passed`;

const tallyText = (t) =>
  `${t.passed} passed, ${t.failed} failed, ${t.error} errors${t.skipped ? `, ${t.skipped} skipped` : ''}`;

function printReport(results, options) {
  const write = (line) => process.stdout.write(`${line}\n`);
  for (const r of results) {
    write(
      `${r.name}${r.ref ? ` at ${r.ref.slice(0, 10)}` : ''}: ${tallyText(r.totals)} (${r.seconds.toFixed(0)} s)${baselineText(r, "; Stainless's own package:")}`,
    );
    if (r.mismatch) write(`  package name: ${r.mismatch}`);
    for (const [name, files] of Object.entries(r.skipped))
      write(
        `  left out, importing ${name} (not in the venv): ${files.map((file) => `${file} (${r.leftOutTests[file]} tests)`).join(', ')}`,
      );
    for (const [file, t] of Object.entries(r.files)) write(`    ${file.padEnd(36)} ${tallyText(t)}`);
    if (r.causes.length) write('  causes:');
    for (const cause of r.causes.slice(0, options.causes)) {
      write(`    ${String(cause.tests.length).padStart(4)}  ${cause.kind}: ${cause.key}`);
      if (options.tests) for (const test of cause.tests) write(`            ${test}`);
    }
    if (r.causes.length > options.causes) write(`    … ${r.causes.length - options.causes} more causes`);
  }
  const total = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const r of results) for (const key of Object.keys(total)) total[key] += r.totals[key];
  write(`total: ${tallyText(total)}`);
  // A file importing two missing packages counts under each.
  const leftOut = new Map();
  for (const r of results)
    for (const [name, files] of Object.entries(r.skipped)) {
      const tally = leftOut.get(name) ?? { files: 0, tests: 0 };
      tally.files += files.length;
      tally.tests += files.reduce((sum, file) => sum + (r.leftOutTests[file] ?? 0), 0);
      leftOut.set(name, tally);
    }
  if (leftOut.size)
    write(
      `left out for a package the venv lacks: ${[...leftOut].map(([n, t]) => `${n} ${t.files} files (${t.tests} tests)`).join(', ')}`,
    );
  write(`passed per pair: ${results.map((r) => `${r.name} ${r.totals.passed}`).join(', ')}`);
}

const options = parseArgs(process.argv.slice(2));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'stainless-python-runtime-tests-'));
try {
  const results = [];
  for (const pair of pairsOf(options)) {
    try {
      const result = runPair(pair, options, scratch);
      results.push(result);
      // Each pair's figures as soon as it is measured: a long run stopped halfway keeps what it measured.
      process.stderr.write(
        `${pair.name}: ${tallyText(result.totals)}${baselineText(result, '; theirs')}${result.mismatch ? ` (${result.mismatch})` : ''}\n`,
      );
      if (options.keep) writeFileSync(path.join(options.keep, `${pair.name}.json`), JSON.stringify(result, null, 2));
    } catch (error) {
      process.stderr.write(`${pair.name}: ${error.message}\n`);
    }
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ pairs: results }, null, 2)}\n`);
  else printReport(results, options);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

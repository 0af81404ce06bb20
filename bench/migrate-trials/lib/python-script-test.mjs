// python-script-test.mjs — the Python trial's check 9: the migrated repository's own test script (`./scripts/test`,
// else `bin/test`), run as its owners and their CI run it (the TypeScript trial's `npm test`, check 10). In the
// Stainless layout and sdkgen's alike the script starts a Prism mock of the spec and runs pytest on every test module:
// sdkgen's generated tests (tests/api_resources against the mock, its client tests) as much as the owners'.
//
// Nothing is downloaded here, so the tools the scripts call come from small stand-ins on PATH (`writeShims`):
//   - `npx`/`npm exec` of a Prism CLI package: sdkgen's own Prism (node_modules/.bin/prism); of Stainless's newer
//     Steady (`@stdy/cli`): the version the script names, installed once into a cache under the runs dir before the
//     script runs (mock-servers.mjs). A spec named by URL (Stainless's `scripts/mock` reads `.stats.yml`'s storage
//     URL, unreachable here) is the trial's copy of it.
//   - `rye run`, `uv run`, `poetry run` and `.venv/bin/python`: the venv's Python with the installed package and the
//     packages the pyproject.toml declares on its path (check 5's install). Their `sync`/`install` steps are no-ops.
//     A run asking for another environment (a pydantic-v1 group, nox's sessions, which build their own venvs) is not
//     run, and a pytest run the same as one before (another `UV_PYTHON`: this machine has one Python) not again;
//     both said in the reason.
// Each pytest run writes a JUnit report (through PYTEST_ADDOPTS, the script's arguments untouched), read for the
// failing tests by id. The script runs in a network namespace of its own (`unshare -n`, loopback only), so that its
// mock on 127.0.0.1:4010 is its own on a machine where other trials start theirs; where that cannot be made it runs
// on the machine's network, said so.
//
// Scoring (`scriptTestStatus`): the script exiting 0 passes. A failing test whose error is a module this environment
// cannot import (not the repository's own: `httpx_aiohttp`, `dirty_equals`, `pybase64`, none in this machine's index)
// is for want of a package, reported as such and never as the migration's failure. The rest are compared with the
// same script at the ref, run only when there is something to compare: FAIL AT REF where each fails there too, for
// the same reason (same-failures.mjs: its message, what differs from run to run masked); the others are named.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareMockServers, writeMockServerShims } from './mock-servers.mjs';
import { inOwnNetwork } from './own-network.mjs';
import { runInGroup } from './process-group.mjs';
import { compareFailures, describeNotTheRefs } from './same-failures.mjs';

/** One run of the script (a loaded machine has taken minutes for a few hundred mock requests); ended whole after. */
export const SCRIPT_TEST_LIMIT_SEC = 1800;
/** How long sdkgen's mock scripts may wait for their server to listen, within the run's limit. */
export const MOCK_START_LIMIT_SEC = 900;
/** One test, where pytest-timeout is installed: a hung request fails its test, not the run. */
const TEST_TIMEOUT_SEC = 300;
const SCRIPTS = ['scripts/test', 'bin/test'];

/**
 * Check 9. `steadyCache`: where Steady versions are installed once (mock-servers.mjs; null: none installed). `mocks`:
 * what the reason says of the mock each side's script starts (mock-servers.mjs's mocksSaid), or null.
 * `migrated` and `atRef`: { dir, site } (the work tree, and the folder its package installed to or null: its
 * `src/` then); `pydeps`: folders of the declared packages; `ownPackages`: the repository's import names (never "a
 * package this machine lacks"). `atRef` is a function making the ref's tree ready (installs), called only when needed
 * (its `said`: what it changed there, for the reason).
 */
export function scriptTestCheck({
  migrated,
  atRef,
  python,
  prism,
  spec,
  steadyCache = null,
  runDir,
  log,
  mocks = null,
}) {
  const tools = { python, prism, spec, steadyCache };
  let here = runScript({ ...migrated, ...tools, out: path.join(runDir, 'script-test') });
  // A test failing once and passing when run again is timing on a loaded machine (apollo's conftest waits 20 s for
  // the Prism it starts), not the migration: a failed run (not one cut at the limit) runs once more, and the tests
  // failing both times are the ones that count, as the TypeScript trial's `npm test`.
  let first = null;
  if (scriptTestStatus(here, null) === 'fail' && !here.timedOut) {
    first = here;
    const again = runScript({ ...migrated, ...tools, out: path.join(runDir, 'script-test-again') });
    here = failingBothRuns(first, again);
  }
  let there = null;
  // (The ref's run only where it can tell something: a failure that is not for want of a package.)
  if (scriptTestStatus(here, null) === 'fail') {
    const { said, ...ref } = atRef();
    there = runScript({ ...ref, ...tools, out: path.join(runDir, 'script-test-ref') });
    if (said) there.notes.unshift(said);
  }
  const firstLog = first ? `${first.log}\n--- run again\n` : '';
  log(
    'script-test.log',
    `${firstLog}${here.log}\n--- at the ref\n${there ? there.log : '(not run: nothing to compare)'}`,
  );
  const status = scriptTestStatus(here, there);
  const reason = `${scriptTestReason(here, there, status)}${mocks ? ` [${mocks}]` : ''}`;
  return { status, reason, details: scriptTestDetails(here, there) };
}

/** pass / at-ref / fail (see the top of this file); `atRef` null where the ref was not run. */
export function scriptTestStatus(run, atRef) {
  if (run.exit === 0) return 'pass';
  if (run.timedOut) return 'fail';
  const own = ownFailures(run);
  // The script failed before (or after) pytest, with no test of its own failing: its own step failed (the mock).
  const ranTests = run.pytest.length > 0 && run.pytest.every((p) => p.exit === 0 || p.exit === 1);
  if (own.length === 0 && ranTests && run.pytest.some((p) => p.exit === 1)) {
    // Every failure for want of a package: a pass where some test ran and passed, else nothing was measured.
    const passed = run.pytest.reduce((n, p) => n + p.tests - p.failures - p.errors - p.skipped, 0);
    return passed > 0 ? 'pass' : 'skipped';
  }
  if (atRef === null) return 'fail';
  if (own.length === 0) {
    // Nothing of the tests to compare: the same step failing at the ref (no pytest run there either) is the ref's.
    return !ranTests && atRef.exit !== 0 && atRef.pytest.length === run.pytest.length ? 'at-ref' : 'fail';
  }
  // Each failing here for the same reason at the ref (same-failures.mjs): another reason there is not the ref's.
  const { same } = compareFailures(own, atRef.failing, { here: [run.dir, run.site], atRef: [atRef.dir, atRef.site] });
  return same.length === own.length ? 'at-ref' : 'fail';
}

/**
 * Two runs of a script as one: the second's counts and exit, the tests failing in both (by id) as its failing, and
 * `once`, those failing in one run only. Where each run named its failing tests and none failed in both, every
 * failure was timing: the run then scores as passing (no failing test of its own; see scriptTestStatus).
 */
export function failingBothRuns(first, again) {
  const ids = (run) => new Set(run.failing.map((f) => f.id));
  const [a, b] = [ids(first), ids(again)];
  const failing = again.failing.filter((f) => a.has(f.id));
  const once = [...new Set([...a, ...b])].filter((id) => !(a.has(id) && b.has(id))).sort();
  return { ...again, failing, once, log: again.log };
}

/** The failing tests not for want of a package this environment lacks. */
function ownFailures(run) {
  return run.failing.filter((f) => f.missing === null);
}

export function scriptTestReason(run, atRef, status) {
  const parts = [describeRun(run)];
  if (run.once) {
    parts.push(
      `run twice: ${run.once.length ? `failing in one of the two runs only (timing on a loaded machine): ${run.once.length} (${run.once.slice(0, 3).join('; ')})` : 'the same tests failing both times'}`,
    );
  }
  const want = run.failing.filter((f) => f.missing !== null);
  if (want.length > 0) {
    const mods = [...new Set(want.map((f) => f.missing))].sort();
    parts.push(
      `${want.length} failing for want of ${mods.join(', ')} (not importable here: not in this machine's index), not the migration's`,
    );
  }
  const own = ownFailures(run);
  if (atRef !== null) {
    parts.push(`at the ref: ${describeRun(atRef)}`);
    if (status === 'at-ref') parts.push(`each failing test fails at the ref too, for the same reason (${own.length})`);
    else if (own.length > 0) {
      const compared = compareFailures(own, atRef.failing, {
        here: [run.dir, run.site],
        atRef: [atRef.dir, atRef.site],
      });
      parts.push(describeNotTheRefs(compared, own.length));
    }
  } else if (own.length > 0) {
    parts.push(
      `failing: ${own
        .slice(0, 4)
        .map((f) => `${f.id} (${f.message.slice(0, 120)})`)
        .join('; ')}`,
    );
  }
  return parts.join('; ');
}

function describeRun(run) {
  if (!run.script) return 'no test script (scripts/test, bin/test)';
  const counts = run.pytest.map(
    (p) => `${p.tests} tests, ${p.failures} failed, ${p.errors} errors, ${p.skipped} skipped (pytest exit ${p.exit})`,
  );
  const ended = run.timedOut
    ? `killed at the ${SCRIPT_TEST_LIMIT_SEC} s limit (load ${os.loadavg()[0].toFixed(1)})`
    : `exit ${run.exit}`;
  const notes = run.notes.length ? ` [${run.notes.join('; ')}]` : '';
  const net = run.netns ? '' : ' [on the machine’s network: no namespace could be made]';
  const tail = run.exit !== 0 && run.failing.length === 0 ? `: ${lastLines(run.output)}` : '';
  return `./${run.script} ${ended}${counts.length ? `: ${counts.join(' | ')}` : ', no pytest run'}${tail}${notes}${net}`;
}

function scriptTestDetails(run, atRef) {
  const brief = (r) =>
    r && {
      script: r.script,
      exit: r.exit,
      timedOut: r.timedOut,
      pytest: r.pytest.map(({ exit, tests, failures, errors, skipped }) => ({
        exit,
        tests,
        failures,
        errors,
        skipped,
      })),
      failing: r.failing.map((f) => (f.missing ? `${f.id} [no ${f.missing}]` : f.id)),
      notes: r.notes,
    };
  return { here: brief(run), atRef: brief(atRef) };
}

/**
 * Runs a tree's test script with the stand-ins; returns { script, dir, site, exit, timedOut, pytest: [{ exit, tests, … }],
 * failing: [{ id, message, missing }], notes, netns, output, log }.
 */
export function runScript({ dir, site, pydeps, python, prism, spec, out, steadyCache = null, registry }) {
  const script = SCRIPTS.find((s) => fs.existsSync(path.join(dir, s)));
  const empty = {
    script: null,
    dir,
    site,
    exit: 127,
    timedOut: false,
    pytest: [],
    failing: [],
    notes: [],
    netns: true,
  };
  if (!script) return { ...empty, output: '', log: 'no test script' };
  fs.rmSync(out, { recursive: true, force: true });
  const bin = path.join(out, 'bin');
  writeShims(bin);
  // (Steady installed here, before the script runs where there is no network: mock-servers.mjs.)
  const prepared = steadyCache ? prepareMockServers({ dir, bin, cacheDir: steadyCache, registry }) : [];
  if (prepared.length) fs.writeFileSync(path.join(out, 'notes'), prepared.map((n) => `${n}\n`).join(''));
  // sdkgen's scripts call `.venv/bin/python` (made by scripts/bootstrap): the stand-in there, taken out afterwards.
  const venv = path.join(dir, '.venv');
  const madeVenv = !fs.existsSync(venv);
  if (madeVenv) {
    fs.mkdirSync(path.join(venv, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(bin, 'python'), path.join(venv, 'bin/python'));
    fs.chmodSync(path.join(venv, 'bin/python'), 0o755);
  }
  const timeout = hasModule(python, 'pytest_timeout') ? ` --timeout=${TEST_TIMEOUT_SEC}` : '';
  const env = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    TRIAL_PYTHON: python,
    TRIAL_PYTHONPATH: [site ?? path.join(dir, 'src'), ...pydeps].join(':'),
    TRIAL_PRISM: prism,
    TRIAL_SPEC: spec,
    TRIAL_OUT: out,
    TRIAL_REAL_NPX: which('npx'),
    TRIAL_REAL_NPM: which('npm'),
    // (Short-summary lines at full length in the log: pytest cuts them to the terminal's width.)
    COLUMNS: '400',
    // (`--tb=native`: Python's own traceback. pytest's form parses each frame's file again for every failure, which
    // took 8x the run's time where thousands fail alike: vaif-python's `[aiohttp]` tests lacking `httpx_aiohttp`.)
    PYTEST_ADDOPTS: `-p no:cacheprovider --continue-on-collection-errors -rfE --tb=native${timeout}`,
    // sdkgen's scripts/mock waits this long for its server (300 s unless set): a large spec on this shared machine has
    // kept Prism from listening for minutes (julep's: 170 s at load 16), the machine's, not the migration's.
    MOCK_SERVER_START_TIMEOUT: String(MOCK_START_LIMIT_SEC),
  };
  delete env.TEST_API_BASE_URL;
  delete env.PYTHONPATH;
  const { cmd, argv, netns } = inOwnNetwork(`./${script}`, []);
  const r = runInGroup(cmd, argv, { cwd: dir, env, timeoutSec: SCRIPT_TEST_LIMIT_SEC });
  if (madeVenv) fs.rmSync(venv, { recursive: true, force: true });
  const output = `${r.stdout}\n${r.stderr}`;
  const { pytest, failing } = readRuns(out, dir, python, env.TRIAL_PYTHONPATH);
  const notes = fs.existsSync(path.join(out, 'notes')) ? [...new Set(readLines(path.join(out, 'notes')))] : [];
  return {
    script,
    dir,
    site,
    exit: r.status ?? `signal ${r.signal}`,
    timedOut: r.timedOut,
    pytest,
    failing,
    notes,
    netns,
    output,
    log: `$ ./${script} (${netns ? 'own network namespace' : "machine's network"}): exit ${r.status}${r.timedOut ? ' (time limit)' : ''}\n${output}`,
  };
}

/**
 * The pytest runs the stand-in recorded in `out` for the tree `dir`, and their failing tests by id, each with the
 * package it failed for want of (`missing`): a module its traceback could not import, which this environment cannot
 * import either and is not the repository's own; or a package of the extra its message names (Stainless's aiohttp
 * client: "installed the package with the `aiohttp` extra") that is not installed here. Else null.
 */
export function readRuns(out, dir, python, pythonPath) {
  const pytest = readPytestRuns(out);
  const failing = pytest.flatMap((p) => p.failing);
  const extras = extrasOf(dir);
  const modulesOf = (f) => [
    ...f.modules.map((m) => m.split('.')[0]),
    ...(extras.get(/\bthe `([\w-]+)` extra\b/.exec(f.message)?.[1] ?? '') ?? []),
  ];
  const own = ownPackages(dir);
  const named = [...new Set(failing.flatMap(modulesOf))].filter((m) => !own.includes(m));
  const lacking = new Set(missingModules(python, pythonPath, named));
  const byId = new Map();
  for (const f of failing) {
    const missing =
      modulesOf(f)
        .find((m) => lacking.has(m))
        ?.replace(/^dist:/, '') ?? null;
    byId.set(f.id, { id: f.id, message: f.message, missing });
  }
  return { pytest, failing: [...byId.values()] };
}

/** The repository's own top-level modules (its packages under src/, its tests): never "a package this machine lacks". */
function ownPackages(dir) {
  const src = path.join(dir, 'src');
  const packages = fs.existsSync(src)
    ? fs.readdirSync(src).filter((f) => fs.existsSync(path.join(src, f, '__init__.py')))
    : [];
  return [...packages, 'tests'];
}

/** pyproject.toml's extras, each as its distributions (`dist:httpx-aiohttp` for `httpx-aiohttp>=0.1`). */
export function extrasOf(dir) {
  const file = path.join(dir, 'pyproject.toml');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const table = /^\[project\.optional-dependencies\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const extras = new Map();
  for (const m of table.matchAll(/^\s*"?([\w-]+)"?\s*=\s*\[([^\]]*)\]/gm)) {
    const names = [...m[2].replace(/#.*$/gm, '').matchAll(/["']\s*([A-Za-z0-9][\w.-]*)/g)];
    extras.set(
      m[1],
      names.map((n) => `dist:${n[1]}`),
    );
  }
  return extras;
}

/** The pytest runs the stand-in recorded in `out`, in order: exit code and JUnit report. */
function readPytestRuns(out) {
  const runs = [];
  for (let n = 1; fs.existsSync(path.join(out, `pytest-${n}.exit`)); n++) {
    const exit = Number(fs.readFileSync(path.join(out, `pytest-${n}.exit`), 'utf8').trim());
    const xml = path.join(out, `pytest-${n}.xml`);
    runs.push({ exit, ...readJunit(fs.existsSync(xml) ? fs.readFileSync(xml, 'utf8') : '') });
  }
  return runs;
}

/**
 * A JUnit report's counts and failing tests (`<classname>::<name>`; a module that did not collect by its name), each
 * with its message and the modules its traceback could not import (`No module named 'x'`).
 */
export function readJunit(xml) {
  const count = (attr) =>
    [...xml.matchAll(new RegExp(`<testsuite\\b[^>]*\\b${attr}="(\\d+)"`, 'g'))].reduce((n, m) => n + Number(m[1]), 0);
  const failing = [];
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = m[2] ?? '';
    const bad = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(body);
    if (!bad) continue;
    const attr = (name, text) => unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(text)?.[1] ?? '');
    const [cls, name] = [attr('classname', m[1]), attr('name', m[1])];
    const text = unescapeXml(bad[3] ?? '');
    const message = attr('message', bad[2]);
    const modules = [...`${message}\n${text}`.matchAll(/No module named '([\w.]+)'/g)].map((x) => x[1]);
    failing.push({ id: cls ? `${cls}::${name}` : name, message, modules: [...new Set(modules)] });
  }
  return {
    tests: count('tests'),
    failures: count('failures'),
    errors: count('errors'),
    skipped: count('skipped'),
    failing,
  };
}

function unescapeXml(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Those of `names` the Python cannot find with that path: top-level modules, and distributions (`dist:<name>`). */
function missingModules(python, pythonPath, names) {
  if (names.length === 0) return [];
  const probe = [
    'import sys, importlib.util as u, importlib.metadata as m',
    'def has(n):',
    '  if not n.startswith("dist:"): return u.find_spec(n) is not None',
    '  try: return bool(m.version(n[5:]))',
    '  except Exception: return False',
    'for n in sys.argv[1:]:',
    '  has(n) or print(n)',
  ].join('\n');
  const r = spawnSync(python, ['-c', probe, ...names], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: pythonPath },
  });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}

function hasModule(python, name) {
  return spawnSync(python, ['-c', `import ${name}`]).status === 0;
}

function which(cmd) {
  return spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || cmd;
}

function readLines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

function lastLines(text, max = 300) {
  const t = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .replace(/={3,}/g, '')
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-4)
    .join(' ⏎ ');
  return t.length > max ? '…' + t.slice(-max) : t;
}

// ---------- the stand-ins ----------

// The venv's Python with the trial's path; a pytest run recorded (exit, JUnit report), one the same as a run before
// (another UV_PYTHON: one Python here) not run again.
const PYTHON = `#!/usr/bin/env bash
export PYTHONPATH="$TRIAL_PYTHONPATH"
if [ "\${1:-}" = "-m" ] && [ "\${2:-}" = "pytest" ]; then
  key="$PWD $*"
  n=1
  while [ -e "$TRIAL_OUT/pytest-$n.exit" ]; do
    if [ "$(cat "$TRIAL_OUT/pytest-$n.args")" = "$key" ]; then
      echo "trial: a pytest run the same as run $n (one Python here): not run again" | tee -a "$TRIAL_OUT/notes" >&2
      exit "$(cat "$TRIAL_OUT/pytest-$n.exit")"
    fi
    n=$((n + 1))
  done
  printf '%s' "$key" > "$TRIAL_OUT/pytest-$n.args"
  PYTEST_ADDOPTS="$PYTEST_ADDOPTS --junitxml=$TRIAL_OUT/pytest-$n.xml" "$TRIAL_PYTHON" "$@"
  code=$?
  echo "$code" > "$TRIAL_OUT/pytest-$n.exit"
  exit "$code"
fi
exec "$TRIAL_PYTHON" "$@"
`;

// \`<manager> run <cmd> …\` as the venv's Python runs it; another environment (a pydantic-v1 group, nox's sessions)
// not run; the manager's own install steps are the trial's.
const RUNNER = `#!/usr/bin/env bash
here="$(dirname "$0")"
manager="$(basename "$0")"
note() { echo "trial: $*" | tee -a "$TRIAL_OUT/notes" >&2; }
sub="\${1:-}"
shift || true
if [ "$sub" != "run" ]; then
  note "'$manager $sub' not run: the trial installs the declared packages itself"
  exit 0
fi
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    --*=*) opt="$1"; shift ;;
    --group|--extra|--with|--python|--package|--env-file|-p) opt="$1=\${2:-}"; shift 2 ;;
    -*) opt="$1"; shift ;;
    *) break ;;
  esac
  case "$opt" in
    *pydantic-v1*|*pydantic_v1*) note "a run in pydantic 1's environment ($manager run $opt …) not run: pydantic 2 here"; exit 0 ;;
  esac
done
cmd="\${1:-}"
shift || true
case "$cmd" in
  python|python3) exec "$here/python" "$@" ;;
  nox) note "nox's sessions (nox $*) not run: they build environments of their own (Stainless's: pydantic 1)"; exit 0 ;;
  *) exec "$here/python" -m "$cmd" "$@" ;;
esac
`;

/** The stand-ins, in `bin` (see the top of this file). */
export function writeShims(bin) {
  fs.mkdirSync(bin, { recursive: true });
  const write = (name, text) => {
    fs.writeFileSync(path.join(bin, name), text);
    fs.chmodSync(path.join(bin, name), 0o755);
  };
  for (const name of ['python', 'python3']) write(name, PYTHON);
  for (const name of ['rye', 'uv', 'poetry']) write(name, RUNNER);
  writeMockServerShims(bin);
}

/**
 * The Python trial's check 9 (bench/migrate-trials/lib/python-script-test.mjs): the migrated repository's own
 * `./scripts/test` run as its owners run it, with sdkgen's Prism and the venv standing in for what the script would
 * download, compared with the ref's script where it fails. A test failing for want of a package this machine cannot
 * install is reported as such, never as the migration's failure. The real run (Prism, pytest) is
 * SDKGEN_PYTHON_TESTS=full.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  failingBothRuns,
  MOCK_START_LIMIT_SEC,
  readJunit,
  runScript,
  SCRIPT_TEST_LIMIT_SEC,
  scriptTestReason,
  scriptTestStatus,
  writeShims,
  // @ts-expect-error: the harness is plain JavaScript
} from '../bench/migrate-trials/lib/python-script-test.mjs';
import { tempDir } from './helpers/sdk';
import { PETS_MOCK_SPEC as SPEC } from './helpers/pets-mock-spec';
import { projectFile } from '../generator/emit/python/plan-project';

type Failing = { id: string; message: string; missing: string | null };
const pytestRun = (exit: number, tests: number, failures: number, errors = 0) => ({
  exit,
  tests,
  failures,
  errors,
  skipped: 0,
});
const run = (exit: number, pytest: ReturnType<typeof pytestRun>[], failing: Failing[] = []) => ({
  exit,
  timedOut: false,
  pytest,
  failing,
  notes: [],
});
const own = (id: string): Failing => ({ id, message: 'assert 1 == 2', missing: null });
const wanting = (id: string): Failing => ({ id, message: "No module named 'httpx_aiohttp'", missing: 'httpx_aiohttp' });

describe("the Python trial's check 9: the repository's test script", () => {
  it('scores: exit 0 passes; failures for want of a package alone pass; the ref’s own failures are at-ref', () => {
    expect(scriptTestStatus(run(0, [pytestRun(0, 10, 0)]), null)).toBe('pass');
    // Every failure is a package this machine lacks: not the migration's, and some test ran and passed.
    expect(scriptTestStatus(run(1, [pytestRun(1, 10, 0, 2)], [wanting('t::a'), wanting('t::b')]), null)).toBe('pass');
    // …but where nothing passed, nothing was measured.
    expect(scriptTestStatus(run(1, [pytestRun(1, 2, 0, 2)], [wanting('t::a'), wanting('t::b')]), null)).toBe('skipped');
    const mine = run(1, [pytestRun(1, 10, 1, 1)], [own('t::a'), wanting('t::b')]);
    expect(scriptTestStatus(mine, null)).toBe('fail');
    expect(scriptTestStatus(mine, run(1, [pytestRun(1, 10, 1)], [own('t::a')]))).toBe('at-ref');
    expect(scriptTestStatus(mine, run(1, [pytestRun(1, 10, 1)], [own('t::c')]))).toBe('fail');
    // The same test failing at the ref for another reason is not the ref's failure (mpesaflow-python: the ref's tests
    // fail on httpx's removed `proxies`, the migrated tree's on something of its own).
    const proxies = {
      id: 't::a',
      message: "TypeError: __init__() got an unexpected keyword argument 'proxies'",
      missing: null,
    };
    expect(scriptTestStatus(mine, run(1, [pytestRun(1, 10, 1)], [proxies]))).toBe('fail');
    // …while what differs from run to run (an address, the tree's folder) is the same reason.
    const at = (message: string, dir: string) => ({
      ...run(1, [pytestRun(1, 10, 1)], [{ id: 't::a', message, missing: null }]),
      dir,
    });
    expect(
      scriptTestStatus(
        at('AssertionError: <Client object at 0x7f00aa11bb22> from /r/repo/src/x.py', '/r/repo'),
        at('AssertionError: <Client object at 0x7f99cc33dd44> from /r/ref/src/x.py', '/r/ref'),
      ),
    ).toBe('at-ref');
    // The script failing before pytest (its mock did not start): the same at the ref is the ref's.
    expect(scriptTestStatus(run(1, []), run(1, []))).toBe('at-ref');
    expect(scriptTestStatus(run(1, []), run(0, [pytestRun(0, 3, 0)]))).toBe('fail');
    expect(scriptTestStatus({ ...run(1, []), timedOut: true }, run(1, []))).toBe('fail');
  });

  it('names the failures that are not the ref’s: not failing there, or failing there for another reason', () => {
    const here = run(1, [pytestRun(1, 10, 2)], [own('t::a'), own('t::b'), { ...own('t::c'), message: 'boom' }]);
    const there = run(
      1,
      [pytestRun(1, 10, 2)],
      [
        { id: 't::b', message: "TypeError: unexpected keyword argument 'proxies'", missing: null },
        { id: 't::c', message: 'boom', missing: null },
      ],
    );
    expect(scriptTestStatus(here, there)).toBe('fail');
    expect(scriptTestReason(here, there, 'fail')).toMatch(
      /; 1 of 3 failing not at the ref: t::a \(assert 1 == 2\); 1 of 3 failing at the ref for another reason: t::b \(here: assert 1 == 2; at the ref: TypeError: unexpected keyword argument 'proxies'\)$/,
    );
    const same = run(1, [pytestRun(1, 10, 1)], [{ id: 't::c', message: 'boom', missing: null }]);
    expect(scriptTestReason(same, there, scriptTestStatus(same, there))).toMatch(
      /each failing test fails at the ref too, for the same reason \(1\)$/,
    );
  });

  it('a failed run runs once more: only the tests failing both times count (timing on a loaded machine is not)', () => {
    // apollo-python: the owners' conftest waits 20 s for Prism, which a loaded machine took longer to start.
    const first = run(1, [pytestRun(1, 10, 0, 3)], [own('t::a'), own('t::b'), wanting('t::w')]);
    const again = run(1, [pytestRun(1, 10, 1, 1)], [own('t::b'), wanting('t::w')]);
    const both = failingBothRuns(first, again);
    expect(both.failing.map((f: Failing) => f.id)).toEqual(['t::b', 't::w']);
    expect(both.once).toEqual(['t::a']);
    expect(scriptTestStatus(both, null)).toBe('fail');
    // No test failing both times (each named its failures): nothing of the migration's, a pass.
    const timing = failingBothRuns(first, run(1, [pytestRun(1, 10, 1)], [own('t::c')]));
    expect(timing.failing).toEqual([]);
    expect(timing.once).toEqual(['t::a', 't::b', 't::c', 't::w']);
    expect(scriptTestStatus(timing, null)).toBe('pass');
    // The second run passing passes; a run that failed without naming a test still fails.
    expect(scriptTestStatus(failingBothRuns(first, run(0, [pytestRun(0, 10, 0)])), null)).toBe('pass');
    expect(scriptTestStatus(failingBothRuns(run(1, []), run(1, [])), null)).toBe('fail');
  });

  it('reads a JUnit report: counts, failing tests by id, the modules their tracebacks could not import', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="2" failures="1" skipped="1" tests="5">
<testcase classname="" name="tests.test_client" time="0.0"><error message="collection failure">ImportError while importing test module
E   ModuleNotFoundError: No module named 'dirty_equals'</error></testcase>
<testcase classname="tests.api_resources.test_pets.TestAsyncPets" name="test_method_list[aiohttp]" time="0.1"><error message="failed on setup with &quot;RuntimeError: needs httpx_aiohttp&quot;">E   ModuleNotFoundError: No module named 'httpx_aiohttp'

The above exception was the direct cause of the following exception:
E   RuntimeError: needs httpx_aiohttp</error></testcase>
<testcase classname="tests.test_pets.TestPets" name="test_a" time="0.1"><failure message="assert 1 == 2">assert 1 == 2</failure></testcase>
<testcase classname="tests.test_pets.TestPets" name="test_b" time="0.1" />
<testcase classname="tests.test_pets.TestPets" name="test_c" time="0.1"><skipped message="no" /></testcase>
</testsuite></testsuites>`;
    const r = readJunit(xml);
    expect([r.tests, r.failures, r.errors, r.skipped]).toEqual([5, 1, 2, 1]);
    expect(r.failing).toEqual([
      { id: 'tests.test_client', message: 'collection failure', modules: ['dirty_equals'] },
      {
        id: 'tests.api_resources.test_pets.TestAsyncPets::test_method_list[aiohttp]',
        message: 'failed on setup with "RuntimeError: needs httpx_aiohttp"',
        modules: ['httpx_aiohttp'],
      },
      { id: 'tests.test_pets.TestPets::test_a', message: 'assert 1 == 2', modules: [] },
    ]);
  });

  it('stands in for npx/npm exec of Prism, rye/uv/poetry run and nox as the scripts call them', () => {
    const dir = tempDir('script-test-shims');
    const bin = path.join(dir, 'bin');
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeShims(bin);
    const fake = (name: string, body: string) => {
      writeFileSync(path.join(dir, name), `#!/usr/bin/env bash\n${body}\n`);
      chmodSync(path.join(dir, name), 0o755);
      return path.join(dir, name);
    };
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      TRIAL_PRISM: fake('prism', 'echo "prism $*"'),
      TRIAL_PYTHON: fake('python', 'echo "py $* | $PYTHONPATH | $PYTEST_ADDOPTS"; exit 3'),
      TRIAL_PYTHONPATH: '/site:/deps',
      TRIAL_SPEC: '/inputs/openapi.yml',
      TRIAL_OUT: out,
      PYTEST_ADDOPTS: '-p no:cacheprovider',
    };
    const sh = (line: string) => spawnSync('bash', ['-c', line], { cwd: dir, env, encoding: 'utf8' });

    // Stainless's scripts/mock: `npm exec --package=… -- prism mock <URL of .stats.yml>`: the trial's spec instead.
    const stainless = sh('npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock https://storage.x/a.yml');
    expect(stainless.stdout.trim()).toBe('prism mock /inputs/openapi.yml');
    // sdkgen's scripts/mock: `npx -y @stoplight/prism-cli@5 mock -h 127.0.0.1 -p 4010 <spec>`.
    expect(sh('npx -y @stoplight/prism-cli@5 mock -h 127.0.0.1 -p 4010 mock/openapi.yml').stdout.trim()).toBe(
      'prism mock -h 127.0.0.1 -p 4010 mock/openapi.yml',
    );

    // `rye run pytest …`: the venv's Python with the trial's path, the run's JUnit report asked for, its exit kept.
    const first = sh('rye run pytest -x');
    expect(first.status).toBe(3);
    expect(first.stdout).toContain(
      `py -m pytest -x | /site:/deps | -p no:cacheprovider --junitxml=${out}/pytest-1.xml`,
    );
    expect(readFileSync(path.join(out, 'pytest-1.exit'), 'utf8').trim()).toBe('3');
    // The same run again (Stainless's uv script runs it for two Python versions; one here): not run, same exit.
    const again = sh('uv run --isolated --all-extras pytest -x');
    expect([again.status, again.stdout]).toEqual([3, '']);
    // Another environment (pydantic 1, nox's sessions) is not run; the managers' install steps are the trial's.
    const others = [
      'uv run --isolated --all-extras --group=pydantic-v1 pytest -x',
      'rye run nox -s test-pydantic-v1 -- -x',
      'rye sync --all-features',
      'poetry install',
    ];
    // (One shell for the four: a spawn costs a tenth of a second on a loaded machine.)
    expect(sh(others.map((line) => `${line} 2>/dev/null || echo "exit $? from ${line}"`).join('\n')).stdout).toBe('');
    expect(existsSync(path.join(out, 'pytest-2.exit'))).toBe(false);
    const notes = readFileSync(path.join(out, 'notes'), 'utf8');
    expect(notes).toContain('the same as run 1');
    expect(notes).toContain("pydantic 1's environment");
    expect(notes).toContain("nox's sessions");
    expect(notes).toContain("the spec https://storage.x/a.yml read as the trial's copy");
  });

  it("lets sdkgen's mock scripts wait longer for their server than they would by themselves (this machine is loaded)", () => {
    const dir = tempDir('script-test-mock-limit');
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(path.join(dir, 'scripts/test'), '#!/usr/bin/env bash\necho "limit=$MOCK_SERVER_START_TIMEOUT"\n');
    chmodSync(path.join(dir, 'scripts/test'), 0o755);
    const run = runScript({
      dir,
      site: null,
      pydeps: [],
      python: 'python3',
      prism: 'prism',
      spec: '',
      out: path.join(dir, 'out'),
    });
    expect(run.output).toContain(`limit=${MOCK_START_LIMIT_SEC}`);
    expect(MOCK_START_LIMIT_SEC).toBeGreaterThan(300);
    expect(MOCK_START_LIMIT_SEC).toBeLessThan(SCRIPT_TEST_LIMIT_SEC);
  });

  const VENV = path.join(__dirname, '.tmp/python-venv/bin/python');
  const PRISM = path.join(__dirname, '../node_modules/.bin/prism');
  it.runIf(process.env.SDKGEN_PYTHON_TESTS === 'full' && existsSync(VENV) && existsSync(PRISM))(
    "runs sdkgen's scripts/test and Stainless's against a real Prism, each in a network of its own",
    () => {
      const root = tempDir('script-test-run');
      const spec = path.join(root, 'openapi.yml');
      writeFileSync(spec, SPEC);
      const tree = (name: string, scripts: Record<string, string>) => {
        const dir = path.join(root, name);
        for (const [file, text] of Object.entries({ ...TREE, ...scripts })) {
          mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          writeFileSync(path.join(dir, file), text);
          if (file.startsWith('scripts/')) chmodSync(path.join(dir, file), 0o755);
        }
        return dir;
      };
      // sdkgen's own scripts, as it writes them (Prism's form).
      const template = (file: string) =>
        projectFile(`scripts/${file}`, {
          mockSpec: "'openapi.yml'",
          mockPid: '.prism.pid',
          prismPackage: '@stoplight/prism-cli@5',
          baseUrlEnv: 'TEST_API_BASE_URL',
        });
      const migrated = tree('migrated', {
        'openapi.yml': SPEC,
        'scripts/test': template('test'),
        'scripts/mock': template('mock'),
      });
      const ref = tree('ref', { '.stats.yml': STATS, 'scripts/test': STAINLESS_TEST, 'scripts/mock': STAINLESS_MOCK });
      const go = (dir: string, out: string) =>
        runScript({ dir, site: null, pydeps: [], python: VENV, prism: PRISM, spec, out: path.join(root, out) });

      const here = go(migrated, 'out-here');
      expect(here.pytest, here.log).toHaveLength(1);
      expect(here.pytest[0]).toMatchObject({ exit: 1, tests: 3, failures: 2 });
      const byId = Object.fromEntries(here.failing.map((f: Failing) => [f.id, f.missing]));
      expect(byId).toEqual({
        'tests.test_api.TestApi::test_needs_a_package': 'acme_not_installable_here',
        'tests.test_api.TestApi::test_broken': null,
      });
      expect(existsSync(path.join(migrated, '.venv')), 'the stand-in .venv is taken out').toBe(false);
      // Failures are reported in Python's own traceback form (`--tb=native`): pytest's own form parses every frame's
      // file again for each failure (vaif-python's 2,000 `[aiohttp]` errors: 8x the time of the run, past its limit).
      const report = readFileSync(path.join(root, 'out-here/pytest-1.xml'), 'utf8');
      expect(report).toContain('Traceback (most recent call last)');
      expect(scriptTestStatus(here, null)).toBe('fail');

      const there = go(ref, 'out-ref');
      expect(there.notes.join('\n'), there.log).toContain("read as the trial's copy");
      expect(there.pytest[0]).toMatchObject({ exit: 1, tests: 3, failures: 2 });
      // The one test failing of its own fails at the ref too: the ref's; the mock answered both (test_list passed).
      expect(scriptTestStatus(here, there)).toBe('at-ref');
    },
    300_000,
  );
});

const TREE = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
  'src/acme/__init__.py':
    'import os\n\nimport httpx\n\n\ndef pets():\n    return httpx.get(os.environ["TEST_API_BASE_URL"] + "/pets").json()\n',
  'tests/__init__.py': '',
  'tests/test_api.py': `import acme


class TestApi:
    def test_list(self) -> None:
        assert acme.pets() == ["rex"]

    def test_needs_a_package(self) -> None:
        import acme_not_installable_here  # noqa: F401

    def test_broken(self) -> None:
        assert acme.pets() == []
`,
};

const STATS = 'configured_endpoints: 1\nopenapi_spec_url: https://storage.example/acme.yml\n';

// Stainless's scripts of the Rye era, shortened: the mock of .stats.yml's spec URL, pytest, then pydantic 1's run.
const STAINLESS_TEST = `#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."
function prism_is_running() {
  curl --silent "http://localhost:4010" >/dev/null 2>&1
}
if [ -z "$TEST_API_BASE_URL" ] && ! prism_is_running ; then
  trap 'kill $(cat .prism.pid) 2>/dev/null || true' EXIT
  ./scripts/mock --daemon
fi
export TEST_API_BASE_URL="\${TEST_API_BASE_URL:-http://127.0.0.1:4010}"
echo "==> Running tests"
rye run pytest "$@"
echo "==> Running Pydantic v1 tests"
rye run nox -s test-pydantic-v1 -- "$@"
`;

const STAINLESS_MOCK = `#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."
URL="$(grep 'openapi_spec_url' .stats.yml | cut -d' ' -f2)"
if [ "$1" == "--daemon" ]; then
  npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock "$URL" &> .prism.log &
  echo $! > .prism.pid
  while ! grep -q "✖  fatal\\|Prism is listening" ".prism.log" ; do
    sleep 0.1
  done
  if grep -q "✖  fatal" ".prism.log"; then
    cat .prism.log
    exit 1
  fi
else
  npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock "$URL"
fi
`;

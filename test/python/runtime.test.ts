/**
 * The Python runtime (templates/python/runtime), through its own checks in test/python/runtime (see its README.md):
 * the pytest suite, pyright strict and mypy over the fixture package the runtime is linked into, in the venv of
 * scripts/python-env.mjs, all three at once. Those take ~30 s of two cores: with SDKGEN_PYTHON_TESTS=full
 * (`npm run test:python`, CI) only. `npm test` runs SMOKE, a few of the suite's cases (sync and async requests to its
 * local server, headers, a JSON body): the runtime imports and sends requests.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  runProcess,
  runPyright,
  runPytest,
  venvPython,
  type ProcessResult,
  type PyrightRun,
  type PytestCase,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const RUNTIME_TESTS = path.join(ROOT, 'test/python/runtime');
/** The cases `npm test` runs (the whole suite with SDKGEN_PYTHON_TESTS=full). */
const SMOKE = ['test_platform_and_default_headers', 'test_async_header', 'test_json_body_transform'].map(
  (name) => `test/python/runtime/test_client.py::${name}`,
);
// Nothing written into the repository (__pycache__ folders).
const NO_BYTECODE = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

describe('the Python runtime (templates/python/runtime)', () => {
  const root = tempDir('python-runtime');
  let pytest: Promise<{ cases: PytestCase[]; result: ProcessResult }>;
  let pyright: Promise<PyrightRun>;
  let mypy: Promise<ProcessResult>;

  beforeAll(async () => {
    expect(existsSync(RUNTIME_TESTS), 'test/python/runtime is missing').toBe(true);
    const python = venvPython();
    // The runtime's files linked into the fixture package (pytest's conftest does it too, pyright and mypy need it).
    const linked = await runProcess(python, [path.join(RUNTIME_TESTS, 'link_runtime.py')], { env: NO_BYTECODE });
    expect(linked.code, linked.stderr).toBe(0);
    pytest = runPytest({
      cwd: ROOT,
      junit: path.join(root, 'junit.xml'),
      args: ['-q', '--timeout', '60', ...(PYTHON_FULL ? ['test/python/runtime'] : SMOKE)],
      env: NO_BYTECODE,
      timeout: 5 * 60 * 1000,
    });
    pytest.catch(() => {});
    if (!PYTHON_FULL) {
      console.log(`python runtime: the whole pytest suite, pyright and mypy ${FULL_ONLY_NOTICE}`);
      return;
    }
    pyright = runPyright(path.join(RUNTIME_TESTS, 'pyrightconfig.json'));
    mypy = runProcess(
      python,
      ['-m', 'mypy', '--config-file', '../../mypy.ini', '--cache-dir', path.join(root, 'mypy-cache'), '-p', 'acme'],
      { cwd: path.join(RUNTIME_TESTS, 'fixture/src'), env: NO_BYTECODE, timeout: 5 * 60 * 1000 },
    );
    // Consumed by the tests; a rejection is reported there.
    for (const promise of [pyright, mypy]) promise.catch(() => {});
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // Each awaits a process begun in beforeAll with minutes of its own: a loaded machine takes longer than two.
  const AWAITS_PROCESS_MS = 9 * 60 * 1000;

  it(
    `passes its pytest suite${PYTHON_FULL ? '' : ' (in npm test: its smoke cases)'}`,
    async () => {
      const { cases, result } = await pytest;
      const failed = cases.filter((c) => c.outcome === 'failed');
      const passed = cases.filter((c) => c.outcome === 'passed').length;
      console.log(`python runtime: pytest ${passed}/${cases.length} passed, ${result.seconds.toFixed(0)} s`);
      expect(failed.map((f) => `${f.id}: ${f.message.split('\n').slice(0, 3).join(' ')}`)).toEqual([]);
      expect(result.code, result.stdout.slice(-3000)).toBe(0);
      // The suite is there: a few dozen cases at least (the smoke cases run loose and strict).
      if (PYTHON_FULL) expect(passed).toBeGreaterThan(20);
      else expect(passed).toBe(SMOKE.length * 2);
    },
    AWAITS_PROCESS_MS,
  );

  const full = it.skipIf(!PYTHON_FULL);

  full(
    'is clean under pyright strict',
    async () => {
      const run = await pyright;
      console.log(`python runtime: pyright ${run.filesAnalyzed} files, ${run.seconds.toFixed(0)} s`);
      expect(describeErrors(run.diagnostics, RUNTIME_TESTS)).toEqual([]);
      expect(run.filesAnalyzed).toBeGreaterThan(10);
    },
    AWAITS_PROCESS_MS,
  );

  full(
    'is clean under mypy',
    async () => {
      const result = await mypy;
      console.log(`python runtime: mypy ${result.seconds.toFixed(0)} s`);
      expect(result.stdout + result.stderr).toMatch(/^Success: no issues found/m);
      expect(result.code).toBe(0);
    },
    AWAITS_PROCESS_MS,
  );
});

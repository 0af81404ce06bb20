/**
 * The flagship in Python: the committed generated/smithery-python is the snapshot of the Smithery spec's Python SDK
 * (`npm run generate` writes it beside generated/smithery). Regenerating must give it byte for byte; the SDK must be
 * clean under pyright strict (src/ and tests/, the generated pyproject's [tool.pyright]) and mypy (src/, its
 * [tool.mypy]), and its generated tests/ must pass under pytest against Prism mocking the spec. The last three only
 * with SDKGEN_PYTHON_TESTS=full (`npm run test:python`), for the time budget of `npm test`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { describeErrors, FULL_ONLY_NOTICE, generatePython, listFiles, PYTHON_FULL } from '../helpers/python';
import { failedCases, OWN_CHECK_MS, startOwnChecks, type OwnChecks } from '../helpers/python-own-checks';
import { tempDir } from '../helpers/sdk';

const SPEC = path.join(ROOT, 'specs/smithery.openapi.yml');
const CONFIG = path.join(ROOT, 'specs/smithery.sdkgen.yaml');
const COMMITTED = path.join(ROOT, 'generated/smithery-python');
const MANIFEST = '.sdkgen/manifest.json';

const root = tempDir('smithery-python');
const out = path.join(root, 'sdk');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The manifest without what changes with sdkgen's own code whatever the output (the inputs key, write/inputs-key.ts,
 * and the units' keys, python/unit-keys.ts: only their ids are compared) and without the input paths, relative to the
 * output folder (the fresh one is elsewhere).
 */
function stableManifest(file: string): unknown {
  const {
    inputsKey: _key,
    sources: _sources,
    inputs,
    units,
    ...rest
  } = JSON.parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, unknown>;
    units?: Record<string, string>;
  } & Record<string, unknown>;
  const { spec: _spec, config: _config, ...otherInputs } = inputs ?? {};
  return { ...rest, inputs: otherInputs, unitIds: Object.keys(units ?? {}) };
}

let checks: OwnChecks;

beforeAll(() => {
  // Generation needs no Python: the snapshot is checked in every run.
  generatePython(SPEC, out, CONFIG);
  if (!PYTHON_FULL) {
    console.log(`smithery-python: pyright, mypy and pytest ${FULL_ONLY_NOTICE}`);
    return;
  }
  checks = startOwnChecks({ sdk: out, spec: SPEC, work: root, mypyTargets: ['src'] });
}, 600_000);

describe('generated/smithery-python', () => {
  it('is up to date: regenerating gives the committed files byte for byte', () => {
    expect(existsSync(COMMITTED), 'generated/smithery-python is missing: run `npm run generate`').toBe(true);
    const fresh = listFiles(out, /./).filter((f) => f !== MANIFEST && f !== 'pyrightconfig.json');
    const committed = listFiles(COMMITTED, /./).filter((f) => f !== MANIFEST);
    expect(committed).toEqual(fresh);
    const stale = fresh.filter(
      (f) => readFileSync(path.join(COMMITTED, f), 'utf8') !== readFileSync(path.join(out, f), 'utf8'),
    );
    expect(stale, 'files that differ from a fresh generation: run `npm run generate`').toEqual([]);
    if (existsSync(path.join(out, MANIFEST)))
      expect(stableManifest(path.join(COMMITTED, MANIFEST))).toEqual(stableManifest(path.join(out, MANIFEST)));
  });

  const full = it.skipIf(!PYTHON_FULL);
  // Each awaits a process begun in beforeAll that has 8 minutes of its own: on a loaded machine pyright alone takes
  // longer than the default two.
  const AWAITS_PROCESS_MS = OWN_CHECK_MS + 60_000;

  full(
    'is clean under pyright strict (src/ and tests/, its own [tool.pyright])',
    async () => {
      const run = await checks.pyright;
      const errors = run.diagnostics.filter((d) => d.severity === 'error');
      console.log(
        `smithery-python: pyright ${run.filesAnalyzed} files, ${errors.length} errors, ${run.seconds.toFixed(0)} s`,
      );
      expect(run.filesAnalyzed).toBeGreaterThan(10);
      expect(describeErrors(errors, out)).toEqual([]);
    },
    AWAITS_PROCESS_MS,
  );

  full(
    'is clean under mypy (src/, its own [tool.mypy])',
    async () => {
      const result = await checks.mypy;
      console.log(`smithery-python: mypy ${result.seconds.toFixed(0)} s: ${result.stdout.trim().split('\n').pop()}`);
      expect(result.stdout + result.stderr).toMatch(/^Success: no issues found/m);
      expect(result.code).toBe(0);
    },
    AWAITS_PROCESS_MS,
  );

  full(
    'passes its generated tests against Prism',
    async () => {
      const { cases, result } = await checks.pytest;
      const passed = cases.filter((c) => c.outcome === 'passed').length;
      console.log(`smithery-python: pytest ${passed}/${cases.length} passed, ${result.seconds.toFixed(0)} s`);
      expect(failedCases(cases)).toEqual([]);
      expect(passed).toBeGreaterThan(0);
      expect(cases.some((c) => c.id.startsWith(`tests/api_resources/`))).toBe(true);
    },
    AWAITS_PROCESS_MS,
  );
});

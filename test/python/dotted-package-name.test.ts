/**
 * A dotted `targets.python.package_name` (Stainless's `cerebras.cloud.sdk`) is a package nested in namespace packages,
 * laid out as Stainless lays it out: the modules at `src/<a>/<b>/<c>/`, an `__init__.py` in each folder between the top
 * one and the package's own (none in the top one), the wheel packing the top folder, and the dotted name wherever the
 * package is imported or named (the tests, api.md, the README, `__title__`, pyproject's mypy and isort settings). With
 * SDKGEN_PYTHON_TESTS=full, the package is clean under pyright strict and mypy (`-p`, as Stainless's `typecheck:mypy`),
 * and its generated tests pass against Prism.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeErrors, FULL_ONLY_NOTICE, generatePython, listFiles, PYTHON_FULL } from '../helpers/python';
import { failedCases, OWN_CHECK_MS, startOwnChecks, type OwnChecks } from '../helpers/python-own-checks';
import { pythonTempDir } from '../helpers/python-sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'dotted-package-name');
const SPEC = path.join(FIXTURE, 'openapi.yaml');

describe('a dotted package_name (acme.cloud.sdk)', () => {
  const dir = pythonTempDir('py-dotted-package');
  const out = path.join(dir, 'out');
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
  let checks: OwnChecks;
  beforeAll(() => {
    generatePython(SPEC, out, path.join(FIXTURE, 'stainless.yml'));
    // (mypy checks the package as Stainless's `typecheck:mypy` does, by its dotted name.)
    if (PYTHON_FULL)
      checks = startOwnChecks({ sdk: out, spec: SPEC, work: dir, mypyTargets: ['-p', 'acme.cloud.sdk'] });
  }, 180_000);

  it('writes the package at src/acme/cloud/sdk/, an __init__.py in the folders between but the top one', () => {
    const sources = listFiles(path.join(out, 'src'), /\.py$/);
    expect(sources.every((f) => f.startsWith('acme/cloud/sdk/') || f === 'acme/cloud/__init__.py')).toBe(true);
    expect(sources).toContain('acme/cloud/sdk/_client.py');
    expect(sources).toContain('acme/cloud/sdk/resources/chat/completions.py');
    expect(sources).toContain('acme/cloud/sdk/types/model.py');
    expect(read('src/acme/cloud/__init__.py')).toBe('');
    expect(existsSync(path.join(out, 'src/acme/__init__.py'))).toBe(false);
    expect(read('src/acme/cloud/sdk/_version.py')).toContain('__title__ = "acme.cloud.sdk"\n');
  });

  it('names the dotted package in pyproject.toml, the wheel packing the top folder', () => {
    const pyproject = read('pyproject.toml');
    expect(pyproject).toContain('\n[tool.hatch.build.targets.wheel]\npackages = ["src/acme"]\n');
    expect(pyproject).toContain('exclude = ["src/acme/cloud/sdk/_files.py", "_dev/.*.py", "tests/.*"]\n');
    expect(pyproject).toContain('known-first-party = ["acme.cloud.sdk", "tests"]\n');
    expect(read('release-please-config.json')).toContain('"src/acme/cloud/sdk/_version.py"');
  });

  it("type-checks the package by its dotted name in scripts/lint (`mypy -p`, as Stainless's `typecheck:mypy`)", () => {
    // (Stainless's `typecheck:mypy` for cerebras.cloud.sdk since its release 1.12.0; `mypy .` for a plain name.)
    const lint = read('scripts/lint');
    expect(lint).toContain('\n.venv/bin/python -m mypy -p acme.cloud.sdk\n');
    expect(lint).not.toContain('mypy .');
    expect(lint).toContain("\n.venv/bin/python -c 'import acme.cloud.sdk'\n");
  });

  it('imports the dotted package in the tests, api.md and the README', () => {
    expect(read('tests/api_resources/test_models.py')).toContain(
      'from acme.cloud.sdk import Acme, AsyncAcme\nfrom acme.cloud.sdk.types import Model, ModelListResponse\n',
    );
    expect(read('tests/conftest.py')).toContain('\nfrom acme.cloud.sdk import Acme, AsyncAcme\n');
    const apiMd = read('api.md');
    expect(apiMd).toContain('from acme.cloud.sdk.types import Model, ModelListResponse\n');
    expect(apiMd).toContain('<a href="./src/acme/cloud/sdk/resources/models.py">retrieve</a>');
    expect(apiMd).not.toMatch(/src\/acme\.cloud/);
    expect(read('README.md')).toContain('\nfrom acme.cloud.sdk import Acme\n');
  });

  const full = it.runIf(PYTHON_FULL);
  if (!PYTHON_FULL) console.log(`dotted-package-name: pyright, mypy and pytest ${FULL_ONLY_NOTICE}`);

  // Each awaits a check begun in beforeAll, which has a time limit of its own.
  const AWAITS_CHECK_MS = OWN_CHECK_MS + 60_000;

  full(
    'is clean under pyright strict (src/ and tests/, its own [tool.pyright])',
    async () => {
      const run = await checks.pyright;
      expect(run.filesAnalyzed).toBeGreaterThan(10);
      expect(describeErrors(run.diagnostics, out)).toEqual([]);
    },
    AWAITS_CHECK_MS,
  );

  full(
    'is clean under mypy -p acme.cloud.sdk (its own [tool.mypy])',
    async () => {
      const result = await checks.mypy;
      expect(result.stdout).toMatch(/^Success: no issues found in \d+ source files/m);
    },
    AWAITS_CHECK_MS,
  );

  full(
    'passes its generated tests against Prism',
    async () => {
      const { cases } = await checks.pytest;
      expect(failedCases(cases)).toEqual([]);
      expect(cases.filter((c) => c.outcome === 'passed').length).toBeGreaterThan(5);
    },
    AWAITS_CHECK_MS,
  );
});

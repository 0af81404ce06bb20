/**
 * A dotted `targets.python.package_name` (Stainless's `cerebras.cloud.sdk`) is a package nested in namespace packages,
 * laid out as Stainless lays it out: the modules at `src/<a>/<b>/<c>/`, an `__init__.py` in each folder between the top
 * one and the package's own (none in the top one), the wheel packing the top folder, and the dotted name wherever the
 * package is imported or named (the tests, api.md, the README, `__title__`, pyproject's mypy and isort settings). With
 * SDKGEN_PYTHON_TESTS=full, the package is clean under pyright strict and mypy (`-p`, as Stainless's `typecheck:mypy`),
 * and its generated tests pass against Prism.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  listFiles,
  PYTHON_FULL,
  runProcess,
  runPyright,
  runPytest,
  startPrism,
  tomlTable,
  venvPython,
} from '../helpers/python';
import { pythonTempDir } from '../helpers/python-sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'dotted-package-name');
const SPEC = path.join(FIXTURE, 'openapi.yaml');

describe('a dotted package_name (acme.cloud.sdk)', () => {
  const dir = pythonTempDir('py-dotted-package');
  const out = path.join(dir, 'out');
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
  beforeAll(() => generatePython(SPEC, out, path.join(FIXTURE, 'stainless.yml')), 180_000);

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

  full(
    'is clean under pyright strict (src/ and tests/, its own [tool.pyright])',
    async () => {
      const pyproject = read('pyproject.toml');
      const config = path.join(out, 'pyrightconfig.json');
      const settings = { ...tomlTable(pyproject, 'tool.pyright'), include: ['src', 'tests'], extraPaths: ['src', '.'] };
      writeFileSync(config, JSON.stringify(settings));
      const run = await runPyright(config);
      expect(run.filesAnalyzed).toBeGreaterThan(10);
      expect(describeErrors(run.diagnostics, out)).toEqual([]);
    },
    600_000,
  );

  full(
    'is clean under mypy -p acme.cloud.sdk (its own [tool.mypy])',
    async () => {
      const args = ['-m', 'mypy', '--config-file', 'pyproject.toml', '--cache-dir', path.join(dir, 'mypy-cache')];
      const result = await runProcess(venvPython(), [...args, '-p', 'acme.cloud.sdk'], {
        cwd: out,
        env: { ...process.env, MYPYPATH: path.join(out, 'src') },
      });
      expect(result.stdout).toMatch(/^Success: no issues found in \d+ source files/m);
    },
    600_000,
  );

  full(
    'passes its generated tests against Prism',
    async () => {
      const prism = await startPrism(SPEC);
      try {
        const { cases } = await runPytest({
          cwd: out,
          junit: path.join(dir, 'junit.xml'),
          args: ['-o', 'addopts=', '-q', '-k', 'not aiohttp', '--timeout', '60', 'tests'],
          env: { PYTHONPATH: [path.join(out, 'src'), out].join(path.delimiter), TEST_API_BASE_URL: prism.url },
          timeout: 8 * 60 * 1000,
        });
        expect(cases.filter((c) => c.outcome === 'failed').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
        expect(cases.filter((c) => c.outcome === 'passed').length).toBeGreaterThan(5);
      } finally {
        prism.stop();
      }
    },
    600_000,
  );
});

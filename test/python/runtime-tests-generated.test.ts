/**
 * The generated Python package's tests of its own runtime (tests/test_client.py, test_models.py, test_transform.py,
 * test_qs.py, test_streaming.py, test_response.py, test_files.py, test_extract_files.py, test_required_args.py,
 * tests/test_utils/* and their server, tests/local_server.py), which Stainless's SDKs carry at those paths:
 * `npm test` checks that every package gets them with its own names filled in; with SDKGEN_PYTHON_TESTS=full they run
 * under pytest (the package's settings, its server on 127.0.0.1) and pyright strict (its [tool.pyright]) in the
 * packages of the Stainless compatibility projects (../shared/stainless-compat-python) and of a spec with every kind
 * of credential. generated/smithery-python runs them with its other tests (smithery-python.test.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNTIME_TEST_FILES } from '../../generator/emit/python/plan-project';
import { ROOT, sharedPath } from '../helpers/paths';
import {
  describeErrors,
  generatePython,
  PYTHON_FULL,
  runPyright,
  runPytest,
  tomlTable,
  type PytestCase,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const root = tempDir('python-runtime-tests');
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Project {
  name: string;
  spec: string;
  config?: string;
}

const COMPAT = sharedPath('stainless-compat-python');
const compatProjects: Project[] = existsSync(COMPAT)
  ? readdirSync(COMPAT)
      .sort()
      .map((name) => path.join(COMPAT, name))
      .filter((dir) => existsSync(path.join(dir, 'expected')))
      .map((dir) => ({
        name: path.basename(dir),
        spec: path.join(dir, readdirSync(dir).find((f) => /^openapi\.(ya?ml|json)$/.test(f))!),
        config: path.join(dir, readdirSync(dir).find((f) => /stainless\.ya?ml$/.test(f))!),
      }))
  : [];
const projects: Project[] = [
  { name: 'security-schemes', spec: path.join(ROOT, 'test/python/fixtures/security-schemes.yaml') },
  // A config with its own stream event rules (`streaming.on_event`): the streams yield only the events they name.
  {
    name: 'stream-event-rules',
    spec: path.join(ROOT, 'test/python/fixtures/stream-flag-alone.yaml'),
    config: path.join(ROOT, 'test/python/fixtures/stream-event-rules.stainless.yml'),
  },
  // Two credentials the client reads from one environment variable.
  {
    name: 'shared-credential-env',
    spec: path.join(ROOT, 'test/python/fixtures/optional-credentials.yaml'),
    config: path.join(ROOT, 'test/python/fixtures/shared-credential-env.stainless.yml'),
  },
  ...compatProjects,
];

function generated(project: Project): string {
  const out = path.join(root, project.name);
  if (!existsSync(out)) generatePython(project.spec, out, project.config);
  return out;
}

describe("the generated Python package's tests of its runtime", () => {
  it('are written with the package’s own names and credentials', () => {
    const sdk = generated(projects[0]!);
    const client = readFileSync(path.join(sdk, 'tests/test_client.py'), 'utf8');
    for (const file of RUNTIME_TEST_FILES) {
      const text = readFileSync(path.join(sdk, file), 'utf8');
      expect(text, file).not.toMatch(/\{\{\w+\}\}/);
    }
    // Each credential the client needs, as the conftest passes them.
    const conftest = readFileSync(path.join(sdk, 'tests/conftest.py'), 'utf8');
    const clientName = /^from \w+ import (\w+), Async\1$/m.exec(conftest)?.[1];
    expect(clientName).toBeDefined();
    expect(client).toContain(`class Test${clientName}:`);
    expect(client).toContain(`class TestAsync${clientName}:`);
    for (const [, name] of conftest.matchAll(/^(\w+) = "My [^"]+"$/gm)) expect(client).toContain(`${name}=${name}`);
    // The variables the client reads them from, for the tests that set them (the fixture's every scheme has one).
    const fromEnv = /^CREDENTIALS_FROM_ENV: Dict\[str, str\] = \{\n((?: {4}"\w+": "\w+",\n)+)\}$/m.exec(client)?.[1];
    expect(fromEnv).toBeDefined();
    expect(client).toMatch(/^BASE_URL_ENV = "[A-Z][A-Z0-9_]*_BASE_URL"$/m);
  });

  const full = it.skipIf(!PYTHON_FULL);
  full.each(projects.map((p) => [p.name, p] as const))(
    '%s: pass under pytest against their own server, and are clean under pyright strict',
    async (_name, project) => {
      const sdk = generated(project);
      const pyproject = readFileSync(path.join(sdk, 'pyproject.toml'), 'utf8');
      const config = path.join(sdk, 'pyrightconfig.json');
      writeFileSync(
        config,
        JSON.stringify({
          ...tomlTable(pyproject, 'tool.pyright'),
          include: RUNTIME_TEST_FILES,
          extraPaths: ['src', '.'],
        }),
      );
      const [pyright, pytest] = await Promise.all([
        runPyright(config),
        runPytest({
          cwd: sdk,
          junit: path.join(root, `${project.name}.xml`),
          // The package's own pytest settings (filterwarnings = error among them) but its addopts (xdist).
          args: ['-o', 'addopts=', '-q', '--timeout', '120', ...RUNTIME_TEST_FILES.filter((f) => /\/test_/.test(f))],
          env: { PYTHONPATH: [path.join(sdk, 'src'), sdk].join(path.delimiter), PYTHONDONTWRITEBYTECODE: '1' },
          timeout: 8 * 60 * 1000,
        }),
      ]);
      const failed = (cases: PytestCase[]) =>
        cases.filter((c) => c.outcome === 'failed').map((c) => `${c.id}: ${c.message.split('\n')[0]}`);
      expect(failed(pytest.cases)).toEqual([]);
      const passed = pytest.cases.filter((c) => c.outcome === 'passed');
      expect(passed.filter((c) => c.id.startsWith('tests/test_client.py')).length).toBeGreaterThan(40);
      for (const file of RUNTIME_TEST_FILES.filter((f) => /\/test_/.test(f) && f !== 'tests/test_client.py'))
        expect(
          passed.some((c) => c.id.startsWith(file)),
          file,
        ).toBe(true);
      // The client's environment variables, platform headers and paging.
      for (const name of ['test_base_url_from_the_environment', 'test_platform_headers', 'test_pages'])
        expect(
          passed.some((c) => c.id.includes(name)),
          name,
        ).toBe(true);
      expect(
        describeErrors(
          pyright.diagnostics.filter((d) => d.severity === 'error'),
          sdk,
        ),
      ).toEqual([]);
      expect(pyright.filesAnalyzed).toBeGreaterThanOrEqual(RUNTIME_TEST_FILES.length);
    },
    10 * 60 * 1000,
  );
});

/**
 * Issue 91 for the generated SDK's tests: the per-endpoint test modules and the project's tests/*.py are printed in
 * Ruff's layout and flagged `inFormatterLayout` (Ruff skips them), unless a line is too long for the printer to know
 * Ruff's layout of it. Every flagged file here must come back from Ruff byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { planPythonProjectFiles } from '../../generator/emit/python/plan-project';
import { testModuleFile } from '../../generator/emit/python/tests/plan-tests';
import { formatPython } from '../../generator/format/ruff';
import { ROOT } from '../helpers/paths';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

async function testFiles(fixture: string) {
  const { api } = await loadIr({ spec: path.join(FIXTURES, fixture), config: null });
  const pkg = buildPythonModel(api, {});
  return { pkg, files: planPythonProjectFiles(pkg, api).filter((file) => file.path.endsWith('.py')) };
}

describe('the tests of a generated Python SDK in Ruff’s layout', () => {
  it.each(['petstore.yaml', 'bodies.yaml', 'param-styles.yaml'])(
    '%s: every tests/ module is flagged, and Ruff leaves each flagged one as printed',
    async (fixture) => {
      const { files } = await testFiles(fixture);
      const modules = files.filter((file) => /^tests\/api_resources\/.*\.py$/.test(file.path));
      expect(modules.length).toBeGreaterThan(1);
      for (const file of files) {
        if (!file.inFormatterLayout) continue;
        expect(formatPython(file.contents, file.path), file.path).toBe(file.contents);
      }
      const unflagged = files.filter((file) => !file.inFormatterLayout).map((file) => file.path);
      expect(unflagged).toEqual([]);
    },
    30_000,
  );

  it('keeps the static tests/ templates in Ruff’s layout', () => {
    for (const name of ['tests/utils.py', 'tests/__init__.py', 'tests/conftest-without-clients.py']) {
      const text = readFileSync(path.join(ROOT, 'templates/python/project', name), 'utf8');
      expect(formatPython(text, name), name).toBe(text);
    }
  });

  it('leaves a module with a line too long to Ruff (Ruff splits a long assert_matches_type call)', () => {
    const long = `        assert_matches_type(${'A'.repeat(80)}Response, ${'a'.repeat(20)}, path=["response"])\n`;
    expect(formatPython(long.trimStart(), 'x.py')).not.toBe(long.trimStart());
    expect(testModuleFile('tests/api_resources/test_a.py', long).inFormatterLayout).toBeUndefined();
    const short = 'assert_matches_type(AResponse, a, path=["response"])\n';
    expect(testModuleFile('tests/api_resources/test_a.py', short).inFormatterLayout).toBe(true);
  });

  it('prints conftest.py as Ruff does: the async client’s `async with (...)` joined where it fits, and flags it', async () => {
    const { pkg, files } = await testFiles('untyped-body.yaml');
    const conftest = files.find((file) => file.path === 'tests/conftest.py')!;
    const joined = `    async with ${pkg.asyncClientName}(base_url=base_url, _strict_response_validation=strict, http_client=http_client) as client:`;
    expect(conftest.contents).toContain(`${joined}\n`);
    expect(conftest.inFormatterLayout).toBe(true);
    expect(formatPython(conftest.contents, conftest.path)).toBe(conftest.contents);
  });
});

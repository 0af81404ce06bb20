/**
 * A client whose name starts with `Test` (a package `test_api`, a Stainless config naming the client `TestAPI`) has a
 * base error `Test…Error`: a test module that imports it, as Stainless's client tests do, must not have pytest collect
 * it as a test class (pytest warns, and a suite run with `filterwarnings = error` fails). Stainless's SDKs declare
 * such a class with `__test__ = False`; ours does too. One generation and one `pytest --collect-only`.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/pytest-plugin-run-skipped.test.ts samples pytest in a Python SDK (docs/contributing.md, "What `npm
// test` samples").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedExceptionsModule } from '../../generator/emit/python/runtime-exceptions';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Test API, version: '1' }
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const TEST_MODULE = `
from test_api_sdk import TestError, APIError
from test_api_sdk._exceptions import TestError as Base


def test_errors_derive_from_the_base() -> None:
    assert issubclass(APIError, TestError) and Base is TestError
`;

const TEMPLATE = readFileSync(path.join(import.meta.dirname, '../../templates/python/runtime/_exceptions.py'), 'utf8');

describe.runIf(PYTHON_FULL)('the base error of a client named Test…', () => {
  const { dir, out } = pythonSdk(
    'py-error-base',
    { spec: { name: 'test-api.yaml', text: SPEC } },
    { timeout: 180_000 },
  );

  it('opts the class out of collection in its body; another name keeps the template as it is', () => {
    const optedOut = namedExceptionsModule(TEMPLATE, 'TestAPIError');
    expect(optedOut).toMatch(/^class TestAPIError\(Exception\):\n(?: {4}""".*"""\n)? {4}__test__ = False\n/m);
    expect(optedOut.match(/__test__/g)).toHaveLength(1);
    expect(namedExceptionsModule(TEMPLATE, 'AcmeError')).toBe(TEMPLATE.replace(/\bClientError\b/g, 'AcmeError'));
    expect(() => namedExceptionsModule('class Other(Exception):\n    pass\n', 'TestAPIError')).toThrow(/TestAPIError/);
  });

  it('is not collected by pytest from a test module that imports it', async () => {
    const exceptions = readFileSync(path.join(out, 'src/test_api_sdk/_exceptions.py'), 'utf8');
    expect(exceptions).toMatch(/^class TestError\(Exception\):\n(?: {4}""".*"""\n)? {4}__test__ = False\n/m);
    writeFileSync(path.join(dir, 'test_imports_base.py'), TEST_MODULE);
    const result = await runProcess(
      venvPython(),
      ['-m', 'pytest', '-p', 'no:cacheprovider', '-W', 'error', '-q', '--rootdir', dir, 'test_imports_base.py'],
      {
        cwd: dir,
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 120_000,
      },
    );
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(/cannot collect test class|PytestCollectionWarning/);
    expect(output).toMatch(/\b1 passed\b/);
    expect(result.code).toBe(0);
  }, 180_000);
});

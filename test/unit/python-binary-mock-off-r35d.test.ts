/**
 * A binary response's tests mock their route with respx, as Stainless writes them: with the config's mock server tests
 * off (`disable_mock_tests`) they still run, unskipped, while every test that needs the mock server is skipped
 * (cartesia-python's test_tts.py); its path-params test carries the respx mark too (browserbase's test_downloads.py).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyPackage } from '../../generator/emit/python/types/model';
import { planPythonTests } from '../../generator/emit/python/tests/plan-tests';
import type { Api } from '../../generator/ir/types';

const SPEC = `openapi: 3.1.0
info: { title: Files, version: 1.0.0 }
servers: [{ url: https://api.files.test }]
components:
  schemas:
    File:
      type: object
      required: [id]
      properties:
        id: { type: string }
paths:
  /files/{file_id}:
    get:
      operationId: retrieveFile
      parameters:
        - { name: file_id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/File' } } }
  /files/{file_id}/content:
    get:
      operationId: fileContent
      parameters:
        - { name: file_id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: the bytes
          content: { application/octet-stream: { schema: { type: string, format: binary } } }
`;

const CONFIG = `organization: { name: files }
targets:
  python:
    package_name: files
resources:
  files:
    models:
      file: File
    methods:
      retrieve: get /files/{file_id}
      content: get /files/{file_id}/content
`;

let dir: string;
let api: Api;
let pkg: PyPackage;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-binary-off-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
  pkg = buildPythonModel(api, { importName: 'files', distributionName: 'files', fromStainlessConfig: true });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each test of the module by name, with the decorators above its `def`. */
function testsOf(mockTestsOff: boolean): Map<string, string> {
  const text = planPythonTests(pkg, api, undefined, { mockTestsOff }).find(
    (f) => f.path === 'tests/api_resources/test_files.py',
  )!.contents;
  const tests = new Map<string, string>();
  for (const m of text.matchAll(/((?:^ {4}@.*\n)+)^ {4}(async )?def (test_\w+)/gm))
    tests.set(`${m[2] ?? ''}${m[3]}`, m[1]);
  return tests;
}

describe('with the mock server tests off', () => {
  test('the respx-mocked tests of a binary response run; the others are skipped', () => {
    const tests = testsOf(true);
    const skip = '    @pytest.mark.skip(reason="Mock server tests are disabled")\n';
    const mocked = '    @parametrize\n    @pytest.mark.respx(base_url=base_url)\n';
    for (const prefix of ['', 'async ']) {
      for (const name of ['test_method_content', 'test_raw_response_content', 'test_streaming_response_content'])
        expect(tests.get(`${prefix}${name}`)).toBe(mocked);
      expect(tests.get(`${prefix}test_path_params_content`)).toBe(mocked);
      for (const name of ['test_method_retrieve', 'test_raw_response_retrieve', 'test_path_params_retrieve'])
        expect(tests.get(`${prefix}${name}`)).toBe(`${skip}    @parametrize\n`);
    }
  });

  test('with them on, the same respx marks and no skip', () => {
    const tests = testsOf(false);
    expect(tests.get('test_path_params_content')).toBe('    @parametrize\n    @pytest.mark.respx(base_url=base_url)\n');
    expect([...tests.values()].some((d) => d.includes('skip'))).toBe(false);
  });
});

/**
 * Stainless's endpoint tests take a string example only where it is a value of the string's format, in both targets:
 * knock-mgmt's send window of 2025-12 (`from: 09:00`, `until: 17:00`, of format `time`) is written
 * `'18:11:19.117Z'`, the format's own value, in its TypeScript and its Python tests alike; a full-time example is kept.
 * A path param of a least length is written as that many x's in both (vaif's `linked_accounts.delete("x")`, of
 * `minLength: 1`; Python's tests said its name).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import { buildPythonModel } from '../generator/emit/python/types/build-model';
import { planPythonTests } from '../generator/emit/python/tests/plan-tests';
import type { Api } from '../generator/ir/types';
import { pythonFormsOfEra } from '../generator/stainless/python-era';
import { generateFrom, tempDir } from './helpers/sdk';

const ERA = '2026-05-27';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Windows', version: '1' },
  servers: [{ url: 'https://windows.test' }],
  paths: {
    '/windows': {
      post: {
        operationId: 'createWindow',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['day', 'from', 'until', 'at'],
                properties: {
                  day: { type: 'string', example: 'monday' },
                  from: { type: 'string', format: 'time', example: '09:00', nullable: true },
                  until: { type: 'string', format: 'time', example: '17:00:00Z' },
                  at: { type: 'string', format: 'time' },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/accounts/{provider}': {
      delete: {
        operationId: 'unlinkAccount',
        parameters: [{ name: 'provider', in: 'path', required: true, schema: { type: 'string', minLength: 1 } }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

const CONFIG = `organization: { name: windows }
targets:
  typescript:
    package_name: windows
  python:
    package_name: windows
resources:
  windows:
    methods:
      create: post /windows
  accounts:
    methods:
      unlink: delete /accounts/{provider}
`;

let root = '';
let api: Api;
let tsTest = '';
let tsAccounts = '';

beforeAll(async () => {
  root = tempDir('stainless-examples-r28-tests');
  mkdirSync(path.join(root, 'ts'), { recursive: true });
  const result = await generateFrom(path.join(root, 'ts'), SPEC, CONFIG, {
    funcs: false,
    referenceDocs: false,
    stainlessEra: ERA,
  });
  tsTest = result.files.find((f) => f.path === 'tests/api-resources/windows.test.ts')?.contents ?? '';
  tsAccounts = result.files.find((f) => f.path === 'tests/api-resources/accounts.test.ts')?.contents ?? '';
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(root, 'spec.json'), config: path.join(root, 'stainless.yml') }));
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function pyTest(resource = 'windows'): string {
  const pkg = buildPythonModel(api, { importName: 'windows', distributionName: 'windows', fromStainlessConfig: true });
  const file = planPythonTests(pkg, api, undefined, { forms: pythonFormsOfEra(ERA) }).find(
    (f) => f.path === `tests/api_resources/test_${resource}.py`,
  );
  return file?.contents ?? '';
}

describe('a string example of format `time`', () => {
  it('is written as the format’s value where it is no full-time, kept where it is one (TypeScript)', () => {
    expect(tsTest).toContain("day: 'monday'");
    expect(tsTest).toContain("from: '18:11:19.117Z'");
    expect(tsTest).toContain("until: '17:00:00Z'");
    expect(tsTest).toContain("at: '18:11:19.117Z'");
    expect(tsTest).not.toContain("'09:00'");
  });

  it('the same in Python', () => {
    const py = pyTest();
    expect(py).toContain('from_="18:11:19.117Z"');
    expect(py).toContain('until="17:00:00Z"');
    expect(py).toContain('at="18:11:19.117Z"');
    expect(py).not.toContain('"09:00"');
  });
});

describe('a path param of a least length', () => {
  it('is that many x’s, not its name, in both targets', () => {
    expect(tsAccounts).toContain("client.accounts.unlink('x')");
    const py = pyTest('accounts');
    expect(py).toMatch(/client\.accounts\.unlink\(\s*"x",\s*\)/);
    expect(py).not.toMatch(/unlink\(\s*"provider"/);
  });
});

/**
 * A string of a least length and a pattern in Stainless's Python endpoint tests: a value meeting the pattern, the
 * field's name where it does (scale-agentex-python's schedule `name="name"`, of `minLength: 1` and
 * `^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$`), as its TypeScript tests write it; without a pattern, that many x's.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { planPythonTests } from '../../generator/emit/python/tests/plan-tests';
import type { Api } from '../../generator/ir/types';
import { tempDir } from '../helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Schedules', version: '1' },
  servers: [{ url: 'https://schedules.test' }],
  paths: {
    '/schedules': {
      post: {
        operationId: 'createSchedule',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'label'],
                properties: {
                  name: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 64,
                    pattern: '^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$',
                  },
                  label: { type: 'string', minLength: 3 },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};
const CONFIG = `organization: { name: schedules }
targets:
  python:
    package_name: schedules
resources:
  schedules:
    methods:
      create: post /schedules
`;

let root = '';
let api: Api;

beforeAll(async () => {
  root = tempDir('pattern-min-length-r38a');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(root, 'spec.json'), config: path.join(root, 'stainless.yml') }));
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a string of a least length and a pattern in the Python tests', () => {
  it('is a value meeting the pattern, the name where it does; without a pattern, x’s', () => {
    const pkg = buildPythonModel(api, {
      importName: 'schedules',
      distributionName: 'schedules',
      fromStainlessConfig: true,
    });
    const file = planPythonTests(pkg, api).find((f) => f.path === 'tests/api_resources/test_schedules.py');
    expect(file).toBeDefined();
    const text = file!.contents;
    expect(text).toContain('            name="name",');
    expect(text).toContain('            label="xxx",');
  });
});

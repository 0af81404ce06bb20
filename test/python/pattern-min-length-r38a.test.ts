/**
 * A string of a least length and a pattern in Stainless's Python endpoint tests: a value meeting the pattern, the
 * field's name where it does (scale-agentex-python's schedule `name="name"`, of `minLength: 1` and
 * `^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$`), as its TypeScript tests write it; without a pattern, that many x's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../generator/ir/types';
import { loadInlineApi, pythonTestModule } from '../helpers/python-test-modules';

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

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('pattern-min-length-r38a', SPEC, CONFIG);
}, 60_000);

describe('a string of a least length and a pattern in the Python tests', () => {
  it('is a value meeting the pattern, the name where it does; without a pattern, x’s', () => {
    const text = pythonTestModule(api, 'schedules', 'schedules');
    expect(text).toContain('            name="name",');
    expect(text).toContain('            label="xxx",');
  });
});

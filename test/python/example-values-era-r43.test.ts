/**
 * Two forms of the values in Stainless's Python endpoint tests (and README programs), by era:
 *
 * How many items an array holds in Stainless's Python endpoint tests, by era (stainless/python-era.ts `arrayItems`):
 * three (`output_module_names=["string", "string", "string"]`, `conversation=[{}, {}, {}]`) before "chore(tests):
 * limit array example length" (ONE_ITEM_ARRAYS_SINCE, 2024-11-18: openplugin-python, letta-python, mixedbread-python,
 * writer-python that day; openai-python 11-19, anthropic-python 11-28), one from then on. An array the spec's example
 * gives keeps the example's items in every era.
 *
 * A string with no example (a path param's too) is `"string"` before NAMED_STRINGS_SINCE (2024-07-11, era.ts, both
 * targets': embed-python's of 2024-06-17 `integration_id="string"`, `client.proxy.delete("string", …)`;
 * openplugin-python's of 2024-07-17 `prompt="prompt"`), its name from then on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../generator/ir/types';
import { loadInlineApi, pythonTestModule } from '../helpers/python-test-modules';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Plugins', version: '1' },
  servers: [{ url: 'https://plugins.test' }],
  paths: {
    '/pipelines': {
      post: {
        operationId: 'createPipeline',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['conversation'],
                properties: {
                  conversation: { type: 'array', items: { type: 'object' } },
                  output_module_names: { type: 'array', items: { type: 'string' } },
                  tags: { type: 'array', items: { type: 'string' }, example: ['a', 'b'] },
                  prompt: { type: 'string' },
                  title: { type: 'string', example: 'A plan' },
                },
              },
            },
          },
        },
        responses: ok,
      },
    },
    '/pipelines/{pipeline_id}': {
      get: {
        operationId: 'getPipeline',
        parameters: [{ name: 'pipeline_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
  },
};
const CONFIG = `organization: { name: plugins }
targets:
  python:
    package_name: plugins
resources:
  pipelines:
    methods:
      create: post /pipelines
      retrieve: get /pipelines/{pipeline_id}
`;

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('array-items-era-r43', SPEC, CONFIG);
}, 60_000);

/** The test module of the pipelines resource of the SDK of `era`. */
function testModule(era: string | null): string {
  return pythonTestModule(api, 'plugins', 'pipelines', era);
}

describe('an array in the Python tests, by era', () => {
  it('before 2024-11-18: three items (an example given: its own)', () => {
    for (const era of ['2024-07-17', '2024-11-17']) {
      const text = testModule(era);
      expect(text).toContain('            conversation=[{}, {}, {}],');
      expect(text).toContain('            output_module_names=["string", "string", "string"],');
      expect(text).toContain('            tags=["a", "b"],');
    }
  });

  it('from then on (and in the newest forms): one item', () => {
    for (const era of ['2024-11-18', null]) {
      const text = testModule(era);
      expect(text).toContain('            conversation=[{}],');
      expect(text).toMatch(/ {12}output_module_names=\["(string|output_module_names)"\],/);
      expect(text).toContain('            tags=["a", "b"],');
    }
  });
});

describe('a string with no example in the Python tests, by era', () => {
  it('before 2024-07-11: "string" (a path param too; an example given: the example)', () => {
    for (const era of ['2024-06-17', '2024-07-10']) {
      const text = testModule(era);
      expect(text).toContain('            prompt="string",');
      expect(text).toContain('            title="A plan",');
      expect(text).toContain('client.pipelines.retrieve(\n            "string",');
      expect(text).not.toContain('"pipeline_id"');
    }
  });

  it('from then on (and in the newest forms): its name', () => {
    for (const era of ['2024-07-11', null]) {
      const text = testModule(era);
      expect(text).toContain('            prompt="prompt",');
      expect(text).toContain('            title="A plan",');
      expect(text).toContain('"pipeline_id"');
    }
  });
});

/**
 * An enum's value in Stainless's Python endpoint tests, by era (stainless/python-era.ts `enumExamples`): before
 * 2025-04-08 ("chore(tests): improve enum examples") the enum's first value, whatever example the spec gives it
 * (lumaai-python's `aspect_ratio="1:1"` where the spec's example is `'16:9'`, openai-python's image
 * `size="256x256"`); from then on the example.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../generator/ir/types';
import { loadInlineApi, pythonTestModule } from '../helpers/python-test-modules';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Frames', version: '1' },
  servers: [{ url: 'https://frames.test' }],
  paths: {
    '/generations': {
      post: {
        operationId: 'createGeneration',
        parameters: [
          {
            name: 'size',
            in: 'query',
            schema: { type: 'string', enum: ['256x256', '1024x1024'], example: '1024x1024' },
          },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  aspect_ratio: { type: 'string', enum: ['1:1', '16:9', '9:16'], example: '16:9' },
                  prompt: { type: 'string', example: 'A lake' },
                },
              },
            },
          },
        },
        responses: ok,
      },
    },
  },
};
const CONFIG = `organization: { name: frames }
targets:
  python:
    package_name: frames
resources:
  generations:
    methods:
      create: post /generations
`;

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('enum-example-era-r38a', SPEC, CONFIG);
}, 60_000);

/** The test module of the generations resource of the SDK of `era`. */
function testModule(era: string | null): string {
  return pythonTestModule(api, 'frames', 'generations', era);
}

describe("an enum's value in the Python tests, by era", () => {
  it("before 2025-04-08: the enum's first value, not the spec's example", () => {
    for (const era of ['2025-02-22', '2025-04-07']) {
      const text = testModule(era);
      expect(text).toContain('            aspect_ratio="1:1",');
      expect(text).toContain('            size="256x256",');
      // (An example of a string that is no enum is taken in every era.)
      expect(text).toContain('            prompt="A lake",');
    }
  });

  it('from then on (and in the newest forms): the example', () => {
    for (const era of ['2025-04-08', null]) {
      const text = testModule(era);
      expect(text).toContain('            aspect_ratio="16:9",');
      expect(text).toContain('            size="1024x1024",');
      expect(text).toContain('            prompt="A lake",');
    }
  });
});

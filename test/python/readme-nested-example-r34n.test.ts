/**
 * The examples the Python README's nested-params program and the endpoint tests take, by the same rules
 * (emit/example-choices.ts):
 * - the nested param is written from the example its type gives (a component's own, as the tests build it), its
 *   example's keys alone (imagekit's upload `transformation={"post": [...]}`, from `TransformationObject`'s example,
 *   not `transformation={}`);
 * - the README's values are built in the forms of the SDK's era, as its tests' (own-example keys from 2025-09-22 on);
 * - a body that is one of several objects, its variants' fields the params, takes no example of the whole request, its
 *   media type's neither (imagekit's `files.update` of 2025-09: `remove_ai_tags=["string"]`), in both targets.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Examples } from '../../generator/emit/typescript/examples';
import { generate } from '../../generator/generate';
import { formsOfEra } from '../../generator/stainless/era';
import { cleanupSpecs, writeSpec } from '../unit/helpers/spec';

afterAll(cleanupSpecs);

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Media', version: '1' },
  servers: [{ url: 'https://media.test' }],
  paths: {
    '/uploads': {
      post: {
        operationId: 'upload',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['file_name'],
                properties: {
                  file_name: { type: 'string' },
                  transformation: { $ref: '#/components/schemas/TransformationObject' },
                },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
    '/steps': {
      post: {
        operationId: 'createStep',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              example: { step: { ref: 'step_1' } },
              schema: {
                type: 'object',
                required: ['step'],
                properties: { step: { $ref: '#/components/schemas/Step' } },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
    '/files/{id}': {
      patch: {
        operationId: 'updateFile',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  {
                    type: 'object',
                    properties: {
                      tags: { type: 'array', items: { type: 'string' }, example: ['tag1'] },
                      labels: { type: 'array', items: { type: 'string' } },
                    },
                  },
                  { type: 'object', properties: { publish: { type: 'boolean' } } },
                ],
              },
              example: { tags: ['given'], labels: ['car', 'vehicle'] },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      TransformationObject: {
        type: 'object',
        example: { post: [{ type: 'thumbnail' }] },
        properties: {
          pre: { type: 'string', example: 'w-300' },
          post: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' } } } },
        },
      },
      Step: {
        type: 'object',
        required: ['ref'],
        example: { ref: 'step_x', description: 'A step' },
        properties: { ref: { type: 'string' }, description: { type: 'string' } },
      },
    },
  },
};

const CONFIG = (nestedMethod: string) => `organization: { name: media }
targets:
  typescript: { package_name: media }
  python: { package_name: media }
readme:
  example_requests:
    nested_params:
      type: request
      endpoint: ${nestedMethod}
      params: {}
resources:
  media:
    methods:
      upload: post /uploads
      create_step: post /steps
      update_file: patch /files/{id}
`;

/** The README's nested-params program's call (on one line) and the tests of `media`, at `era`. */
async function python(era: string | null, endpoint: string) {
  const spec = writeSpec(SPEC);
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, CONFIG(endpoint));
  const result = await generate({ spec, config, target: 'python', stainlessEra: era, format: false });
  const readme = result.files.find((f) => f.path === 'README.md')!.contents;
  const section = readme.slice(readme.indexOf('## Nested params'), readme.indexOf('## Handling errors'));
  const nested = section
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([{[]) /g, '$1')
    .replace(/,? ([}\]])/g, '$1');
  const tests = result.files.find((f) => f.path === 'tests/api_resources/test_media.py')!.contents;
  return { nested, tests, api: result.api };
}

const out = { upload: '', step: '', step2025: '', tests: '', typescript: '' };
beforeAll(async () => {
  const newest = await python(null, 'post /uploads');
  out.upload = newest.nested;
  out.tests = newest.tests;
  out.step = (await python(null, 'post /steps')).nested;
  out.step2025 = (await python('2025-06-06', 'post /steps')).nested;
  const method = newest.api.resources
    .flatMap((r) => r.methods)
    .find((m) => m.name === 'update_file' || m.name === 'updateFile')!;
  const written = new Examples(newest.api.schemas, formsOfEra(null)).testCallArgs(method, {
    all: true,
    stainless: true,
  });
  out.typescript = 'args' in written ? written.args.replace(/\s*\n\s*/g, ' ') : '';
});

describe("the README's nested param, from the example the tests take", () => {
  it("writes a component's own example, its keys alone", () => {
    expect(out.upload).toContain('transformation={"post": [{"type": "thumbnail"}]}, )');
  });

  it("takes the keys the request's example lacks from the schema's own example in the era that does", () => {
    expect(out.step).toContain('step={"ref": "step_1", "description": "A step"}, )');
    expect(out.step2025).toContain('step={"ref": "step_1"}, )');
  });
});

describe('a body that is one of several objects', () => {
  it("takes none of its media type's example, in both targets", () => {
    const start = out.tests.indexOf('def test_method_update_file_with_all_params');
    const call = out.tests.slice(start, out.tests.indexOf('assert', start));
    expect(call).toContain('tags=["tag1"]');
    expect(call).toContain('labels=["string"]');
    expect(out.typescript).toContain("tags: ['tag1']");
    expect(out.typescript).toContain("labels: ['string']");
  });
});

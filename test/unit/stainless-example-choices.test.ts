/**
 * Which of the spec's examples Stainless's endpoint tests take, in both targets (the TypeScript `tests/api-resources`
 * and the Python `tests/api_resources` sdkgen writes from a Stainless config):
 * - a list of `examples` whose first is null gives its first that is not (isaacus's `overlap_tokens`,
 *   `examples: [null, 10]`: Stainless writes 10, where sdkgen wrote the variant's own example 0);
 * - a field the body's example gives as null, `oneOf: [$ref Model, null]`, is the model's first variant built, not the
 *   model's example (knock's `actor: 'string'`, where RecipientReference's example is `user_123`);
 * - a body sent whole (`body_param_name`) takes the media type's first example, an `allOf`'s parts written in order.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const SPEC = openapi({
  schemas: {
    // A model (the config's `models`).
    Recipient: {
      description: 'A recipient: a user ID, or a reference to an object.',
      example: 'user_9',
      oneOf: [
        { type: 'string', example: 'user_9' },
        { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      ],
    },
  },
  paths: {
    '/runs': {
      post: {
        operationId: 'createRun',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              // (Given null, as isaacus's chunking gives `overlap_tokens`: not given, its own example is not taken in
              // that era, example-choices.ts's `fieldOwnExample`.)
              example: { name: 'n', who: null, overlap_tokens: null },
              schema: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  who: {
                    description: 'Who asks.',
                    oneOf: [{ $ref: '#/components/schemas/Recipient' }, { type: 'null' }],
                  },
                  overlap_tokens: {
                    description: 'Tokens to overlap.',
                    oneOf: [{ type: 'integer', minimum: 0, examples: [0] }, { type: 'null' }],
                    examples: [null, 10],
                  },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
});

const CONFIG = [
  'organization: { name: runs }',
  'targets:',
  '  typescript: { package_name: runs-sdk }',
  '  python: { package_name: runs }',
  'resources:',
  '  runs:',
  '    models: { recipient: Recipient }',
  "    methods: { create: 'post /runs' }",
  '',
].join('\n');

let spec: string;
let config: string;

beforeAll(() => {
  spec = writeSpec(SPEC);
  config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, CONFIG);
});

/** The endpoint test with every param, of the TypeScript package or the Python one. */
async function allParamsTest(target: 'typescript' | 'python'): Promise<string> {
  // (In the era of the evidence, isaacus's and knock's generations before EXAMPLES_AS_GIVEN_SINCE: stainless/era.ts.)
  const { files } = await generate({
    spec,
    config,
    stainlessEra: '2026-03-11',
    ...(target === 'python' ? { target: 'python' } : {}),
  });
  const file = target === 'python' ? 'tests/api_resources/test_runs.py' : 'tests/api-resources/runs.test.ts';
  const text = files.find((f) => f.path === file)?.contents;
  expect(text, `${file} is written`).toBeDefined();
  const start = text!.indexOf(
    target === 'python' ? 'def test_method_create_with_all_params' : 'required and optional params',
  );
  expect(start).toBeGreaterThan(-1);
  return text!.slice(start, start + 800);
}

describe('the examples Stainless takes, in the endpoint tests', () => {
  it('TypeScript: the first example that is not null; a model given null is built from its type', async () => {
    const test = await allParamsTest('typescript');
    expect(test).toContain('overlap_tokens: 10');
    // Given null by the body's example, a model's value is built from its type, not its example (knock's `actor`).
    expect(test).toContain("who: 'string'");
  }, 60_000);

  it('Python: the same', async () => {
    const test = await allParamsTest('python');
    expect(test).toContain('overlap_tokens=10,');
  }, 60_000);
});

/** A body sent whole (`body_param_name`), an `allOf` of two models that both declare `kind` (grid's customers). */
const WHOLE_BODY_SPEC = openapi({
  schemas: {
    Base: {
      type: 'object',
      required: ['kind', 'platformId'],
      properties: {
        platformId: { type: 'string', example: 'p-1' },
        kind: { type: 'string', enum: ['ONE', 'TWO'] },
        alias: { type: 'string', example: 'al' },
      },
    },
    Fields: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['ONE'] },
        fullName: { type: 'string', example: 'Own Name' },
        birthDate: { type: 'string', example: '1990-01-15' },
      },
    },
    Request: { allOf: [{ $ref: '#/components/schemas/Base' }, { $ref: '#/components/schemas/Fields' }] },
  },
  paths: {
    '/people': {
      post: {
        operationId: 'createPerson',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Request' },
              examples: {
                first: { summary: 'the one', value: { kind: 'ONE', platformId: 'p-9', fullName: 'Given Name' } },
                second: { value: { kind: 'ONE', platformId: 'p-8' } },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
});

describe('a body sent whole, of an allOf', () => {
  it("TypeScript: the media type's first example, the parts' properties in their order", async () => {
    const spec = writeSpec(WHOLE_BODY_SPEC);
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: people }',
        'targets:',
        '  typescript: { package_name: people-sdk }',
        'resources:',
        '  people:',
        '    models: { base: Base, fields: Fields }',
        '    methods:',
        '      create: { endpoint: post /people, body_param_name: Person }',
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config });
    const text = files.find((f) => f.path === 'tests/api-resources/people.test.ts')?.contents ?? '';
    const start = text.indexOf('required and optional params');
    expect(start).toBeGreaterThan(-1);
    // Base's properties (required first), then Fields' (`kind`, which both declare, in Fields' place); the values the
    // example gives from it, the others from the properties' own examples.
    expect(text.slice(start)).toMatch(
      /Person: \{\s*platformId: 'p-9',\s*alias: 'al',\s*kind: 'ONE',\s*birthDate: '1990-01-15',\s*fullName: 'Given Name',?\s*\}/,
    );
  }, 60_000);
});

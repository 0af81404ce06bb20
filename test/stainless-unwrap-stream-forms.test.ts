/**
 * Forms of Stainless's TypeScript SDKs that llama-stack-client-typescript and OneBusAway's js-sdk show, with a
 * Stainless config:
 * - a method returning a response field in place of the body (`settings.unwrap_response_fields`) asks for the body and
 *   takes the field out (`._thenUnwrap((obj) => obj.data)`); the model it is read from types that field by the
 *   method's name for it, which carries the field's description;
 * - a method streaming on a flag whose events have the schema of its JSON body streams its response type
 *   (`Stream<CompletionCreateResponse>`), and an open body's variants take any other key as the base does;
 * - the older layout (`targets.node`) imports `core`'s names one a line, `isRequestOptions` first;
 * - a path parameter's own example makes the resource show its calls (`@example`);
 * - a union with no description, whose first variant is an undescribed array, is documented by the next variant.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

const json = (schema: object) => ({ 'application/json': { schema } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/models': {
      get: {
        operationId: 'listModels',
        responses: { '200': { description: 'ok', content: json({ $ref: '#/components/schemas/ListModelsResponse' }) } },
      },
    },
    '/completions': {
      get: {
        operationId: 'listCompletions',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
        responses: { '200': { description: 'ok', content: json({ type: 'array', items: { type: 'string' } }) } },
      },
      post: {
        operationId: 'createCompletion',
        requestBody: { required: true, content: json({ $ref: '#/components/schemas/CompletionRequest' }) },
        responses: {
          '200': {
            description: 'ok',
            content: {
              ...json({ $ref: '#/components/schemas/Completion' }),
              'text/event-stream': { schema: { $ref: '#/components/schemas/Completion' } },
            },
          },
        },
      },
    },
    '/stops/{stopId}': {
      get: {
        operationId: 'getStop',
        parameters: [{ name: 'stopId', in: 'path', required: true, schema: { type: 'string' }, example: '1_75403' }],
        responses: { '200': { description: 'ok', content: json({ $ref: '#/components/schemas/Stop' }) } },
      },
    },
  },
  components: {
    schemas: {
      Model: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      ListModelsResponse: {
        type: 'object',
        description: 'Response from listing models.',
        properties: {
          data: { type: 'array', items: { $ref: '#/components/schemas/Model' }, description: 'List of models' },
        },
        required: ['data'],
      },
      CompletionRequest: {
        type: 'object',
        additionalProperties: true,
        properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } },
        required: ['prompt'],
      },
      Completion: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      Filter: {
        type: 'object',
        description: 'Filter configuration for the stop.',
        properties: { names: { type: 'array', items: { type: 'string' } } },
      },
      Stop: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          allowed: { anyOf: [{ type: 'array', items: { type: 'string' } }, { $ref: '#/components/schemas/Filter' }] },
        },
      },
    },
  },
};

const config = (target: 'typescript' | 'node') => `organization: { name: acme }
targets:
  ${target}:
    package_name: acme
settings:
  unwrap_response_fields: [data]
resources:
  models:
    models:
      model: Model
      list_models_response: ListModelsResponse
    methods:
      list: get /models
  completions:
    methods:
      list: get /completions
      create:
        endpoint: post /completions
        streaming:
          param_discriminator: stream
  stops:
    methods:
      retrieve: get /stops/{stopId}
`;

let root = '';
const read = (sdk: string, file: string) => readFileSync(path.join(root, sdk, 'src/resources', file), 'utf8');

beforeAll(async () => {
  root = tempDir('stainless-unwrap-stream-forms');
  const options = { funcs: false, referenceDocs: false, format: false, mcp: false } as const;
  for (const target of ['typescript', 'node'] as const)
    writeFiles(path.join(root, target), (await generateFrom(root, SPEC, config(target), options)).files);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a response field returned in place of the body', () => {
  it('is taken out of the body the verb method asks for', () => {
    const models = read('typescript', 'models.ts');
    expect(models).toMatch(
      /\(this\._client\.get\('\/models', options\) as APIPromise<\{ data: ModelListResponse \}>\)\._thenUnwrap\(\s*\(obj\) => obj\.data,?\s*\)/,
    );
    expect(read('node', 'models.ts')).toContain('as Core.APIPromise<{ data: ModelListResponse }>');
  });

  it("is typed in its model by the method's name for it, described as the field", () => {
    const models = read('typescript', 'models.ts');
    expect(models).toMatch(/export interface ListModelsResponse \{[^}]*\bdata: ModelListResponse;\s*\}/);
    expect(models).toMatch(/\/\*\*\s*\* List of models\s*\*\/\s*export type ModelListResponse = Array<Model>;/);
  });
});

describe('a method streaming on a flag', () => {
  it('streams its response type when its events have the schema of its JSON body', () => {
    const completions = read('typescript', 'completions.ts');
    expect(completions).toContain('APIPromise<Stream<CompletionCreateResponse>>');
    expect(completions).not.toMatch(/Stream<\{/);
  });

  it("declares an open body's variants open too", () => {
    const completions = read('typescript', 'completions.ts');
    expect(completions).toMatch(/stream\?: false;\s*\[k: string\]: unknown;\s*\}/);
    expect(completions).toMatch(/stream: true;\s*\[k: string\]: unknown;\s*\}/);
  });
});

describe("the older layout's imports", () => {
  it("imports core's names one a line, isRequestOptions first", () => {
    const completions = read('node', 'completions.ts');
    expect(completions).toContain(
      "import { isRequestOptions } from '../core';\nimport { APIPromise } from '../core';\nimport * as Core from '../core';",
    );
  });
});

describe("a path parameter's own example", () => {
  it('makes its resource show its calls, with that value', () => {
    const stops = read('typescript', 'stops.ts');
    expect(stops).toContain('@example');
    expect(stops).toContain("client.stops.retrieve('1_75403')");
  });
});

describe('an undescribed union whose first variant is an undescribed array', () => {
  it('is documented by its next variant', () => {
    expect(read('typescript', 'stops.ts')).toMatch(
      /\/\*\*\s*\* Filter configuration for the stop\.\s*\*\/\s*allowed\?:/,
    );
  });
});

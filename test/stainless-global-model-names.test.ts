/**
 * A Stainless config's models named like the globals generated code prints as types (`Response`, `Error`, `Array`,
 * `Promise`, `Omit`, `Record`) keep their names, as Stainless declares them (openai-node's `interface Response` in
 * `resources/responses/responses.ts`); every module that declares one prints the global as `globalThis.X` (a binary
 * method's `APIPromise<globalThis.Response>`, `globalThis.Array<…>`, `globalThis.Omit<…>`, a webhook's
 * `globalThis.Record<string, string>` headers), and the client's namespace exports the model under its own name.
 * Checked: the declarations, api.md, tsc --strict over src, tests and code written against Stainless's SDK, and the
 * SDK's tests against the mock (with SDKGEN_SLOW_TESTS=full, `npm run test:slow`: in `npm test`, a generated SDK's
 * tests against Prism are the flagship's, `generated/smithery/tests`, and what the global names change is types,
 * which tsc checks here).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { startPrismInProcess } from './helpers/prism-in-process';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const json = (ref: string) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } },
});
const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/responses': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['input'],
                properties: {
                  input: { type: 'string' },
                  stream: { type: 'boolean' },
                  metadata: { type: 'object', additionalProperties: { type: 'string' } },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Response' } },
              'text/event-stream': { schema: { $ref: '#/components/schemas/ResponseStreamEvent' } },
            },
          },
        },
      },
    },
    '/responses/{id}': { get: { parameters: id, responses: json('#/components/schemas/Response') } },
    '/responses/{id}/content': {
      get: {
        parameters: id,
        responses: {
          '200': {
            description: 'the file',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
    '/responses/{id}/errors': {
      get: {
        parameters: id,
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Error' } } },
            },
          },
        },
      },
    },
    '/arrays': { get: { responses: json('#/components/schemas/Array') } },
    '/promises/{id}': { get: { parameters: id, responses: json('#/components/schemas/Promise') } },
    '/omits': { get: { responses: json('#/components/schemas/Omit') } },
  },
  webhooks: {
    'record-created': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Record' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Response: {
        type: 'object',
        required: ['id', 'output'],
        properties: {
          id: { type: 'string', example: 'resp_1' },
          output: { type: 'array', items: { type: 'string' } },
          error: { $ref: '#/components/schemas/Error' },
          metadata: { type: 'object', additionalProperties: { type: 'string' } },
          scores: { type: 'object', propertyNames: { enum: ['a', 'b'] }, additionalProperties: { type: 'number' } },
          // Nested interfaces `Response.Array` and `Response.Array.Omit`, inside whose namespaces the globals are `globalThis.X`.
          array: {
            type: 'object',
            properties: {
              values: { type: 'array', items: { type: 'string' } },
              omit: {
                allOf: [
                  { $ref: '#/components/schemas/Base' },
                  { type: 'object', properties: { kind: { type: 'integer' } } },
                ],
              },
            },
          },
        },
      },
      ResponseStreamEvent: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string' }, response: { $ref: '#/components/schemas/Response' } },
      },
      Error: {
        type: 'object',
        required: ['code'],
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
      Array: {
        type: 'object',
        required: ['values'],
        properties: {
          values: { type: 'array', items: { type: 'string' } },
        },
      },
      Promise: {
        type: 'object',
        required: ['state'],
        properties: {
          state: { enum: ['pending', 'kept', 'broken'] },
          notes: { type: 'array', items: { type: 'string' } },
        },
      },
      Base: {
        type: 'object',
        required: ['id', 'kind'],
        properties: { id: { type: 'string' }, kind: { type: 'string' } },
      },
      Omit: {
        type: 'object',
        properties: {
          // `Omit.Detail extends globalThis.Omit<OmitsAPI.Base, 'kind'>`: `kind` is redeclared, not narrowed.
          detail: {
            allOf: [
              { $ref: '#/components/schemas/Base' },
              { type: 'object', properties: { kind: { type: 'integer' }, note: { type: 'string' } } },
            ],
          },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
      Record: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { const: 'record.created' } },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
client_settings:
  opts:
    webhook_key:
      type: string
      read_env: ACME_WEBHOOK_KEY
      nullable: true
targets:
  typescript:
    package_name: acme
resources:
  $shared:
    models:
      error: Error
  responses:
    models:
      response: Response
      response_stream_event: ResponseStreamEvent
    methods:
      create:
        endpoint: post /responses
        streaming:
          stream_event_model: responses.response_stream_event
          param_discriminator: stream
      retrieve: get /responses/{id}
      content: get /responses/{id}/content
      errors: get /responses/{id}/errors
    subresources:
      items:
        models:
          array: Array
        methods:
          list: get /arrays
  promises:
    models:
      promise: Promise
    methods:
      retrieve: get /promises/{id}
  omits:
    models:
      base: Base
      omit: Omit
    methods:
      retrieve: get /omits
  webhooks:
    models:
      record: Record
    methods:
      unwrap: { type: webhook_unwrap, discriminator: type, webhook_key_opt: webhook_key }
`;

// Code written against Stainless's SDK: the models by their names, the globals still the globals.
const CONSUMER = `import type { Response } from './src/resources/responses/responses';
import type { Error } from './src/resources/shared';
import type { Array } from './src/resources/responses/items';
import type { Promise } from './src/resources/promises';
import type { Omit } from './src/resources/omits';
import type { Record } from './src/resources/webhooks';
import { Acme } from './src/index';

export async function run(client: Acme): globalThis.Promise<string> {
  const response: Response = await client.responses.retrieve('resp_1');
  const created: Acme.Response = await client.responses.create({ input: 'hi' });
  const raw: globalThis.Response = await client.responses.content('resp_1');
  const errors: globalThis.Array<Error> = await client.responses.errors('resp_1');
  const array: Array = await client.responses.items.list();
  const promise: Promise = await client.promises.retrieve('p');
  const omit: Omit = await client.omits.retrieve();
  const record: Record = client.webhooks.unwrap('{}', { headers: {}, key: 'whsec_x' });
  // The client's namespace and a resource's name each model under its own name.
  const viaClient: [Acme.Response, Acme.Error, Acme.Promise, Acme.Omit, Acme.Record, Acme.Responses.Array] = [
    response,
    errors[0]!,
    promise,
    omit,
    record,
    array,
  ];
  // @ts-expect-error: the model, not the fetch Response
  const wrong: Response = raw;
  void [created, wrong, viaClient, promise.state, omit.detail?.kind, record.type];
  return response.id + errors.length + array.values.join('') + (await raw.text());
}
`;

let dir: string;
let specPath: string;
const source = (file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeAll(async () => {
  dir = tempDir('stainless-global-model-names');
  specPath = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  writeFileSync(specPath, JSON.stringify(SPEC));
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec: specPath, config, referenceDocs: false });
  writeFiles(dir, files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
}, 120_000);

describe("a Stainless config's model named like a global that generated code prints as a type", () => {
  it('keeps its name', () => {
    const responses = source('src/resources/responses/responses.ts');
    expect(responses).toContain('export interface Response {');
    expect(source('src/resources/shared.ts')).toContain('export interface Error {');
    expect(responses).toContain('error?: Shared.Error;');
    expect(responses).not.toMatch(/ResponseResource|ErrorResource/);
    expect(source('src/resources/responses/items.ts')).toContain('export interface Array {');
    expect(source('src/resources/promises.ts')).toContain('export interface Promise {');
    expect(source('src/resources/omits.ts')).toContain('export interface Omit {');
    expect(source('src/resources/webhooks.ts')).toContain('export interface Record {');
    const api = source('api.md');
    for (const name of ['Response', 'Error', 'Array', 'Promise', 'Omit', 'Record'])
      expect(api).toMatch(new RegExp(`<a href="\\./src/resources/[\\w/]+\\.ts">${name}</a>`));
  });

  it('and the module declaring it prints the global through globalThis', () => {
    const responses = source('src/resources/responses/responses.ts');
    expect(responses).toContain('retrieve(id: string, options?: RequestOptions): APIPromise<Response> {');
    expect(responses).toContain('content(id: string, options?: RequestOptions): APIPromise<globalThis.Response> {');
    // Stainless's binary call form: the method's return type names the global; the call itself names no type.
    expect(responses).toMatch(/content\(id: string[^]*?__binaryResponse: true,/);
    expect(responses).toContain('array?: Response.Array;');
    expect(responses).toMatch(
      /export namespace Response \{\s+export interface Array \{\s+omit\?: Array\.Omit;\s+values\?: globalThis\.Array<string>;/,
    );
    expect(responses).toContain("export interface Omit extends globalThis.Omit<OmitsAPI.Base, 'kind'> {");
    // (A global no model of the module shadows is printed as it is.)
    expect(responses).toContain('output: Array<string>;');
    expect(responses).toContain('export type ResponseErrorsResponse = Array<Shared.Error>;');
    expect(source('src/resources/responses/items.ts')).toContain('values: globalThis.Array<string>;');
    expect(source('src/resources/promises.ts')).toContain('notes?: Array<string>;');
    expect(source('src/resources/omits.ts')).toContain(
      "export interface Detail extends globalThis.Omit<OmitsAPI.Base, 'kind'> {",
    );
    expect(source('src/resources/webhooks.ts')).toContain(
      '{ headers, key }: { headers: globalThis.Record<string, string>; key?: string },',
    );
  });

  it("is exported under its name from the client's namespace and its parent resource's, through an alias", () => {
    const client = source('src/client.ts');
    expect(client).toMatch(
      /import \{[^}]*type Response as Response_,[^}]*\} from '\.\/resources\/responses\/responses/,
    );
    expect(client).toContain('Responses as Responses,\n    type Response_ as Response,');
    expect(client).toContain("import type { Error as Error_ } from './resources/shared");
    expect(client).toContain('export { type Error_ as Error };');
    const responses = source('src/resources/responses/responses.ts');
    expect(responses).toContain("import { Array as Array_, Items } from './items';");
    expect(responses).toContain('export { Items as Items, type Array_ as Array };');
  });

  it('type-checks under tsc --strict, with code written against the models', () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'tests/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  // Prism and a Vitest run of the SDK's tests: most of the file's CPU.
  it.runIf(SLOW_FULL)(
    "runs the SDK's tests against the mock",
    async () => {
      const server = await startPrismInProcess(specPath);
      try {
        const run = await runGeneratedTests(dir, server.url);
        expect(run.failed, run.text).toEqual([]);
        expect(run.passed, run.text).toContain('resource responses > retrieve');
        expect(run.passed.length, run.text).toBeGreaterThan(5);
      } finally {
        await server.stop();
      }
    },
    120_000,
  );
});

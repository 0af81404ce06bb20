/**
 * Values in the endpoint tests of a Stainless config's SDK.
 *
 * The endpoint tests write a value of no known shape (`type: object` with no properties:
 * `unknown`) that the spec gives an object example for as that example, on one line however many keys it has
 * (tolstoy's `headers: { 'Content-Type': 'application/json', Authorization: 'Bearer {token}' }`, its steps'
 * `config`), where sdkgen wrote `'bar'`; a map's values stay `'bar'` (knock-mgmt's `payload: { body: 'bar', … }`).
 *
 * A union with every optional property written takes its first variant, as Stainless's tests do (knock's
 * `chat: true` of `boolean | PreferenceSetChannelTypeSetting`, llama-stack's `query: 'string'`), not an object one.
 *
 * A string's own example is written however long, but not one its `maxLength` refuses (conductor's `shipmentOrigin`,
 * which a mock server answers with 422): a value that fits then.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Flows', version: '1' },
  servers: [{ url: 'https://flows.test' }],
  paths: {
    '/actions': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'headers'],
                properties: {
                  name: { type: 'string', example: 'notify' },
                  origin: { type: 'string', maxLength: 13, example: 'San Francisco, CA' },
                  chat: {
                    oneOf: [
                      { type: 'boolean' },
                      { type: 'object', properties: { conditions: { type: 'array', items: { type: 'string' } } } },
                    ],
                  },
                  query: { anyOf: [{ type: 'string' }, { type: 'object', properties: { text: { type: 'string' } } }] },
                  note: { type: 'string', example: 'a note longer than most, written out as it is given' },
                  headers: {
                    type: 'object',
                    example: { 'Content-Type': 'application/json', Authorization: 'Bearer {token}', Retry: 3 },
                  },
                  executeIf: { type: 'object', example: { 'user.role': 'admin' } },
                  steps: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'string' },
                        config: { type: 'object', example: { timeout: 30000 } },
                      },
                    },
                    example: [{ id: 'step_1', config: { to: '{{user.email}}', template: 'welcome' } }],
                  },
                  payload: {
                    type: 'object',
                    additionalProperties: true,
                    example: { body: { event: 'created' }, headers: { a: 'b' } },
                  },
                },
              },
            },
          },
        },
        responses: { '204': { description: 'done' } },
      },
    },
  },
};

const CONFIG = `organization: { name: flows }
targets:
  typescript:
    package_name: flows
resources:
  actions:
    methods:
      create: post /actions
`;

let root = '';
let test = '';

beforeAll(async () => {
  root = tempDir('stainless-unknown-example');
  // The day of tolstoy's generation these values were read from (its one-line layout of nested objects).
  const result = await generateFrom(root, SPEC, CONFIG, {
    funcs: false,
    referenceDocs: false,
    stainlessEra: '2025-08-09',
  });
  test = result.files.find((f) => f.path === 'tests/api-resources/actions.test.ts')!.contents;
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a value of no known shape in the endpoint tests', () => {
  it('is its object example, on one line', () => {
    expect(test).toContain(
      "headers: { 'Content-Type': 'application/json', Authorization: 'Bearer {token}', Retry: 3 },",
    );
    expect(test).toContain("executeIf: { 'user.role': 'admin' },");
    expect(test).not.toMatch(/^\s*(headers|executeIf): 'bar'/m);
  });

  it("is the value another's example gives it, and a map's values stay 'bar'", () => {
    expect(test).toContain("steps: [{ id: 'step_1', config: { to: '{{user.email}}', template: 'welcome' } }],");
    expect(test).toContain("payload: { body: 'bar', headers: 'bar' },");
  });
});

describe('a string example in the endpoint tests', () => {
  it('is written however long, unless its schema refuses it', () => {
    expect(test).toContain("note: 'a note longer than most, written out as it is given',");
    expect(test).not.toContain('San Francisco, CA');
    expect(test).toMatch(/origin: '[^']{0,13}',/);
  });
});

describe('a union in the required and optional params', () => {
  it('is its first variant, not an object one', () => {
    expect(test).toContain('chat: true,');
    expect(test).toContain("query: 'string',");
    expect(test).not.toMatch(/chat: \{|query: \{/);
  });
});

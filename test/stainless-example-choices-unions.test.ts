/**
 * Values of the endpoint tests of a Stainless config's SDK, as Stainless's tests write them (each seen in a real pair,
 * bench/stainless-distance/pairs.json):
 * - a union that is no model keeps its own example when a union it is a member of flattens it, and the example is
 *   written where nothing nearer gives a value (knock-mgmt's `actor: { id: 'project_1', collection: 'projects' }`),
 *   while a value the body's example gives comes first (its `actor: 'dnedry'`);
 * - a header parameter's example on the parameter is written (phoebe's `'Accept-Language': 'en'`), a query
 *   parameter's is not (its schema's is);
 * - a number with a maximum and no minimum is its maximum (onebusaway's `maxCount: 1000`);
 * - params that are one of several objects are the first's (knock-mgmt's `guides.activate(…, { status: true })`);
 * - an empty array the example gives is built with an item (knock-mgmt's `mappings`);
 * - a nullable map the example gives as null is built (knock's `properties: { foo: 'bar' }`), a nullable string
 *   stays null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { TypeRef } from '../generator/ir/types';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const body = (schema: object, example?: object) => ({
  required: true,
  content: { 'application/json': { schema, ...(example ? { example } : {}) } },
});

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Choices', version: '1' },
  servers: [{ url: 'https://choices.test' }],
  paths: {
    '/runs': {
      post: {
        operationId: 'run',
        requestBody: body({ $ref: '#/components/schemas/RunRequest' }, { key: 'k' }),
        responses: ok,
      },
    },
    '/previews': {
      post: {
        operationId: 'preview',
        requestBody: body({ $ref: '#/components/schemas/RunRequest' }, { key: 'k', actor: 'dnedry' }),
        responses: ok,
      },
    },
    '/locales': {
      get: {
        operationId: 'listLocales',
        parameters: [
          { name: 'Accept-Language', in: 'header', schema: { type: 'string' }, example: 'en' },
          { name: 'region', in: 'query', schema: { type: 'string' }, example: 'eu' },
          { name: 'maxCount', in: 'query', schema: { type: 'integer', maximum: 1000 } },
        ],
        responses: ok,
      },
    },
    '/activations': {
      post: {
        operationId: 'activate',
        requestBody: body({
          oneOf: [
            { type: 'object', required: ['status'], properties: { status: { type: 'boolean' } } },
            {
              type: 'object',
              properties: { from: { type: 'string', format: 'date-time' }, until: { type: 'string' } },
            },
          ],
        }),
        responses: ok,
      },
    },
    '/sources': {
      post: {
        operationId: 'upsertSource',
        requestBody: body(
          {
            type: 'object',
            required: ['mappings', 'properties', 'label'],
            properties: {
              mappings: {
                type: 'array',
                items: { type: 'object', required: ['event'], properties: { event: { type: 'string' } } },
              },
              properties: { type: 'object', additionalProperties: true, nullable: true },
              label: { type: 'string', nullable: true, example: 'main' },
            },
          },
          { mappings: [], properties: null, label: null },
        ),
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      RunRequest: {
        type: 'object',
        required: ['key'],
        properties: {
          key: { type: 'string' },
          actor: {
            anyOf: [{ $ref: '#/components/schemas/RecipientReference' }, { nullable: true }],
            description: 'Who acts.',
          },
        },
      },
      RecipientReference: {
        description: 'A user id, or an object reference.',
        example: { collection: 'projects', id: 'project_1' },
        oneOf: [
          { type: 'string', example: 'user_1' },
          {
            type: 'object',
            required: ['id', 'collection'],
            properties: { collection: { type: 'string' }, id: { type: 'string' } },
          },
        ],
        type: 'object',
      },
    },
  },
};

const CONFIG = `organization: { name: choices }
targets:
  typescript:
    package_name: choices
resources:
  runs:
    methods:
      run: post /runs
      preview: post /previews
  locales:
    methods:
      list: get /locales
  activations:
    methods:
      activate: post /activations
  sources:
    methods:
      upsert: post /sources
`;

let root = '';
let eraRoot = '';
let tests = new Map<string, string>();
let eraTests = new Map<string, string>();
let actorType: TypeRef | undefined;

beforeAll(async () => {
  root = tempDir('stainless-example-choices-unions');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  tests = new Map(result.files.map((f) => [f.path, f.contents]));
  const runs = result.api.resources.find((r) => r.path === 'runs');
  actorType = runs?.methods.find((m) => m.name === 'run')?.params?.fields.find((f) => f.key === 'actor')?.type;
  // (The day before EXAMPLES_AS_GIVEN_SINCE: a null-member union's own example is not written then, a member's is.)
  eraRoot = tempDir('stainless-example-choices-unions-era');
  const era = await generateFrom(eraRoot, SPEC, CONFIG, {
    funcs: false,
    referenceDocs: false,
    stainlessEra: '2026-04-10',
  });
  eraTests = new Map(era.files.map((f) => [f.path, f.contents]));
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  if (eraRoot) rmSync(eraRoot, { recursive: true, force: true });
});

/** The call of the test titled `title` in `file`, on one line. */
function call(file: string, title: string, from = tests): string {
  const test = from.get(`tests/api-resources/${file}.test.ts`) ?? '';
  const start = test.indexOf(`'${title}'`);
  expect(start, `${file}: ${title}`).toBeGreaterThan(0);
  return test
    .slice(start, test.indexOf('});', start))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/,(?= [}\]])/g, '');
}

describe("a union's own example", () => {
  it('is kept in the IR on the union that flattened it', () => {
    expect(actorType?.kind).toBe('union');
    expect(actorType?.kind === 'union' ? actorType.example : undefined).toBe(
      JSON.stringify({ collection: 'projects', id: 'project_1' }),
    );
  });

  it('is written where nothing nearer gives a value, after what the body example gives', () => {
    // (In the object variant's order, as knock-mgmt's.)
    expect(call('runs', 'run: required and optional params')).toContain(
      "actor: { id: 'project_1', collection: 'projects' }",
    );
    expect(call('runs', 'preview: required and optional params')).toContain("actor: 'dnedry'");
  });

  it("is a flattened member's, so the era's rule on a null member's own example does not drop it", () => {
    expect(actorType?.kind === 'union' ? actorType.exampleFromMember : undefined).toBe(true);
    expect(call('runs', 'run: required and optional params', eraTests)).toContain(
      "actor: { id: 'project_1', collection: 'projects' }",
    );
  });
});

describe("the values of Stainless's tests", () => {
  it("writes a header's example given on the parameter, not a query's, and a maximum", () => {
    const text = call('locales', 'list: request options and params are passed correctly');
    expect(text).toContain("'Accept-Language': 'en'");
    expect(text).toContain("region: 'region'");
    expect(text).toContain('maxCount: 1000');
  });

  it("calls params of several objects with the first's", () => {
    expect(call('activations', 'activate: only required params')).toContain('activate({ status: true ');
  });

  it('builds an empty array and a nullable map given null; a nullable string stays null', () => {
    const text = call('sources', 'upsert: only required params');
    expect(text).toContain("mappings: [{ event: 'event' }]");
    expect(text).toContain("properties: { foo: 'bar' }");
    expect(text).toContain('label: null');
  });
});

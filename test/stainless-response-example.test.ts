/**
 * Which methods a Stainless config's SDK shows the call of (`@example`), issue 89's source distance: every method of a
 * top-level resource (its subresources' too) where the schema of some method's request body or success response has
 * an example, on itself (knock-mgmt's `auth.verify`, its `$ref`'s) or on anything in it (phoebe's `ref` resources, where
 * `ref.hotspot` has no example of its own but `ref.region` has). A parameter's example and the response media type's
 * `example`/named `examples` do not count (phoebe's `data`, imagekit's `usage.get` alone), nor the variants of a union
 * response (imagekit's `assets.list`).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const objectSchema = { type: 'object', properties: { name: { type: 'string' } } };
const exampledObject = { type: 'object', properties: { name: { type: 'string', example: 'rex' } } };
const returning = (media: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  get: { ...extra, responses: { '200': { description: 'ok', content: { 'application/json': media } } } },
});
const lat = { name: 'lat', in: 'query', required: true, schema: { type: 'number', example: 40.7 } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Kennel', version: '1' },
  servers: [{ url: 'https://kennel.test' }],
  paths: {
    '/whoami': returning({ schema: { $ref: '#/components/schemas/Whoami' } }),
    '/usage': returning({ schema: objectSchema, examples: { default: { value: { name: 'rex' } } } }),
    '/usage/kinds': returning({ schema: { type: 'array', items: { type: 'string' } } }),
    '/walks': returning({ schema: objectSchema, example: { name: 'rex' } }, { parameters: [lat] }),
    '/bowls': returning({ schema: { $ref: '#/components/schemas/Bowl' } }),
    '/ref/region': returning({ schema: { type: 'array', items: exampledObject } }),
    '/ref/hotspot': returning({ schema: { $ref: '#/components/schemas/Bowl' } }),
    '/ref/hotspot/info': returning({ schema: objectSchema }),
    '/assets': returning({
      schema: { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/Leash' }, objectSchema] } },
    }),
    '/collars': {
      post: {
        requestBody: { content: { 'application/json': { schema: exampledObject } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: objectSchema } } } },
      },
    },
  },
  components: {
    schemas: {
      Whoami: { ...objectSchema, description: 'Who calls.', example: { name: 'rex' } },
      Bowl: objectSchema,
      Leash: { ...exampledObject, required: ['name'] },
    },
  },
};

const CONFIG = `organization: { name: kennel }
targets:
  typescript:
    package_name: kennel
resources:
  auth:
    methods:
      verify: get /whoami
  usage:
    methods:
      get: get /usage
    subresources:
      kinds:
        methods:
          list: get /usage/kinds
  walks:
    methods:
      list: get /walks
  bowls:
    methods:
      get: get /bowls
  ref:
    subresources:
      region:
        methods:
          list: get /ref/region
      hotspot:
        methods:
          list: get /ref/hotspot
        subresources:
          info:
            methods:
              retrieve: get /ref/hotspot/info
  assets:
    methods:
      list: get /assets
  collars:
    methods:
      create: post /collars
`;

let root = '';
let out = new Map<string, string>();
beforeAll(async () => {
  root = tempDir('stainless-response-example');
  // phoebe-node's era: a response's fields' examples count before 2026-01-22 (stainless/era.ts).
  const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false, stainlessEra: '2025-11-25' });
  out = new Map(files.map((f) => [f.path, f.contents]));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's example call of a method", () => {
  it('is shown for the example of the schema an inlined response refers to', () => {
    const auth = out.get('src/resources/auth.ts')!;
    expect(auth).toContain('export interface AuthVerifyResponse');
    expect(auth).toContain('   * @example');
    expect(auth).toContain('await client.auth.verify();');
  });

  it("is shown on every method of a top-level resource where one method's response schema has an example", () => {
    expect(out.get('src/resources/ref/region.ts')!).toContain('await client.ref.region.list();');
    expect(out.get('src/resources/ref/hotspot/hotspot.ts')!).toContain('await client.ref.hotspot.list();');
    expect(out.get('src/resources/ref/hotspot/info.ts')!).toContain('await client.ref.hotspot.info.retrieve();');
  });

  it("is shown where the request body's schema has an example", () => {
    expect(out.get('src/resources/collars.ts')!).toContain('await client.collars.create(');
  });

  it("is not shown for the media type's examples, a parameter's, a union's variants', nor without any", () => {
    expect(out.get('src/resources/usage/usage.ts')!).not.toContain('@example');
    expect(out.get('src/resources/usage/kinds.ts')!).not.toContain('@example');
    expect(out.get('src/resources/walks.ts')!).not.toContain('@example');
    expect(out.get('src/resources/bowls.ts')!).not.toContain('@example');
    expect(out.get('src/resources/assets.ts')!).not.toContain('@example');
  });
});

/**
 * A Stainless config's SDK shows a method's call (`@example`) where the spec gives an example of its response itself,
 * even when the response is inlined as the method's own type (issue 89's source distance): the `example` of the
 * schema it `$ref`s (knock-mgmt's `auth.verify`) or the media type's named `examples` (imagekit's `usage.get`). The
 * media type's single `example` does not count (imagekit's `assets.list`), nor does a resource with no example. A
 * subresource shows its calls where a resource it is nested in does (luma's `generations.concepts`).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const objectSchema = { type: 'object', properties: { name: { type: 'string' } } };
const returning = (media: Record<string, unknown>) => ({
  get: { responses: { '200': { description: 'ok', content: { 'application/json': media } } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Kennel', version: '1' },
  servers: [{ url: 'https://kennel.test' }],
  paths: {
    '/whoami': returning({ schema: { $ref: '#/components/schemas/Whoami' } }),
    '/usage': returning({ schema: objectSchema, examples: { default: { value: { name: 'rex' } } } }),
    '/walks': returning({ schema: objectSchema, example: { name: 'rex' } }),
    '/bowls': returning({ schema: { $ref: '#/components/schemas/Bowl' } }),
    '/usage/kinds': returning({ schema: { type: 'array', items: { type: 'string' } } }),
  },
  components: {
    schemas: {
      Whoami: { ...objectSchema, description: 'Who calls.', example: { name: 'rex' } },
      Bowl: objectSchema,
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
`;

let root = '';
let out = new Map<string, string>();
beforeAll(async () => {
  root = tempDir('stainless-response-example');
  const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
  out = new Map(files.map((f) => [f.path, f.contents]));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's example call of a method whose response has an example", () => {
  it('is shown for the example of the schema an inlined response refers to', () => {
    const auth = out.get('src/resources/auth.ts')!;
    expect(auth).toContain('export interface AuthVerifyResponse');
    expect(auth).toContain('   * @example');
    expect(auth).toContain('await client.auth.verify();');
  });

  it("is shown for the media type's named examples", () => {
    expect(out.get('src/resources/usage/usage.ts')!).toContain('await client.usage.get();');
  });

  it('is shown in a subresource with no example of its own where its parent resource has one', () => {
    expect(out.get('src/resources/usage/kinds.ts')!).toContain('await client.usage.kinds.list();');
  });

  it("is not shown for the media type's single example, nor without any example", () => {
    expect(out.get('src/resources/walks.ts')!).not.toContain('@example');
    expect(out.get('src/resources/bowls.ts')!).not.toContain('@example');
  });
});

/**
 * The calls a Stainless config's SDK shows in `@example` and writes in its endpoint tests, as Stainless's SDKs have
 * them (issue 89's source distance): a request body schema's own `example` gives the body's values (its required
 * properties, at every depth), as the media type's example does; and a resource shows every method's call where the
 * spec gives an example of what one of its methods takes or returns, none where it gives none at all.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const jsonBody = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Kennel', version: '1' },
  servers: [{ url: 'https://kennel.test' }],
  paths: {
    '/dogs/batch-walk': {
      post: { requestBody: jsonBody({ $ref: '#/components/schemas/WalkRequest' }), responses: ok },
    },
    '/dogs/{id}': {
      get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok },
    },
    '/bowls': {
      post: {
        requestBody: jsonBody({ type: 'object', required: ['size'], properties: { size: { type: 'string' } } }),
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      WalkRequest: {
        type: 'object',
        required: ['dog_ids', 'route'],
        example: {
          dog_ids: ['rex', 'fido'],
          route: { name: 'Riverside', note: 'muddy after rain' },
          leash: 'long',
        },
        properties: {
          dog_ids: { type: 'array', items: { type: 'string' } },
          route: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, note: { type: 'string' } },
          },
          leash: { type: 'string' },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: kennel }
targets:
  typescript:
    package_name: kennel
resources:
  dogs:
    methods:
      batch_walk: post /dogs/batch-walk
      retrieve: get /dogs/{id}
  bowls:
    methods:
      create: post /bowls
`;

let root = '';
let out = new Map<string, string>();
beforeAll(async () => {
  root = tempDir('stainless-example-values');
  const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
  out = new Map(files.map((f) => [f.path, f.contents]));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's example calls", () => {
  it("take a body schema's example: its required properties, at every depth", () => {
    const dogs = out.get('src/resources/dogs.ts')!;
    expect(dogs).toContain(
      [
        '   * const response = await client.dogs.batchWalk({',
        "   *   dog_ids: ['rex', 'fido'],",
        "   *   route: { name: 'Riverside' },",
        '   * });',
      ].join('\n'),
    );
    const tests = out.get('tests/api-resources/dogs.test.ts')!;
    expect(tests).toContain("dog_ids: ['rex', 'fido']");
    expect(tests).toContain("name: 'Riverside'");
  });

  it('are shown on every method of a resource where the spec gives an example, on none elsewhere', () => {
    const dogs = out.get('src/resources/dogs.ts')!;
    expect(dogs).toContain("   * const response = await client.dogs.retrieve('id');");
    expect(out.get('src/resources/bowls.ts')!).not.toContain('@example');
  });
});

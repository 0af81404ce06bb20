/**
 * Forms of `src/resources` Stainless's SDKs wrote that `scripts/stainless-distance.mjs` found sdkgen writing another
 * way (issue 89): a folder's index lists its modules by path, folders among files; a method's `@example` fills in
 * what the spec gives no example of as Stainless's examples do (an array of strings is `['string']`).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const id = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Farm', version: '1' },
  servers: [{ url: 'https://farm.test' }],
  paths: {
    '/barns': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['labels', 'name'],
                properties: { labels: { type: 'array', items: { type: 'string' } }, name: { type: 'string' } },
              },
            },
          },
        },
        responses: ok,
      },
    },
    '/barns/{id}/paint': {
      post: {
        parameters: [id('id')],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { inscription: { type: 'string' } } },
              example: { inscription: "The farmer's barn, built in the spring of nineteen-ten" },
            },
          },
        },
        responses: ok,
      },
    },
    '/barns/{id}/pens': { get: { parameters: [id('id')], responses: ok } },
    '/barns/{id}/pens/{pen}/gates': { get: { parameters: [id('id'), id('pen')], responses: ok } },
    '/barns/{id}/silos': { get: { parameters: [id('id')], responses: ok } },
  },
};

const CONFIG = `organization: { name: farm }
targets:
  typescript:
    package_name: farm
openapi:
  code_samples: mintlify
resources:
  barns:
    methods:
      create: post /barns
      paint: post /barns/{id}/paint
    subresources:
      pens:
        methods:
          list: get /barns/{id}/pens
        subresources:
          gates:
            methods:
              list: get /barns/{id}/pens/{pen}/gates
      silos:
        methods:
          list: get /barns/{id}/silos
`;

let root = '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

async function sdk(): Promise<Map<string, string>> {
  root = tempDir('stainless-source-forms');
  const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
  return new Map(files.map((f) => [f.path, f.contents]));
}

describe("a Stainless config's resource modules", () => {
  it('are written in the forms Stainless wrote them', async () => {
    const out = await sdk();
    // The folder `pens/` between the files `barns` and `silos`, by path.
    const index = out.get('src/resources/barns/index.ts')!;
    const specifiers = [...index.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(specifiers).toEqual(['./barns', './pens/index', './silos']);
    // A string nothing gives an example of, in an array: Stainless's placeholder, not the field's name.
    const barns = out.get('src/resources/barns/barns.ts')!;
    expect(barns).toContain("labels: ['string']");
    // Quoted and laid out as Prettier does: a string that does not fit on its key's line goes to the next one.
    expect(barns).toContain(`inscription:\n   *     "The farmer's barn, built in the spring of nineteen-ten",\n`);
  });
});

/**
 * Stainless's SDKs type an array with `prefixItems` and rest `items` (a `[price, size]` tuple) as an array of the rest
 * items (`Array<Array<number>>`), not as a tuple; without a Stainless config sdkgen keeps the tuple.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Book', version: '1' },
  servers: [{ url: 'https://api.book.test' }],
  paths: {
    '/book': {
      get: {
        operationId: 'getBook',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['asks'],
                  properties: { asks: { type: 'array', items: { $ref: '#/components/schemas/Level' } } },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Level: {
        type: 'array',
        minItems: 2,
        maxItems: 2,
        prefixItems: [{ type: 'number' }, { type: 'number' }],
        items: { type: 'number' },
      },
    },
  },
};

const CONFIG = `organization:
  name: book
targets:
  typescript:
    package_name: book-sdk
resources:
  book:
    methods:
      retrieve: get /book
`;

let root = '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('prefixItems tuples', () => {
  it('are arrays of the rest items with a Stainless config, tuples without', async () => {
    root = tempDir('stainless-tuples');
    const spec = path.join(root, 'book.json');
    writeFileSync(spec, JSON.stringify(SPEC));
    const config = path.join(root, 'stainless.yml');
    writeFileSync(config, CONFIG);
    const options = { spec, format: false, funcs: false, referenceDocs: false } as const;
    const stainless = await generate({ ...options, config });
    const book = stainless.files.find((f) => f.path.endsWith('resources/book.ts'));
    expect(book?.contents.replace(/\s+/g, ' ')).toContain('asks: Array<Array<number>>;');
    const plain = await generate({ ...options, config: null });
    const all = plain.files.map((f) => f.contents).join('\n');
    expect(all).toContain('[number, number, ...Array<number>]');
  });
});

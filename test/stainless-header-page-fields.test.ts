/**
 * A Stainless pagination scheme whose items are the response body itself and whose other fields come from headers
 * (`is_top_level_array`, `from_header`: kernel's `OffsetPagination`, as `migrate --from-repo` derives it from the
 * SDK's `src/core/pagination.ts`) gives the page class Stainless's: `<Page>Response<Item> = Item[]`, and the page's
 * `items`, `has_more` and `next_offset` (null when the header is absent) as properties code written against
 * Stainless's SDK reads (`for (const app of page.items)`); iterating a list follows the headers.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateWithStainlessConfig, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/apps': {
      get: {
        operationId: 'listApps',
        parameters: [
          { name: 'offset', in: 'query', schema: { type: 'integer' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/App' } } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: { App: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
pagination:
  - name: offset_pagination
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
      limit: { type: integer }
    response:
      items: { type: array, items: {}, x-stainless-pagination-property: { is_top_level_array: true } }
      has_more:
        type: boolean
        x-stainless-pagination-property: { purpose: has_next_page, from_header: x-has-more }
      next_offset:
        type: integer
        x-stainless-pagination-property: { purpose: offset_count_start_field, from_header: x-next-offset }
resources:
  apps:
    models:
      app: App
    methods:
      list: get /apps
`;

const APPS = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => ({ id }));
const server = new TestServer();
let dir = '';
let files = new Map<string, string>();
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  const generated = await generateWithStainlessConfig('header-page-fields', SPEC, CONFIG, { referenceDocs: false });
  dir = path.join(generated.dir, 'sdk');
  writeFiles(dir, generated.result.files);
  files = generated.files;
  Acme = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href)).Acme;
});

afterAll(async () => {
  await server.stop();
  if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe('a page whose body is its items and whose other fields are headers', () => {
  it("declares Stainless's response type and the page's properties, in the config's order", () => {
    const pagination = files.get('src/pagination.ts')!;
    expect(pagination).toContain('export type OffsetPaginationResponse<Item> = Item[];');
    expect(pagination).toMatch(
      /class OffsetPagination<Item> extends \w+<Item> \{\n {2}static override shape = \{[^}]*\{[\s\S]*?\};\n {2}declare items: Array<Item>;\n {2}declare has_more: boolean \| null;\n {2}declare next_offset: number \| null;\n\}/,
    );
    // The client names it among the page types, as Stainless's client did.
    expect(files.get('src/client.ts')).toMatch(/type OffsetPaginationResponse\b/);
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('holds the items and the headers’ values, and pages by them', async () => {
    server.on('GET /apps', (req, res) => {
      const offset = Number(req.query.get('offset') ?? 0);
      const page = APPS.slice(offset, offset + 2);
      const more = offset + 2 < APPS.length;
      // The last page says nothing of what follows.
      const headers: Record<string, string> = more ? { 'X-Has-More': 'true', 'X-Next-Offset': String(offset) } : {};
      json(200, page, headers)(req, res, 0);
    });
    const client = new Acme({ baseURL: server.url, apiKey: 'k' });
    const first = await client.apps.list();
    expect(first.items).toEqual([{ id: 'a1' }, { id: 'a2' }]);
    expect(first.has_more).toBe(true);
    expect(first.next_offset).toBe(0);
    const ids: string[] = [];
    for await (const app of client.apps.list()) ids.push(app.id);
    expect(ids).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    const pages = [];
    for await (const page of first.iterPages()) pages.push(page);
    expect(pages[pages.length - 1].has_more).toBeNull();
    expect(pages[pages.length - 1].next_offset).toBeNull();
  });
});

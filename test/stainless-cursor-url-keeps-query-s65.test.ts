/**
 * A Stainless `cursor_url` page requests the next page's link with the query parameters of the first request the link
 * does not have itself (`next: …/items?p=2` of `?limit=2` → `?p=2&limit=2`), as Stainless's TypeScript runtime does
 * (its `CursorURLPage.nextPageRequestOptions`: the last request's query, then the link's own, which win). The link of
 * a page fetched by its link is requested as the server sent it (that request's query was the link's). Run against a
 * real server on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedSdk } from './helpers/imported-sdk';
import { tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Links', version: '1' },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'tag', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    next: { type: 'string', nullable: true },
                    items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: { Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization:
  name: links
pagination:
  - name: cursor_url_page
    type: cursor_url
    request: {}
    response:
      next:
        type: string
        x-stainless-pagination-property:
          purpose: cursor_url_field
      items:
        type: array
resources:
  items:
    models:
      item: Item
    methods:
      list: get /items
targets:
  typescript:
    package_name: links
`;

let server: Server;
let base = '';
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requested.push(`${url.pathname}${url.search}`);
    const p = url.searchParams.get('p') ?? '1';
    // The first page links to the second with a `tag` of its own; the second to the third with its page alone.
    const next = { '1': `${base}/items?p=2&tag=linked`, '2': `${base}/items?p=3`, '3': null }[p] ?? null;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ next, items: [{ id: `item-${p}` }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("a Stainless cursor_url page's next link", () => {
  it("is requested with the first request's query parameters it does not have", async () => {
    const { index, files } = await importedSdk(tempDir('cursor-url-keeps-query-'), SPEC, CONFIG);
    const client = new index.default({ baseURL: base, maxRetries: 0 });
    const ids: string[] = [];
    for await (const item of client.items.list({ limit: 2, tag: 'first' })) ids.push((item as { id: string }).id);
    expect(ids).toEqual(['item-1', 'item-2', 'item-3']);
    expect(requested).toEqual(['/items?limit=2&tag=first', '/items?p=2&tag=linked&limit=2', '/items?p=3']);
    // The page class says so; sdkgen's own pages (no Stainless config) request a link as sent.
    const pagination = files.find((f) => f.path === 'src/pagination.ts');
    expect(pagination?.contents).toContain('keepQuery: true');
  });
});

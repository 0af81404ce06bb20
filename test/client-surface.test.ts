/**
 * The client surface code written against a Stainless SDK relies on, in a generated SDK: types read through the
 * client and resource names (`Acme.ItemListParams`, `Acme.Items.ItemListParams`, also on the flagship),
 * `client.get/post…` beside a resource named `get`, params the spec does not declare sent anyway (query for
 * methods without a body, body otherwise), and downloads asking for the spec's media type. Type-checked under
 * tsc --strict with consumer programs, then called against a 127.0.0.1 server, asserting on the wire.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';
import { binary, echo, TestServer } from './runtime/helpers/server';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
        responses: ok,
      },
      post: {
        operationId: 'createItem',
        parameters: [{ name: 'dry_run', in: 'query', schema: { type: 'boolean' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            },
          },
        },
        responses: ok,
      },
    },
    '/items/{item_id}': {
      delete: {
        operationId: 'deleteItem',
        parameters: [
          { name: 'item_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'force', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: ok,
      },
    },
    '/items/{item_id}/notes': {
      get: {
        operationId: 'listItemNotes',
        parameters: [
          { name: 'item_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: ok,
      },
    },
    '/get/{key}': {
      get: {
        operationId: 'getValue',
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
    '/reports/{report_id}/download': {
      get: {
        operationId: 'downloadReport',
        parameters: [{ name: 'report_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'the report',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
    '/avatars/{user_id}': {
      get: {
        operationId: 'getAvatar',
        parameters: [{ name: 'user_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'the avatar',
            content: {
              'image/png': { schema: { type: 'string', format: 'binary' } },
              'image/webp': { schema: { type: 'string', format: 'binary' } },
            },
          },
        },
      },
    },
  },
};

/** Each `@ts-expect-error` line must fail to compile, every other line must compile. */
const CONSUMER = `import Acme from './src/index.js';

export async function usage(client: Acme): Promise<void> {
  const list: Acme.ItemListParams = { q: 'x' };
  const same: Acme.Items.ItemListParams = list;
  const notes: Acme.Items.NoteListParams = { limit: 1 };
  const nested: Acme.Items.Notes.NoteListParams = notes;
  const create: Acme.ItemCreateParams = { name: 'n' };
  const options: Acme.RequestOptions = { timeout: 1 };
  const clientOptions: Acme.ClientOptions = { maxRetries: 1 };
  const items: Acme.Items = client.items;
  const noteResource: Acme.Items.Notes = client.items.notes;
  // Resource classes exist at run time through the names too.
  new Acme.Items(client);
  new Acme.Items.Notes(client);
  // @ts-expect-error no such type
  const missing: Acme.NoSuchParams = {};
  // @ts-expect-error a param the spec does not declare, in a literal
  await client.items.list({ q: 'x', undocumented: 'yes' });
  const widened = { q: 'x', undocumented: 'yes' };
  await client.items.list(widened);

  const value: { v: number } = await client.get<{ v: number }>('/undocumented', { query: { a: 1 } });
  const posted = await client.post<string>('/undocumented', { body: { a: 1 }, headers: [['X-A', '1']] });
  const { data, response } = await client.delete<number>('/undocumented').withResponse();
  const resourceNamedGet: unknown = await client.getResource.retrieve('k');
  void [same, nested, create, options, clientOptions, items, noteResource, missing, value, posted, data, response, resourceNamedGet];
}
`;

/** Types through the flagship's client name, as Stainless's @smithery/api has them. */
const SMITHERY_CONSUMER = `import Smithery from './src/index.js';

export function usage(): void {
  const params: Smithery.ServerListParams = { q: 'x', pageSize: 5 };
  const same: Smithery.Servers.ServerListParams = params;
  const releases: Smithery.Servers.Releases.ReleaseListParams | undefined = undefined;
  const options: Smithery.RequestOptions = { timeout: 1 };
  void [same, releases, options];
}
`;

const server = new TestServer();
let root = '';
let dir = '';
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc above).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('client-surface');
  const spec = path.join(root, 'acme.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  dir = path.join(root, 'sdk');
  writeFiles(dir, (await generate({ spec })).files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  Acme = (await import(pathToFileURL(path.join(dir, 'src/index.ts')).href)).Acme;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a generated client', () => {
  it('type-checks under tsc --strict with a consumer using the client namespace, undocumented requests and params', () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('the flagship: Smithery.ServerListParams and Smithery.Servers.ServerListParams compile', () => {
    const copy = path.join(root, 'smithery');
    cpSync(path.join(ROOT, 'generated/smithery/src'), path.join(copy, 'src'), { recursive: true });
    writeFileSync(path.join(copy, 'consumer.ts'), SMITHERY_CONSUMER);
    const { status, output } = typeCheckStrict(copy, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('sends params the spec does not declare: in the query without a body, in the body with one', async () => {
    server.reset();
    server.on('GET /items', echo);
    server.on('POST /items', echo);
    server.on('DELETE /items/i1', echo);
    server.on('GET /items/i1/notes', echo);
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    expect((await client.items.list({ q: 'x', undocumented: 'yes' })).url).toBe('/items?q=x&undocumented=yes');
    const created = await client.items.create({ name: 'n', dry_run: true, extra: { deep: 1 } });
    expect(created.url).toBe('/items?dry_run=true');
    expect(JSON.parse(created.body)).toEqual({ name: 'n', extra: { deep: 1 } });
    expect((await client.items.delete('i1', { force: true, reason: 'old' })).url).toBe(
      '/items/i1?force=true&reason=old',
    );
    expect((await client.items.notes.list('i1', { limit: 2, cursor: 'c' })).url).toBe(
      '/items/i1/notes?limit=2&cursor=c',
    );
    // Declared params are unchanged when nothing else is given.
    expect((await client.items.list()).url).toBe('/items');
  });

  it('client.get/post… reach undocumented endpoints; the resource named `get` is client.getResource', async () => {
    server.reset();
    server.on('GET /get/k', echo);
    server.on('PUT /undocumented', echo);
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    expect((await client.getResource.retrieve('k')).path).toBe('/get/k');
    const sent = await client.put('/undocumented', { body: { a: 1 }, query: { b: 2 } });
    expect(sent).toMatchObject({ method: 'PUT', url: '/undocumented?b=2', body: '{"a":1}' });
    expect(typeof client.get).toBe('function');
  });

  it("downloads send the spec's media types in Accept", async () => {
    server.reset();
    server.on('GET /reports/r1/download', binary(new Uint8Array([37, 80, 68, 70]), 'application/pdf'));
    server.on('GET /avatars/u1', binary(new Uint8Array([137, 80, 78, 71]), 'image/png'));
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    const pdf = await client.reports.download('r1');
    expect(new Uint8Array(await pdf.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    await (await client.avatars.retrieve('u1')).arrayBuffer();
    expect(server.requests.map((r) => r.headers.accept)).toEqual(['application/pdf', 'image/png, image/webp']);
  });
});

/**
 * With a Stainless config that has `query_settings`, a method whose query names a structure (`inserted_at.gt`, an
 * array `objects[]`) makes its request as Stainless's SDKs wrote it (`{ query, ...options }`), and the client sends
 * those fields as Stainless's one query serialiser did: as the config's `query_settings` say (checked on a real
 * server, for nested_format brackets and dots).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-request-shape.test.ts samples Stainless's request forms and params (docs/contributing.md, "What
// `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const query = (name: string, schema: unknown) => ({ name, in: 'query', schema });
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Ledger', version: '1' },
  servers: [{ url: 'https://ledger.test' }],
  paths: {
    '/entries': {
      get: {
        parameters: [
          query('inserted_at.gt', { type: 'string' }),
          query('inserted_at.lt', { type: 'string' }),
          query('objects[]', { type: 'array', items: { type: 'string' } }),
          query('tenant', { type: 'string' }),
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const config = (nested: string) => `organization: { name: ledger }
targets:
  typescript:
    package_name: ledger
query_settings:
  nested_format: ${nested}
  array_format: brackets
resources:
  entries:
    methods:
      list: get /entries
`;

const server = new TestServer();
const roots: string[] = [];
beforeAll(() => server.start());
afterAll(async () => {
  await server.stop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function sdk(nested: string): Promise<{ source: string; dir: string }> {
  const root = tempDir('stainless-structured-query');
  roots.push(root);
  const { files } = await generateFrom(root, SPEC, config(nested), { referenceDocs: false });
  writeFiles(path.join(root, 'sdk'), files);
  return { source: files.find((f) => f.path === 'src/resources/entries.ts')!.contents, dir: path.join(root, 'sdk') };
}

async function sentQuery(dir: string, route: string): Promise<Array<[string, string]>> {
  server.on(route, json(200, {}));
  const { Ledger } = await import(pathToFileURL(path.join(dir, 'src/index.ts')).href);
  const client = new Ledger({ apiKey: 'k', baseURL: server.url });
  await client.entries.list({ inserted_at: { gt: '2024', lt: '2025' }, objects: ['a', 'b'], tenant: 't' });
  const received = server.received(route);
  return [...received[received.length - 1]!.query.entries()];
}

describe.runIf(SLOW_FULL)('a query whose names spell a structure, with a Stainless config', () => {
  it('is passed on as Stainless wrote it, and sent with nested_format brackets as its serialiser sent it', async () => {
    const { source, dir } = await sdk('brackets');
    expect(source).toContain("return this._client.get('/entries', { query, ...options });");
    expect(source).not.toContain('requestPage');
    expect(source).not.toContain("'inserted_at.gt'");
    expect(await sentQuery(dir, 'GET /entries')).toEqual([
      ['inserted_at[gt]', '2024'],
      ['inserted_at[lt]', '2025'],
      ['objects[]', 'a'],
      ['objects[]', 'b'],
      ['tenant', 't'],
    ]);
  });

  it('is sent under the spec’s dotted names with nested_format dots', async () => {
    const { source, dir } = await sdk('dots');
    expect(source).toContain("return this._client.get('/entries', { query, ...options });");
    expect(await sentQuery(dir, 'GET /entries')).toEqual([
      ['inserted_at.gt', '2024'],
      ['inserted_at.lt', '2025'],
      ['objects[]', 'a'],
      ['objects[]', 'b'],
      ['tenant', 't'],
    ]);
  });
});

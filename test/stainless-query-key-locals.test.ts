/**
 * Query fields a Stainless-form request takes out of the params (`const { … } = params;`) are bound to their keys
 * where those are free identifiers, as Stainless's SDKs bind them (knock's `tenants.bulk.delete`:
 * `const { tenant_ids } = params;` for the query parameter `tenant_ids[]`), and sent under their keys whatever name
 * they are bound to (`query: { class: class_ }`): against a server on 127.0.0.1, each arrives under its own name.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const list = { type: 'array', items: { type: 'string' } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/tenants/bulk/delete': {
      post: {
        operationId: 'bulkDeleteTenants',
        parameters: [
          { name: 'tenant_ids[]', in: 'query', required: true, schema: list },
          { name: 'class', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  tenants:
    subresources:
      bulk:
        methods:
          delete: post /tenants/bulk/delete
query_settings:
  array_format: brackets
`;

const server = new TestServer();
let root = '';
let dir = '';
let bulk = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-query-key-locals');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  bulk = result.files.find((f) => f.path === 'src/resources/tenants/bulk.ts')!.contents.replace(/\s+/g, ' ');
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("query fields taken out of the params in Stainless's form", () => {
  it('are bound to their keys where free, and sent under their keys', () => {
    expect(bulk).toContain('const { tenant_ids, class: class_ } = params;');
    expect(bulk).toContain(
      "this._client.post('/tenants/bulk/delete', { query: { tenant_ids, class: class_ }, ...options });",
    );
  });

  it('arrive under their own names at a server on 127.0.0.1', async () => {
    server.on('POST /tenants/bulk/delete', json(200, {}));
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    await client.tenants.bulk.delete({ tenant_ids: ['a', 'b'], class: 'c' });
    const [sent] = server.received('POST /tenants/bulk/delete');
    expect(sent!.query.getAll('tenant_ids[]')).toEqual(['a', 'b']);
    expect(sent!.query.get('class')).toBe('c');
  });
});

/**
 * Query parameters whose names spell a structure, as Stainless reads them: dotted names (`inserted_at.gt`) are one
 * field (`inserted_at: { gt, lt }`), a bracketed array (`objects[]`) the field `objects`; bracketed properties
 * (`filter[status]`, JSON:API's `page[number]`) stay fields of their own under their whole names
 * (`'filter[status]'`). All are sent under the spec's names, and a list paged by `page[number]` still pages. The
 * SDK is type-checked under tsc --strict with a consumer program and called against a real 127.0.0.1 server.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const query = (name: string, schema: unknown, required = false) => ({ name, in: 'query', required, schema });
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Structured', version: '1' },
  servers: [{ url: 'https://api.structured.test' }],
  paths: {
    '/messages': {
      get: {
        operationId: 'listMessages',
        parameters: [
          query('inserted_at.gt', { type: 'string' }),
          query('inserted_at.lt', { type: 'string' }),
          query('filter[status]', { type: 'string', enum: ['sent', 'read'] }),
          query('objects[]', { type: 'array', items: { type: 'string' } }),
          query('page[number]', { type: 'integer' }),
          query('page[size]', { type: 'integer' }),
        ],
        responses: {
          '200': {
            description: 'A page of messages',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data'],
                  properties: {
                    data: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
                    total_pages: { type: 'integer' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const CONSUMER = `import { Structured } from './src/index.js';
const client = new Structured({ baseURL: 'http://127.0.0.1:1' });
export async function consume(): Promise<void> {
  for await (const message of client.messages.list({
    inserted_at: { gt: '2024-01-01', lt: '2025-01-01' },
    'filter[status]': 'sent',
    objects: ['a', 'b'],
    'page[size]': 2,
  })) {
    void message.id;
  }
  // @ts-expect-error: not a value of the enum
  await client.messages.list({ 'filter[status]': 'gone' });
  // @ts-expect-error: a bracketed property is not grouped
  await client.messages.list({ filter: { status: 'sent' } });
}
`;

const server = new TestServer();
let root = '';
let sdk = '';
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Client: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('structured-query');
  const spec = path.join(root, 'openapi.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  writeFileSync(path.join(sdk, 'consumer.ts'), CONSUMER);
  Client = (await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href)).Structured;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('query parameters whose names spell a structure', () => {
  it('type-check under tsc --strict, with a consumer program', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("are sent under the spec's names, and a list paged by page[number] pages from the number given", async () => {
    server.on('GET /messages', (req, res, call) =>
      json(200, { data: [{ id: `m${call}` }], total_pages: 3 })(req, res, call),
    );
    const client = new Client({ baseURL: server.url, maxRetries: 0 });
    const ids: string[] = [];
    for await (const message of client.messages.list({
      inserted_at: { gt: '2024-01-01', lt: '2025-01-01' },
      'filter[status]': 'sent',
      objects: ['a', 'b'],
      'page[number]': 2,
      'page[size]': 1,
    }))
      ids.push(message.id);
    const requests = server.received('GET /messages');
    expect(ids).toHaveLength(2);
    expect(requests.map((r) => [...r.query.entries()])).toEqual(
      [2, 3].map((page) => [
        ['inserted_at.gt', '2024-01-01'],
        ['inserted_at.lt', '2025-01-01'],
        ['filter[status]', 'sent'],
        ['objects[]', 'a'],
        ['objects[]', 'b'],
        ['page[number]', String(page)],
        ['page[size]', '1'],
      ]),
    );
  });
});

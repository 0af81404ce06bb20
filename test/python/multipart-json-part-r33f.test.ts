/**
 * A multipart part whose `encoding` says nothing (no entry, no config): OpenAPI gives an object part the default
 * Content-Type `application/json`. The SDKs made in OpenAPI's defaults (no Stainless config) send an object, and an
 * array of objects (one JSON value), as its JSON text; that part now says `Content-Type: application/json`, in both
 * targets (TypeScript: the runtime's own multipart writer; Python: an httpx file part without a file name). Scalars,
 * arrays of scalars (a part per item) and files are sent as before. On the wire, to a server of 127.0.0.1.
 *
 * The TypeScript half runs in `npm test`; the Python half with SDKGEN_PYTHON_TESTS=full (`npm run test:python`).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_FULL } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { TestServer, type Recorded } from '../runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Up', version: '1' },
  servers: [{ url: 'https://up.test' }],
  paths: {
    '/uploads': {
      post: {
        operationId: 'createUpload',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  meta: { type: 'object', properties: { owner: { type: 'string' }, count: { type: 'integer' } } },
                  items: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
                  tags: { type: 'array', items: { type: 'string' } },
                  name: { type: 'string' },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

/** Each part of a recorded multipart body: its name, its Content-Type (null: none) and its text, sorted by name. */
function parts(request: Recorded): Array<[string, string | null, string]> {
  const boundary = /boundary=([^;]+)/.exec(String(request.headers['content-type']))![1];
  return request.body
    .toString('utf8')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, ...body] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      const name = /name="([^"]*)"/.exec(head)![1];
      const type = /content-type: *([^\r\n]+)/i.exec(head)?.[1] ?? null;
      return [name, type, body.join('\r\n\r\n').replace(/\r\n$/, '')] as [string, string | null, string];
    })
    .sort((a, b) => (a[0] === b[0] ? a[2].localeCompare(b[2]) : a[0].localeCompare(b[0])));
}

const EXPECTED: Array<[string, string | null, string]> = [
  ['file', 'text/plain', 'hi'],
  ['items', 'application/json', '[{"a":"x"}]'],
  ['meta', 'application/json', '{"owner":"ann","count":2}'],
  ['name', null, 'n'],
  ['tags', null, 't1'],
  ['tags', null, 't2'],
];

describe('a multipart object part without an encoding is sent as application/json', () => {
  const server = new TestServer();
  let root = '';
  beforeAll(async () => {
    await server.start();
    server.otherwise((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('TypeScript', async () => {
    root = tempDir('multipart-json-part-r33f');
    writeFiles(path.join(root, 'sdk'), (await generateFrom(root, SPEC, null)).files);
    const entry = pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const Up = ((await import(entry)) as { default: new (options: object) => any }).default;
    server.requests.length = 0;
    await new Up({ baseURL: server.url }).uploads.create({
      file: new File(['hi'], 'a.txt', { type: 'text/plain' }),
      meta: { owner: 'ann', count: 2 },
      items: [{ a: 'x' }],
      tags: ['t1', 't2'],
      name: 'n',
    });
    expect(server.received().map(parts)).toEqual([EXPECTED]);
  });

  const py = PYTHON_FULL
    ? pythonSdk('multipart-json-part-r33f', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } })
    : null;

  it.skipIf(!PYTHON_FULL)('Python, sync and async', async () => {
    server.requests.length = 0;
    const run = await py!.run(`
import asyncio, io
from up_sdk import Up, AsyncUp

url = ${JSON.stringify(server.url)}
fields = dict(meta={"owner": "ann", "count": 2}, items=[{"a": "x"}], tags=["t1", "t2"], name="n")
Up(base_url=url).uploads.create(file=("a.txt", io.BytesIO(b"hi"), "text/plain"), **fields)

async def main() -> None:
    await AsyncUp(base_url=url).uploads.create(file=("a.txt", io.BytesIO(b"hi"), "text/plain"), **fields)

asyncio.run(main())
`);
    expect(run.stderr).toBe('');
    expect(server.received().map(parts)).toEqual([EXPECTED, EXPECTED]);
  });
});

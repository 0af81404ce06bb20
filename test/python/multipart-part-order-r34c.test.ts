/**
 * The parts of a multipart body, in the order they go on the wire, of both targets (to a server of 127.0.0.1), as
 * Stainless's runtimes send them. Stainless's Python client hands httpx the form's fields (`data`) and its files
 * apart, and httpx writes the fields first, then the files (`_base_client.py`'s `_build_request`, openai-python); its
 * TypeScript client appends each field of the body in turn (`addFormValue`), a file in its place. Both flatten an
 * array of objects into bracketed fields per item (`items[][a]`: `array_format="brackets"` in Python's
 * `_serialize_multipartform`, `key + '[]'` in TypeScript's), never one JSON part. sdkgen's SDKs of a Stainless config
 * send the same parts in the same order. Without a config (OpenAPI's defaults) the nested parts are JSON
 * (`application/json`, test/python/multipart-json-part-r33f.test.ts) and in each target in that target's order:
 * Python's after the text fields, as httpx file parts (the only parts httpx types); TypeScript's in their place.
 *
 * With SDKGEN_PYTHON_TESTS=full (`npm run test:python`): four generations, not for `npm test`'s budget.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
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
                required: ['file', 'name'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  items: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
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

const CONFIG = `organization: { name: up }
targets:
  typescript:
    package_name: up-sdk
  python:
    package_name: up_sdk
resources:
  uploads:
    methods:
      create: post /uploads
`;

/** Each part of a recorded multipart body in its order: its name, its Content-Type (null: none) and its text. */
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
    });
}

const FILE: [string, string, string] = ['file', 'text/plain', 'hi'];

/** What each target sends, by whether the SDK has a Stainless config. */
const EXPECTED = {
  stainless: {
    typescript: [FILE, ['items[][a]', null, 'x'], ['items[][a]', null, 'y'], ['name', null, 'n']],
    // (The method's body in its params' order, the required first: `name` before `items`.)
    python: [['name', null, 'n'], ['items[][a]', null, 'x'], ['items[][a]', null, 'y'], FILE],
  },
  openapi: {
    typescript: [FILE, ['items', 'application/json', '[{"a":"x"},{"a":"y"}]'], ['name', null, 'n']],
    python: [['name', null, 'n'], FILE, ['items', 'application/json', '[{"a":"x"},{"a":"y"}]']],
  },
} as const;

describe.runIf(PYTHON_FULL)('the order of a multipart body’s parts on the wire', () => {
  const server = new TestServer();
  const roots: string[] = [];
  beforeAll(async () => {
    await server.start();
    server.otherwise((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  afterAll(async () => {
    await server.stop();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  const python = {
    stainless: pythonSdk('multipart-order-stainless', {
      spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
      config: { name: 'stainless.yml', text: CONFIG },
    }),
    openapi: pythonSdk('multipart-order-openapi', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } }),
  };

  for (const form of ['stainless', 'openapi'] as const) {
    it(`TypeScript, ${form === 'stainless' ? 'a Stainless config' : "OpenAPI's defaults"}: each part in its place`, async () => {
      const root = tempDir(`multipart-order-${form}`);
      roots.push(root);
      writeFiles(path.join(root, 'sdk'), (await generateFrom(root, SPEC, form === 'stainless' ? CONFIG : null)).files);
      const entry = pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const Up = ((await import(entry)) as { default: new (options: object) => any }).default;
      server.requests.length = 0;
      await new Up({ baseURL: server.url }).uploads.create({
        file: new File(['hi'], 'a.txt', { type: 'text/plain' }),
        items: [{ a: 'x' }, { a: 'y' }],
        name: 'n',
      });
      expect(server.received().map(parts)).toEqual([EXPECTED[form].typescript]);
    });

    it(`Python, ${form === 'stainless' ? 'a Stainless config' : "OpenAPI's defaults"}: the fields, then the files`, async () => {
      server.requests.length = 0;
      const run = await python[form].run(`
import io
from up_sdk import Up

Up(base_url=${JSON.stringify(server.url)}).uploads.create(
    file=("a.txt", io.BytesIO(b"hi"), "text/plain"), items=[{"a": "x"}, {"a": "y"}], name="n"
)
`);
      expect(run.stderr).toBe('');
      expect(server.received().map(parts)).toEqual([EXPECTED[form].python]);
    });
  }
});
if (!PYTHON_FULL) it.skip(`the order of a multipart body’s parts: ${FULL_ONLY_NOTICE}`, () => {});

/**
 * A multipart body's nested values in SDKs made without a Stainless config: both targets send OpenAPI's defaults for
 * the parts the spec's `encoding` says nothing of (an array of scalars or files a part per item under the field's own
 * name, an object or an array holding objects one JSON part), not Stainless's bracketed keys, which only a Stainless
 * config asks for. The TypeScript and the Python SDK of one spec, each call received by a real server of 127.0.0.1 that
 * parses the body (`multipartEcho`); the two must read the same parts.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { byNameThenText, partsRead, PYTHON_PARTS_READ } from './helpers/multipart-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';

/** `POST /kb` whose multipart body has nested parts of every kind, and an `encoding` for none of them. */
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://kb.test' }],
  paths: {
    '/kb': {
      post: {
        operationId: 'createKb',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  count: { type: 'integer' },
                  draft: { type: 'boolean' },
                  texts: {
                    type: 'array',
                    items: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } },
                  },
                  urls: { type: 'array', items: { type: 'string' } },
                  files: { type: 'array', items: { type: 'string', format: 'binary' } },
                  meta: {
                    type: 'object',
                    properties: { owner: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
                  },
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

/** What the server reads from either SDK's call (sorted: Python's form sends its fields before its files). */
const EXPECTED = byNameThenText([
  ['name', 'base'],
  ['count', '3'],
  ['draft', 'true'],
  ['texts', '[{"title":"t"}]'],
  ['urls', 'https://a.example'],
  ['urls', 'https://b.example'],
  ['files', 'file:one'],
  ['files', 'file:two'],
  ['meta', '{"owner":"me","tags":["x","y"]}'],
]);

describe('multipart nested values without a Stainless config: OpenAPI defaults in both targets', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    root = tempDir('multipart-openapi-defaults');
    const result = await generateFrom(root, SPEC, null);
    writeFiles(path.join(root, 'sdk'), result.files);
    ({ Kb } = (await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Kb: typeof Kb });
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('TypeScript: scalar arrays repeat the field, objects and arrays of objects are JSON', async () => {
    server.on('POST /kb', multipartEcho);
    const client = new Kb({ baseURL: server.url });
    const echo = (await client.kb.create({
      name: 'base',
      count: 3,
      draft: true,
      texts: [{ title: 't' }],
      urls: ['https://a.example', 'https://b.example'],
      files: [new File(['one'], 'one.txt'), new File(['two'], 'two.txt')],
      meta: { owner: 'me', tags: ['x', 'y'] },
    })) as { parts: ParsedPart[] };
    expect(byNameThenText(partsRead(echo.parts))).toEqual(EXPECTED);
  });

  const py = pythonSdk('multipart-openapi-defaults-py', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } });

  it('Python: the same parts', async () => {
    const program = `${LOCAL_SERVER}${PYTHON_PARTS_READ}
from kb_sdk import Kb

url, received = serve_recording(parts)
client = Kb(base_url=url)
client.kb.create(
    name="base",
    count=3,
    draft=True,
    texts=[{"title": "t"}],
    urls=["https://a.example", "https://b.example"],
    files=[("one.txt", b"one"), ("two.txt", b"two")],
    meta={"owner": "me", "tags": ["x", "y"]},
)
print(json.dumps(received[0]))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    expect(byNameThenText(JSON.parse(result.stdout) as string[][])).toEqual(EXPECTED);
  });
});

/**
 * A multipart body's nested values in SDKs made without a Stainless config: the TypeScript SDK sends OpenAPI's
 * defaults for the parts the spec's `encoding` says nothing of (an array of scalars or files a part per item under the
 * field's own name, an object or an array holding objects one JSON part, its files parts of their own), received by a
 * real server of 127.0.0.1 that parses the body (`multipartEcho`); the Python SDK of the same spec sends the same files.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/multipart-wire-styles-sdk.test.ts samples multipart bodies (docs/contributing.md, "What `npm test`
// samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { byNameThenText, partsRead, PYTHON_PARTS_READ } from './helpers/multipart-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

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
                  sections: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { title: { type: 'string' }, file: { type: 'string', format: 'binary' } },
                    },
                  },
                  doc: {
                    type: 'object',
                    properties: {
                      title: { type: 'string' },
                      file: { type: 'string', format: 'binary' },
                      pages: { type: 'array', items: { type: 'string', format: 'binary' } },
                    },
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
  // An object holding files: each file a part of its own (`doc[file]`, a list deeper than the field's own
  // `doc[pages][]`), the rest of the object its JSON part; the files are never lost.
  ['doc', '{"title":"dt"}'],
  // The field's own array of objects: its items' files under `sections[file]`, the rest one JSON part.
  ['sections', '[{"title":"s1"},{}]'],
  ['sections[file]', 'file:s1'],
  ['sections[file]', 'file:s2'],
  ['doc[file]', 'file:doc'],
  ['doc[pages][]', 'file:p1'],
  ['doc[pages][]', 'file:p2'],
]);

describe.runIf(SLOW_FULL)(
  'multipart nested values without a Stainless config: OpenAPI defaults in both targets',
  () => {
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

    it('TypeScript: scalar arrays repeat the field, objects and arrays of objects are JSON, their files parts', async () => {
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
        sections: [{ title: 's1', file: new File(['s1'], 's1.txt') }, { file: new File(['s2'], 's2.txt') }],
        doc: {
          title: 'dt',
          file: new File(['doc'], 'doc.txt'),
          pages: [new File(['p1'], 'p1.txt'), new File(['p2'], 'p2.txt')],
        },
      })) as { parts: ParsedPart[] };
      expect(byNameThenText(partsRead(echo.parts))).toEqual(EXPECTED);
    });

    const py = pythonSdk('multipart-openapi-defaults-py', {
      spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
    });

    // Python sends its bracketed form here ("json" is not chosen yet: generator/emit/python/multipart-runtime.ts): the
    // same files, none lost.
    const filesOf = (parts: string[][]) => parts.filter(([, text]) => text.startsWith('file:')).map(([, text]) => text);
    it('Python: the same files', async () => {
      const program = `${LOCAL_SERVER}${PYTHON_PARTS_READ}
from kb_sdk import Client

url, received = serve_recording(parts)
client = Client(base_url=url)
client.kb.create(
    name="base",
    count=3,
    draft=True,
    texts=[{"title": "t"}],
    urls=["https://a.example", "https://b.example"],
    files=[("one.txt", b"one"), ("two.txt", b"two")],
    meta={"owner": "me", "tags": ["x", "y"]},
    sections=[{"title": "s1", "file": ("s1.txt", b"s1")}, {"file": ("s2.txt", b"s2")}],
    doc={"title": "dt", "file": ("doc.txt", b"doc"), "pages": [("p1.txt", b"p1"), ("p2.txt", b"p2")]},
)
print(json.dumps(received[0]))
`;
      const result = await py.run(program);
      expect(result.stderr).toBe('');
      expect(filesOf(byNameThenText(JSON.parse(result.stdout) as string[][])).sort()).toEqual(filesOf(EXPECTED).sort());
    });
  },
);

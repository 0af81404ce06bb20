/**
 * An array of objects holding files whose `encoding` says `style: form` (exploded), in the generated TypeScript and
 * Python SDKs of one spec, each call received by a real server of 127.0.0.1 that parses the body: each item's files are
 * parts of their own under `documents[file]` (not lost in the item's JSON, not `documents[][file]`), the rest of the
 * item is its JSON part under `documents`, and `meta` (no `encoding`) keeps Stainless's brackets.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/multipart-wire-styles-sdk.test.ts samples multipart bodies (docs/contributing.md, "What `npm test`
// samples").
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import {
  batchesSpec,
  byNameThenText,
  oneMethodConfig,
  partsRead,
  PYTHON_PARTS_READ,
  writtenTypeScriptSdk,
} from './helpers/multipart-sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = batchesSpec(
  {
    type: 'object',
    required: ['name', 'documents'],
    properties: {
      name: { type: 'string' },
      documents: {
        type: 'array',
        items: {
          type: 'object',
          required: ['file'],
          properties: { title: { type: 'string' }, file: { type: 'string', format: 'binary' } },
        },
      },
      meta: { type: 'object', properties: { owner: { type: 'string' } } },
    },
  },
  { documents: { style: 'form', explode: true } },
);

const CONFIG = oneMethodConfig('docs', 'batches', 'post /batches');

/** The parts as the server read them (name and text, a file part as `file:<its text>`), in a stable order. */
const EXPECTED = [
  ['documents', '{"title":"first"}'],
  ['documents', '{}'],
  ['documents[file]', 'file:one'],
  ['documents[file]', 'file:two'],
  ['meta[owner]', 'me'],
  ['name', 'batch'],
];

describe.runIf(SLOW_FULL)('a repeated array of objects holding files, in the generated SDKs', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Docs: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    const sdk = await writtenTypeScriptSdk('multipart-repeated-files-sdk', SPEC, CONFIG);
    root = sdk.dir;
    ({ default: Docs } = await sdk.importModule('index.ts'));
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("TypeScript: each item's file under documents[file], the rest of the item its JSON part", async () => {
    server.on('POST /batches', multipartEcho);
    const client = new Docs({ baseURL: server.url });
    const echo = (await client.batches.create({
      name: 'batch',
      documents: [{ title: 'first', file: new File(['one'], 'one.txt') }, { file: new File(['two'], 'two.txt') }],
      meta: { owner: 'me' },
    })) as { parts: ParsedPart[] };
    expect(byNameThenText(partsRead(echo.parts))).toEqual(EXPECTED);
  });

  const py = pythonSdk('multipart-repeated-files-py', {
    spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it("Python's runtime: extract_files in Stainless's brackets, then multipart_parts, name the files documents[file]", async () => {
    const program = `${LOCAL_SERVER}${PYTHON_PARTS_READ}
from typing import Any, Dict
from docs import Docs
from docs._files import multipart_parts
from docs._utils import extract_files

url, received = serve_recording(parts)
client = Docs(base_url=url)
body: Dict[str, Any] = {
    "name": "batch",
    "documents": [{"title": "first", "file": ("one.txt", b"one")}, {"file": ("two.txt", b"two")}],
    "meta": {"owner": "me"},
}
files = extract_files(body, paths=[["documents", "<array>", "file"]], array_format="brackets")
client.post(
    "/batches",
    body=multipart_parts(body, files, repeat_parts=["documents"]),
    files=files,
    options={"headers": {"Content-Type": "multipart/form-data"}},
    cast_to=object,
)
print(json.dumps(received[0]))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    expect(byNameThenText(JSON.parse(result.stdout) as string[][])).toEqual(EXPECTED);
  });

  it('Python: the same parts from the generated method', async () => {
    const program = `${LOCAL_SERVER}${PYTHON_PARTS_READ}
from docs import Docs

url, received = serve_recording(parts)
client = Docs(base_url=url)
client.batches.create(
    name="batch",
    documents=[{"title": "first", "file": ("one.txt", b"one")}, {"file": ("two.txt", b"two")}],
    meta={"owner": "me"},
)
print(json.dumps(received[0]))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    expect(byNameThenText(JSON.parse(result.stdout) as string[][])).toEqual(EXPECTED);
  });
});

/**
 * Files in an array inside the items of a repeated array (`documents[].pages[]`, `documents` encoded `style: form`,
 * exploded), in the generated TypeScript and Python SDKs of one spec from a Stainless config, each call received by a
 * real server of 127.0.0.1 that parses the body. Both targets name a nested array's files as Stainless's SDKs name any
 * array's items in a form (`key[]`, its TypeScript `addFormValue` and its Python `extract_files` alike), under the
 * repeated field's own name: `documents[pages][]`.
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
    required: ['documents'],
    properties: {
      documents: {
        type: 'array',
        items: {
          type: 'object',
          required: ['pages'],
          properties: {
            title: { type: 'string' },
            pages: { type: 'array', items: { type: 'string', format: 'binary' } },
          },
        },
      },
    },
  },
  { documents: { style: 'form', explode: true } },
);

const CONFIG = oneMethodConfig('docs', 'batches', 'post /batches');

const EXPECTED = [
  ['documents', '{"title":"first"}'],
  ['documents', '{}'],
  ['documents[pages][]', 'file:a'],
  ['documents[pages][]', 'file:b'],
  ['documents[pages][]', 'file:c'],
];

describe.runIf(SLOW_FULL)('files in an array inside repeated items, in the generated SDKs', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Docs: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    const sdk = await writtenTypeScriptSdk('multipart-nested-file-arrays-sdk', SPEC, CONFIG);
    root = sdk.dir;
    ({ default: Docs } = await sdk.importModule('index.ts'));
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('TypeScript: the nested files under documents[pages][]', async () => {
    server.on('POST /batches', multipartEcho);
    const client = new Docs({ baseURL: server.url });
    const echo = (await client.batches.create({
      documents: [
        { title: 'first', pages: [new File(['a'], 'a.txt'), new File(['b'], 'b.txt')] },
        { pages: [new File(['c'], 'c.txt')] },
      ],
    })) as { parts: ParsedPart[] };
    expect(byNameThenText(partsRead(echo.parts))).toEqual(EXPECTED);
  });

  const py = pythonSdk('multipart-nested-file-arrays-py', {
    spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('Python: the same parts from the generated method', async () => {
    const program = `${LOCAL_SERVER}${PYTHON_PARTS_READ}
from docs import Docs
url, received = serve_recording(parts)
client = Docs(base_url=url)
client.batches.create(
    documents=[
        {"title": "first", "pages": [("a.txt", b"a"), ("b.txt", b"b")]},
        {"pages": [("c.txt", b"c")]},
    ],
)
print(json.dumps(received[0]))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    expect(byNameThenText(JSON.parse(result.stdout) as string[][])).toEqual(EXPECTED);
  });
});

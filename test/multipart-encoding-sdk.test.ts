/**
 * A multipart body's `encoding` (OpenAPI 3.0/3.1) in the generated SDKs, end to end: the TypeScript and the Python SDK
 * of one spec, from a Stainless config (whose default is Stainless's bracketed form), each call received by a real
 * server of 127.0.0.1 that parses the body. `texts` and `urls` say `contentType: application/json` (one JSON part
 * each, typed so), `files` says `style: form` (a part per file, under `files`), `meta` says nothing (`meta[owner]`).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/multipart-wire-styles-sdk.test.ts samples multipart bodies (docs/contributing.md, "What `npm test`
// samples").
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { kbSpec, oneMethodConfig, partsRead, PYTHON_PARTS_READ, writtenTypeScriptSdk } from './helpers/multipart-sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = kbSpec({ meta: true });
const CONFIG = oneMethodConfig('kb', 'kb', 'post /kb');

/** The parts as the server read them: name and text, a file part as `file:<its text>`. */
const EXPECTED = [
  ['name', 'base'],
  ['texts', '[{"title":"t"}]'],
  ['urls', '["https://a.example","https://b.example"]'],
  ['files', 'file:one'],
  ['files', 'file:two'],
  ['meta[owner]', 'me'],
];

/** Order aside: Python's form sends its fields before its files; the order of same-named parts is kept. */
function sorted(parts: string[][]): string[][] {
  const order = EXPECTED.map(([name]) => name);
  return [...parts].sort((a, b) => order.indexOf(a[0]!) - order.indexOf(b[0]!));
}

describe.runIf(SLOW_FULL)('multipart parts as the spec encodes them, in the generated SDKs', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    const sdk = await writtenTypeScriptSdk('multipart-encoding-sdk', SPEC, CONFIG);
    root = sdk.dir;
    ({ default: Kb } = await sdk.importModule('index.ts'));
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('TypeScript: JSON parts whole, file parts under `files`, the rest bracketed', async () => {
    server.on('POST /kb', multipartEcho);
    const client = new Kb({ baseURL: server.url });
    const echo = (await client.kb.create({
      name: 'base',
      texts: [{ title: 't' }],
      urls: ['https://a.example', 'https://b.example'],
      files: [new File(['one'], 'one.txt'), new File(['two'], 'two.txt')],
      meta: { owner: 'me' },
    })) as { parts: ParsedPart[] };
    expect(sorted(partsRead(echo.parts))).toEqual(EXPECTED);
    // JSON parts typed as the spec says, without a file name (a field, not an upload); files keep theirs.
    expect(echo.parts.map((p) => [p.name, p.filename, p.contentType])).toEqual(
      expect.arrayContaining([
        ['texts', null, 'application/json'],
        ['urls', null, 'application/json'],
        ['files', 'one.txt', 'application/octet-stream'],
        ['name', null, null],
      ]),
    );
  });

  const py = pythonSdk('multipart-encoding-py', {
    spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('Python: the same parts', async () => {
    const program = `${LOCAL_SERVER}${PYTHON_PARTS_READ}
from kb import Client

url, received = serve_recording(parts)
client = Client(base_url=url)
client.kb.create(
    name="base",
    texts=[{"title": "t"}],
    urls=["https://a.example", "https://b.example"],
    files=[("one.txt", b"one"), ("two.txt", b"two")],
    meta={"owner": "me"},
)
print(json.dumps(received[0]))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    expect(sorted(JSON.parse(result.stdout) as string[][])).toEqual(EXPECTED);
  });
});

/**
 * The generic multipart encoder of SDKs made from a Stainless config whose spec gives every nested multipart part an
 * `encoding` (generator/ir/multipart-encoding.ts `genericMultipartForm`: 'values'), and JSON parts' own media type:
 * the TypeScript and the Python SDK of one spec, each request received by a real server of 127.0.0.1 that parses the
 * multipart body. What hand-written code calls with a body alone (Stainless's `createForm` at `internal/uploads`,
 * Python's `extract_files`) names its parts as the SDK's methods send them.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/multipart-wire-styles-sdk.test.ts samples multipart bodies (docs/contributing.md, "What `npm test`
// samples").
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { kbFormReceived, kbSpec, oneMethodConfig, writtenTypeScriptSdk } from './helpers/multipart-sdk';
import { TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = kbSpec({ meta: false });
const CONFIG = oneMethodConfig('kb', 'kb', 'post /kb');

describe.runIf(SLOW_FULL)("the generic multipart encoder follows the spec's encoding of every part", () => {
  const server = new TestServer();
  let root = '';
  let uploads: {
    createForm(body: unknown, fetch?: unknown): Promise<FormData>;
    multipartFormRequestOptions(options: object, fetch?: unknown): Promise<{ body: FormData }>;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    const sdk = await writtenTypeScriptSdk('multipart-generic-form', SPEC, CONFIG);
    root = sdk.dir;
    ({ default: Kb } = await sdk.importModule('index.ts'));
    uploads = await sdk.importModule('internal/uploads.ts');
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The parts a server read from `form` sent by the SDK's client (a file as `file:<text>`). */
  const received = (form: FormData) => kbFormReceived(server, Kb, form);

  it("TypeScript: `internal/uploads`' createForm sends values as JSON parts and files under the field's name", async () => {
    const body = {
      name: 'base',
      texts: [{ title: 't' }],
      urls: ['https://a.example'],
      files: [new File(['one'], 'one.txt'), new File(['two'], 'two.txt')],
      documents: [{ file: new File(['d'], 'd.txt'), pages: [new File(['p'], 'p.txt')] }],
    };
    expect(await received(await uploads.createForm(body))).toEqual([
      ['name', 'base'],
      ['texts', '[{"title":"t"}]'],
      ['urls', '["https://a.example"]'],
      ['files', 'file:one'],
      ['files', 'file:two'],
      ['documents[file]', 'file:d'],
      // An array deeper than the field's own is named as Stainless names any array in a form.
      ['documents[pages][]', 'file:p'],
    ]);
    expect((await uploads.multipartFormRequestOptions({ body: { a: [1] } })).body.get('a')).toBe('[1]');
    await expect(uploads.createForm({ a: null })).rejects.toThrow(TypeError);
  });

  const py = pythonSdk('multipart-generic-form-py', {
    spec: { name: 'openapi.json', text: JSON.stringify(SPEC) },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it("Python: extract_files names a list's files under the field's name; JSON parts are typed application/json", async () => {
    const program = `${LOCAL_SERVER}
import email.parser, email.policy
from kb import Client
from kb._utils import extract_files

def parts(request):
    head = b"Content-Type: " + request.headers["Content-Type"].encode() + b"\\r\\n\\r\\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    seen = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        text = part.get_payload(decode=True).decode()
        seen.append([name, part.get_filename(), part.get_content_type() if part["Content-Type"] else None, text])
    return seen

url, received = serve_recording(parts)
client = Client(base_url=url)
client.kb.create(name="base", texts=[{"title": "t"}], urls=["u"], files=[("one.txt", b"one")])
# A request of hand-written code: its fields sent by the client's serialiser, in the SDK's form.
client.post(
    "/kb",
    cast_to=object,
    body={"array": ["foo", "bar"], "meta": {"a": 1}, "flag": True, "gone": None},
    files=[("file", b"x")],
    options={"headers": {"Content-Type": "multipart/form-data"}},
)

query = {"documents": [{"file": b"1", "pages": [b"p"]}, {"file": b"2"}], "files": [b"a", b"b"], "keep": "x"}
paths = [["documents", "<array>", "file"], ["documents", "<array>", "pages", "<array>"], ["files", "<array>"]]
found = extract_files(query, paths=paths)
brackets = extract_files({"files": [b"a"]}, paths=[["files"]], array_format="brackets")
print(json.dumps({
    "parts": sorted(received[0]),
    "raw": sorted(received[1]),
    "found": [[name, file.decode()] for name, file in found],
    "left": repr(query),
    "brackets": [[name, file.decode()] for name, file in brackets],
}))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      parts: [
        ['files', 'one.txt', 'text/plain', 'one'],
        ['name', null, null, 'base'],
        ['texts', null, 'application/json', '[{"title":"t"}]'],
        ['urls', null, 'application/json', '["u"]'],
      ],
      raw: [
        ['array', null, null, '["foo", "bar"]'],
        ['file', 'upload', 'application/octet-stream', 'x'],
        ['flag', null, null, 'true'],
        ['meta', null, null, '{"a": 1}'],
      ],
      found: [
        ['documents[file]', '1'],
        ['documents[file]', '2'],
        // A list deeper than the field's own is named as Stainless names any list in a form.
        ['documents[pages][]', 'p'],
        ['files', 'a'],
        ['files', 'b'],
      ],
      // The files are gone from the body, and the emptied list with them.
      left: "{'documents': [{}, {}], 'keep': 'x'}",
      // A list where the path ends is a list of files too.
      brackets: [['files[]', 'a']],
    });
  });
});

/**
 * Multipart parts of an SDK made without a Stainless config, in both targets, each call received by a real server of
 * 127.0.0.1 that parses the body:
 *
 * - an object part of `style: form`, exploded: each property a part under its own name (`owner=ann`, `count=2`, its
 *   file `logo`), as a form-exploded query object is written (OpenAPI 3.1's Encoding Object), not one JSON part;
 * - a part's own `contentType` on every part it is sent as: an array's items (`notes`, each `text/plain`) and a file
 *   without a type of its own (`doc`, `application/pdf`); a file with its own type keeps it;
 * - the OpenAPI version: 3.1 applies `style`/`explode` to multipart parts (`tags=a,b`, the entry's `contentType`
 *   ignored), 3.0 ignores them there (3.0.3's Encoding Object: they are for form-urlencoded bodies alone), so the
 *   entry's `contentType: application/json` makes `tags` one JSON part, and the generator warns `ignored-part-style`.
 *
 * generator/ir/multipart-encoding.ts reads the encoding; `toFormData` (core/uploads.ts) and `multipart_parts`
 * (`_files.py`) send it.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byNameThenText, partsRead } from './helpers/multipart-sdk';
import { PYTHON_FULL } from './helpers/python';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const file = { type: 'string', format: 'binary' };
const strings = { type: 'array', items: { type: 'string' } };

function multipartOp(operationId: string, properties: object, encoding: object): object {
  return {
    post: {
      operationId,
      requestBody: {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties }, encoding } },
      },
      responses: ok,
    },
  };
}

function spec(version: string): object {
  return {
    openapi: version,
    info: { title: 'Kb', version: '1' },
    servers: [{ url: 'https://kb.test' }],
    paths: {
      '/exploded': multipartOp(
        'exploded',
        {
          name: { type: 'string' },
          meta: { type: 'object', properties: { owner: { type: 'string' }, count: { type: 'integer' }, logo: file } },
        },
        { meta: { style: 'form', explode: true } },
      ),
      '/typed': multipartOp(
        'typed',
        { notes: strings, doc: file, image: file },
        {
          notes: { contentType: 'text/plain' },
          doc: { contentType: 'application/pdf' },
          image: { contentType: 'image/png' },
        },
      ),
      '/versioned': multipartOp(
        'versioned',
        { tags: strings },
        { tags: { contentType: 'application/json', style: 'form', explode: false } },
      ),
    },
  };
}

/** `[name, text, content type]` of each part, a file's text as `file:<text>` (its type as sent), sorted. */
const partsOf = (parts: ParsedPart[]): string[][] =>
  byNameThenText(partsRead(parts).map((read, i) => [...read, parts[i].contentType ?? '']));

const EXPLODED = byNameThenText([
  ['name', 'kb', ''],
  ['owner', 'ann', ''],
  ['count', '2', ''],
  ['logo', 'file:L', 'application/octet-stream'],
]);

const TYPED = byNameThenText([
  ['notes', 'a', 'text/plain'],
  ['notes', 'b', 'text/plain'],
  ['doc', 'file:D', 'application/pdf'],
  // A file with a type of its own keeps it.
  ['image', 'file:I', 'image/gif'],
]);

const VERSIONED = {
  '3.1.0': [['tags', 'a,b', '']],
  '3.0.3': [['tags', '["a","b"]', 'application/json']],
};

/** Python: the parts the server read, as `partsOf` gives them. */
const PARTS = `
import email.parser, email.policy

def parts(request):
    head = b"Content-Type: " + request.headers["Content-Type"].encode() + b"\\r\\n\\r\\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    seen = []
    for part in message.iter_parts():
        text = part.get_payload(decode=True).decode()
        name = part.get_param("name", header="content-disposition")
        is_file = part.get_filename() is not None
        media = "" if part["Content-Type"] is None else part.get_content_type()
        seen.append([name, "file:" + text if is_file else text, media])
    return seen
`;

describe.each(['3.1.0', '3.0.3'] as const)(
  'multipart parts of an OpenAPI %s spec without a Stainless config',
  (version) => {
    const server = new TestServer();
    let root = '';
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let Kb: new (options: object) => any;
    let warnings: Array<{ code: string; pointer: string }> = [];

    beforeAll(async () => {
      await server.start();
      server.on('POST /exploded', multipartEcho);
      server.on('POST /typed', multipartEcho);
      server.on('POST /versioned', multipartEcho);
      root = tempDir(`multipart-explode-types-${version}`);
      const result = await generateFrom(root, spec(version), null);
      warnings = result.diagnostics.warnings.map((w) => ({ code: w.code, pointer: w.pointer }));
      writeFiles(path.join(root, 'sdk'), result.files);
      ({ Kb } = (await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Kb: typeof Kb });
    });
    afterAll(async () => {
      await server.stop();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it(version === '3.0.3' ? 'warns that each multipart part style is ignored' : 'warns of no part style', () => {
      const ignored = warnings.filter((w) => w.code === 'ignored-part-style').map((w) => w.pointer);
      const at = (route: string, part: string) =>
        `#/paths/~1${route}/post/requestBody/content/multipart~1form-data/encoding/${part}`;
      // (`form` exploded without a contentType is 3.0's default for an array part: kept, no warning; an object part's
      // default is one JSON part, so its style is ignored: test/runtime/spec-shapes-r32s.test.ts.)
      expect(ignored).toEqual(version === '3.0.3' ? [at('exploded', 'meta'), at('versioned', 'tags')] : []);
    });

    it('TypeScript: an exploded form object a part per property, media types on items and untyped files', async () => {
      const client = new Kb({ baseURL: server.url });
      const call = async (promise: Promise<unknown>) => partsOf(((await promise) as { parts: ParsedPart[] }).parts);
      const meta = { owner: 'ann', count: 2, logo: new File(['L'], 'logo.bin') };
      // (In 3.0 the object part is one JSON part, its style ignored: test/runtime/spec-shapes-r32s.test.ts.)
      if (version === '3.1.0') expect(await call(client.exploded.create({ name: 'kb', meta }))).toEqual(EXPLODED);
      const typed = {
        notes: ['a', 'b'],
        doc: new File(['D'], 'd.bin'),
        image: new File(['I'], 'i.bin', { type: 'image/gif' }),
      };
      expect(await call(client.typed.create(typed))).toEqual(TYPED);
      expect(await call(client.versioned.create({ tags: ['a', 'b'] }))).toEqual(VERSIONED[version]);
    });

    // (The Python half with SDKGEN_PYTHON_TESTS=full: a Python SDK per version is too slow for `npm test`.)
    const py = PYTHON_FULL
      ? pythonSdk(`multipart-explode-types-${version}`, {
          spec: { name: 'openapi.json', text: JSON.stringify(spec(version)) },
        })
      : null;

    it.skipIf(!PYTHON_FULL)('Python: the same parts', async () => {
      const program = `${LOCAL_SERVER}${PARTS}
from kb_sdk import Client

url, received = serve_recording(parts)
client = Client(base_url=url)
${version === '3.1.0' ? 'client.exploded.create(name="kb", meta={"owner": "ann", "count": 2, "logo": ("logo.bin", b"L")})' : ''}
client.typed.create(notes=["a", "b"], doc=("d.bin", b"D"), image=("i.bin", b"I", "image/gif"))
client.versioned.create(tags=["a", "b"])
print(json.dumps(received))
`;
      const result = await py!.run(program);
      expect(result.stderr).toBe('');
      const received = (JSON.parse(result.stdout) as string[][][]).map((parts) => byNameThenText(parts));
      expect(received).toEqual([...(version === '3.1.0' ? [EXPLODED] : []), TYPED, VERSIONED[version]]);
    });
  },
);

/**
 * Multipart bodies made without a Stainless config, in both targets, each call received by a real server of
 * 127.0.0.1 that parses the body:
 *
 * - wire names that spell the form (`timestamp_granularities[]`, an array: the field `timestamp_granularities`, sent
 *   under its bracketed name once; `ids[]` kept whole beside `ids`) and an array of arrays of files (every file a part);
 * - the `encoding` styles other than `form` exploded (OpenAPI 3.1's Encoding Object: a part is sent as a query
 *   parameter of its style is written, each name-value pair a part): `deepObject` (`deep[a]`, `deep[b][c]`), `form`
 *   not exploded (`csv=a,b`, an object's `pair=x,1,y,2`), `spaceDelimited` (`a b`), `pipeDelimited` (`1|2`), and a
 *   part's own `contentType` (`text/plain`).
 *
 * The styles are sent by each runtime (`styledFormData` in core/uploads, `multipart_parts(part_styles=…)` in
 * `_files.py`), tested on the generated runtimes and through the methods: generator/ir/params.ts carries
 * `multipartParts`' `partStyles` and `partContentTypes` into the request body (and keys an `x[]` array field `x`), and
 * the Python method prints them (print-request.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byNameThenText } from './helpers/multipart-sdk';
import { LOCAL_SERVER, pythonSdk } from './helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const file = { type: 'string', format: 'binary' };
const strings = { type: 'array', items: { type: 'string' } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Stt', version: '1' },
  servers: [{ url: 'https://stt.test' }],
  paths: {
    '/stt': {
      post: {
        operationId: 'transcribe',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file,
                  'timestamp_granularities[]': { type: 'array', items: { type: 'string', enum: ['word', 'segment'] } },
                  ids: { type: 'string' },
                  'ids[]': strings,
                  pages: { type: 'array', items: { type: 'array', items: file } },
                },
              },
            },
          },
        },
        responses: ok,
      },
    },
    '/styled': {
      post: {
        operationId: 'styled',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  deep: {
                    type: 'object',
                    properties: {
                      a: { type: 'string' },
                      b: { type: 'object', properties: { c: { type: 'integer' } } },
                    },
                  },
                  csv: strings,
                  pair: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } },
                  spaced: strings,
                  piped: { type: 'array', items: { type: 'integer' } },
                  note: { type: 'string' },
                },
              },
              encoding: {
                deep: { style: 'deepObject', explode: true },
                csv: { style: 'form', explode: false },
                pair: { style: 'form', explode: false },
                spaced: { style: 'spaceDelimited' },
                piped: { style: 'pipeDelimited', explode: false },
                note: { contentType: 'text/plain' },
              },
            },
          },
        },
        responses: ok,
      },
    },
  },
};

/** `[name, text, content type]` of each part, a file's text as `file:<text>`, sorted. */
const partsOf = (parts: ParsedPart[]): string[][] =>
  byNameThenText(
    parts.map((p) => [
      p.name,
      p.filename === null ? p.text : `file:${p.text}`,
      p.filename === null ? (p.contentType ?? '') : '',
    ]),
  );

const TRANSCRIBED = byNameThenText([
  ['file', 'file:audio', ''],
  ['timestamp_granularities[]', 'word', ''],
  ['timestamp_granularities[]', 'segment', ''],
  ['ids', 'x', ''],
  ['ids[]', 'a', ''],
  ['ids[]', 'b', ''],
  // An array of arrays of files: the field's own array repeats its name, the one inside it is `pages[]`.
  ['pages[]', 'file:p1', ''],
  ['pages[]', 'file:p2', ''],
  ['pages[]', 'file:p3', ''],
]);

const STYLED = byNameThenText([
  ['deep[a]', '1', ''],
  ['deep[b][c]', '2', ''],
  ['csv', 'a,b', ''],
  ['pair', 'x,1,y,2', ''],
  ['spaced', 'a b', ''],
  ['piped', '1|2', ''],
  ['note', 'hello', 'text/plain'],
]);

/** The styled method's body, and the `encoding` of its parts as the runtimes take it. */
const STYLED_BODY = {
  deep: { a: '1', b: { c: 2 } },
  csv: ['a', 'b'],
  pair: { x: '1', y: '2' },
  spaced: ['a', 'b'],
  piped: [1, 2],
  note: 'hello',
};
const STYLES = {
  deep: { style: 'deepObject', explode: true },
  csv: { style: 'form', explode: false },
  pair: { style: 'form', explode: false },
  spaced: { style: 'spaceDelimited', explode: false },
  piped: { style: 'pipeDelimited', explode: false },
} as const;
const CONTENT_TYPES = { note: 'text/plain' };

describe('multipart wire names, file arrays and encoding styles without a Stainless config', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Stt: new (options: object) => any;
  let uploads: {
    toFormData: (...args: unknown[]) => Promise<FormData>;
    styledFormData: (...args: unknown[]) => (body: unknown, json: string[], repeat: string[]) => Promise<FormData>;
    multipartBody: (form: FormData) => [Blob, string] | null;
  };
  let params = '';
  let styledRequest = '';

  beforeAll(async () => {
    await server.start();
    root = tempDir('multipart-wire-styles');
    const result = await generateFrom(root, SPEC, null);
    writeFiles(path.join(root, 'sdk'), result.files);
    params = result.files.find((f) => f.path === 'src/resources/stt.ts')?.contents ?? '';
    styledRequest = result.files.find((f) => f.path === 'src/funcs/styledCreate.ts')?.contents ?? '';
    ({ Stt } = (await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Stt: typeof Stt });
    uploads = (await import(pathToFileURL(path.join(root, 'sdk', 'src', 'core', 'uploads.ts')).href)) as typeof uploads;
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The parts the server reads of `form` (written out where it has typed parts, as `encodeBody` sends it). */
  const sent = async (form: FormData): Promise<string[][]> => {
    server.on('POST /echo', multipartEcho);
    const written = uploads.multipartBody(form);
    const response = await fetch(`${server.url}/echo`, {
      method: 'POST',
      body: written ? written[0] : form,
      ...(written ? { headers: { 'content-type': written[1] } } : {}),
    });
    return partsOf(((await response.json()) as { parts: ParsedPart[] }).parts);
  };

  it('TypeScript: `timestamp_granularities[]` is the field `timestamp_granularities`; `ids[]` beside `ids` keeps its name', () => {
    expect(params).toMatch(/ timestamp_granularities\?: Array<'word' \| 'segment'>;/);
    expect(params).not.toContain("'timestamp_granularities[]'");
    expect(params).toMatch(/ ids\?: string;/);
    expect(params).toMatch(/ 'ids\[\]'\?: Array<string>;/);
  });

  it('TypeScript: bracketed names sent once, every file of an array of arrays a part', async () => {
    server.on('POST /stt', multipartEcho);
    const client = new Stt({ baseURL: server.url });
    const echo = (await client.stt.create({
      file: new File(['audio'], 'audio.wav'),
      ['timestamp_granularities']: ['word', 'segment'],
      ids: 'x',
      'ids[]': ['a', 'b'],
      pages: [[new File(['p1'], 'p1.txt'), new File(['p2'], 'p2.txt')], [new File(['p3'], 'p3.txt')]],
    })) as { parts: ParsedPart[] };
    expect(partsOf(echo.parts)).toEqual(TRANSCRIBED);
  });

  it("TypeScript: Stainless's bracketed form gives a field named with its brackets no second pair", async () => {
    const form = await uploads.toFormData({ 'ids[]': ['a', 'b'], tags: ['t'] }, [], [], 'brackets');
    expect(await sent(form)).toEqual(
      byNameThenText([
        ['ids[]', 'a', ''],
        ['ids[]', 'b', ''],
        ['tags[]', 't', ''],
      ]),
    );
  });

  it('TypeScript runtime: each styled part as its style writes it, a part with its own media type', async () => {
    const encode = uploads.styledFormData({ styles: STYLES, contentTypes: CONTENT_TYPES });
    expect(await sent(await encode(STYLED_BODY, [], []))).toEqual(STYLED);
    // A file in a deepObject part is a part of its own under its bracketed name; in a joined style, sent as any part.
    const withFiles = await encode(
      { deep: { a: '1', f: new File(['df'], 'df.txt') }, csv: [new File(['cf'], 'cf.txt')] },
      [],
      [],
    );
    expect(await sent(withFiles)).toEqual(
      byNameThenText([
        ['deep[a]', '1', ''],
        ['deep[f]', 'file:df', ''],
        ['csv', 'file:cf', ''],
      ]),
    );
  });

  it("TypeScript: the method passes its parts' styles", async () => {
    expect(styledRequest).toContain('multipart: styledFormData(');
    server.on('POST /styled', multipartEcho);
    const client = new Stt({ baseURL: server.url });
    const echo = (await client.styled.create(STYLED_BODY)) as { parts: ParsedPart[] };
    expect(partsOf(echo.parts)).toEqual(STYLED);
  });

  const py = pythonSdk('multipart-wire-styles-py', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } });
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
        media = "" if is_file or part["Content-Type"] is None else part.get_content_type()
        seen.append([name, "file:" + text if is_file else text, media])
    return seen
`;

  it('Python: the same names and files (the inner array of files `pages[]`, as TypeScript names it)', async () => {
    const program = `${LOCAL_SERVER}${PARTS}
from stt_sdk import Client

url, received = serve_recording(parts)
client = Client(base_url=url)
client.stt.create(
    file=("audio.wav", b"audio"),
    timestamp_granularities=["word", "segment"],
    ids="x",
    ids_=["a", "b"],
    pages=[[("p1.txt", b"p1"), ("p2.txt", b"p2")], [("p3.txt", b"p3")]],
)
print(json.dumps(received))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    const [transcribed] = JSON.parse(result.stdout) as string[][][];
    // Python without a config sends OpenAPI's defaults as TypeScript does (`MULTIPART_FORM` "json":
    // generator/emit/python/multipart-runtime.ts), not Stainless's bracketed `pages[][]`.
    expect(byNameThenText(transcribed!)).toEqual(TRANSCRIBED);
  });

  it('Python runtime: `multipart_parts` sends each styled part as its style writes it, a part with its media type', async () => {
    const program = `${LOCAL_SERVER}${PARTS}
import httpx
from stt_sdk._files import multipart_parts

url, received = serve_recording(parts)
files = []
rest = multipart_parts(
    ${JSON.stringify(STYLED_BODY)},
    files,
    part_styles=${JSON.stringify(Object.fromEntries(Object.entries(STYLES).map(([k, v]) => [k, [v.style, v.explode]])))
      .replace(/true/g, 'True')
      .replace(/false/g, 'False')},
    part_content_types=${JSON.stringify(CONTENT_TYPES)},
)
httpx.post(url + "/echo", data=rest, files=files)
print(json.dumps(received))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    const [styled] = JSON.parse(result.stdout) as string[][][];
    expect(byNameThenText(styled!)).toEqual(STYLED);
  });

  it("Python: the method passes its parts' styles", async () => {
    const program = `${LOCAL_SERVER}${PARTS}
from stt_sdk import Client

url, received = serve_recording(parts)
client = Client(base_url=url)
client.styled.create(
    deep={"a": "1", "b": {"c": 2}},
    csv=["a", "b"],
    pair={"x": "1", "y": "2"},
    spaced=["a", "b"],
    piped=[1, 2],
    note="hello",
)
print(json.dumps(received))
`;
    const result = await py.run(program);
    expect(result.stderr).toBe('');
    const [styled] = JSON.parse(result.stdout) as string[][][];
    expect(byNameThenText(styled!)).toEqual(STYLED);
  });
});

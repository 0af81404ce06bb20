/**
 * Spec forms real APIs use, sent by SDKs made without a config, in both targets, to a server of 127.0.0.1 that
 * records each request (Prism routes no QUERY):
 *
 * - the HTTP QUERY method (OpenAPI 3.2's `query` field of a Path Item) with its body, named `search`; a method of
 *   3.2's `additionalOperations` (COPY) named by it, sent by it (TypeScript; Python's waits on its emitter: see the
 *   report of session 32's h-shapes);
 * - a nullable header of an integer or a boolean (3.0's `nullable: true`, 3.1's `type: [boolean, 'null']`, a
 *   `$ref`'d one): its text when given, `true`/`false` for a boolean, nothing at all when null;
 * - a multipart part of an object schema in an OpenAPI 3.0 spec whose encoding says `style: form, explode: true` and
 *   no `contentType`: 3.0 ignores styles on multipart parts, so it is one JSON part (3.0's default for an object),
 *   not a part per property; an array part with the same encoding is still a part per item (3.0's own default).
 *
 * - a form body's fields in the styles its `encoding` gives them (`ids=1,2`, `filter[a]=x`, `pipe=p|q`), a field with
 *   `allowReserved` its reserved characters unencoded: the runtimes' writers (`styledFormBody`, `styled_form`), the
 *   same text from both; the methods pass them once the emitters do (requests of session 32's h-shapes).
 *
 * generator/normalize/path-item-methods.ts reads the methods, generator/ir/multipart-encoding.ts the parts and fields;
 * `request` (TS) and the resources' `_query` (templates/python/runtime/_resource.py) send them.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_FULL } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { parseMultipart, TestServer, type Handler, type Recorded } from './helpers/server';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const jsonBody = (properties: object) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties } } },
});

/** An OpenAPI 3.2 document: QUERY, COPY, and a `type: [boolean, 'null']` header. */
const SPEC_32 = {
  openapi: '3.2.0',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://kb.test' }],
  paths: {
    '/models': {
      get: { operationId: 'listModels', responses: ok },
      query: { summary: 'Search models', requestBody: jsonBody({ q: { type: 'string' } }), responses: ok },
      additionalOperations: { COPY: { requestBody: jsonBody({ to: { type: 'string' } }), responses: ok } },
    },
    '/flags': {
      post: {
        operationId: 'setFlag',
        parameters: [{ name: 'X-Flag', in: 'header', schema: { type: ['boolean', 'null'] } }],
        responses: ok,
      },
    },
  },
};

const multipart = (properties: object, encoding: object) => ({
  required: true,
  content: { 'multipart/form-data': { schema: { type: 'object', properties }, encoding } },
});
const meta = { type: 'object', properties: { owner: { type: 'string' }, count: { type: 'integer' } } };
const tags = { type: 'array', items: { type: 'string' } };

/** An OpenAPI 3.0 document: `nullable: true` headers (one `$ref`'d) and an exploded object part. */
const SPEC_30 = {
  openapi: '3.0.3',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://kb.test' }],
  components: {
    parameters: { Page: { name: 'X-Page', in: 'header', schema: { type: 'integer', nullable: true } } },
  },
  paths: {
    '/counts': {
      post: {
        operationId: 'setCount',
        parameters: [
          { name: 'X-Count', in: 'header', schema: { type: 'integer', nullable: true } },
          { $ref: '#/components/parameters/Page' },
        ],
        responses: ok,
      },
    },
    '/uploads': {
      post: {
        operationId: 'upload',
        requestBody: multipart(
          { name: { type: 'string' }, meta, tags },
          { meta: { style: 'form', explode: true }, tags: { style: 'form', explode: true } },
        ),
        responses: ok,
      },
    },
  },
};

/** What the server saw of a request: method, path, the headers named, the body (multipart: `name=text` parts). */
function seen(request: Recorded, headers: string[] = []): [string, string, Record<string, string | null>, string] {
  const type = request.headers['content-type'] ?? '';
  const body = type.startsWith('multipart/')
    ? parseMultipart(request.body, type)
        .map((part) => `${part.name}=${part.text}`)
        .join('&')
    : request.body.toString('utf8');
  const named = Object.fromEntries(headers.map((h) => [h, (request.headers[h] as string | undefined) ?? null]));
  return [request.method, request.path, named, body];
}

const answer: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{}');
};

const QUERY_SENT = [
  ['QUERY', '/models', {}, '{"q":"llama"}'],
  ['COPY', '/models', {}, '{"to":"b"}'],
];
const HEADERS = ['x-count', 'x-page', 'x-flag'];
const HEADERS_SENT = [
  ['POST', '/counts', { 'x-count': '3', 'x-page': '0', 'x-flag': null }, ''],
  ['POST', '/counts', { 'x-count': null, 'x-page': null, 'x-flag': null }, ''],
  ['POST', '/flags', { 'x-count': null, 'x-page': null, 'x-flag': 'false' }, ''],
  ['POST', '/flags', { 'x-count': null, 'x-page': null, 'x-flag': null }, ''],
];
const FORM = { tags: ['a', 'b'], ids: [1, 2], filter: { a: 'x y', b: 1 }, pipe: ['p', 'q'], raw: 'a/b?c', enc: 'a/b' };
const FORM_STYLES = {
  ids: { style: 'form', explode: false },
  filter: { style: 'deepObject', explode: true },
  pipe: { style: 'pipeDelimited', explode: false },
};
const FORM_SENT = [
  ['POST', '/form', {}, 'tags=a&tags=b&ids=1,2&filter%5Ba%5D=x%20y&filter%5Bb%5D=1&pipe=p%7Cq&raw=a/b?c&enc=a%2Fb'],
];
const UPLOAD_SENT = [['POST', '/uploads', {}, 'name=kb&meta={"owner":"ann","count":2}&tags=a&tags=b']];

describe('spec shapes, both targets, against 127.0.0.1', () => {
  const server = new TestServer();
  let root = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb32: new (options: object) => any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb30: new (options: object) => any;
  let warnings30: string[] = [];

  beforeAll(async () => {
    await server.start();
    server.otherwise(answer);
    root = tempDir('spec-shapes-r32s');
    for (const [name, spec] of [
      ['sdk32', SPEC_32],
      ['sdk30', SPEC_30],
    ] as const) {
      const result = await generateFrom(root, spec, null);
      if (name === 'sdk30') warnings30 = result.diagnostics.warnings.map((w) => `${w.code} ${w.pointer}`);
      writeFiles(path.join(root, name), result.files);
    }
    const load = async (name: string) =>
      ((await import(pathToFileURL(path.join(root, name, 'src', 'index.ts')).href)) as { Kb: typeof Kb32 }).Kb;
    Kb32 = await load('sdk32');
    Kb30 = await load('sdk30');
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const sent = (headers: string[] = []) => server.received().map((r) => seen(r, headers));

  it('TypeScript: QUERY sent with its body as `search`, COPY as `copy`', async () => {
    server.requests.length = 0;
    const client = new Kb32({ baseURL: server.url });
    await client.models.search({ q: 'llama' });
    await client.models.copy({ to: 'b' });
    expect(sent()).toEqual(QUERY_SENT);
  });

  it('TypeScript: nullable integer and boolean headers as text, null ones not at all', async () => {
    server.requests.length = 0;
    const client30 = new Kb30({ baseURL: server.url });
    const client32 = new Kb32({ baseURL: server.url });
    await client30.counts.create({ 'X-Count': 3, 'X-Page': 0 });
    await client30.counts.create({ 'X-Count': null, 'X-Page': null });
    await client32.flags.create({ 'X-Flag': false });
    await client32.flags.create({ 'X-Flag': null });
    expect(sent(HEADERS)).toEqual(HEADERS_SENT);
  });

  it('TypeScript: a 3.0 object part exploded is one JSON part (its style ignored, warned of); an array part repeats', async () => {
    server.requests.length = 0;
    const client = new Kb30({ baseURL: server.url });
    await client.uploads.create({ name: 'kb', meta: { owner: 'ann', count: 2 }, tags: ['a', 'b'] });
    expect(sent()).toEqual(UPLOAD_SENT);
    const ignored = '#/paths/~1uploads/post/requestBody/content/multipart~1form-data/encoding/meta';
    expect(warnings30).toContain(`ignored-part-style ${ignored}`);
  });

  it('TypeScript: a form written in its fields’ styles, allowReserved kept', async () => {
    server.requests.length = 0;
    const { styledFormBody } = (await import(
      pathToFileURL(path.join(root, 'sdk32', 'src', 'internal', 'encode-body.ts')).href
    )) as { styledFormBody: (styles: object, reserved: string[]) => unknown };
    const client = new Kb32({ baseURL: server.url });
    const encode = styledFormBody(FORM_STYLES, ['raw']);
    await client.request({ method: 'post', path: '/form', body: FORM, bodyEncoding: 'form', encode });
    expect(sent()).toEqual(FORM_SENT);
  });

  // (The Python half with SDKGEN_PYTHON_TESTS=full: two Python SDKs are too slow for `npm test`.)
  const py32 = PYTHON_FULL
    ? pythonSdk('spec-shapes-32', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC_32) } })
    : null;
  const py30 = PYTHON_FULL
    ? pythonSdk('spec-shapes-30', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC_30) } })
    : null;

  it.skipIf(!PYTHON_FULL)('Python: the same requests, QUERY from the sync and the async client', async () => {
    server.requests.length = 0;
    const run32 = await py32!.run(`
import asyncio, json
from kb_sdk import Client, AsyncClient

client = Client(base_url=${JSON.stringify(server.url)})
client.models.search(q="llama")

async def main() -> None:
    await AsyncClient(base_url=${JSON.stringify(server.url)}).models.search(q="llama")

asyncio.run(main())
client.flags.create(x_flag=False)
client.flags.create(x_flag=None)

from kb_sdk._qs import styled_form

form = styled_form(
    json.loads(${JSON.stringify(JSON.stringify(FORM))}),
    styles={"ids": ("form", False), "filter": ("deepObject", True), "pipe": ("pipeDelimited", False)},
    reserved=("raw",),
)
headers = {"Content-Type": "application/x-www-form-urlencoded"}
client.post("/form", body=form, cast_to=object, options={"headers": headers})
`);
    expect(run32.stderr).toBe('');
    const run30 = await py30!.run(`
from kb_sdk import Client

client = Client(base_url=${JSON.stringify(server.url)})
client.counts.create(x_count=3, x_page=0)
client.counts.create(x_count=None, x_page=None)
client.uploads.create(name="kb", meta={"owner": "ann", "count": 2}, tags=["a", "b"])
`);
    expect(run30.stderr).toBe('');
    expect(sent(HEADERS)).toEqual([
      ...[QUERY_SENT[0], QUERY_SENT[0]].map(([method, route, , body]) => [method, route, noHeaders, body]),
      HEADERS_SENT[2],
      HEADERS_SENT[3],
      [...FORM_SENT[0]!.slice(0, 2), noHeaders, FORM_SENT[0]![3]],
      HEADERS_SENT[0],
      HEADERS_SENT[1],
      // (The same parts; Python's JSON part comes after the text ones: httpx writes a form's fields before its files,
      // and a part with its own media type is one of those.)
      [...UPLOAD_SENT[0]!.slice(0, 2), noHeaders, 'name=kb&tags=a&tags=b&meta={"owner":"ann","count":2}'],
    ]);
  });
});

const noHeaders = { 'x-count': null, 'x-page': null, 'x-flag': null };

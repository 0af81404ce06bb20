/**
 * A method that returns one field of its response (a Stainless config's `unwrap_response_fields`) parses the body as
 * the field's own wrapper model and unwraps it with that model's `_unwrapper`, as Stainless's Python SDKs write it:
 * `cast_to=cast(Type[T], DataWrapper[T])`, `post_parser=DataWrapper[T]._unwrapper`; `_wrappers.py` declares a wrapper
 * for each such field (`ResultWrapper` for `result`). A field no model attribute can be named (`json`) goes through
 * the runtime's aliasing `field_wrapper`. The package is run against a local HTTP server: each method returns the
 * field's value, sync and async, and `.with_raw_response.<method>().parse()` too.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/model-rebuild.test.ts samples Python models (docs/contributing.md, "What `npm test` samples").
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  generatePythonFiles,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, object>, required: string[]) => ({ type: 'object', properties, required });
const wrapped = (field: string, schema: object) => json(object({ [field]: schema }, [field]));

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Shelf', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/books': {
      get: {
        operationId: 'listBooks',
        responses: { '200': { description: 'ok', ...wrapped('data', { type: 'array', items: ref('Book') }) } },
      },
    },
    '/books/{id}': {
      get: {
        operationId: 'getBook',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', ...wrapped('result', ref('Book')) } },
      },
    },
    '/books/{id}/raw': {
      get: {
        operationId: 'getRawBook',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', ...wrapped('json', ref('Book')) } },
      },
    },
  },
  components: {
    schemas: {
      Book: object({ id: { type: 'string' }, title: { type: 'string' } }, ['id']),
      BookList: { type: 'array', items: ref('Book') },
    },
  },
});

const CONFIG = [
  'organization: { name: shelf }',
  'targets:',
  '  python: { package_name: shelf }',
  'settings:',
  '  unwrap_response_fields: [data, result, json]',
  'resources:',
  '  books:',
  '    models:',
  '      book: "#/components/schemas/Book"',
  '    methods:',
  '      list: get /books',
  '      retrieve: get /books/{id}',
  '      retrieve_raw: get /books/{id}/raw',
  '',
].join('\n');

const CHECK = `
import asyncio, json, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from shelf import Shelf, AsyncShelf

BOOK = {"id": "b1", "title": "Dune"}
BODIES = {"/books": {"data": [BOOK]}, "/books/b1": {"result": BOOK}, "/books/b1/raw": {"json": BOOK}}

class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps(BODIES[self.path]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}"
client = Shelf(base_url=url, max_retries=0)
out = []
books = client.books.list()
out.append(f"list {type(books[0]).__name__} {books[0].title}")
book = client.books.retrieve("b1")
out.append(f"retrieve {type(book).__name__} {book.title}")
raw = client.books.retrieve_raw("b1")
out.append(f"retrieve_raw {type(raw).__name__} {raw.title}")
parsed = client.books.with_raw_response.retrieve("b1").parse()
out.append(f"raw response {type(parsed).__name__} {parsed.title}")

async def main():
    book = await AsyncShelf(base_url=url, max_retries=0).books.retrieve("b1")
    out.append(f"async retrieve {type(book).__name__} {book.title}")

asyncio.run(main())
server.shutdown()
server.server_close()
print("\\n".join(out))
`;

let dir: string;
let files: Map<string, string>;

beforeAll(async () => {
  dir = tempDir('py-field-wrappers');
  files = await generatePythonFiles(dir, SPEC, CONFIG);
  for (const [name, contents] of files) {
    mkdirSync(path.dirname(path.join(dir, 'sdk', name)), { recursive: true });
    writeFileSync(path.join(dir, 'sdk', name), contents);
  }
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe.runIf(PYTHON_FULL)('a method returning one field of its response', () => {
  if (!PYTHON_FULL) console.log(`python field wrappers: pyright on the package ${FULL_ONLY_NOTICE}`);

  it("parses the body as the field's wrapper model and unwraps it with the model's _unwrapper", () => {
    const books = file('src/shelf/resources/books.py');
    expect(books).toContain('post_parser=DataWrapper[BookListResponse]._unwrapper,');
    expect(books).toContain('cast_to=cast(Type[BookListResponse], DataWrapper[BookListResponse]),');
    expect(books).toContain('post_parser=ResultWrapper[Book]._unwrapper,');
    expect(books).toContain('cast_to=cast(Type[Book], ResultWrapper[Book]),');
    expect(books).toMatch(/^from typing import Type, cast$/m);
    expect(books).toMatch(/^from \.\._wrappers import DataWrapper, ResultWrapper, field_wrapper, field_unwrapper$/m);
  });

  it('declares a wrapper model for each field in _wrappers.py, listed in __all__', () => {
    const wrappers = file('src/shelf/_wrappers.py');
    expect(wrappers).toMatch(/^class DataWrapper\(GenericModel, Generic\[_T\]\):$/m);
    expect(wrappers).toMatch(/^class ResultWrapper\(GenericModel, Generic\[_T\]\):\n(?:.*\n)*? {4}result: _T$/m);
    expect(wrappers).toMatch(/^__all__ = \[.*"ResultWrapper"\]$/m);
    expect(wrappers).not.toContain('JsonWrapper');
  });

  it('goes through the aliasing field_wrapper for a field no model attribute can be named', () => {
    const books = file('src/shelf/resources/books.py');
    expect(books).toContain('post_parser=field_unwrapper("json"),');
    expect(books).toContain('cast_to=field_wrapper("json", Book),');
  });

  it('returns the field, sync, async and through a raw response', async () => {
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(dir, 'sdk', 'src'), PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'list Book Dune',
      'retrieve Book Dune',
      'retrieve_raw Book Dune',
      'raw response Book Dune',
      'async retrieve Book Dune',
    ]);
  }, 120_000);

  it.skipIf(!PYTHON_FULL)(
    'type-checks',
    async () => {
      const checked = [...files.keys()].filter((name) => name.startsWith('src/shelf/') && name.endsWith('.py'));
      expect(await pyrightErrorsUnderOwnSettings(path.join(dir, 'sdk'), checked)).toEqual([]);
    },
    300_000,
  );
});

/**
 * A Stainless `cursor_url` page of the Python SDK requests the next page's link with the query parameters of the
 * request before it that the link does not have, the link's own winning, as Stainless's Python runtime does
 * (`BasePage._info_to_options`: `_params_from_url` merges the last request's params with the URL's). Unlike the
 * TypeScript runtime, the parameters carry on to a page fetched by its link too (that request's params were the
 * merged ones): `?limit=2&tag=first` → `?p=2&tag=linked` gives `limit=2&tag=linked&p=2`, then `?p=3` gives
 * `limit=2&tag=linked&p=3`. Iterated sync and async against a server on 127.0.0.1.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Links', version: '1' },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'tag', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    next: { type: 'string', nullable: true },
                    items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: { Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization:
  name: links
pagination:
  - name: cursor_url_page
    type: cursor_url
    request: {}
    response:
      next:
        type: string
        x-stainless-pagination-property:
          purpose: cursor_url_field
      items:
        type: array
resources:
  items:
    models:
      item: Item
    methods:
      list: get /items
targets:
  python:
    package_name: links
`;

// The first page links to the second with a `tag` of its own; the second to the third with its page alone.
const PROGRAM = `
import asyncio, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

requested = []

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        requested.append(self.path)
        page = parse_qs(urlsplit(self.path).query).get("p", ["1"])[0]
        following = {"1": f"{base}/items?p=2&tag=linked", "2": f"{base}/items?p=3"}.get(page)
        payload = json.dumps({"next": following, "items": [{"id": f"item-{page}"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}"

from links import Links, AsyncLinks

ids = [item.id for item in Links(base_url=base, max_retries=0).items.list(limit=2, tag="first")]
sync_requested = list(requested)
requested.clear()

async def collect():
    return [item.id async for item in AsyncLinks(base_url=base, max_retries=0).items.list(limit=2, tag="first")]

async_ids = asyncio.run(collect())
print(json.dumps({"sync": [ids, sync_requested], "async": [async_ids, list(requested)]}))
server.shutdown()
`;

describe("a Stainless cursor_url page's next link (Python)", () => {
  if (!PYTHON_FULL) console.log(`python cursor_url pages: iterating against 127.0.0.1 ${FULL_ONLY_NOTICE}`);

  it.skipIf(!PYTHON_FULL)(
    'is requested with the query parameters of the request before it that it does not have',
    async () => {
      const dir = tempDir('python-cursor-url-query-');
      try {
        writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
        writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
        const out = path.join(dir, 'sdk');
        generatePython(path.join(dir, 'openapi.json'), out, path.join(dir, 'stainless.yml'));
        writeFileSync(path.join(dir, 'pages.py'), PROGRAM);
        const run = await runProcess(venvPython(), [path.join(dir, 'pages.py')], {
          cwd: dir,
          env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
          timeout: 2 * 60 * 1000,
        });
        expect(run.stderr + run.stdout).toContain('"sync"');
        const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, [string[], string[]]>;
        const expected = [
          ['item-1', 'item-2', 'item-3'],
          ['/items?limit=2&tag=first', '/items?limit=2&tag=linked&p=2', '/items?limit=2&tag=linked&p=3'],
        ];
        expect(result.sync).toEqual(expected);
        expect(result.async).toEqual(expected);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    3 * 60 * 1000,
  );
});

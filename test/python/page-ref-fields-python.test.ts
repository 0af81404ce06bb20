/**
 * A page field a Stainless config gives as a `$ref` to a spec schema (`meta: { $ref: '#/components/schemas/PageMeta' }`)
 * is typed by a model of the page's own, as an inline object field is (`EventsPagePageMeta(BaseModel)` in
 * `pagination.py`), not `object`: its fields are typed, an object the schema refers to is a model of its own too, and
 * a schema met again inside itself is `object` there. (The schema is a config model here: the IR types a page field
 * whose `$ref` names no named schema as unknown, so it is `object` still.) Iterating the list fetches every page from a server of
 * 127.0.0.1 and reads the field's values. With SDKGEN_PYTHON_TESTS=full, pyright strict under the SDK's own settings
 * and mypy check `pagination.py` and code reading the field.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /events:
    get:
      operationId: listEvents
      parameters: [{ name: cursor, in: query, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Event' } }
                  next_cursor: { type: [string, 'null'] }
                  meta: { $ref: '#/components/schemas/PageMeta' }
components:
  schemas:
    Event: { type: object, required: [id], properties: { id: { type: string } } }
    PageMeta:
      type: object
      required: [total]
      properties:
        total: { type: integer, description: How many events there are in all. }
        window: { $ref: '#/components/schemas/Window' }
        parent: { $ref: '#/components/schemas/PageMeta' }
    Window:
      type: object
      properties:
        first: { type: string }
        last: { type: [string, 'null'] }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: events_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
      meta:
        $ref: '#/components/schemas/PageMeta'
resources:
  events:
    models:
      event: Event
      page_meta: PageMeta
    methods:
      list: get /events
`;

/** Two events a page, each page's `meta` saying the total and the ids it spans. */
const PROGRAM = `
import json, threading, asyncio
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

EVENTS = [{"id": f"e{i}"} for i in range(1, 4)]

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        start = int(query.get("cursor", ["0"])[0])
        data = EVENTS[start : start + 2]
        end = start + len(data)
        body = {
            "data": data,
            "next_cursor": str(end) if end < len(EVENTS) else None,
            "meta": {"total": len(EVENTS), "window": {"first": data[0]["id"], "last": data[-1]["id"]}},
        }
        payload = json.dumps(body).encode()
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

from acme import Acme, AsyncAcme

for strict in (False, True):
    client = Acme(base_url=base, _strict_response_validation=strict)
    page = client.events.list()
    meta = page.meta
    assert meta is not None and meta.window is not None
    print([e.id for e in client.events.list()], type(meta).__name__, meta.total, type(meta.window).__name__, meta.window.first, meta.window.last)

async def main():
    page = await AsyncAcme(base_url=base).events.list(cursor="2")
    print([e.id async for e in AsyncAcme(base_url=base).events.list()], page.meta and page.meta.total)

asyncio.run(main())
`;

// As code using the SDK reads the page's field: checked by pyright and mypy.
const USAGE = `from __future__ import annotations

from acme import Acme
from acme.pagination import EventsPageMeta, EventsPageMetaWindow


def read(client: Acme) -> list[str]:
    page = client.events.list()
    meta: EventsPageMeta | None = page.meta
    total: int = meta.total if meta else 0
    window: EventsPageMetaWindow | None = meta.window if meta else None
    last: str | None = window.last if window else None
    return [event.id for event in page] + [str(total), last or ""]
`;

describe('a page field given as a $ref (Python)', () => {
  const sdk = pythonSdk(
    'py-page-ref-fields',
    { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 180_000 },
  );

  it('types the field by a model of the page, its fields and the objects it refers to typed too', () => {
    const pagination = sdk.read('src/acme/pagination.py');
    expect(pagination).toContain(
      [
        'class EventsPageMetaWindow(BaseModel):',
        '    first: Optional[str] = None',
        '',
        '    last: Optional[str] = None',
        '',
        '',
        'class EventsPageMeta(BaseModel):',
        '    total: int',
        '    """How many events there are in all."""',
        '',
        '    parent: Optional[object] = None',
        '',
        '    window: Optional[EventsPageMetaWindow] = None',
        '',
        '',
        'class SyncEventsPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):',
        '    data: List[_T]',
        '    next_cursor: Optional[str] = None',
        '    meta: Optional[EventsPageMeta] = None',
      ].join('\n'),
    );
    expect(pagination).toContain('class AsyncEventsPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):');
    expect(pagination).not.toMatch(/meta: Optional\[object\]/);
  });

  it('fetches every page and reads the field as its model, sync and async, loose and strict', async () => {
    const result = await sdk.run(PROGRAM);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      "['e1', 'e2', 'e3'] EventsPageMeta 3 EventsPageMetaWindow e1 e2",
      "['e1', 'e2', 'e3'] EventsPageMeta 3 EventsPageMetaWindow e1 e2",
      "['e1', 'e2', 'e3'] 3",
    ]);
  }, 60_000);

  if (!PYTHON_FULL) console.log(`a page field given as a $ref: pyright and mypy ${FULL_ONLY_NOTICE}`);
  it.skipIf(!PYTHON_FULL)(
    'type-checks pagination.py and code reading the field, pyright strict and mypy',
    async () => {
      writeFileSync(path.join(sdk.out, 'src/acme_usage.py'), USAGE);
      const files = ['src/acme/pagination.py', 'src/acme_usage.py'];
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, files)).toEqual([]);
      const mypy = await runProcess(venvPython(), ['-m', 'mypy', ...files], { cwd: sdk.out, timeout: 300_000 });
      expect(mypy.stdout + mypy.stderr).toContain('Success');
    },
    600_000,
  );
});

/**
 * Python pages of the pagination forms a Stainless config declares beyond a body object's fields: the items are
 * the body itself (`is_top_level_array`, a `fake_page`'s array field), a cursor, a page count or a has-more flag is
 * read from a header (`from_header`), the next URL from the `Link` header's `rel="next"`. Each page class has a
 * `build` classmethod that the client calls with the response. Also an offset page starting where the response says
 * (`offset_count_start_field`) and a `cursor_id` page going backwards (`previous_cursor_id_param`), reading its items'
 * ids through a runtime-checkable protocol (`HistoryPageItem`), as Stainless's pages do. Iterating a list
 * (sync `for`, async `async for`, in loose and strict mode) fetches every page from a server of 127.0.0.1. With
 * SDKGEN_PYTHON_TESTS=full, pyright strict under the SDK's own settings and mypy check `pagination.py` and a module
 * iterating the pages.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/page-ref-fields-python.test.ts samples Python pagination (docs/contributing.md, "What `npm test`
// samples").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, pyrightErrorsUnderOwnSettings, PYTHON_FULL, runMypy } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const arrayOf = (ref: string) =>
  `{ '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/${ref}' } } } } } }`;

const SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /events:
    get:
      operationId: listEvents
      parameters: [{ name: after, in: query, schema: { type: string } }]
      responses: ${arrayOf('Event')}
  /tags:
    get:
      operationId: listTags
      responses: ${arrayOf('Tag')}
  /logs:
    get:
      operationId: listLogs
      parameters: [{ name: from, in: query, schema: { type: string } }]
      responses: ${arrayOf('Tag')}
  /jobs:
    get:
      operationId: listJobs
      parameters: [{ name: offset, in: query, schema: { type: integer } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  jobs: { type: array, items: { $ref: '#/components/schemas/Tag' } }
                  start: { type: integer }
  /history:
    get:
      operationId: listHistory
      parameters:
        - { name: starting_after, in: query, schema: { type: string } }
        - { name: ending_before, in: query, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Event' } }
  /feed:
    get:
      operationId: listFeed
      parameters:
        - { name: after, in: query, schema: { type: string } }
        - { name: before, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  entries: { type: array, items: { $ref: '#/components/schemas/Event' } }
                  page_info:
                    type: object
                    required: [page_size]
                    properties:
                      after: { type: [string, 'null'] }
                      before: { type: [string, 'null'] }
                      page_size: { type: integer }
  /notes:
    get:
      operationId: listNotes
      parameters: [{ name: page, in: query, schema: { type: integer } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  notes: { type: array, items: { $ref: '#/components/schemas/Tag' } }
components:
  schemas:
    Event: { type: object, required: [id], properties: { id: { type: string } } }
    Tag: { type: object, required: [name], properties: { name: { type: string } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: events_page
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      events:
        type: array
        x-stainless-pagination-property: { is_top_level_array: true }
      next_cursor:
        type: string
        x-stainless-pagination-property: { purpose: next_cursor_field, from_header: X-Next-Cursor }
      has_more:
        type: boolean
        x-stainless-pagination-property: { purpose: has_next_page, from_header: X-Has-More }
  - name: link_page
    type: cursor_url
    request:
      from: { type: string }
    response:
      entries:
        type: array
        x-stainless-pagination-property: { is_top_level_array: true }
      next:
        type: string
        x-stainless-pagination-property: { purpose: cursor_url_field, from_header: Link }
  - name: jobs_page
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
    response:
      jobs: { type: array }
      start: { type: integer, x-stainless-pagination-property: { purpose: offset_count_start_field } }
      total:
        type: integer
        x-stainless-pagination-property: { purpose: offset_total_count_field, from_header: X-Total-Count }
  - name: history_page
    type: cursor_id
    request:
      starting_after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_id_param } }
      ending_before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_id_param } }
    response:
      data:
        type: array
        items: { type: object, properties: { id: { type: string, x-stainless-pagination-property: { purpose: cursor_item_id } } } }
  # A cursor page that pages backwards when asked \`before\` a cursor; its cursors in an object of its own.
  - name: feed_page
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_param } }
      limit: { type: integer }
    response:
      page_info:
        type: object
        required: [page_size]
        properties:
          after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
          before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_field } }
          page_size: { type: integer, description: How many entries a page holds. }
      entries: { type: array }
  # Last: a bare array body matches it, and the first scheme a method matches pages it.
  - name: single_page
    type: fake_page
    response:
      items: { type: array }
  - name: notes_page
    type: page_number
    request:
      page: { type: integer, x-stainless-pagination-property: { purpose: page_number_param } }
    response:
      notes: { type: array }
      total_pages:
        type: integer
        x-stainless-pagination-property: { purpose: total_page_count_field, from_header: X-Total-Pages }
resources:
  events:
    models:
      event: Event
    methods:
      list: get /events
  tags:
    models:
      tag: Tag
    methods:
      list: get /tags
  logs:
    methods:
      list: get /logs
  jobs:
    methods:
      list: get /jobs
  history:
    methods:
      list: get /history
  notes:
    methods:
      list: get /notes
  feed:
    methods:
      list: get /feed
`;

/**
 * The server: events two a page, the cursor (and `X-Has-More`) in headers, the last page naming a cursor it says not
 * to follow; tags one page; logs two pages linked by `Link`; notes numbered, three pages by `X-Total-Pages`; jobs
 * by offset, each page saying where it starts (one on from the offset asked for: the next offset is counted from
 * there), the total in `X-Total-Count`; history by the last item's id, or backwards by the first one's when the list
 * is asked for `ending_before` an id.
 */
const PROGRAM = `
import json, threading, asyncio
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

EVENTS = [{"id": f"e{i}"} for i in range(1, 6)]
seen = []

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        seen.append(self.path)
        headers = {}
        if url.path == "/events":
            after = query.get("after", [None])[0]
            start = 0 if after is None else [e["id"] for e in EVENTS].index(after) + 1
            body = EVENTS[start : start + 2]
            headers["X-Next-Cursor"] = body[-1]["id"]
            headers["X-Has-More"] = "true" if start + 2 < len(EVENTS) else "false"
            if "more" in query:
                headers["X-Has-More"] = query["more"][0]
        elif url.path == "/tags":
            body = [{"name": "a"}, {"name": "b"}]
        elif url.path == "/logs":
            second = query.get("from", [None])[0] == "2"
            body = [{"name": "log2" if second else "log1"}]
            if not second:
                headers["Link"] = f'<{base}/logs?from=2>; rel="next", <{base}/logs>; rel="first"'
        elif url.path == "/history":
            ids = [e["id"] for e in EVENTS]
            after = query.get("starting_after", [None])[0]
            before = query.get("ending_before", [None])[0]
            if before is not None:
                end = ids.index(before)
                body = {"data": EVENTS[max(end - 2, 0) : end]}
            else:
                start = 0 if after is None else ids.index(after) + 1
                body = {"data": EVENTS[start : start + 2]}
        elif url.path == "/feed":
            # Two a page, after a cursor or before one; each page names the cursors on either side of it.
            ids = [e["id"] for e in EVENTS]
            after = query.get("after", [None])[0]
            before = query.get("before", [None])[0]
            if before is not None:
                end = ids.index(before)
                start = max(end - 2, 0)
            else:
                start = 0 if after is None else ids.index(after) + 1
                end = start + 2
            entries = EVENTS[start:end]
            info = {"page_size": 2}
            if end < len(EVENTS):
                info["after"] = entries[-1]["id"]
            if start > 0:
                info["before"] = entries[0]["id"]
            body = {"entries": entries, "page_info": info}
        elif url.path == "/jobs":
            # The page says where it starts: one on from the offset asked for.
            start = int(query.get("offset", ["0"])[0]) + 1
            body = {"jobs": [{"name": f"j{i}"} for i in range(start, min(start + 2, 6))], "start": start}
            headers["X-Total-Count"] = "6"
        else:
            page = int(query.get("page", ["1"])[0])
            body = {"notes": [{"name": f"n{page}"}]}
            headers["X-Total-Pages"] = "3"
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in headers.items():
            self.send_header(key, value)
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
    print(
        [e.id for e in client.events.list()],
        [t.name for t in client.tags.list()],
        [t.name for t in client.logs.list()],
        [n.name for n in client.notes.list()],
        [j.name for j in client.jobs.list()],
    )
history = Acme(base_url=base).history
print([e.id for e in history.list()], [e.id for e in history.list(ending_before="e5")])
first = Acme(base_url=base).events.list()
print(type(first).__name__, first.events[0].id, first.next_cursor, first.has_more, first.has_next_page())

async def main():
    client = AsyncAcme(base_url=base)
    print(
        [e.id async for e in client.events.list()],
        [t.name async for t in client.tags.list()],
        [t.name async for t in client.logs.list()],
        [n.name async for n in client.notes.list()],
        [j.name async for j in client.jobs.list()],
    )
    page = await client.notes.list()
    print(type(page).__name__, page.total_pages)

asyncio.run(main())
for strict in (False, True):
    feed = Acme(base_url=base, _strict_response_validation=strict).feed
    print([e.id for e in feed.list()], [e.id for e in feed.list(before="e5")])
page = Acme(base_url=base).feed.list(before="e5")
print(type(page.page_info).__name__, page.page_info and page.page_info.before, page.page_info and page.page_info.page_size)

async def backwards():
    return [e.id async for e in AsyncAcme(base_url=base).feed.list(before="e5")]

print(asyncio.run(backwards()), [p for p in seen if p.startswith("/feed?before")][:2])
print(seen[:11])
# A has-more header as Stainless's coerce_boolean reads it: "true", "1" and "on" as they are, anything else false.
print([(v, p.has_more, p.has_next_page()) for v in ("true", "1", "on", "True", "false", "0") for p in [Acme(base_url=base).events.list(extra_query={"more": v})]])
`;

// As code using the SDK iterates pages and reads their header values: checked by pyright and mypy.
const USAGE = `from __future__ import annotations

from acme import Acme, AsyncAcme
from acme.types import Event
from acme.pagination import FeedPagePageInfo


def read(client: Acme) -> list[str]:
    page = client.events.list()
    cursor: str | None = page.next_cursor
    more: bool | None = page.has_more
    events: list[Event] = list(page)
    return [event.id for event in events] + [cursor or "", str(more)]


async def read_async(client: AsyncAcme) -> list[str]:
    page = await client.notes.list()
    total: int | None = page.total_pages
    return [note.name async for note in client.notes.list()] + [str(total)]


def feed(client: Acme) -> list[str]:
    page = client.feed.list(before="e5")
    info: FeedPagePageInfo | None = page.page_info
    before: str | None = info.before if info else None
    size: int = info.page_size if info else 0
    return [event.id for event in page] + [before or "", str(size)]
`;

describe.runIf(PYTHON_FULL)('pages from headers and bare array bodies (Python)', () => {
  const sdk = pythonSdk(
    'py-pages-from-headers',
    { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 180_000 },
  );

  it('writes a build classmethod that reads the bare array and the headers', () => {
    const pagination = sdk.read('src/acme/pagination.py');
    const events = pagination.slice(
      pagination.indexOf('class SyncEventsPage('),
      pagination.indexOf('class AsyncEventsPage('),
    );
    expect(events).toContain(
      '    events: List[_T]\n    next_cursor: Optional[str] = None\n    has_more: Optional[bool] = None\n',
    );
    expect(events).toContain(
      'def build(cls: Type[_BaseModelT], *, response: Response, data: object) -> _BaseModelT:  # noqa: ARG003\n',
    );
    expect(events).toContain('**(cast(Mapping[str, Any], data) if is_mapping(data) else {"events": data}),');
    expect(events).toContain('"next_cursor": response.headers.get("X-Next-Cursor"),');
    expect(events).toContain('"has_more": maybe_coerce_boolean(response.headers.get("X-Has-More")),');
    // A has-more flag of false ends the list; one left out does not.
    expect(events).toContain('        if has_more is not None and has_more is False:\n            return False\n');
    expect(pagination).toContain('"next": response.links.get("next", {}).get("url"),');
    expect(pagination).toContain('"total_pages": maybe_coerce_integer(response.headers.get("X-Total-Pages")),');
    expect(pagination).toContain('\nfrom httpx import Response\n');
    expect(pagination).toContain('from ._utils import is_mapping, maybe_coerce_boolean, maybe_coerce_integer\n');
    const jobs = pagination.slice(
      pagination.indexOf('class SyncJobsPage('),
      pagination.indexOf('class AsyncJobsPage('),
    );
    expect(jobs).toContain(
      [
        '        start = self.start',
        '        if start is None:',
        '            return None  # type: ignore[unreachable]',
        '',
        '        length = len(self._get_page_items())',
        '        current_count = start + length',
        '',
        '        total = self.total',
        '        if total is None:',
        '            return None',
        '',
        '        if current_count < total:',
        '            return PageInfo(params={"offset": current_count})',
        '',
        '        return None',
      ].join('\n'),
    );
    const history = pagination.slice(
      pagination.indexOf('class SyncHistoryPage('),
      pagination.indexOf('class AsyncHistoryPage('),
    );
    // A cursor_id page reads its items' ids through a runtime-checkable protocol, as Stainless's pages do (the id
    // optional: the config's items do not require it).
    expect(pagination).toContain(
      '@runtime_checkable\nclass HistoryPageItem(Protocol):\n    id: Optional[str]\n\n\nclass SyncHistoryPage(',
    );
    expect(pagination).toContain('from typing_extensions import Protocol, override, runtime_checkable\n');
    expect(pagination).not.toMatch(/__all__ = \[[^\]]*"HistoryPageItem"/);
    expect(history).toContain(
      [
        '        is_forwards = not self._options.params.get("ending_before", False)',
        '',
        '        data = self.data',
        '        if not data:',
        '            return None',
        '',
        '        if is_forwards:',
        '            item = cast(Any, data[-1])',
        '            if not isinstance(item, HistoryPageItem) or item.id is None:',
        '                # TODO emit warning log',
        '                return None',
        '',
        '            return PageInfo(params={"starting_after": item.id})',
        '        else:',
        '            item = cast(Any, self.data[0])',
        '            if not isinstance(item, HistoryPageItem) or item.id is None:',
        '                # TODO emit warning log',
        '                return None',
        '',
        '            return PageInfo(params={"ending_before": item.id})',
      ].join('\n'),
    );
    // The fake page reads no header: its build says so to Ruff (as every build does, as Stainless's).
    const single = pagination.slice(
      pagination.indexOf('class SyncSinglePage('),
      pagination.indexOf('class AsyncSinglePage('),
    );
    expect(single).toContain('-> _BaseModelT:  # noqa: ARG003');
    expect(sdk.read('src/acme/resources/events.py')).toContain('-> SyncEventsPage[Event]:');
    expect(sdk.read('src/acme/resources/events.py')).toContain('-> AsyncPaginator[Event, AsyncEventsPage[Event]]:');
  });

  it('types an object field by a model of its own, declares the fields in the config order, pages backwards', () => {
    const pagination = sdk.read('src/acme/pagination.py');
    expect(pagination).toContain(
      [
        'class FeedPagePageInfo(BaseModel):',
        '    page_size: int',
        '    """How many entries a page holds."""',
        '',
        '    after: Optional[str] = None',
        '',
        '    before: Optional[str] = None',
        '',
        '',
        'class SyncFeedPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):',
        '    page_info: Optional[FeedPagePageInfo] = None',
        '    entries: List[_T]',
      ].join('\n'),
    );
    expect(pagination).toMatch(/"FeedPagePageInfo",\n\s+"SyncFeedPage",\n\s+"AsyncFeedPage",/);
    const feed = pagination.slice(
      pagination.indexOf('class SyncFeedPage('),
      pagination.indexOf('class AsyncFeedPage('),
    );
    expect(feed).toContain(
      [
        '        if self._options.params.get("before"):',
        '            before = None',
        '            if self.page_info is not None:',
        '                if self.page_info.before is not None:',
        '                    before = self.page_info.before',
        '            if not before:',
        '                return None',
        '',
        '            return PageInfo(params={"before": before})',
        '',
        '        after = None',
        '        if self.page_info is not None:',
        '            if self.page_info.after is not None:',
        '                after = self.page_info.after',
        '        if not after:',
        '            return None',
        '',
        '        return PageInfo(params={"after": after})',
      ].join('\n'),
    );
  });

  it('fetches every page, following the headers, sync and async, loose and strict', async () => {
    const result = await sdk.run(PROGRAM);
    expect(result.stderr).toBe('');
    const all =
      "['e1', 'e2', 'e3', 'e4', 'e5'] ['a', 'b'] ['log1', 'log2'] ['n1', 'n2', 'n3'] ['j1', 'j2', 'j4', 'j5']";
    expect(result.stdout.trim().split('\n')).toEqual([
      all,
      all,
      "['e1', 'e2', 'e3', 'e4', 'e5'] ['e3', 'e4', 'e1', 'e2']",
      'SyncEventsPage[Event] e1 e2 True True',
      all,
      'AsyncNotesPage[Tag] 3',
      "['e1', 'e2', 'e3', 'e4', 'e5'] ['e3', 'e4', 'e1', 'e2']",
      "['e1', 'e2', 'e3', 'e4', 'e5'] ['e3', 'e4', 'e1', 'e2']",
      'FeedPagePageInfo e3 2',
      "['e3', 'e4', 'e1', 'e2'] ['/feed?before=e5', '/feed?before=e3']",
      "['/events', '/events?after=e2', '/events?after=e4', '/tags', '/logs', '/logs?from=2', '/notes', '/notes?page=2', '/notes?page=3', '/jobs', '/jobs?offset=3']",
      "[('true', True, True), ('1', True, True), ('on', True, True), ('True', False, False), ('false', False, False), ('0', False, False)]",
    ]);
  }, 60_000);

  if (!PYTHON_FULL) console.log(`pages from headers: pyright and mypy ${FULL_ONLY_NOTICE}`);
  it.skipIf(!PYTHON_FULL)(
    'type-checks pagination.py and code reading the pages, pyright strict and mypy',
    async () => {
      writeFileSync(path.join(sdk.out, 'src/acme_usage.py'), USAGE);
      const files = ['src/acme/pagination.py', 'src/acme/_base_client.py', 'src/acme_usage.py'];
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, files)).toEqual([]);
      const mypy = await runMypy(sdk.out, files);
      expect(mypy.stdout + mypy.stderr).toContain('Success');
    },
    600_000,
  );
});

/**
 * The TypeScript runtime's pages beyond the plain forms, against a server of 127.0.0.1: a cursor list asked for with
 * its previous-cursor parameter goes on backwards (a Stainless `cursor` scheme's `previous_cursor_param` and
 * `previous_cursor_field`; a `cursor_id` one's `previous_cursor_id_param`: before the first item's id), and an offset
 * page counts on from where the response says it starts (a Stainless `offset_count_start_field`), as the Python
 * runtime's pages do (test/python/page-forms-python.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { json, type Handler } from './helpers/server';
import { setup } from './helpers/setup';

const t = setup();

const ALL = Array.from({ length: 5 }, (_, i) => ({ id: `i${i + 1}` }));
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

/** Two a page, after a cursor or before one; `page_info` names the cursors on either side of the page. */
const feed: Handler = (req, res) => {
  const all = ids(ALL);
  const after = req.query.get('after');
  const before = req.query.get('before');
  const end = before ? all.indexOf(before) : (after ? all.indexOf(after) + 1 : 0) + 2;
  const start = Math.max(end - 2, 0);
  const entries = ALL.slice(start, end);
  const pageInfo = {
    ...(end < ALL.length ? { after: entries[entries.length - 1]!.id } : {}),
    ...(start > 0 ? { before: entries[0]!.id } : {}),
  };
  json(200, { entries, page_info: pageInfo })(req, res, 0);
};

describe('cursor lists asked for with the previous-cursor parameter', () => {
  test('a cursor scheme follows the previous cursor backwards, the next one forwards', async () => {
    t.server.on('GET /feed', feed);
    class FeedPage extends t.sdk.CursorPage {
      static shape = {
        items: ['entries'],
        cursor: 'after',
        previousCursorParam: 'before',
        nextCursor: ['page_info', 'after'],
        previousCursor: ['page_info', 'before'],
      };
    }
    const forwards = [];
    for await (const item of t.client().requestPage(FeedPage, { method: 'get', path: '/feed' })) forwards.push(item);
    expect(ids(forwards)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    const backwards = [];
    const list = t.client().requestPage(FeedPage, { method: 'get', path: '/feed', query: { before: 'i5' } });
    for await (const item of list) backwards.push(item);
    expect(ids(backwards)).toEqual(['i3', 'i4', 'i1', 'i2']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/feed',
      '/feed?after=i2',
      '/feed?after=i4',
      '/feed?before=i5',
      '/feed?before=i3',
    ]);
    const first = await t.client().requestPage(FeedPage, { method: 'get', path: '/feed', query: { before: 'i3' } });
    expect(first.hasNextPage()).toBe(false);
    expect(first.nextPageRequestOptions()).toBeNull();
  });

  test("a cursor_id scheme goes on before the first item's id, until a page comes back empty", async () => {
    t.server.on('GET /id-items', (req, res) => {
      const all = ids(ALL);
      const after = req.query.get('starting_after');
      const before = req.query.get('ending_before');
      const end = before ? all.indexOf(before) : (after ? all.indexOf(after) + 1 : 0) + 2;
      json(200, { data: ALL.slice(Math.max(end - 2, 0), end) })(req, res, 0);
    });
    class IdPage extends t.sdk.CursorPage {
      static shape = {
        items: ['data'],
        cursor: 'starting_after',
        previousCursorParam: 'ending_before',
        nextCursorItem: ['id'],
      };
    }
    const items = [];
    const list = t.client().requestPage(IdPage, { method: 'get', path: '/id-items', query: { ending_before: 'i5' } });
    for await (const item of list) items.push(item);
    expect(ids(items)).toEqual(['i3', 'i4', 'i1', 'i2']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/id-items?ending_before=i5',
      '/id-items?ending_before=i3',
      '/id-items?ending_before=i1',
    ]);
  });
});

describe('offset pages that say where they start', () => {
  /** Each page starts one on from the offset asked for, and says so; six items in all. */
  const jobs =
    (sayStart: boolean): Handler =>
    (req, res) => {
      const start = Number(req.query.get('offset') ?? 0) + 1;
      const page = Array.from({ length: Math.max(Math.min(2, 7 - start), 0) }, (_, i) => ({ id: `j${start + i}` }));
      json(200, { jobs: page, ...(sayStart ? { start } : {}), total: 6 })(req, res, 0);
    };
  // (Declared once the SDK is built, which a test's setup does.)
  const jobsPage = () =>
    class JobsPage extends t.sdk.OffsetPage {
      static shape = { items: ['jobs'], offset: 'offset', offsetStart: ['start'], totalCount: ['total'] };
    };

  test('the next offset counts on from the start the page says, up to the total', async () => {
    t.server.on('GET /jobs', jobs(true));
    const items = [];
    for await (const item of t.client().requestPage(jobsPage(), { method: 'get', path: '/jobs' })) items.push(item);
    expect(ids(items)).toEqual(['j1', 'j2', 'j4', 'j5']);
    expect(t.server.received().map((r) => r.url)).toEqual(['/jobs', '/jobs?offset=3']);
  });

  test('a page that does not say where it starts is the last', async () => {
    t.server.on('GET /jobs', jobs(false));
    const page = await t.client().requestPage(jobsPage(), { method: 'get', path: '/jobs' });
    expect(ids(page.getPaginatedItems() as Array<{ id: string }>)).toEqual(['j1', 'j2']);
    expect(page.hasNextPage()).toBe(false);
  });
});

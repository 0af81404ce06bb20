/** Pagination schemes and their stopping rules, with exact request counts. */
import { describe, expect, test } from 'vitest';
import { json, type Handler } from './helpers/server';
import { caught, setup } from './helpers/setup';

const t = setup();

const ALL = Array.from({ length: 5 }, (_, i) => ({ id: `i${i + 1}`, name: `item ${i + 1}` }));
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

/** `?page=N&pageSize=S` over ALL, with pagination totals. */
const numbered: Handler = (req, res) => {
  const page = Number(req.query.get('page') ?? 1);
  const size = Number(req.query.get('pageSize') ?? 2);
  json(200, {
    items: ALL.slice((page - 1) * size, page * size),
    pagination: { currentPage: page, pageSize: size, totalPages: Math.ceil(ALL.length / size) },
  })(req, res, 0);
};

/** Cursor = id of the last item sent. */
const cursored: Handler = (req, res) => {
  const cursor = req.query.get('cursor');
  const limit = Number(req.query.get('limit') ?? 2);
  const start = cursor ? ALL.findIndex((item) => item.id === cursor) + 1 : 0;
  const data = ALL.slice(start, start + limit);
  const more = start + limit < ALL.length;
  json(200, { data, next_cursor: more ? data[data.length - 1]?.id : null, has_more: more })(req, res, 0);
};

describe('page numbers', () => {
  test('with totals: every item, and no request past the last page', async () => {
    t.server.on('GET /items', numbered);
    const items = [];
    for await (const item of t.client().items.list({ pageSize: 2 })) items.push(item);
    expect(ids(items)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/items?pageSize=2',
      '/items?page=2&pageSize=2',
      '/items?page=3&pageSize=2',
    ]);
  });

  test('page objects: body fields, hasNextPage, getNextPage, iterPages', async () => {
    t.server.on('GET /items', numbered);
    const first = await t.client().items.list({ pageSize: 3 });
    expect(first).toBeInstanceOf(t.sdk.NumberedPage);
    expect(ids(first.items)).toEqual(['i1', 'i2', 'i3']);
    expect(first.pagination).toEqual({ currentPage: 1, pageSize: 3, totalPages: 2 });
    expect(ids(first.getPaginatedItems())).toEqual(['i1', 'i2', 'i3']);
    expect(first.response.status).toBe(200);
    expect(first.hasNextPage()).toBe(true);
    expect(first.nextPageRequestOptions()).toEqual({ method: 'get', path: '/items', query: { pageSize: 3, page: 2 } });
    const second = await first.getNextPage();
    expect(second.nextPageRequestOptions()).toBeNull();
    expect(ids(second.items)).toEqual(['i4', 'i5']);
    expect(second.hasNextPage()).toBe(false);
    expect(await caught(() => second.getNextPage())).toBeInstanceOf(t.sdk.TestError);
    const pages = [];
    for await (const page of first.iterPages()) pages.push(ids(page.items));
    expect(pages).toEqual([
      ['i1', 'i2', 'i3'],
      ['i4', 'i5'],
    ]);
    const fromPage = [];
    for await (const item of second) fromPage.push(item.id);
    expect(fromPage).toEqual(['i4', 'i5']);
    expect(t.server.received()).toHaveLength(3);
  });

  test('without totals: stops on the first empty page', async () => {
    t.server.on('GET /plain-items', (req, res) => {
      const page = Number(req.query.get('page') ?? 1);
      json(200, { data: page <= 2 ? [{ id: `p${page}` }] : [] })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listPlain()) items.push(item.id);
    expect(items).toEqual(['p1', 'p2']);
    expect(t.server.received()).toHaveLength(3);
  });

  test('a server that ignores the page number (same page forever) ends after one repeat', async () => {
    t.server.on('GET /plain-items', json(200, { data: [{ id: 'same' }, { id: 'again' }] }));
    const items = [];
    for await (const item of t.client().items.listPlain()) items.push(item.id);
    expect(items).toEqual(['same', 'again']);
    expect(t.server.received()).toHaveLength(2);
  });

  test('a per-request page override starts there, and does not pin every page to it', async () => {
    t.server.on('GET /items', numbered);
    const items = [];
    for await (const item of t
      .client()
      .items.list({ pageSize: 2 }, { query: { page: 2 }, headers: { 'X-Trace': 'abc' } })) {
      items.push(item.id);
    }
    expect(items).toEqual(['i3', 'i4', 'i5']);
    const received = t.server.received();
    expect(received.map((r) => r.query.get('page'))).toEqual(['2', '3']);
    // Per-request options (here a header) apply to every page.
    expect(received.map((r) => r.headers['x-trace'])).toEqual(['abc', 'abc']);
  });

  test('totalCount and the page size sent stand in for totalPages', async () => {
    t.server.on('GET /counted-items', (req, res) => {
      const page = Number(req.query.get('page') ?? 1);
      const size = Number(req.query.get('pageSize'));
      json(200, { items: ALL.slice((page - 1) * size, page * size), meta: { total: ALL.length } })(req, res, 0);
    });
    const items = [];
    const list = t
      .client()
      .requestPage(t.sdk.CountedPage, { method: 'get', path: '/counted-items', query: { pageSize: 2 } });
    for await (const item of list) items.push(item.id);
    expect(items).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received()).toHaveLength(3); // ceil(5 / 2): no request for a fourth, empty page
  });

  test('withResponse on a list', async () => {
    t.server.on('GET /items', numbered);
    const { data, response } = await t.client().items.list({ pageSize: 5 }).withResponse();
    expect(ids(data.items)).toHaveLength(5);
    expect(data.hasNextPage()).toBe(false);
    expect(response.headers.get('content-type')).toBe('application/json');
  });
});

describe('cursors', () => {
  test('follows next_cursor until it is null', async () => {
    t.server.on('GET /cursor-items', cursored);
    const items = [];
    for await (const item of t.client().items.listByCursor({ limit: 2 })) items.push(item.id);
    expect(items).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/cursor-items?limit=2',
      '/cursor-items?cursor=i2&limit=2',
      '/cursor-items?cursor=i4&limit=2',
    ]);
  });

  test('a field the page says is there is there when the body leaves it out (the items too)', async () => {
    t.server.on('GET /cursor-items', json(200, { next_cursor: null }));
    const page = await t.client().items.listByCursor();
    expect(page.data).toEqual([]);
    expect(page.has_more).toBe(false);
    expect(page.next_cursor).toBeNull();
    expect(page.hasNextPage()).toBe(false);
    expect(t.server.received()).toHaveLength(1);
  });

  test('a cursor equal to the one just sent ends the list (no infinite loop)', async () => {
    t.server.on('GET /cursor-items', (req, res) => {
      const cursor = req.query.get('cursor');
      json(200, { data: [{ id: cursor ? 'second' : 'first' }], next_cursor: 'stuck', has_more: true })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listByCursor()) items.push(item.id);
    expect(items).toEqual(['first', 'second']);
    expect(t.server.received()).toHaveLength(2);
  });

  test("nextPageRequestOptions: the next cursor, with the call's own options kept", async () => {
    t.server.on('GET /cursor-items', cursored);
    const page = await t
      .client()
      .items.listByCursor({ limit: 2 }, { headers: { 'X-Trace': 't1' }, query: { extra: 'x' } });
    expect(page.nextPageRequestOptions()).toEqual({
      headers: { 'X-Trace': 't1' },
      method: 'get',
      path: '/cursor-items',
      query: { limit: 2, cursor: 'i2', extra: 'x' },
    });
    const next = await page.getNextPage();
    expect(next.nextPageRequestOptions()?.query).toEqual({ limit: 2, cursor: 'i4', extra: 'x' });
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/cursor-items?limit=2&extra=x',
      '/cursor-items?cursor=i2&limit=2&extra=x',
    ]);
  });

  test('empty-string cursor and has_more: false end the list', async () => {
    t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }], next_cursor: '' }));
    expect((await t.client().items.listByCursor()).hasNextPage()).toBe(false);
    t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }], next_cursor: 'more', has_more: false }));
    const page = await t.client().items.listByCursor();
    expect(page.hasNextPage()).toBe(false);
    expect(page.has_more).toBe(false);
    expect(t.server.received()).toHaveLength(2);
  });

  test("has_more as the string 'false' in the body does not end the list (Stainless's `this.has_more === false`)", async () => {
    t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }], next_cursor: 'more', has_more: 'false' }));
    const page = await t.client().items.listByCursor();
    expect(page.hasNextPage()).toBe(true);
    expect(page.nextPageRequestOptions()?.query).toMatchObject({ cursor: 'more' });
  });

  // Stainless's page sets `this.has_more = body.has_more || false` for a `has_more: boolean` it declares, then ends on
  // `this.has_more === false`: a flag left out, null, 0 or '' ends the list; 'false' and true do not (openai-node's
  // CursorPage, run against a server with each value).
  test("a has_more the page declares as a boolean, left out or falsy, ends the list (Stainless's `body.has_more || false`)", async () => {
    const answers: Array<[Record<string, unknown>, boolean]> = [
      [{}, false],
      [{ has_more: null }, false],
      [{ has_more: 0 }, false],
      [{ has_more: '' }, false],
      [{ has_more: false }, false],
      [{ has_more: 'false' }, true],
      [{ has_more: true }, true],
      [{ has_more: 1 }, true],
    ];
    for (const [fields, more] of answers) {
      t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }], next_cursor: 'more', ...fields }));
      const page = await t.client().items.listByCursor();
      expect([fields, page.hasNextPage()]).toEqual([fields, more]);
      expect([fields, page.nextPageRequestOptions() !== null]).toEqual([fields, more]);
    }
    const items = [];
    t.server.on('GET /cursor-items', (req, res) =>
      json(200, { data: [{ id: req.query.get('cursor') ? 'b' : 'a' }], next_cursor: 'more' })(req, res, 0),
    );
    for await (const item of t.client().items.listByCursor()) items.push(item.id);
    expect(items).toEqual(['a']);
  });

  // Stainless's page sets `this.next_cursor = body.next_cursor || null` for a nullable field it declares (its shape's
  // `absent: { next_cursor: 'null' }`): left out or falsy, the page's field is null; a cursor stays as it came.
  test("a nullable page field, left out or falsy, is null on the page (Stainless's `|| null`)", async () => {
    const answers: Array<[Record<string, unknown>, unknown]> = [
      [{}, null],
      [{ next_cursor: null }, null],
      [{ next_cursor: '' }, null],
      [{ next_cursor: 'c1' }, 'c1'],
    ];
    for (const [fields, value] of answers) {
      t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }], has_more: false, ...fields }));
      const page = await t.client().items.listByCursor();
      expect([fields, page.next_cursor]).toEqual([fields, value]);
      expect([fields, Object.prototype.hasOwnProperty.call(page, 'next_cursor')]).toEqual([fields, true]);
    }
  });

  test('a page whose response has no next cursor, or a null one, is the last', async () => {
    t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }] }));
    const absent = await t.client().items.listByCursor();
    expect(absent.hasNextPage()).toBe(false);
    expect(absent.nextPageRequestOptions()).toBeNull();
    t.server.on('GET /cursor-items', json(200, { data: [{ id: 'a' }], next_cursor: null }));
    const nulled = await t.client().items.listByCursor();
    expect(nulled.hasNextPage()).toBe(false);
    expect(nulled.nextPageRequestOptions()).toBeNull();
    expect(t.server.received()).toHaveLength(2);
  });

  test('an empty page with a new cursor is followed (filtered APIs do this)', async () => {
    t.server.on('GET /cursor-items', (req, res) => {
      const cursor = req.query.get('cursor');
      if (!cursor) json(200, { data: [], next_cursor: 'c1', has_more: true })(req, res, 0);
      else json(200, { data: [{ id: 'late' }], next_cursor: null })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listByCursor()) items.push(item.id);
    expect(items).toEqual(['late']);
  });
});

describe("cursors that are the last item's id (a Stainless cursor_id scheme)", () => {
  /** `?starting_after=<id>` over ALL: the items after that id; `has_more` never sent. */
  const afterId: Handler = (req, res) => {
    const after = req.query.get('starting_after');
    const start = after ? ALL.findIndex((item) => item.id === after) + 1 : 0;
    json(200, { data: ALL.slice(start, start + 2) })(req, res, 0);
  };

  test("sends the last item's id until a page comes back empty", async () => {
    t.server.on('GET /id-items', afterId);
    class IdPage extends t.sdk.CursorPage {
      static shape = { items: ['data'], cursor: 'starting_after', nextCursorItem: ['id'] };
    }
    const items = [];
    for await (const item of t.client().requestPage(IdPage, { method: 'get', path: '/id-items' })) items.push(item.id);
    expect(items).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/id-items',
      '/id-items?starting_after=i2',
      '/id-items?starting_after=i4',
      '/id-items?starting_after=i5',
    ]);
  });
});

describe('offsets', () => {
  const offsetHandler =
    (withTotal: boolean): Handler =>
    (req, res) => {
      const offset = Number(req.query.get('offset') ?? 0);
      const limit = Number(req.query.get('limit') ?? 2);
      json(200, { results: ALL.slice(offset, offset + limit), ...(withTotal && { total: ALL.length }) })(req, res, 0);
    };

  test('with a total: stops when offset + items reaches it', async () => {
    t.server.on('GET /offset-items', offsetHandler(true));
    const items = [];
    for await (const item of t.client().items.listByOffset({ limit: 2 })) items.push(item.id);
    expect(items).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => r.query.get('offset'))).toEqual([null, '2', '4']);
  });

  test('without a total: stops on the empty page; a short page does not end the list', async () => {
    t.server.on('GET /offset-items', offsetHandler(false));
    const items = [];
    for await (const item of t.client().items.listByOffset({ limit: 2 })) items.push(item.id);
    expect(items).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => r.query.get('offset'))).toEqual([null, '2', '4', '5']);
  });

  test('a body that is the array of items (shape.items = [])', async () => {
    t.server.on('GET /array-items', (req, res) => {
      const offset = Number(req.query.get('offset') ?? 0);
      json(200, ALL.slice(offset, offset + 3))(req, res, 0);
    });
    const items = [];
    const client = t.client();
    for await (const item of client.requestPage(t.sdk.ArrayPage, { method: 'get', path: '/array-items' })) {
      items.push(item.id);
    }
    expect(items).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received()).toHaveLength(3);
  });
});

describe('next URLs', () => {
  test('follows absolute and relative links', async () => {
    t.server.on('GET /linked-items', (req, res) => {
      const page = Number(req.query.get('page') ?? 1);
      const next = page === 1 ? `${t.server.url}/linked-items?page=2` : page === 2 ? '/linked-items?page=3' : null;
      json(200, { data: [{ id: `l${page}` }], links: { next } })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listLinked()) items.push(item.id);
    expect(items).toEqual(['l1', 'l2', 'l3']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/linked-items',
      '/linked-items?page=2',
      '/linked-items?page=3',
    ]);
    expect(t.server.received().every((r) => r.headers['authorization'] === 'Bearer sk-test-5ecret')).toBe(true);
  });

  test('the auth query parameter is not duplicated when the link echoes it', async () => {
    t.server.on('GET /linked-items', (req, res) => {
      const next = req.query.get('page') ? null : '/linked-items?page=2&api_key=qk';
      json(200, { data: [{ id: req.url }], links: { next } })(req, res, 0);
    });
    const client = new t.sdk.QueryKeyClient({ apiKey: 'qk', baseURL: t.server.url });
    const items = [];
    for await (const item of client.items.listLinked()) items.push(item.id);
    expect(items).toEqual(['/linked-items?api_key=qk', '/linked-items?page=2&api_key=qk']);
  });

  test('a page whose response has no next link, or a null one, is the last', async () => {
    t.server.on('GET /linked-items', json(200, { data: [{ id: 'a' }], links: {} }));
    const absent = await t.client().items.listLinked();
    expect(absent.hasNextPage()).toBe(false);
    expect(absent.nextPageRequestOptions()).toBeNull();
    t.server.on('GET /linked-items', json(200, { data: [{ id: 'a' }], links: { next: null } }));
    const nulled = await t.client().items.listLinked();
    expect(nulled.hasNextPage()).toBe(false);
    expect(nulled.nextPageRequestOptions()).toBeNull();
    expect(t.server.received()).toHaveLength(2);
  });

  test('a link to the page itself ends the list', async () => {
    t.server.on('GET /linked-items', (req, res) => {
      json(200, { data: [{ id: req.url }], links: { next: `${t.server.url}/linked-items?page=2` } })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listLinked()) items.push(item.id);
    expect(items).toEqual(['/linked-items', '/linked-items?page=2']);
    expect(t.server.received()).toHaveLength(2);
  });

  test('a link to another origin is refused (it would receive the API key)', async () => {
    t.server.on(
      'GET /linked-items',
      json(200, { data: [{ id: 'a' }], links: { next: 'http://example.invalid/items?page=2' } }),
    );
    const page = await t.client().items.listLinked();
    expect(page.hasNextPage()).toBe(true);
    const error = await caught(() => page.getNextPage());
    expect(error).toBeInstanceOf(t.sdk.TestError);
    expect(String(error)).toMatch(/not the API's origin/);
    expect(t.server.received()).toHaveLength(1);
  });
});

describe('paging values in response headers (from_header)', () => {
  test('a cursor and has-more header: every item, no request once the header says there is no more', async () => {
    t.server.on('GET /header-cursor-items', (req, res) => {
      const start = req.query.get('cursor') ? ALL.findIndex((item) => item.id === req.query.get('cursor')) + 1 : 0;
      const data = ALL.slice(start, start + 2);
      const more = start + 2 < ALL.length;
      // The last page still names a cursor: has-more is what ends the list.
      json(200, { data }, { 'X-Next-Cursor': data[data.length - 1]!.id, 'X-Has-More': String(more) })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listByHeaderCursor({ limit: 2 })) items.push(item);
    expect(ids(items)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => r.url)).toEqual([
      '/header-cursor-items?limit=2',
      '/header-cursor-items?cursor=i2&limit=2',
      '/header-cursor-items?cursor=i4&limit=2',
    ]);
  });

  test("a has-more header is true only as 'true' (Stainless's maybeCoerceBoolean); absent, it leaves the cursor to decide", async () => {
    const page = async (headers: Record<string, string>) => {
      t.server.on('GET /header-cursor-items', json(200, { data: [{ id: 'a' }] }, { 'X-Next-Cursor': 'a', ...headers }));
      return t.client().items.listByHeaderCursor();
    };
    for (const value of ['False', 'FALSE', '0', 'no', ' false']) {
      const ended = await page({ 'X-Has-More': value });
      expect([value, ended.hasNextPage()]).toEqual([value, false]);
      expect(ended.nextPageRequestOptions()).toBeNull();
    }
    expect((await page({ 'X-Has-More': 'true' })).hasNextPage()).toBe(true);
    expect((await page({})).hasNextPage()).toBe(true);
  });

  test('a Link header: the rel="next" URL among others, until there is none', async () => {
    t.server.on('GET /link-header-items', (req, res) => {
      const page = Number(req.query.get('page') ?? 1);
      const links = [`</link-header-items?page=1>; rel="first"`];
      if (page < 3) links.push(`<${t.server.url}/link-header-items?page=${page + 1}>; rel="next"`);
      json(200, [{ id: `h${page}` }], { Link: links.join(', ') })(req, res, 0);
    });
    const items = [];
    for await (const item of t.client().items.listByLinkHeader()) items.push(item.id);
    expect(items).toEqual(['h1', 'h2', 'h3']);
    expect(t.server.received()).toHaveLength(3);
  });
});

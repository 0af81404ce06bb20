/**
 * The page methods of Stainless's older runtime (`targets.node`: its `src/core.ts` declared them on `AbstractPage`
 * from its first release, hetzner-ts's of 2023 as openai-node's v4): `nextPageInfo()`, what the next page's request
 * changes (`{ params }` or `{ url }`), and the deprecated `nextPageParams()`. Users of such an SDK call them; after the
 * move their calls keep working, with the same return shapes, against a server on 127.0.0.1. An SDK whose release
 * lacked them (Stainless's newer runtime, sdkgen's own) does not get them.
 */
import { describe, expect, test } from 'vitest';
import { json, type Handler } from './helpers/server';
import { STAINLESS_VIEW, VIEW } from './helpers/sdk';
import { setup } from './helpers/setup';

// (The view of an SDK of Stainless's older runtime, runtime-files.ts; then of its newer one, and sdkgen's own.)
const OLDER_VIEW = { ...STAINLESS_VIEW, stainlessPageInfo: true };
const NEWER_VIEW = { ...STAINLESS_VIEW, stainlessPageInfo: false };
const t = setup(OLDER_VIEW);
const newer = setup(NEWER_VIEW);
const own = setup(VIEW);

const ALL = Array.from({ length: 5 }, (_, i) => ({ id: `i${i + 1}` }));

const numbered: Handler = (req, res) => {
  const page = Number(req.query.get('page') ?? 1);
  json(200, {
    items: ALL.slice((page - 1) * 3, page * 3),
    pagination: { currentPage: page, pageSize: 3, totalPages: 2 },
  })(req, res, 0);
};

describe("Stainless's older pages: nextPageInfo and nextPageParams", () => {
  test('page numbers: the next page’s parameter, null on the last page', async () => {
    t.server.on('GET /items', numbered);
    const first = await t.client().items.list({ pageSize: 3 });
    expect(first.nextPageInfo()).toEqual({ params: { page: 2 } });
    expect(first.nextPageParams()).toEqual({ page: 2 });
    const second = await first.getNextPage();
    expect(second.nextPageInfo()).toBeNull();
    expect(second.nextPageParams()).toBeNull();
    expect(t.server.received().map((r) => r.url)).toEqual(['/items?pageSize=3', '/items?page=2&pageSize=3']);
  });

  test('cursors and offsets: the next cursor, the next offset', async () => {
    t.server.on('GET /cursor-items', (req, res) => {
      const start = req.query.get('cursor') ? ALL.findIndex((i) => i.id === req.query.get('cursor')) + 1 : 0;
      const data = ALL.slice(start, start + 2);
      // (A `has_more: boolean` the page declares is sent: one left out ends the list, as on Stainless's pages.)
      const more = start + 2 < ALL.length;
      json(200, { data, next_cursor: more ? data[1]!.id : null, has_more: more })(req, res, 0);
    });
    const page = await t.client().items.listByCursor({ limit: 2 });
    expect(page.nextPageInfo()).toEqual({ params: { cursor: 'i2' } });
    expect(page.nextPageParams()).toEqual({ cursor: 'i2' });
    t.server.on('GET /offset-items', (req, res) => {
      const offset = Number(req.query.get('offset') ?? 0);
      json(200, { results: ALL.slice(offset, offset + 2), total: ALL.length })(req, res, 0);
    });
    const offsets = await t.client().items.listByOffset({ limit: 2 });
    expect(offsets.nextPageInfo()).toEqual({ params: { offset: 2 } });
    // (Calling them sends nothing: the server saw the two lists' first requests alone.)
    expect(t.server.received()).toHaveLength(2);
  });

  test('linked pages: the next URL, and its query as the params', async () => {
    t.server.on('GET /linked-items', (req, res) => {
      const next = req.query.get('page') ? null : '/linked-items?page=2';
      json(200, { data: [{ id: req.url }], links: { next } })(req, res, 0);
    });
    const first = await t.client().items.listLinked();
    const info = first.nextPageInfo();
    expect(info.url).toBeInstanceOf(URL);
    expect(info.url.toString()).toBe(`${t.server.url}/linked-items?page=2`);
    expect(first.nextPageParams()).toEqual({ page: '2' });
    const second = await first.getNextPage();
    expect(second.nextPageInfo()).toBeNull();
  });

  test('pages of an SDK whose release lacked them do not have them', async () => {
    for (const context of [newer, own]) {
      context.server.on('GET /items', numbered);
      const page = await context.client().items.list({ pageSize: 3 });
      expect(page.hasNextPage()).toBe(true);
      expect('nextPageInfo' in page).toBe(false);
      expect('nextPageParams' in page).toBe(false);
    }
  });
});

// Paginated lists. Generated code declares one subclass per pagination scheme of the API, whose static
// `shape` says where the items and the paging information are in the response body:
//
//   export class ServersPage<Item> extends PageNumberPage<Item> {
//     static override shape = { items: ['servers'], page: 'page', totalPages: ['pagination', 'totalPages'] };
//     declare servers: Array<Item>;
//   }

import { APIPromise } from './api-promise.js';
import {
  parseResponse,
  type APIRequest,
  type BaseClient,
  type FinalRequestOptions,
  type RequestOptions,
} from './base-client.js';
import { SDKError } from './error.js';
import { absoluteURL } from '../internal/utils.js';

/** Property path in the response body: `['pagination', 'totalPages']`; `[]` is the body itself. */
export type BodyPath = readonly string[];

/**
 * Where a paging value is: a path in the response body, or a response header (`{ header: 'X-Next-Cursor' }`; of a
 * `Link` header, the URL marked `rel="next"`).
 */
export type ValuePath = BodyPath | { readonly header: string };

/** Where every page class finds its items. */
export interface PageShape {
  items: BodyPath;
  /** A boolean that is `false` on the last page (`has_more`), when the API has one. */
  hasMore?: ValuePath | undefined;
  /**
   * The page's fields its type says are there, each with what it is when the body leaves it out (or null): an empty
   * string, zero, false, an empty array or object; null for a nullable one (also when falsy).
   */
  absent?: Readonly<Record<string, EmptyValue>> | undefined;
  /**
   * `body`: the list is asked for with a JSON body (a POST) whose fields carry the page (cursor, offset, size): the
   * parameters the shape names are read from it and the next page's request changes them there, not in the query.
   */
  in?: 'body' | undefined;
}

/** What a page field is when the response body leaves it out. */
export type EmptyValue = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

function emptyValue(kind: EmptyValue): unknown {
  switch (kind) {
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'null':
      return null;
  }
}

export interface PageNumberShape extends PageShape {
  /** Query parameter carrying the page number. */
  page: string;
  /** Query parameter carrying the page size (with `totalCount`, gives the number of pages). */
  size?: string | undefined;
  /** Number of the first page, when the request does not say (default 1). */
  firstPage?: number | undefined;
  currentPage?: ValuePath | undefined;
  totalPages?: ValuePath | undefined;
  /** Total number of items: the number of pages when `totalPages` is missing and the page size was sent. */
  totalCount?: ValuePath | undefined;
}

export interface CursorShape extends PageShape {
  /** Query parameter carrying the cursor. */
  cursor: string;
  nextCursor?: ValuePath | undefined;
  /** Where the page's last item holds the next cursor (its `id`, sent as `starting_after`), in place of `nextCursor`. */
  nextCursorItem?: BodyPath | undefined;
  /**
   * A query parameter that, sent with the list's first request (`before`, `ending_before`), makes the list page
   * backwards: each following request sends it the page's previous cursor (`previousCursor`; with `nextCursorItem`,
   * the same path in the page's first item) instead of the next one in `cursor`.
   */
  previousCursorParam?: string | undefined;
  previousCursor?: ValuePath | undefined;
}

export interface OffsetShape extends PageShape {
  /** Query parameter carrying the offset. */
  offset: string;
  /** Query parameter carrying the page size (informative: a short page does not end the list). */
  limit?: string | undefined;
  totalCount?: ValuePath | undefined;
  /**
   * Where the response says the page starts: the next page starts that many items on, and a page that does not say
   * is the last. Without it, the page starts at the offset sent.
   */
  offsetStart?: ValuePath | undefined;
}

export interface NextURLShape extends PageShape {
  /** None for a list that is one page (a Stainless `fake_page`). */
  nextUrl?: ValuePath | undefined;
}

/** Everything a page is built from. */
export interface PageInit {
  client: BaseClient;
  response: Response;
  body: unknown;
  request: APIRequest;
  options: RequestOptions | undefined;
  /** The page this one follows, if any. */
  previous: AbstractPage<unknown> | undefined;
}

/** A page class, as passed to `BaseClient.requestPage`. */
export interface PageClass<P> {
  new (init: PageInit): P;
  shape: PageShape;
  /** @internal */
  fetchPage(
    client: BaseClient,
    request: APIRequest,
    options: RequestOptions | undefined,
    previous?: AbstractPage<unknown>,
  ): PagePromise<AbstractPage<unknown>, unknown>;
}

/** The request for a following page. */
export interface NextRequest {
  request: APIRequest;
  options: RequestOptions | undefined;
}

/** What a page class's `nextRequest` works from. */
export interface PageContext<S extends PageShape> {
  /** The page class's static `shape`. */
  shape: S;
  /** The items of the page. */
  items: unknown[];
  /** A value of the response body, or a header of the response. */
  get(path: ValuePath | undefined): unknown;
  /** The value of query parameter `name` in the page's request (of its body field, for a shape `in: 'body'`). */
  sent(name: string): unknown;
  /**
   * The page's request with some query parameters changed (no longer overridden per request); body fields, for a
   * shape `in: 'body'`.
   */
  withQuery(changes: Record<string, unknown>): NextRequest;
  /** The page's request sent to another URL (with its own query) instead. */
  withURL(url: string): NextRequest;
  /** The URL the page came from. */
  url: string;
  /** The path (or absolute URL, for linked pages) that was requested. */
  path: string;
}

/**
 * One page of a list. The response body's fields are copied onto the page (`page.servers`,
 * `page.pagination`…); `for await (const item of page)` goes through the items of this page and the ones after.
 */
export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  static shape: PageShape = { items: ['data'] };

  readonly #init: PageInit;
  #repeat: boolean | undefined;

  constructor(init: PageInit) {
    this.#init = init;
    const { body } = init;
    const fields = this as unknown as Record<string, unknown>;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const [key, value] of Object.entries(body)) {
        // Never shadow the page's own methods (nor __proto__ and friends).
        if (!(key in this)) fields[key] = value;
      }
    }
    // A field the page's type says is there is there, as Stainless's pages have it (`body.next_cursor || ''`): the
    // items' too.
    const { items, absent } = this.#shape();
    const whenAbsent = { ...(items.length === 1 ? { [items[0]!]: 'array' as const } : {}), ...absent };
    for (const [key, kind] of Object.entries(whenAbsent)) {
      const own = Object.prototype.hasOwnProperty.call(fields, key);
      // (A nullable field is Stainless's `body.next_page || null`: any falsy value, '' or 0 too, is null.)
      const empty = kind === 'null' ? !fields[key] : fields[key] == null;
      if ((own || !(key in this)) && empty) fields[key] = emptyValue(kind);
    }
  }

  /**
   * Sends `request` and wraps the response in this page class.
   * @internal Called by `BaseClient.requestPage`: keeping it here keeps pagination out of programs that don't list.
   */
  static fetchPage(
    client: BaseClient,
    request: APIRequest,
    options: RequestOptions | undefined,
    previous?: AbstractPage<unknown>,
  ): PagePromise<AbstractPage<unknown>, unknown> {
    const Page = this as unknown as PageClass<AbstractPage<unknown>>;
    return new PagePromise(client.makeRequest(request, options), async (props) => {
      const body = await parseResponse<unknown>(props);
      return new Page({ client, response: props.response, body, request, options, previous });
    });
  }

  /** The raw response of this page (its body has been read). */
  get response(): Response {
    return this.#init.response;
  }

  /** The items of this page. */
  getPaginatedItems(): Item[] {
    const items = getPath(this.#init.body, this.#shape().items);
    return Array.isArray(items) ? items : [];
  }

  /** Whether there is a page after this one (never true when it would loop, or fetch a page known to be empty). */
  hasNextPage(): boolean {
    const { hasMore, absent } = this.#shape();
    let more = hasMore && readValue(this.#init, hasMore);
    // A body field of the page's own that its type says is a boolean is Stainless's `body.has_more || false`: left
    // out, null, 0 or '', it is false.
    const declared =
      hasMore && !('header' in hasMore) && hasMore.length === 1 ? absent?.[hasMore[0]!] : undefined;
    if (declared === 'boolean' && !more) more = false;
    // As Stainless's pages: a body's value ends the list only as false (not the string 'false'); a header's is true
    // only as the string 'true' (its `maybeCoerceBoolean`), any other value ends the list, an absent one does not.
    if (more === false || (hasMore && 'header' in hasMore && typeof more === 'string' && more !== 'true'))
      return false;
    return !this.#isRepeat() && this.nextRequest(this.#context()) !== null;
  }

  /**
   * What the request for the page after this one would be (its method, path and query, with the per-request options
   * it keeps), or null when this page is the last. Fetching it is `getNextPage()`'s job: this only tells what it sends.
   */
  nextPageRequestOptions(): FinalRequestOptions | null {
    const next = this.hasNextPage() && this.nextRequest(this.#context());
    if (!next) return null;
    const { method, path, query, body } = next.request;
    // (A method in the options is the one sent: Stainless's `getAPIList(path, Page, { method: 'post' })`.)
    return {
      body,
      ...next.options,
      method: next.options?.method ?? method,
      path,
      query: { ...query, ...next.options?.query },
    };
  }

  /** Fetches the page after this one; check `hasNextPage()` first. */
  async getNextPage(): Promise<this> {
    const next = this.hasNextPage() && this.nextRequest(this.#context());
    if (!next) throw new SDKError('No next page: check hasNextPage() before calling getNextPage().');
    const Page = this.constructor as PageClass<this>;
    return (await Page.fetchPage(this.#init.client, next.request, next.options, this)) as this;
  }

  /** This page and every following one. */
  async *iterPages(): AsyncGenerator<this, void, undefined> {
    let page = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      // A server that answers with the page we already have would otherwise make us go round forever.
      if (page.#isRepeat()) return;
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) yield* page.getPaginatedItems();
  }

  /** The request for the next page, or null when this page is the last. Implemented per pagination scheme. */
  protected abstract nextRequest(page: PageContext<PageShape>): NextRequest | null;

  #shape(): PageShape {
    return (this.constructor as unknown as { shape: PageShape }).shape;
  }

  #context(): PageContext<PageShape> {
    const { client, request, options, response, body } = this.#init;
    const requested = /^[a-z][a-z\d+.-]*:/i.test(request.path) ? request.path : client.baseURL + request.path;
    const shape = this.#shape();
    // Where the page's parameters are: the query, or (`in: 'body'`) the fields of the request's JSON body, which a
    // per-request `body` option (Stainless's `getAPIList(path, Page, { body, method: 'post' })`) gives instead.
    const where = shape.in === 'body' ? 'body' : 'query';
    const fields = (value: unknown): Record<string, unknown> =>
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return {
      shape,
      items: this.getPaginatedItems(),
      get: (path) => readValue(this.#init, path),
      sent: (name) => {
        const sent: Record<string, unknown> =
          where === 'body' ? fields(options?.body ?? request.body) : { ...request.query, ...options?.query };
        return Object.hasOwn(sent, name) ? sent[name] : undefined;
      },
      withQuery: (changes) => {
        if (where === 'body') {
          // A body in the options replaces the request's whole: the changed one goes where the body was given.
          const next = { ...fields(options?.body ?? request.body), ...changes };
          return {
            request: { ...request, body: next },
            options: options?.body === undefined ? options : { ...options, body: next },
          };
        }
        const overrides =
          options?.query && Object.entries(options.query).filter(([name]) => !Object.hasOwn(changes, name));
        return {
          request: { ...request, query: { ...request.query, ...changes } },
          options: options && { ...options, query: overrides && Object.fromEntries(overrides) },
        };
      },
      withURL: (url) => ({
        request: { ...request, path: url, query: undefined, absoluteURL },
        options: options && { ...options, query: undefined, path: undefined },
      }),
      // Custom fetch implementations may not set `response.url`.
      url: response.url || requested,
      path: request.path,
    };
  }

  /** Whether this page holds exactly the (non-empty) items of the page before it. */
  #isRepeat(): boolean {
    return (this.#repeat ??= ((): boolean => {
      const previous = this.#init.previous;
      const items = this.getPaginatedItems();
      if (!previous || items.length === 0) return false;
      return JSON.stringify(items) === JSON.stringify(previous.getPaginatedItems());
    })());
  }
}

/** A paging value of a page's response: from its body, or from a header (undefined when absent). */
function readValue(init: PageInit, path: ValuePath | undefined): unknown {
  if (!path || !('header' in path)) return getPath(init.body, path);
  const value = init.response.headers.get(path.header);
  if (value === null) return undefined;
  if (path.header.toLowerCase() !== 'link') return value;
  // `<https://api.example.com/items?page=2>; rel="next", <…>; rel="last"`
  for (const link of value.split(/,(?=\s*<)/)) {
    const url = /^\s*<([^>]*)>/.exec(link)?.[1];
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(link)?.[1] ?? '';
    if (url !== undefined && rel.toLowerCase().split(/\s+/).includes('next')) return url;
  }
  return undefined;
}

/** A value inside `body`; undefined when the path leads nowhere. */
function getPath(body: unknown, path: BodyPath | undefined): unknown {
  if (!path) return undefined;
  let value = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Numbered pages (`?page=2`). Ends when `currentPage >= totalPages` (both known: no request for an empty page;
 * `totalPages` may also come from `totalCount` and the page size sent), else on an empty page.
 */
export class PageNumberPage<Item> extends AbstractPage<Item> {
  static override shape: PageNumberShape = { items: ['data'], page: 'page' };

  protected nextRequest(page: PageContext<PageNumberShape>): NextRequest | null {
    const { shape } = page;
    if (page.items.length === 0) return null;
    const current = Number(page.get(shape.currentPage) ?? page.sent(shape.page) ?? shape.firstPage ?? 1);
    let total = Number(page.get(shape.totalPages) ?? NaN);
    if (Number.isNaN(total) && shape.size) {
      total = Math.ceil(Number(page.get(shape.totalCount) ?? NaN) / Number(page.sent(shape.size) ?? NaN));
    }
    if (!Number.isFinite(current) || current >= total) return null;
    return page.withQuery({ [shape.page]: current + 1 });
  }
}

/**
 * Cursor pages (`?cursor=abc`, or `?starting_after=<the last item's id>`). Ends on a null, empty or absent next cursor
 * (an empty page has no last item), or on the cursor just sent. A list asked for with `previousCursorParam`
 * (`?before=abc`) goes on backwards, by the previous cursor (or the first item's id), until there is none.
 */
export class CursorPage<Item> extends AbstractPage<Item> {
  static override shape: CursorShape = { items: ['data'], cursor: 'cursor', nextCursor: ['next_cursor'] };

  protected nextRequest(page: PageContext<CursorShape>): NextRequest | null {
    const { shape, items } = page;
    const before = shape.previousCursorParam;
    const backwards = before !== undefined && Boolean(page.sent(before));
    const param = backwards ? before : shape.cursor;
    const next = shape.nextCursorItem
      ? getPath(items[backwards ? 0 : items.length - 1], shape.nextCursorItem)
      : page.get(backwards ? shape.previousCursor : shape.nextCursor);
    if ((typeof next !== 'string' && typeof next !== 'number') || next === '') return null;
    if (String(next) === String(page.sent(param))) return null;
    return page.withQuery({ [param]: next });
  }
}

/**
 * Offset pages (`?offset=40&limit=20`), each starting at the offset sent or where the response says
 * (`offsetStart`). Ends when `start + items >= totalCount`, on an empty page, or on a page that does not say where it
 * starts.
 */
export class OffsetPage<Item> extends AbstractPage<Item> {
  static override shape: OffsetShape = { items: ['data'], offset: 'offset', limit: 'limit' };

  protected nextRequest(page: PageContext<OffsetShape>): NextRequest | null {
    const { shape } = page;
    if (page.items.length === 0) return null;
    const start = shape.offsetStart ? page.get(shape.offsetStart) : (page.sent(shape.offset) ?? 0);
    if (start === undefined || start === null || start === '') return null;
    const next = Number(start) + page.items.length;
    if (!Number.isFinite(next) || next >= Number(page.get(shape.totalCount) ?? Infinity)) return null;
    return page.withQuery({ [shape.offset]: next });
  }
}

/**
 * Pages linked by URL (`links.next`). Relative links are resolved against the page's URL; links to another origin
 * are refused by the client (they would receive the credentials). Ends on a missing link or a link to the page itself.
 */
export class NextURLPage<Item> extends AbstractPage<Item> {
  static override shape: NextURLShape = { items: ['data'], nextUrl: ['next'] };

  protected nextRequest(page: PageContext<NextURLShape>): NextRequest | null {
    const next = page.get(page.shape.nextUrl);
    if (typeof next !== 'string' || next === '') return null;
    const url = new URL(next, page.url).toString();
    return url === page.url || url === page.path ? null : page.withURL(url);
  }
}

/**
 * The result of a list method: a Promise of the first page that is also async-iterable over every item of every
 * page (`for await (const server of client.servers.list())`).
 */
export class PagePromise<P extends AbstractPage<Item>, Item>
  extends APIPromise<P>
  implements AsyncIterable<Item>
{
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const page = await this;
    yield* page;
  }
}

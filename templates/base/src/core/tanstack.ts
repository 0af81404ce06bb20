// What the TanStack Query options of `<package>/tanstack` (src/tanstack.ts) are made of: the types of its options
// objects, and the paging of an infinite query by the SDK's own page objects. Only types come from
// @tanstack/query-core: the package never loads it, and any TanStack Query adapter (React, Vue, Solid, Svelte, Angular)
// takes these plain objects.

import type {
  DataTag,
  InfiniteData,
  InfiniteQueryObserverOptions,
  MutationObserverOptions,
  OmitKeyof,
  QueryFunctionContext,
  QueryKey,
  QueryObserverOptions,
} from '@tanstack/query-core';
import { absoluteURL } from '../internal/utils.js';
import type { APIRequest, BaseClient, RequestOptions } from './base-client.js';
import type { AbstractPage, PageClass, PagePromise } from './pagination.js';

/** A query key tagged with the data and error types of its query: `queryClient.getQueryData(key)` is typed by it. */
export type TaggedKey<TKey extends QueryKey, TData, TError> = DataTag<TKey, TData, TError>;

/** An infinite query's key, tagged likewise with its pages and error types. */
export type TaggedInfiniteKey<TKey extends QueryKey, TPage, TError> = DataTag<
  TKey,
  InfiniteData<TPage, PageParam | null>,
  TError
>;

/** A query's options (`useQuery`, `queryClient.fetchQuery`…): its key is tagged with the data and error types. */
export type QueryOptions<TData, TError, TKey extends QueryKey> = OmitKeyof<
  QueryObserverOptions<TData, TError, TData, TData, TKey>,
  'queryKey' | 'queryFn'
> & {
  queryKey: TaggedKey<TKey, TData, TError>;
  queryFn: (context: QueryFunctionContext<TKey>) => Promise<TData>;
};

/**
 * Where the page after another is, as plain JSON: the query that asks for it (`{ query: { cursor: 'abc' } }`,
 * `{ query: { page: 3 } }`), or the URL a page linked to (`{ url: 'https://…?page=3' }`). An infinite query keeps it
 * as the next page's `pageParam`, so that it is dehydrated and hydrated with the data. The first page's is null.
 */
export type PageParam = { query: Record<string, unknown> } | { url: string };

/** The fields of a page (its response body's, as its class declares them) without the methods every page has. */
export type PageFields<P> = Omit<P, keyof AbstractPage<unknown>>;

/**
 * One page of an infinite query's data: plain JSON, unlike the page object it is read from, so that a server can
 * dehydrate it and a browser hydrate it.
 */
export interface PageData<Item, Fields> {
  /** The items of the page (`page.getPaginatedItems()`). */
  items: Item[];
  /** The page's fields: its response body's (`pagination`, `next_cursor`…). */
  fields: Fields;
  /** Where the next page is, or null when this one is the last (`getNextPageParam` returns it). */
  nextPageParam: PageParam | null;
}

/** An infinite query's options (`useInfiniteQuery`, `queryClient.fetchInfiniteQuery`…). */
export type InfiniteQueryOptions<TPage, TError, TKey extends QueryKey> = OmitKeyof<
  InfiniteQueryObserverOptions<TPage, TError, InfiniteData<TPage, PageParam | null>, TKey, PageParam | null>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
> & {
  queryKey: TaggedInfiniteKey<TKey, TPage, TError>;
  queryFn: (context: QueryFunctionContext<TKey, PageParam | null>) => Promise<TPage>;
  initialPageParam: PageParam | null;
  getNextPageParam: (lastPage: TPage) => PageParam | null;
};

/** A mutation's options (`useMutation`…): `TVariables` is what `mutate` takes. */
export type MutationOptions<TData, TError, TVariables> = OmitKeyof<
  MutationObserverOptions<TData, TError, TVariables>,
  'mutationKey' | 'mutationFn'
> & {
  mutationKey: readonly unknown[];
  mutationFn: (variables: TVariables) => Promise<TData>;
};

/**
 * The page `pageParam` names of the list `send` requests: its first page when `pageParam` is null, else the page it
 * points to, with the same arguments. The page object does the paging (where the items and the next page are); what
 * is kept is plain data.
 */
export async function fetchPageData<P extends AbstractPage<Item>, Item>(
  client: BaseClient,
  pageParam: PageParam | null,
  signal: AbortSignal,
  send: (sender: BaseClient, options: RequestOptions) => PagePromise<P, Item>,
): Promise<PageData<Item, PageFields<P>>> {
  const page = await send(pageParam ? following(client, pageParam) : client, { signal });
  return { items: page.getPaginatedItems(), fields: { ...page }, nextPageParam: nextPageParam(page) };
}

/** Where the page after `page` is, as plain JSON; null on the last page. */
function nextPageParam(page: AbstractPage<unknown>): PageParam | null {
  const next = page.nextPageRequestOptions();
  if (!next) return null;
  // A linked page's path is the absolute URL of the link (see `NextURLPage`).
  if (/^[a-z][a-z\d+.-]*:/i.test(next.path)) return { url: next.path };
  // (fromEntries defines each key: a parameter named `__proto__` stays a parameter.)
  const query = Object.fromEntries(
    Object.entries(next.query ?? {}).filter(([, value]) => value !== undefined),
  );
  return { query };
}

/**
 * `client`, whose list request goes to the page `pageParam` points to: the query it names replaces the request's, or
 * its URL the request's path and query (the request's other parts, its headers and body, are kept).
 */
function following(client: BaseClient, pageParam: PageParam): BaseClient {
  const follower = Object.create(client) as BaseClient;
  follower.requestPage = <P extends AbstractPage<Item>, Item>(
    Page: PageClass<P>,
    request: APIRequest,
    options?: RequestOptions,
  ): PagePromise<P, Item> => {
    const next =
      'url' in pageParam
        ? { ...request, path: pageParam.url, query: undefined, absoluteURL }
        : { ...request, query: { ...request.query, ...pageParam.query } };
    return Page.fetchPage(client, next, options) as PagePromise<P, Item>;
  };
  return follower;
}

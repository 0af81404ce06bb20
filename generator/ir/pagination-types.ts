/**
 * The IR's description of pagination: the page schemes of `Api.paginationSchemes` and how a method pages
 * (`Method.pagination`). Re-exported by `ir/types.ts`.
 */
import type { Property, TypeRef } from './type-expr';

export interface MethodPagination {
  /** Page class name: a `className` of Api.paginationSchemes. */
  scheme: string;
  /** Type of one item. */
  item: TypeRef;
  /**
   * Name of an exported alias for this method's page type (`VectorStoresOpenAICursorPage` for
   * `OpenAICursorPage<VectorStore>`), declared in the method's module; null when there is none.
   */
  alias: string | null;
}

/**
 * Where a page finds a paging value: a property path in the response body, or a response header (`field`: the name a
 * Stainless config gives the value, `next_cursor`, for a target whose page holds it as a property).
 */
export type PagingValue = string[] | { header: string; field?: string };

export interface PaginationScheme {
  /** Page class name: "ServersPage", "ConnectionsPage". */
  className: string;
  /** Other top-level body fields the page exposes, typed (e.g. `pagination`, `nextCursor`). */
  fields: Property[];
  style: 'page-number' | 'offset' | 'cursor' | 'next-url';
  /** Wire names of the query params the scheme drives. */
  request: {
    page: string | null;
    size: string | null;
    cursor: string | null;
    offset: string | null;
    /**
     * A Stainless `cursor_id` scheme's `previous_cursor_id_param` (`ending_before`), or a `cursor` scheme's
     * `previous_cursor_param` (`before`) when it has a `previous_cursor_field`: a list asked for with it pages
     * backwards, each page before its first item's id (`cursor_id`) or by `response.previousCursor`. Absent otherwise.
     */
    previousCursor?: string;
  };
  /**
   * Every query parameter that chooses a page, in order: a Stainless config scheme's `request` fields (`before` too),
   * else the ones the scheme drives (page, size, cursor, offset).
   */
  requestParams: string[];
  /** The types a Stainless config scheme declares for `requestParams` (`page_size: integer`), by wire name. */
  requestParamTypes: Record<string, 'string' | 'integer' | 'number' | 'boolean'>;
  /**
   * `body`: the request fields are fields of the list's JSON request body (a POST list; the next page is asked for
   * with the same body, its cursor or offset changed: Stainless's `PaginatedCursorPost`). Absent: query parameters.
   */
  requestIn?: 'body';
  /**
   * Property paths in the response body; a paging value may instead be a response header (a Stainless scheme's
   * `from_header`: `{ header: 'X-Next-Cursor' }`; the `Link` header's `rel="next"` URL for `nextUrl`).
   */
  response: {
    items: string[];
    /**
     * Where `items` is `[]` (the body is the array of items): the name a Stainless config gives that array
     * (`is_top_level_array`'s field, a fake page's array field), for a target whose page holds the items as a property.
     */
    itemsName?: string;
    nextCursor: PagingValue | null;
    /**
     * A path in the page's last item whose value is the next cursor (a Stainless `cursor_id` scheme: the item's `id`,
     * sent as `starting_after`), in place of `nextCursor`; null otherwise.
     */
    nextCursorItem: string[] | null;
    /**
     * The config's items list `nextCursorItem`'s field as `required` (Python's item protocol declares it `id: str`,
     * else `id: Optional[str]`, as Stainless's). Absent otherwise.
     */
    nextCursorItemRequired?: true;
    nextUrl: PagingValue | null;
    currentPage: PagingValue | null;
    totalPages: PagingValue | null;
    totalCount: PagingValue | null;
    hasMore: PagingValue | null;
    /**
     * An offset scheme's value saying where the page starts (a Stainless `offset_count_start_field`): the next page
     * starts that many items on, and a page without it is the last. Absent otherwise: the offset sent is the start.
     */
    offsetStart?: PagingValue;
    /**
     * A Stainless `cursor` scheme's `previous_cursor_field` (`first_id`): where a list asked for with
     * `request.previousCursor` finds the cursor of the page before. Absent otherwise.
     */
    previousCursor?: PagingValue;
    /**
     * A Stainless config scheme's top-level response fields by name, in the config's order (the items' and the
     * header-read ones among them), as Stainless's page classes declare them. Absent for a detected scheme.
     */
    order?: string[];
    /**
     * A Stainless config scheme's top-level response fields marked `x-stainless-pagination-property.required`: the
     * page holds each as the body gives it (Python declares it with no `Optional[…]` nor default, and a has-more flag
     * among them ends the list as `has_more and super().has_next_page()`). Absent where none is.
     */
    required?: string[];
  };
}

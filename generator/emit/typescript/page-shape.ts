/**
 * A page class's static `shape` (`src/pagination.ts`): where the runtime's base class (`core/page-base`) finds the
 * items and the paging values of a scheme, and which query parameters (or body fields) it sends. Its keys are `PageShape`'s and its
 * subclasses' (`CursorShape`, `OffsetShape`…), in one order for every scheme.
 */
import type { PaginationScheme, PagingValue } from '../../ir/types';

export function pageShape(scheme: PaginationScheme): Record<string, string | PagingValue> {
  const { request, response } = scheme;
  const shape: Record<string, string | PagingValue> = { items: response.items };
  // A POST list's page fields are fields of its JSON body: the next page changes them there.
  if (scheme.requestIn === 'body') shape.in = 'body';
  if (request.page) shape.page = request.page;
  if (request.size) shape.size = request.size;
  if (request.cursor) shape.cursor = request.cursor;
  if (request.offset) shape.offset = request.offset;
  // A list asked for with the previous-cursor parameter pages backwards (a cursor scheme's, or a `cursor_id` one's).
  if (request.cursor && request.previousCursor && (response.previousCursor || response.nextCursorItem))
    shape.previousCursorParam = request.previousCursor;
  for (const key of [
    'nextCursor',
    'nextCursorItem',
    'previousCursor',
    'nextUrl',
    'currentPage',
    'totalPages',
    'totalCount',
    'hasMore',
    'offsetStart',
  ] as const) {
    const value = response[key];
    if (value) shape[key] = value;
  }
  return shape;
}

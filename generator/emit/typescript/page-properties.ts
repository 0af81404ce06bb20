/**
 * A page class's own properties that are no fields of an object body, as Stainless's page classes declare and set
 * them: the items where the body is the array of items itself (`items: Array<Item>`, `this.items = body || []`), and
 * the values a Stainless config's scheme reads from response headers (`from_header`: `has_more: boolean | null`,
 * `this.has_more = maybeCoerceBoolean(this.response.headers.get('x-has-more')) ?? null`). The runtime sets them from
 * the shape's `properties` (`core/page-base`'s `PageProperty`).
 */
import type { PaginationScheme, PagingValue } from '../../ir/types';

export interface PageProperty {
  /** The property's wire name: "items", "has_more". */
  name: string;
  /** Where it is: the body, or a header read as a boolean or a number. */
  from: 'body' | { header: string; as?: 'boolean' | 'number' };
  /** Its type on the page class: "Array<Item>", "boolean | null". */
  type: string;
}

/** What each paging value is, read from a header. */
const HEADER_VALUES = {
  hasMore: 'boolean',
  nextCursor: 'string',
  previousCursor: 'string',
  currentPage: 'number',
  totalPages: 'number',
  totalCount: 'number',
  offsetStart: 'number',
} as const;

export function pageProperties(scheme: PaginationScheme): PageProperty[] {
  const { response } = scheme;
  const properties: PageProperty[] = [];
  if (response.items.length === 0 && response.itemsName)
    properties.push({ name: response.itemsName, from: 'body', type: 'Array<Item>' });
  for (const [key, kind] of Object.entries(HEADER_VALUES)) {
    const value = response[key as keyof typeof HEADER_VALUES] as PagingValue | null | undefined;
    // (A `Link` header's value is the URL it marks next, no property of the page's.)
    if (!value || Array.isArray(value) || !value.field || value.header.toLowerCase() === 'link') continue;
    if (properties.some((p) => p.name === value.field)) continue;
    properties.push({
      name: value.field,
      from: kind === 'string' ? { header: value.header } : { header: value.header, as: kind },
      type: `${kind} | null`,
    });
  }
  return properties;
}

/** The shape's `properties` entry, as a literal: `{ items: 'body', has_more: { header: 'x-has-more', as: 'boolean' } }`. */
export function pagePropertiesLiteral(
  properties: PageProperty[],
  key: (name: string) => string,
  quote: (text: string) => string,
): string {
  const entries = properties.map(({ name, from }) => {
    const value =
      from === 'body' ? quote('body') : `{ header: ${quote(from.header)}${from.as ? `, as: ${quote(from.as)}` : ''} }`;
    return `${key(name)}: ${value}`;
  });
  return `{ ${entries.join(', ')} } as const`;
}

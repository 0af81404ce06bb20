/**
 * `migrate --from-repo` on a Stainless TypeScript SDK reads a page class whose constructor takes fields from the
 * response's headers (`this.has_more = maybeCoerceBoolean(this.response.headers.get('x-has-more')) ?? null`, beside a
 * body that is the items themselves: kernel's `OffsetPagination`) as a scheme whose fields say `from_header`, as the
 * Python side reads `build`'s `response.headers.get(…)`. Without it the scheme had neither field: the page's offset
 * counted from the offset sent rather than from `next_offset`, and `has_more: false` no longer ended the list.
 */
import { describe, expect, it } from 'vitest';
import { pageSchemes } from '../../generator/migrate/derived-config/page-classes';

const PAGINATION = `export type OffsetPaginationResponse<Item> = Item[];

export interface OffsetPaginationParams {
  offset?: number;

  limit?: number;
}

export class OffsetPagination<Item> extends AbstractPage<Item> {
  items: Array<Item>;

  has_more: boolean | null;

  next_offset: number | null;

  constructor(
    client: Kernel,
    response: Response,
    body: OffsetPaginationResponse<Item>,
    options: FinalRequestOptions,
  ) {
    super(client, response, body, options);

    this.items = body || [];
    this.has_more = maybeCoerceBoolean(this.response.headers.get('x-has-more')) ?? null;
    this.next_offset = maybeCoerceInteger(this.response.headers.get('x-next-offset')) ?? null;
  }

  getPaginatedItems(): Item[] {
    return this.items ?? [];
  }

  override hasNextPage(): boolean {
    if (this.has_more === false) {
      return false;
    }

    return super.hasNextPage();
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    const offset = this.next_offset ?? 0;
    const length = this.getPaginatedItems().length;
    const currentCount = offset + length;

    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        offset: currentCount,
      },
    };
  }
}
`;

const property = (value: Record<string, unknown>) => ({ 'x-stainless-pagination-property': value });

describe("a TypeScript page class's fields read from the response's headers", () => {
  it("are the scheme's fields `from_header`, beside its top-level array of items", () => {
    const [scheme] = pageSchemes(PAGINATION);
    expect(scheme).toMatchObject({ className: 'OffsetPagination', type: 'offset' });
    expect(scheme.request).toEqual({
      offset: { type: 'integer', ...property({ purpose: 'offset_count_param' }) },
      limit: { type: 'integer' },
    });
    // In the class's order, as Stainless's config has them: the items first.
    expect(Object.keys(scheme.response)).toEqual(['items', 'has_more', 'next_offset']);
    expect(scheme.response).toEqual({
      items: { type: 'array', items: {}, ...property({ is_top_level_array: true }) },
      has_more: { type: 'boolean', ...property({ purpose: 'has_next_page', from_header: 'x-has-more' }) },
      next_offset: {
        type: 'integer',
        ...property({ purpose: 'offset_count_start_field', from_header: 'x-next-offset' }),
      },
    });
  });

  it('a field of the body that `hasNextPage` stops on is the `has_next_page` field', () => {
    const body = `export interface PageResponse<Item> {
  data: Array<Item>;

  has_more: boolean;
}

export class Page<Item> extends AbstractPage<Item> implements PageResponse<Item> {
  data: Array<Item>;

  has_more: boolean;

  constructor(client: Acme, response: Response, body: PageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.data = body.data || [];
    this.has_more = body.has_more || false;
  }

  override hasNextPage(): boolean {
    if (this.has_more === false) {
      return false;
    }

    return super.hasNextPage();
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    return null;
  }
}
`;
    const [scheme] = pageSchemes(body);
    expect(scheme.response.has_more).toEqual({ type: 'boolean', ...property({ purpose: 'has_next_page' }) });
  });
});

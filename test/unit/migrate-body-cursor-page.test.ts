/**
 * A page class of Stainless's that sends its cursor in the request body (metronome's `BodyCursorPage`:
 * `body: { ...maybeObj(this.options.body), next_page: cursor }`) is read as a cursor scheme whose `next_page` request
 * field is the cursor parameter (`next_cursor_param`), as for the query's. Without the purpose, no method matched the
 * scheme ("next_page, limit are not query or body fields") and the three POST list methods api.md pages were no
 * longer paged.
 */
import { describe, expect, it } from 'vitest';
import { pageSchemes } from '../../generator/migrate/derived-config/page-classes';

const PAGINATION = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { AbstractPage, Response, APIClient, FinalRequestOptions, PageInfo } from './core';

export interface BodyCursorPageResponse<Item> {
  data: Array<Item>;

  next_page: string;
}

export interface BodyCursorPageParams {
  next_page?: string;

  limit?: number;
}

export class BodyCursorPage<Item> extends AbstractPage<Item> implements BodyCursorPageResponse<Item> {
  data: Array<Item>;

  next_page: string;

  constructor(client: APIClient, response: Response, body: BodyCursorPageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.data = body.data || [];
    this.next_page = body.next_page || '';
  }

  getPaginatedItems(): Item[] {
    return this.data ?? [];
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    const cursor = this.next_page;
    if (!cursor) {
      return null;
    }

    return {
      ...this.options,
      body: {
        ...maybeObj(this.options.body),
        next_page: cursor,
      },
    };
  }
}
`;

describe("a page class of Stainless's that sends its cursor in the body", () => {
  it('is a cursor scheme whose next_page request field is the cursor parameter', () => {
    const [scheme] = pageSchemes(PAGINATION);
    expect(scheme.type).toBe('cursor');
    expect(scheme.request.next_page).toEqual({
      type: 'string',
      'x-stainless-pagination-property': { purpose: 'next_cursor_param' },
    });
  });
});

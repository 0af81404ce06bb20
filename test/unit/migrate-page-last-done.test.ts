/**
 * An owners' guard ending a numbered page's list on its last page by the response's own numbers (session 54): hetzner's
 * "Fix pagination properly" (d0497d7) replaced Stainless's `nextPage === this.meta.pagination.last_page` (which
 * skipped the last page) with `this.meta.pagination.page === this.meta.pagination.last_page`. sdkgen's page-number
 * class ends the list where the page it reads as the current one is at or past the one it reads as the last: where
 * sdkgen's class of that name reads those two fields (declared numbers, here through the shared `ResponseMeta` of
 * another module), the guard is done by sdkgen with the runtime test that shows it; another comparison, another field,
 * or a nullable one stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { pageLastDone } from '../../generator/migrate/owners/page-last';
import { judgedPageHunks } from '../helpers/page-judge';

/** Stainless's `src/pagination.ts` of hetzner-node before d0497d7 (one of its two classes). */
const STAINLESS = `// File generated from our OpenAPI spec by Stainless.

import { AbstractPage, Response, APIClient, FinalRequestOptions, PageInfo } from './core';
import * as Shared from './resources/shared';

export interface ServersPageResponse<Item> {
  servers: Array<Item>;

  meta?: Shared.ResponseMeta;
}

export interface ServersPageParams {
  page?: number;

  per_page?: number;
}

export class ServersPage<Item> extends AbstractPage<Item> implements ServersPageResponse<Item> {
  servers: Array<Item>;

  meta: Shared.ResponseMeta;

  constructor(client: APIClient, response: Response, body: ServersPageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.servers = body.servers;
    this.meta = body.meta!;
  }

  getPaginatedItems(): Item[] {
    return this.servers;
  }

  nextPageInfo(): PageInfo | null {
    const nextPage = this.meta.pagination.next_page;
    if (nextPage === this.meta.pagination.last_page) {
      return null;
    }

    return { params: { page: nextPage } };
  }
}
`;

const at = STAINLESS.split('\n').indexOf('  nextPageInfo(): PageInfo | null {') + 1;
/** The owners' hunk (d0497d7), as the diff of Stainless's file and theirs gives it. */
const HUNK = (condition: string) => `@@ -${at},6 +${at},6 @@
   nextPageInfo(): PageInfo | null {
-    const nextPage = this.meta.pagination.next_page;
-    if (nextPage === this.meta.pagination.last_page) {
+    if (${condition}) {
       return null;
     }
 
+    const nextPage = this.meta.pagination.next_page;
     return { params: { page: nextPage } };
`;
const HETZNER = 'this.meta.pagination.page === this.meta.pagination.last_page';

/** sdkgen's page class of that name, its shape reading the response's numbers, and the shared module typing them. */
const writes = (lastPage = 'number', current = "['meta', 'pagination', 'page']") => [
  {
    path: 'src/pagination.ts',
    contents: `import { PageNumberPage } from './core/page-base.js';
import * as Shared from './resources/shared.js';
export * from './core/page-base.js';

/** The body of one page of \`ServersPage\`. */
export interface ServersPageResponse<Item> {
  servers: Array<Item>;
  meta?: Shared.ResponseMeta;
}

/** A page of a list that pages by page number. */
export class ServersPage<Item> extends PageNumberPage<Item> implements ServersPageResponse<Item> {
  static override shape = {
    items: ['servers'],
    page: 'page',
    size: 'per_page',
    currentPage: ${current},
    totalPages: ['meta', 'pagination', 'last_page'],
  };
  declare servers: Array<Item>;
  declare meta?: ServersPageResponse<Item>['meta'];
}
`,
  },
  {
    path: 'src/resources/shared.ts',
    contents: `export interface ResponseMeta {
  pagination: ResponseMeta.Pagination;
}

export namespace ResponseMeta {
  export interface Pagination {
    last_page: ${lastPage};
    next_page: number | null;
    page: number;
    per_page: number;
    previous_page: number | null;
    total_entries: number;
  }
}
`,
  },
];

describe("an owners' last-page guard on a numbered page", () => {
  it('is done where sdkgen reads the same two numbers as the current and the last page', () => {
    for (const condition of [
      HETZNER,
      'this.meta.pagination.page >= this.meta.pagination.last_page',
      'this.meta.pagination.last_page <= this.meta.pagination.page',
    ]) {
      const done = pageLastDone(HUNK(condition), STAINLESS, writes());
      expect(done?.does).toContain('`ServersPage.nextPageInfo()` returns no next page on the last page');
      expect(done?.test).toBe(
        'test/runtime/pagination.test.ts › page numbers › with totals: every item, and no request past the last page',
      );
    }
    expect(pageLastDone(HUNK(HETZNER), STAINLESS, writes())?.does).toContain('where the owners’ `===` paged on');
  });

  it('leaves the hunk out of those for a person, listing it as done', () => {
    const { plan } = judgedPageHunks('src/pagination.ts', STAINLESS, [HUNK(HETZNER)], writes());
    expect(plan.rejected).toEqual([]);
    expect(plan.doneBySdkgen.map((d) => d.path)).toEqual(['src/pagination.ts']);
  });

  it('stays for a person with another comparison, another field, or a last page that may be null', () => {
    expect(
      pageLastDone(HUNK('this.meta.pagination.page > this.meta.pagination.last_page'), STAINLESS, writes()),
    ).toBeNull();
    expect(
      pageLastDone(HUNK('this.meta.pagination.next_page === this.meta.pagination.last_page'), STAINLESS, writes()),
    ).toBeNull();
    expect(pageLastDone(HUNK(HETZNER), STAINLESS, writes('number | null'))).toBeNull();
    expect(pageLastDone(HUNK(HETZNER), STAINLESS, writes('number', 'undefined'))).toBeNull();
  });
});

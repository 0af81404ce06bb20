/**
 * A `hasNextPage()` override the owners add to a Stainless page class, in the form Stainless writes for a scheme with
 * a `has_more` field (`if (this.x.has_more === false) { return false; } return super.hasNextPage();`), here on orb's
 * `Page` (its `has_more` nested in `pagination_metadata`, which Stainless's class never read). sdkgen's page classes
 * are declarative: where sdkgen's class of that name reads that field as its `hasMore`, the override is done by sdkgen
 * and listed with the test below (against a server on 127.0.0.1), not left for a person (owners/page-has-more.ts).
 * Another check (`!this.…has_more`, which also ends where it is absent), or a class whose shape has no `hasMore`, stays.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeSpec, INTEGER, listOperation, refTo, STRING } from './helpers/cursor-list-fixture';
import { judgedPageHunks } from './helpers/page-judge';
import { importedSdk } from './helpers/imported-sdk';
import { tempDir } from './helpers/sdk';
import { json, TestServer, type Handler } from './runtime/helpers/server';

const SPEC = acmeSpec(
  {
    '/customers': listOperation({
      operationId: 'listCustomers',
      query: [
        { name: 'cursor', schema: STRING },
        { name: 'limit', schema: INTEGER },
      ],
      properties: {
        data: { type: 'array', items: refTo('Customer') },
        pagination_metadata: {
          type: 'object',
          required: ['has_more', 'next_cursor'],
          properties: { has_more: { type: 'boolean' }, next_cursor: { type: ['string', 'null'] } },
        },
      },
      required: ['data', 'pagination_metadata'],
    }),
  },
  'Customer',
  'https://api.acme.test',
);

/** The scheme as the config written from the owners' page class says it (their override: `has_next_page`). */
const CONFIG = `organization: { name: acme }
pagination:
  - name: page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      limit: { type: integer }
    response:
      data: { type: array }
      pagination_metadata:
        type: object
        properties:
          next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
          has_more: { type: boolean, x-stainless-pagination-property: { purpose: has_next_page } }
resources:
  customers:
    models:
      customer: Customer
    methods:
      list: get /customers
`;

/** orb-node's `src/pagination.ts` as Stainless wrote it. */
const STAINLESS = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { AbstractPage, Response, APIClient, FinalRequestOptions, PageInfo } from './core';

export interface PageResponse<Item> {
  data: Array<Item>;

  pagination_metadata: PageResponse.PaginationMetadata;
}

export namespace PageResponse {
  export interface PaginationMetadata {
    has_more: boolean;

    next_cursor: string | null;
  }
}

export interface PageParams {
  /**
   * Cursor for pagination. This can be populated by the \`next_cursor\` value returned
   * from the initial request.
   */
  cursor?: string | null;

  /**
   * The number of items to fetch. Defaults to 20.
   */
  limit?: number;
}

export class Page<Item> extends AbstractPage<Item> implements PageResponse<Item> {
  data: Array<Item>;

  pagination_metadata: PageResponse.PaginationMetadata;

  constructor(client: APIClient, response: Response, body: PageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.data = body.data || [];
    this.pagination_metadata = body.pagination_metadata;
  }

  getPaginatedItems(): Item[] {
    return this.data ?? [];
  }

  // @deprecated Please use \`nextPageInfo()\` instead
  nextPageParams(): Partial<PageParams> | null {
    const info = this.nextPageInfo();
    if (!info) return null;
    if ('params' in info) return info.params;
    const params = Object.fromEntries(info.url.searchParams);
    if (!Object.keys(params).length) return null;
    return params;
  }

  nextPageInfo(): PageInfo | null {
    const cursor = this.pagination_metadata.next_cursor;
    if (!cursor) {
      return null;
    }

    return {
      params: {
        cursor,
      },
    };
  }
}
`;

/** The owners' hunk, as migrate holds it: the override added after `getPaginatedItems()`. */
const after = STAINLESS.split('\n').findIndex((l) => l.trim() === 'return this.data ?? [];') + 2;
const overrideHunk = (check: string) =>
  [
    `@@ -${after},0 +${after + 1},8 @@`,
    '+',
    '+  override hasNextPage(): boolean {',
    `+    if (${check}) {`,
    '+      return false;',
    '+    }',
    '+',
    '+    return super.hasNextPage();',
    '+  }',
    '',
  ].join('\n');
const HUNK = overrideHunk('this.pagination_metadata?.has_more === false');

const TEST_CITED =
  "test/migrate-page-has-more-done.test.ts › a page whose response's has_more is false is the last, next cursor or not";

const server = new TestServer();
let root = '';
let withHasMore: Array<{ path: string; contents: string }> = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('page-has-more-done');
  const sdk = await importedSdk(root, SPEC, CONFIG);
  withHasMore = sdk.files;
  Acme = sdk.index.Acme;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const judged = (hunks: string[], writes: Array<{ path: string; contents: string }>) =>
  judgedPageHunks('src/pagination.ts', STAINLESS, hunks, writes);

describe("migrate: the owners' hasNextPage() override in a Stainless page class", () => {
  it('is done by sdkgen where its page class of that name reads the same field as has_more: listed with the test', () => {
    expect(withHasMore.find((f) => f.path === 'src/pagination.ts')!.contents).toContain(
      "hasMore: ['pagination_metadata', 'has_more']",
    );
    const { left, done } = judged([HUNK], withHasMore);
    expect(left).toEqual([]);
    expect(done).toEqual([{ path: 'src/pagination.ts', does: expect.any(String), test: TEST_CITED }]);
    expect(done[0]!.does).toContain(
      "`Page.hasNextPage()` is false where the response's `pagination_metadata.has_more` is false",
    );
    // Without `?.`, on one line.
    const plain = overrideHunk('this.pagination_metadata.has_more === false').replace(
      '+    if (this.pagination_metadata.has_more === false) {\n+      return false;\n+    }',
      '+    if (this.pagination_metadata.has_more === false) return false;',
    );
    expect(judged([plain], withHasMore).left).toEqual([]);
  });

  it("stays for a person where the check is another, or sdkgen's class does not read has_more", () => {
    const falsy = overrideHunk('!this.pagination_metadata.has_more');
    expect(judged([falsy], withHasMore).left).toEqual([falsy]);
    const other = overrideHunk('this.data.length === 0');
    expect(judged([other], withHasMore).left).toEqual([other]);
    const noHasMore = withHasMore.map((f) =>
      f.path === 'src/pagination.ts' ? { ...f, contents: f.contents.replace(/\n\s*hasMore: \[[^\]]*\],/, '') } : f,
    );
    expect(noHasMore.find((f) => f.path === 'src/pagination.ts')!.contents).not.toContain('hasMore');
    expect(judged([HUNK], noHasMore).left).toEqual([HUNK]);
  });

  it("a page whose response's has_more is false is the last, next cursor or not", async () => {
    const ALL = ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id }));
    /** Pages of two after the cursor; `stop` says has_more: false on the second page, with a next cursor all the same. */
    const customers =
      (stop: boolean): Handler =>
      (req, res) => {
        const start = Number(req.query.get('cursor') ?? 0);
        const more = stop ? start === 0 : start + 2 < ALL.length;
        const body = {
          data: ALL.slice(start, start + 2),
          pagination_metadata: { has_more: more, next_cursor: start + 2 < ALL.length ? String(start + 2) : null },
        };
        json(200, body)(req, res, 0);
      };
    const client = new Acme({ baseURL: server.url });
    server.on('GET /customers', customers(false));
    const all: string[] = [];
    for await (const c of client.customers.list({ limit: 2 })) all.push(c.id);
    expect(all).toEqual(['c1', 'c2', 'c3', 'c4']);

    server.on('GET /customers', customers(true));
    const first = await client.customers.list({ limit: 2, cursor: '2' });
    expect(first.pagination_metadata).toEqual({ has_more: false, next_cursor: null });
    const stopped = await client.customers.list({ limit: 2 });
    expect(stopped.hasNextPage()).toBe(true);
    const second = await stopped.getNextPage();
    expect(second.hasNextPage()).toBe(false);
    expect(second.nextPageRequestOptions()).toBeNull();
    // has_more false with a next cursor still given: the list ends there.
    server.on('GET /customers', (req, res) =>
      json(200, { data: ALL.slice(0, 2), pagination_metadata: { has_more: false, next_cursor: '2' } })(req, res, 0),
    );
    const ended = await client.customers.list({ limit: 2 });
    expect(ended.hasNextPage()).toBe(false);
    const ids: string[] = [];
    for await (const c of client.customers.list({ limit: 2 })) ids.push(c.id);
    expect(ids).toEqual(['c1', 'c2']);
  });
});

/** letta-node's `NextFilesPage` as Stainless writes it (its override taken out): `has_more` read as false when absent. */
const STAINLESS_FILES = `export class NextFilesPage<Item extends { id: string }>
  extends AbstractPage<Item>
  implements NextFilesPageResponse<Item>
{
  files: Array<Item>;

  next_cursor: string | null;

  has_more: boolean;

  constructor(
    client: Letta,
    response: Response,
    body: NextFilesPageResponse<Item>,
    options: FinalRequestOptions,
  ) {
    super(client, response, body, options);

    this.files = body.files || [];
    this.next_cursor = body.next_cursor || null;
    this.has_more = body.has_more || false;
  }

  getPaginatedItems(): Item[] {
    return this.files ?? [];
  }
}
`;
const sdkgenFiles = (hasMore: string) => [
  {
    path: 'src/pagination.ts',
    contents: `import { CursorPage } from './core/page-base.js';

export interface NextFilesPageResponse<Item> {
  files: Array<Item>;
  next_cursor?: string | null;
  ${hasMore};
}

export class NextFilesPage<Item> extends CursorPage<Item> implements NextFilesPageResponse<Item> {
  static override shape = { items: ['files'], cursor: 'after', nextCursor: ['next_cursor'], hasMore: ['has_more'] };
  declare files: Array<Item>;
}
`,
  },
];

describe('such an override where Stainless read an absent has_more as false', () => {
  it("is done only where sdkgen's type says the response always has it", () => {
    const at = STAINLESS_FILES.split('\n').findIndex((l) => l.trim() === 'return this.files ?? [];') + 2;
    const hunk = [`@@ -${at},0 +${at + 1},8 @@`, ...HUNK.split('\n').slice(1)]
      .join('\n')
      .replace('this.pagination_metadata?.has_more', 'this.has_more');
    const judge = (writes: Array<{ path: string; contents: string }>) =>
      judgedPageHunks('src/pagination.ts', STAINLESS_FILES, [hunk], writes).left;
    expect(judge(sdkgenFiles('has_more: boolean'))).toEqual([]);
    // Absent, Stainless's class ended the list; sdkgen's would page on.
    expect(judge(sdkgenFiles('has_more?: boolean'))).toEqual([hunk]);
  });
});

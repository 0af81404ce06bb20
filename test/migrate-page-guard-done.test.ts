/**
 * An owners' fix inside Stainless's page class (issue 89, arcade-ts): `OffsetPage.nextPageRequestOptions` read an
 * absent `offset` as 0 (`const offset = this.offset ?? 0;`, and in the older era `if (!offset) return null;`, which
 * also ended the list at offset 0); the owners made it end the list where the offset is not a number. sdkgen's page
 * class is declarative (a `static shape`), so the hunk has no body to land on; where sdkgen's class of that name reads
 * `offset` from the response as where the page starts (`offsetStart`, Stainless's `offset_count_start_field`), its
 * runtime ends the list where the response has none and pages on from an offset of 0: the fix is done by sdkgen and
 * listed with the test below (against a server on 127.0.0.1), not left for a person. A guard sdkgen's class does not
 * have (`!offset`, which ends at 0; an offset still defaulted; a page class that pages by the offset sent) stays.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeSpec, INTEGER, listOperation, refTo } from './helpers/cursor-list-fixture';
import { typeCheckStrict } from './helpers/generated-tests';
import { judgedPageHunks } from './helpers/page-judge';
import { importedSdk } from './helpers/imported-sdk';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { json, TestServer, type Handler } from './runtime/helpers/server';

const SPEC = acmeSpec(
  {
    '/v1/tools': listOperation({
      operationId: 'listTools',
      query: ['offset', 'limit'].map((name) => ({ name, schema: INTEGER })),
      properties: {
        items: { type: 'array', items: refTo('Tool') },
        total_count: { type: 'integer' },
        offset: { type: 'integer' },
      },
    }),
  },
  'Tool',
  'https://api.acme.test',
);

/** The offset scheme as the config written from a Stainless repository's page class says it. */
const CONFIG = `organization: { name: acme }
pagination:
  - name: offset_page
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
      limit: { type: integer }
    response:
      items: { type: array }
      total_count: { type: integer }
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_start_field } }
resources:
  tools:
    models:
      tool: Tool
    methods:
      list: get /v1/tools
`;

/** Stainless's newer-era `src/core/pagination.ts` (abridged above the class), as the owners found it. */
const STAINLESS_NEWER = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { maybeObj } from '../internal/utils/values';

export type PageRequestOptions = Pick<FinalRequestOptions, 'query' | 'headers' | 'body' | 'path' | 'method'>;

export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  protected options: FinalRequestOptions;

  abstract nextPageRequestOptions(): PageRequestOptions | null;

  abstract getPaginatedItems(): Item[];
}

export interface OffsetPageResponse<Item> {
  items: Array<Item>;

  total_count: number;

  offset: number;
}

export class OffsetPage<Item> extends AbstractPage<Item> implements OffsetPageResponse<Item> {
  items: Array<Item>;

  total_count: number;

  offset: number;

  constructor(client: Acme, response: Response, body: OffsetPageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.items = body.items || [];
    this.total_count = body.total_count || 0;
    this.offset = body.offset || 0;
  }

  getPaginatedItems(): Item[] {
    return this.items ?? [];
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    const offset = this.offset ?? 0;
    const length = this.getPaginatedItems().length;
    const currentCount = offset + length;

    const totalCount = this.total_count;
    if (!totalCount) {
      return null;
    }

    if (currentCount < totalCount) {
      return {
        ...this.options,
        query: {
          ...maybeObj(this.options.query),
          offset: currentCount,
        },
      };
    }

    return null;
  }
}
`;

/** Stainless's older-era `src/pagination.ts` (`nextPageInfo`, `if (!offset)`). */
const STAINLESS_OLDER = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { AbstractPage, Response, APIClient, FinalRequestOptions, PageInfo } from './core';

export class OffsetPage<Item> extends AbstractPage<Item> implements OffsetPageResponse<Item> {
  items: Array<Item>;

  offset: number;

  getPaginatedItems(): Item[] {
    return this.items ?? [];
  }

  nextPageInfo(): PageInfo | null {
    const offset = this.offset;
    if (!offset) {
      return null;
    }

    const length = this.getPaginatedItems().length;
    return { params: { offset: offset + length } };
  }
}
`;

/** The 1-based number of the line of `text` that is `line` (trimmed). */
const lineOf = (text: string, line: string) => text.split('\n').findIndex((l) => l.trim() === line) + 1;

/** The owners' hunk (`git diff -U0` against Stainless's file): the offset as it is, and no next page without one. */
const NEWER_HUNK = [
  `@@ -${lineOf(STAINLESS_NEWER, 'const offset = this.offset ?? 0;')} +${lineOf(STAINLESS_NEWER, 'const offset = this.offset ?? 0;')},6 @@ export class OffsetPage<Item> extends AbstractPage<Item> implements OffsetPageRe`,
  '-    const offset = this.offset ?? 0;',
  '+    const offset = this.offset;',
  '+',
  "+    if (typeof offset !== 'number') {",
  '+      return null;',
  '+    }',
  '+',
  '',
].join('\n');

const OLDER_HUNK = [
  `@@ -${lineOf(STAINLESS_OLDER, 'if (!offset) {')} +${lineOf(STAINLESS_OLDER, 'if (!offset) {')} @@ export class OffsetPage<Item> extends AbstractPage<Item> implements OffsetPageRe`,
  '-    if (!offset) {',
  "+    if (typeof offset !== 'number') {",
  '',
].join('\n');

/** The same hunk as migrate holds it, with three lines of Stainless's file around it. */
const NEWER_HUNK_IN_CONTEXT = [
  `@@ -${lineOf(STAINLESS_NEWER, 'const offset = this.offset ?? 0;') - 3},7 +${lineOf(STAINLESS_NEWER, 'const offset = this.offset ?? 0;') - 3},12 @@`,
  '   }',
  ' ',
  '   nextPageRequestOptions(): PageRequestOptions | null {',
  ...NEWER_HUNK.split('\n').slice(1, -1),
  '     const length = this.getPaginatedItems().length;',
  '     const currentCount = offset + length;',
  ' ',
  '',
].join('\n');

/** The owners' hunk with another guard: `!offset` ends the list at offset 0 too, where sdkgen's pages on. */
const FALSY_HUNK = NEWER_HUNK.replace("typeof offset !== 'number'", '!offset');

/** A guard added under Stainless's defaulted offset (`this.offset ?? 0` stays): it can never end the list. */
const UNDER_DEFAULT_HUNK = [
  `@@ -${lineOf(STAINLESS_NEWER, 'const offset = this.offset ?? 0;')},0 +${lineOf(STAINLESS_NEWER, 'const offset = this.offset ?? 0;') + 1},3 @@`,
  "+    if (typeof offset !== 'number') {",
  '+      return null;',
  '+    }',
  '',
].join('\n');

/** An edit of another method of the class (the items read differently): not a guard. */
const ITEMS_HUNK = [
  `@@ -${lineOf(STAINLESS_NEWER, 'return this.items ?? [];')} +${lineOf(STAINLESS_NEWER, 'return this.items ?? [];')} @@`,
  '-    return this.items ?? [];',
  '+    return (this.items ?? []).filter(Boolean);',
  '',
].join('\n');

const TEST_CITED =
  'test/migrate-page-guard-done.test.ts › an offset page whose response has no offset is the last; one at offset 0 pages on';

const server = new TestServer();
let root = '';
let dir = '';
let files: Array<{ path: string; contents: string }> = [];
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('page-guard-done');
  const sdk = await importedSdk(root, SPEC, CONFIG);
  ({ dir, files } = sdk);
  Acme = sdk.index.Acme;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The owners' hunks of `path` that migrate leaves for a person, against sdkgen's `writes`; and what it lists as done. */
const judged = (path: string, stainless: string, hunks: string[], writes = files) =>
  judgedPageHunks(path, stainless, hunks, writes);

describe("migrate: the owners' guard in a Stainless page class's next-page method", () => {
  it('is done by sdkgen where its page class of that name ends the list there: listed with the test, nothing for a person', () => {
    const newer = judged('src/core/pagination.ts', STAINLESS_NEWER, [NEWER_HUNK]);
    expect(newer.left).toEqual([]);
    expect(judged('src/core/pagination.ts', STAINLESS_NEWER, [NEWER_HUNK_IN_CONTEXT]).left).toEqual([]);
    expect(newer.done).toEqual([{ path: 'src/core/pagination.ts', does: expect.any(String), test: TEST_CITED }]);
    expect(newer.done[0]!.does).toContain('`OffsetPage.nextPageRequestOptions()` returns no next page');
    expect(newer.done[0]!.does).toContain('and ends the list without it, and pages on where it is 0');
    // Outside the declared type, the report says where the two differ (the runtime test below shows sdkgen's side).
    expect(newer.done[0]!.does).toContain(
      "a numeric string in its place (not the number the response declares), which the owners' `typeof` check ended the list on, sdkgen reads as that number and pages on",
    );
    // The guard's condition wrapped over several lines, as Prettier wraps a long one.
    const wrapped = NEWER_HUNK.replace(
      "+    if (typeof offset !== 'number') {",
      '+    if (\n+      offset === null ||\n+      offset === undefined\n+    ) {',
    ).replace(',6 @@', ',9 @@');
    expect(judged('src/core/pagination.ts', STAINLESS_NEWER, [wrapped]).left).toEqual([]);
    // The older era's form of the same fix: `if (!offset)` (which ended the list at offset 0) → the same guard.
    const older = judged('src/pagination.ts', STAINLESS_OLDER, [OLDER_HUNK]);
    expect(older.left).toEqual([]);
    expect(older.done.map((d) => d.test)).toEqual([TEST_CITED]);
  });

  it("stays for a person where sdkgen's page class does otherwise, or the edit is no such guard", () => {
    expect(judged('src/core/pagination.ts', STAINLESS_NEWER, [FALSY_HUNK]).left).toEqual([FALSY_HUNK]);
    expect(judged('src/core/pagination.ts', STAINLESS_NEWER, [UNDER_DEFAULT_HUNK]).left).toEqual([UNDER_DEFAULT_HUNK]);
    expect(judged('src/core/pagination.ts', STAINLESS_NEWER, [ITEMS_HUNK]).left).toEqual([ITEMS_HUNK]);
    // sdkgen's class paging by the offset sent (no `offset_count_start_field`) reads an absent offset as where it asked.
    const bySent = files.map((f) =>
      f.path === 'src/pagination.ts'
        ? { ...f, contents: f.contents.replace(/\n\s*offsetStart: \['offset'\],/, '') }
        : f,
    );
    expect(bySent.find((f) => f.path === 'src/pagination.ts')!.contents).not.toContain('offsetStart');
    expect(judged('src/core/pagination.ts', STAINLESS_NEWER, [NEWER_HUNK], bySent).left).toEqual([NEWER_HUNK]);
  });
});

/** A cursor page of Stainless's (older era), and sdkgen's of that name reading the cursor from the response. */
const STAINLESS_CURSOR = `export class CursorPage<Item> extends AbstractPage<Item> implements CursorPageResponse<Item> {
  data: Array<Item>;

  next_cursor: string | null;

  getPaginatedItems(): Item[] {
    return this.data ?? [];
  }

  nextPageInfo(): PageInfo | null {
    const cursor = this.next_cursor ?? '';
    return { params: { cursor } };
  }
}
`;
const SDKGEN_CURSOR = `import { CursorPage as CursorPageBase } from './core/page-base.js';

export interface CursorPageResponse<Item> {
  data: Array<Item>;
  next_cursor: string | null;
}

export class CursorPage<Item> extends CursorPageBase<Item> implements CursorPageResponse<Item> {
  static override shape = { items: ['data'], cursor: 'cursor', nextCursor: ['next_cursor'] };
  declare data: Array<Item>;
  declare next_cursor: CursorPageResponse<Item>['next_cursor'];
}
`;
const cursorHunk = (guard: string) =>
  [
    `@@ -${lineOf(STAINLESS_CURSOR, "const cursor = this.next_cursor ?? '';")} +${lineOf(STAINLESS_CURSOR, "const cursor = this.next_cursor ?? '';")},4 @@`,
    "-    const cursor = this.next_cursor ?? '';",
    '+    const cursor = this.next_cursor;',
    `+    if (${guard}) {`,
    '+      return null;',
    '+    }',
    '',
  ].join('\n');

describe('migrate: such a guard on a cursor page', () => {
  it("is done where sdkgen's cursor page of that name reads the cursor from the response; not on another type", () => {
    const writes = [{ path: 'src/pagination.ts', contents: SDKGEN_CURSOR }];
    for (const guard of ['!cursor', 'cursor == null', "typeof cursor !== 'string'"]) {
      const { left, done } = judged('src/pagination.ts', STAINLESS_CURSOR, [cursorHunk(guard)], writes);
      expect(left).toEqual([]);
      expect(done.map((d) => d.test)).toEqual([
        'test/runtime/pagination.test.ts › cursors › a page whose response has no next cursor, or a null one, is the last',
      ]);
    }
    // A guard inserted first thing in the method, right under its header.
    const first = [
      `@@ -${lineOf(STAINLESS_CURSOR, 'nextPageInfo(): PageInfo | null {')},0 +${lineOf(STAINLESS_CURSOR, 'nextPageInfo(): PageInfo | null {') + 1},2 @@`,
      '+    const next = this.next_cursor;',
      '+    if (next == null) return null;',
      '',
    ].join('\n');
    expect(judged('src/pagination.ts', STAINLESS_CURSOR, [first], writes).left).toEqual([]);
    // A cursor the owners read as a number is not the string sdkgen's page declares.
    const numbered = cursorHunk("typeof cursor !== 'number'");
    expect(judged('src/pagination.ts', STAINLESS_CURSOR, [numbered], writes).left).toEqual([numbered]);
  });
});

describe("sdkgen's offset page that reads where a page starts from the response", () => {
  // (tsc takes ~12 s: left to `npm run test:slow`, SDKGEN_SLOW_TESTS=full, which names this file.)
  it.runIf(SLOW_FULL)('is written so, and type-checks (tsc --strict)', () => {
    expect(files.find((f) => f.path === 'src/pagination.ts')!.contents).toContain("offsetStart: ['offset']");
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('an offset page whose response has no offset is the last; one at offset 0 pages on', async () => {
    const TOOLS = Array.from({ length: 5 }, (_, i) => ({ id: `t${i + 1}` }));
    /** Pages of two from the offset asked for; `say` says what the body tells of the offset. */
    const tools =
      (say: 'offset' | 'absent' | 'null' | 'string'): Handler =>
      (req, res) => {
        const offset = Number(req.query.get('offset') ?? 0);
        const body = {
          items: TOOLS.slice(offset, offset + 2),
          total_count: TOOLS.length,
          ...(say === 'absent' ? {} : { offset: say === 'null' ? null : say === 'string' ? String(offset) : offset }),
        };
        json(200, body)(req, res, 0);
      };
    const client = new Acme({ baseURL: server.url });

    // Offset 0 said: the list pages on from it, to the total.
    server.on('GET /v1/tools', tools('offset'));
    const ids: string[] = [];
    for await (const tool of client.tools.list({ limit: 2 })) ids.push(tool.id);
    expect(ids).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/tools?limit=2',
      '/v1/tools?offset=2&limit=2',
      '/v1/tools?offset=4&limit=2',
    ]);

    // No offset in the response (Stainless's class read it as 0 and asked for the items after it again): the last page.
    server.on('GET /v1/tools', tools('absent'));
    const first = await client.tools.list({ limit: 2, offset: 2 });
    expect(first.getPaginatedItems().map((t: { id: string }) => t.id)).toEqual(['t3', 't4']);
    expect(first.offset).toBe(0);
    expect(first.hasNextPage()).toBe(false);
    expect(first.nextPageRequestOptions()).toBeNull();
    const all: string[] = [];
    for await (const tool of client.tools.list({ limit: 2 })) all.push(tool.id);
    expect(all).toEqual(['t1', 't2']);

    // A numeric string (outside the declared type, where the owners' `typeof` check ended the list): read as the number.
    server.on('GET /v1/tools', tools('string'));
    const strings: string[] = [];
    for await (const tool of client.tools.list({ limit: 2 })) strings.push(tool.id);
    expect(strings).toEqual(['t1', 't2', 't3', 't4', 't5']);

    // A null offset: the last page too.
    server.on('GET /v1/tools', tools('null'));
    const nulled = await client.tools.list({ limit: 2 });
    expect(nulled.hasNextPage()).toBe(false);
    expect(nulled.nextPageRequestOptions()).toBeNull();
  });
});

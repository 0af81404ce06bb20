/**
 * An owners' change to the field a Stainless page class's constructor reads its items from, or to its default where
 * the response leaves it out (session 54): done by sdkgen where sdkgen's page class of that name reads its items from
 * that field under the same property name (its runtime fills an absent or null one with an empty array: the cited
 * runtime test); a property named otherwise than the field, another default or another statement stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { pageItemsDone } from '../../generator/migrate/owners/page-items';
import { judgedPageHunks } from '../helpers/page-judge';

/** Stainless's page class (newer era) as the owners found it. */
const STAINLESS = `import { AbstractPage, Response, APIClient, FinalRequestOptions, PageInfo } from './core';

export interface ItemsPageResponse<Item> {
  items: Array<Item>;

  next?: string | null;
}

export class ItemsPage<Item> extends AbstractPage<Item> implements ItemsPageResponse<Item> {
  items: Array<Item>;

  next: string | null;

  constructor(
    client: APIClient,
    response: Response,
    body: ItemsPageResponse<Item>,
    options: FinalRequestOptions,
  ) {
    super(client, response, body, options);

    this.items = body.items;
    this.next = body.next || null;
  }

  getPaginatedItems(): Item[] {
    return this.items;
  }
}
`;

const at = STAINLESS.split('\n').indexOf('    this.items = body.items;') + 1;
const HUNK = (line: string) => `@@ -${at - 1},3 +${at - 1},3 @@
 
-    this.items = body.items;
+${line}
     this.next = body.next || null;
`;

const SDKGEN = [
  {
    path: 'src/pagination.ts',
    contents: `import { CursorPage } from './core/page-base.js';
export * from './core/page-base.js';

/** The body of one page of \`ItemsPage\`. */
export interface ItemsPageResponse<Item> {
  items: Array<Item>;
  next?: string | null;
}

/** A page of a list that pages by cursor. */
export class ItemsPage<Item> extends CursorPage<Item> implements ItemsPageResponse<Item> {
  static override shape = { items: ['items'], cursor: 'cursor', nextCursor: ['next'] };
  declare items: Array<Item>;
  declare next?: string | null;
}
`,
  },
];

describe("an owners' change to how a page's constructor reads its items", () => {
  it('is done where sdkgen reads the items from that field under that name', () => {
    for (const line of ['    this.items = body.items ?? [];', '    this.items = body.items || [];']) {
      const done = pageItemsDone(HUNK(line), STAINLESS, SDKGEN);
      expect(done?.does).toContain("`ItemsPage` reads its items from the response's `items`");
      expect(done?.test).toMatch(/^test\/runtime\/pagination\.test\.ts › cursors › a field the page says is there/);
    }
    const { plan } = judgedPageHunks(
      'src/pagination.ts',
      STAINLESS,
      [HUNK('    this.items = body.items ?? [];')],
      SDKGEN,
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.doneBySdkgen.map((d) => d.path)).toEqual(['src/pagination.ts']);
  });

  it('stays for a person under another name, with another default, or where sdkgen reads another field', () => {
    expect(pageItemsDone(HUNK('    this.items = body.data ?? [];'), STAINLESS, SDKGEN)).toBeNull();
    expect(pageItemsDone(HUNK('    this.items = body.items ?? [null];'), STAINLESS, SDKGEN)).toBeNull();
    const other = SDKGEN.map((w) => ({ ...w, contents: w.contents.replace("items: ['items']", "items: ['data']") }));
    expect(pageItemsDone(HUNK('    this.items = body.items ?? [];'), STAINLESS, other)).toBeNull();
  });
});

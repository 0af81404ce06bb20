/**
 * An owners' page class (Stainless's 2023 `AbstractPage` form, hetzner-ts's `src/pagination.ts`) is done by sdkgen's
 * declarative page class only where each line the owners add says something sdkgen's class holds: Stainless's own
 * template lines, the fields its shape reads, and a guard ending the list on the last page as sdkgen's reads it. A
 * guard, `return null;` or method sdkgen's class has no form of is carried or left for a person, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { doneBySdkgen } from '../../generator/migrate/reapply/done-by-sdkgen';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { sdkgenPage as sdkgenPage_ } from '../../generator/migrate/owners/page-guards';
import { lastPageFields } from '../../generator/migrate/owners/page-last';

/** Stainless's page class as it generated it (hetzner's base). */
const template = (name: string, items: string, nextPageInfo: string) => `export interface ${name}Response<Item> {
  ${items}: Array<Item>;

  meta?: Shared.ResponseMeta;
}

export interface ${name}Params {
  page?: number;

  per_page?: number;
}

export class ${name}<Item> extends AbstractPage<Item> implements ${name}Response<Item> {
  ${items}: Array<Item>;

  meta: Shared.ResponseMeta;

  constructor(
    client: APIClient,
    response: Response,
    body: ${name}Response<Item>,
    options: FinalRequestOptions,
  ) {
    super(client, response, body, options);

    this.${items} = body.${items};
    this.meta = body.meta || {};
  }

  getPaginatedItems(): Item[] {
    return this.${items};
  }

  // @deprecated Please use \`nextPageInfo()\` instead
  nextPageParams(): Partial<${name}Params> | null {
    const info = this.nextPageInfo();
    if (!info) return null;
    if ('params' in info) return info.params;
    const params = Object.fromEntries(info.url.searchParams);
    if (!Object.keys(params).length) return null;
    return params;
  }

  nextPageInfo(): PageInfo | null {
${nextPageInfo}    const nextPage = this.meta.pagination.next_page;
    return { params: { page: nextPage } };
  }
}
`;

const HEAD = `import { AbstractPage, Response, APIClient, FinalRequestOptions, PageInfo } from './core';
import * as Shared from './resources/shared';

`;
const STAINLESS = `${HEAD}${template('FloatingIpsPage', 'floating_ips', '')}`;
const GUARD = `    const currentPage = this.meta.pagination.page;
    if (currentPage === this.meta.pagination.last_page) {
      return null;
    }
`;
/** The owners' module: their last-page guard in Stainless's class, and a page class of their own, with `extra`. */
const owners = (extra = '', servers = GUARD) =>
  `${HEAD}${template('FloatingIpsPage', 'floating_ips', GUARD)}\n${template('ServersPage', 'servers', servers + extra)}`;

const sdkgenPage = (name: string, items: string) => `export interface ${name}Response<Item> {
  ${items}: Array<Item>;

  meta: Shared.ResponseMeta;
}

export interface ${name}Params {
  page?: number;

  per_page?: number;
}

export class ${name}<Item> extends PageNumberPage<Item> implements ${name}Response<Item> {
  static override shape = {
    items: ['${items}'],
    page: 'page',
    size: 'per_page',
    currentPage: ['meta', 'pagination', 'page'],
    totalPages: ['meta', 'pagination', 'last_page'],
  };
  declare ${items}: Array<Item>;
}
`;
const SDKGEN = `import { PageNumberPage } from './core/page-base.js';
import * as Shared from './resources/shared';

${sdkgenPage('FloatingIpsPage', 'floating_ips')}
${sdkgenPage('ServersPage', 'servers')}`;
const SHARED = `export interface ResponseMeta {
  pagination: ResponseMeta.Pagination;
}

export namespace ResponseMeta {
  export interface Pagination {
    page: number;

    last_page: number | null;

    next_page: number | null;
  }
}
`;
const rendered = (shared: string) => [
  { path: 'src/pagination.ts', contents: SDKGEN },
  { path: 'src/resources/shared.ts', contents: shared },
  { path: 'package.json', contents: '{ "name": "hetzner" }' },
];
const carry = (edited: string, shared = SHARED.replace('last_page: number | null', 'last_page: number')) =>
  reapplyEdits(STAINLESS, edited, SDKGEN, {
    code: true,
    declarations: true,
    tokens: 'typescript',
    done: doneBySdkgen('src/pagination.ts', SDKGEN, rendered(shared)),
  });

describe("migrate: an owners' page class, done by sdkgen's only where it holds every line they add", () => {
  it('is done where it is Stainless’s template and a last-page guard sdkgen’s class reads alike', () => {
    const result = carry(owners());
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(SDKGEN);
    expect(result.alreadyThere).toBeGreaterThan(0);
  });

  it('is done where the hunk also changes a line of Stainless’s class (so the new class is no insertion of its own)', () => {
    const edited = owners().replace(
      'nextPageParams(): Partial<FloatingIpsPageParams>',
      'nextPageParams(): Partial<FloatingIPsPageParams>',
    );
    const result = carry(edited);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(SDKGEN);
  });

  it('is not done where the last page is not a declared number (the owners’ `===` would compare with null)', () => {
    const result = carry(owners(), SHARED);
    expect(result.rejected.length + result.applied).toBeGreaterThan(0);
  });

  it('is not done where the owners add a guard sdkgen’s class has no form of', () => {
    const extra = '    if (this.servers.length < 25) {\n      return null;\n    }\n';
    const result = carry(owners(extra));
    expect(result.rejected.length + result.applied).toBeGreaterThan(0);
    expect(result.rejected.join('') + result.text).toContain('this.servers.length < 25');
  });

  it('is not done where the owners add a bare `return null;`, or a line of their own', () => {
    for (const extra of ['    return null;\n', '    console.log(this.meta);\n']) {
      const result = carry(owners('', extra + GUARD));
      expect(result.rejected.length + result.applied).toBeGreaterThan(0);
      expect(result.rejected.join('') + result.text).toContain(extra.trim());
    }
  });

  it('is not done where the owners add a method of their own', () => {
    const method = '  toJSON(): Item[] {\n    return this.servers;\n  }\n\n';
    const edited = owners().replace(/(export class ServersPage[^\n]*\n)/, `$1${method}`);
    const result = carry(edited);
    expect(result.rejected.join('') + result.text).toContain('toJSON(): Item[]');
  });
});

describe("migrate: the page fields sdkgen's class reads, through an inline object type", () => {
  // (sdkgen's own form of hetzner's page: `meta`'s `pagination` an inline object, its `};` on a line of its own.)
  const page = (pagination: string) => `export interface ServersPageResponse<Item> {
  servers: Array<Item>;
  meta: ServersPageResponse.Meta;
}

export namespace ServersPageResponse {
  export interface Meta {
    pagination?: {
${pagination}
    };

    other?: string;
  }
}

${sdkgenPage('ServersPage', 'servers').replace(/^export interface ServersPageResponse[\s\S]*?\n}\n\n/, '')}`;

  it('reads the current and last page as the numbers the inline object declares', () => {
    const read = (pagination: string) =>
      lastPageFields(sdkgenPage_('ServersPage', [{ path: 'src/pagination.ts', contents: page(pagination) }]));
    expect(read('      last_page?: number;\n\n      page?: number;')).toEqual({
      current: 'meta.pagination.page',
      last: 'meta.pagination.last_page',
    });
    // (A last page that may be a string is not one the owners' `===` compares as sdkgen's runtime does.)
    expect(read('      last_page?: string;\n\n      page?: number;')).toBeNull();
  });
});

describe("migrate: the page fields sdkgen's class reads, where same-named interfaces of other pages disagree", () => {
  // (Each page's `Meta` in a namespace of its own: another page's `Meta` declaring `last_page` otherwise.)
  const meta = (owner: string, lastPage: string) => `export interface ${owner}Response<Item> {
  servers: Array<Item>;
  meta: ${owner}Response.Meta;
}

export namespace ${owner}Response {
  export interface Meta {
    pagination?: {
      last_page?: ${lastPage};

      page?: number;
    };
  }
}
`;
  const text = `${meta('ServersPage', 'number')}
${meta('ImagesPage', 'string')}
${sdkgenPage('ServersPage', 'servers').replace(/^export interface ServersPageResponse[\s\S]*?\n}\n\n/, '')}`;

  it("reads the `Meta` of the page's own namespace", () => {
    expect(lastPageFields(sdkgenPage_('ServersPage', [{ path: 'src/pagination.ts', contents: text }]))).toEqual({
      current: 'meta.pagination.page',
      last: 'meta.pagination.last_page',
    });
  });
});

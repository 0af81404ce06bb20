/**
 * A page class the owners wrote by hand (issue 89, hetzner-ts: `ServersPage` in src/pagination.ts, which
 * `servers.list` returns, api.md's line too). The config written from the repository pages the method with their
 * class's scheme, and that scheme stops where their class does (`currentPage === this.meta.pagination.last_page`).
 */
import { describe, expect, it } from 'vitest';
import { pageSchemes } from '../generator/migrate/derived-config/page-classes';
import { withStainlessApiMd } from '../generator/migrate/derived-config/stainless-lines';
import { doneBySdkgen } from '../generator/migrate/reapply/done-by-sdkgen';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { declarationEdits } from '../generator/migrate/reapply/declarations';

/** A page class as hetzner's owners wrote it (Stainless's 2023 form), stopping at the last page or not. */
const pageClass = (stop: boolean) => `export interface ServersPageResponse<Item> {
  meta: Shared.ResponseMeta;

  servers: Array<Item>;
}

export interface ServersPageParams {
  page?: number;

  per_page?: number;
}

export class ServersPage<Item> extends AbstractPage<Item> implements ServersPageResponse<Item> {
  meta: Shared.ResponseMeta;

  servers: Array<Item>;

  getPaginatedItems(): Item[] {
    return this.servers;
  }

  nextPageInfo(): PageInfo | null {
    const currentPage = this.meta.pagination.page;
${stop ? '    if (currentPage === this.meta.pagination.last_page) {\n      return null;\n    }\n' : ''}    const nextPage = this.meta.pagination.next_page;
    return { params: { page: nextPage } };
  }
}
`;

describe('migrate: a page the owners wrote by hand, in the config written from the repository', () => {
  it('stops at the page their class stops at', () => {
    const [scheme] = pageSchemes(pageClass(true));
    expect(scheme.type).toBe('page_number');
    expect(scheme.response.meta).toEqual({
      type: 'object',
      properties: {
        pagination: {
          type: 'object',
          properties: {
            page: { type: 'integer', 'x-stainless-pagination-property': { purpose: 'current_page_number_field' } },
            last_page: { type: 'integer', 'x-stainless-pagination-property': { purpose: 'total_page_count_field' } },
          },
        },
      },
    });
    const [open] = pageSchemes(pageClass(false));
    expect(open.response.meta).toEqual({
      type: 'object',
      properties: {
        pagination: {
          type: 'object',
          properties: {
            page: { type: 'integer', 'x-stainless-pagination-property': { purpose: 'current_page_number_field' } },
          },
        },
      },
    });
  });

  const line = (returns: string, endpoint = 'get /servers', name = 'list') =>
    `- <code title="${endpoint}">client.servers.<a href="./src/resources/servers.ts">${name}</a>({ ...params }) -> ${returns}</code>`;
  const apiMd = (...methods: string[]) => `# Servers\n\nMethods:\n\n${methods.join('\n')}\n`;
  const read = (current: string) =>
    withStainlessApiMd(
      [
        { path: 'api.md', blob: null, text: current },
        { path: 'src/pagination.ts', blob: null, text: pageClass(true) },
      ],
      {
        texts: new Map([
          ['api.md', apiMd(line('ServerListResponse'), line('ServerCreateResponse', 'post /servers', 'create'))],
        ]),
      },
      undefined,
    ).find((f) => f.path === 'api.md')!.text!;

  it('reads their line for a method they made return a page class of the pagination module', () => {
    const text = read(apiMd(line('ServersServersPage'), line('ServerCreateResponse', 'post /servers', 'create')));
    expect(text).toContain('-> ServersServersPage</code>');
    expect(text).not.toContain('-> ServerListResponse</code>');
  });

  it("keeps Stainless's line where the new return is no page class, and leaves out a method they added", () => {
    const other = read(apiMd(line('ServerList'), line('ServerCreateResponse', 'post /servers', 'create')));
    expect(other).toContain('-> ServerListResponse</code>');
    const added = read(
      apiMd(
        line('ServerListResponse'),
        line('ServerCreateResponse', 'post /servers', 'create'),
        line('ServersServersPage', 'get /servers/all', 'all'),
      ),
    );
    expect(added).not.toContain('get /servers/all');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Reapplying the owners' page edits on sdkgen's modules, once the config pages the method with their class.

const STAINLESS_RESOURCE = `import { APIResource } from '../../resource';
import * as Core from '../../core';
import * as API from './index';

export class Servers extends APIResource {
  list(options?: Core.RequestOptions): Core.APIPromise<ServerListResponse> {
    return this.get('/servers', options);
  }
}

export interface Server {
  id: number;
}

export interface ServerListResponse {
  servers: Array<Server>;
}

export namespace Servers {
  export import Server = API.Server;
  export import ServerListResponse = API.ServerListResponse;
}
`;

const OWNERS_RESOURCE = `import { APIResource } from '../../resource';
import * as Core from '../../core';
import * as API from './index';
import { ServersPage, ServersPageParams } from 'acme/pagination';

export class Servers extends APIResource {
  list(options?: Core.RequestOptions): Core.PagePromise<ServersServersPage, Server> {
    return this.getAPIList('/servers', ServersServersPage, options);
  }
}

export class ServersServersPage extends ServersPage<Server> {}
// alias so we can export it in the namespace
type _ServersServersPage = ServersServersPage;

export interface Server {
  id: number;
}

export interface ServerListResponse {
  servers: Array<Server>;
}

export namespace Servers {
  export import Server = API.Server;
  export type ServersServersPage = _ServersServersPage;
}
`;

const SDKGEN_RESOURCE = `import { APIResource } from '../../resource';
import * as Core from '../../core';
import * as ServersAPI from './servers';
import { ServersPage, type ServersPageParams } from '../../pagination';

export class Servers extends APIResource {
  list(options?: Core.RequestOptions): Core.PagePromise<ServersServersPage, Server> {
    return this._client.getAPIList('/servers', ServersServersPage, options);
  }
}

export class ServersServersPage extends ServersPage<Server> {}

export interface Server {
  id: number;
}

export namespace Servers {
  export import Server = ServersAPI.Server;
  export import ServersServersPage = ServersAPI.ServersServersPage;
}
`;

const RESOURCE = 'src/resources/servers/servers.ts';

const sdkgenPagination = (lastPage: boolean) => `import { PageNumberPage } from './core/page-base.js';

export interface ServersPageResponse<Item> {
  servers: Array<Item>;
  meta: ServersPageResponse.Meta;
}

export namespace ServersPageResponse {
  export interface Meta {
    pagination?: {
      last_page?: number;

      page?: number;
    };
  }
}

export interface ServersPageParams {
  page?: number;
  per_page?: number;
}

export class ServersPage<Item> extends PageNumberPage<Item> implements ServersPageResponse<Item> {
  static override shape = {
    items: ['servers'],
    page: 'page',
    size: 'per_page',
    currentPage: ['meta', 'pagination', 'page'],${lastPage ? "\n    totalPages: ['meta', 'pagination', 'last_page']," : ''}
  };
  declare servers: Array<Item>;
}
`;

const STAINLESS_PAGINATION = `import { AbstractPage, PageInfo } from './core';

export interface OtherPageParams {
  page?: number;
}
`;
const OWNERS_PAGINATION = `${STAINLESS_PAGINATION}
${pageClass(true)}`;

describe("migrate: the owners' page edits, where sdkgen's modules page as theirs did", () => {
  const rendered = (lastPage: boolean) => [
    { path: 'src/resources/servers/servers.ts', contents: SDKGEN_RESOURCE },
    { path: 'src/pagination.ts', contents: sdkgenPagination(lastPage) },
    { path: 'package.json', contents: '{ "name": "acme" }' },
  ];
  const carry = (pristine: string, edited: string, target: string, lastPage = true, file = RESOURCE) =>
    reapplyEdits(pristine, edited, target, {
      code: true,
      declarations: true,
      done: doneBySdkgen(file, target, rendered(lastPage)),
    });

  it('leaves out the import, method, alias and namespace export sdkgen writes itself', () => {
    const result = carry(STAINLESS_RESOURCE, OWNERS_RESOURCE, SDKGEN_RESOURCE);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(SDKGEN_RESOURCE);
  });

  it('leaves out their page class where sdkgen’s pages the same way, stopping at the same last page', () => {
    const target = sdkgenPagination(true);
    expect(carry(STAINLESS_PAGINATION, OWNERS_PAGINATION, target, true, 'src/pagination.ts')).toMatchObject({
      rejected: [],
      text: target,
    });
    // sdkgen's page that does not stop where theirs does is not theirs: the edit is not taken as done.
    const open = sdkgenPagination(false);
    expect(carry(STAINLESS_PAGINATION, OWNERS_PAGINATION, open, false, 'src/pagination.ts').text).not.toBe(open);
  });

  it('leaves their namespace export out where the edits are placed by declaration too', () => {
    // (Where some hunk finds no place line by line, the owners' declarations are placed whole: the namespace's block
    // then merged with sdkgen's, which has the name already.)
    const split = (done?: ReturnType<typeof doneBySdkgen>) =>
      declarationEdits(STAINLESS_RESOURCE, OWNERS_RESOURCE, undefined, done)?.apply(SDKGEN_RESOURCE) ?? SDKGEN_RESOURCE;
    expect(split()).toContain('export type ServersServersPage = _ServersServersPage;');
    expect(split(doneBySdkgen('src/resources/servers/servers.ts', SDKGEN_RESOURCE, rendered(true)))).not.toContain(
      '_ServersServersPage',
    );
  });

  it('carries an edit sdkgen has no form of, and an import of those names from a module of theirs', () => {
    const edited = OWNERS_RESOURCE.replace('  id: number;\n', '  id: number;\n  /** Theirs. */\n  label?: string;\n');
    const result = carry(STAINLESS_RESOURCE, edited, SDKGEN_RESOURCE);
    expect(result.text).toContain('  label?: string;\n');
    const own = OWNERS_RESOURCE.replace("from 'acme/pagination'", "from '../../lib/my-pages'");
    expect(carry(STAINLESS_RESOURCE, own, SDKGEN_RESOURCE).text).not.toBe(SDKGEN_RESOURCE);
  });
});

/**
 * A Stainless TypeScript SDK with one page class that pages a POST list by it, its cursor in the JSON body
 * (metronome's `BodyCursorPage`: `body: { ...maybeObj(this.options.body), next_page: cursor }`). The config
 * `migrate --from-repo` writes left every method of the only scheme unnamed, for sdkgen to page by itself; sdkgen reads
 * a scheme's fields in a request body only where the config names it, so the POST list was no longer paged. As the
 * Python move does (migrate-python-single-scheme-named.test.ts), the only scheme is now named where the spec alone
 * would not page the endpoint; a GET list whose query carries the scheme's fields stays a plain endpoint.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveConfig } from '../../generator/api/migrate-config-from-repo';
import { loadIr } from '../../generator/api/analyze';
import type { Method } from '../../generator/ir/types';
import { tempDir } from '../helpers/sdk';

const MODULE = './src/resources/items.ts';

const API_MD = `# Items

Types:

- <code><a href="${MODULE}">Item</a></code>

Methods:

- <code title="get /items">client.items.<a href="${MODULE}">list</a>({ ...params }) -> ItemsBodyCursorPage</code>
- <code title="post /items/search">client.items.<a href="${MODULE}">search</a>({ ...params }) -> ItemsBodyCursorPage</code>
`;

const ITEMS = `import { APIResource } from '../core/resource';
import { BodyCursorPage, type BodyCursorPageParams, PagePromise } from '../core/pagination';
import { RequestOptions } from '../internal/request-options';

export class Items extends APIResource {
  list(query: ItemListParams | null | undefined = {}, options?: RequestOptions): PagePromise<ItemsBodyCursorPage, Item> {
    return this._client.getAPIList('/items', BodyCursorPage<Item>, { query, ...options });
  }

  search(body: ItemSearchParams, options?: RequestOptions): PagePromise<ItemsBodyCursorPage, Item> {
    return this._client.getAPIList('/items/search', BodyCursorPage<Item>, { body, method: 'post', ...options });
  }
}

export type ItemsBodyCursorPage = BodyCursorPage<Item>;

export interface Item {
  id: string;
}

export interface ItemListParams extends BodyCursorPageParams {}

export interface ItemSearchParams extends BodyCursorPageParams {
  q?: string;
}
`;

const PAGINATION = `import { AbstractPage, Response, FinalRequestOptions, PageRequestOptions } from './core';

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

  constructor(client: Acme, response: Response, body: BodyCursorPageResponse<Item>, options: FinalRequestOptions) {
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

const PAGE_BODY = {
  type: 'object',
  properties: {
    data: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
    next_page: { type: 'string' },
  },
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [
          { name: 'next_page', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: PAGE_BODY } } } },
      },
    },
    '/items/search': {
      post: {
        operationId: 'searchItems',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { q: { type: 'string' }, next_page: { type: 'string' }, limit: { type: 'integer' } },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: PAGE_BODY } } } },
      },
    },
  },
  components: {
    schemas: { Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

describe('migrate --from-repo (TypeScript): a POST list paged by the only page class, its cursor in the body', () => {
  it('names the scheme for it, so sdkgen pages it; a GET list the unnamed scheme pages stays plain', async () => {
    const dir = tempDir('ts-single-scheme-body-');
    mkdirSync(dir, { recursive: true });
    const spec = path.join(dir, 'openapi.json');
    writeFileSync(spec, JSON.stringify(SPEC));
    const file = (p: string, text: string) => ({ path: p, blob: null, text });
    const derived = await deriveConfig(
      [
        file('api.md', API_MD),
        file('src/core/pagination.ts', PAGINATION),
        file('src/resources/items.ts', ITEMS),
        file('src/client.ts', 'export class Acme {}\n'),
        file('package.json', JSON.stringify({ name: 'acme' })),
      ],
      spec,
    );
    expect(derived).not.toBeNull();
    try {
      const config = yaml.load(derived!.config.text) as {
        resources: { items: { methods: Record<string, unknown> } };
      };
      expect(config.resources.items.methods).toEqual({
        list: 'get /items',
        search: { endpoint: 'post /items/search', paginated: 'body_cursor_page' },
      });
      const { api } = await loadIr({ spec, config: derived!.file });
      const methods = new Map<string, Method>(api.resources.flatMap((r) => r.methods.map((m) => [m.name, m])));
      expect(methods.get('list')?.pagination?.scheme).toBe('BodyCursorPage');
      expect(methods.get('search')?.pagination).toBeTruthy();
    } finally {
      derived!.cleanup();
    }
  });
});

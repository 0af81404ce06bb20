/**
 * The config `sdkgen migrate` writes pages a method by the class its code pages it with (method-pages.ts), not by
 * the name of the alias api.md returns: an SDK naming every alias `<Items>Page` (openai-node's `BatchesPage =
 * CursorPage<Batch>`) paged `batches.list` by the scheme `page` (a `fake_page`) where Stainless's pages it by
 * `CursorPage`; and the era read from its modules is qualified `+page-suffix`, so that the SDK of that config keeps
 * the alias's name (stainless/page-alias-names.ts).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { inferStainlessEra } from '../../generator/stainless/era';
import { FAKE_PAGE_CLASS } from '../helpers/fake-page-fixture';

const PAGINATION = `${FAKE_PAGE_CLASS}
export interface CursorPageResponse<Item> {
  data: Array<Item>;

  has_more: boolean;
}

export interface CursorPageParams {
  after?: string;

  limit?: number;
}

export class CursorPage<Item extends { id: string }>
  extends AbstractPage<Item>
  implements CursorPageResponse<Item>
{
  data: Array<Item>;

  has_more: boolean;

  constructor(client: Acme, response: Response, body: CursorPageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.data = body.data || [];
    this.has_more = body.has_more || false;
  }

  getPaginatedItems(): Item[] {
    return this.data ?? [];
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    const data = this.getPaginatedItems();
    const id = data[data.length - 1]?.id;
    if (!id) {
      return null;
    }

    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: id,
      },
    };
  }
}
`;

const MODULE = './src/resources/batches.ts';
const API_MD = `# Batches

Types:

- <code><a href="${MODULE}">Batch</a></code>

Methods:

- <code title="get /batches">client.batches.<a href="${MODULE}">list</a>({ ...params }) -> BatchesPage</code>
`;

const BATCHES = `export class Batches extends APIResource {
  list(
    query: BatchListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<BatchesPage, Batch> {
    return this._client.getAPIList('/batches', CursorPage<Batch>, { query, ...options });
  }
}

export type BatchesPage = CursorPage<Batch>;
`;

describe('migrate: a method paged by a class its alias is not named after', () => {
  const files = [
    { path: 'api.md', blob: null, text: API_MD },
    { path: 'src/core/pagination.ts', blob: null, text: PAGINATION },
    { path: 'src/resources/batches.ts', blob: null, text: BATCHES },
    { path: 'src/client.ts', blob: null, text: 'export class Acme {}\n' },
    { path: 'package.json', blob: null, text: JSON.stringify({ name: 'acme' }) },
  ];

  it('is paged by the scheme of the class its code pages with', () => {
    const config = yaml.load(deriveStainlessConfig(derivedConfigInput(files, null)!).text) as {
      pagination: Array<{ name: string }>;
      resources: { batches: { methods: Record<string, unknown> } };
    };
    expect(config.pagination.map((s) => s.name)).toEqual(expect.arrayContaining(['page', 'cursor_page']));
    expect(config.resources.batches.methods.list).toEqual({ endpoint: 'get /batches', paginated: 'cursor_page' });
  });

  it('keeps the alias named `<Items>Page` through the era', () => {
    expect(inferStainlessEra([{ path: 'src/resources/batches.ts', text: BATCHES }], '2025-07-22')).toBe(
      '2025-07-22+page-suffix',
    );
  });
});

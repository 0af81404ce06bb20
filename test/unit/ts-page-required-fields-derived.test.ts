/**
 * `migrate --from-repo` on a Stainless TypeScript SDK reads a page field its constructor takes as the body gives it
 * (`this.has_more = body.has_more;`, `this.object = body.object;`, with no `|| false`: writer-node's `CursorPage`,
 * openai-node's `Page`) as the config's `x-stainless-pagination-property: { required: true }`, and a required flag's
 * `return this.has_more && super.hasNextPage();` as the field that says whether there is more, as the Python side
 * reads `has_more: bool`. Without it the flag had no purpose and every field was filled in.
 */
import { describe, expect, it } from 'vitest';
import { pageSchemes } from '../../generator/migrate/derived-config/page-classes';

const PAGINATION = `export interface CursorPageResponse<Item> {
  data: Array<Item>;

  has_more: boolean;

  object: string;

  first_id: string;
}

export interface CursorPageParams {
  after?: string;
}

export class CursorPage<Item extends { id: string }>
  extends AbstractPage<Item>
  implements CursorPageResponse<Item>
{
  data: Array<Item>;

  has_more: boolean;

  object: string;

  first_id: string;

  constructor(client: Writer, response: Response, body: CursorPageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.data = body.data || [];
    this.has_more = body.has_more;
    this.object = body.object;
    this.first_id = body.first_id || '';
  }

  getPaginatedItems(): Item[] {
    return this.data ?? [];
  }

  override hasNextPage(): boolean {
    return this.has_more && super.hasNextPage();
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

const property = (value: Record<string, unknown>) => ({ 'x-stainless-pagination-property': value });

describe('a TypeScript page field taken as the body gives it', () => {
  it("is the config's `required` field; a required flag's `&&` says whether there is more", () => {
    const [scheme] = pageSchemes(PAGINATION);
    expect(scheme).toMatchObject({ className: 'CursorPage', type: 'cursor_id' });
    expect(scheme.response.has_more).toEqual({
      type: 'boolean',
      ...property({ purpose: 'has_next_page', required: true }),
    });
    expect(scheme.response.object).toEqual({ type: 'string', ...property({ required: true }) });
    expect(scheme.response.first_id).toEqual({ type: 'string' });
    expect(scheme.response.data).toMatchObject({ type: 'array' });
    expect(scheme.response.data).not.toHaveProperty(['x-stainless-pagination-property']);
  });
});

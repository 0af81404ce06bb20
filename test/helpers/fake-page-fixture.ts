/**
 * openai-node's `fake_page` class `Page` (`data` and `object`, no next page) as Stainless writes it in
 * `src/core/pagination.ts`, for client `Acme`: the migrate tests read its scheme from it.
 */
export const FAKE_PAGE_CLASS = `export interface PageResponse<Item> {
  data: Array<Item>;

  object: string;
}

export class Page<Item> extends AbstractPage<Item> implements PageResponse<Item> {
  data: Array<Item>;

  object: string;

  constructor(client: Acme, response: Response, body: PageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.data = body.data || [];
    this.object = body.object;
  }

  getPaginatedItems(): Item[] {
    return this.data ?? [];
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    return null;
  }
}
`;

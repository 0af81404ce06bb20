/**
 * The config `sdkgen migrate` writes says `paginated: false` for a method Stainless's SDK does not page (its code
 * calls no `getAPIList`; for Python, its api.md return is no page class) where a scheme asking nothing of the request
 * (a `fake_page`: openai-node's `Page`, `data` and `object`) would page it all the same: without it, sdkgen paged
 * openai-node's `conversations.items.create` (a `post` returning `ConversationItemList`) by `Page` and declared
 * `ConversationItemsPage` twice. A method whose response is known to lack the scheme's fields needs nothing said.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import {
  responseIsArray,
  responseProperties,
  unpagedThoughFitting,
} from '../../generator/migrate/derived-config/method-pages';
import { FAKE_PAGE_CLASS } from '../helpers/fake-page-fixture';

const MODULE = './src/resources/items.ts';
const API_MD = `# Items

Types:

- <code><a href="${MODULE}">Item</a></code>
- <code><a href="${MODULE}">ItemList</a></code>

Methods:

- <code title="post /items">client.items.<a href="${MODULE}">create</a>({ ...params }) -> ItemList</code>
- <code title="get /items/{item_id}">client.items.<a href="${MODULE}">retrieve</a>(itemID) -> Item</code>
- <code title="get /items">client.items.<a href="${MODULE}">list</a>() -> ItemsPage</code>
`;

const ITEMS = `export class Items extends APIResource {
  create(body: ItemCreateParams, options?: RequestOptions): APIPromise<ItemList> {
    return this._client.post('/items', { body, ...options });
  }

  retrieve(itemID: string, options?: RequestOptions): APIPromise<Item> {
    return this._client.get(path\`/items/\${itemID}\`, options);
  }

  list(options?: RequestOptions): PagePromise<ItemsPage, Item> {
    return this._client.getAPIList('/items', Page<Item>, options);
  }
}

export type ItemsPage = Page<Item>;
`;

type Methods = Record<string, unknown>;

describe('migrate: a method Stainless does not page, that a scheme asking nothing of the request fits', () => {
  const files = [
    { path: 'api.md', blob: null, text: API_MD },
    { path: 'src/core/pagination.ts', blob: null, text: FAKE_PAGE_CLASS },
    { path: 'src/resources/items.ts', blob: null, text: ITEMS },
    { path: 'src/client.ts', blob: null, text: 'export class Acme {}\n' },
    { path: 'package.json', blob: null, text: JSON.stringify({ name: 'acme' }) },
  ];
  const methodsOf = (text: string) =>
    (yaml.load(text) as { resources: { items: { methods: Methods } } }).resources.items.methods;

  it('is `paginated: false` where its response is not known, or holds the scheme fields', () => {
    const input = derivedConfigInput(files, null)!;
    expect(methodsOf(deriveStainlessConfig(input).text)).toEqual({
      create: { endpoint: 'post /items', paginated: false },
      retrieve: { endpoint: 'get /items/{item_id}', paginated: false },
      list: 'get /items',
    });
    const known = deriveStainlessConfig({
      ...input,
      responseSchemas: new Map([
        ['post /items', 'ItemList'],
        ['get /items/{item_id}', 'Item'],
      ]),
      schemas: [
        { key: 'ItemList', name: 'ItemList', shape: { kind: 'object', members: ['data', 'has_more', 'object'] } },
        { key: 'Item', name: 'Item', shape: { kind: 'object', members: ['id', 'object'] } },
      ],
    });
    // (`retrieve`'s Item has no `data`: no scheme would page it.)
    expect(methodsOf(known.text)).toEqual({
      create: { endpoint: 'post /items', paginated: false },
      retrieve: 'get /items/{item_id}',
      list: 'get /items',
    });
  });

  it('is so in the Python config too, by its api.md return', () => {
    const pagination = `class SyncPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    object: str

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def next_page_info(self) -> None:
        return None
`;
    const apiMd = `# Items

Types:

\`\`\`python
from acme.types import Item, ItemList
\`\`\`

Methods:

- <code title="post /items">client.items.<a href="./src/acme/resources/items.py">create</a>(\\*\\*<a href="src/acme/types/item_create_params.py">params</a>) -> <a href="./src/acme/types/item_list.py">ItemList</a></code>
- <code title="get /items">client.items.<a href="./src/acme/resources/items.py">list</a>() -> <a href="./src/acme/types/item.py">SyncPage[Item]</a></code>
`;
    const py = [
      { path: 'api.md', blob: null, text: apiMd },
      { path: 'src/acme/pagination.py', blob: null, text: pagination },
      { path: 'src/acme/_client.py', blob: null, text: 'class Acme(SyncAPIClient):\n    pass\n' },
      { path: 'pyproject.toml', blob: null, text: '[project]\nname = "acme"\n' },
    ];
    const config = derivePythonConfig(py, 'acme', null);
    expect(methodsOf(config!.text)).toEqual({
      create: { endpoint: 'post /items', paginated: false },
      list: 'get /items',
    });
  });
});

describe("a method's response read for the fake_page rule", () => {
  const spec = {
    responseSchemas: new Map<string, string>(),
    schemas: [{ key: 'FileCreateResponse', name: 'FileCreateResponse', shape: { kind: 'object', members: ['id'] } }],
  };
  const fake = [{ request: {}, response: { data: 'items', object: 'string' } }];

  it('has no fields where the method returns nothing, and needs no `paginated: false`', () => {
    for (const returns of ['None', 'void', 'Promise<void>']) {
      expect(responseProperties('delete /files/{id}', spec, returns)).toEqual([]);
      expect(unpagedThoughFitting(true, fake, responseProperties('delete /files/{id}', spec, returns))).toBe(false);
    }
  });

  it("is the schema the method's return type names where the spec names no response schema", () => {
    expect(responseProperties('post /files', spec, 'FileCreateResponse')).toEqual(['id']);
    expect(unpagedThoughFitting(true, fake, responseProperties('post /files', spec, 'FileCreateResponse'))).toBe(false);
    // Unknown still says `false`: a response of unknown shape might fit the scheme.
    expect(responseProperties('post /files', spec, 'Unknown')).toBeNull();
    expect(unpagedThoughFitting(true, fake, null)).toBe(true);
  });
});

describe("a method's response as the spec gives it (derivedConfigInput's responseMembers)", () => {
  it('is known for a `components/responses` object, an inline one, an array and no body', async () => {
    const { generate } = await import('../../generator/generate');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const json = (schema: object) => ({ description: 'ok', content: { 'application/json': { schema } } });
    const item = { type: 'object', properties: { id: { type: 'string' } } };
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Acme', version: '1' },
      paths: {
        '/items': {
          post: { operationId: 'createItem', responses: { '200': { $ref: '#/components/responses/ItemCreated' } } },
          put: { operationId: 'replaceItems', responses: { '200': json({ type: 'array', items: item }) } },
        },
        '/items/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          get: { operationId: 'getItem', responses: { '200': json(item) } },
          delete: { operationId: 'deleteItem', responses: { '204': { description: 'gone' } } },
        },
      },
      components: { responses: { ItemCreated: json({ type: 'object', properties: { id: {}, object: {} } }) } },
    };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sdkgen-unpaged-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(spec));
    const generated = await generate({
      spec: file,
      config: null,
      format: false,
      funcs: false,
      referenceDocs: false,
      namedComponents: true,
    });
    const input = derivedConfigInput(
      [
        { path: 'api.md', blob: null, text: '# Items\n' },
        { path: 'package.json', blob: null, text: JSON.stringify({ name: 'acme' }) },
      ],
      generated.api,
    )!;
    const fake = [{ request: {}, response: { data: 'items', object: 'string' } }];
    const fits = (endpoint: string) => unpagedThoughFitting(true, fake, responseProperties(endpoint, input));
    expect(Object.fromEntries(input.responseMembers ?? [])).toEqual({
      'post /items': ['id', 'object'],
      'put /items': [],
      'get /items/{id}': ['id'],
      'delete /items/{id}': [],
    });
    // None of them holds the scheme's `data`: no `paginated: false` is needed for any.
    expect(['post /items', 'put /items', 'get /items/{id}', 'delete /items/{id}'].filter(fits)).toEqual([]);
    // A scheme whose items are the body itself pages the array (said all the same), and none of the others.
    const bare = [
      { request: {}, response: { items: { 'x-stainless-pagination-property': { is_top_level_array: true } } } },
    ];
    expect([...(input.responseArrays ?? [])]).toEqual(['put /items']);
    const fitsBare = (endpoint: string) =>
      unpagedThoughFitting(true, bare, responseProperties(endpoint, input), responseIsArray(endpoint, input));
    expect(['post /items', 'put /items', 'get /items/{id}', 'delete /items/{id}'].filter(fitsBare)).toEqual([
      'put /items',
    ]);
  });
});

describe('a scheme whose items are the body itself (`is_top_level_array`), for the fake_page rule', () => {
  const arrayPage = [
    {
      request: {},
      response: { items: { type: 'array', 'x-stainless-pagination-property': { is_top_level_array: true } } },
    },
  ];
  const spec = {
    responseSchemas: new Map<string, string>(),
    responseMembers: new Map<string, readonly string[]>([
      ['get /tags', []],
      ['delete /tags/{id}', []],
      ['get /tags/{id}', ['id', 'name']],
    ]),
    responseArrays: new Set(['get /tags']),
  };
  const fits = (endpoint: string, returns?: string) =>
    unpagedThoughFitting(
      true,
      arrayPage,
      responseProperties(endpoint, spec, returns),
      responseIsArray(endpoint, spec, returns),
    );

  it('fits an array body, or one of unknown shape: `paginated: false` is said there only', () => {
    expect(fits('get /tags')).toBe(true);
    expect(fits('post /tags/search')).toBe(true);
    // An object, no body, a method returning nothing: the array scheme would not page them.
    expect(fits('get /tags/{id}')).toBe(false);
    expect(fits('delete /tags/{id}')).toBe(false);
    expect(fits('post /tags/search', 'None')).toBe(false);
  });
});

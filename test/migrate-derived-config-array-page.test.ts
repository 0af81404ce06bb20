/**
 * The config `sdkgen migrate` writes from a Stainless repository (no config of the owners') keeps its pages as
 * Stainless's SDK had them, where its API's paths share a prefix (`/v1`) and its page class takes the response body
 * itself as the array of items (`export type ArrayPageResponse<Item> = Item[]`, letta's): the scheme's array is
 * `is_top_level_array`, the methods api.md pages are paged, and those it does not (though their params would fit the
 * scheme) are `paginated: false`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { pageSchemes } from '../generator/migrate/derived-config/page-classes';
import { SLOW_FULL } from './helpers/slow-tests';

const PAGINATION = `export type ArrayPageResponse<Item> = Item[];

export interface ArrayPageParams {
  before?: string | null;

  after?: string | null;

  limit?: number | null;
}

export class ArrayPage<Item extends { id: string }> extends AbstractPage<Item> {
  items: Array<Item>;

  constructor(client: Acme, response: Response, body: ArrayPageResponse<Item>, options: FinalRequestOptions) {
    super(client, response, body, options);

    this.items = body || [];
  }

  getPaginatedItems(): Item[] {
    return this.items ?? [];
  }

  nextPageRequestOptions(): PageRequestOptions | null {
    const items = this.getPaginatedItems();
    const id = items[items.length - 1]?.id;
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

const API_MD = `# Agents

Types:

- <code><a href="./src/resources/agents.ts">Agent</a></code>
- <code><a href="./src/resources/agents.ts">AgentListIDsResponse</a></code>

Methods:

- <code title="get /v1/agents">client.agents.<a href="./src/resources/agents.ts">list</a>({ ...params }) -> AgentsArrayPage</code>
- <code title="get /v1/agents/ids">client.agents.<a href="./src/resources/agents.ts">listIDs</a>({ ...params }) -> AgentListIDsResponse</code>
`;

// (Typed as the page class takes them: a list pages where its params' types are the scheme's.)
const pageParams = [
  { name: 'before', in: 'query', schema: { type: 'string' } },
  { name: 'after', in: 'query', schema: { type: 'string' } },
  { name: 'limit', in: 'query', schema: { type: 'integer' } },
];
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/v1/agents': {
      get: {
        operationId: 'list_agents',
        parameters: pageParams,
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Agent' } } },
            },
          },
        },
      },
    },
    '/v1/agents/ids': {
      get: {
        operationId: 'list_agent_ids',
        parameters: pageParams,
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Agent: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
    },
  },
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdkgen-array-page-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a page whose response body is the array of items', () => {
  it('is read as a scheme whose array field is the top-level array, its cursor the last item’s id', () => {
    const [scheme] = pageSchemes(PAGINATION);
    expect(scheme).toMatchObject({ className: 'ArrayPage', type: 'cursor_id' });
    expect(scheme.response).toEqual({
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string', 'x-stainless-pagination-property': { purpose: 'cursor_item_id' } } },
        },
        'x-stainless-pagination-property': { is_top_level_array: true },
      },
    });
  });

  // What the SDK of the spec alone records (the IR's methods start after the shared `/v1`), as input.ts reads it.
  const query = (names: string[]) => ({ fields: names.map((wireName) => ({ in: 'query', wireName })) });
  const generatedAlone = {
    basePath: '/v1',
    resources: [
      {
        methods: [
          { http: 'get', path: '/agents', pagination: {}, params: query(['before', 'after', 'limit']), response: {} },
          {
            http: 'get',
            path: '/agents/ids',
            pagination: null,
            params: query(['before', 'after', 'limit']),
            response: {},
          },
        ],
        subresources: [],
      },
    ],
    topLevel: null,
    schemas: [],
    auth: [],
  };
  const files = [
    { path: 'api.md', text: API_MD },
    { path: 'src/core/pagination.ts', text: PAGINATION },
    { path: 'package.json', text: JSON.stringify({ name: 'acme' }) },
  ];

  it('leaves unpaged a method api.md does not page, its endpoint under the shared `/v1` prefix', () => {
    const input = derivedConfigInput(files as never, generatedAlone as never, SPEC);
    expect(input?.queryParams.get('get /v1/agents/ids')).toEqual(['before', 'after', 'limit']);
    const config = yaml.load(deriveStainlessConfig(input!).text) as {
      resources: { agents: { methods: Record<string, unknown> } };
    };
    expect(config.resources.agents.methods).toEqual({
      list: 'get /v1/agents',
      list_ids: { endpoint: 'get /v1/agents/ids', paginated: false },
    });
  });

  // Two generations of the spec: CI's full run.
  it.runIf(SLOW_FULL)(
    'the SDK of that config pages the one method as Stainless’s did',
    async () => {
      const spec = path.join(dir, 'openapi.json');
      fs.writeFileSync(spec, JSON.stringify(SPEC));
      const options = { spec, format: false, funcs: false, referenceDocs: false } as const;
      const first = await generate({ ...options, config: null, namedComponents: true });
      expect(first.api.basePath).toBe('/v1');
      const file = path.join(dir, 'stainless.yml');
      fs.writeFileSync(file, deriveStainlessConfig(derivedConfigInput(files as never, first.api, SPEC)!).text);
      const { api } = await generate({ ...options, config: file });
      const methods = api.resources.find((r) => r.property === 'agents')?.methods ?? [];
      const byName = new Map(methods.map((m) => [m.name, m.pagination?.scheme ?? null]));
      expect(byName.get('list')).toBe('ArrayPage');
      expect(byName.get('listIDs')).toBeNull();
    },
    60_000,
  );
});

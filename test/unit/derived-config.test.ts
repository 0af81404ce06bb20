/**
 * The Stainless config `sdkgen migrate` writes when a repository has none (generator/migrate/derived-config/config.ts):
 * from an api.md, page classes and type declarations written as Stainless writes them, each key is the one
 * Stainless's naming turns back into the SDK's name, models are found by name or by shape, and the page classes
 * become schemes with their paging fields.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  deriveStainlessConfig,
  type ClientOptionUse,
  type DerivedConfigInput,
  type Shape,
} from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { browserRefusalOf } from '../../generator/migrate/derived-config/client-options';
import {
  readmeCall,
  readmeDefaultCall,
  readmePaginationCall,
} from '../../generator/migrate/derived-config/readme-example';

const API_MD = `# Shared

Types:

- <code><a href="./src/resources/shared.ts">EventType</a></code>

# APIKeys

Types:

- <code><a href="./src/resources/api-keys.ts">APIKey</a></code>
- <code><a href="./src/resources/api-keys.ts">APIKeyCreateResponse</a></code>

Methods:

- <code title="post /api-keys">client.apiKeys.<a href="./src/resources/api-keys.ts">create</a>({ ...params }) -> APIKeyCreateResponse</code>
- <code title="get /api-keys">client.apiKeys.<a href="./src/resources/api-keys.ts">list</a>({ ...params }) -> APIKeysCursorPage</code>
- <code title="get /api-keys/search">client.apiKeys.<a href="./src/resources/api-keys.ts">search</a>({ ...params }) -> APIKeySearchResponse</code>
- <code title="get /api-keys/{id}/xyz-link">client.apiKeys.<a href="./src/resources/api-keys.ts">getXYZLink</a>(id) -> unknown</code>

# Emails

Types:

- <code><a href="./src/resources/emails/emails.ts">Namespace</a></code>
- <code><a href="./src/resources/emails/emails.ts">Status</a></code>

Methods:

- <code title="get /emails/{id}">client.emails.<a href="./src/resources/emails/emails.ts">retrieve</a>(id) -> Namespace</code>

- <code title="get /emails/{email_id}/events/{event_id}">client.emails.<a href="./src/resources/emails/emails.ts">event</a>(emailID, eventID) -> unknown</code>

## Bulk

Methods:

- <code title="post /emails/bulk">client.emails.bulk.<a href="./src/resources/emails/bulk.ts">send</a>({ ...params }) -> void</code>

# Client

Methods:

- <code title="get /health">client.<a href="./src/client.ts">health</a>() -> unknown</code>
`;

const PAGINATION = `export interface CursorPageResponse<Item> {
  data: Array<Item>;

  page_info: CursorPageResponse.PageInfo;
}

export namespace CursorPageResponse {
  export interface PageInfo {
    after?: string;
  }
}

export interface CursorPageParams {
  after?: string;

  limit?: number;
}

export class CursorPage<Item> extends AbstractPage<Item> implements CursorPageResponse<Item> {
  data: Array<Item>;

  page_info: CursorPageResponse.PageInfo;

  nextPageRequestOptions(): PageRequestOptions | null {
    const cursor = this.page_info?.after;
    if (!cursor) {
      return null;
    }

    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: cursor,
      },
    };
  }
}
`;

const object = (...members: string[]): Shape => ({ kind: 'object', members: [...members].sort() });

function input(overrides: Partial<DerivedConfigInput> = {}): DerivedConfigInput {
  return {
    apiMd: API_MD,
    pagination: PAGINATION,
    client:
      "export class Acme {}\nexport const environments = {\n  production: 'https://api.acme.test',\n  sandbox: 'https://sandbox.acme.test',\n};\n",
    clientClass: 'Acme',
    packageName: '@acme/sdk',
    legacy: false,
    treeShaking: false,
    mcpServer: null,
    schemas: [
      { key: 'EventType', name: 'EventType', shape: { kind: 'enum', members: ['a', 'b'] } },
      { key: 'ApiKey', name: 'ApiKey', shape: object('id', 'name') },
      // Stainless declared `Namespace` from this schema: only its shape tells.
      { key: 'NamespaceResponse', name: 'NamespaceResponse', shape: object('id', 'name', 'created') },
      { key: 'NamespacesResponseItem', name: 'NamespacesResponseItem', shape: object('id', 'name') },
      { key: 'EmailStatus', name: 'EmailStatus', shape: { kind: 'enum', members: ['queued', 'sent'] } },
    ],
    typeShapes: new Map([
      ['Namespace', object('created', 'id', 'name')],
      ['Status', { kind: 'enum', members: ['queued', 'sent'] }],
    ]),
    paginated: new Set(['get /api-keys']),
    queryParams: new Map([
      ['get /api-keys', ['after', 'limit']],
      ['get /api-keys/search', ['after', 'limit', 'q']],
    ]),
    responseSchemas: new Map(),
    webhookUnwraps: [{ resource: ['emails'], method: 'unwrap', discriminator: 'type' }],
    unwrapFields: ['data'],
    clientOptions: [],
    securitySchemes: [],
    streamRules: [],
    clientDefaults: { timeoutMs: 60_000, maxRetries: 2, idempotencyHeader: null },
    ...overrides,
  };
}

const derive = (overrides: Partial<DerivedConfigInput> = {}) => {
  const derived = deriveStainlessConfig(input(overrides));
  return { ...derived, config: yaml.load(derived.text) as Record<string, unknown> };
};

describe('deriveStainlessConfig', () => {
  it('finds a model whose schema gained a few fields since: the one with all its members and the fewest others', () => {
    const apiMd = `# Messages

Types:

- <code><a href="./src/resources/messages.ts">Message</a></code>
- <code><a href="./src/resources/messages.ts">MessageDetail</a></code>

Methods:

- <code title="get /messages/{id}">client.messages.<a href="./src/resources/messages.ts">retrieve</a>(id) -> MessageDetail</code>
`;
    const { config } = derive({
      apiMd,
      schemas: [
        { key: 'MessageResponse', name: 'MessageResponse', shape: object('id', 'from', 'to', 'headers', 'labels') },
        { key: 'MessagesResponseItem', name: 'MessagesResponseItem', shape: object('id', 'from', 'to', 'labels') },
        // Far more than a few fields besides: not it.
        { key: 'Everything', name: 'Everything', shape: object('id', 'from', 'to', 'a', 'b', 'c', 'd', 'e') },
      ],
      typeShapes: new Map([
        ['Message', object('id', 'from', 'to')],
        ['MessageDetail', object('id', 'from', 'to', 'headers')],
      ]),
    });
    expect((config.resources as Record<string, { models?: unknown }>).messages.models).toEqual({
      message: '#/components/schemas/MessagesResponseItem',
      message_detail: '#/components/schemas/MessageResponse',
    });
  });

  it("reads src/resources/shared.ts as the resource called shared where it declares Stainless's class of it", () => {
    const resources = (overrides: Partial<DerivedConfigInput>) =>
      Object.entries(derive(overrides).config.resources as Record<string, unknown>).filter(([key]) =>
        key.endsWith('shared'),
      );
    const models = { models: { event_type: '#/components/schemas/EventType' } };
    expect(resources({})).toEqual([['$shared', models]]);
    expect(resources({ sharedResource: true })).toEqual([['shared', models]]);
    // From the repository's file: only Stainless's class of it makes it a resource.
    const sharedFile = (text: string) =>
      derivedConfigInput(
        [
          { path: 'api.md', blob: null, text: API_MD },
          { path: 'src/resources/shared.ts', blob: null, text },
        ],
        null,
      )!.sharedResource;
    expect(
      sharedFile("import { APIResource } from '../core/resource';\n\nexport class Shared extends APIResource {}\n"),
    ).toBe(true);
    expect(sharedFile("export type EventType = 'a' | 'b';\n")).toBe(false);
  });

  it('writes the resources, methods and models as the keys Stainless names them from', () => {
    const { config, counts, notes } = derive();
    expect(config.resources).toEqual({
      $client: { methods: { health: 'get /health' } },
      $shared: { models: { event_type: '#/components/schemas/EventType' } },
      api_keys: {
        models: { api_key: '#/components/schemas/ApiKey' },
        methods: {
          create: 'post /api-keys',
          list: 'get /api-keys',
          // Shaped as a page would be, but not one in Stainless's SDK.
          search: { endpoint: 'get /api-keys/search', paginated: false },
          get_xyz_link: 'get /api-keys/{id}/xyz-link',
        },
      },
      emails: {
        models: { namespace: '#/components/schemas/NamespaceResponse', status: '#/components/schemas/EmailStatus' },
        methods: {
          retrieve: 'get /emails/{id}',
          // Both path parameters are arguments, where the last alone would be.
          event: { endpoint: 'get /emails/{email_id}/events/{event_id}', positional_params: ['email_id', 'event_id'] },
          unwrap: { type: 'webhook_unwrap', discriminator: 'type' },
        },
        subresources: { bulk: { methods: { send: 'post /emails/bulk' } } },
      },
    });
    // `XYZ` is not a word Stainless capitalises whole: a casing says so.
    expect(config.custom_casings).toEqual({ xyz: 'XYZ' });
    expect(counts).toEqual({ resources: 3, methods: 9, models: 4, schemes: 1 });
    // A section api.md links as a file of its own is a standalone_api.
    const linked = derive({ apiMd: API_MD.replace('# Emails', '# [Emails](src/resources/emails/api.md)') }).config;
    expect((linked.resources as Record<string, Record<string, unknown>>).emails.standalone_api).toBe(true);
    expect((config.resources as Record<string, Record<string, unknown>>).emails.standalone_api).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it("keeps api.md's order of the resources, one that only declares models among them", () => {
    const apiMd = API_MD.replace(
      '# APIKeys',
      '# Tags\n\nTypes:\n\n- <code><a href="./src/resources/tags.ts">Tag</a></code>\n\n# APIKeys',
    );
    const base = input();
    const { config } = derive({
      apiMd,
      schemas: [...base.schemas, { key: 'Tag', name: 'Tag', shape: object('id', 'label') }],
      typeShapes: new Map([...base.typeShapes, ['Tag', object('id', 'label')]]),
    });
    expect(Object.keys(config.resources as object)).toEqual(['$client', '$shared', 'tags', 'api_keys', 'emails']);
    expect((config.resources as Record<string, unknown>).tags).toEqual({ models: { tag: '#/components/schemas/Tag' } });
  });

  it("says the package is published by npm's trusted publishing where Stainless's publish script installs such an npm", () => {
    expect(derive({ npmTrustedPublishing: true }).config.targets).toEqual({
      typescript: { package_name: '@acme/sdk', publish: { npm: { auth_method: 'oidc' } } },
    });
    expect(derive({ npmTrustedPublishing: false }).config.targets).toEqual({
      typescript: { package_name: '@acme/sdk' },
    });
  });

  it('names the client, package, environments and the response field methods return', () => {
    const { config } = derive();
    expect(config.organization).toEqual({ name: 'acme' });
    expect(config.targets).toEqual({ typescript: { package_name: '@acme/sdk' } });
    // The repository package.json names, as Stainless's production_repo: the README and CONTRIBUTING.md link it.
    expect(derive({ productionRepo: 'acme/acme-node' }).config.targets).toEqual({
      typescript: { package_name: '@acme/sdk', production_repo: 'acme/acme-node' },
    });
    expect(config.environments).toEqual({ production: 'https://api.acme.test', sandbox: 'https://sandbox.acme.test' });
    // How the SDK wrote query strings, where that is not Stainless's default (comma, brackets).
    expect(derive({ queryFormats: { array: 'comma', nested: 'brackets' } }).config.query_settings).toBeUndefined();
    expect(derive({ queryFormats: { array: 'brackets', nested: 'dots' } }).config.query_settings).toEqual({
      nested_format: 'dots',
      array_format: 'brackets',
    });
    // Where the documentation is, beside the organization's name.
    expect(derive({ docsUrl: 'https://docs.acme.test' }).config.organization).toEqual({
      name: 'acme',
      docs: 'https://docs.acme.test',
    });
    // Whom SECURITY.md sends reports about the service to.
    expect(derive({ contact: 'security@acme.test' }).config.organization).toEqual({
      name: 'acme',
      contact: 'security@acme.test',
    });
    // The licence and the notice above each file's banner are settings.
    expect(derive({ license: 'MIT', fileHeader: 'Copyright Acme.\n' }).config.settings).toEqual({
      license: 'MIT',
      unwrap_response_fields: ['data'],
      file_header: 'Copyright Acme.\n',
    });
    // A client with one base URL had one environment; one built from server variables, none the config can write.
    const single = (url: string) =>
      derive({ client: `export class Acme {\n  constructor() {\n    baseURL: baseURL || \`${url}\`,\n  }\n}\n` }).config
        .environments;
    expect(single('https://api.acme.test/v1')).toEqual({ production: 'https://api.acme.test/v1' });
    expect(single('https://${region}.acme.test')).toBeUndefined();
    expect(config.settings).toEqual({ unwrap_response_fields: ['data'] });
    // The client's defaults where they are not Stainless's own.
    expect(config.client_settings).toBeUndefined();
    const defaults = { timeoutMs: 600_000, maxRetries: 5, idempotencyHeader: 'Idempotency-Key' };
    expect(derive({ clientDefaults: defaults }).config.client_settings).toEqual({
      idempotency: { header: 'Idempotency-Key' },
      default_timeout: 600_000,
      default_retries: { max_retries: 5 },
    });
    // streaming.on_event where the streams did more than yield every event.
    expect(config.streaming).toBeUndefined();
    expect(derive({ streamRules: [{ kind: 'fallthrough', handle: 'yield' }] }).config.streaming).toBeUndefined();
    const rules = [
      { event_type: 'error', handle: 'error' },
      { kind: 'fallthrough', handle: 'yield' },
    ];
    expect(derive({ streamRules: rules }).config.streaming).toEqual({ on_event: rules });
    // Methods that stream when a body field is true: their events are a model's, else the text/event-stream schema's.
    const streams = derive({
      streamingMethods: new Map([
        ['client.apiKeys.create', { param: 'stream', event: 'APIKey' }],
        ['client.emails.bulk.send', { param: 'streamed', event: 'BulkEvent' }],
        ['client.emails.retrieve', { param: 'stream', event: 'Namespace' }],
      ]),
    });
    type Written = { methods: Record<string, unknown>; subresources: Record<string, Written> };
    const resources = streams.config.resources as Record<string, Written>;
    expect(resources.api_keys.methods.create).toEqual({
      endpoint: 'post /api-keys',
      streaming: { stream_event_model: 'api_keys.api_key', param_discriminator: 'stream' },
    });
    expect(resources.emails.subresources.bulk.methods.send).toEqual({
      endpoint: 'post /emails/bulk',
      streaming: { param_discriminator: 'streamed' },
    });
    // Its params types named otherwise than the resource's singular and the method, as its overloads name them
    // (openai-node's `chat.completions.create(body: ChatCompletionCreateParamsNonStreaming)`): `params_type_name`.
    const namedParams = derive({
      streamingMethods: new Map([
        ['client.apiKeys.create', { param: 'stream', event: null, params: 'KeyCreateParams' }],
        ['client.emails.bulk.send', { param: 'streamed', event: null, params: 'BulkSendParams' }],
      ]),
    }).config.resources as Record<string, Written>;
    expect(namedParams.api_keys.methods.create).toEqual({
      endpoint: 'post /api-keys',
      streaming: { param_discriminator: 'stream', params_type_name: 'KeyCreateParams' },
    });
    expect(namedParams.emails.subresources.bulk.methods.send).toEqual({
      endpoint: 'post /emails/bulk',
      streaming: { param_discriminator: 'streamed' },
    });
    // A method that always streams is marked so: without `streaming`, its event stream would be read as text.
    const always = derive({ streamingMethods: new Map([['client.emails.retrieve', { param: null, event: null }]]) });
    expect((always.config.resources as Record<string, Written>).emails.methods.retrieve).toEqual({
      endpoint: 'get /emails/{id}',
      streaming: { param_discriminator: null },
    });
    // Namespace is a model (from NamespaceResponse) and the method's own return type: no note for it.
    expect(resources.emails.methods.retrieve).toEqual({
      endpoint: 'get /emails/{id}',
      streaming: { stream_event_model: 'emails.namespace', param_discriminator: 'stream' },
    });
    expect(streams.notes).toEqual([
      'the events of a streaming method (BulkEvent) are no model; its text/event-stream schema types them',
    ]);
    // A client class Stainless would not name after the organization keeps its name; the older generator is `node`.
    const other = derive({ clientClass: 'AcmeApiClient', legacy: true }).config;
    expect(other.organization).toEqual({ name: 'acme-api-client' });
    expect(other.targets).toEqual({ node: { package_name: '@acme/sdk', options: { client_name: 'AcmeApiClient' } } });
    // Its tree-shakable entry point and MCP server, where it has them.
    expect(derive({ treeShaking: true, mcpServer: '@acme/mcp' }).config.targets).toEqual({
      typescript: {
        package_name: '@acme/sdk',
        options: { enable_treeshaking: true, mcp_server: { package_name: '@acme/mcp' } },
      },
    });
    // A client that refuses browsers: its message, read from the literal (escapes read, never evaluated).
    const client = [
      'export class Acme {',
      '  constructor() {',
      '    if (!options.dangerouslyAllowBrowser && isRunningInBrowser()) {',
      '      throw new Errors.AcmeError("Servers only.\\nSee `docs`, \\"please\\".");',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(browserRefusalOf(client)).toBe('Servers only.\nSee `docs`, "please".');
    expect(browserRefusalOf('export class Acme {}')).toBeNull();
    expect(derive({ browserRefusal: 'Servers only.' }).config.targets).toEqual({
      typescript: { package_name: '@acme/sdk', options: { browser: { state: 'disallow', message: 'Servers only.' } } },
    });
  });

  it("writes readme.example_requests.headline from the README's first request, its positional arguments as path params; default from its raw-response section", () => {
    const readme = [
      '## Usage',
      '```ts',
      "const acme = new Acme({ apiKey: process.env['ACME_API_KEY'] }); // comment",
      "const event = await acme.emails.event('em_1', 'ev_2', { verbose: true, tags: ['a', \"b\"], at: variable });",
      '```',
    ].join('\n');
    const { config, notes } = derive({ readmeCall: readmeCall(readme) });
    expect(config.readme).toEqual({
      example_requests: {
        headline: {
          type: 'request',
          endpoint: 'get /emails/{email_id}/events/{event_id}',
          params: { email_id: 'em_1', event_id: 'ev_2', verbose: true, tags: ['a', 'b'] },
        },
      },
    });
    expect(notes).toContainEqual(expect.stringMatching(/client\.emails\.event: at are not literal values/));
    // A call api.md does not list, or no README example: no readme key.
    expect(
      derive({ readmeCall: readmeCall(readme.replace('emails.event', 'emails.gone')) }).config.readme,
    ).toBeUndefined();
    expect(derive({ readmeCall: null }).config.readme).toBeUndefined();
    // The README's auto-pagination example: the first call it iterates with `for await`.
    const paging = ['```ts', 'for await (const key of client.apiKeys.list({ limit: 2 })) {', '}', '```'].join('\n');
    expect(readmeCall(paging)).toBeNull();
    expect(derive({ readmePaginationCall: readmePaginationCall(paging) }).config.readme).toEqual({
      example_requests: { pagination: { type: 'request', endpoint: 'get /api-keys', params: { limit: 2 } } },
    });
    // The request of its sections on errors, retries and raw responses: the call whose raw response it reads.
    const sections = [
      '```ts',
      "await client.emails.retrieve('em_1', { maxRetries: 5 });",
      '```',
      '```ts',
      "const response = await client.emails.retrieve('em_2').asResponse();",
      '```',
    ].join('\n');
    expect(readmeDefaultCall(sections)).toMatchObject({ chain: 'client.emails.retrieve', positional: ['em_2'] });
    expect(readmeDefaultCall(paging)).toBeNull();
    expect(derive({ readmeDefaultCall: readmeDefaultCall(sections) }).config.readme).toEqual({
      example_requests: { default: { type: 'request', endpoint: 'get /emails/{id}', params: { id: 'em_2' } } },
    });
  });

  it('turns the page classes into schemes, with the field and parameter the next page is asked with', () => {
    expect(derive().config.pagination).toEqual([
      {
        name: 'cursor_page',
        type: 'cursor',
        request: {
          after: { type: 'string', 'x-stainless-pagination-property': { purpose: 'next_cursor_param' } },
          limit: { type: 'integer' },
        },
        response: {
          data: { type: 'array' },
          page_info: {
            type: 'object',
            properties: {
              after: { type: 'string', 'x-stainless-pagination-property': { purpose: 'next_cursor_field' } },
            },
          },
        },
      },
    ]);
    const offset = PAGINATION.replace('const cursor = this.page_info?.after;', 'const offset = this.next_index ?? 0;')
      .replace('after: cursor,', 'start_index: offset + 1,')
      .replace('after?: string;\n\n  limit', 'start_index?: number;\n\n  limit');
    const scheme = (derive({ pagination: offset }).config.pagination as Array<Record<string, unknown>>)[0];
    expect(scheme.type).toBe('offset');
    expect(scheme.request).toEqual({
      start_index: { type: 'integer', 'x-stainless-pagination-property': { purpose: 'offset_count_param' } },
      limit: { type: 'integer' },
    });
  });

  it("reads a page that asks for the next page after its last item's id as a cursor_id scheme", () => {
    const byItem = PAGINATION.replace(
      'export class CursorPage<Item> extends',
      'export class CursorPage<Item extends { id: string }>\n  extends',
    )
      .replace(
        'page_info: CursorPageResponse.PageInfo;\n}\n\nexport namespace',
        'has_more: boolean;\n}\n\nexport namespace',
      )
      .replace(
        'const cursor = this.page_info?.after;',
        'const data = this.getPaginatedItems();\n    const cursor = data[data.length - 1]?.id;',
      );
    const [scheme] = derive({ pagination: byItem }).config.pagination as Array<Record<string, unknown>>;
    expect(scheme).toEqual({
      name: 'cursor_page',
      type: 'cursor_id',
      request: {
        after: { type: 'string', 'x-stainless-pagination-property': { purpose: 'next_cursor_id_param' } },
        limit: { type: 'integer' },
      },
      response: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', 'x-stainless-pagination-property': { purpose: 'cursor_item_id' } },
            },
          },
        },
        has_more: { type: 'boolean' },
      },
    });
  });

  it('reads the way back of a page that goes both ways, and a page that never asks for another as a fake_page', () => {
    const backwards = `    if ((this.options.query as Record<string, unknown>)?.['before']) {
      const first = this.page_info?.before;
      if (!first) {
        return null;
      }

      return {
        ...this.options,
        query: {
          ...maybeObj(this.options.query),
          before: first,
        },
      };
    }

`;
    const both = PAGINATION.replace('    after?: string;\n  }', '    after?: string;\n\n    before?: string;\n  }')
      .replace('  after?: string;\n\n  limit', '  after?: string;\n\n  before?: string;\n\n  limit')
      .replace('    const cursor = this.page_info?.after;', `${backwards}    const cursor = this.page_info?.after;`);
    const [scheme] = derive({ pagination: both }).config.pagination as Array<Record<string, unknown>>;
    expect([scheme.type, scheme.request, scheme.response]).toEqual([
      'cursor',
      {
        after: { type: 'string', 'x-stainless-pagination-property': { purpose: 'next_cursor_param' } },
        before: { type: 'string', 'x-stainless-pagination-property': { purpose: 'previous_cursor_param' } },
        limit: { type: 'integer' },
      },
      {
        data: { type: 'array' },
        page_info: {
          type: 'object',
          properties: {
            after: { type: 'string', 'x-stainless-pagination-property': { purpose: 'next_cursor_field' } },
            before: { type: 'string', 'x-stainless-pagination-property': { purpose: 'previous_cursor_field' } },
          },
        },
      },
    ]);

    const single = PAGINATION.replace(/ {4}const cursor[\s\S]*?\n {2}\}\n\}/, '    return null;\n  }\n}');
    const [fake] = derive({ pagination: single }).config.pagination as Array<Record<string, unknown>>;
    expect(fake.type).toBe('fake_page');
    expect(fake.request).toEqual({ after: { type: 'string' }, limit: { type: 'integer' } });
    // Without request fields, the scheme does not make every other method `paginated: false`.
    const bare = derive({ pagination: single.replace(/export interface CursorPageParams \{[\s\S]*?\n\}\n/, '') });
    expect((bare.config.pagination as Array<Record<string, unknown>>)[0].request).toEqual({});
    const emails = (bare.config.resources as Record<string, { methods: Record<string, unknown> }>).emails;
    expect(emails.methods.retrieve).toBe('get /emails/{id}');
  });

  it("leaves out, with a note, a method whose operation this spec has broken; the older generator's arguments", () => {
    const broken = derive({ brokenEndpoints: new Map([['get /emails/{id}', 'the path uses {id}, declared nowhere']]) });
    expect(broken.notes).toEqual([
      'client.emails.retrieve: the path uses {id}, declared nowhere; the method is left out',
    ]);
    const emails = (broken.config.resources as Record<string, { methods: Record<string, unknown> }>).emails;
    expect(emails.methods.retrieve).toBeUndefined();
    // The older generator takes every path parameter as an argument: nothing to say.
    const legacy = (derive({ legacy: true }).config.resources as Record<string, { methods: Record<string, unknown> }>)
      .emails;
    expect(legacy.methods.event).toBe('get /emails/{email_id}/events/{event_id}');
  });

  it('notes a name a casing another name needs makes come out otherwise', () => {
    const apiMd = API_MD.replace('getXYZLink', 'getXyzCode').replace('xyz-link', 'xyz-code');
    const { notes } = derive({
      apiMd: `${apiMd}\n# Things\n\nMethods:\n\n- <code title="get /things/xyz">client.things.<a href="./src/resources/things.ts">getXYZ</a>() -> unknown</code>\n`,
    });
    expect(notes).toEqual(['getXyzCode: the casings other names need make its key `get_xyz_code` getXYZCode']);
  });

  it("takes a resource's key from its module's file where several keys give its name (mongodb, mongo_db)", () => {
    const apiMd = `${API_MD}\n# MongoDB\n\nMethods:\n\n- <code title="post /mongo/find">client.mongoDB.<a href="./src/resources/mongodb.ts">find</a>({ ...params }) -> unknown</code>\n`;
    const resources = derive({ apiMd }).config.resources as Record<string, unknown>;
    expect(resources.mongodb).toEqual({ methods: { find: 'post /mongo/find' } });
    expect(resources.mongo_db).toBeUndefined();
  });

  it('finds a schema cased otherwise, and page classes declared over several lines with dotted parameters', () => {
    const { config } = derive({
      schemas: [...input().schemas, { key: 'AWSSNSData', name: 'AWSSNSData', shape: null }],
      apiMd: `${API_MD}\n# Sns\n\nTypes:\n\n- <code><a href="./src/resources/sns.ts">AwsSnsData</a></code>\n`,
      pagination: PAGINATION.replace(
        'export class CursorPage<Item> extends AbstractPage<Item> implements CursorPageResponse<Item> {',
        'export class CursorPage<Item>\n  extends AbstractPage<Item>\n  implements CursorPageResponse<Item>\n{',
      )
        .replace('  after?: string;\n\n  limit', "  'options.after'?: string;\n\n  limit")
        .replace('after: cursor,', "'options.after': cursor,"),
    });
    expect((config.resources as Record<string, { models?: object }>).sns.models).toEqual({
      aws_sns_data: '#/components/schemas/AWSSNSData',
    });
    const [scheme] = config.pagination as Array<{ request: Record<string, unknown> }>;
    expect(scheme.request['options.after']).toEqual({
      type: 'string',
      'x-stainless-pagination-property': { purpose: 'next_cursor_param' },
    });
  });

  it("writes the client's own options with what they are for: a scheme, a header, a query parameter, a parameter", () => {
    const option = (name: string, use: Partial<ClientOptionUse>): ClientOptionUse => ({
      name,
      type: 'string',
      env: null,
      nullable: false,
      bearer: false,
      basic: null,
      header: null,
      query: null,
      param: null,
      ...use,
    });
    const { config } = derive({
      clientOptions: [
        option('apiKey', { env: 'ACME_API_KEY', bearer: true }),
        option('appAPIKey', { env: 'APP_API_KEY', nullable: true, header: { name: 'X-App-Key', auth: true } }),
        option('branch', {
          env: 'ACME_BRANCH',
          nullable: true,
          header: { name: 'X-Acme-Branch', auth: false },
          description: 'The slug of an existing branch',
        }),
        option('region', { query: 'region' }),
        option('project', { param: 'project' }),
      ],
      securitySchemes: [{ name: 'AppKey', kind: 'apiKey', header: 'x-app-key', query: null }],
    });
    expect(config.client_settings).toEqual({
      opts: {
        // No bearer scheme in the spec: the config declares the one Stainless's did.
        api_key: { type: 'string', read_env: 'ACME_API_KEY', auth: { security_scheme: 'bearerAuth' } },
        app_api_key: { type: 'string', read_env: 'APP_API_KEY', nullable: true, auth: { security_scheme: 'AppKey' } },
        branch: {
          type: 'string',
          read_env: 'ACME_BRANCH',
          nullable: true,
          description: 'The slug of an existing branch',
          send_in_header: 'X-Acme-Branch',
        },
        region: { type: 'string', send_as_query_param: 'region' },
        project: {
          type: 'string',
          send_as_path_param: 'project',
          send_as_query_param: 'project',
          send_as_body_param: 'project',
        },
      },
    });
    expect(config.security_schemes).toEqual({ bearerAuth: { type: 'http', scheme: 'bearer' } });
    // The spec's scheme an option authenticates with stays an alternative beside the declared one.
    expect(config.security).toEqual([{ bearerAuth: [] }, { AppKey: [] }]);
  });

  it('takes the schema whose name starts with the type of two of its shape; else the one of its name and a suffix', () => {
    const { config } = derive({
      schemas: input().schemas.map((s) => (s.key === 'NamespaceResponse' ? { ...s, shape: object('id', 'name') } : s)),
      typeShapes: new Map([['Namespace', object('id', 'name')]]),
    });
    // NamespaceResponse and NamespacesResponseItem have its shape; the one whose name starts with it is taken.
    expect((config.resources as Record<string, { models?: object }>).emails.models).toEqual({
      namespace: '#/components/schemas/NamespaceResponse',
    });
    // Of no known shape (a transformation changed its schema): the one schema of its name and a word schemas add.
    const suffixed = derive({ typeShapes: new Map() }).config;
    expect((suffixed.resources as Record<string, { models?: object }>).emails.models).toEqual({
      namespace: '#/components/schemas/NamespaceResponse',
    });
    // Two such schemas, or none: left out.
    const two = derive({
      typeShapes: new Map(),
      schemas: [...input().schemas, { key: 'NamespaceSchema', name: 'NamespaceSchema', shape: object('id') }],
    }).config;
    expect((two.resources as Record<string, { models?: object }>).emails.models).toBeUndefined();
    const none = derive({
      typeShapes: new Map(),
      schemas: input().schemas.filter((schema) => schema.key !== 'NamespaceResponse'),
    });
    expect((none.config.resources as Record<string, { models?: object }>).emails.models).toBeUndefined();
    // Said in a note, not silently.
    expect(none.notes).toEqual([
      expect.stringMatching(/^2 type\(s\) api\.md lists match no schema .*: Namespace, Status\. /),
    ]);
  });
});

describe('readmeCall', () => {
  it('reads the literals of the first awaited client call of a code block; never evaluates anything', () => {
    const call = readmeCall(
      [
        'Text with `await client.not.code()`.',
        '```sh',
        'npm install acme',
        '```',
        '```js',
        '/* await client.commented.out() */',
        'const page = await client.things.list({',
        "  'dotted.key': 'it\\'s \\u00e9',",
        '  n: -1.5e3,',
        '  nested: { deep: [1, null, false], tpl: `plain` },',
        '  shorthand,',
        '  call: compute(),',
        '});',
        '```',
      ].join('\n'),
    );
    expect(call).toEqual({
      chain: 'client.things.list',
      positional: [],
      params: { 'dotted.key': "it's é", n: -1500, nested: { deep: [1, null, false], tpl: 'plain' } },
      skipped: ['shorthand', 'call'],
    });
    expect(readmeCall('# No code\n')).toBeNull();
  });
});

describe('derivedConfigInput', () => {
  const CLIENT = `export interface ClientOptions {
  /**
   * Defaults to process.env['ACME_API_KEY'].
   */
  apiKey?: string | undefined;

  /**
   * The slug of an existing branch,
   * on two lines.
   *
   * Defaults to process.env['ACME_BRANCH'].
   */
  branch?: string | null | undefined;

  region?: string | undefined;

  project?: string | null | undefined;

  maxRetries?: number | undefined;
}

export class Acme extends BaseClient {
  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    apiKey = readEnv('ACME_API_KEY'),
    branch = readEnv('ACME_BRANCH') ?? null,
    ...opts
  }: ClientOptions = {}) {}

  protected override defaultQuery(): Record<string, string | undefined> | undefined {
    return {
      region: this.region,
      ...this._options.defaultQuery,
    };
  }

  protected override defaultHeaders(opts: FinalRequestOptions): Headers {
    return buildHeaders([{ 'X-Acme-Branch': this.branch }]);
  }

  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    return buildHeaders([{ Authorization: \`Bearer \${this.apiKey}\` }]);
  }
}
`;
  const files = [
    { path: 'api.md', blob: null, text: '# Things\n' },
    { path: 'src/client.ts', blob: null, text: CLIENT },
    {
      path: 'src/resources/builds.ts',
      blob: null,
      text: 'export class Builds {\n  create(params) {\n    const { project = this._client.project, ...body } = params;\n  }\n}\n',
    },
  ];

  it("reads the client's options from Stainless's client and the spec's security schemes", () => {
    const input = derivedConfigInput(files, null, {
      components: { securitySchemes: { Bearer: { type: 'http', scheme: 'bearer' } } },
    })!;
    expect(input.clientClass).toBe('Acme');
    expect(input.clientOptions).toEqual([
      expect.objectContaining({
        name: 'apiKey',
        env: 'ACME_API_KEY',
        nullable: false,
        bearer: true,
        header: null,
        // Only the line every option's comment has: nothing to describe it.
        description: null,
      }),
      expect.objectContaining({
        name: 'branch',
        env: 'ACME_BRANCH',
        nullable: true,
        header: { name: 'X-Acme-Branch', auth: false },
        description: 'The slug of an existing branch,\non two lines.',
      }),
      expect.objectContaining({ name: 'region', env: null, query: 'region', header: null }),
      expect.objectContaining({ name: 'project', nullable: true, param: 'project' }),
    ]);
    expect(input.securitySchemes).toEqual([{ name: 'Bearer', kind: 'bearer', header: null, query: null }]);
    expect(input.streamRules).toEqual([]);
    expect(input.clientDefaults).toEqual({ timeoutMs: null, maxRetries: null, idempotencyHeader: null });
    // Without api.md, nothing to write a config from.
    expect(derivedConfigInput(files.slice(1), null)).toBeNull();
  });

  it("reads an option's default (`?? 'main'`) as the config's default:, written into client_settings", () => {
    const client = CLIENT.replace(
      "branch = readEnv('ACME_BRANCH') ?? null,",
      "branch = readEnv('ACME_BRANCH') ?? 'main',",
    );
    const input = derivedConfigInput([files[0]!, { path: 'src/client.ts', blob: null, text: client }], null)!;
    expect(input.clientOptions.map((o) => [o.name, o.default])).toEqual([
      ['apiKey', null],
      ['branch', 'main'],
      ['region', null],
      ['project', null],
    ]);
    expect(derive({ clientOptions: input.clientOptions }).config.client_settings).toMatchObject({
      opts: { branch: { read_env: 'ACME_BRANCH', nullable: true, default: 'main' } },
    });
  });

  it('reads an API key sent under an unquoted header name in authHeaders, not the option copied elsewhere', () => {
    const client = CLIENT.replace(
      'return buildHeaders([{ Authorization: `Bearer ${this.apiKey}` }]);',
      'return buildHeaders([{ Authorization: this.apiKey }]);',
    ).replace(
      'export class Acme extends BaseClient {',
      'export class Acme extends BaseClient {\n  copy = { apiKey: this.apiKey };',
    );
    const input = derivedConfigInput([files[0]!, { path: 'src/client.ts', blob: null, text: client }], null, {
      components: { securitySchemes: { ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
    })!;
    expect(input.clientOptions[0]).toEqual(
      expect.objectContaining({ name: 'apiKey', bearer: false, header: { name: 'Authorization', auth: true } }),
    );
  });

  it('reads settings.disable_mock_tests from tests Stainless wrote skipped, every one under its comment', () => {
    const testFile = (body: string) => ({
      path: 'tests/api-resources/things.test.ts',
      blob: null,
      text: `describe('resource things', () => {\n${body}});\n`,
    });
    const skipped = (comment: string, name: string) => `  // ${comment}\n  test.skip('${name}', async () => {});\n`;
    const read = (...tests: string[]) =>
      derivedConfigInput([files[0]!, files[1]!, testFile(tests.join(''))], null)!.mockTestsDisabled;
    expect(read(skipped('Prism tests are disabled', 'list'), skipped('Mock server tests are disabled', 'get'))).toBe(
      true,
    );
    // One test that runs, or one skipped for another reason: the mock tests were on.
    expect(read(skipped('Prism tests are disabled', 'list'), "  test('get', async () => {});\n")).toBe(false);
    expect(read(skipped('Prism tests are disabled', 'list'), skipped('Prism does not support this', 'get'))).toBe(
      false,
    );
    const settingsOf = (mockTestsDisabled: boolean) =>
      (derive({ mockTestsDisabled }).config.settings ?? {}) as Record<string, unknown>;
    expect(settingsOf(true).disable_mock_tests).toBe(true);
    expect(settingsOf(false).disable_mock_tests).toBeUndefined();
  });

  it("reads the licence notice above Stainless's banner, and the package's licence", () => {
    const index = [
      '// Copyright (c) Acme, Inc.',
      '// All rights reserved.',
      '//',
      '// Licensed under the terms in the LICENSE file.',
      '//',
      '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.',
      '',
      "export { Acme as default } from './client';",
      '',
    ].join('\n');
    const read = (indexText: string) =>
      derivedConfigInput(
        [
          { path: 'api.md', blob: null, text: '# Things\n' },
          { path: 'src/index.ts', blob: null, text: indexText },
          { path: 'package.json', blob: null, text: '{ "name": "acme", "license": "Apache-2.0" }' },
          {
            path: 'README.md',
            blob: null,
            text: '# Acme\n\nThe REST API documentation can be found on [docs.acme.test](https://docs.acme.test/api). More.\n',
          },
          {
            path: 'SECURITY.md',
            blob: null,
            text: '# Security Policy\n\nReport SDK issues to security@stainless.com.\n\n### Acme Terms and Policies\n\nPlease contact security@acme.test for any questions.\n',
          },
        ],
        null,
      )!;
    const input = read(index);
    expect(input.fileHeader).toBe(
      'Copyright (c) Acme, Inc.\nAll rights reserved.\n\nLicensed under the terms in the LICENSE file.\n',
    );
    expect(input.license).toBe('Apache-2.0');
    expect(input.docsUrl).toBe('https://docs.acme.test/api');
    expect(input.contact).toBe('security@acme.test');
    // No qs.stringify call: the code says nothing of the query's formats.
    expect(input.queryFormats).toBeNull();
    const withQuery = derivedConfigInput(
      [
        { path: 'api.md', blob: null, text: '# Things\n' },
        {
          path: 'src/internal/utils/query.ts',
          blob: null,
          text: "export function stringifyQuery(query: object) {\n  return qs.stringify(query, { arrayFormat: 'brackets' });\n}\n",
        },
      ],
      null,
    )!;
    expect(withQuery.queryFormats).toEqual({ array: 'brackets', nested: 'brackets' });
    // Only the banner: no notice.
    expect(read(index.split('\n').slice(5).join('\n')).fileHeader).toBeNull();
  });

  it('reads which methods stream, on which field, with what events, from the code api.md names for each', () => {
    const apiMd = [
      '# Chat',
      '',
      '- <code title="get /things">client.chat.<a href="./src/resources/chat/chat.ts">list</a>() -> Things</code>',
      '- <code title="post /things">client.chat.<a href="./src/resources/chat/chat.ts">create</a>({ ...params }) -> Thing</code>',
      '- <code title="get /things/{id}">client.chat.<a href="./src/resources/chat/chat.ts">retrieve</a>(id) -> Thing</code>',
      '- <code title="get /things/follow">client.chat.<a href="./src/resources/chat/chat.ts">follow</a>() -> ThingChunk</code>',
      '- <code title="post /other">client.other.<a href="./src/resources/other.ts">create</a>({ ...params }) -> Thing</code>',
      '',
    ].join('\n');
    const chat = `export class Chat extends APIResource {
  /**
   * Lists the things.
   */
  list(options?: RequestOptions): APIPromise<Things> {
    return this._client.get('/things', options);
  }

  create(body: CreateParamsNonStreaming, options?: RequestOptions): APIPromise<Thing>;
  create(
    body: CreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<Stream<ChatAPI.ThingChunk>>;
  create(body: CreateParams, options?: RequestOptions): APIPromise<Thing> | APIPromise<Stream<ChatAPI.ThingChunk>> {
    return this._client.post('/things', { body, ...options, stream: body.stream ?? false }) as APIPromise<Thing>;
  }

  retrieve(id: string, options?: RequestOptions): APIPromise<Thing> {
    return this._client.get(path\`/things/\${id}\`, options);
  }

  follow(options?: RequestOptions): APIPromise<Stream<ChatAPI.ThingChunk>> {
    return this._client.get('/things/follow', {
      ...options,
      stream: true,
    }) as APIPromise<Stream<ChatAPI.ThingChunk>>;
  }
}
`;
    const read = (repoFiles: Array<{ path: string; text: string }>) =>
      derivedConfigInput(
        repoFiles.map((f) => ({ ...f, blob: null })),
        null,
      )!.streamingMethods;
    expect(
      read([
        { path: 'api.md', text: apiMd },
        { path: 'src/resources/chat/chat.ts', text: chat },
        // Its call sends no stream flag: it does not stream on a field.
        { path: 'src/resources/other.ts', text: chat.replace(', stream: body.stream ?? false', '') },
      ]),
    ).toEqual(
      new Map([
        // (Its overloads name its params types: their base name.)
        ['client.chat.create', { param: 'stream', event: 'ThingChunk', params: 'CreateParams' }],
        // Its call always streams (`stream: true`): no field says so. (Asking for text/event-stream itself, it would be
        // a stream its config left unmarked: migrate-derived-unmarked-stream-r37b.test.ts.)
        ['client.chat.follow', { param: null, event: 'ThingChunk' }],
      ]),
    );
  });

  it("reads streaming.on_event from how Stainless's Stream reads each event", () => {
    const loop = (body: string) =>
      `export class Stream<Item> {\n  static fromSSEResponse() {\n    async function* iterator() {\n      try {\n        for await (const sse of _iterSSEMessages(response, controller)) {\n${body}\n        }\n        done = true;\n      } catch (e) {\n        throw e;\n      }\n    }\n  }\n}\n`;
    const rules = (body: string) =>
      derivedConfigInput([...files, { path: 'src/core/streaming.ts', blob: null, text: loop(body) }], null)!
        .streamRules;
    // An OpenAI-compatible API's: [DONE] ends it, an `error` property is thrown.
    expect(
      rules(`          if (done) continue;
          if (sse.data.startsWith('[DONE]')) {
            done = true;
            continue;
          } else {
            let data = JSON.parse(sse.data);
            if (data && data.error) {
              throw new APIError(undefined, data.error, undefined, response.headers);
            }
            yield data;
          }`),
    ).toEqual([
      { data_starts_with: '[DONE]', handle: 'done' },
      { kind: 'fallthrough', handle: 'yield', error_property: 'error' },
    ]);
    // Events by name: those yielded, `ping` skipped, `error` thrown, any other dropped.
    expect(
      rules(`          if (sse.event === 'completion' || sse.event === 'message_start') {
            yield JSON.parse(sse.data);
          }
          if (sse.event === 'ping') {
            continue;
          }
          if (sse.event === 'error') {
            throw new APIError(undefined, safeJSON(sse.data) ?? sse.data, undefined, response.headers);
          }`),
    ).toEqual([
      { event_type: ['completion', 'message_start'], handle: 'yield' },
      { event_type: 'ping', handle: 'skip' },
      { event_type: 'error', handle: 'error' },
    ]);
    expect(rules('          yield JSON.parse(sse.data);')).toEqual([{ kind: 'fallthrough', handle: 'yield' }]);
  });
});

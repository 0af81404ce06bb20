/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK: the config it writes names the pagination schemes the
 * repository's page classes record (`src/<package>/pagination.py`, migrate/python/derived-config/page-classes.ts), the client's
 * options (`api_key` and its environment variable, headers: migrate/python/derived-config/client-options.ts) and the client's own
 * methods (`client.health()`, the config's `$client`), so that the methods api.md pages are paged by the same
 * classes (`SyncArrayPage[Agent]`), and a method the spec alone would page, which Stainless's did not, is not.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-body-param-name.test.ts samples Python migrate (docs/contributing.md, "What `npm test`
// samples").
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { pythonClientSettings } from '../generator/migrate/python/derived-config/client-options';
import { pythonPageSchemes } from '../generator/migrate/python/derived-config/page-classes';
import { sdkgen } from './helpers/git-repo';
import { read } from './helpers/stainless-repository';
import { migratedFromRepo } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const PROPERTY = 'x-stainless-pagination-property';
const purpose = (p: string) => ({ [PROPERTY]: { purpose: p } });

/** Page classes in the forms of Stainless's Python SDKs (each with its async twin left out: only `Sync…` is read). */
const MODULE = `from typing import Any, List, Type, Generic, Mapping, TypeVar, Optional, cast

from ._models import BaseModel
from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

_T = TypeVar("_T")


class SyncArrayPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    items: List[_T]

    @override
    def _get_page_items(self) -> List[_T]:
        items = self.items
        if not items:
            return []
        return items

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        is_forwards = not self._options.params.get("before", False)

        items = self.items
        if not items:
            return None

        if is_forwards:
            item = cast(Any, items[-1])
            if not isinstance(item, ArrayPageItem) or item.id is None:
                return None

            return PageInfo(params={"after": item.id})
        else:
            item = cast(Any, self.items[0])
            if not isinstance(item, ArrayPageItem) or item.id is None:
                return None

            return PageInfo(params={"before": item.id})

    @classmethod
    def build(cls: Type[_BaseModelT], *, response: Response, data: object) -> _BaseModelT:
        return cls.construct(
            None,
            **{
                **(cast(Mapping[str, Any], data) if is_mapping(data) else {"items": data}),
            },
        )


class EntriesCursorPageInfo(BaseModel):
    after: Optional[str] = None


class SyncEntriesCursor(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    entries: List[_T]
    page_info: Optional[EntriesCursorPageInfo] = None

    @override
    def _get_page_items(self) -> List[_T]:
        entries = self.entries
        if not entries:
            return []
        return entries

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        after = None
        if self.page_info is not None:
            if self.page_info.after is not None:
                after = self.page_info.after
        if not after:
            return None

        return PageInfo(params={"after": after})


class SyncPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    total: Optional[int] = None
    items: List[_T]
    page: Optional[int] = None
    pages: Optional[int] = None

    @override
    def _get_page_items(self) -> List[_T]:
        items = self.items
        if not items:
            return []
        return items

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current_page = self.page
        if current_page is None:
            current_page = 1

        total_pages = self.pages
        if total_pages is not None and current_page >= total_pages:
            return None

        return PageInfo(params={"page": current_page + 1})


class SyncOpenAICursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = FieldInfo(alias="lastId", default=None)

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def has_next_page(self) -> bool:
        has_more = self.has_more
        if has_more is not None and has_more is False:
            return False

        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        last_id = self.last_id
        if not last_id:
            return None

        return PageInfo(params={"after": last_id})


class SyncOffsetPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    results: List[_T]

    @override
    def _get_page_items(self) -> List[_T]:
        results = self.results
        if not results:
            return []
        return results

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        offset = self._options.params.get("offset") or 0
        if not isinstance(offset, int):
            raise ValueError(f'Expected "offset" param to be an integer but got {offset}')

        length = len(self._get_page_items())
        current_count = offset + length

        return PageInfo(params={"offset": current_count})


class SyncLinksPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    next: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        url = self.next
        if url is None:
            return None

        return PageInfo(url=httpx.URL(url))


class SyncSinglePage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
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

describe.runIf(SLOW_FULL)("a Stainless Python SDK's page classes, read as pagination schemes", () => {
  const schemes = new Map(pythonPageSchemes(MODULE).map((s) => [s.name, s]));

  it('names each scheme as the config whose PascalCase is the class without `Sync`', () => {
    expect([...schemes.keys()]).toEqual([
      'array_page',
      'entries_cursor',
      'page',
      'open_ai_cursor_page',
      'offset_page',
      'links_page',
      'single_page',
    ]);
    expect([...schemes.values()].map((s) => s.type)).toEqual([
      'cursor_id',
      'cursor',
      'page_number',
      'cursor',
      'offset',
      'cursor_url',
      'fake_page',
    ]);
  });

  it("pages by the last item's id forwards, the first's backwards, the body itself the items", () => {
    expect(schemes.get('array_page')).toMatchObject({
      request: {
        after: { type: 'string', ...purpose('next_cursor_id_param') },
        before: { type: 'string', ...purpose('previous_cursor_id_param') },
      },
      response: {
        items: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'string', ...purpose('cursor_item_id') } } },
          [PROPERTY]: { is_top_level_array: true },
        },
      },
    });
  });

  it("reads a cursor in a nested model's field, and a field's wire name from its alias", () => {
    expect(schemes.get('entries_cursor')).toEqual({
      name: 'entries_cursor',
      className: 'EntriesCursor',
      casings: new Map(),
      type: 'cursor',
      request: { after: { type: 'string', ...purpose('next_cursor_param') } },
      response: {
        entries: { type: 'array' },
        page_info: {
          type: 'object',
          properties: { after: { type: 'string', ...purpose('next_cursor_field') } },
        },
      },
    });
    expect(schemes.get('open_ai_cursor_page')?.response).toEqual({
      data: { type: 'array' },
      has_more: { type: 'boolean', ...purpose('has_next_page') },
      lastId: { type: 'string', ...purpose('next_cursor_field') },
    });
  });

  it('reads the page number, offset and URL fields and parameters', () => {
    expect(schemes.get('page')).toMatchObject({
      request: { page: { type: 'integer', ...purpose('page_number_param') } },
      response: {
        total: { type: 'integer' },
        page: { type: 'integer', ...purpose('current_page_number_field') },
        pages: { type: 'integer', ...purpose('total_page_count_field') },
      },
    });
    expect(schemes.get('offset_page')?.request).toEqual({
      offset: { type: 'integer', ...purpose('offset_count_param') },
    });
    expect(schemes.get('links_page')).toMatchObject({
      request: {},
      response: { next: { type: 'string', ...purpose('cursor_url_field') } },
    });
    expect(schemes.get('single_page')).toMatchObject({ request: {}, response: { data: { type: 'array' } } });
  });

  it('is written into the config, each paged method naming its scheme, one the spec would page `false`', () => {
    const apiMd = `# Acme

Types:

\`\`\`python
from acme.types import HealthResponse
\`\`\`

Methods:

- <code title="get /health">client.<a href="./src/acme/_client.py">health</a>() -> <a href="./src/acme/types/health_response.py">HealthResponse</a></code>

# Agents

Methods:

- <code title="get /agents">client.agents.<a href="./src/acme/resources/agents.py">list</a>(\\*\\*<a href="src/acme/types/agent_list_params.py">params</a>) -> <a href="./src/acme/types/agent.py">SyncArrayPage[Agent]</a></code>
- <code title="get /agents/ids">client.agents.<a href="./src/acme/resources/agents.py">list_ids</a>(\\*\\*<a href="src/acme/types/agent_list_ids_params.py">params</a>) -> <a href="./src/acme/types/agent_list_ids_response.py">AgentListIDsResponse</a></code>
- <code title="get /agents/{id}/entries">client.agents.<a href="./src/acme/resources/agents.py">entries</a>(id) -> <a href="./src/acme/types/entry.py">SyncEntriesCursor[Entry]</a></code>
`;
    const files = [
      { path: 'api.md', text: apiMd },
      { path: 'src/acme/pagination.py', text: MODULE },
      { path: 'src/acme/types/health_response.py', text: 'class HealthResponse(BaseModel):\n    status: str\n' },
    ];
    const spec = {
      // (An object without `data`: the module's `fake_page` would not page it, so nothing is said of it.)
      schemas: [
        { key: 'HealthResponse', name: 'HealthResponse', shape: { kind: 'object' as const, members: ['status'] } },
      ],
      responseSchemas: new Map([['get /health', 'HealthResponse']]),
      queryParams: new Map([['get /agents/ids', ['before', 'after', 'limit']]]),
    };
    const derived = derivePythonConfig(files as never, 'acme', spec)!;
    expect(derived.counts).toMatchObject({ methods: 4, schemes: 7 });
    const config = yaml.load(derived.text) as {
      pagination: Array<{ name: string }>;
      resources: Record<string, { methods: Record<string, unknown>; models?: Record<string, string> }>;
    };
    expect(config.pagination.map((s) => s.name)).toContain('entries_cursor');
    // (Its `HealthResponse` is the type Stainless names the method's response: no model.)
    expect(config.resources.$client).toEqual({ methods: { health: 'get /health' } });
    expect(config.resources.agents.methods).toEqual({
      list: { endpoint: 'get /agents', paginated: 'array_page' },
      list_ids: { endpoint: 'get /agents/ids', paginated: false },
      entries: { endpoint: 'get /agents/{id}/entries', paginated: 'entries_cursor' },
    });
    expect(derived.notes.join('\n')).not.toMatch(/page class/);
  });
});

/** A client module in the form of Stainless's (the parts the options are read from). */
const CLIENT = `class Acme(SyncAPIClient):
    # client options
    api_key: str | None
    project_id: str | None
    region: str
    retries_allowed: bool

    _environment: Literal["production", "staging"] | NotGiven

    def __init__(
        self,
        *,
        api_key: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
        retries_allowed: bool | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
    ) -> None:
        """Construct a new synchronous Acme client instance."""
        if api_key is None:
            api_key = os.environ.get("ACME_TOKEN")
        self.api_key = api_key

        self.project_id = project_id

        if region is None:
            region = os.environ.get("ACME_REGION") or "eu"
        self.region = region

        if retries_allowed is None:
            retries_allowed = True
        self.retries_allowed = retries_allowed

        base_url_env = os.environ.get("ACME_CLOUD_BASE_URL")

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        if api_key is None:
            return {}
        return {"X-Api-Key": api_key}

    @property
    @override
    def default_headers(self) -> dict[str, str | Omit]:
        return {
            **super().default_headers,
            "X-Stainless-Async": "false",
            "X-Project-Id": self.project_id if self.project_id is not None else Omit(),
            **self._custom_headers,
        }

    @property
    @override
    def default_query(self) -> dict[str, object]:
        return {
            **super().default_query,
            "region": self.region,
        }
`;

describe.runIf(SLOW_FULL)("a Stainless Python SDK's client options, read as the config's", () => {
  it('reads each option: type, nullability, environment variable, fallback, and what it is sent as', () => {
    const notes: string[] = [];
    const spec = [{ name: 'ApiKeyHeader', kind: 'apiKey' as const, header: 'x-api-key', query: null }];
    expect(pythonClientSettings(CLIENT, 'Acme', spec, notes)).toEqual({
      opts: {
        api_key: { type: 'string', read_env: 'ACME_TOKEN', nullable: true, auth: { security_scheme: 'ApiKeyHeader' } },
        project_id: { type: 'string', nullable: true, send_in_header: 'X-Project-Id' },
        region: { type: 'string', read_env: 'ACME_REGION', default: 'eu', send_as_query_param: 'region' },
        retries_allowed: { type: 'boolean', default: true },
      },
      schemes: {},
      envPrefix: 'ACME_CLOUD',
    });
    expect(notes).toEqual([]);
    // Without the spec's scheme of that header, one is declared.
    expect(pythonClientSettings(CLIENT, 'Acme', [], notes)?.schemes).toEqual({
      api_keyAuth: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    });
  });

  it("reads an API key sent in the query (`default_query`) as the spec's query scheme's credential", () => {
    const client = CLIENT.replace('return {"X-Api-Key": api_key}', 'return {}').replace(
      '"region": self.region,',
      '"key": self.api_key,\n            "region": self.region,',
    );
    const notes: string[] = [];
    const spec = [{ name: 'ApiKeyAuth', kind: 'apiKey' as const, header: null, query: 'key' }];
    expect(pythonClientSettings(client, 'Acme', spec, notes)?.opts.api_key).toEqual({
      type: 'string',
      read_env: 'ACME_TOKEN',
      nullable: true,
      auth: { security_scheme: 'ApiKeyAuth' },
      send_as_query_param: 'key',
    });
    // (A query parameter no scheme of the spec names stays a plain option.)
    expect(pythonClientSettings(client, 'Acme', spec, notes)?.opts.region).toEqual({
      type: 'string',
      read_env: 'ACME_REGION',
      default: 'eu',
      send_as_query_param: 'region',
    });
    expect(pythonClientSettings(client, 'Acme', [], notes)?.opts.api_key).not.toHaveProperty('auth');
    expect(notes).toEqual([]);
  });
});

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: 1.0.0 }
servers: [{ url: https://api.acme.test }]
paths:
  /health:
    get:
      operationId: health
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/HealthResponse' } } } }
  /things:
    get:
      operationId: list_things
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                  page_info: { type: object, properties: { next_cursor: { type: string } } }
  /events:
    get:
      operationId: list_events
      parameters:
        - { name: page, in: query, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [items]
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                  page: { type: integer }
                  pages: { type: integer }
  /agents:
    get:
      operationId: list_agents
      parameters:
        - { name: before, in: query, schema: { type: string } }
        - { name: after, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Thing' } } } } }
  /agents/ids:
    get:
      operationId: list_agent_ids
      parameters:
        - { name: before, in: query, schema: { type: string } }
        - { name: after, in: query, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } }
components:
  schemas:
    Thing: { type: object, required: [id], properties: { id: { type: string }, name: { type: string } } }
    HealthResponse: { type: object, properties: { status: { type: string } } }
`;

/** The config Stainless generated the repository from (kept in their dashboard: the repository has no copy). */
const GENERATION = `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  opts:
    api_key:
      type: string
      nullable: true
      read_env: ACME_SDK_TOKEN
      auth: { security_scheme: bearerAuth }
security_schemes:
  bearerAuth: { type: http, scheme: bearer }
security:
  - bearerAuth: []
pagination:
  - name: things_cursor
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      page_info:
        type: object
        properties:
          next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
  - name: page_number_page
    type: page_number
    request:
      page: { type: integer, x-stainless-pagination-property: { purpose: page_number_param } }
    response:
      items: { type: array }
      page: { type: integer, x-stainless-pagination-property: { purpose: current_page_number_field } }
      pages: { type: integer, x-stainless-pagination-property: { purpose: total_page_count_field } }
  - name: array_page
    type: cursor_id
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_id_param } }
      before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_id_param } }
    response:
      items:
        type: array
        items: { type: object, properties: { id: { type: string, x-stainless-pagination-property: { purpose: cursor_item_id } } } }
        x-stainless-pagination-property: { is_top_level_array: true }
resources:
  $client:
    methods:
      health: get /health
  things:
    models:
      thing: '#/components/schemas/Thing'
    methods:
      list: get /things
  events:
    methods:
      list: get /events
  agents:
    methods:
      list: get /agents
      list_ids: { endpoint: get /agents/ids, paginated: false }
`;

describe.runIf(SLOW_FULL)(
  'sdkgen migrate --from-repo: a Python SDK with page classes and a method of the client',
  () => {
    let repo: string;
    let run: ReturnType<typeof sdkgen>;
    let stainless: string;

    beforeAll(() => {
      ({ repo, stainless, run } = migratedFromRepo('migrate-python-page-schemes', SPEC, GENERATION, 5));
    });

    it('writes the schemes and the methods as Stainless had them, exit 0', () => {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stderr).toMatch(/\b3 pagination schemes\b/);
      const config = yaml.load(read(repo, 'stainless.yml')) as {
        pagination: Array<{ name: string; type: string }>;
        resources: Record<string, { methods: Record<string, unknown> }>;
      };
      expect(config.pagination.map((s) => `${s.name} ${s.type}`)).toEqual([
        'things_cursor cursor',
        'page_number_page page_number',
        'array_page cursor_id',
      ]);
      expect(config.resources.$client.methods).toEqual({ health: 'get /health' });
      expect(config.resources.agents.methods.list_ids).toEqual({ endpoint: 'get /agents/ids', paginated: false });
      // The spec declares no security: the client's bearer token is the scheme the config declares.
      expect(config).toMatchObject({
        client_settings: {
          opts: {
            api_key: {
              type: 'string',
              nullable: true,
              read_env: 'ACME_SDK_TOKEN',
              auth: { security_scheme: 'bearerAuth' },
            },
          },
        },
        security_schemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
        security: [{ bearerAuth: [] }],
      });
    });

    it("moves to the same surface: api.md, the page classes, the client's options and method as Stainless's", () => {
      expect(read(repo, 'api.md')).toBe(read(stainless, 'api.md'));
      expect(read(repo, 'src/acme/pagination.py')).toBe(read(stainless, 'src/acme/pagination.py'));
      expect(read(repo, 'src/acme/_client.py')).toBe(read(stainless, 'src/acme/_client.py'));
      const check = sdkgen(repo, 'check');
      expect(check.code, check.stdout + check.stderr).toBe(0);
    });
  },
);

describe.runIf(SLOW_FULL)(
  'the models the config names from a Python api.md: unions, request-only types, initialisms',
  () => {
    const apiMd = `# Messages

Types:

\`\`\`python
from acme.types import Message, UpdateThing, StreamableSSEServer
\`\`\`

Methods:

- <code title="get /messages">client.messages.<a href="./src/acme/resources/messages.py">list</a>() -> <a href="./src/acme/types/message_list_response.py">MessageListResponse</a></code>
`;
    const files = [
      { path: 'api.md', text: apiMd },
      {
        path: 'src/acme/types/message.py',
        text: [
          'Message: TypeAlias = Annotated[',
          '    Union[',
          '        SystemMessage,',
          '        UserMessage,',
          '    ],',
          '    PropertyInfo(discriminator="role"),',
          ']',
          '',
        ].join('\n'),
      },
      {
        path: 'src/acme/types/update_thing_param.py',
        text: [
          'class UpdateThingParam(TypedDict, total=False):',
          '    name: Required[str]',
          '    kind: Literal["a"]',
          '    user_id: Annotated[str, PropertyInfo(alias="userId")]',
          '',
        ].join('\n'),
      },
      {
        path: 'src/acme/types/streamable_sse_server.py',
        text: 'class StreamableSSEServer(BaseModel):\n    url: str\n',
      },
    ];
    const spec = {
      schemas: [
        { key: 'Message', name: 'Message', shape: { kind: 'object' as const, members: ['content', 'id'] } },
        {
          key: 'MessageUnion',
          name: 'MessageUnion',
          shape: { kind: 'union' as const, members: ['SystemMessage', 'UserMessage'] },
        },
        {
          key: 'pkg__UpdateThing',
          name: 'PkgUpdateThing',
          shape: { kind: 'object' as const, members: ['kind', 'name', 'userId'] },
        },
        {
          key: 'StreamableSSEServer',
          name: 'StreamableSseServer',
          shape: { kind: 'object' as const, members: ['url'] },
        },
      ],
      responseSchemas: new Map<string, string>(),
    };

    it('matches a union by its variants, a TypedDict by its wire names, and cases an initialism as Python names it', () => {
      const derived = derivePythonConfig(files as never, 'acme', spec)!;
      const config = yaml.load(derived.text) as {
        custom_casings?: Record<string, string>;
        resources: Record<string, { models?: Record<string, string> }>;
      };
      expect(config.resources.messages.models).toEqual({
        message: '#/components/schemas/MessageUnion',
        update_thing: '#/components/schemas/pkg__UpdateThing',
        streamable_sse_server: '#/components/schemas/StreamableSSEServer',
      });
      // The Python target writes `StreamableSseServer` from the key alone.
      expect(config.custom_casings).toEqual({ sse: 'SSE' });
    });
  },
);

describe.runIf(SLOW_FULL)('a type named as a method’s response that other methods return too', () => {
  it('is a model (Stainless named the shared response so), not the method’s own type', () => {
    const apiMd = `# Agents

Types:

\`\`\`python
from acme.types import AgentRpcResponse, AgentRetrieveResponse
\`\`\`

Methods:

- <code title="post /agents/{id}/rpc">client.agents.<a href="./src/acme/resources/agents.py">rpc</a>(id) -> <a href="./src/acme/types/agent_rpc_response.py">AgentRpcResponse</a></code>
- <code title="post /agents/name/{name}/rpc">client.agents.<a href="./src/acme/resources/agents.py">rpc_by_name</a>(name) -> <a href="./src/acme/types/agent_rpc_response.py">AgentRpcResponse</a></code>
- <code title="get /agents/{id}">client.agents.<a href="./src/acme/resources/agents.py">retrieve</a>(id) -> <a href="./src/acme/types/agent_retrieve_response.py">AgentRetrieveResponse</a></code>
`;
    const spec = {
      schemas: [
        { key: 'AgentRPCResponse', name: 'AgentRpcResponse', shape: null },
        { key: 'AgentRetrieveResponse', name: 'AgentRetrieveResponse', shape: null },
      ],
      responseSchemas: new Map([
        ['post /agents/{id}/rpc', 'AgentRPCResponse'],
        ['post /agents/name/{name}/rpc', 'AgentRPCResponse'],
        ['get /agents/{id}', 'AgentRetrieveResponse'],
      ]),
    };
    const config = yaml.load(derivePythonConfig([{ path: 'api.md', text: apiMd }] as never, 'acme', spec)!.text) as {
      resources: Record<string, { models?: Record<string, string> }>;
    };
    // (`AgentRetrieveResponse`, of `retrieve` alone, stays the method's.)
    expect(config.resources.agents.models).toEqual({ agent_rpc_response: '#/components/schemas/AgentRPCResponse' });
  });
});

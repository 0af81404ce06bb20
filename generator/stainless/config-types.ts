/**
 * The shapes a Stainless config is read into. They are a module of their own because `config.ts` and the modules it
 * reads each part with all build them; `config.ts` re-exports them for the rest of the generator.
 */
import type { StreamEventRule } from '../ir/types';
import type { PackageManager } from '../package-manager';

export type { StreamEventRule };

export interface StainlessConfig {
  file: string;
  /** The file's text, to point diagnostics at lines. */
  text: string;
  /** `edition` at the top, or the TypeScript target's own. */
  edition: string | null;
  /** `organization.name`: client class name and env prefix come from it. */
  organizationName: string | null;
  /** `organization.docs`: where the API's documentation is, linked from the README. */
  docsUrl: string | null;
  /** `organization.security_contact`, else `organization.contact`: where SECURITY.md sends vulnerability reports. */
  securityContact: string | null;
  /** `organization.contact` alone (empty: null): the email of the Python package's authors in `pyproject.toml`. */
  contact: string | null;
  /**
   * Which TypeScript generator the project used: `targets.typescript` (current: last path parameter positional,
   * the rest in params) or `targets.node` (legacy: every path parameter positional, request options accepted in
   * place of optional params).
   */
  target: {
    kind: 'typescript' | 'node';
    packageName: string | null;
    edition: string | null;
    /** `readme_title`: the README's heading. */
    readmeTitle: string | null;
    /**
     * `production_repo`: the GitHub repository (`owner/name`) the SDK is published from, which package.json's
     * `repository`, the README's issues link and CONTRIBUTING.md name; null when it names none (or not so).
     */
    productionRepo: string | null;
    /**
     * `publish.npm.auth_method: oidc`: the package is published by npm's trusted publishing (the workflow's identity,
     * no token), which needs npm 11.5.1 or later in the release job.
     */
    npmTrustedPublishing: boolean;
  } | null;
  license: string | null;
  /** `settings.file_header`: text written above the generated banner of every source file. */
  fileHeader: string | null;
  clientOpts: ClientOpt[];
  /** `client_settings.default_env_prefix`. */
  envPrefix: string | null;
  /** `client_settings.default_client_name`: the client class's name in every target, under a target's `client_name`. */
  defaultClientName: string | null;
  /** `client_settings.idempotency.header`: the header carrying an idempotency key on non-GET requests. */
  idempotencyHeader: string | null;
  /** `client_settings.default_timeout`, in milliseconds (a number, or an ISO 8601 duration such as `PT90S`). */
  defaultTimeoutMs: number | null;
  /** `client_settings.default_retries.max_retries`. */
  defaultMaxRetries: number | null;
  /**
   * `client_settings.default_retries.initial_delay_seconds` and `max_delay_seconds`, in milliseconds: the backoff's
   * first delay and its cap (null: the runtime's); null when neither is set.
   */
  retryDelaysMs: { initialMs: number | null; maxMs: number | null } | null;
  /** Top-level `security` (requirement sets) and `security_schemes`: both stand over the spec's. */
  security: Array<Record<string, string[]>> | null;
  securitySchemes: Record<string, unknown> | null;
  /** `environments`: name → base URL, as written (a relative URL is resolved against the spec's server later). */
  environments: Array<{ name: string; url: string }>;
  resources: StainlessResource[];
  pagination: StainlessPagination[];
  querySettings: {
    arrayFormat: 'comma' | 'repeat' | 'indices' | 'brackets' | null;
    nestedFormat: 'brackets' | 'dots' | null;
  };
  /** `custom_casings`: word → how it is written in names ("openai" → "OpenAI"). */
  customCasings: Map<string, string>;
  /** `openapi.transformations` (or `transforms`), raw: applied to the spec before anything reads it. */
  transformations: unknown;
  /** Which of the two keys holds them, for diagnostics. */
  transformationsKey: string;
  /**
   * `openapi.code_samples`: the SDK's code samples go into a documented copy of the spec (openapi.documented.json)
   * as `x-codeSamples`, for the docs platform it names; null when it names none.
   */
  codeSamples: 'x-codeSamples' | null;
  /**
   * `settings.sort_schema_properties` (true unless false): objects and params declare their properties in
   * Stainless's order (ir/property-order.ts) rather than the spec's.
   */
  sortSchemaProperties: boolean;
  /**
   * `settings.positional_params` (true unless false): false, no method takes a path parameter as a positional
   * argument unless its own `positional_params` names it; every other one goes in the params.
   */
  positionalParams: boolean;
  /** `settings.unwrap_response_fields`: a response object that has one of these fields returns that field. */
  unwrapResponseFields: string[];
  /** `readme.example_requests`, by name ("default", "headline", "pagination"). */
  readmeExamples: Map<string, { endpoint: string; params: Record<string, unknown> }>;
  /** `unspecified_endpoints`: endpoints the config leaves out on purpose ("get /foo"). */
  unspecifiedEndpoints: string[];
  /** `targets.<typescript|node>.options.mcp_server`: an MCP server package beside the SDK, or null. */
  mcpServer: {
    packageName: string | null;
    instructions: string | null;
    /** `enable_all_resources` (true unless false): a tool for every method; false: only for those with `mcp: true`. */
    enableAllResources: boolean;
  } | null;
  /** `package.node.name` of older configs: the npm package's name when no target names it. */
  legacyPackageName: string | null;
  /**
   * `targets.python` (read whatever the output's language; used by `--target python`): the import name
   * (`package_name`), the distribution name (`project_name`, else `publish.pypi.package_name`, else `package_name` as
   * written) and `production_repo`; null without that target.
   */
  pythonTarget: {
    packageName: string | null;
    projectName: string | null;
    productionRepo: string | null;
    /**
     * The GitHub repository (`owner/name`) the SDK's links name: `production_repo`, else `staging_repo`, else
     * Stainless's staging repository of the project (`stainless-sdks/<project>-python`); null when none can be named.
     */
    repository: string | null;
    /** `readme_title`: the Python README's heading. */
    readmeTitle: string | null;
    /**
     * Where `publish.pypi: false` keeps the package off PyPI: the GitHub repository (`owner/name`) its README installs
     * it from (`production_repo`, else `staging_repo`, else Stainless's staging repository of the project); null: PyPI.
     */
    installFrom: string | null;
    /**
     * `options.module_client` (sdkgen's own key: Stainless's config reference names none): the package's module-level
     * client (`acme.users.list()`, `acme.api_key = …`), as Stainless writes for the SDKs it enables it for.
     */
    moduleClient: boolean;
  } | null;
  /** `targets.<typescript|node>.options.client_name`: the client class's name, over the organization's. */
  clientName: string | null;
  /** `targets.<typescript|node>.options.enable_treeshaking`: `Base…` resource classes and `<package>/tree-shakable`. */
  treeShaking: boolean;
  /**
   * `targets.<typescript|node>.options.browser` with `state: disallow`: the client refuses to run in a browser unless
   * given `dangerouslyAllowBrowser: true`, with the config's `message` (or null: sdkgen's); null when browsers may.
   */
  browserRefusal: { message: string | null } | null;
  /**
   * `targets.<typescript|node>.options.multipart_form`: how the SDK's generic multipart encoder (`createForm` at
   * `internal/uploads`, what hand-written code calls with a body alone) sends nested values; absent: the SDK's own
   * form (generator/ir/multipart-encoding.ts `genericMultipartForm`).
   */
  multipartForm?: MultipartFormSetting | null;
  /**
   * `settings.disable_mock_tests`: the generated tests are written but skipped, as Stainless wrote them ("Mock server
   * tests are disabled"), so that the repository's CI runs what it ran.
   */
  disableMockTests: boolean;
  /** `targets.<typescript|node>.options.package_manager`: what the repository installs with, or null (npm). */
  packageManager: PackageManager | null;
  /** `streaming.on_event`; empty when absent, or when its rules say only what every sdkgen stream does. */
  streamEventRules: StreamEventRule[];
}

export interface ClientOpt {
  /** snake_case key as written ("api_key"); the option is its camelCase ("apiKey"). */
  key: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  readEnv: string | null;
  nullable: boolean;
  default: string | number | boolean | null;
  /** `example`: the value the generated tests give the option; null when none (or not a scalar). */
  example: string | number | boolean | null;
  description: string | null;
  auth: { securityScheme: string; role: 'value' | 'username' | 'password' | 'client_id' | 'client_secret' } | null;
  sendInHeader: string | null;
  sendAsQueryParam: string | null;
  sendInCookie: string | null;
  serverVariable: string | null;
  sendAsPathParam: string | null;
  sendAsBodyParam: string | null;
}

export interface StainlessResource {
  /** Key as written ("vector_stores"); `$shared` and `$client` are kept as they are. */
  key: string;
  /** Key path for diagnostics: "resources.vector_stores.subresources.files". */
  where: string;
  methods: StainlessMethod[];
  models: StainlessModel[];
  subresources: StainlessResource[];
  /** `standalone_api: true`: the resource has its own nested api.md. */
  standaloneApi: boolean;
}

export interface StainlessMethod {
  key: string;
  where: string;
  /** "get /v1/things/{id}"; null for methods with no endpoint (`webhook_unwrap`). */
  endpoint: { verb: string; path: string } | null;
  type: 'http' | 'webhook_unwrap';
  /** `paginated: false` turns off pagination; a string names the scheme. */
  paginated: boolean | string | null;
  bodyParamName: string | null;
  streaming: {
    paramDiscriminator: string | null;
    streamEventModel: string | null;
    paramsTypeName: string | null;
  } | null;
  deprecated: string | boolean;
  /** `skip: true`, or `skip: [typescript]` / `only: [python]` naming other targets. */
  skip: boolean;
  /** The same for the Python SDK: `skip: true`, `skip: [python]`, or `only` not naming python. */
  skipPython: boolean;
  positionalParams: string[] | null;
  /** `webhook_unwrap` only: the client option (`client_settings.opts.<name>`) holding the key that verifies. */
  webhookKeyOpt: string | null;
  /** `webhook_unwrap` only: the property whose value tells the events apart (`discriminator: type`); null if unnamed. */
  discriminator: string | null;
  /** `mcp`: whether the MCP server has a tool for the method; null: as `mcp_server.enable_all_resources` says. */
  mcp: boolean | null;
  /** `default_request_options` (`max_retries`, `timeout`): the method's own defaults over the client's; null if none. */
  requestDefaults: { maxRetries: number | null; timeoutMs: number | null } | null;
  /** `skip_test_reason`: the method's generated tests are written skipped, with this reason; null if none. */
  skipTestReason: string | null;
}

export interface StainlessModel {
  /** snake_case key ("tool_group"): the type is its PascalCase ("ToolGroup"). */
  key: string;
  where: string;
  /** A component schema: "#/components/schemas/Foo" (a bare name means the same). */
  ref: string;
  /**
   * The place the config names where it is a schema inside another (`#/components/schemas/A/properties/b`, a query
   * parameter's `#/paths/~1a/get/parameters/0/schema`): normalize moves it to `ref`, a component of its own.
   */
  nested?: string;
}

/** The scalar types a pagination scheme's request field may declare. */
export type PagingParamType = 'string' | 'integer' | 'number' | 'boolean';

export interface StainlessPagination {
  name: string;
  where: string;
  type: 'cursor' | 'cursor_id' | 'cursor_url' | 'offset' | 'page_number' | 'fake_page' | 'cursor_uri';
  /**
   * Request fields: name → purpose (from `x-stainless-pagination-property.purpose`), or null, and the scalar type the
   * config declares for it (`type: integer`), or null.
   */
  request: Array<{ name: string; purpose: string | null; type: PagingParamType | null }>;
  /**
   * Response fields: name → purpose, or null; `items` marks the array field. A field inside an object field
   * (`page_info: { properties: { after: … } }`) is listed too, its `path` leading to it (`['page_info', 'after']`).
   */
  response: Array<{
    name: string;
    path: string[];
    purpose: string | null;
    isArray: boolean;
    /** `is_top_level_array`: the items are the response body itself, an array, not a field of it. */
    topLevelArray?: boolean;
    fromHeader: string | null;
    /**
     * `x-stainless-pagination-property.required: true`: the page holds the field as the body gives it, never filled
     * in (Python: `has_more: bool`, no `Optional[…]` or default; TypeScript: `this.object = body.object`). For a field
     * of the items: listed in the items' `required` (`cursor_item_id`'s `id`: Python's item protocol `id: str`).
     */
    required?: true;
    /**
     * For a field of the items (`data: { items: { properties: { id: … } } }`): its path inside an item (`['id']`), the
     * items' array being `path`; absent for the others.
     */
    itemPath?: string[];
  }>;
  /** The `response` mapping as written (field → schema): a scheme no method uses is typed from it. */
  responseSchemas: Record<string, unknown>;
}

/**
 * The generic multipart encoder's form: `json` says which values holding no file are one JSON part (`objects`: plain
 * objects alone, arrays under `key[]`; `values`: objects and arrays, an array of files a part per file under the
 * field's name); `bracketed`, the fields sent under Stainless's bracketed keys whatever they hold.
 */
export interface MultipartFormSetting {
  json: 'objects' | 'values';
  bracketed: string[];
}

/** What `deriveStainlessConfig` reads from a Stainless repository and its spec (input.ts gathers it). */
import type { ReadmeCall } from './readme-example';
import type { SpecRoute } from './route-names';

/** Where Stainless's declarations refer to each type api.md lists: the model and its property (by type name). */
export type References = ReadonlyMap<string, Array<{ owner: string; property: string }>>;

export interface DerivedConfigInput {
  apiMd: string;
  /** The text of another api.md the root one links (a `standalone_api` resource's), or null. */
  readApiMd?: (path: string) => string | null;
  /** The text of the SDK's page classes' module, or null. */
  pagination: string | null;
  /** The page class each method's code pages by, by its chain (method-pages.ts), where known; null: it pages by none. */
  pageClasses?: ReadonlyMap<string, string | null>;
  /** The text of the module declaring the client class (`src/client.ts`, or `src/index.ts` in older SDKs). */
  client: string | null;
  clientClass: string | null;
  packageName: string | null;
  /** The GitHub repository package.json's `repository` names (`owner/name`), or null. */
  productionRepo?: string | null;
  /**
   * Stainless's publish script (`bin/publish-npm`) installs an npm that publishes by trusted publishing (11.5.1 or
   * later: Stainless's `publish.npm.auth_method: oidc`), so the package's npm releases need no token.
   */
  npmTrustedPublishing?: boolean;
  /** The SDK came from Stainless's older generator (`targets.node`: `src/core.ts`), which cases names otherwise. */
  legacy: boolean;
  /**
   * `src/resources/shared.ts` declares a resource class (`class Shared extends APIResource`): the config has a resource
   * called `shared` (`client.shared`), not the `$shared` models that module holds otherwise.
   */
  sharedResource?: boolean;
  /** It has Stainless's tree-shakable entry point (`src/tree-shakable.ts`): `enable_treeshaking`. */
  treeShaking: boolean;
  /**
   * Its client refuses browsers unless given `dangerouslyAllowBrowser: true`, with this message: `browser: { state:
   * disallow, message }`; null when it does not.
   */
  browserRefusal?: string | null;
  /** The npm name of its MCP server (`packages/mcp-server/package.json`), or null when it has none. */
  mcpServer: string | null;
  /**
   * The spec's component schemas: their key, the type name sdkgen gives each without a config, and their shape
   * (an object's property keys, an enum's values).
   */
  schemas: Array<{ key: string; name: string; shape: Shape | null }>;
  /**
   * The shape of each type api.md lists, as Stainless declared it in the repository: by type name, or by name and
   * module where api.md lists the name in several (type-keys.ts).
   */
  typeShapes: ReadonlyMap<string, Shape>;
  /** Each listed type's declaration, its opening (unmodelled-types.ts tells its form by it); null where none is found. */
  typeDeclarations?: ReadonlyMap<string, string | null>;
  /** Where Stainless's declarations refer to each type api.md lists: the model and its property (by type name). */
  typeReferences?: References;
  /**
   * The listings of a name api.md lists in several modules that alias another of them (chat's `ChatModel =
   * Shared.ChatModel`): the matcher's key of each, to that one's (type-keys.ts). They are that type.
   */
  typeAliases?: ReadonlyMap<string, string>;
  /** The schema each component schema's property refers to (`prompt`: `PromptPart`), by schema key. */
  propertyReferences?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /**
   * The schemas written out inside others (a property's, a parameter's, a response's), by JSON pointer, with their
   * shapes (nested-schemas.ts): a type no component schema matches may be one of them, named by its pointer.
   */
  nestedSchemas?: readonly NestedSchema[];
  /** The spec's routes and where their path parameters are defined (route-names.ts); absent without the spec. */
  specRoutes?: readonly SpecRoute[];
  /** The endpoints ("get /things") sdkgen pages without a config. */
  paginated: ReadonlySet<string>;
  /** Each endpoint's query parameters (wire names). */
  queryParams: ReadonlyMap<string, string[]>;
  /** The component schema (key) each endpoint responds with, where it is one. */
  responseSchemas: ReadonlyMap<string, string>;
  /** The component schema (key) of the items of each endpoint's array response, where it is one. */
  responseItemSchemas?: ReadonlyMap<string, string>;
  /**
   * The properties of each endpoint's response body where the spec says them (method-pages.ts's `bodyMembers`): an
   * object's, a `components/responses` or inline one's too; none for a body that is no object.
   */
  responseMembers?: ReadonlyMap<string, readonly string[]>;
  /** The endpoints whose response body is a JSON array (a top-level-array page scheme fits no other). */
  responseArrays?: ReadonlySet<string>;
  /**
   * Stainless's webhook_unwrap methods (`unwrap(body: string): UnwrapWebhookEvent`), which older api.md files do not
   * list: the resource (config keys) and method name, the property its events are told apart by (`type`), and the
   * client property holding the key it verifies with (`webhookSecret`; null or absent: it only parses).
   */
  webhookUnwraps: Array<{
    resource: string[];
    method: string;
    discriminator: string | null;
    keyOption?: string | null;
  }>;
  /** The response fields Stainless's methods return instead of the body (`_thenUnwrap((obj) => obj.data)`). */
  unwrapFields: string[];
  /** The licence notice above Stainless's banner in every file (`settings.file_header`), or null. */
  fileHeader?: string | null;
  /** The package's licence (package.json's `license`: `settings.license`), or null. */
  license?: string | null;
  /** Whether Stainless wrote every generated test skipped, "Prism tests are disabled" (`settings.disable_mock_tests`). */
  mockTestsDisabled?: boolean;
  /** Methods' own reasons to skip their generated tests, by `tests/api-resources/<module>.test.ts#<method>`. */
  skippedTests?: ReadonlyMap<string, string>;
  /** Where the API's documentation is, as the README links it (`organization.docs`), or null. */
  docsUrl?: string | null;
  /** Whom SECURITY.md asks for security reports about the service (`organization.contact`), or null. */
  contact?: string | null;
  /**
   * How the SDK wrote query strings (`qs.stringify(query, { arrayFormat: 'brackets' })`): `query_settings`' formats,
   * or null where its code does not say (Stainless's defaults, comma and brackets, then hold).
   */
  queryFormats?: { array: string | null; nested: 'brackets' | 'dots' | null } | null;
  /** Endpoints left out ("get /things" → why): the spec's operation does not generate. */
  brokenEndpoints?: ReadonlyMap<string, string>;
  /** The client's own options (not the runtime's: `baseURL`, `timeout`…), as Stainless's client declares and uses them. */
  clientOptions: ClientOptionUse[];
  /** The client's defaults, where its code says them: `DEFAULT_TIMEOUT`, `maxRetries ?? 2`, `idempotencyHeader`. */
  clientDefaults: { timeoutMs: number | null; maxRetries: number | null; idempotencyHeader: string | null };
  /** `streaming.on_event` rules, as Stainless's `Stream` applies them; empty when it yields every event. */
  streamRules: Array<Record<string, unknown>>;
  /**
   * The methods that stream (by api.md chain, "client.chat.completions.create"): the body field that makes them
   * stream (null: they always do), and the name of the events' type (`ChatCompletionChunk`), or null when the code
   * does not say; `params`, the base name of its params types where its overloads name them
   * (`ChatCompletionCreateParams` of `ChatCompletionCreateParamsNonStreaming`).
   */
  streamingMethods?: ReadonlyMap<string, { param: string | null; event: string | null; params?: string }>;
  /**
   * The methods that send a body whole under a name of their own (by api.md chain): `content` where the code sends
   * `body: content` of its params (writer's `files.upload`), the config's `body_param_name`.
   */
  bodyParamNames?: ReadonlyMap<string, string>;
  /** The request the README shows first (its Usage example), as literal values; null when it shows none. */
  readmeCall?: ReadmeCall | null;
  /** The call of the README's sections on errors, retries and raw responses: `readme.example_requests.default`. */
  readmeDefaultCall?: ReadmeCall | null;
  /** The request the README iterates page by page (its Auto-pagination example); null when it shows none. */
  readmePaginationCall?: ReadmeCall | null;
  /** The spec's security schemes, as sdkgen reads them. */
  securitySchemes: Array<{
    name: string;
    kind: 'bearer' | 'apiKey' | 'basic';
    /** An API key's header or query parameter. */
    header: string | null;
    query: string | null;
  }>;
}

/** A client option of Stainless's client and what it does there. */
export interface ClientOptionUse {
  /** As the client names it: "apiKey". */
  name: string;
  type: 'string' | 'number' | 'boolean';
  /** The environment variable it defaults to, or null. */
  env: string | null;
  nullable: boolean;
  /** Its value when neither given nor in its environment variable (`?? 'do_not_set'`), or null. */
  default?: string | null;
  /** What its doc comment says of it (without the "Defaults to process.env[…]" line), or null. */
  description?: string | null;
  /** Sent as `Authorization: Bearer …`. */
  bearer: boolean;
  /** The user name or password of `Authorization: Basic …`. */
  basic: 'username' | 'password' | null;
  /**
   * The client ID or secret of an OAuth2 client-credentials exchange: the client posts `grant_type=client_credentials`
   * to the token URL with the two as `Authorization: Basic …`, and sends the token it gets back as a bearer token.
   */
  clientCredentials?: { role: 'client_id' | 'client_secret'; tokenUrl: string | null } | null;
  /** The header it is sent in, and whether the client's auth code sends it (an API key) or its default headers. */
  header: { name: string; auth: boolean } | null;
  /** The query parameter it is sent as by default, or null. */
  query: string | null;
  /** The parameter of the resources' methods it fills in when the call leaves it out (`project`), or null. */
  param: string | null;
}

/** What tells a type apart when names do not: an object's property keys, or an enum's values (sorted). */
export interface Shape {
  kind: 'object' | 'enum' | 'union' | 'array' | 'alias';
  /**
   * An object's property keys, an enum's values, the names of a union's variants (sorted), or an array's item type's
   * (`ResponseInput = Array<ResponseInputItem>`: one); a plain alias's value in words (alias-shapes.ts): its variants
   * (`string`, `number`, `map<self>`, `list<ref>`…), sorted.
   */
  members: string[];
  /** An object's keys with the value of a property that has only one (`object=file`): tells like shapes apart. */
  detail?: string[];
  /** An object's properties' forms, `key:form` (property-forms.ts), where known: tells like keys apart by their types. */
  forms?: string[];
  /**
   * A declared union's or array's members as the matcher keys the types api.md lists (type-keys.ts), in `members`'
   * order: `FileSearchTool src/resources/responses/responses.ts` for `ResponsesAPI.FileSearchTool`, where api.md lists
   * that name in several modules.
   */
  variants?: string[];
}

/** A schema written out inside another (a property's, a parameter's), found by nested-schemas.ts. */
export interface NestedSchema {
  pointer: string;
  /** The name its place gives it: the property's key or the parameter's name (`placement_group`, `sort`). */
  place: string;
  shape: Shape;
  /** Whether a response holds it (api.md's models are what responses hold; a `…Param` what requests send). */
  inResponse: boolean;
}

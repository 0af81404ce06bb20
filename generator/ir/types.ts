/**
 * The intermediate representation: the ONLY description of an SDK that the emit stage, `sdkgen diff`
 * and template views read. It is plain data (JSON-serialisable, no classes, no parent pointers,
 * no TypeScript text), built once by `ir/build.ts` from a normalized document.
 *
 * Invariants (checked by `ir/validate.ts`):
 * - every identifier in here is final: valid, unique in its scope, never needs escaping by emit;
 * - every `{ kind: 'ref' }` points at an entry of `Api.schemas`, and every cycle passes through a ref;
 * - every path template variable is bound by exactly one path parameter of its method.
 */
import type { HttpMethod } from '../normalize/operations';
import type { RequestBody } from './body-types';
import type { Docs, Property, SourceRef, TypeRef } from './type-expr';

export type { BodyEncoding, PartStyle, RequestBody } from './body-types';

export type {
  Discriminator,
  Docs,
  NumberConstraints,
  ObjectType,
  Property,
  RequiredKeys,
  SourceRef,
  StringConstraints,
  TypeRef,
} from './type-expr';

export interface Api {
  /** `info.title` of the spec. */
  title: string;
  /** The README's heading when a Stainless config's `readme_title` gives one; absent otherwise. */
  readmeTitle?: string;
  /**
   * Where the API's documentation is, an http(s) URL the README links: a Stainless config's `organization.docs`, else
   * the spec's `externalDocs.url`. Null when neither names one.
   */
  docsUrl: string | null;
  /**
   * The GitHub repository (`owner/name`) the SDK is published from, as a Stainless config's `production_repo` names
   * it: package.json's `repository`, the README's issues link, CONTRIBUTING.md's clone. Null when none names it.
   */
  repository: string | null;
  /** Where SECURITY.md asks for vulnerability reports (a Stainless config's organization contact); null: no SECURITY.md. */
  securityContact: string | null;
  /** `info.version` of the spec. */
  specVersion: string;
  /** Client class name: "Smithery" → `class Smithery`, `SmitheryError`. */
  clientName: string;
  /** npm package name: "@smithery/api". */
  packageName: string;
  /** Version written into the generated package.json. */
  packageVersion: string;
  /** Prefix of the client's environment variables: "SMITHERY" → SMITHERY_BASE_URL, SMITHERY_LOG. */
  envPrefix: string;
  /** Default base URL (`servers[0]`, variables substituted by their defaults); null → required option. */
  baseUrl: string | null;
  /**
   * The base URL as client options build it (a Stainless config's `server_variable`): the default server's URL in
   * text parts and parts an option fills in (its variable's default when the option is unset); null when no option
   * names a variable of it.
   */
  baseUrlTemplate: Array<{ text: string } | { option: string; fallback: string }> | null;
  /**
   * The path prefix every operation shares that the base URL carries ("/v1"; '' for none): `baseUrl` and `servers`
   * end with it and methods' paths start after it, as in Stainless SDKs (`https://api.example.com/v1`, `/orgs`).
   */
  basePath: string;
  /** Other documented servers, for docs and the diff. */
  servers: Array<{ url: string; description: string | null }>;
  /**
   * Named base URLs (a Stainless config's `environments`): the client takes an `environment` option naming one,
   * the first being the default; `baseURL` still wins. Empty when there are fewer than two: a single environment is
   * the default base URL (`baseUrl`), with nothing to choose, as in Stainless's SDKs.
   */
  environments: Array<{ name: string; url: string }>;
  /**
   * The README's headline requests (a Stainless config's `readme.example_requests`): by role (`headline`,
   * `default`, `pagination`), the method that serves the endpoint and the params given for it. Empty when none.
   */
  readmeExamples: Array<{ role: string; resourcePath: string; method: string; params: Record<string, unknown> }>;
  auth: AuthScheme[];
  /** The API's own security (a Stainless config's, else the spec's) as `Method.security`; absent where it names none. */
  security?: string[][];
  /** Header that carries an idempotency key on non-GET requests (config or spec hint), or null. */
  idempotencyHeader: string | null;
  /**
   * The client refuses to run in a browser unless given `dangerouslyAllowBrowser: true` (a Stainless config's
   * `browser: { state: disallow }`), with this message (null: the runtime's own); null when browsers may use it.
   */
  browserRefusal: { message: string | null } | null;
  /**
   * How multipart bodies send nested arrays and objects: `json` parts (OpenAPI's default for an object part), or
   * under bracketed keys (`tags[]`, `meta[owner]`) as Stainless's SDKs send them, with a Stainless config.
   */
  multipartNested: 'json' | 'brackets';
  /**
   * The generic multipart encoder's form where the config sets it (a Stainless config's
   * `targets.typescript.options.multipart_form`): which values holding no file are one JSON part (`objects`: plain
   * objects, arrays under `key[]`; `values`: both), and the fields kept under bracketed keys; absent: the SDK's own
   * (generator/ir/multipart-encoding.ts `genericMultipartForm`).
   */
  multipartForm?: { json: 'objects' | 'values'; bracketed: string[] };
  /**
   * Client options that are not credentials (a Stainless config's `client_settings.opts` without `auth`): each
   * sent with every request as a header or a query parameter, so methods do not ask for that parameter.
   */
  settingOptions: SettingOption[];
  /**
   * Whether api.md lists each method's params type and page alias beside the response and model types (sdkgen's own
   * api.md); false under a Stainless config, whose api.md lists only the latter, as Stainless's does.
   */
  apiMdListsParams: boolean;
  /** Whether api.md lists the shared types first (Stainless's, under a Stainless config) or last (sdkgen's own). */
  apiMdSharedFirst: boolean;
  /** The client's defaults when the caller sets none (a Stainless config's `default_timeout`, `default_retries`). */
  requestDefaults: { timeoutMs: number | null; maxRetries: number | null };
  /**
   * The retry backoff's first delay and its cap in milliseconds (a Stainless config's `default_retries` delays);
   * null where the runtime's 500 ms and 8,000 ms hold.
   */
  retryBackoff: { initialMs: number; maxMs: number } | null;
  /**
   * What the API's streams do with each server-sent event, the first rule that applies to it deciding (a Stainless
   * config's `streaming.on_event`); an event no rule applies to is skipped. Empty: every event is yielded, and a
   * JSON stream ends at `[DONE]` (which it does with rules too).
   */
  streamEventRules: StreamEventRule[];
  resources: Resource[];
  /**
   * The methods on the client itself (a Stainless config's `$client`: `client.getWelcomeMessage()`), as a resource
   * whose path is '' and whose types are declared in `resources/top-level`; null when there are none.
   */
  topLevel: Resource | null;
  /** Every exported named type, in a deterministic order (spec order). */
  schemas: NamedSchema[];
  paginationSchemes: PaginationScheme[];
  /** The package's licence (config `client.license`, else the spec's `info.license`), or null when none is known. */
  license: License | null;
  /**
   * Text above the generated banner of every source file (config `client.fileHeader`, a Stainless config's
   * `settings.file_header`), or null.
   */
  fileHeader: string | null;
  docs: Docs;
  source: SourceRef;
  /** The MCP server generated beside the SDK (`--mcp`, `mcp: true`, Stainless `mcp_server`); absent otherwise. */
  mcp?: McpServer;
  /**
   * Validators of the models, params and responses (`src/schemas/*`) and the client options that use them, whose
   * defaults these are (the config's `validation`); absent otherwise.
   */
  validation?: { responses: 'off' | 'warn' | 'strict'; params: 'off' | 'warn' | 'strict' };
}

/** An MCP server package (packages/mcp-server) exposing the SDK's methods as tools. */
export interface McpServer {
  /** npm package name: "@smithery/api-mcp". */
  packageName: string;
  /** The command it installs: "smithery-api-mcp". */
  binName: string;
  /** The server's instructions for clients (MCP's `instructions`), or null. */
  instructions: string | null;
  /** One tool per SDK method, in resource order. */
  tools: McpTool[];
}

export interface McpTool {
  /** Tool name: "servers_releases_get" (≤ 64 characters of [a-z0-9_], unique). */
  name: string;
  /** Dotted resource path of the method: "servers.releases". */
  resource: string;
  /** Method name on that resource: "get". */
  method: string;
}

export interface License {
  /** SPDX license expression: "MIT", "Apache-2.0". */
  id: string;
  /** Copyright holder (the spec's `info.contact.name`), or null. */
  holder: string | null;
}

/**
 * How the client authenticates. `option` is the client constructor option. `unnamed`: with a Stainless config, no
 * security (the API's or an operation's) asks for a credential of the scheme in its first requirement (the others
 * are alternatives), or it also allows none (`{}`); Stainless's endpoint tests then give a credential that may be
 * null no value. Absent otherwise.
 */
export type AuthScheme = {
  unnamed?: true;
  /**
   * With a Stainless config, its place among the schemes the config's `security_schemes` and then the spec's
   * `components.securitySchemes` declare (one past them when neither does): Stainless's Python client merges the
   * credentials of several schemes in this order. Absent otherwise.
   */
  declared?: number;
} & (
  | {
      kind: 'bearer';
      name: string;
      option: string;
      envVar: string | null;
      /** Whether the option must hold a value (not null); the client throws when it has none and no default. */
      required: boolean;
      /** Its value when neither given nor in its environment variable (a Stainless config's `default:`), or null. */
      default: string | null;
      docs: Docs;
      /** The word before the token in `Authorization`, when not `Bearer` (`x-stainless-auth.scheme_keyword`). */
      keyword?: string;
    }
  | {
      kind: 'apiKey';
      name: string;
      in: 'header' | 'query' | 'cookie';
      wireName: string;
      /** Placed in the query by its Stainless option's `send_as_query_param` (not the scheme's `in` alone). */
      sendAsQueryParam?: true;
      option: string;
      envVar: string | null;
      required: boolean;
      default: string | null;
      docs: Docs;
    }
  | {
      kind: 'basic';
      name: string;
      usernameOption: string;
      passwordOption: string;
      usernameEnvVar: string | null;
      passwordEnvVar: string | null;
      /** Whether both parts must hold a value (neither may be null). */
      required: boolean;
      /** Each part's own: whether it must hold a value, and its value when neither given nor in its variable. */
      usernameRequired: boolean;
      passwordRequired: boolean;
      usernameDefault: string | null;
      passwordDefault: string | null;
      /**
       * Whether `Authorization` is sent only when both parts have a value (Stainless's SDKs: a null part sends no
       * credential); false: when either has one, the other sent empty.
       */
      bothParts: boolean;
      docs: Docs;
      /**
       * The two are an OAuth2 client ID and secret (an `oauth2` scheme's `clientCredentials` flow), never sent on a
       * request: the client exchanges them at the token URL for an access token it sends as `Authorization: Bearer`.
       * Absent for HTTP basic auth.
       */
      clientCredentials?: ClientCredentialsFlow;
    }
);

/** An OAuth2 client-credentials exchange (RFC 6749 §4.4), as `AuthScheme`'s `clientCredentials` holds it. */
export interface ClientCredentialsFlow {
  /** Where `grant_type=client_credentials` is posted, form-encoded: absolute, or relative to the base URL. */
  tokenUrl: string;
  /** How the ID and secret go to the token URL: HTTP Basic credentials (the default), or fields of the form. */
  credentialsIn: 'header' | 'body';
  /** The scopes asked for (the form's `scope`, space-separated); empty: none asked for. */
  scopes: string[];
}

export interface Resource {
  /** Class name: "Releases". */
  className: string;
  /**
   * The name its namespace (`Parent.Class.Type`) takes when not the class's: the name of a model of its module that
   * the class (only declaring models) would have had (`ChannelData`, beside the class `RecipientChannelData`).
   */
  namespaceName?: string;
  /** Property on the parent: "releases" (client.servers.releases). */
  property: string;
  /**
   * A top-level resource whose property is also the client's own method of that name (a Stainless config's `$client`
   * method named as the resource, turbopuffer's `namespaces`): Stainless's api.md calls both through it,
   * `client.namespaces({ ...params })` and `client.namespaces.deleteAll(…)`, so the client's property is the resource
   * and, called, runs the method. Absent otherwise.
   */
  callable?: true;
  /** The key a config names it by, as written there ("mongodb", "scoring_functions"); absent when none does. */
  configKey?: string;
  /** Prefix of its generated type names: "Release" → ReleaseGetParams. */
  singular: string;
  /** Dotted path from the client: "servers.releases". */
  path: string;
  /** Module that declares the class, without extension: "resources/servers/releases". */
  module: string;
  methods: Method[];
  /** Methods that parse (and verify) the webhook events the API sends: a Stainless config's `webhook_unwrap`. */
  webhookUnwraps: WebhookUnwrap[];
  subresources: Resource[];
  /** Named schemas declared in this resource's module (ids into Api.schemas), in order. */
  schemaIds: string[];
  /**
   * Its api.md section (and its subresources') is a file of its own beside its module, linked from the root api.md
   * (a Stainless config's `standalone_api`). Absent otherwise.
   */
  standaloneApi?: true;
  docs: Docs;
}

/**
 * `client.webhooks.unwrap(body)`: the body of a request the API sent to the user's server, parsed into an event;
 * with a key option, `unwrap(body, { headers, key })` verifies its Standard Webhooks signature first.
 */
export interface WebhookUnwrap {
  /** Method name: "unwrap". */
  name: string;
  /** What it returns: the union of the spec's webhook events (a named type of the resource's module). */
  event: TypeRef;
  /** The client option holding the verifying key ("webhookKey"), or null when the method only parses. */
  keyOption: string | null;
  /** The event property the config names as telling the events apart (`discriminator: type`); absent if none. */
  discriminator?: string;
  docs: Docs;
}

/** The HTTP methods an operation may have, as the normalize stage reads them from a path item. */
export type { HttpMethod } from '../normalize/operations';

export interface Method {
  /** Method name on the resource: "get", "list", "deploy". */
  name: string;
  /** The key a config names it by, as written there ("get_oauth_apps"); absent when none does. */
  configKey?: string;
  operationId: string | null;
  http: HttpMethod;
  /** Path template as in the spec, after the API's `basePath`: "/servers/{qualifiedName}/releases/{id}". */
  path: string;
  /** Path parameters taken positionally, in call order: get('id', { qualifiedName }). */
  positional: Param[];
  positionalByConfig?: true; // the config's `positional_params`: every language's call shape (absent: its own)
  /** The `params` argument; null when the method takes none. */
  params: ParamsType | null;
  body: RequestBody | null;
  response: ResponseKind;
  /** Documented non-2xx responses with a body schema. */
  errors: ErrorResponse[];
  pagination: MethodPagination | null;
  /** Field of the response body the method returns instead of the body (`settings.unwrap_response_fields`). */
  unwrap: string | null;
  /**
   * A method that streams only when asked: `{ [param]: true }` returns a `Stream` of `event`, otherwise the
   * response is `response` as usual (a Stainless config's `streaming.param_discriminator`).
   */
  streamWhen: { param: string; event: TypeRef } | null;
  /** Whether the method sends the client's credentials (false for `security: []`). */
  authenticated: boolean;
  /**
   * The operation's own `security`: its alternatives in order, each the scheme names sent together. Absent when it
   * has none of its own (the API's apply) or an empty one (`authenticated` is false).
   */
  security?: string[][];
  /** The operation's (or its path's) own server URL where not the API's: used unless the client was given one. */
  defaultBaseUrl?: string;
  /** Set when the MCP server has no tool for it (a Stainless config's `mcp: false`); absent otherwise. */
  noMcpTool?: true;
  /**
   * With a Stainless config, the spec's example of the request body's fields (`content[<type>].example`), which the
   * method's `@example` calls it with, as Stainless's SDKs do. Untrusted: printed only as values. Absent otherwise.
   */
  bodyExample?: Readonly<Record<string, unknown>>;
  /** Set when `bodyExample` is the body schema's `example` (not the media type's): calls keep its required fields. */
  bodyExampleOfSchema?: true;
  /**
   * Set when that schema writes it `example:` (not 3.1's `examples:`): its values come before the fields' own examples,
   * as Stainless's SDKs take them (papr's `memory.search`: `SearchRequest.example`'s `query`, not the field's
   * `examples`); a body schema's `examples` come after them (isaacus's `enrichments.create`).
   */
  bodyExampleFirst?: true;
  /** With a Stainless config, set when the success response's schema has an `example` of its own (not its fields'). */
  responseExample?: true;
  /** The method's own request defaults over the client's (config `default_request_options`); call options win. */
  requestDefaults?: { timeoutMs: number | null; maxRetries: number | null };
  /** Why the method's generated tests are written skipped (a Stainless config's `skip_test_reason`); absent if not. */
  testSkipReason?: string;
  /**
   * Without a Stainless config, where the request body requires one of several sets of its fields (ir/methods.ts
   * `eitherCondition`): the body fields (wire names) its tests send as required, and those its all-params test leaves
   * out (the body must take exactly one set). Absent otherwise.
   */
  testFieldSet?: { required: string[]; leftOut: string[] };
  /** Set when the operation defines `callbacks` (even `{}`), which the SDK ignores; Stainless's tests once skipped it. */
  definesCallbacks?: true;
  docs: Docs;
  source: SourceRef;
}

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

export interface Param {
  /** Key in the params object (verbatim wire name where possible; quoted by the printer if needed). */
  key: string;
  /** Local variable name used when destructuring: a valid identifier, unique in the method. */
  local: string;
  /** Name on the wire (query key, header name, path variable, body property). */
  wireName: string;
  in: ParamLocation;
  type: TypeRef;
  required: boolean;
  /**
   * Query/path/header serialisation (OpenAPI `style`/`explode`); null = the location's default (a header: set only
   * for an array or object the spec explodes).
   */
  style: ParamStyle | null;
  /**
   * `x-stainless-const`: the field always has this value; the SDK sends it when the caller leaves it out
   * (so the field is optional). Absent otherwise.
   */
  fixedValue?: string | number | boolean;
  /**
   * The client option that fills it in when the call leaves it out (a Stainless config's `send_as_path_param` or
   * `send_as_body_param`): "projectId". The field is then optional. Absent otherwise.
   */
  clientDefault?: string;
  /**
   * Set on a field a client option fills in (`clientDefault`) that the spec requires: optional in the call, but a
   * generated test's call with only what is required gives it all the same (the test client sets no such option).
   */
  requiredBySpec?: true;
  /**
   * A query object field the spec lists as one parameter per property (`inserted_at.gt`, `inserted_at.lt`): each
   * property is sent under its own wire name. Absent otherwise.
   */
  members?: Array<{ property: string; wireName: string }>;
  /**
   * With a Stainless config, set when `docs.example` is the parameter object's own `example` (beside its schema) and
   * its schema has none: Stainless's tests take a query or header parameter's value from its schema only. Absent
   * otherwise.
   */
  exampleOnParameter?: true;
  /**
   * A spec parameter's description its schema gives (through a `$ref`), kept apart from `docs.description` (which
   * prefers the parameter object's own): some generators document a param only by what its schema says. Absent when
   * the schema has none.
   */
  schemaDescription?: string;
  docs: Docs;
  source: SourceRef;
}

export interface ParamStyle {
  /**
   * OpenAPI's styles, and the query formats of a Stainless config it has no style for: `brackets` (`tag[]=a`),
   * `indices` (`tag[0]=a`), `dots` (`filter.status=x`).
   */
  style:
    | 'form'
    | 'spaceDelimited'
    | 'pipeDelimited'
    | 'deepObject'
    | 'simple'
    | 'label'
    | 'matrix'
    | 'brackets'
    | 'indices'
    | 'dots';
  explode: boolean;
}

export interface ParamsType {
  /** "ReleaseGetParams". */
  typeName: string;
  /** Module declaring it (same as the method's resource). */
  fields: Param[];
  /** True when at least one field is required, so the argument cannot be omitted. */
  required: boolean;
  /**
   * A body that is one of several objects: the params type is a union of these (`XParams.Variant0 | …`), each with
   * every other field and that variant's body fields; `fields` are the first's. `closed`: the variant's object takes
   * no property it does not declare (`additionalProperties: false`).
   */
  variants?: Array<{ name: string; fields: Param[]; closed?: true }>;
}

export type ResponseKind =
  | {
      kind: 'json';
      type: TypeRef;
      typeName: string | null;
      /**
       * The media type (`text/plain`) of a text body holding the number or boolean its schema says: asked for as
       * that (Accept), read as JSON all the same (`responseKind: 'json'`).
       */
      textBody?: string;
      /** The media types asked for (Accept) when the spec's are JSON but not `application/json`: a vendor's. */
      accept?: string;
      /** The spec gives the body no schema (examples at most). */
      schemaless?: true;
    }
  | { kind: 'empty' }
  /*
   * accept: the media type asked for (Stainless's: the body's own); schemaless: the spec gives no schema; event: for an
   * event stream a Stainless config does not mark `streaming`, the type of its events, for a target that streams it
   */
  | { kind: 'text'; accept?: string; schemaless?: true; event?: TypeRef }
  | {
      kind: 'binary';
      contentType: string;
      /** Every media type the spec lists for the response, for the Accept header: "image/png, image/jpeg". */
      accept: string;
      /**
       * A JSON Lines body (`application/x-jsonl`) the spec gives a schema: the type of each line. Stainless's Python
       * SDKs read it a line at a time (`JSONLDecoder[MessageBatchIndividualResponse]`).
       */
      lines?: TypeRef;
    }
  /* json: the spec gives the body as JSON (a method a config marks always streaming): nothing but JSON is asked for */
  | { kind: 'sse'; event: TypeRef; json?: true };

export interface ErrorResponse {
  /** HTTP status, or "4XX"/"5XX"/"default". */
  status: string;
  /** The error class a response of this status is thrown as: "NotFoundError", else "APIError". */
  className: string;
  /** Media type of the documented body: "application/json". */
  contentType: string;
  type: TypeRef;
}

export interface MethodPagination {
  /** Page class name: a `className` of Api.paginationSchemes. */
  scheme: string;
  /** Type of one item. */
  item: TypeRef;
  /**
   * Name of an exported alias for this method's page type (`VectorStoresOpenAICursorPage` for
   * `OpenAICursorPage<VectorStore>`), declared in the method's module; null when there is none.
   */
  alias: string | null;
}

/** A rule of `Api.streamEventRules`. */
export interface StreamEventRule {
  /** The event names it applies to (null: an event without `event:`); null: any. */
  events: Array<string | null> | null;
  /** It applies when the event's data starts with this text; null: whatever the data. */
  dataStartsWith: string | null;
  /** Yield the event, skip it, end the stream, or throw the event's data as an `APIError`. */
  handle: 'yield' | 'skip' | 'done' | 'error';
  /** With `yield`: a property of the parsed data that, when set, is thrown as an `APIError` instead. */
  errorProperty: string | null;
}

/**
 * Where a page finds a paging value: a property path in the response body, or a response header (`field`: the name a
 * Stainless config gives the value, `next_cursor`, for a target whose page holds it as a property).
 */
export type PagingValue = string[] | { header: string; field?: string };

export interface PaginationScheme {
  /** Page class name: "ServersPage", "ConnectionsPage". */
  className: string;
  /** Other top-level body fields the page exposes, typed (e.g. `pagination`, `nextCursor`). */
  fields: Property[];
  style: 'page-number' | 'offset' | 'cursor' | 'next-url';
  /** Wire names of the query params the scheme drives. */
  request: {
    page: string | null;
    size: string | null;
    cursor: string | null;
    offset: string | null;
    /**
     * A Stainless `cursor_id` scheme's `previous_cursor_id_param` (`ending_before`), or a `cursor` scheme's
     * `previous_cursor_param` (`before`) when it has a `previous_cursor_field`: a list asked for with it pages
     * backwards, each page before its first item's id (`cursor_id`) or by `response.previousCursor`. Absent otherwise.
     */
    previousCursor?: string;
  };
  /**
   * Every query parameter that chooses a page, in order: a Stainless config scheme's `request` fields (`before` too),
   * else the ones the scheme drives (page, size, cursor, offset).
   */
  requestParams: string[];
  /** The types a Stainless config scheme declares for `requestParams` (`page_size: integer`), by wire name. */
  requestParamTypes: Record<string, 'string' | 'integer' | 'number' | 'boolean'>;
  /**
   * `body`: the request fields are fields of the list's JSON request body (a POST list; the next page is asked for
   * with the same body, its cursor or offset changed: Stainless's `PaginatedCursorPost`). Absent: query parameters.
   */
  requestIn?: 'body';
  /**
   * Property paths in the response body; a paging value may instead be a response header (a Stainless scheme's
   * `from_header`: `{ header: 'X-Next-Cursor' }`; the `Link` header's `rel="next"` URL for `nextUrl`).
   */
  response: {
    items: string[];
    /**
     * Where `items` is `[]` (the body is the array of items): the name a Stainless config gives that array
     * (`is_top_level_array`'s field, a fake page's array field), for a target whose page holds the items as a property.
     */
    itemsName?: string;
    nextCursor: PagingValue | null;
    /**
     * A path in the page's last item whose value is the next cursor (a Stainless `cursor_id` scheme: the item's `id`,
     * sent as `starting_after`), in place of `nextCursor`; null otherwise.
     */
    nextCursorItem: string[] | null;
    nextUrl: PagingValue | null;
    currentPage: PagingValue | null;
    totalPages: PagingValue | null;
    totalCount: PagingValue | null;
    hasMore: PagingValue | null;
    /**
     * An offset scheme's value saying where the page starts (a Stainless `offset_count_start_field`): the next page
     * starts that many items on, and a page without it is the last. Absent otherwise: the offset sent is the start.
     */
    offsetStart?: PagingValue;
    /**
     * A Stainless `cursor` scheme's `previous_cursor_field` (`first_id`): where a list asked for with
     * `request.previousCursor` finds the cursor of the page before. Absent otherwise.
     */
    previousCursor?: PagingValue;
    /**
     * A Stainless config scheme's top-level response fields by name, in the config's order (the items' and the
     * header-read ones among them), as Stainless's page classes declare them. Absent for a detected scheme.
     */
    order?: string[];
  };
}

export interface NamedSchema {
  /** Stable key: "<file>#<pointer>" of the component, or "id:<Name>" for an inline `id`. */
  id: string;
  /** Exported type name: "Server", "ServerListResponse". */
  name: string;
  /**
   * The name it asked for when one of TypeScript's reserved names refused it (`Partial`, so `name` is
   * `PartialResource`): a target with other reserved names settles it against its own. Absent otherwise.
   */
  requestedName?: string;
  /** Module declaring it: "resources/servers/servers" or "resources/shared". */
  module: string;
  type: TypeRef;
  docs: Docs;
  source: SourceRef;
  /**
   * Set on the request-side variant of a schema whose shape differs between requests and responses (it has
   * readOnly or writeOnly properties, or reaches a schema that does): the id of that schema, which is the
   * response shape (`Pet`; the variant is `PetParam`). Absent on every other schema.
   */
  requestVariantOf?: string;
  /**
   * Named as a model by a Stainless config (`resources.<r>.models`): part of the documented surface (api.md) even
   * where no method's signature reaches it. Absent otherwise.
   */
  configModel?: true;
  /** The config's model key it is named by (`tts_sse_event`): Python's module and class are named from its words. */
  configKey?: string;
  /**
   * A config model's place among those api.md lists in a given order rather than by name (a webhook_unwrap method's
   * events in the spec's order, then their union). Absent otherwise.
   */
  listOrder?: number;
}

/** A client option that is not a credential: `new Acme({ orgId })`, sent with every request. */
export interface SettingOption {
  /** Option name: "orgId". */
  option: string;
  type: 'string' | 'number' | 'boolean';
  /** Environment variable it defaults to, or null. */
  envVar: string | null;
  /** Its value when neither given nor in the environment, or null. */
  default: string | number | boolean | null;
  /**
   * Whether it accepts `null`, which means no value (nothing sent); one that does not and has a default always holds
   * a value (a Stainless config's `nullable`).
   */
  nullable: boolean;
  docs: Docs;
  /**
   * The header it is sent in with every request, or null: the default of parameters it fills in (by
   * `clientDefault`), a server URL's variable, or a webhook key, held and never sent.
   */
  header: string | null;
  /** The variable of the default server's URL it fills in (`https://{region}.api.test`), or null. */
  serverVariable: string | null;
}

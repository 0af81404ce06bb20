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
import type { AuthScheme } from './auth-types';
import type { Resource } from './method-types';
import type { PaginationScheme } from './pagination-types';
import type { Docs, SourceRef, TypeRef } from './type-expr';

export type { AuthScheme, ClientCredentialsFlow } from './auth-types';
export type { BodyEncoding, PartStyle, RequestBody } from './body-types';

export type {
  ErrorResponse,
  Method,
  Param,
  ParamLocation,
  ParamsType,
  ParamStyle,
  Resource,
  ResponseKind,
  WebhookUnwrap,
} from './method-types';

export type { MethodPagination, PaginationScheme, PagingValue } from './pagination-types';

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

/** The HTTP methods an operation may have, as the normalize stage reads them from a path item. */
export type { HttpMethod } from '../normalize/operations';

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
  /**
   * Whether the package is published by npm's trusted publishing (a Stainless config's
   * `publish.npm.auth_method: oidc`): the release workflow then publishes with an npm that can. Absent: with a token.
   */
  npmTrustedPublishing?: boolean;
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
   * Set on a config model naming a schema an earlier model names (model-copies.ts): the id of that first model, which
   * every reference names. Absent otherwise.
   */
  copyOf?: string;
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

/**
 * Template views: the contract between sdkgen and template authors. Every field a template may use is
 * declared and documented here and nowhere else. All strings are final: names are valid identifiers,
 * spec text is already escaped for where it goes (JSDoc blocks end in a newline, string literals are
 * quoted, Markdown is neutralised). A template never escapes anything itself.
 */

/**
 * What `.ts.hbs` files of the runtime (`src/core/**`, `src/internal/**`) are rendered with; see
 * templates/base/RUNTIME-CONTRACT.md.
 */
export interface RuntimeView {
  /** Client class name: "Smithery" → class SmitheryError. */
  clientName: string;
  /** Prefix of environment variables: "SMITHERY" → SMITHERY_LOG, SMITHERY_BASE_URL. */
  envPrefix: string;
  /** npm package name, raw: "@smithery/api". */
  packageName: string;
  /** Version of the generated package: "0.1.0" (sent in the User-Agent outside browsers). */
  packageVersion: string;
}

/** Fields every template receives (and the whole view of package.json, tsconfig*.json, .gitignore and extra templates). */
export interface CommonView {
  /** Client class name: "Smithery". */
  clientName: string;
  /** npm package name, raw (for Markdown code): "@smithery/api". */
  packageName: string;
  /** npm package name as a JSON string literal (for package.json): "\"@smithery/api\"". */
  packageNameJson: string;
  /** Version of the generated package: "0.1.0". */
  packageVersion: string;
  /** Prefix of environment variables: "SMITHERY". */
  envPrefix: string;
  /** Spec title, Markdown-safe: "Smithery Platform API". */
  title: string;
  /** Spec title as a JSON string literal. */
  titleJson: string;
  /** Spec description, Markdown-safe ("" when none). */
  description: string;
  /** File extension used in relative import specifiers: ".js" (Node ESM) or ".ts" (Deno). */
  importExt: string;
  /** First line of every generated source file (a comment). */
  banner: string;
  /** The spec Prism mocks for `npm test`, relative to the package, as a JS string literal ("'mock/openapi.yml'"), or "null". */
  mockSpec: string;
  /** The same path, JSON-string-escaped without the quotes (for package.json), or "" when there is none. */
  mockSpecPath: string;
  /** The same path for a `//` comment, or "". */
  mockSpecComment: string;
}

/** `package.json`. */
export interface PackageView extends CommonView {
  /** The `"license"` member with its trailing comma (`"license": "MIT",`), or "" when the licence is unknown. */
  licenseField: string;
}

/** `LICENSE` (`licenses/<SPDX id>.hbs`, for the licences sdkgen has the text of). */
export interface LicenseView extends CommonView {
  /** Copyright holder named by the spec (`info.contact.name`), or "". */
  holder: string;
}

/** `src/client.ts`. */
export interface ClientView extends CommonView {
  /** Import lines of `src/client.ts` (the full client with every resource), complete statements. */
  imports: string[];
  /**
   * Import lines of `src/client-core.ts`: the client without resources (`<Client>Core`), which a
   * tree-shaking bundler keeps small — `new Health(new SmitheryCore())` pulls in one resource, not all.
   */
  coreImports: string[];
  /** JSDoc block for the class (ends with a newline) or "". */
  doc: string;
  /** Default base URL as a string literal ("'https://api.smithery.ai'") or "null" (unused when there are environments). */
  defaultBaseUrl: string;
  /**
   * Named base URLs (the `environment` client option, the first being the default); empty when the API has none.
   * Then the client declares `const environments = { production: '…', … }` and reads the option.
   */
  environments: Array<{
    /** Property key in the `environments` object: "production", "'eu-west'". */
    key: string;
    /** Its base URL as a string literal. */
    url: string;
  }>;
  /** The default environment's name as a string literal ("'production'"), or "" when there are no environments. */
  defaultEnvironment: string;
  /** JSDoc block of the `environment` option (ends with a newline), or "". */
  environmentDoc: string;
  /** Error message (a string literal) thrown when both a base URL and an environment are given, or "". */
  ambiguousMessage: string;
  /** Idempotency header as a string literal or "null". */
  idempotencyHeader: string;
  /** Client options added by auth schemes (apiKey, username…). */
  authOptions: AuthOptionView[];
  /** True when at least one auth option must be given (or read from the environment). */
  hasRequiredAuth: boolean;
  /** Body of `authHeaders()` (statements) or "" when auth is not sent in headers. */
  authHeadersBody: string;
  /** Body of `authQuery()` (statements) or "" when auth is not sent in the query. */
  authQueryBody: string;
  /** Top-level resources: `client.<property>`. */
  resources: Array<{
    /** Property name on the client: "servers". */
    property: string;
    /** Resource class name: "Servers". */
    className: string;
    /** JSDoc block for the property (ends with a newline) or "". */
    doc: string;
  }>;
  /** Error classes exported as static members of the client. */
  errorClasses: string[];
  /**
   * Export clauses of `declare namespace <Client>`, merged with the class so that types read through the client
   * name (`Smithery.ServerListParams`, `Smithery.Servers`): `export { Servers, type ServerListParams };`.
   */
  namespaceExports: string[];
  /** The classes of `namespaceExports`, assigned to the client class so that they exist at run time too. */
  namespaceClasses: string[];
}

/** One client option added by an auth scheme (basic auth adds two: username and password). */
export interface AuthOptionView {
  /** Option name: "apiKey". */
  option: string;
  /** Environment variable as a string literal ("'SMITHERY_API_KEY'") or "null". */
  envVar: string;
  /** Environment variable name for docs ("SMITHERY_API_KEY") or "". */
  envVarName: string;
  /** JSDoc block for the option (ends with a newline). */
  doc: string;
  /** True when the client cannot be built without it (neither given nor in the environment). */
  required: boolean;
  /** Error message (a string literal) thrown when a required option is missing. */
  missingMessage: string;
}

/** One resource module: `src/resources/<path>.ts`. */
export interface ResourceView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /** Resource class name: "Releases" ("" for src/resources/shared.ts, which only declares types). */
  className: string;
  /** JSDoc block for the class (ends with a newline) or "". */
  doc: string;
  /** Nested resources: `client.servers.<property>`. */
  subresources: Array<{
    /** Property name on this resource: "releases". */
    property: string;
    /** Class of the nested resource: "Releases". */
    className: string;
  }>;
  /** Methods, in spec order; each is rendered by the partial it names. */
  methods: MethodView[];
  /** Printed type declarations of this module (interfaces, type aliases, namespaces), formatted later. */
  declarations: string;
  /**
   * Export clauses of `declare namespace <Class>`, merged with the resource class: its module's types and its
   * nested resources with theirs (`Smithery.Servers.Releases.ReleaseListParams`). Empty for shared.ts.
   */
  namespaceExports: string[];
  /** The nested resource classes, assigned to the class so that they exist at run time too (`Servers.Releases`). */
  namespaceClasses: string[];
}

/** One resource method; also the whole view of the partial that renders it (`partials/<partial>.hbs`). */
export interface MethodView {
  /** JSDoc block (ends with a newline) or "". */
  doc: string;
  /** Method name, a valid identifier: "get". */
  name: string;
  /**
   * Overload signatures declared before the implementation, each complete with its `;`
   * ("create(params: XCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<Event>>;"); empty for
   * most methods. A method that streams only when asked has three (non-streaming, streaming, either); with the
   * legacy call shape, a method whose params can be left out also has one taking the request options in their place.
   */
  overloads: string[];
  /** Parameter list of the implementation: "id: string, params: ReleaseGetParams, options?: RequestOptions". */
  args: string;
  /** Return type: "APIPromise<Release>". */
  returnType: string;
  /**
   * A statement run first, or "": with the legacy call shape, the call again with the request options moved to their
   * place (`if (isRequestOptions(params)) return this.list(id, {}, params);`).
   */
  guard: string;
  /** A destructuring statement for the params object, or "". */
  destructure: string;
  /** "request" or "requestPage". */
  clientMethod: string;
  /**
   * Explicit type arguments of the client call, "<Release>" for `request<Release>` (else ""): spelled out so that
   * the type checker does not infer them from the method's return type, which costs it noticeably on big APIs.
   */
  typeArguments: string;
  /** For requestPage: the page class expression ("ServersPage<ServerSummary>"), else "". */
  pageClass: string;
  /** Fields of the APIRequest object literal, each complete: "method: 'get'", "path: path`/x/${id}`". */
  requestFields: string[];
  /** Which partial renders the method: "method-plain" | "method-paginated". */
  partial: string;
}

/** `src/resources/index.ts`, `src/index.ts`. */
export interface IndexView extends CommonView {
  /** Complete export statements. */
  exports: string[];
}

/** `src/pagination.ts`. */
export interface PaginationView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /** One page class per pagination scheme of the API. */
  pages: Array<{
    /** Page class name: "ServersPage". */
    className: string;
    /** Runtime base class: PageNumberPage | CursorPage | OffsetPage | NextURLPage. */
    baseClass: string;
    /** The static `shape` object literal. */
    shape: string;
    /** `declare`d field lines: "declare servers: Array<Item>;". */
    fields: string[];
    /** JSDoc block for the class (ends with a newline). */
    doc: string;
  }>;
}

/** README.md and api.md. */
export interface DocsView extends CommonView {
  /** Install command: "npm install @smithery/api". */
  install: string;
  /** A complete first example (TypeScript source). */
  quickstart: string;
  /** Auth options described for the README. */
  authOptions: AuthOptionView[];
  /** Default base URL (raw) or "" when the client must be given one. */
  baseUrl: string;
  /** The `environment` option's values, the default first; empty when the API has none. */
  environments: Array<{
    /** Name, Markdown-safe: "production". */
    name: string;
    /** Base URL, Markdown-safe. */
    url: string;
  }>;
  /** Whether methods whose params can be left out also take the request options in their place (legacy call shape). */
  requestOptionsInParams: boolean;
  /** npm package of the MCP server generated beside the SDK (`packages/mcp-server`), Markdown-safe; "" when none. */
  mcpPackageName: string;
  /** The command that server installs, Markdown-safe: "smithery-api-mcp"; "" when none. */
  mcpBinName: string;
  /** One example per top-level resource. */
  examples: Array<{
    /** Heading, Markdown code: "client.servers". */
    title: string;
    /** TypeScript source of the example. */
    code: string;
  }>;
  /** A paginated method example, or "" when the API has none. */
  paginationExample: string;
  /** An upload example, or "" when the API has none. */
  uploadExample: string;
  /** A streaming example, or "" when the API has none. */
  streamingExample: string;
  /** A binary-response example, or "" when the API has none. */
  binaryExample: string;
  /** One call through `<Client>Core` and a single resource class (the smallest bundle), or "". */
  coreExample: string;
  /** An error-handling example. */
  errorExample: string;
  /** Request and response types imported by name and used in a call, or "" when the API has no named ones. */
  typesExample: string;
  /** Client-wide and per-request `maxRetries`. */
  retryExample: string;
  /** Client-wide and per-request `timeout`. */
  timeoutExample: string;
  /** `.asResponse()` and `.withResponse()`. */
  rawExample: string;
  /** api.md sections, one per resource (nested resources use deeper headings). */
  apiSections: ApiSectionView[];
  /** The reference pages (`docs/sdks/…`), one per resource in tree order; empty when reference docs are off. */
  referenceDocs: ReferenceLinkView[];
}

/** A resource's reference page, as the README lists it. */
export interface ReferenceLinkView {
  /** Two spaces per level of nesting (a nested Markdown list item): "" for a top-level resource. */
  indent: string;
  /** The resource as called: "client.servers.releases". */
  call: string;
  /** Link target from the package root: "docs/sdks/servers/releases/README.md". */
  path: string;
}

/** One resource's section of api.md. */
export interface ApiSectionView {
  /** "#", "##", … */
  heading: string;
  /** Section title: the resource class name ("Releases"), or "Shared". */
  title: string;
  /** Types declared in this resource's module: links into the module. */
  types: Array<{
    /** Type name: "Release". */
    name: string;
    /** Link target: "./src/resources/servers/releases.ts". */
    file: string;
  }>;
  /** The resource's methods. */
  methods: Array<{
    /** HTTP method, lower case: "get". */
    http: string;
    /** Path template, Markdown-safe: "/servers/{qualifiedName}/releases". */
    path: string;
    /** "client.servers.releases." */
    call: string;
    /** Method name: "get". */
    name: string;
    /** Argument summary: "id, { ...params }". */
    args: string;
    /** Link target: the resource module. */
    file: string;
    /** Return type summary, Markdown-safe: "ReleaseGetResponse". */
    returns: string;
  }>;
}

/** `tests/api-resources/<resource>.test.ts`: one test per method call shape, run against a mock server. */
export interface ResourceTestView extends CommonView {
  /** Import specifier of the package entry from the test file: "../../src/index.js". */
  importPath: string;
  /** Import specifier of the test harness (`tests/harness.ts`: describe, it, expect) from the test file: "../harness.js". */
  harnessPath: string;
  /** Whether a call uses `toFile`. */
  needsToFile: boolean;
  /** Auth options, each given a dummy value by the test client. */
  authOptions: AuthOptionView[];
  /**
   * The path the API's base URL adds to the mock server's root, as a string literal ("'/v1'"): the mock serves the
   * spec's paths whole. "" when there is none.
   */
  basePath: string;
  /** "servers.releases". */
  resourcePath: string;
  /** One test per call shape of each method. */
  tests: Array<{
    /** Test title (a plain string without quotes or backslashes). */
    name: string;
    /** The complete call expression: "client.servers.releases.get('id', { qualifiedName: 'qualifiedName' })"; "" when skipped. */
    call: string;
    /** Why the test is skipped (no argument that type-checks could be built), as one line of comment text; "" when it runs. */
    skipReason: string;
    /** The method returns a page (iterate it). */
    paginated: boolean;
    /** The method returns the raw `Response` (a download). */
    binary: boolean;
    /** The method returns a server-sent-event `Stream`. */
    stream: boolean;
    /** The method resolves to `undefined` (no response body). */
    empty: boolean;
  }>;
}

/**
 * Every file of the MCP server package (`packages/mcp-server/**`): its package.json, tsconfigs, README, MCPB
 * manifest and sources. The server calls the API through the SDK, imported by its package name.
 */
export interface McpServerView extends CommonView {
  /** npm package name of the server, raw (for Markdown code): "@smithery/api-mcp". */
  mcpPackageName: string;
  /** The same as a JSON string literal: "\"@smithery/api-mcp\"". */
  mcpPackageNameJson: string;
  /** The command it installs (a JSON-safe plain name): "smithery-api-mcp". */
  binName: string;
  /** The SDK's package as a TypeScript string literal, for imports: "'@smithery/api'". */
  sdkImport: string;
  /** Its subpaths as a JSON string literal, for tsconfig `paths`: "\"@smithery/api/*\"". */
  sdkSubpathJson: string;
  /** Exact version of `@modelcontextprotocol/sdk` the server depends on: "1.32.2". */
  mcpSdkVersion: string;
  /** Tool mode when `--tools` is not given: "all" below the size threshold, else "dynamic". */
  defaultTools: string;
  /** Client options holding credentials ("apiKey"): their values are redacted from every tool result. */
  credentialOptions: string[];
  /** Environment variables the SDK reads (credentials first, then `<PREFIX>_BASE_URL`), for docs and the bundle manifest. */
  envVars: Array<{
    /** "SMITHERY_API_KEY". */
    name: string;
    /** MCPB `user_config` key: "smithery_api_key". */
    configKey: string;
    /** Its MCPB substitution: "${user_config.smithery_api_key}". */
    userConfigRef: string;
    /** One line of plain text (JSON- and Markdown-safe): "Bearer credential (apiKey)". */
    title: string;
    /** Whether the value is secret. */
    sensitive: boolean;
    /** Whether the client cannot be built without it. */
    required: boolean;
  }>;
  /** One-line description of the server as a JSON string literal. */
  descriptionJson: string;
  /** Number of tools in mode `all`. */
  toolCount: number;
  /** A tool name for examples: "servers_list". */
  exampleTool: string;
  /** One entry per SDK method. */
  endpoints: Array<{
    /** Tool name as a string literal: "'servers_releases_get'". */
    tool: string;
    /** Dotted resource path as a string literal: "'servers.releases'". */
    resource: string;
    /** "'read'" (GET, HEAD, OPTIONS) or "'write'". */
    operation: string;
    /** HTTP method and path as a string literal: "'GET /servers/{qualifiedName}/releases/{id}'". */
    route: string;
    /** Tool description as a string literal. */
    description: string;
    /** The input JSON Schema as an object literal (JSON text). */
    inputSchema: string;
    /** MCP tool annotations as an object literal: "{ readOnlyHint: true }". */
    annotations: string;
    /** Keys of arguments that are files (converted from data: URLs or text before the call), as an array literal. */
    uploads: string;
    /** Name of the response projection argument as a string literal ("'fields'"), or "null" when the response is not JSON. */
    projection: string;
    /** The SDK method's signature as a string literal, for code mode's docs: "'client.servers.get(qualifiedName: string)'". */
    signature: string;
    /** What it resolves to as a string literal: "'ServerGetResponse'". */
    returns: string;
    /** The SDK call for `client` and `args` (SDK types named through the namespace `API`), a `Promise<Response>`. */
    call: string;
  }>;
}

/**
 * `docs/sdks/<resource path>/README.md`: a resource's reference page. Every string is final Markdown (spec text is
 * escaped; table cells have no line breaks or unescaped `|`), every link relative to the page.
 */
export interface ResourceDocsView extends CommonView {
  /** Resource class name, the page title: "Releases". */
  className: string;
  /** The resource as called: "client.servers.releases". */
  call: string;
  /** The tag's description of the resource, Markdown-safe ("" when none). */
  overview: string;
  /** Links from the package README down to this page, for the breadcrumb ("Smithery › Servers"). */
  breadcrumbs: Array<{
    /** Link text: the client or resource class name. */
    title: string;
    /** Relative link target. */
    href: string;
  }>;
  /** Nested resources, each with its page. */
  subresources: Array<{
    /** "client.servers.releases". */
    call: string;
    /** Relative link target: "releases/README.md". */
    href: string;
  }>;
  /** The resource's methods, in order. */
  methods: MethodDocsView[];
}

/** One method's section of a resource's reference page. */
export interface MethodDocsView {
  /** Section heading: the method's dotted call path, "servers.releases.get". */
  heading: string;
  /** The heading's anchor (GitHub's slug of the heading): "serversreleasesget". */
  anchor: string;
  /** One-line summary for the method list, Markdown-safe and on one line ("" when none). */
  summary: string;
  /** HTTP request as inline code: "`GET /servers/{qualifiedName}/releases/{id}`". */
  request: string;
  /** Summary and description, Markdown-safe paragraphs ("" when none). */
  description: string;
  /** Deprecation notice, Markdown-safe; "" when the method is not deprecated. */
  deprecated: string;
  /** A complete program calling the method through the client (TypeScript source). */
  example: string;
  /** The same call through the standalone function and `<Client>Core`, returning a result (TypeScript source). */
  standaloneExample: string;
  /** Parameter table rows: positional arguments, params fields, then the request options. */
  params: Array<{
    /** Inline code: "`id`", "`params.qualifiedName`". */
    name: string;
    /** Type, Markdown (links to model pages). */
    type: string;
    /** "✔" for required, "" otherwise. */
    required: string;
    /** Where it is sent and what it is, Markdown-safe, one line. */
    description: string;
  }>;
  /** What the call resolves to, Markdown (links to model pages). */
  response: string;
  /** Error table rows: each documented error response, then `APIError` for the other error statuses. */
  errors: Array<{
    /** Error class as inline code: "`NotFoundError`". */
    className: string;
    /** HTTP status: "404", "4XX", "default". */
    status: string;
    /** Inline code of the media type: "`application/json`". */
    contentType: string;
    /** The body's type, Markdown (a link to its model page), or "" when undocumented. */
    body: string;
  }>;
}

/** `docs/models/<TypeName>.md`: a named type's page. */
export interface ModelDocsView extends CommonView {
  /** Type name, the page title: "DeploymentInfo". */
  name: string;
  /** Relative link to the package README: "../../README.md". */
  readmeHref: string;
  /** The schema's description, Markdown-safe ("" when none). */
  description: string;
  /** The code fence around the declaration: three backticks, or more when the declaration holds a run of them. */
  fence: string;
  /** The TypeScript declaration, as the SDK declares it (with its nested namespace). */
  declaration: string;
  /** Field table rows of an object type (empty for other types). */
  fields: Array<{
    /** Inline code of the property key: "`id`". */
    name: string;
    /** Type, Markdown (links to model pages). */
    type: string;
    /** "✔" for required, "" otherwise. */
    required: string;
    /** Description, Markdown-safe, one line. */
    description: string;
  }>;
  /** Other model pages this type refers to. */
  refersTo: Array<{
    /** Type name. */
    name: string;
    /** Relative link target: "Server.md". */
    href: string;
  }>;
  /** Methods and types that refer to this type, each with its page. */
  usedBy: Array<{
    /** Link text, inline code: "`client.servers.get`" or "`Server`". */
    title: string;
    /** Relative link target. */
    href: string;
    /** How: "response", "parameter", "error", "page item", "stream event", or "" for a type. */
    role: string;
  }>;
}

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
  /** Whether the repository gets sdkgen's GitHub workflows and release-please's files (config `workflows`). */
  workflows: boolean;
}

/** `package.json`. */
export interface PackageView extends CommonView {
  /** The licence's SPDX expression as a JSON string literal (`"\"MIT\""`), or "" when the licence is unknown. */
  licenseJson: string;
}

/**
 * The repository's GitHub workflows (`github/workflows/*.yml.hbs` → `.github/workflows/*.yml`) and release-please's
 * files. Spec text never reaches a `run:` line: the workflows name scripts and read values from env variables.
 */
export interface WorkflowView extends CommonView {
  /** Whether the repository has an MCP server package, packages/mcp-server, for CI to install and build. */
  mcpServer: boolean;
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
  /**
   * Default base URL, an expression: a string literal ("'https://api.smithery.ai'"), a template literal when client
   * options fill in its variables ("`https://${region ?? 'eu'}.api.test`"), or "null" (unused with environments).
   */
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
  /** Client options that are not credentials, each sent as a header or query parameter (folded into the defaults). */
  settingOptions: Array<{
    /** Option name: "orgId". */
    option: string;
    /** JSDoc block (ends with a newline) or "". */
    doc: string;
    /** "string", "number" or "boolean". */
    tsType: string;
    /** Its default, an expression: "readEnv('ACME_ORG_ID') ?? null", "5". */
    defaultValue: string;
  }>;
  /** The setting options sent as headers. */
  optionHeaders: OptionSentView[];
  /** The setting options sent as query parameters. */
  optionQuery: OptionSentView[];
  /** The API's default timeout in ms ("90000"), or "" for the runtime's. */
  defaultTimeout: string;
  /** The API's default retry count ("5"; "0" is a value), or "" for the runtime's. */
  defaultMaxRetries: string;
  /** Whether the API has one: the client then passes its key maker (`idempotencyKey: uuid4`). */
  hasIdempotencyHeader: boolean;
  /** Client options added by auth schemes (apiKey, username…). */
  authOptions: AuthOptionView[];
  /** True when at least one auth option must be given (or read from the environment). */
  hasRequiredAuth: boolean;
  /**
   * Credentials sent in headers (the client's `authHeaders()`, see partials/client-auth.hbs), in the order of the
   * spec's security schemes; empty when none is.
   */
  authHeaders: AuthCredentialView[];
  /** Credentials sent as query parameters (the client's `authQuery()`); empty when none is. */
  authQuery: AuthCredentialView[];
  /** Top-level resources: `client.<property>`. */
  resources: Array<{
    /** Property name on the client: "servers". */
    property: string;
    /** Resource class name: "Servers". */
    className: string;
    /** JSDoc block for the property (ends with a newline) or "". */
    doc: string;
  }>;
  /** The client's own methods (a Stainless `$client`: `client.getWelcomeMessage()`); their types are in `resources/top-level`. */
  methods: MethodView[];
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
  /** The option's default, an expression: "readEnv('SMITHERY_API_KEY')", or "null" without an environment variable. */
  defaultValue: string;
  /** Environment variable name for docs ("SMITHERY_API_KEY") or "". */
  envVarName: string;
  /** JSDoc block for the option (ends with a newline). */
  doc: string;
  /** True when the client cannot be built without it (neither given nor in the environment). */
  required: boolean;
  /** Error message (a string literal) thrown when a required option is missing. */
  missingMessage: string;
}

/**
 * One credential the client sends with every request, from an auth scheme of the spec: how it is sent (one of
 * `bearer`, `basic`, `header`, `cookie` is true; none in `authQuery`) and the option holding it.
 */
export interface AuthCredentialView {
  /** `Authorization: Bearer <option>`. */
  bearer: boolean;
  /** `Authorization: Basic <base64 of username:password>` (`option` holds the username, `passwordOption` the password). */
  basic: boolean;
  /** A header named `name`. */
  header: boolean;
  /** A cookie named `cookieName`, in the `Cookie` header. */
  cookie: boolean;
  /** The client option holding the credential (for basic auth, the username): "apiKey". */
  option: string;
  /** For basic auth, the option holding the password; else "". */
  passwordOption: string;
  /** The header's or query parameter's name as a string literal ("'X-API-Key'"); "" for the other kinds. */
  name: string;
  /** The cookie's name, escaped for a template literal ("session_id"); "" for the other kinds. */
  cookieName: string;
  /**
   * Set `Authorization` only when an earlier scheme has not: several schemes may each set it, and the first one
   * configured wins.
   */
  unlessAuthorizationSet: boolean;
}

/** One resource module: `src/resources/<path>.ts`. */
export interface ResourceView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /** Resource class name: "Releases" ("" for src/resources/shared.ts, which only declares types). */
  className: string;
  /**
   * With tree shaking on: the class holding the methods but no nested resources ("BaseReleases"), which
   * `className` extends with them; "" otherwise (one class holds both).
   */
  baseClassName: string;
  /** With tree shaking on: the resource's path on the client as a tuple literal ("['servers', 'releases']"). */
  key: string;
  /** JSDoc block for the class (ends with a newline) or "". */
  doc: string;
  /** Nested resources: `client.servers.<property>`. */
  subresources: Array<{
    /** Property name on this resource: "releases". */
    property: string;
    /** Class of the nested resource: "Releases". */
    className: string;
  }>;
  /** Methods, in spec order, then the webhook unwrap methods; each is rendered by the partial it names. */
  methods: Array<MethodView | WebhookUnwrapView>;
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
  /** The implementation's parameters (`partials/parameters.hbs`). */
  parameters: ParametersView;
  /** Return type: "APIPromise<Release>". */
  returnType: string;
  /**
   * The legacy call shape: request options may stand in place of params that can be left out, so the method first
   * calls itself again with them moved (`if (isRequestOptions(params)) return this.list(id, {}, params);`).
   */
  optionsInParams: boolean;
  /**
   * The function that builds and sends the request, shared with the standalone function
   * (`serversReleasesGetRequest`, from `src/funcs/<functionName>.ts`); "" when the method builds it itself
   * (`request`).
   */
  sharedRequest: string;
  /** The request the method builds itself (`partials/request.hbs`), or null when it calls `sharedRequest`. */
  request: RequestView | null;
  /** Who sends the request: `this._client` in a resource class, `this` in the client's own methods. */
  client: string;
  /** Which partial renders the method: "method-plain" | "method-paginated". */
  partial: string;
}

/**
 * A method that parses the body of a webhook request into an event, after verifying its signature when the client
 * has a webhook key option (`partials/webhook-unwrap.hbs`).
 */
export interface WebhookUnwrapView {
  /** JSDoc block (ends with a newline) or "". */
  doc: string;
  /** Method name: "unwrap". */
  name: string;
  /** The union of the events it returns: "UnwrapWebhookEvent". */
  eventType: string;
  /** The client option holding the verifying key ("webhookKey"); "" when the method only parses. */
  keyOption: string;
  /** The core client class, whose `keyOption` property holds the key: "AcmeCore". */
  clientCore: string;
  /** The option's environment variable, for the message when no key is set ("ACME_WEBHOOK_KEY"), or "". */
  keyEnvVar: string;
  /** Always "webhook-unwrap". */
  partial: string;
}

/** The parameter list of a method, of its standalone function and of their request function. */
export interface ParametersView {
  /** Leading path parameters, in call order. */
  positional: Array<{
    /** Parameter name: "id". */
    local: string;
    /** Its type: "string". */
    type: string;
  }>;
  /** The params object, or null when the method takes none. */
  params: {
    /** Its type: "ReleaseGetParams" (with the legacy call shape "ReleaseListParams | RequestOptions"). */
    type: string;
    /** True when it can be left out (then it defaults to `{}` and may be null). */
    optional: boolean;
  } | null;
}

/**
 * What `partials/request.hbs` renders: the statements that build one API request from a method's arguments and
 * send it (`return client.request<T>({ method: 'get', path: path`/x/${id}`, … }, options);`). The partial is
 * called with `client`, the expression of the client that sends it (`this._client`, or a function's `client`).
 * Each field below is the value of the request field of that name, or ""/false when the request has none.
 */
export interface RequestView {
  /**
   * The params object taken apart into locals, or null: `const { qualifiedName, 'x-key': xKey, ...query } = params;`.
   */
  destructure: {
    /** The params fields bound to locals, in order. */
    fields: Array<{
      /** Property key, quoted when it is no identifier: "qualifiedName", "'x-key'". */
      key: string;
      /** Local it is bound to: "xKey". */
      local: string;
      /** True when the key and the local differ (then `key: local`). */
      renamed: boolean;
      /** Its default when left out, an expression ("(this._client as AcmeCore).projectId"), or "". */
      fallback: string;
    }>;
    /** The rest element's local: "query" or "body". */
    rest: string;
    /** True when params may be null or undefined (`= params ?? {}`). */
    optional: boolean;
  } | null;
  /** The page class for `requestPage` ("ServersPage<ServerSummary>"), or "" for `request`. */
  page: string;
  /**
   * Explicit type arguments of `request`, "<Release>" (else ""): spelled out so that the type checker does not
   * infer them from the return type, which costs it noticeably on big APIs.
   */
  typeArguments: string;
  /** HTTP method, lower case: "get". */
  http: string;
  /** Path expression: "'/health'", "path`/servers/${qualifiedName}`". */
  path: string;
  /** The query property as written: "query" (the rest of params), "query: { page, pageSize, ...query }", or "". */
  query: string;
  /** Non-default query styles by wire name, an object literal (then `styledQuery: stringifyQuery` is sent too), or "". */
  queryStyles: string;
  /** Header parameters, an object literal, or "". */
  headers: string;
  /** The body property as written: "body", "body: params", "body: { 'wire-name': local, ...body }", or "". */
  body: string;
  /** "multipart", "form", "binary" or "text" (JSON is the default), or "". */
  bodyEncoding: string;
  /** Multipart parts sent as JSON, an array literal, or "". */
  jsonParts: string;
  /**
   * For multipart bodies, the encoder the method passes (`multipart: toFormData`; `toBracketedFormData` with a
   * Stainless config), else "".
   */
  multipart: string;
  /** True for binary bodies: the method passes the reader of streamed and `Response` bodies (`binary: toBlob`). */
  binary: boolean;
  /** Content-Type of a binary or text body, a string literal, or "". */
  contentType: string;
  /** "'empty'", "'text'", "'binary'", "'sse'", an expression choosing one, or "". */
  responseKind: string;
  /** Accept header of a binary response, a string literal, or "". */
  accept: string;
  /** How stream events' data is read: "'json'" or "'text'", or "". */
  sseData: string;
  /** "'data'" when the stream yields only each event's data, or "". */
  sseItems: string;
  /** True for streams: the method passes the `Stream` class. */
  stream: boolean;
  /** Field of the body the call resolves to, a string literal, or "". */
  unwrap: string;
  /** False for operations that send no credentials (`security: []`). */
  authenticated: boolean;
}

/**
 * One standalone function: `src/funcs/<functionName>.ts` (`src/funcs/function.ts.hbs`). It exports the function,
 * its error union, and the request function the resource class's method calls too.
 */
export interface FuncView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /** The function: "serversReleasesGet". */
  functionName: string;
  /** JSDoc block of the function (ends with a newline). */
  doc: string;
  /** The core client class its first parameter is typed with: "SmitheryCore". */
  coreClass: string;
  /** Its parameters after the client (the method's). */
  parameters: ParametersView;
  /** See MethodView.optionsInParams. */
  optionsInParams: boolean;
  /** What an `ok` result holds: "DeploymentInfo", the page class, "Response", "Stream<…>". */
  valueType: string;
  /** Name of the error union type: "ServersReleasesGetError". */
  errorType: string;
  /** JSDoc block of the error union (ends with a newline). */
  errorDoc: string;
  /** Members of the error union: "NotFoundError<DeploymentError>", …, "APIUserAbortError". */
  errors: string[];
  /** Name of the request function: "serversReleasesGetRequest". */
  requestFunction: string;
  /** What the request function returns: "APIPromise<DeploymentInfo>". */
  returnType: string;
  /** The method on the client that sends the same request, for docs: "client.servers.releases.get". */
  methodPath: string;
  /** The request the request function builds (`partials/request.hbs`). */
  request: RequestView;
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
    /**
     * The entries of the static `shape`, where the runtime finds each part of a page in the request and response:
     * `items` (the property path of the items, an array literal), then `page`, `size`, `cursor`, `offset`,
     * `nextCursor`, `nextUrl`, `currentPage`, `totalPages`, `totalCount`, `hasMore` as the scheme has them.
     */
    shape: Array<{
      /** The part: "items", "cursor". */
      key: string;
      /** Where it is, as a literal: "['data']" (a property path), "'next_cursor'" (a name). */
      value: string;
    }>;
    /** Property key of the items, declared `Array<Item>`, when they are a top-level property; else "". */
    itemsKey: string;
    /** The response's other properties, declared on the class. */
    fields: Array<{
      /** JSDoc block (ends with a newline) or "". */
      doc: string;
      /** Property key: "next_cursor", "'total-count'". */
      key: string;
      /** Whether the response may leave it out. */
      optional: boolean;
      /** Its type: "string | null". */
      type: string;
    }>;
    /** JSDoc block for the class (ends with a newline). */
    doc: string;
  }>;
}

/** README.md and api.md. */
export interface DocsView extends CommonView {
  /** Install command: "npm install @smithery/api". */
  install: string;
  /** The call of the README's first program (partials/readme-call.hbs); absent when the API has no methods. */
  headline?: ExampleCallView;
  /** The environment variable the first program's client construction names ("SMITHERY_API_KEY"); "" without auth. */
  clientEnvVar: string;
  /** Whether the client needs a `baseURL` (the spec names no server): the first program passes one. */
  baseUrlRequired: boolean;
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
  /** One program per top-level resource: a call of its first method (or its nested resources' first). */
  examples: ResourceExampleView[];
  /** A paginated method, iterated item by item and page by page; absent when the API has none. */
  pagination?: PaginationExampleView;
  /** A method that uploads a file, called with each kind of file; absent when the API has none. */
  upload?: UploadExampleView;
  /** A method that returns a server-sent-event stream; absent when the API has none. */
  streaming?: ExampleCallView;
  /** A method that returns a download (the raw `Response`); absent when the API has none. */
  binary?: ExampleCallView;
  /** A call through `<Client>Core` and a single resource class (the smallest bundle); absent when there is none. */
  core?: CoreExampleView;
  /** Request and response types imported by name and used in a call; absent when the API has no named ones. */
  types?: TypesExampleView;
  /** The standalone functions' section: one method's function called on a core client; absent with `funcs: false`. */
  funcs?: FunctionExampleView;
  /** The simplest method's call, for the sections on errors, retries, timeouts and raw responses. */
  basicCall: BasicCallView;
  /** The README's webhooks section, for the first webhook unwrap method; absent when the SDK has none. */
  webhooks?: {
    /** The method's chain from the client: "webhooks.unwrap". */
    call: string;
    /** The union of the events it returns: "UnwrapWebhookEvent". */
    eventType: string;
    /** The client option holding the verifying key ("webhookKey"), or "" when the method only parses. */
    keyOption: string;
    /** That option's environment variable, or "". */
    envVar: string;
  };
  /** The client's default timeout in milliseconds: "60000". */
  defaultTimeoutMs: string;
  /** The same in words: "60 seconds". */
  defaultTimeoutText: string;
  /** The client's default number of retries: "2". */
  defaultMaxRetries: string;
  /** How failed requests are retried by default, in words: "retried twice", "not retried". */
  retriedByDefault: string;
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

/** The imports a README program needs besides the client (partials/readme-imports.hbs). */
export interface ExampleImportsView {
  /** Its code streams a file from disk (`fs.createReadStream`): it imports `fs` from `node:fs`. */
  importsFs: boolean;
  /** Its code makes a file from bytes with `toFile`: it imports `toFile` from the package. */
  importsToFile: boolean;
  /** One of the two: a blank line separates the imports from the code that follows them. */
  hasImports: boolean;
}

/**
 * A call in a README program and what the program does with what it returns (partials/readme-call.hbs): exactly one
 * of `paginated`, `stream`, `empty`, `binary`, `text` and `json` is true.
 */
export interface ExampleCallView extends ExampleImportsView {
  /**
   * The call, laid out for the statement readme-call.hbs puts it in (broken over lines, the way Prettier would, when
   * that statement passes 110 columns): "client.servers.get('qualifiedName')".
   */
  call: string;
  /** The variable holding each item (paginated) or the result (json): "server"; for the other kinds, their fixed name or "". */
  variable: string;
  /** It returns a page: the program iterates over every item (`for await`). */
  paginated: boolean;
  /** It returns a server-sent-event `Stream`: the program iterates over its events. */
  stream: boolean;
  /** It returns nothing. */
  empty: boolean;
  /** It returns the raw `Response` (a download). */
  binary: boolean;
  /** It returns text. */
  text: boolean;
  /** It returns JSON data. */
  json: boolean;
}

/** A top-level resource's program in the README. */
export interface ResourceExampleView extends ExampleCallView {
  /** Heading, Markdown code: "client.servers". */
  title: string;
}

/** The README's pagination section. */
export interface PaginationExampleView extends ExampleCallView {
  /** The same call on its own, laid out from the start of its line (`let page = await …;`). */
  pageCall: string;
}

/** The README's upload section: one method called with a file of each kind, each call laid out after `await `. */
export interface UploadExampleView {
  /** With a file streamed from disk: "client.files.create({ file: fs.createReadStream('path/to/file') })". */
  streamCall: string;
  /** With a `File`. */
  fileCall: string;
  /** With bytes made into a file by `toFile`. */
  toFileCall: string;
}

/** A call of a method's standalone function in a README program (partials/readme-function.hbs). */
export interface FunctionExampleView extends ExampleImportsView {
  /** The method the function stands for: "client.servers.get". */
  methodPath: string;
  /** The function, also its module under `funcs/`: "serversGet". */
  functionName: string;
  /** Its error union, exported by its module: "ServersGetError". */
  errorType: string;
  /** The call, laid out for `const res = await {{call}};`: "serversGet(core, 'qualifiedName')". */
  call: string;
  /** It resolves to a page: the program iterates over its items. */
  paginated: boolean;
  /** It resolves to a server-sent-event `Stream`: the program iterates over its events. */
  stream: boolean;
  /** The first documented error the program narrows to, or null when the method documents none. */
  documented: {
    /** Its class: "NotFoundError". */
    className: string;
    /** Its status: "404". */
    status: string;
  } | null;
}

/** The README's smallest-bundle program: one resource class on `<Client>Core`, then its call. */
export interface CoreExampleView extends ExampleCallView {
  /** The resource class: "Health". */
  className: string;
  /** Its module, the package subpath that exports it: "resources/health". */
  module: string;
  /** The variable holding the resource: "health" (`newResource` when its name is a keyword). */
  resourceVariable: string;
  /** With tree shaking on, its `Base…` class for `createClient` ("BaseHealth"); "" otherwise. */
  baseClassName: string;
  /** With tree shaking on, the client property path it is mounted at ("health", "servers.releases"). */
  clientPath: string;
}

/** The README's section on request and response types: a params object and a result declared with their types. */
export interface TypesExampleView extends ExampleImportsView {
  /** The type names imported: ["ServerCreateParams", "Server"]. */
  typeNames: string[];
  /** The params type ("ServerCreateParams"), or "" when the call takes no params object. */
  paramsType: string;
  /** The params object on one line (the formatter breaks it), or "". */
  params: string;
  /** The variable holding the result: "server". */
  variable: string;
  /** The result's type, or "" when it has no name. */
  responseType: string;
  /** The call (with `params` for the params object), laid out after `const <variable>: <responseType> = await `. */
  call: string;
}

/** Calls of the simplest method (or a placeholder when the API has none), each laid out from the start of its line. */
export interface BasicCallView extends ExampleImportsView {
  /** The call: "client.servers.list()". */
  call: string;
  /** The call with `{ maxRetries: 5 }` as its request options. */
  retryCall: string;
  /** The call with `{ timeout: 5 * 1000 }` as its request options. */
  timeoutCall: string;
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
    /** HTTP method, lower case: "get"; "" for a method that sends no request (a webhook unwrap). */
    http: string;
    /** Path template, Markdown-safe: "/servers/{qualifiedName}/releases"; "" with no request. */
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
  /** Client options that fill in parameters and have no default, each given a dummy value: `orgId: 'My orgId'`. */
  fillingOptions: Array<{
    /** Option name: "orgId". */
    option: string;
    /** Its dummy value, an expression: "'My orgId'", "1". */
    value: string;
  }>;
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
  /** The options the examples construct the client with, as code: "{ apiKey: process.env['SMITHERY_API_KEY'] }" or "". */
  clientOptions: string;
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
  /** The call of a program calling the method through the client (partials/readme-call.hbs). */
  example: ExampleCallView;
  /** The same call through its standalone function on `<Client>Core` (partials/readme-function.hbs); null without functions. */
  standalone: FunctionExampleView | null;
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

/** `src/tree-shakable.ts`: a client with only the resources given. */
export interface TreeShakableView extends CommonView {
  /** A resource class its doc example imports ("BaseServers"), or "" when the API has no resource. */
  exampleClass: string;
  /** The module that example imports it from ("@smithery/api/resources/servers/servers"). */
  exampleModule: string;
}

/** A client option sent with every request, by name. */
export interface OptionSentView {
  /** Option name: "orgId". */
  option: string;
  /** Header or query parameter name, a string literal: "'X-Org-Id'". */
  name: string;
}

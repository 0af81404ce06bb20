/**
 * The views of the documentation: README.md and api.md (with the example programs the README shows), and the
 * reference pages, `docs/sdks/…` for resources and `docs/models/…` for named types.
 */
import type { CommonView } from './package';
import type { AuthOptionView } from './client-options';

/** README.md and api.md. */
export interface DocsView extends CommonView {
  /** Install command: "npm install @smithery/api". */
  install: string;
  /** A Markdown link to the API's documentation, its host as the text ("[docs.acme.com](https://docs.acme.com/)"), or "". */
  docsLink: string;
  /** The call of the README's first program (partials/readme-call.hbs); absent when the API has no methods. */
  headline?: ExampleCallView;
  /** The environment variable the first program's client construction names ("SMITHERY_API_KEY"); "" without auth. */
  clientEnvVar: string;
  /**
   * The options the first program passes to the client: the first credential read from the environment
   * (`process.env['SMITHERY_API_KEY']`, commented as the default), then every required one no variable holds, with a
   * placeholder (`'My orgID'`). Empty when the client needs none.
   */
  clientArgs: Array<{
    /** Option name: "apiKey". */
    option: string;
    /** Its value, an expression: "process.env['ACME_API_KEY']", "'My orgID'". */
    value: string;
    /** A line comment after it ("the default, can be omitted"), or "". */
    comment: string;
  }>;
  /** Whether some auth option is read from an environment variable when not passed. */
  authFromEnv: boolean;
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
  /** With `validation` on, the default of the client's `validateResponses` ("off", "warn", "strict"); "" when off. */
  validationResponses: string;
  /** With `validation` on, the default of `validateParams`; "" when off. */
  validationParams: string;
  /**
   * With `validation` on and models, the validator the README imports: its name and its module's path in the package
   * (`schemas/servers/servers`); null otherwise.
   */
  validationExample: {
    /** The validator, a model's name: "Server". */
    name: string;
    /** Its module in the package, without extension: "schemas/servers/servers". */
    module: string;
  } | null;
  /** npm package of the MCP server generated beside the SDK (`packages/mcp-server`), Markdown-safe; "" when none. */
  mcpPackageName: string;
  /** The command that server installs, Markdown-safe: "smithery-api-mcp"; "" when none. */
  mcpBinName: string;
  /** One program per top-level resource: a call of its first method (or its nested resources' first). */
  examples: ResourceExampleView[];
  /** With a Stainless config, the README laid out as Stainless's (README.stainless.md.hbs); absent otherwise. */
  stainless?: StainlessReadmeView;
  /** A paginated method, iterated item by item and page by page; absent when the API has none. */
  pagination?: PaginationExampleView;
  /** A method that uploads a file, called with each kind of file; absent when the API has none. */
  upload?: UploadExampleView;
  /** A method that returns a server-sent-event stream; absent when the API has none. */
  streaming?: ExampleCallView;
  /** A method that returns a JSON Lines body, a `Stream` of its lines' values; absent when the API has none. */
  jsonLines?: ExampleCallView;
  /** A method that returns a download (the raw `Response`); absent when the API has none. */
  binary?: ExampleCallView;
  /** A call through `<Client>Core` and a single resource class (the smallest bundle); absent when there is none. */
  core?: CoreExampleView;
  /** Request and response types imported by name and used in a call; absent when the API has no named ones. */
  types?: TypesExampleView;
  /** The standalone functions' section: one method's function called on a core client; absent with `funcs: false`. */
  funcs?: FunctionExampleView;
  /** The TanStack Query section (`<package>/tanstack`), named by one method; absent without `tanstackQuery`. */
  tanstack?: {
    /** "client.servers.releases.list". */
    methodPath: string;
    /** Its name in the module: "serversReleasesList". */
    functionName: string;
  };
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
  /**
   * The API's own retry backoff as a sentence ("The first retry waits 1 second and each later one twice as long, up
   * to 30 seconds, …"), or "" where the runtime's holds.
   */
  retryBackoffText: string;
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
 * of `paginated`, `stream`, `lines`, `empty`, `binary`, `text` and `json` is true.
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
  /** It returns a JSON Lines body's `Stream`: the program iterates over its values, each held by `variable`. */
  lines: boolean;
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

/**
 * A method's code sample: the program a docs site shows beside its endpoint, written into the documented spec's
 * `x-codeSamples` (openapi.documented.json) when a Stainless config's `openapi.code_samples` asks for it.
 */
export interface CodeSampleView extends CommonView {
  /** The method's call, as its reference page shows it. */
  example: ExampleCallView;
  /** The client's constructor argument, TypeScript source ("{ apiKey: process.env['ACME_API_KEY'] }"), or "". */
  clientOptions: string;
}

/**
 * The README of an SDK made from a Stainless config: Stainless's sections and programs (plan-stainless-readme.ts).
 * Each program is code laid out as Stainless's README lays it out.
 */
export interface StainlessReadmeView {
  /** The heading: "Knock TypeScript API Library", or the config's `readme_title`. */
  title: string;
  /** The library's name in prose: "Knock". */
  name: string;
  /** The API's documentation as a Markdown link, its host as the text; "" without `organization.docs`. */
  docsLink: string;
  /** The lines inside `new Client({ … })` of the first programs (credentials), without indentation. */
  clientArgs: string[];
  /** Whether a credential has a default (the config's `default:`): the README then lists the credentials in a table. */
  authDefaults: boolean;
  /** The headline request and what it prints; "" when the API has no methods. */
  usage: string;
  /** The default request, its params and result typed by name; "" when the API has no methods. */
  types: string;
  /** The default request with a `.catch` that logs an `APIError`; "" when the API has no methods. */
  errors: string;
  /** The default request with `maxRetries` in its options. */
  retryCall: string;
  /** The default request with `timeout` in its options. */
  timeoutCall: string;
  /** The default timeout in words: "1 minute". */
  timeoutText: string;
  /** The default number of retries: "2". */
  maxRetries: string;
  /** The same in words: "twice". */
  retriesTimes: string;
  /** Whether failed requests are retried by default (`maxRetries` above 0). */
  retries: boolean;
  /** A paginated request, iterated over all pages and page by page; absent without pagination. */
  pagination?: {
    /** A function collecting every item with `for await`. */
    all: string;
    /** One page at a time. */
    pages: string;
  };
  /** `.asResponse()` and `.withResponse()` on the default request. */
  rawResponse: string;
  /** The headline method, as the undocumented-params program calls it: "client.workflows.trigger". */
  undocumentedCall: string;
}

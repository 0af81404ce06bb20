/**
 * The views of the API's calls: resource modules and their methods (with the partials that render a method's
 * parameters and request), the standalone functions, and the generated tests of each resource.
 */
import type { CommonView } from './package';
import type { AuthOptionView } from './client-options';

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
  /** With a Stainless config, the key's declared type ("readonly ['servers', 'releases']"); "" otherwise. */
  keyType: string;
  /** JSDoc block for the class (ends with a newline) or "". */
  doc: string;
  /** Nested resources: `client.servers.<property>`. */
  subresources: Array<{
    /** Property name on this resource: "releases". */
    property: string;
    /** Class of the nested resource: "Releases". */
    className: string;
    /** How the property's declaration names the class: "Releases", or as Stainless's SDKs do "ReleasesAPI.Releases". */
    classRef: string;
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
  /**
   * The namespace's name: `className`, or that of a model of the module which a class that only declares models is
   * named after in Stainless's SDKs (`ChannelData`, beside the class `RecipientChannelData`); the namespace then
   * merges with the model.
   */
  namespaceName: string;
  /**
   * How the namespace is declared: `export declare namespace`, or `export namespace` where its names are re-exported by
   * `export import` (Stainless's SDKs before November 2024).
   */
  namespaceKeyword: string;
  /** The nested resource classes, assigned to the class so that they exist at run time too (`Servers.Releases`). */
  namespaceClasses: string[];
  /**
   * Export clauses after the namespace: with a Stainless config, the page aliases of other modules its methods return
   * (`export { type MessagesItemsCursor };`), as Stainless's SDKs re-export them.
   */
  reexports: string[];
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
  /**
   * The method's statements as Stainless's SDKs write them, with a Stainless config
   * (`return this._client.post('/apps', { body, ...options });`); "" when the method uses `sharedRequest` or `request`.
   */
  stainlessRequest: string;
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
  /** The type of the headers it verifies: "Record<string, string>" (`globalThis.Record` where a model is `Record`). */
  headersType: string;
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
    /**
     * Its name: "params"; with a Stainless config, "query" or "body" where the params are all of that kind and the
     * method sends them as Stainless's SDKs do, hands them on to its standalone function, or sends them whole as the
     * body, as Stainless's SDKs name them.
     */
    name: string;
    /** Its type: "ReleaseGetParams" (with the legacy call shape "ReleaseListParams | RequestOptions"). */
    type: string;
    /** True when it can be left out (then it defaults to `{}` and may be null). */
    optional: boolean;
    /**
     * Whether, left out, it may also be null: not in the older Stainless call shape (request options in its place),
     * whose overloads take it or the options, as that generator wrote them (`query: XParams | Core.RequestOptions = {}`).
     */
    nullable: boolean;
    /**
     * Left out, it is undefined, not `{}`: params of no fields in a Stainless config's SDK, written as Stainless's
     * SDKs write them (`body?: TemplateDeleteParams | null | undefined`).
     */
    undefinedWhenLeftOut: boolean;
  } | null;
  /** The request options' type: "RequestOptions"; "Core.RequestOptions" as the older Stainless generator wrote it. */
  optionsType: string;
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
  /**
   * The method's validators (`validation` on), an object literal: `{ response: ServersSchemas.serversGetResponse }`,
   * with `params: …, input: params` for a method with params; "" without validation.
   */
  validate: string;
  /** Header parameters, an object literal, or "". */
  headers: string;
  /** The body property as written: "body", "body: params", "body: { 'wire-name': local, ...body }", or "". */
  body: string;
  /**
   * "multipart", "form", "binary" or "text" (JSON is the default), or "": with one, `encode` is sent too (`encodeBody`
   * unless the next says otherwise).
   */
  bodyEncoding: string;
  /**
   * The body's encoder when not `encodeBody`: a form whose `encoding` styles fields or allows reserved characters,
   * `styledFormBody({ ids: { style: 'form', explode: false } }, ['raw'])`; else "".
   */
  encode: string;
  /** Multipart parts sent as JSON, an array literal, or "". */
  jsonParts: string;
  /** Multipart array parts whose items are each a part under the field's own name, an array literal, or "". */
  repeatParts: string;
  /**
   * For multipart bodies, the encoder the method passes (`multipart: toFormData`; `toBracketedFormData` with a
   * Stainless config; `styledFormData({ styles, contentTypes })` where the spec's `encoding` styles a part or gives it
   * a media type), else "".
   */
  multipart: string;
  /** True for binary bodies: the method passes the reader of streamed and `Response` bodies (`binary: toBlob`). */
  binary: boolean;
  /** Content-Type of a binary or text body, a string literal, or "". */
  contentType: string;
  /** "'empty'", "'text'", "'binary'", "'sse'", "'jsonl'", an expression choosing one, or "". */
  responseKind: string;
  /** Accept header of a binary response, a string literal, or "". */
  accept: string;
  /** How stream events' data is read: "'json'" or "'text'", or "". */
  sseData: string;
  /** "'data'" when the stream yields only each event's data, or "". */
  sseItems: string;
  /**
   * What the stream does with each event, an array literal of the runtime's `SSERule`s
   * ("[{ dataStartsWith: '[DONE]', handle: 'done' }, { handle: 'yield', errorProperty: 'error' }]"), or "".
   */
  sseRules: string;
  /** True for streams (event streams, JSON Lines): the method passes the `Stream` class. */
  stream: boolean;
  /** Field of the body the call resolves to, a string literal, or "". */
  unwrap: string;
  /**
   * What is called on the request's promise before it is returned, or "": a JSON Lines method's
   * `._thenUnwrap((_, props) => JSONLDecoder.fromResponse(props.response, props.controller))`.
   */
  thenUnwrap: string;
  /** False for operations that send no credentials (`security: []`). */
  authenticated: boolean;
  /** The operation's own server (a string literal: the runtime sends there unless given a base URL), or "". */
  defaultBaseURL: string;
  /**
   * The request options passed on: "options", or the method's own defaults under them when it has some
   * (`{ maxRetries: 2, ...options }`).
   */
  options: string;
}

/** A module of validators, `src/schemas/<module>.ts` (plan-schemas.ts), written with `validation` on. */
export interface SchemaModuleView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /** The validators' declarations (`export const Server = v.object<ServersTypes.Server>([…]);`), blank-line separated. */
  declarations: string;
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

/**
 * `tests/api-resources/<resource>.test.ts` in an SDK from a Stainless config: the tests Stainless's SDKs have, worded
 * as theirs (the owners' edits to them land on this file when the repository moves).
 */
export interface StainlessResourceTestView extends CommonView {
  /** The package's name, as a string literal: the tests import it as its users do ("'@knocklabs/node'"). */
  packageImport: string;
  /** Import specifier of the test harness from the test file: "../harness.js". */
  harnessPath: string;
  /** Whether a call uses `toFile` (of the harness's `Buffer`: `toFile(Buffer.from('Example data'), 'README.md')`). */
  needsToFile: boolean;
  /** The variable of the test client: "client" ("embed" in an era that named it after the client's class). */
  clientVariable: string;
  /** The test client's options other than its base URL: "apiKey: 'My API Key'". */
  clientOptions: string[];
  /** The base URL of the mock, an expression: "process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010'". */
  baseUrl: string;
  /** The name of the resource's `describe`: "resource batch", "top level methods" (the client's own methods). */
  describeName: string;
  /** The tests, in the order of the methods, each method's as Stainless writes them. */
  tests: Array<{
    /** Test title (a plain string without quotes or backslashes): "list: request options and params are passed correctly". */
    name: string;
    /** The test checks the call's response, its raw response and both together. */
    checked: boolean;
    /** The test only awaits the call. */
    awaited: boolean;
    /** The test expects the call to fail with a 404 (it asks for an unknown path). */
    rejects: boolean;
    /** The complete call expression; "" when skipped. */
    call: string;
    /** Why the test is skipped (no argument that type-checks could be built), as one line of comment text; "" when it runs. */
    skipReason: string;
    /**
     * The comment above the test when it is written whole but skipped, or "" when it runs: the method's
     * `skip_test_reason` in the config ("Prism doesn't support text/event-stream responses"), else the config's
     * turning the mock tests off ("Mock server tests are disabled").
     */
    skipComment: string;
  }>;
  /**
   * The tests of the resource's webhook unwraps that verify a signature, after its methods' (Stainless writes them
   * skipped, and none of an unwrap that only parses); the file then imports `Webhook` from 'standardwebhooks'.
   */
  webhookTests: Array<{
    /** Method name: "unwrap". */
    name: string;
    /** The signed event, the JSON text as a string literal: `'{"id":"id","type":"…"}'`. */
    payload: string;
    /** The client option the key is given by through `client.withOptions` ("webhookSecret"): the era's longer test. */
    keyOption: string;
    /** The resource's members after `client` (its path): ".webhooks"; "" for the client's own. */
    member: string;
    /** Whether a blank line goes before the test: it follows another. */
    blankBefore: boolean;
  }>;
  /**
   * In a tree-shakable SDK (null otherwise): the tests are `runTests(client)`, run on the whole client, on
   * `createClient` with the resource's `Base…` class and, for a nested resource, with its parent's class.
   */
  treeShaking: {
    /** The resource classes the tests import, in order. */
    imports: Array<{
      /** The class: "BaseOrg". */
      name: string;
      /** Its module by the package's name, as a string literal: "'@vaif/api/resources/activation/org'". */
      from: string;
    }>;
    /** The tree-shakable entry point, as a string literal: "'@vaif/api/tree-shakable'". */
    entryImport: string;
    /** The resource's class without its nested resources: "BaseOrg". */
    baseClassName: string;
    /** Its parent's class ("Activation"), or "" for a resource of the client. */
    parentClassName: string;
    /** The client's shape the tests need: "{ activation: { org: BaseOrg } }". */
    clientShape: string;
  } | null;
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
    /**
     * The comment above the test when it is written whole but skipped, or "" when it runs: the method's
     * `skip_test_reason` in a Stainless config, else the config key that turned the mock tests off ("Mock server tests
     * are disabled (the Stainless config's settings.disable_mock_tests)").
     */
    skipComment: string;
    /** The method returns a page (iterate it). */
    paginated: boolean;
    /** The method returns the raw `Response` (a download). */
    binary: boolean;
    /** The method returns a `Stream`: of server-sent events, or of a JSON Lines body's values (`lines`). */
    stream: boolean;
    /** The method returns the `Stream` of a JSON Lines body's values. */
    lines: boolean;
    /** The method resolves to `undefined` (no response body). */
    empty: boolean;
  }>;
}

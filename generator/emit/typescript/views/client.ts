/**
 * The views of the client and the modules around it: `src/client.ts`, `src/tree-shakable.ts`, the index modules and
 * `src/pagination.ts`.
 */
import type { CommonView } from './package';
import type { AuthCredentialView, AuthOptionView, OptionSentView } from './client-options';
import type { MethodView } from './resources';

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
  /**
   * Error message (a string literal) thrown when the client is constructed in a browser without
   * `dangerouslyAllowBrowser: true`, or "" when browsers may use it (Api.browserRefusal).
   */
  browserRefusal: string;
  /** Idempotency header as a string literal or "null" (the built-in template then leaves it out). */
  idempotencyHeader: string;
  /** Client options that are not credentials, each sent as a header or query parameter (folded into the defaults). */
  settingOptions: Array<{
    /** Option name: "orgId". */
    option: string;
    /** JSDoc block (ends with a newline) or "". */
    doc: string;
    /** "string", "number" or "boolean". */
    tsType: string;
    /** The client's field's type: `tsType`, with `| null` unless it always holds a value (a default, not nullable). */
    fieldType: string;
    /** Its default, an expression: "readEnv('ACME_ORG_ID') ?? null", "5". */
    defaultValue: string;
    /** What the client's field is set to, an expression of the option's variable: "orgId ?? null", "region ?? 'eu'". */
    value: string;
  }>;
  /** The setting options sent as headers. */
  optionHeaders: OptionSentView[];
  /** The API's default timeout in ms ("90000"), or "" for the runtime's. */
  defaultTimeout: string;
  /** The API's default retry count ("5"; "0" is a value), or "" for the runtime's. */
  defaultMaxRetries: string;
  /** The API's retry backoff, an object literal ("{ initialMs: 1000, maxMs: 30000 }"), or "" for the runtime's. */
  retryBackoff: string;
  /**
   * Whether the API has one: the client then passes its key maker (`idempotencyKey: uuid4`; in an SDK from a Stainless
   * config, prefixed `stainless-node-retry-` as Stainless's keys were).
   */
  hasIdempotencyHeader: boolean;
  /**
   * Whether the client sends the headers Stainless's SDKs sent (`User-Agent: Acme/JS 1.2.3`, `X-Stainless-*`): made
   * from a Stainless config, it passes `stainlessHeaders: stainlessHeaders('Acme', VERSION)`.
   */
  sendsStainlessHeaders: boolean;
  /**
   * True for a client made from a Stainless config: it keeps the options it was given as Stainless's clients did
   * (`_options`), which code written for them reads (`(this._client as any)._options.timeout`).
   */
  stainlessMembers: boolean;
  /**
   * True where Stainless's client module exported the client without its resources as `Base<Client>` (an era
   * qualifier, stainless/era.ts ERA_BASE_CLIENT): `client.ts` exports the core client under that name.
   */
  baseClientExport: boolean;
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
    /** How the property's declaration names the class: "Servers", or as Stainless's SDKs do "API.Servers". */
    classRef: string;
    /** JSDoc block for the property (ends with a newline) or "". */
    doc: string;
    /**
     * Whether the property is also the client's own method of its name (Resource.callable): declared
     * `namespaces = callableResource(this.#namespaces.bind(this), new API.Namespaces(this));`, the method, among
     * `methods`, named `#namespaces`, its doc the property's.
     */
    callable: boolean;
  }>;
  /** The client's own methods (a Stainless `$client`: `client.getWelcomeMessage()`); their types are in `resources/top-level`. */
  methods: MethodView[];
  /** The client's default timeout in ms, the runtime's (60000) or the API's: its static `DEFAULT_TIMEOUT`. */
  defaultTimeoutMs: string;
  /** Error classes exported as static members of the client. */
  errorClasses: string[];
  /** Whether the client has a static `fileFromPath`, as the older Stainless generator's (`targets.node`) had. */
  staticFileFromPath: boolean;
  /**
   * Export clauses of `declare namespace <Client>`, merged with the class so that types read through the client
   * name (`Smithery.ServerListParams`, `Smithery.Servers`): `export { Servers, type ServerListParams };`.
   */
  namespaceExports: string[];
  /** The classes of `namespaceExports`, assigned to the client class so that they exist at run time too. */
  namespaceClasses: string[];
}

/** `src/tree-shakable.ts`: a client with only the resources given. */
export interface TreeShakableView extends CommonView {
  /** A resource class its doc example imports ("BaseServers"), or "" when the API has no resource. */
  exampleClass: string;
  /** The module that example imports it from ("@smithery/api/resources/servers/servers"). */
  exampleModule: string;
}

/** `src/resources/index.ts`, `src/index.ts`. */
export interface IndexView extends CommonView {
  /** Complete export statements. */
  exports: string[];
}

/**
 * A module a Stainless SDK's package had at a path sdkgen's does not write otherwise (`src/error.ts`,
 * `src/shims/node.ts`): it re-exports the module that holds its code now.
 */
export interface ModuleAliasView extends CommonView {
  /** Why the module is there, as comment lines (without `//`); empty when its deprecation says it. */
  note: string[];
  /** The module to import instead (`./core/error`), for the `@deprecated` tag; "" when it is not deprecated. */
  movedTo: string;
  /** Complete export statements. */
  exports: string[];
}

/** `src/pagination.ts`. */
export interface PaginationView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /**
   * Whether each page class types `nextPageParams()` by its params (`Partial<ServersPageParams>`), as the pages of
   * Stainless's older runtime did (the runtime's `stainlessPageInfo`).
   */
  stainlessPageInfo: boolean;
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
    /**
     * The response's properties, declared on the response interface, and on the class as the interface's
     * (`declare pagination: ServersPageResponse<Item>['pagination']`), or with their types where there is none; the
     * items (`items`) among them where they are a top-level property, in a Stainless config's order of the scheme's
     * response fields (else the items first).
     */
    fields: Array<{
      /** Whether this is the items' property (`Array<Item>`). */
      items: boolean;
      /**
       * Whether the page sets it itself, no field of the body's interface (the body that is the items, a header's
       * value): declared with its own type.
       */
      ownType?: boolean;
      /** JSDoc block (ends with a newline) or "". */
      doc: string;
      /** Property key: "next_cursor", "'total-count'". */
      key: string;
      /** The key as a string literal, to index the response interface with: "'next_cursor'". */
      keyLiteral: string;
      /** Whether the response may leave it out. */
      optional: boolean;
      /** Its type: "string | null". */
      type: string;
    }>;
    /**
     * `<Page>Response<Item>`, the interface of one page's body (the items and `fields`) the class implements, as
     * Stainless's SDKs declare it; "" when it is not declared (the name is a type's of the API, or the items are
     * not a top-level property).
     */
    responseName: string;
    /** Whether the body is the items themselves: `responseName` is then `Item[]` (`export type …<Item> = Item[]`). */
    responseAlias: boolean;
    /**
     * The interfaces of the response's object fields, declared in the response interface's namespace as Stainless's
     * SDKs declare them (`ServersPageResponse.Pagination`, the field typed by it); empty without a response interface.
     */
    nested: Array<{
      /** "Pagination". */
      name: string;
      /** Its members, each ending in a newline (with their JSDoc). */
      members: string;
    }>;
    /**
     * `<Page>Params`: the query parameters that choose a page, each optional, typed as the first list method using
     * the class types them; null when not declared (the name is a type's of the API, or nothing is sent).
     */
    params: {
      /** "ServersPageParams". */
      name: string;
      /** The parameters, in the order of the page's shape (page, size, cursor, offset). */
      fields: Array<{
        /** Property key: "pageSize", "'page[size]'". */
        key: string;
        /** Its type: "number". */
        type: string;
      }>;
    } | null;
    /** JSDoc block for the class (ends with a newline). */
    doc: string;
  }>;
}

/** `tests/harness.ts`: the tests' `describe`, `it` and `expect`. */
export interface HarnessView extends CommonView {
  /**
   * Whether the tests are Stainless's (an SDK from a Stainless config): the harness also gives `test` (`it`),
   * `process` (the host's, for its `env`) and, on `expect`, `toEqual` (deep equality) and `rejects.toThrow`.
   */
  stainless: boolean;
}

/**
 * `tests/index.test.ts`, in an SDK from a Stainless config: Stainless's tests of the client (its options, base URL,
 * `buildURL`, custom `fetch`, retries), in the shape of Stainless's SDKs' file, so that the owners' edits to it land.
 */
export interface ClientTestView extends CommonView {
  /** The module the client is imported from ("../src/index.js"). */
  importPath: string;
  /** The harness's module ("./harness.js"). */
  harnessPath: string;
  /** The options every test client is given (the credentials, the options a method needs): "apiKey: 'My API Key'". */
  clientOptions: string[];
  /**
   * The query every URL carries for the credentials, as text of a template literal
   * ("key=${encodeURIComponent(client.apiKey)}"), or "" when the credentials go in headers.
   */
  authQuery: string;
  /**
   * The default base URL as a string literal ("'https://api.acme.com'"), or "" when it is not one fixed absolute URL
   * (then the tests give every client a base URL).
   */
  defaultBaseUrl: string;
  /** How many times the client retries by default ("2"). */
  maxRetries: string;
  /** The header the client sends an idempotency key in, as a string literal ("'Idempotency-Key'"), or "". */
  idempotencyHeader: string;
  /**
   * Credential options read from an environment variable, when every option a client needs is: the tests build one
   * with `new Client()`. Empty otherwise.
   */
  envOptions: Array<{
    /** The option: "apiKey". */
    option: string;
    /** Its environment variable's name: "ACME_API_KEY". */
    envVar: string;
    /** Its value in the tests, a string literal: "'My API Key'". */
    value: string;
    /** The value of its variable in the tests: `value`, or that of the option before it reading the same variable. */
    envValue: string;
    /** Another value, the environment's when the option is given too: "'another My API Key'". */
    otherValue: string;
    /** An option before it reads the same variable: the tests set the variable once. */
    sharesEnv: boolean;
  }>;
}

/**
 * sdkgen's tests of its runtime (tests/local-server.ts and the tests/runtime/ templates: tests/path.test.ts,
 * tests/form.test.ts…): the client is built as in Stainless's tests of the client, against a local server.
 */
export interface RuntimeTestView extends CommonView {
  /** The SDK's src/ folder from the tests' ("../src/"). */
  srcPath: string;
  /** The options every test client is given (the credentials): "apiKey: 'My API Key'". */
  clientOptions: string[];
  /** The header the client sends an idempotency key in, as a string literal ("'Idempotency-Key'"), or "". */
  idempotencyHeader: string;
  /** An SDK from a Stainless config: its runtime also has what code written for Stainless's calls (`buildHeaders`). */
  stainless: boolean;
}

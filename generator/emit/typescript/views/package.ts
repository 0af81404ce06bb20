/**
 * The views every file starts from (CommonView) and those of the package's own files: package.json, the licence, the
 * GitHub workflows, and the runtime files (`src/core/**`, `src/internal/**`).
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
  /**
   * The SDK's page classes and the interfaces declared beside them (`src/pagination.ts`: "ServersPage",
   * "ServersPageResponse", "ServersPageParams"), which `core/pagination` then re-exports with the runtime's.
   */
  pageTypes: string[];
  /** Whether `internal/utils` also exports the helpers Stainless's SDKs had (`internal/stainless-utils`). */
  stainlessUtils: boolean;
  /**
   * Whether `APIResource._client` is typed as the full client (`<Client>`, as Stainless's SDKs typed it, for the
   * hand-written code of an SDK from a Stainless config), else as `<Client>Core`.
   */
  fullClientInResources: boolean;
  /**
   * Whether `core/resource` exports `callableResource`, for a client property that is also a method of the client's
   * own (Resource.callable).
   */
  callableResources?: boolean;
  /**
   * Whether the client has Stainless's client surface (an SDK from a Stainless config): the hooks a subclass written
   * for a Stainless SDK overrides (`prepareOptions`, `stringifyQuery`, …), `getAPIList`, `requestAPIList` and
   * `buildURL`, the headers Stainless's SDKs sent, and `APIPromise#_thenUnwrap`. Other SDKs' bundles do without them.
   */
  stainlessClient: boolean;
  /**
   * Whether pages have the methods of Stainless's older runtime (`targets.node`, whose `src/core.ts` declared them on
   * `AbstractPage` from its first release): `nextPageInfo()` and the deprecated `nextPageParams()`.
   */
  stainlessPageInfo?: boolean;
  /**
   * Whether a page class has properties of its own that are no fields of an object body (a body that is the items
   * themselves, a header's value: `page.items`, `page.has_more`), as Stainless's pages had them: the page shape's
   * `properties`.
   */
  pageProperties?: boolean;
  /**
   * Whether a client with Stainless's surface also streams (a method of the SDK streams): Stainless's `stream: true`
   * in its request options then reads the response as a stream of events (`core/streaming`). (Such a client declares the
   * option either way, as Stainless's SDKs did: without streaming it changes nothing.)
   */
  stainlessStreams?: boolean;
  /**
   * With `stainlessStreams`: the config's `streaming.on_event` rules as the runtime's `SSERule`s (an array literal),
   * by which a call in Stainless's form reads its events, as Stainless's runtime read every stream; absent without.
   */
  stainlessStreamRules?: string;
  /**
   * With `stainlessStreams`: the routes whose events the spec types as text (an array literal of `[verb, path
   * pattern]`), whose events a call in Stainless's form reads as text; absent when there are none.
   */
  stainlessTextStreams?: string;
  /**
   * With a Stainless config: how its client sends a query's arrays and objects that have no style of their own (its
   * `query_settings`), as a TypeScript object literal; absent otherwise.
   */
  stainlessQueryDefaults?: string;
  /**
   * Whether `APIResource` declares the static `_key` each resource class overrides (`static override readonly _key`),
   * as a tree-shakable SDK from a Stainless config's did.
   */
  resourceKeys: boolean;
  /**
   * Whether the SDK has validators (`core/schema`, `src/schemas/*`): the client then takes `validateResponses` and
   * `validateParams`, and `core/error` has `ValidationError`.
   */
  validation: boolean;
  /** The default of `validateResponses`: "off", "warn" or "strict" ("off" without validation). */
  validateResponses: string;
  /** The default of `validateParams`, as above. */
  validateParams: string;
}

/** Fields every template receives (and the whole view of package.json, tsconfig*.json, .gitignore and extra templates). */
export interface CommonView {
  /** Client class name: "Smithery". */
  clientName: string;
  /** npm package name, raw (for Markdown code): "@smithery/api". */
  packageName: string;
  /** npm package name as a JSON string literal (for package.json): "\"@smithery/api\"". */
  packageNameJson: string;
  /** Its subpaths' pattern as a JSON string literal (tsconfig.json's `paths`): "\"@smithery/api/*\"". */
  packageSubpathsJson: string;
  /** Version of the generated package: "0.1.0". */
  packageVersion: string;
  /** Prefix of environment variables: "SMITHERY". */
  envPrefix: string;
  /** Spec title, Markdown-safe: "Smithery Platform API". */
  title: string;
  /** The README's heading, Markdown-safe: "Smithery Platform API TypeScript SDK", or a Stainless `readme_title`. */
  readmeTitle: string;
  /** Spec title as a JSON string literal. */
  titleJson: string;
  /**
   * The GitHub repository the SDK is published from (`owner/name`: letters, digits, `_`, `.`, `-`), for
   * package.json's `repository`, the README's issues link and CONTRIBUTING.md; "" when the config names none.
   */
  repository: string;
  /** Spec description, Markdown-safe ("" when none). */
  description: string;
  /** File extension used in relative import specifiers: ".js" (Node ESM) or ".ts" (Deno). */
  importExt: string;
  /** First line of every generated source file (a comment); with a Stainless config, an empty line after it. */
  banner: string;
  /** The spec Prism mocks for `npm test`, relative to the package, as a JS string literal ("'mock/openapi.yml'"), or "null". */
  mockSpec: string;
  /** The same path, JSON-string-escaped without the quotes (for package.json), or "" when there is none. */
  mockSpecPath: string;
  /** The same path for a `//` comment, or "". */
  mockSpecComment: string;
  /**
   * The package `npm exec` runs Steady from (`@stdy/cli@0.22.1`), where the tests run against Steady as the migrated
   * repository's Stainless scripts did (emit/mock-server.ts); "" for Prism.
   */
  steadyPackage: string;
  /** Steady's `--validator-…` flags, space-separated (for package.json's `mock` script), or "". */
  steadyFlags: string;
  /** The same flags as a JS array literal (`["--validator-query-array-format=comma"]`), or "[]". */
  steadyFlagsJson: string;
  /**
   * The package Prism runs from where the tests run against Prism: sdkgen's `@stoplight/prism-cli`, or the owners'
   * fork their Stainless `scripts/mock` ran (`@acme/prism-cli`; migrate/repository/mock-server.ts).
   */
  prismPackage: string;
  /** That package's version (package.json's devDependency). */
  prismVersion: string;
  /** Whether the repository gets sdkgen's GitHub workflows and release-please's files (config `workflows`). */
  workflows: boolean;
  /**
   * The repository's own Vitest config holds `vitest.config.*` (a migrated repository's): sdkgen's is
   * vitest.sdkgen.config.mjs and runs the generated tests only; `npm test` runs the owners' config, then sdkgen's.
   */
  ownersVitest: boolean;
  /**
   * The tests of the runtime sdkgen writes (and Stainless's tests of the client), a glob as a JS string literal:
   * "'tests/{index,path,…}.test.ts'". They change nothing shared: they run with the generated tests.
   */
  runtimeTestsGlob: string;
  /**
   * The endpoint tests import `Response` from 'node-fetch', as Stainless's tests of its legacy `node` target did:
   * tsconfig.json's paths and the test runner's alias make that name tests/node-fetch.ts, which gives the global
   * `Response` (the one the SDK's fetch returns), so the SDK takes no dependency on node-fetch.
   */
  nodeFetchTests: boolean;
  /**
   * tsconfig's `verbatimModuleSyntax`: false in an SDK made from a Stainless config, whose resources import types
   * without `type`, as Stainless's do (the compiler and bundlers leave an import used only as a type out).
   */
  verbatimModuleSyntax: boolean;
  /**
   * tsconfig's `isolatedModules`: false in an SDK of Stainless's era of namespaces of `export import`s (before November
   * 2024), which re-export types that way, as its compiler settings allowed; true otherwise.
   */
  isolatedModules: boolean;
}

/** `package.json`. */
export interface PackageView extends CommonView {
  /** The licence's SPDX expression as a JSON string literal (`"\"MIT\""`), or "" when the licence is unknown. */
  licenseJson: string;
  /** package.json's `packageManager` as a JSON string literal (`"\"pnpm@10.34.9\""`), or "" for none. */
  packageManagerJson: string;
  /**
   * Whether the SDK verifies webhook signatures: then `standardwebhooks`, which its `unwrap` verifies with (as
   * Stainless's SDKs do), is a dependency.
   */
  verifiesWebhooks: boolean;
  /** Whether the package is laid out for the code of a Stainless SDK's repository (BuildView.stainlessDist). */
  stainlessDist: boolean;
  /**
   * Whether the package has TanStack Query options (`src/tanstack.ts`): then `@tanstack/query-core`, whose types they
   * use, is an optional peer dependency and a devDependency.
   */
  tanstackQuery: boolean;
}

/** `scripts/build.mjs`, which builds the package into dist/. */
export interface BuildView extends CommonView {
  /**
   * Whether the SDK is made from a Stainless config, whose repository's own code (examples, scripts) imports the
   * paths Stainless's build wrote and runs as its package type said: the package is CommonJS (`"type": "commonjs"`,
   * dist/ says `module` for sdkgen's ES modules) and the build also writes `dist/<module>.mjs` for each module.
   */
  stainlessDist: boolean;
}

/**
 * The repository's GitHub workflows (`github/workflows/*.yml.hbs` → `.github/workflows/*.yml`) and release-please's
 * files. Spec text never reaches a `run:` line: the workflows name scripts and read values from env variables.
 */
export interface WorkflowView extends CommonView {
  /** Whether the repository has an MCP server package, packages/mcp-server, for CI to install and build. */
  mcpServer: boolean;
  /**
   * Whether the release job publishes by npm's trusted publishing (a Stainless config's `publish.npm.auth_method:
   * oidc`): it updates npm to a version that does (11.5.1) before publishing.
   */
  npmTrustedPublishing: boolean;
}

/** `SECURITY.md`: where to report a vulnerability. */
export interface SecurityView extends CommonView {
  /** Who takes the reports: an email address as the config gives it, an http(s) URL as a link, else literal text. */
  contact: string;
}

/** `LICENSE` (`licenses/<SPDX id>.hbs`, for the licences sdkgen has the text of). */
export interface LicenseView extends CommonView {
  /** Copyright holder named by the spec (`info.contact.name`), or "". */
  holder: string;
}

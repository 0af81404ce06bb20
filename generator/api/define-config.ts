/**
 * The config file as users write it, typed for `sdkgen.config.ts` / `.mjs`:
 * `export default defineConfig({ client: { name: 'Acme' } })`. config.ts reads and checks it (the same shape as
 * `sdkgen.config.yaml`). Self-contained, so that the published type declarations stay small.
 *
 * Each key's doc comment is its entry in docs/reference/config.md (`npm run docs:reference`): the first line says
 * what it is, `@default` its default and `@example` a YAML value.
 */

/** How the output is formatted. */
export type Formatter = 'oxfmt' | 'prettier' | 'none';

/** The config file as users write it (YAML, JSON, or the default export of `sdkgen.config.{ts,mjs,js}`). */
export interface UserConfig {
  /** The client and its package. */
  client?: {
    /**
     * Client class, PascalCase.
     * @default from the spec's x-codeSamples, else the first word of info.title
     * @example Smithery
     */
    name?: string;
    /**
     * npm package name of the generated SDK.
     * @example '@smithery/api'
     */
    package?: string;
    /**
     * Version of the generated package (semver).
     * @example 0.1.0
     */
    version?: string;
    /**
     * Prefix of the environment variables the SDK reads: `SMITHERY` → `SMITHERY_BASE_URL`, `SMITHERY_LOG`.
     * @example SMITHERY
     */
    envPrefix?: string;
    /**
     * Environment variable read for the API key.
     * @example SMITHERY_API_KEY
     */
    apiKeyEnv?: string;
    /**
     * Header carrying an idempotency key on non-GET requests (the client's key, or the call's own: TS's
     * `idempotencyKey` request option, Python's `idempotency_key` argument); a spec's header parameter of that name is
     * no method's.
     * @example Idempotency-Key
     */
    idempotencyHeader?: string;
    /**
     * SPDX license expression of the package (`package.json`, and a `LICENSE` file for MIT, Apache-2.0 and ISC).
     * @default the spec's info.license
     * @example MIT
     */
    license?: string;
    /**
     * Lines above the generated banner of every source file, and atop the runtime's: a licence notice.
     * @example Copyright Acme
     */
    fileHeader?: string;
  };
  /**
   * Rename resource paths (prefix match on the dotted path).
   * @example { connect: connections }
   */
  resources?: Record<string, string>;
  /**
   * Pin an operation (operationId or "VERB /path") to `resource.path.method`.
   * @example { 'GET /connect/{namespace}/.tools': connections.listTools }
   */
  methods?: Record<string, string>;
  /**
   * Template overlay folder, relative to the config file (the highest-priority layer; `--templates` wins).
   * @example ./my-templates
   */
  templates?: string;
  /**
   * How the output is formatted: `oxfmt`, `prettier` or `none`. `--formatter` and `SDKGEN_FORMATTER` win.
   * @default oxfmt
   */
  formatter?: Formatter;
  /**
   * A Stainless config to follow, relative to the config file; the keys above win over it.
   * @example ./stainless.yml
   */
  stainless?: string;
  /**
   * Folder `$ref`s may read files from, relative to the config file. `--allow-ref-root` wins.
   * @default the spec's folder
   * @example ..
   */
  allowRefRoot?: string;
  /**
   * Also an MCP server package, `packages/mcp-server/`: `true`, or its npm name and the instructions it gives clients.
   * @default false
   * @example { package: '@smithery/api-mcp', instructions: '…' }
   */
  mcp?: boolean | { package?: string; instructions?: string };
  /**
   * Standalone functions (`src/funcs/`) and the methods' `@throws` lines. `--no-funcs` wins.
   * @default true; false beside `stainless:`
   */
  funcs?: boolean;
  /**
   * Reference pages per resource and type (`docs/sdks/…`, `docs/models/…`), linked from the README. Also `--no-reference-docs`.
   * @default true
   */
  referenceDocs?: boolean;
  /**
   * `Base…` resource classes and `<package>/tree-shakable`: `createClient({ resources: [...] })`.
   * @default false
   */
  treeShaking?: boolean;
  /**
   * CI, regeneration and release workflows (`.github/workflows/`) and release-please's files.
   * @default true
   */
  workflows?: boolean;
  /**
   * `<package>/tanstack`: TanStack Query options for every method (query keys; query, infinite query and mutation
   * options), with `@tanstack/query-core` an optional peer dependency. See docs/guides/tanstack-query.md.
   * @default false
   */
  tanstackQuery?: boolean;
  /**
   * Whether the generated tests (tests/api-resources/) run against the mock; `false` writes them skipped, their calls kept.
   * @default true
   */
  mockTests?: boolean;
  /**
   * What the repository installs with: package.json's `packageManager` and `scripts/bootstrap`.
   * @default npm
   */
  packageManager?: 'npm' | 'pnpm' | 'yarn';
  /**
   * Standard Schema validators of every model and of each method's params and response (`<package>/schemas/*`), and
   * the client options `validateResponses` and `validateParams` that check with them: `true` (both off by default),
   * or their defaults, each `'off'`, `'warn'` (log what differs) or `'strict'` (throw a `ValidationError`). Default
   * false: the SDK has neither.
   */
  validation?: boolean | { responses?: 'off' | 'warn' | 'strict'; params?: 'off' | 'warn' | 'strict' };
}

/** Types a config module's default export; returns it unchanged. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

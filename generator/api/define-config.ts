/**
 * The config file as users write it, typed for `sdkgen.config.ts` / `.mjs`:
 * `export default defineConfig({ client: { name: 'Acme' } })`. config.ts reads and checks it (the same shape as
 * `sdkgen.config.yaml`). Self-contained, so that the published type declarations stay small.
 */

/** How the output is formatted. */
export type Formatter = 'oxfmt' | 'prettier' | 'none';

/** The config file as users write it (YAML, JSON, or the default export of `sdkgen.config.{ts,mjs,js}`). */
export interface UserConfig {
  client?: {
    /** Client class, PascalCase (default: from x-codeSamples, else the first word of info.title). */
    name?: string;
    /** npm package name of the generated SDK. */
    package?: string;
    /** Version of the generated package (semver). */
    version?: string;
    /** Prefix of the environment variables the SDK reads: ACME → ACME_BASE_URL, ACME_LOG. */
    envPrefix?: string;
    /** Environment variable read for the API key. */
    apiKeyEnv?: string;
    idempotencyHeader?: string;
    /** SPDX license expression of the package. */
    license?: string;
    /** Text above the generated banner of every source file (a licence notice). */
    fileHeader?: string;
  };
  /** Rename resource paths (prefix match on the dotted path): `{ connect: 'connections' }`. */
  resources?: Record<string, string>;
  /** Pin an operation (operationId or "VERB /path") to `resource.path.method`. */
  methods?: Record<string, string>;
  /** Template overlay folder, relative to the config file. */
  templates?: string;
  formatter?: Formatter;
  /** A Stainless config to follow, relative to the config file (the keys above win over it). */
  stainless?: string;
  /** Reference docs per resource and type (`docs/sdks/…`, `docs/models/…`), linked from the README (default true). */
  referenceDocs?: boolean;
  /** CI, regeneration and release workflows (`.github/workflows/`) and release-please's files (default true). */
  workflows?: boolean;
  /**
   * `<package>/tanstack`: TanStack Query options for every method (query keys; query, infinite query and mutation
   * options), with `@tanstack/query-core` an optional peer dependency. See docs/guides/tanstack-query.md.
   * @default false
   */
  tanstackQuery?: boolean;
  /** false: the generated tests (tests/api-resources/) are written skipped, their calls kept (default: they run). */
  mockTests?: boolean;
  /** What the repository installs with: package.json's `packageManager` and `scripts/bootstrap` (default npm). */
  packageManager?: 'npm' | 'pnpm' | 'yarn';
}

/** Types a config module's default export; returns it unchanged. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

/**
 * The mock server an SDK's own tests run against (`scripts/mock`, `scripts/test`, the TypeScript package's
 * `scripts/mock-server.mjs`). sdkgen's is Prism; Stainless moved its SDKs to its own, Steady (`@stdy/cli`), in
 * 2026-02/03 ("… to steady"). A repository whose Stainless scripts ran Steady keeps it after `sdkgen migrate`, with
 * the version and request-format flags its scripts named (migrate/repository/mock-server.ts reads them): its owners'
 * `./scripts/test` runs the same mock as their release did.
 */

/** Steady, as a repository's Stainless scripts ran it. */
export interface SteadyMockServer {
  kind: 'steady';
  /** The `@stdy/cli` version pinned (`0.22.1`); null where the scripts pin none (the registry's newest then). */
  version: string | null;
  /**
   * The flags telling Steady how the SDK writes arrays and objects in queries and forms
   * (`--validator-query-array-format=comma`, …), in the scripts' order: they follow the config's formats.
   */
  validatorFlags: string[];
}

/**
 * Prism from a package of the owners' choosing, a fork (`@lingxi.li/prism-cli@5.12.4`) that their edit to Stainless's
 * `scripts/mock` ran in place of Stainless's `@stainless-api/prism-cli`: sdkgen's tests start it as they would
 * `@stoplight/prism-cli` (the same `prism` command, `dist/index.js`).
 */
export interface PrismForkMockServer {
  kind: 'prism';
  /** The npm package (`@lingxi.li/prism-cli`). */
  package: string;
  /** The version pinned (`5.12.4`). */
  version: string;
}

/** Prism (sdkgen's own, and Stainless's before Steady): null or absent in the options; or a fork of it. */
export type MockServer = SteadyMockServer | PrismForkMockServer | null;

/** Prism's packages sdkgen and Stainless ran: no owners' choice (sdkgen's own runs in their place). */
export const DEFAULT_PRISM_PACKAGES = ['@stoplight/prism-cli', '@stainless-api/prism-cli'];

/** Steady, where the mock server is Steady; else null (Prism, sdkgen's or a fork). */
export function steadyOf(mockServer: MockServer): SteadyMockServer | null {
  return mockServer?.kind === 'steady' ? mockServer : null;
}

/** The owners' Prism fork, where the mock server is one; else null. */
export function prismForkOf(mockServer: MockServer): PrismForkMockServer | null {
  return mockServer?.kind === 'prism' ? mockServer : null;
}

/** The npm package and version `npm exec --package=` runs (`@stdy/cli@0.22.1`). */
export function steadyPackage(steady: SteadyMockServer): string {
  return steady.version === null || !isSafeVersion(steady.version) ? '@stdy/cli' : `@stdy/cli@${steady.version}`;
}

/** Steady's flags fit to write unquoted into a script (any other left out). */
export function steadyFlags(steady: SteadyMockServer): string[] {
  return steady.validatorFlags.filter(isValidatorFlag);
}

/** The template values of Steady's command line, for the scripts' templates (flags as one shell-safe string). */
export function steadyView(steady: SteadyMockServer): { steadyPackage: string; steadyFlags: string } {
  return { steadyPackage: steadyPackage(steady), steadyFlags: steadyFlags(steady).join(' ') };
}

/** A mock server recorded in the manifest read back, anything not a Steady or Prism fork record being Prism. */
export function recordedMockServer(value: unknown): MockServer {
  if (typeof value !== 'object' || value === null) return null;
  const fork = value as Partial<PrismForkMockServer>;
  if (fork.kind === 'prism')
    return typeof fork.package === 'string' && isPrismFork(fork.package) && isSafeVersion(String(fork.version ?? ''))
      ? { kind: 'prism', package: fork.package, version: String(fork.version) }
      : null;
  const record = value as Partial<SteadyMockServer>;
  if (record.kind !== 'steady') return null;
  const version = typeof record.version === 'string' && SAFE_WORD.test(record.version) ? record.version : null;
  const flags = Array.isArray(record.validatorFlags) ? record.validatorFlags.filter(isValidatorFlag) : [];
  return { kind: 'steady', version, validatorFlags: flags };
}

/** An npm package name (`@scope/name`, `name`) fit to write into package.json and a script, not Prism's defaults. */
export function isPrismFork(name: string): boolean {
  return NPM_NAME.test(name) && !DEFAULT_PRISM_PACKAGES.includes(name);
}
const NPM_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

/** A version or flag value fit to stand unquoted on a shell's command line. */
const SAFE_WORD = /^[\w.^~+-]+$/;
const VALIDATOR_FLAG = /^--validator-[a-z][\w-]*(?:=[\w.,-]+)?$/;

/** A `--validator-…` flag whose words are safe to write unquoted into a script. */
export function isValidatorFlag(value: unknown): value is string {
  return typeof value === 'string' && VALIDATOR_FLAG.test(value);
}

export function isSafeVersion(value: string): boolean {
  return SAFE_WORD.test(value);
}

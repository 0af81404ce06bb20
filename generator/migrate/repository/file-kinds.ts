/** The kinds of file of a Stainless TypeScript SDK's repository that the move treats each its own way (plan.ts). */

/** Stainless wrote these too, but they run the repository rather than build the SDK: they stay. */
export const REPOSITORY_FILES = [
  /^\.github\//,
  /^\.devcontainer\//,
  /^bin\//,
  /^(CHANGELOG|SECURITY|CODE_OF_CONDUCT|LICEN[CS]E|NOTICE)(\.[a-z]+)?$/i,
  /^release-please-config\.json$/,
  /^\.release-please-manifest\.json$/,
  /^Brewfile$/,
  /^MIGRATION\.md$/,
  // Who reviews what (GitHub reads it at the root or under docs/; .github/'s is above): the owners' to keep up.
  /^(docs\/)?CODEOWNERS$/,
];

/**
 * Of those, what sdkgen writes its own of, with the config's contact: Stainless's SECURITY.md sends reports to
 * Stainless; its release workflow. Replaced where the owners left Stainless's text as it was; kept where edited.
 */
export const REPLACED_UNLESS_EDITED = /^SECURITY\.md$|^\.github\/workflows\/release\.ya?ml$/;

/**
 * Lockfiles pin the versions of every dependency, the owners' included (a fresh resolution can bring a release that
 * needs a newer Node): they stay, and the next install brings them up to date with the new package.json.
 */
export const LOCKFILES = /^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/;

/**
 * A package manager's settings at the root (pnpm's pnpm-workspace.yaml, npm's .npmrc, Yarn's .yarnrc and
 * .yarnrc.yml): which builds run, how old a release must be, overrides. sdkgen writes none; the package manager the
 * repository keeps (package.json's `packageManager`) reads them.
 */
export const PACKAGE_MANAGER_CONFIG = /^(pnpm-workspace\.yaml|\.npmrc|\.yarnrc(\.yml)?)$/;

/** The repository's GitHub workflows, and the one sdkgen releases and publishes with. */
export const [WORKFLOW, RELEASE_WORKFLOW] = [/^\.github\/workflows\/.+\.ya?ml$/, '.github/workflows/release.yml'];

/** What a test imports its runner's functions from: Jest's module or Vitest's. */
export const TEST_RUNNERS = /^(vitest|@jest\/globals)$/;

/** Stainless's scripts, which a workflow or another script runs. */
export const STAINLESS_SCRIPT = /^(scripts|bin)\//;

/**
 * The kinds of file in a Stainless Python repository that planPythonMigration (plan.ts) treats apart from the package:
 * the repository's machinery, lockfiles, scripts, tests, and the folders of Stainless's layout.
 */

/** Stainless wrote these too, but they run the repository rather than build the package: they stay. */
const REPOSITORY_FILES = [
  /^\.github\//,
  /^\.devcontainer\//,
  /^\.vscode\//,
  /^(CHANGELOG|SECURITY|CODE_OF_CONDUCT|LICEN[CS]E|NOTICE)(\.[a-z]+)?$/i,
  /^release-please-config\.json$/,
  /^\.release-please-manifest\.json$/,
  /^\.stats\.yml$/,
  /^Brewfile$/,
  // Who reviews what (GitHub reads it at the root or under docs/; .github/'s is above): the owners' to keep up.
  /^(docs\/)?CODEOWNERS$/,
  // A file that only keeps its folder in git.
  /(^|\/)\.(git)?keep$/,
];

/** Lockfiles pin the owners' dependencies too (Rye's, uv's, Poetry's): they stay. */
export const LOCKFILES = /^(requirements(-dev)?\.lock|uv\.lock|poetry\.lock)$/;

/** The tests' folder: its modules are the owners' test set-up, not the package. */
export const TESTS = /^tests\//;

/** Scripts of Stainless's (bin/publish-pypi too), which stay where a workflow or another script that stays runs them. */
export const SCRIPT = /^(scripts|bin)\//;

/**
 * Stainless's nox sessions (its older generations' pydantic 1 test run, which its `scripts/test` started): they stay
 * where a file that stays runs nox; else they go with the script that ran them (sdkgen's runs none, and declares no
 * `nox` for pyright to resolve the module's import with).
 */
export const NOXFILE = /^noxfile\.py$/;
export const RUNS_NOX = /(^|[\s"'=/])nox($|[\s"';])/m;

/**
 * The folders of a Stainless Python SDK (every mirror's generated branch has these and no other) and the files at its
 * root: a file elsewhere that sdkgen does not write is never Stainless's, even in the base (one the owners name with
 * `--base` can be their own commit of a local build, their notes and tooling committed beside it).
 */
const STAINLESS_FOLDER = /^(\.devcontainer|\.github|\.vscode|bin|examples|scripts|src|tests)\//;
export const inStainlessLayout = (path: string): boolean => !path.includes('/') || STAINLESS_FOLDER.test(path);

export function isRepositoryFile(path: string): boolean {
  return REPOSITORY_FILES.some((pattern) => pattern.test(path));
}

/** The repository's machinery of Stainless's layout: its workflows, release configuration, licence, lockfiles. */
export function isStainlessMachinery(path: string): boolean {
  return isRepositoryFile(path) || LOCKFILES.test(path);
}

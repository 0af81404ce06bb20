/**
 * Which repository `sdkgen migrate` moves, and whether it is a Stainless TypeScript or Python SDK: its git work tree,
 * Stainless's local CLI's workspace (stlc) naming it, and the marks of another language's SDK (api/migrate.ts).
 */
import path from 'node:path';
import { findStlcWorkspace, type StlcWorkspace } from '../migrate/repository/stlc';
import { git, hasStainlessHeader } from '../migrate/repository/stainless-repo';
import { isGitWorkTree, readRepoFiles, type RepoFile } from '../migrate/repository/checkout-files';
import { UsageError } from './errors';

/** `file` relative to `root` (with `/`) when it is inside it (or its parents', for a lockfile), else as it is. */
export function inRepository(root: string, file: string, parents = false): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') && !parents) || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

/** The root of the git work tree holding `dir`. */
export function gitRoot(dir: string): string {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  return top.ok ? path.resolve(top.stdout.trim()) : dir;
}

/** A Stainless TypeScript SDK: its .stats.yml at the root, or its code under src/ (a Go SDK in go/ is not one). */
export function isStainlessSdk(files: RepoFile[]): boolean {
  return (
    files.some((f) => f.path === '.stats.yml') ||
    files.some((f) => /^src\/.+\.([cm]?[jt]s|py)$/.test(f.path) && f.text !== null && hasStainlessHeader(f.text))
  );
}

/** What the root of a Stainless SDK repository of another language holds (its build file). */
const OTHER_LANGUAGES: Array<{ name: string; file: RegExp }> = [
  { name: 'Python', file: /^(pyproject\.toml|setup\.py)$/ },
  { name: 'Go', file: /^go\.mod$/ },
  { name: 'Ruby', file: /^(Gemfile|[^/]+\.gemspec)$/ },
  { name: 'Java or Kotlin', file: /^(build\.gradle(\.kts)?|settings\.gradle(\.kts)?|pom\.xml)$/ },
  { name: 'C#', file: /^[^/]+\.(sln|csproj)$/ },
  { name: 'PHP', file: /^composer\.json$/ },
  { name: 'Rust', file: /^Cargo\.toml$/ },
];

/**
 * Whether a repository is no TypeScript package (Stainless's TypeScript SDKs have their package.json at the root),
 * with the build file that says which language it is when one does; null when it is one.
 */
export function otherLanguage(files: RepoFile[]): { name: string; marker: string | null } | null {
  if (files.some((f) => f.path === 'package.json')) return null;
  for (const { name, file } of OTHER_LANGUAGES) {
    const marker = files.find((f) => file.test(f.path));
    if (marker) return { name, marker: marker.path };
  }
  return { name: 'another language', marker: null };
}

export function looksLikeStainless(dir: string): boolean {
  return isGitWorkTree(dir) && isStainlessSdk(readRepoFiles(dir));
}

/**
 * stlc's workspace: the one given, else `stainless/` in the folder, else at the root of the git work tree holding it.
 * A workspace given that is not one is a usage error.
 */
export function stlcWorkspace(dir: string, given: string | null): StlcWorkspace | null {
  if (given !== null) {
    const found = findStlcWorkspace(given);
    if (found === null)
      throw new UsageError(`--workspace ${given}: no workspace.json there (nor in its stainless/ folder)`, {
        code: 'usage',
        file: given,
      });
    return found;
  }
  const root = gitRoot(dir);
  return (
    findStlcWorkspace(path.join(dir, 'stainless')) ??
    (root !== path.resolve(dir) ? findStlcWorkspace(path.join(root, 'stainless')) : null)
  );
}

/**
 * Which package provides a program a script runs: `tsc` is the bin of `typescript`, `biome` of `@biomejs/biome`. Found
 * in the `bin` of the packages installed (in the SDK folder's node_modules, else in one above it, as Node resolves
 * them: a monorepo's, at its root), else in what a lockfile records of them (the SDK folder's, else the nearest of
 * those above it up to the repository's root that records the bin, as a package manager finds its lockfile; npm's
 * package-lock.json, bun.lock and Yarn 2+'s yarn.lock record bins; Yarn 1's and pnpm's do not), else in a short table
 * of well-known bins, else a package of the program's own name (npm names a single bin after its package). Only
 * packages package.json lists count. A program found nowhere is unknown (null), for the caller to report: never
 * guessed. Pure helpers of plan.ts.
 */
import { isObject, parseObject } from '../json-object';

/** Well-known bins whose package is not found otherwise (no node_modules, a lockfile that records no bins). */
export const WELL_KNOWN_BINS: Readonly<Record<string, string>> = {
  tsc: 'typescript',
  tsserver: 'typescript',
  'ts-node': 'ts-node',
  'ts-node-esm': 'ts-node',
  tsx: 'tsx',
  jest: 'jest',
  vitest: 'vitest',
  tsup: 'tsup',
  esbuild: 'esbuild',
  eslint: 'eslint',
  prettier: 'prettier',
  biome: '@biomejs/biome',
  oxlint: 'oxlint',
  rimraf: 'rimraf',
  'tsc-multi': 'tsc-multi',
  'tsc-alias': 'tsc-alias',
  prism: '@stoplight/prism-cli',
  typedoc: 'typedoc',
  attw: '@arethetypeswrong/cli',
  publint: 'publint',
  changeset: '@changesets/cli',
};

/** The package providing a program, of those package.json lists; null when none is known to. */
export type PackageOfProgram = (program: string) => string | null;

/** A lockfile of a folder above the SDK's (a monorepo's), with the SDK's folder from its own (`packages/sdk`). */
export interface LockfileAbove {
  /** Its path from the SDK's folder: `../../package-lock.json`. */
  path: string;
  text: string;
  folder: string;
}

/**
 * The resolver for a repository: `listed`, the packages its package.json lists; `installed`, the package.json text of
 * each installed in node_modules (by name); `files`, its files (the lockfiles at its root are read); `above`, the
 * lockfiles of the folders above it up to the repository's root, nearest first. As a package manager finds the
 * lockfile, the nearest that records a bin tells its package.
 */
export function packageOfProgram(
  listed: ReadonlySet<string>,
  installed: ReadonlyMap<string, string>,
  files: ReadonlyArray<{ path: string; text: string | null }>,
  above: readonly LockfileAbove[] = [],
): PackageOfProgram {
  const fromInstalled = new Map<string, string>();
  for (const name of listed) {
    const manifest = installed.get(name);
    if (manifest === undefined) continue;
    for (const bin of binNames(name, parseObject(manifest)?.bin)) fromInstalled.set(bin, name);
  }
  const fromLockfiles = new Map<string, string>();
  const lockfiles: Array<{ path: string; text: string | null; folder?: string }> = [
    ...files.filter((f) => !f.path.includes('/')),
    ...above,
  ];
  for (const { path, text, folder } of lockfiles)
    if (text !== null)
      for (const [bin, name] of lockfileBins(path, text, folder))
        if (listed.has(name) && !fromLockfiles.has(bin)) fromLockfiles.set(bin, name);
  return (program) => {
    const known = fromInstalled.get(program) ?? fromLockfiles.get(program) ?? WELL_KNOWN_BINS[program];
    if (known !== undefined) return listed.has(known) ? known : null;
    return listed.has(program) ? program : null;
  };
}

/** The names of a package's bins, from its `bin` field: a path (named after the package) or name → path. */
function binNames(name: string, bin: unknown): string[] {
  if (typeof bin === 'string') return [name.slice(name.lastIndexOf('/') + 1)];
  return isObject(bin) ? Object.keys(bin) : [];
}

/**
 * The bins a lockfile records, each with its package (bin → package); `folder`, the SDK's folder from the lockfile's
 * (a monorepo's): npm's records there the packages it installs for the SDK alone, which it finds first.
 */
export function lockfileBins(path: string, text: string, folder?: string): Map<string, string> {
  const bins = new Map<string, string>();
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (file === 'package-lock.json' || file === 'npm-shrinkwrap.json') {
    // Lockfile v2 and v3: `packages["node_modules/typescript"].bin`, of the packages installed at the root.
    const packages = parseObject(text)?.packages;
    if (!isObject(packages)) return bins;
    const own = folder === undefined ? [] : [`${folder}/`];
    for (const prefix of ['', ...own])
      for (const [at, entry] of Object.entries(packages)) {
        if (!at.startsWith(`${prefix}node_modules/`)) continue;
        const name = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(at.slice(prefix.length))?.[1];
        if (name === undefined || !isObject(entry)) continue;
        for (const bin of binNames(name, entry.bin)) bins.set(bin, name);
      }
  } else if (file === 'bun.lock') {
    // JSON with trailing commas: `"typescript": ["typescript@5.5.4", "", { "bin": { "tsc": "bin/tsc" } }, "sha512-…"]`.
    const packages = parseObject(text.replace(/,(\s*[}\]])/g, '$1'))?.packages;
    if (!isObject(packages)) return bins;
    for (const [at, entry] of Object.entries(packages)) {
      if (at.includes('/') && !at.startsWith('@')) continue;
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
      const name = entry[0].slice(0, entry[0].lastIndexOf('@'));
      for (const bin of binNames(name, isObject(entry[2]) ? entry[2].bin : undefined)) bins.set(bin, name);
    }
  } else if (file === 'yarn.lock') {
    // Yarn 2+: `"typescript@npm:^5.0.0":` then, indented, `bin:` and its `tsc: bin/tsc` lines.
    let name: string | null = null;
    let inBin = false;
    for (const line of text.split('\n')) {
      if (/^\S/.test(line)) {
        name = /^"?((?:@[^@/"]+\/)?[^@/"]+)@/.exec(line)?.[1] ?? null;
        inBin = false;
      } else if (/^ {2}\S/.test(line)) inBin = /^ {2}bin:\s*$/.test(line);
      else if (inBin && name !== null) {
        const bin = /^ {4}"?([^":\s]+)"?:/.exec(line)?.[1];
        if (bin !== undefined) bins.set(bin, name);
      }
    }
  }
  return bins;
}

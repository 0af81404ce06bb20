/**
 * Reading the checkout of a Stainless SDK repository as it is on disk: its tracked and untracked files with their text
 * and blob ids, its uncommitted changes, and what sits above it up to the repository's root (installed packages'
 * manifests, a monorepo's lockfiles). Reads only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LockfileAbove } from '../package/program-packages';
import { git } from './bot-commits';

/** A file of the repository: its blob id (null when git does not track it) and its text (null: binary or too big). */
export interface RepoFile {
  path: string;
  blob: string | null;
  text: string | null;
}

/** Larger files are not read as text: no SDK source file is this big, and lockfiles need no merging. */
export const MAX_TEXT = 4 * 1024 * 1024;

export function isGitWorkTree(dir: string): boolean {
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree']);
  return inside.ok && inside.stdout.trim() === 'true';
}

/** Tracked files with uncommitted changes (under `dir`). */
export function uncommittedChanges(dir: string): string[] {
  return git(dir, ['status', '--porcelain', '--untracked-files=no', '--', '.'])
    .stdout.split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/** Every tracked file under `dir` and every untracked one git does not ignore, with its text. */
export function readRepoFiles(dir: string): RepoFile[] {
  const files: RepoFile[] = [];
  for (const line of git(dir, ['ls-files', '-s', '-z']).stdout.split('\0')) {
    const match = /^\d+ ([0-9a-f]+) \d\t(.+)$/.exec(line);
    if (match) files.push({ path: match[2], blob: match[1], text: readText(path.join(dir, match[2])) });
  }
  for (const file of git(dir, ['ls-files', '--others', '--exclude-standard', '-z']).stdout.split('\0')) {
    if (file) files.push({ path: file, blob: null, text: readText(path.join(dir, file)) });
  }
  return files;
}

/**
 * The package.json of each package the repository's package.json lists that is installed (not in git, so not among
 * its files): what their `bin` fields say of the programs its scripts run. Found as Node resolves a package: in the
 * node_modules of the SDK's folder, else of each folder above it up to the repository's root (the folder holding
 * `.git`), where a monorepo installs its packages.
 */
export function readInstalledManifests(dir: string, files: RepoFile[]): Map<string, string> {
  const installed = new Map<string, string>();
  const packageJson = files.find((f) => f.path === 'package.json')?.text;
  const installs = foldersUpToRepository(dir)
    .map((folder) => path.join(folder, 'node_modules'))
    .filter((folder) => existsSync(folder));
  if (packageJson == null || installs.length === 0) return installed;
  let listed: string[] = [];
  try {
    const json = JSON.parse(packageJson) as Record<string, unknown>;
    listed = ['dependencies', 'devDependencies'].flatMap((key) => {
      const deps = json[key];
      return deps !== null && typeof deps === 'object' ? Object.keys(deps) : [];
    });
  } catch {
    return installed; // not JSON: the plan reports it
  }
  for (const name of listed) {
    if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name)) continue;
    for (const install of installs) {
      const text = readText(path.join(install, name, 'package.json'));
      if (text === null) continue;
      installed.set(name, text);
      break;
    }
  }
  return installed;
}

/** The lockfiles whose bins package/program-packages.ts reads. */
const BIN_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'bun.lock', 'yarn.lock'];
/** A monorepo's lockfile can be large; one larger than this is not read. */
const MAX_LOCKFILE = 64 * 1024 * 1024;

/**
 * The lockfiles of the folders above the SDK's (`dir`) up to the repository's root (the folder holding `.git`),
 * nearest first, as a package manager looks for its lockfile: a monorepo's records the bins of the packages it
 * installs for the SDK. Each with its path from `dir` and `dir`'s from its folder.
 */
export function readLockfilesAbove(dir: string): LockfileAbove[] {
  const found: LockfileAbove[] = [];
  for (const folder of foldersUpToRepository(dir).slice(1))
    for (const name of BIN_LOCKFILES) {
      const file = path.join(folder, name);
      try {
        if (statSync(file).size > MAX_LOCKFILE) continue;
        const text = readFileSync(file, 'utf8');
        found.push({
          path: path.relative(dir, file).split(path.sep).join('/'),
          text,
          folder: path.relative(folder, dir).split(path.sep).join('/'),
        });
      } catch {
        // none there
      }
    }
  return found;
}

/** `dir` and the folders above it up to the one holding `.git`; `dir` alone where none above it does. */
function foldersUpToRepository(dir: string): string[] {
  const folders: string[] = [];
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    folders.push(folder);
    if (existsSync(path.join(folder, '.git'))) return folders;
    if (path.dirname(folder) === folder) return [path.resolve(dir)];
  }
}

function readText(file: string): string | null {
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_TEXT || bytes.includes(0)) return null;
    return bytes.toString('utf8');
  } catch {
    return null; // a submodule, a broken link, a folder
  }
}

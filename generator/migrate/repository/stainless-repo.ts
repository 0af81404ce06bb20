/**
 * Reading a Stainless SDK repository through git: its files (with their blob ids, so that a file can be compared
 * with Stainless's own output of it without reading either), and that pristine output itself. Stainless pushed
 * each generation to a `generated` branch and merged it into `main`, where people added their code; every
 * generation wrote `.stats.yml` (the spec's and config's hashes). The generation a checkout carries is therefore the
 * `generated` commit with the same `.stats.yml` (of those, the one closest to the checkout): that is the base the
 * hand edits are measured against. Without a `.stats.yml`, it is the generation with the most files exactly as the
 * checkout has them. A repository without a `generated` branch took each generation as a pull request from the
 * generator's bot: its generations are the bot's commits in the checkout's history. Stainless's local CLI (stlc)
 * names the output a commit carries in its `Stainless-Generated-From:` trailer. Reads only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LockfileAbove } from '../package/program-packages';

/** A file of the repository: its blob id (null when git does not track it) and its text (null: binary or too big). */
export interface RepoFile {
  path: string;
  blob: string | null;
  text: string | null;
}

export interface StainlessBase {
  /** What was asked for or found: `--base` as given, or the branch searched. */
  ref: string;
  commit: string;
  /** Path → blob id of every file in that commit (under the repository folder). */
  blobs: Map<string, string>;
  /** Path → text of those files that are text. */
  texts: Map<string, string>;
  /**
   * The commit of the checkout's history that brought it in, when the base is not itself in that history (stlc's
   * integration of its sealed output with the owners' code): later generations are looked for after it.
   */
  since?: string;
}

const STAINLESS_HEADER = /generated from our OpenAPI spec by Stainless/i;
/** Larger files are not read as text: no SDK source file is this big, and lockfiles need no merging. */
const MAX_TEXT = 4 * 1024 * 1024;
/**
 * The author of a generation commit (`git log --author`, extended, any case): Stainless's app (`stainless-app[bot]`)
 * or its staging bot (`stlc-bot`). Not any bot: a dependency bot's commit carries the owners' code, and taken as the
 * base it would hide their edits.
 */
export const GENERATOR_BOT = '^(stainless|stlc)';
/** The trailer with which stlc's commits name Stainless's output they carry. */
const GENERATED_FROM = 'Stainless-Generated-From';
/** Commits of the `generated` branch searched for the checkout's `.stats.yml`, newest first. */
const GENERATIONS_SEARCHED = 400;
/** Of the generations with that `.stats.yml`, this many newest are compared with the checkout. */
const CANDIDATES_COMPARED = 12;

export function hasStainlessHeader(text: string): boolean {
  return STAINLESS_HEADER.test(text.slice(0, 600));
}

export function git(dir: string, args: string[], input?: string): { ok: boolean; stdout: string } {
  const run = spawnSync('git', args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { ok: run.status === 0, stdout: run.stdout ?? '' };
}

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

/** The commit `id` names in the repository, or null when this clone does not have it. */
export function commitOf(dir: string, id: string): string | null {
  return git(dir, ['rev-parse', '--verify', '--quiet', `${id}^{commit}`]).stdout.trim() || null;
}

/**
 * Stainless's pristine output for the checkout: `ref` when given, else the `generated` branch's commit (local or
 * `origin/`) with the checkout's `.stats.yml`, else the `base` of stlc's custom-code record (`customCode`, when the
 * repository has that commit), else the commit a `Stainless-Generated-From:` trailer names, else the bot's generation in the checkout's history. Null when there is none to be
 * found.
 */
export function findStainlessBase(
  dir: string,
  ref: string | null,
  customCode: { ref: string; commit: string } | null = null,
): StainlessBase | null {
  if (ref !== null) {
    const commit = git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).stdout.trim();
    if (!commit) throw new Error(`--base ${ref}: no such commit, branch or tag in ${dir}`);
    return readBase(dir, ref, commit);
  }
  const stats = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD:./.stats.yml']).stdout.trim();
  for (const branch of ['generated', 'origin/generated']) {
    if (!git(dir, ['rev-parse', '--verify', '--quiet', branch]).ok) continue;
    const commits = git(dir, ['rev-list', `--max-count=${GENERATIONS_SEARCHED}`, branch])
      .stdout.split('\n')
      .filter((c) => c !== '');
    const commit = generationCarried(dir, commits, stats);
    if (commit) return readBase(dir, branch, commit);
  }
  // stlc (Stainless's local CLI) records the output the owners' edits were made on in its custom-code file.
  const sealed = customCode === null ? null : commitOf(dir, customCode.commit);
  if (sealed !== null) return readBase(dir, customCode!.ref, sealed);
  // In the SDK's own repository, stlc's commits name that output in a trailer.
  const integrated = generatedFrom(dir);
  const named = integrated === null ? null : commitOf(dir, integrated.base);
  if (named !== null) return { ...readBase(dir, integrated!.ref, named), since: integrated!.commit };
  // Without a `generated` branch (each generation came as a pull request from the generator's bot, merged into
  // main), the generations are the bot's commits in the checkout's own history.
  const byBot = git(dir, [
    'log',
    '--extended-regexp',
    '--regexp-ignore-case',
    `--author=${GENERATOR_BOT}`,
    `--max-count=${GENERATIONS_SEARCHED}`,
    '--format=%H',
    'HEAD',
  ])
    .stdout.split('\n')
    .filter((c) => c !== '');
  const commit = generationCarried(dir, byBot, stats);
  return commit ? readBase(dir, 'HEAD', commit) : null;
}

/**
 * The output stlc integrated the owners' code onto, as the newest commit of the checkout's history naming it in a
 * `Stainless-Generated-From:` trailer records it: stlc commits the custom code onto its sealed output, which the
 * repository keeps as `refs/stainless/custom-code/<target>/<id>/base`. Null when no commit has the trailer. Other
 * automation writes the same trailer naming a commit of another repository (knock's, its spec's): that commit is not
 * in this one, and the base is looked for elsewhere.
 */
export function generatedFrom(dir: string): { ref: string; base: string; commit: string } | null {
  const log = git(dir, [
    'log',
    '-1',
    '--extended-regexp',
    `--grep=^${GENERATED_FROM}:`,
    `--format=%H%x00%(trailers:key=${GENERATED_FROM},valueonly,separator=%x00)`,
    'HEAD',
  ]).stdout.trim();
  const [integrated, base] = log.split('\0');
  if (!integrated || !base) return null;
  return { ref: `${integrated.slice(0, 12)} (${GENERATED_FROM})`, base: base.trim(), commit: integrated };
}

/**
 * Fetches stlc's refs (`refs/stainless/*`: the outputs the custom code was integrated onto) from `origin`, which a
 * clone leaves out; false when there is no `origin` or it cannot be reached.
 */
export function fetchStainlessRefs(dir: string): boolean {
  if (!git(dir, ['remote', 'get-url', 'origin']).ok) return false;
  const run = spawnSync('git', ['fetch', '--quiet', '--no-tags', 'origin', '+refs/stainless/*:refs/stainless/*'], {
    cwd: dir,
    stdio: 'ignore',
    // Never a prompt for credentials: a remote that wants them is one this cannot reach.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    timeout: 120_000,
  });
  return run.status === 0;
}

/**
 * Of `commits` (generations, newest first), the one the checkout carries: of those with its `.stats.yml`, the
 * closest to it; else the one with the most files exactly as it has them. Null when none is.
 */
function generationCarried(dir: string, commits: string[], stats: string): string | null {
  const candidates = stats
    ? commits
        .filter((c) => git(dir, ['rev-parse', '--verify', '--quiet', `${c}:./.stats.yml`]).stdout.trim() === stats)
        .slice(0, CANDIDATES_COMPARED)
    : [];
  // Owners sometimes edit `.stats.yml` (knock's holds only the endpoint count) or delete it: then the generation
  // with the most files exactly as the checkout has them is the one it carries.
  if (candidates.length === 0) return mostAlike(dir, commits);
  let best: { commit: string; changed: number } | null = null;
  for (const commit of candidates) {
    const changed = git(dir, ['diff', '--numstat', commit, 'HEAD', '--', '.'])
      .stdout.split('\n')
      .reduce((sum, row) => {
        const [added, removed] = row.split('\t');
        return sum + (Number(added) || 0) + (Number(removed) || 0);
      }, 0);
    if (best === null || changed < best.changed) best = { commit, changed };
  }
  return best?.commit ?? null;
}

/**
 * Of `commits` (newest first), the one with the most files whose contents are exactly the checkout's (the newest of
 * equals), or null when none has at least half of its files so: a branch the checkout does not come from.
 */
function mostAlike(dir: string, commits: string[]): string | null {
  const head = treeBlobs(dir, 'HEAD');
  let best: { commit: string; same: number } | null = null;
  for (const commit of commits) {
    const blobs = treeBlobs(dir, commit);
    let same = 0;
    for (const [file, blob] of blobs) if (head.get(file) === blob) same++;
    if (same * 2 >= blobs.size && (best === null || same > best.same)) best = { commit, same };
  }
  return best?.commit ?? null;
}

/** Path → blob id of every file in a commit. */
function treeBlobs(dir: string, commit: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const line of git(dir, ['ls-tree', '-r', '-z', commit]).stdout.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match) blobs.set(match[2], match[1]);
  }
  return blobs;
}

function readBase(dir: string, ref: string, commit: string): StainlessBase {
  const blobs = treeBlobs(dir, commit);
  return { ref, commit, blobs, texts: readBlobs(dir, [...blobs]) };
}

/** The texts of blobs, read in one `git cat-file --batch`. */
function readBlobs(dir: string, files: Array<[string, string]>): Map<string, string> {
  const texts = new Map<string, string>();
  if (files.length === 0) return texts;
  const run = spawnSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    input: files.map(([, blob]) => blob).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const out: Buffer = run.stdout;
  let at = 0;
  for (const [file] of files) {
    const headerEnd = out.indexOf(0x0a, at);
    if (headerEnd < 0) break;
    const [, type, size] = out.subarray(at, headerEnd).toString().split(' ');
    if (size === undefined) {
      at = headerEnd + 1; // "<id> missing"
      continue;
    }
    const length = Number(size);
    const bytes = out.subarray(headerEnd + 1, headerEnd + 1 + length);
    if (type === 'blob' && length <= MAX_TEXT && !bytes.includes(0)) texts.set(file, bytes.toString('utf8'));
    at = headerEnd + 1 + length + 1;
  }
  return texts;
}

/** `.stats.yml`'s `openapi_spec_url`, when the checkout has one. */
export function statsSpecUrl(dir: string): string | null {
  const file = path.join(dir, '.stats.yml');
  if (!existsSync(file)) return null;
  const match = /^openapi_spec_url:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'));
  return match ? match[1] : null;
}

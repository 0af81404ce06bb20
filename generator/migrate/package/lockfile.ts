/**
 * The repository's lockfile, brought up to date with the package.json a migration writes, by the package manager
 * the lockfile belongs to (package-lock.json → npm, yarn.lock → yarn, pnpm-lock.yaml → pnpm, bun.lock → bun). Only
 * the lockfile is resolved where the package manager can (no install, no install scripts: the owners' and their
 * dependencies' scripts never run during a migration). The command is found through PATH, as a person's shell finds
 * it (pnpm and Yarn, where they are not installed, through npx as sdkgen's scripts/bootstrap runs them); what it
 * cannot do (not installed, the registry out of reach) is handed to a person with the command. A run the registry
 * timed out on is run again, up to three runs in all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { oneAtATime } from './one-at-a-time';

export interface LockfileUpdate {
  lockfile: string;
  /** The command that brings it up to date, as a person would type it in the repository. */
  command: string;
  /** updated: the command ran and succeeded; left: --no-lockfile; failed: it did not (see `error`); dry-run: would run. */
  status: 'updated' | 'left' | 'failed' | 'dry-run';
  /** Why it failed: the package manager is missing, or its last lines of output. */
  error?: string;
}

/** The package manager's command and arguments that resolve `lockfile` without installing or running scripts. */
export function lockfileCommand(dir: string, lockfile: string): string[] {
  switch (lockfile) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return ['npm', 'install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'];
    case 'pnpm-lock.yaml':
      // (pnpm freezes the lockfile on CI unless told not to.)
      return ['pnpm', 'install', '--lockfile-only', '--ignore-scripts', '--no-frozen-lockfile'];
    case 'bun.lock':
    case 'bun.lockb':
      return ['bun', 'install', '--lockfile-only', '--ignore-scripts'];
    default:
      // Yarn 2 and later (a `__metadata:` lockfile) resolve the lockfile alone; Yarn 1 has no such mode and installs,
      // without the scripts.
      return isYarnBerry(dir, lockfile)
        ? ['yarn', 'install', '--mode=update-lockfile']
        : ['yarn', 'install', '--ignore-scripts', '--non-interactive'];
  }
}

function isYarnBerry(dir: string, lockfile: string): boolean {
  const read = (file: string) => {
    try {
      return readFileSync(path.join(dir, file), 'utf8');
    } catch {
      return '';
    }
  };
  return /^__metadata:/m.test(read(lockfile)) || /"packageManager":\s*"yarn@[2-9]/.test(read('package.json'));
}

/**
 * Runs the command for each lockfile in `dir`; with `run: false` (--no-lockfile), only says which it would be. Each
 * package manager writes its own lockfile only: npm also rewrites a yarn.lock beside its lockfile (in a form Yarn 1
 * cannot always read), so the others' are put back as they were.
 */
export function updateLockfiles(dir: string, lockfiles: string[], run: boolean): LockfileUpdate[] {
  return lockfiles.map((lockfile) => {
    const others = lockfiles.filter((f) => f !== lockfile).map((f) => ({ f, bytes: readFileSync(path.join(dir, f)) }));
    try {
      return updateLockfile(dir, lockfile, run);
    } finally {
      for (const { f, bytes } of others)
        if (!readFileSync(path.join(dir, f)).equals(bytes)) writeFileSync(path.join(dir, f), bytes);
    }
  });
}

function updateLockfile(dir: string, lockfile: string, run: boolean): LockfileUpdate {
  const [program, ...args] = lockfileCommand(dir, lockfile);
  const command = [program, ...args].join(' ');
  if (!run) return { lockfile, command, status: 'left' };
  // Yarn 1's shared cache breaks when two installs write to it at once (ENOENT while it moves a package in), as two
  // migrations running side by side do: sdkgen's Yarn 1 runs take turns, each with the cache a person's own `yarn`
  // uses (a cache of each run's own made every run download every package again, then remove them all: most of a
  // large SDK's migration on a loaded machine).
  const yarn1 = program === 'yarn' && !isBerryCommand(args);
  const update = () => {
    // A registry that timed out or dropped the connection (Yarn 1 gives up on a download stalled for 30 seconds, as
    // on a loaded machine) is asked again, as a person would run the command again, with what was fetched kept in
    // the cache; one that refuses or cannot be found is not.
    let result = runLockfileCommand(dir, lockfile, program, args);
    let attempts = 1;
    while (attempts < ATTEMPTS && result.status === 'failed' && TRANSIENT.test(result.error ?? '')) {
      result = runLockfileCommand(dir, lockfile, program, args);
      attempts++;
    }
    // Yarn 1 installs, and so refuses a dependency whose `engines` this machine's Node does not satisfy; the lockfile
    // records no engines (what it resolves is the same on the owners' Node), so it is resolved without that check.
    if (yarn1 && result.status === 'failed' && ENGINES.test(result.error ?? ''))
      result = runLockfileCommand(dir, lockfile, program, [...args, '--ignore-engines']);
    return result;
  };
  return yarn1 ? oneAtATime(YARN1_LOCK, update) : update();
}

/** How many times a lockfile update that failed on the network for a while is run in all. */
const ATTEMPTS = 3;
/** A network failure that may pass: a timeout, a dropped connection, a name server that did not answer in time. */
const TRANSIENT = /\b(?:ESOCKETTIMEDOUT|ETIMEDOUT|ECONNRESET|EAI_AGAIN|EPIPE|socket hang up)\b/i;

/** Yarn 1's refusal of a dependency whose `engines` the running Node does not satisfy. */
const ENGINES = /The engine "node" is incompatible with this module/;

/** The lock sdkgen's Yarn 1 runs on this machine take in turn (package/one-at-a-time.ts). */
const YARN1_LOCK = path.join(os.tmpdir(), 'sdkgen-yarn1.lock');

/** Whether the Yarn arguments are Yarn 2 and later's (which resolve the lockfile alone, with no shared cache race). */
function isBerryCommand(args: string[]): boolean {
  return args.includes('--mode=update-lockfile');
}

/** Runs the lockfile's command, through npx if need be. */
function runLockfileCommand(dir: string, lockfile: string, program: string, args: string[]): LockfileUpdate {
  const command = [program, ...args].join(' ');
  let result = runIn(dir, program, args);
  let ran = command;
  // pnpm, Yarn or Bun not installed (GitHub's runners have no pnpm): the version package.json names, through npx, as
  // sdkgen's scripts/bootstrap runs it.
  const viaNpx = missing(result) ? npxCommand(dir, program, args) : null;
  if (viaNpx !== null) {
    result = runIn(dir, 'npx', viaNpx);
    ran = ['npx', ...viaNpx].join(' ');
  }
  // npm's resolver can fail on a lockfile whose packages the new package.json replaces ("Cannot read properties of
  // null (reading 'children')", also without --package-lock-only): resolved once without peer dependencies, the
  // lockfile then resolves as usual, peers included.
  if (program === 'npm' && result.status !== 0 && !missing(result) && !NETWORK_ERROR.test(outputOf(result))) {
    const first = result;
    const legacy = runIn(dir, program, [...args, '--legacy-peer-deps']);
    result = legacy.status === 0 ? runIn(dir, program, args) : first;
  }
  if (missing(result))
    return { lockfile, command, status: 'failed', error: `${program} is not installed (not found on PATH)` };
  if (result.error !== undefined) return { lockfile, command, status: 'failed', error: result.error.message };
  if (result.status === 0) return { lockfile, command: ran, status: 'updated' };
  // A package manager newer than this Node runs (pnpm 11 loads `node:sqlite`, which came with Node 22.13): the
  // machine's limit, said as such rather than as the command's failure.
  if (NEWER_NODE.test(outputOf(result))) {
    const runner = viaNpx?.find((arg) => arg.startsWith(`${program}@`) || arg.startsWith('@yarnpkg/')) ?? program;
    return {
      lockfile,
      command,
      status: 'failed',
      error: `${runner} does not run on this machine's Node (${process.version}): it needs a newer one`,
    };
  }
  // Its error lines say what went wrong; else its last lines.
  const output = outputOf(result).split('\n').filter(Boolean);
  const errors = output.filter((line) => /\berror\b/i.test(line) && !/^\s+at /.test(line));
  const shown = (errors.length > 0 ? errors : output).slice(-3);
  return {
    lockfile,
    command,
    status: 'failed',
    error: `${ran.split(' ')[0]} exited with ${result.status ?? result.signal}${shown.length > 0 ? `: ${shown.join(' / ')}` : ''}`,
  };
}

/** What says the package manager needs a newer Node: a built-in module this one lacks, pnpm's own check. */
const NEWER_NODE = /\bERR_UNKNOWN_BUILTIN_MODULE\b|requires at least Node(?:\.js)? v?\d/;

/** What says the registry was out of reach, in npm's output. */
const NETWORK_ERROR =
  /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|network)\b/i;

type Run = ReturnType<typeof spawnSync>;

function runIn(dir: string, program: string, args: string[]): Run {
  return spawnSync(program, args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Colours and "update available" notices are noise in a report; Yarn 2+ on CI refuses to change a lockfile.
      NO_COLOR: '1',
      npm_config_update_notifier: 'false',
      YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function missing(result: Run): boolean {
  return (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function outputOf(result: Run): string {
  return `${String(result.stderr ?? '')}\n${String(result.stdout ?? '')}`.trim();
}

/** The arguments of `npx` that run `program` at the version package.json's "packageManager" names; null: npm. */
function npxCommand(dir: string, program: string, args: string[]): string[] | null {
  if (program !== 'yarn' && program !== 'pnpm' && program !== 'bun') return null;
  let version: string | undefined;
  try {
    const named = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { packageManager?: unknown })
      .packageManager;
    if (typeof named === 'string' && named.startsWith(`${program}@`)) version = /@([0-9][^+]*)/.exec(named)?.[1];
  } catch {
    // no package.json to read: the default version
  }
  // (Bun is published on npm with its binaries as optional dependencies: no download beyond the registry.)
  if (program === 'pnpm' || program === 'bun') return ['--yes', `${program}@${version ?? 'latest'}`, ...args];
  // Yarn 2 and later are published as @yarnpkg/cli-dist; `yarn` on npm is Yarn 1.
  return isBerryCommand(args)
    ? ['--yes', '-p', `@yarnpkg/cli-dist@${version ?? 'latest'}`, 'yarn', ...args]
    : ['--yes', `yarn@${version ?? '1'}`, ...args];
}

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'];

/**
 * The lockfiles of the workspace (npm, Yarn or Bun `workspaces`, `pnpm-workspace.yaml`) above `dir` within `root`: a
 * package of a monorepo has none of its own, the monorepo's pins its dependencies. Null when there is none.
 */
export function workspaceLockfiles(dir: string, root: string): { dir: string; lockfiles: string[] } | null {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    const rel = path.relative(root, at);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const lockfiles = LOCKFILES.filter((f) => existsSync(path.join(at, f)));
    if (lockfiles.length > 0 && isWorkspaceRoot(at)) return { dir: at, lockfiles };
    if (at === root || path.dirname(at) === at) return null;
  }
}

function isWorkspaceRoot(dir: string): boolean {
  if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return true;
  try {
    return 'workspaces' in (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as object);
  } catch {
    return false;
  }
}

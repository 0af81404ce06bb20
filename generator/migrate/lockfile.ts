/**
 * The repository's lockfile, brought up to date with the package.json a migration writes, by the package manager
 * the lockfile belongs to (package-lock.json → npm, yarn.lock → yarn, pnpm-lock.yaml → pnpm, bun.lock → bun). Only
 * the lockfile is resolved where the package manager can (no install, no install scripts: the owners' and their
 * dependencies' scripts never run during a migration). The command is found through PATH, as a person's shell finds
 * it; what it cannot do (not installed, the registry out of reach) is handed to a person with the command.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface LockfileUpdate {
  lockfile: string;
  /** The command that brings it up to date, as a person would type it in the repository. */
  command: string;
  /** updated: the command ran and succeeded; left: --no-lockfile; failed: it did not (see `error`). */
  status: 'updated' | 'left' | 'failed';
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
      return ['pnpm', 'install', '--lockfile-only', '--ignore-scripts'];
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

/** Runs the command for each lockfile in `dir`; with `run: false` (--no-lockfile), only says which it would be. */
export function updateLockfiles(dir: string, lockfiles: string[], run: boolean): LockfileUpdate[] {
  return lockfiles.map((lockfile) => {
    const [program, ...args] = lockfileCommand(dir, lockfile);
    const command = [program, ...args].join(' ');
    if (!run) return { lockfile, command, status: 'left' };
    const result = spawnSync(program, args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The package manager's own checks ("update available") and colours are noise in a report.
      env: { ...process.env, CI: 'true', NO_COLOR: '1', npm_config_update_notifier: 'false' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error !== undefined) {
      const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
      return {
        lockfile,
        command,
        status: 'failed',
        error: missing ? `${program} is not installed (not found on PATH)` : result.error.message,
      };
    }
    if (result.status === 0) return { lockfile, command, status: 'updated' };
    const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.trim().split('\n').filter(Boolean);
    return {
      lockfile,
      command,
      status: 'failed',
      error: `${program} exited with ${result.status ?? result.signal}${output.length > 0 ? `: ${output.slice(-3).join(' / ')}` : ''}`,
    };
  });
}

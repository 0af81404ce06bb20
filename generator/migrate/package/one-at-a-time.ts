/**
 * A lock held across the processes of one machine, for a command two sdkgen processes must not run at once (Yarn 1
 * writing to its shared cache). It is a directory, made atomically by `mkdir`, holding the holder's process id; a
 * lock whose holder is gone (killed before it could remove it) is taken over. Waiting is bounded: after `maxWait` the
 * command runs anyway, as it would have without the lock.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LockOptions {
  /** How long to wait for another holder, in milliseconds, before running anyway. */
  maxWait?: number;
  /** Pause between two tries, in milliseconds. */
  pause?: number;
}

/** Runs `run` holding the lock `lockDir` (made and removed here), waiting while another live process holds it. */
export function oneAtATime<T>(lockDir: string, run: () => T, options: LockOptions = {}): T {
  const { maxWait = DEFAULT_MAX_WAIT, pause = DEFAULT_PAUSE } = options;
  const giveUpAt = Date.now() + maxWait;
  let held = false;
  for (;;) {
    const taken = take(lockDir);
    held = taken === 'held';
    if (taken !== 'busy' || Date.now() >= giveUpAt) break;
    if (isAbandoned(lockDir)) {
      removeAbandoned(lockDir);
      continue;
    }
    sleep(pause);
  }
  try {
    return run();
  } finally {
    if (held) rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Waits this long at most for another holder (a Yarn 1 install of a large SDK on a loaded machine takes minutes). */
const DEFAULT_MAX_WAIT = 20 * 60_000;
const DEFAULT_PAUSE = 250;
/** A lock directory without its holder's id this long after it was made is one whose holder died making it. */
const UNNAMED_GRACE = 60_000;
const HOLDER = 'pid';

/** held: made by this process; busy: another holds it; unavailable: it cannot be made here (run without it). */
function take(lockDir: string): 'held' | 'busy' | 'unavailable' {
  try {
    mkdirSync(path.dirname(lockDir), { recursive: true });
  } catch {
    return 'unavailable';
  }
  try {
    mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return 'unavailable';
    try {
      return statSync(lockDir).isDirectory() ? 'busy' : 'unavailable';
    } catch {
      return 'busy'; // removed meanwhile: the next try takes it
    }
  }
  writeFileSync(path.join(lockDir, HOLDER), String(process.pid));
  return 'held';
}

/** Whether the lock's holder is gone: its process no longer runs, or it never wrote its id. */
function isAbandoned(lockDir: string): boolean {
  let holder: number;
  try {
    holder = Number(readFileSync(path.join(lockDir, HOLDER), 'utf8').trim());
  } catch {
    try {
      return Date.now() - statSync(lockDir).mtimeMs > UNNAMED_GRACE;
    } catch {
      return false; // removed meanwhile: the next try takes it
    }
  }
  if (!Number.isInteger(holder) || holder <= 0) return false;
  try {
    process.kill(holder, 0);
    return false;
  } catch (error) {
    // EPERM: another user's process, alive.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Moves the abandoned lock aside first, so that of two processes finding it only one removes it. */
function removeAbandoned(lockDir: string): void {
  const aside = `${lockDir}.abandoned-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockDir, aside);
  } catch {
    return; // another process moved it first
  }
  rmSync(aside, { recursive: true, force: true });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

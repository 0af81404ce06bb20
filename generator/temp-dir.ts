/**
 * Temporary files and folders a run makes (a config migrate derives, a spec read from stdin, a URL or a git revision):
 * their maker removes them when done, and whatever is left is removed when the process exits or is ended by
 * SIGINT/SIGTERM, so that a run killed in between leaves nothing in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanerOnly, INTERRUPTS, othersDecide } from './interrupts';

export interface TemporaryPath {
  path: string;
  /** Removes it now (and forgets it); removing twice is harmless. */
  remove(): void;
}

const live = new Set<string>();

/** A new folder `<prefix>XXXXXX` in the system's temporary folder, removed at exit if its maker has not. */
export function temporaryDir(prefix: string): TemporaryPath {
  return removedAtExit(mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** A file or folder the run made elsewhere (beside the user's files), removed at exit if its maker has not. */
export function removedAtExit(made: string): TemporaryPath {
  if (live.size === 0) listen();
  live.add(made);
  return {
    path: made,
    remove: () => {
      rmSync(made, { recursive: true, force: true });
      if (live.delete(made) && live.size === 0) stopListening();
    },
  };
}

function removeAll(): void {
  for (const made of live) rmSync(made, { recursive: true, force: true });
  live.clear();
  stopListening();
}

function listen(): void {
  process.on('exit', removeAll);
  for (const signal of INTERRUPTS) process.prependListener(signal, interrupted);
}

function stopListening(): void {
  process.off('exit', removeAll);
  for (const signal of INTERRUPTS) process.off(signal, interrupted);
}

/**
 * A signal ends the run as it would have without this listener: the paths are removed and the signal raised again
 * (as the output's own cleaners, write.ts and fresh-output.ts, raise it). When a listener that decides is there
 * (`--watch`'s), it decides, and the paths wait for their maker or the exit.
 */
const interrupted = cleanerOnly((signal: NodeJS.Signals): void => {
  if (othersDecide(signal)) return;
  removeAll();
  process.kill(process.pid, signal);
});

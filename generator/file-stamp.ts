import { chmodSync, closeSync, copyFileSync, fstatSync, openSync, readSync, rmSync, statSync } from 'node:fs';

/**
 * A file's stamp: what its status says of its contents. Every write sets a file's change time (ctime), which no user
 * can set back, so a file whose stamp is the one taken before it was read holds the bytes that were read.
 */
export function fileStamp(stat: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/** The stamp of the file at `file`, or null when it cannot be read. */
export function stampOfFile(file: string): string | null {
  try {
    return fileStamp(statSync(file));
  } catch {
    return null;
  }
}

/**
 * Of `files` (absolute), those whose stamp is no longer the one `stamps` holds for them: written since it was taken.
 * (One gone since is not listed: a temporary file the run removed.)
 */
export function writtenSince(files: Iterable<string>, stamps: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const file of files) {
    const stamp = stamps.get(file);
    const now = stamp === undefined ? null : stampOfFile(file);
    if (now !== null && now !== stamp) written.push(file);
  }
  return written;
}

/** Thrown when a file read under a stamp has another: it was written during the run. */
function changedDuringRun(file: string): Error {
  return new Error(`${file} changed while sdkgen was running: generate again`);
}

/** The bytes of `file`, which must still have `stamp` once they are read (else the error). */
export function readStamped(file: string, stamp: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    // (A byte more than its size: a file that grew fills it, and has another stamp.)
    const bytes = Buffer.allocUnsafeSlow(size + 1);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    // (Taken once the bytes were read: a write before them shows.)
    if (fileStamp(fstatSync(fd)) !== stamp) throw changedDuringRun(file);
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copy `file`, which must still have `stamp` once copied (else the error, and no copy), to `target` with `mode`. The
 * kernel copies the bytes: none pass through this process.
 */
export function copyStamped(file: string, stamp: string, target: string, mode: number): void {
  copyFileSync(file, target);
  if (stampOfFile(file) !== stamp) {
    rmSync(target, { force: true });
    throw changedDuringRun(file);
  }
  chmodSync(target, mode);
}

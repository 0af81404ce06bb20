import { statSync } from 'node:fs';

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

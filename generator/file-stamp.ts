/**
 * A file's stamp: what its status says of its contents. Every write sets a file's change time (ctime), which no user
 * can set back, so a file whose stamp is the one taken before it was read holds the bytes that were read.
 */
export function fileStamp(stat: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

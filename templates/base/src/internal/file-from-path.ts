/**
 * `fileFromPath`, which Stainless's older SDKs (`targets.node`) exported for uploads: written only into an SDK made
 * from such a config, for the code its users wrote against it. Node's file system is imported when it is called, so
 * the SDK still loads (and bundles) where there is none.
 */
import { toFile } from '../core/uploads.js';

/** What is read of `node:fs/promises` and `node:path`. */
interface NodeFiles {
  readFile(path: string): Promise<Uint8Array>;
}
interface NodePath {
  basename(path: string): string;
}

/**
 * The file at `path` as a `File` to upload (Node, Bun, Deno): named after the file unless `name` is given, typed as
 * `options.type` says.
 */
export async function fileFromPath(path: string, options?: { type?: string }): Promise<File>;
export async function fileFromPath(path: string, name?: string, options?: { type?: string }): Promise<File>;
export async function fileFromPath(
  path: string,
  nameOrOptions?: string | { type?: string },
  options?: { type?: string },
): Promise<File> {
  // Specifiers in variables: bundlers for browsers then leave them alone, and tsc needs no Node types.
  const [fsModule, pathModule] = ['node:fs/promises', 'node:path'];
  const fs = (await import(fsModule)) as NodeFiles;
  const { basename } = (await import(pathModule)) as NodePath;
  const name = typeof nameOrOptions === 'string' ? nameOrOptions : basename(path);
  return toFile(await fs.readFile(path), name, typeof nameOrOptions === 'string' ? options : nameOrOptions);
}

/**
 * Write stage: rendered, formatted files → the output directory, without losing anything.
 *
 * - Everything is rendered before this runs, so a spec or template error never touches the disk.
 * - A new output directory is built in a temporary sibling and renamed into place in one step.
 * - In an existing directory, each file is written to a temporary name and renamed over the old one;
 *   files the previous run wrote (per its manifest) and this run does not are deleted; files sdkgen did
 *   not write are never overwritten (unless `force`) or deleted; `src/lib/` and `examples/` are never touched.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedFile } from '../emit/render';
import { MANIFEST_PATH, manifestText, readManifest, type ManifestInputs } from './manifest';

export interface WriteOptions {
  force: boolean;
  /** Recorded in the manifest for `sdkgen check`. */
  inputs?: ManifestInputs | null;
}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  deleted: string[];
}

export class OutputConflictError extends Error {
  constructor(
    readonly dir: string,
    readonly conflicts: string[],
  ) {
    super(
      `refusing to overwrite ${conflicts.length} file(s) in ${dir} that sdkgen did not write: ${conflicts.slice(0, 5).join(', ')}${conflicts.length > 5 ? ', …' : ''} (use --force to overwrite them)`,
    );
    this.name = 'OutputConflictError';
  }
}

const PROTECTED = [/^src\/lib\//, /^examples\//];

export function isProtected(file: string): boolean {
  return PROTECTED.some((p) => p.test(file));
}

/** Files that would be overwritten although sdkgen did not write them. */
export async function findConflicts(dir: string, files: RenderedFile[]): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const manifest = await readManifest(dir);
  const conflicts: string[] = [];
  for (const file of files) {
    if (manifest?.files[file.path] !== undefined) continue;
    const target = path.join(dir, file.path);
    if (existsSync(target)) {
      const current = await readFile(target, 'utf8').catch(() => null);
      if (current !== file.contents) conflicts.push(file.path);
    }
  }
  return conflicts;
}

export async function writeOutput(dir: string, rendered: RenderedFile[], options: WriteOptions): Promise<WriteResult> {
  const files = rendered.filter((f) => !isProtected(f.path));
  const all = [...files, { path: MANIFEST_PATH, contents: manifestText(files, options.inputs ?? null) }];
  if (!existsSync(dir)) return writeFresh(dir, all);

  const info = await stat(dir);
  if (!info.isDirectory()) throw new OutputConflictError(dir, ['(the output path is a file)']);
  if (!options.force) {
    const conflicts = await findConflicts(dir, files);
    if (conflicts.length > 0) throw new OutputConflictError(dir, conflicts);
  }
  const previous = await readManifest(dir);
  const result: WriteResult = { written: [], unchanged: [], deleted: [] };
  const tag = randomBytes(4).toString('hex');
  // Stage every changed file next to its target first, then rename them all: a failure while staging
  // leaves the old files intact (the temporaries are removed).
  const staged: Array<{ temp: string; target: string; path: string }> = [];
  try {
    for (const file of all) {
      const target = path.join(dir, file.path);
      const current = await readFile(target, 'utf8').catch(() => null);
      if (current === file.contents) {
        result.unchanged.push(file.path);
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.sdkgen-${tag}.tmp`;
      await writeFile(temp, file.contents);
      staged.push({ temp, target, path: file.path });
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    throw error;
  }
  // The manifest goes last, so an interrupted run still lists everything it may have written.
  staged.sort((a, b) => (a.path === MANIFEST_PATH ? 1 : b.path === MANIFEST_PATH ? -1 : 0));
  for (const s of staged) {
    await rename(s.temp, s.target);
    if (s.path !== MANIFEST_PATH) result.written.push(s.path);
  }
  const keep = new Set(all.map((f) => f.path));
  for (const old of Object.keys(previous?.files ?? {})) {
    if (keep.has(old) || isProtected(old)) continue;
    await rm(path.join(dir, old), { force: true });
    result.deleted.push(old);
    await removeEmptyParents(dir, path.dirname(old));
  }
  return result;
}

async function writeFresh(dir: string, files: RenderedFile[]): Promise<WriteResult> {
  const parent = path.dirname(path.resolve(dir));
  await mkdir(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(dir)}.sdkgen-${randomBytes(4).toString('hex')}.tmp`);
  try {
    for (const file of files) {
      const target = path.join(temp, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }
    await rename(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { written: files.filter((f) => f.path !== MANIFEST_PATH).map((f) => f.path), unchanged: [], deleted: [] };
}

async function removeEmptyParents(root: string, relDir: string): Promise<void> {
  let current = relDir;
  while (current && current !== '.' && current !== '/') {
    try {
      await rmdir(path.join(root, current));
    } catch {
      return; // not empty (or gone): stop
    }
    current = path.dirname(current);
  }
}

/** Files a test writes into a folder it made, and lists again: one copy of what many tests did by hand. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `text` to `file` (a path relative to `dir`), its folders made first; returns the file's full path. */
export function writeFile(dir: string, file: string, text: string): string {
  const at = path.join(dir, file);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, text);
  return at;
}

/** Writes each of `files` (a path relative to `dir` → its text) as writeFile does. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) writeFile(dir, file, text);
}

/**
 * The files under `dir` as paths relative to it (the platform's separator), depth first in readdir's order, leaving
 * out every folder whose name `skip` lists (such as `.git` or `.sdkgen`) with what it holds.
 */
export function filesOf(dir: string, { skip = [] }: { skip?: readonly string[] } = {}): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return skip.includes(entry.name) ? [] : walk(full);
      return [path.relative(dir, full)];
    });
  return walk(dir);
}

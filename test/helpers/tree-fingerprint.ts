/**
 * What a folder holds, to tell that a refused run wrote nothing: each file's sha256 by its path under the folder, and
 * the listing of the folder's parent (a stray temporary sibling shows there).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TreeFingerprint {
  files: Record<string, string>;
  siblings: string[];
}

/** path → sha256 of every file under `dir`, and the listing of its parent. */
export function treeFingerprint(dir: string): TreeFingerprint {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return { files, siblings: readdirSync(path.dirname(dir)).sort() };
}

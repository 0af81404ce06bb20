/** Relative paths between generated files, for import specifiers and links between pages. */
import path from 'node:path';

/** By the folder of the file the path starts from, then by its target: no key is built per lookup. */
const relativePaths = new Map<string, Map<string, string>>();
const RELATIVE_PATHS_MAX = 100_000;
let remembered = 0;
let lastFile: string | null = null;
let lastDir = '';
let lastTable = new Map<string, string>();

/**
 * The path from the folder of `fromFile` to `to` (both from the package root, `/`-separated), as
 * `path.posix.relative` gives it. Remembered: a few hundred folders and modules pair up thousands of times.
 */
export function relativeFromFile(fromFile: string, to: string): string {
  // A file asks for many targets in a row: its folder's table is kept, not looked up by a new dirname each time.
  if (fromFile !== lastFile) {
    const dir = path.posix.dirname(fromFile);
    let table = relativePaths.get(dir);
    if (table === undefined) relativePaths.set(dir, (table = new Map()));
    lastFile = fromFile;
    lastDir = dir;
    lastTable = table;
  }
  let rel = lastTable.get(to);
  if (rel === undefined) {
    rel = path.posix.relative(lastDir, to);
    if (remembered >= RELATIVE_PATHS_MAX) {
      relativePaths.clear();
      relativePaths.set(lastDir, (lastTable = new Map()));
      remembered = 0;
    }
    lastTable.set(to, rel);
    remembered++;
  }
  return rel;
}

/** Relative paths between generated files, for import specifiers and links between pages. */
import path from 'node:path';

/** By the folder of the file the path starts from, then by its target: no key is built per lookup. */
const relativePaths = new Map<string, Map<string, string>>();
const RELATIVE_PATHS_MAX = 100_000;
let remembered = 0;

/**
 * The path from the folder of `fromFile` to `to` (both from the package root, `/`-separated), as
 * `path.posix.relative` gives it. Remembered: a few hundred folders and modules pair up thousands of times.
 */
export function relativeFromFile(fromFile: string, to: string): string {
  const dir = path.posix.dirname(fromFile);
  let fromDir = relativePaths.get(dir);
  if (fromDir === undefined) relativePaths.set(dir, (fromDir = new Map()));
  let rel = fromDir.get(to);
  if (rel === undefined) {
    rel = path.posix.relative(dir, to);
    if (remembered >= RELATIVE_PATHS_MAX) {
      relativePaths.clear();
      relativePaths.set(dir, (fromDir = new Map()));
      remembered = 0;
    }
    fromDir.set(to, rel);
    remembered++;
  }
  return rel;
}

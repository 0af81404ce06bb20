/** Relative paths between generated files, for import specifiers and links between pages. */
import path from 'node:path';

const relativePaths = new Map<string, string>();
const RELATIVE_PATHS_MAX = 100_000;

/**
 * The path from the folder of `fromFile` to `to` (both from the package root, `/`-separated), as
 * `path.posix.relative` gives it. Remembered: a few hundred folders and modules pair up thousands of times.
 */
export function relativeFromFile(fromFile: string, to: string): string {
  const dir = path.posix.dirname(fromFile);
  const key = `${dir}\n${to}`;
  let rel = relativePaths.get(key);
  if (rel === undefined) {
    rel = path.posix.relative(dir, to);
    if (relativePaths.size >= RELATIVE_PATHS_MAX) relativePaths.clear();
    relativePaths.set(key, rel);
  }
  return rel;
}

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
    const slash = fromFile.lastIndexOf('/');
    const dir = slash > 0 && isPlainPath(fromFile) ? fromFile.slice(0, slash) : path.posix.dirname(fromFile);
    let table = relativePaths.get(dir);
    if (table === undefined) relativePaths.set(dir, (table = new Map()));
    lastFile = fromFile;
    lastDir = dir;
    lastTable = table;
  }
  let rel = lastTable.get(to);
  if (rel === undefined) {
    rel = relativePath(lastDir, to);
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

/**
 * `path.posix.relative(from, to)`. Between two plain paths (every generated file's), worked out from their folders
 * alone: `path.posix.relative` resolves both against the working directory first, which costs ten times as much.
 */
export function relativePath(from: string, to: string): string {
  if (!isPlainPath(to) || (from !== '.' && !isPlainPath(from))) return path.posix.relative(from, to);
  const a = from === '.' ? [] : from.split('/');
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = a.length - common;
  const down = b.slice(common).join('/');
  if (up === 0) return down;
  const ups = '../'.repeat(up - 1) + '..';
  return down === '' ? ups : `${ups}/${down}`;
}

/** A relative path of named segments: not empty, no leading, trailing or double `/`, no `.` or `..` segment. */
function isPlainPath(p: string): boolean {
  return PLAIN_PATH.test(p);
}

const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;

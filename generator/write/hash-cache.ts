/**
 * What the last generation found each file of an output to hold, by the file's status: script text for the previous
 * output's worker (previous-output.ts), which would otherwise read and hash every file the manifest lists (GitHub's
 * 4,517 files) on every run. A file whose status is the one recorded holds the bytes recorded, as git's index trusts
 * a file's status: the status (`stamp`) is its inode, size, and the times of its last write and last change. The
 * change time cannot be set back by a tool (a checkout, `touch -d`, `cp -p` set the others), so a file written since
 * has another stamp, whatever its size and write time say.
 *
 * A file changed in the same tick of the file system's clock as the status was taken could keep its stamp: a file
 * changed less than RECENT_MS before the run read it is not recorded, and is read and hashed again by the next run.
 *
 * The cache lives in the output's node_modules/.cache/sdkgen/ (where Node tools keep theirs), one file:
 * `{ "dir": <the output, absolute>, "files": { <path>: "<stamp> <sha256>" } }`. Only a generation writes it (`check`
 * writes nothing in the output), and only where git ignores it: the output has a node_modules folder, or its
 * .gitignore lists node_modules (sdkgen's does). A cache that cannot be read, is of another folder, or cannot be
 * written is no cache. The worker source defines
 * - `readHashCache(dir)`: the recorded entries (path → "<stamp> <sha256>"), or an empty object;
 * - `recordable(stat, before)`: whether a file of that status can be recorded: changed before `before`;
 * - `writeHashCache(dir, entries)`: writes them where git ignores them (errors ignored).
 */
export const HASH_CACHE_PATH = 'node_modules/.cache/sdkgen/hashes.json';

/**
 * A file changed less than `recentMs` before a run read it is not recorded: the same tick of the file system's clock
 * may hold another change. (A test may shorten it.)
 */
export const HASH_CACHE = { recentMs: 2000 };

export const HASH_CACHE_SOURCE = `
const { existsSync, mkdirSync: cacheMkdir, readFileSync: cacheRead, writeFileSync: cacheWrite } = require('node:fs');
const HASH_CACHE_PATH = ${JSON.stringify(HASH_CACHE_PATH)};
function readHashCache(dir) {
  try {
    const cache = JSON.parse(cacheRead(dir + '/' + HASH_CACHE_PATH, 'utf8'));
    if (cache && cache.dir === dir && cache.files && typeof cache.files === 'object') return cache.files;
  } catch {
    // none, unreadable or not sdkgen's: no cache
  }
  return {};
}
const recordable = (stat, before) => stat.ctimeMs < before && stat.mtimeMs < before;
function writeHashCache(dir, entries) {
  try {
    const ignored =
      existsSync(dir + '/node_modules') ||
      cacheRead(dir + '/.gitignore', 'utf8').split('\\n').some((line) => /^\\/?node_modules\\/?\\s*$/.test(line));
    if (!ignored) return;
    const file = dir + '/' + HASH_CACHE_PATH;
    cacheMkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    cacheWrite(file, JSON.stringify({ dir, files: entries }));
  } catch {
    // a read-only output, say: the next run reads the files again
  }
}
`;

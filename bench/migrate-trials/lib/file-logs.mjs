// Each file's `git log` over a range, from one walk. The harness asks, file by file, which commits touched a file
// (`git log --format=%H <range> -- <file>`) and which added it (`--diff-filter=A -1`): one git process a file, the
// analysis's main cost on a long history (openai-node: 752 + 346 calls). Where the history has no merge commit, git's
// history simplification (a merge TREESAME to one parent for the path hides the other side) has nothing to act on, so
// one `git log --name-status` walk answers every file exactly as its own `git log -- <file>` would; with merges the
// per-file answer can differ from the walk's, and it stays per file (null here).
import { spawnSync } from 'node:child_process';

const WALKS = new Map();

/**
 * For a range (`ref`, or `base..ref`) of a repository whose history up to `ref` has no merge: each file's commits
 * touching it, newest first as git log gives them, with the status of its change there (A, M, D, T). Null where a
 * merge is in the history.
 */
export function fileLogs(repo, range, ref) {
  const key = `${repo}\0${range}`;
  if (WALKS.has(key)) return WALKS.get(key);
  const git = (...a) => spawnSync('git', a, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  const merges = git('rev-list', '--merges', '--max-count=1', ref);
  let found = null;
  if (merges.status === 0 && merges.stdout.trim() === '') {
    found = new Map();
    const log = git('log', '--no-renames', '--name-status', '--format=%x01%H', range);
    for (const entry of log.stdout.split('\x01')) {
      const [sha, ...lines] = entry.split('\n');
      if (!sha.trim()) continue;
      for (const line of lines) {
        const [status, file] = line.split('\t');
        if (!file) continue;
        if (!found.has(file)) found.set(file, []);
        found.get(file).push({ commit: sha.trim(), status: status[0] });
      }
    }
  }
  WALKS.set(key, found);
  return found;
}

/** The commits of `range` that touched `file` (`git log --format=%H <range> -- <file>`), from one walk where it can. */
export function touchersOf(repo, range, ref, file) {
  const logs = fileLogs(repo, range, ref);
  if (logs !== null) return (logs.get(file) ?? []).map((c) => c.commit);
  return spawnSync('git', ['log', '--format=%H', range, '--', file], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
    .stdout.split('\n')
    .filter(Boolean);
}

/** The newest commit of `ref`'s history that added `file` (`git log --diff-filter=A -1`), '' for none. */
export function adderOf(repo, ref, file) {
  const logs = fileLogs(repo, ref, ref);
  if (logs !== null) return (logs.get(file) ?? []).find((c) => c.status === 'A')?.commit ?? '';
  return spawnSync('git', ['log', '--diff-filter=A', '--format=%H', '-1', ref, '--', file], {
    cwd: repo,
    encoding: 'utf8',
  }).stdout.trim();
}

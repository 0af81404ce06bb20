// Each file's `git log` over a range, from one walk. The harness asks, file by file, which commits touched a file
// (`git log --format=%H <range> -- <file>`) and which added it (`--diff-filter=A -1`): one git process a file, the
// analysis's main cost on a long history (openai-node: 752 + 346 calls). Where the history has no merge commit, git's
// history simplification (a merge TREESAME to one parent for the path hides the other side) has nothing to act on, so
// one `git log --name-status` walk answers every file exactly as its own `git log -- <file>` would. With merges, git's
// answer for a file is a part of the walk's (`-m`: a merge by its change against each parent), so where none of the
// walk's commits is one the question looks for, none of git's is either; else git is asked for that file.
import { spawnSync } from 'node:child_process';

const WALKS = new Map();

/**
 * A file's name as a literal pathspec: `git log -- '[id].ts'` reads the name as a glob (it also matches `i.ts`), while
 * the walk's lists and git's other answers name files as they are. Every file name the harness gives git after `--`.
 */
export const literal = (file) => `:(literal)${file}`;

/**
 * For a range (`ref`, or `base..ref`): each file's commits touching it, newest first as git log gives them, with the
 * status of its change there (A, M, D, T), and whether `ref`'s history has no merge (`linear`: then each list is git's
 * own for that file).
 */
export function fileLogs(repo, range, ref) {
  const key = `${repo}\0${range}`;
  if (WALKS.has(key)) return WALKS.get(key);
  // (quotePath off: a name that is not ASCII is listed as it is, as the per-file `git log -- <file>` is given it.)
  const git = (...a) =>
    spawnSync('git', ['-c', 'core.quotePath=false', ...a], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  const merges = git('rev-list', '--merges', '--max-count=1', ref);
  const linear = merges.status === 0 && merges.stdout.trim() === '';
  const found = { linear, files: new Map() };
  {
    const log = git('log', ...(linear ? [] : ['-m']), '--no-renames', '--name-status', '--format=%x01%H', range);
    for (const entry of log.stdout.split('\x01')) {
      const [sha, ...lines] = entry.split('\n');
      if (!sha.trim()) continue;
      for (const line of lines) {
        const [status, file] = line.split('\t');
        if (!file) continue;
        if (!found.files.has(file)) found.files.set(file, []);
        const commits = found.files.get(file);
        // (`-m` gives a merge once a parent.)
        if (commits.at(-1)?.commit !== sha.trim()) commits.push({ commit: sha.trim(), status: status[0] });
      }
    }
  }
  WALKS.set(key, found);
  return found;
}

/**
 * The commits of `range` that touched `file` (`git log --format=%H <range> -- <file>`), from one walk where it can.
 * `sought`: where the history has merges and no commit of the walk's is one `sought` says yes to, the walk's list,
 * which holds none either (git's is a part of it): enough for asking whether any commit is such a one.
 */
export function touchersOf(repo, range, ref, file, sought = null) {
  const logs = fileLogs(repo, range, ref);
  const walked = (logs.files.get(file) ?? []).map((c) => c.commit);
  if (logs.linear || (sought !== null && !walked.some(sought))) return walked;
  return spawnSync('git', ['log', '--format=%H', range, '--', literal(file)], {
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
  if (logs.linear) return (logs.files.get(file) ?? []).find((c) => c.status === 'A')?.commit ?? '';
  return spawnSync('git', ['log', '--diff-filter=A', '--format=%H', '-1', ref, '--', literal(file)], {
    cwd: repo,
    encoding: 'utf8',
  }).stdout.trim();
}

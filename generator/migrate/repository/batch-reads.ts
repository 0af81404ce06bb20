/**
 * Git reads of many objects in one spawn each, where a spawn per file or per commit took minutes on a long history
 * under load (openai-node's composed base: a `rev-parse` and a `log -1` for each of 200 files).
 */
import { git } from './bot-commits';

/**
 * The object id each of `specs` (`<rev>:./<path>`, `<rev>`) names, as `git rev-parse --verify --quiet` prints it, in
 * one `git cat-file --batch-check`; a spec that names nothing is left out.
 */
export function objectIds(dir: string, specs: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const unique = [...new Set(specs)].filter((spec) => spec !== '' && !spec.includes('\n'));
  if (unique.length === 0) return ids;
  const out = git(dir, ['cat-file', '--batch-check=%(objectname)'], unique.map((s) => `${s}\n`).join(''));
  const lines = out.stdout.split('\n');
  unique.forEach((spec, i) => {
    const line = lines[i] ?? '';
    // (`<spec> missing`: it names nothing. `<id> missing`: it names an object this clone lacks, a submodule's commit,
    // which rev-parse prints all the same.)
    if (line === `${spec} missing`) return;
    const id = line.split(' ')[0];
    if (/^[0-9a-f]{40,64}$/.test(id)) ids.set(spec, id);
  });
  return ids;
}

/** The committer time (seconds; 0 where git gives none) of the commit each of `revs` names, in two spawns. */
export function commitTimesOf(dir: string, revs: readonly string[]): Map<string, number> {
  const times = new Map<string, number>();
  const unique = [...new Set(revs)];
  if (unique.length === 0) return times;
  const resolved = git(dir, ['rev-parse', ...unique]);
  const commits = resolved.stdout.split('\n').filter((line) => line !== '');
  if (!resolved.ok || commits.length !== unique.length) return times;
  const byCommit = new Map<string, number>();
  const log = git(dir, ['log', '--no-walk=unsorted', '--format=%H %ct', ...new Set(commits)]).stdout;
  for (const line of log.split('\n')) {
    const [commit, time] = line.split(' ');
    if (commit && time) byCommit.set(commit, Number(time) || 0);
  }
  unique.forEach((rev, i) => {
    const time = byCommit.get(commits[i]);
    if (time !== undefined) times.set(rev, time);
  });
  return times;
}

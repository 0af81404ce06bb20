/**
 * A repository's history read once: each commit (merges aside, children before parents) with its author, the output its
 * `Stainless-Generated-From:` trailer names, its message and the files it changed (without rename detection: a move is
 * a file deleted and one added, moves.ts pairs them). The composed base's reading of who edited what
 * (people-edits.ts) and the reading of the bot's release squashes (squashed-releases.ts) both walk HEAD's history:
 * one `git log` serves them.
 */
import { git } from './bot-commits';

/** The trailer with which stlc's commits name Stainless's output they carry. */
const GENERATED_FROM = 'Stainless-Generated-From';

export interface LoggedCommit {
  sha: string;
  /** `Name <email>`. */
  author: string;
  /** The trailer's value ('' without one). */
  named: string;
  message: string;
  /** The files it changed, under the repository folder. */
  files: string[];
}

const READ = new Map<string, LoggedCommit[]>();

/**
 * The commits of `commit`'s history, each before its parents (`--topo-order`: git's default order is by committer date,
 * which puts a merged branch's older-dated commits after newer ones of main, and a skewed clock a parent before its
 * child), read once per repository folder and commit.
 */
export function historyOf(dir: string, commit = 'HEAD'): LoggedCommit[] {
  const sha = git(dir, ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`]).stdout.trim() || commit;
  const key = `${dir}\0${sha}`;
  const known = READ.get(key);
  if (known) return known;
  const log = git(dir, [
    'log',
    '--topo-order',
    '--no-merges',
    '--no-renames',
    '--relative',
    `--format=%x01%H%x00%an <%ae>%x00%(trailers:key=${GENERATED_FROM},valueonly)%x00%B%x00`,
    '--name-only',
    sha,
  ]).stdout;
  const commits: LoggedCommit[] = [];
  for (const entry of log.split('\x01')) {
    const [id, author, named, message, names] = entry.split('\0');
    if (!id || message === undefined || names === undefined) continue;
    const files = names
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    commits.push({ sha: id.trim(), author, named, message, files });
  }
  READ.set(key, commits);
  return commits;
}

const GRAPHS = new Map<string, Map<string, string[]>>();

/** Each commit of `commit`'s history (merges too) → its parents, read once per repository folder and commit. */
export function parentsIn(dir: string, commit = 'HEAD'): Map<string, string[]> {
  const sha = git(dir, ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`]).stdout.trim() || commit;
  const key = `${dir}\0${sha}`;
  const known = GRAPHS.get(key);
  if (known) return known;
  const graph = new Map<string, string[]>();
  for (const line of git(dir, ['rev-list', '--parents', sha]).stdout.split('\n')) {
    const [child, ...parents] = line.trim().split(' ');
    if (child) graph.set(child, parents);
  }
  GRAPHS.set(key, graph);
  return graph;
}

/** The commits `commit` descends from (itself aside), through `graph` (parentsIn's). */
export function ancestorsIn(graph: ReadonlyMap<string, readonly string[]>, commit: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...(graph.get(commit) ?? [])];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(graph.get(next) ?? []));
  }
  return seen;
}

/**
 * Custom code Stainless's bot committed to main together with a generation. The bot pushes a generation to the
 * `generated` branch and, in the same run, a commit of main with the same subject, minutes apart at most; when the API's
 * owners keep custom code in Stainless's studio (or Stainless's engineers write it for them), main's commit carries it
 * too: a resource module of their own with Stainless's header, its line in the client and in `resources/index.ts`, an
 * example (runway's `uploads.ts`, "feat(api): Support ephemeral uploads", which the twin on `generated` does not have).
 * What main's commit adds that its twin's tree lacks is not Stainless's output: it is the owners' code, to be kept and
 * carried like a person's edit. The same holds of a release the bot merges into main (release-please's squashed pull
 * request) beside the version bump it pushes to `generated`. A bot commit of main without a twin on the base's branch
 * says nothing either way.
 */
import { spawnSync } from 'node:child_process';
import { GENERATOR_BOT, git, HUNKS_LOG } from './bot-commits';

export interface TwinCustomCode {
  /** Files a bot commit of main added that its twin's tree does not have. */
  files: Set<string>;
  /** Per bot commit of main, per file, the lines (trimmed, not blank) it added that its twin's file does not have. */
  lines: Map<string, Map<string, Set<string>>>;
}

const EMPTY: TwinCustomCode = { files: new Set(), lines: new Map() };
/** Seconds apart that a commit of main and one of the base's history are one run of Stainless's bot. */
const SAME_RUN = 5 * 60;
/** The subject of release-please's squashed release pull request, which Stainless's bot merges into main. */
const RELEASE = /^release: /;
/** The subject of the commit the run merging a release pushes to the `generated` branch. */
const VERSION_BUMP = 'chore(internal): version bump';

/**
 * The custom code the bot's commits of `base..HEAD` carried beside the generation they share with a commit of `base`'s
 * own history (its twin: same subject, authored within `SAME_RUN`). Empty when the base is in HEAD's history (its commits are
 * main's own) or no bot commit has a twin.
 */
export function twinCustomCode(dir: string, base: string): TwinCustomCode {
  if (git(dir, ['merge-base', '--is-ancestor', base, 'HEAD']).ok) return EMPTY;
  // (Migrate asks three times, for the base, its generations and the bot's files: read once for a history.)
  const key = `${dir}\0${base}\0${git(dir, ['rev-parse', 'HEAD']).stdout.trim()}`;
  const known = READ.get(key);
  if (known) return known;
  const found = readTwinCustomCode(dir, base);
  READ.set(key, found);
  return found;
}

const READ = new Map<string, TwinCustomCode>();

function readTwinCustomCode(dir: string, base: string): TwinCustomCode {
  // Subject → the base's history's commits of that subject, with their author times.
  const bySubject = new Map<string, Array<{ commit: string; time: number }>>();
  for (const line of git(dir, ['log', '--no-merges', '--format=%H%x00%at%x00%s', base]).stdout.split('\n')) {
    const [commit, time, subject] = line.split('\0');
    if (!commit || subject === undefined) continue;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), { commit, time: Number(time) }]);
  }
  // (The same run writes both within a minute or so: runway's main commit is 53 seconds before its twin.) A release's
  // twin is the version bump the run that merged it pushed to the base's branch: the squashed release carries the
  // owners' commits merged since the last one beside the generations the bump's tree has (writer's `release: 2.2.1`
  // with their env-headers function, the bump 21 seconds later without it).
  const twinOf = (time: number, subject: string) =>
    [...(bySubject.get(subject) ?? []), ...(RELEASE.test(subject) ? (bySubject.get(VERSION_BUMP) ?? []) : [])]
      .filter((c) => Math.abs(c.time - time) <= SAME_RUN)
      .sort((a, b) => Math.abs(a.time - time) - Math.abs(b.time - time))[0]?.commit;
  const botCommits = git(dir, [
    'log',
    '--extended-regexp',
    '--regexp-ignore-case',
    `--author=${GENERATOR_BOT}`,
    '--no-merges',
    '--format=%H%x00%at%x00%s',
    `${base}..HEAD`,
  ]).stdout.split('\n');
  const twins = new Map<string, string>();
  for (const line of botCommits) {
    const [commit, time, subject] = line.split('\0');
    if (!commit || subject === undefined) continue;
    const twin = twinOf(Number(time), subject);
    if (twin !== undefined && twin !== commit) twins.set(commit, twin);
  }
  const found: TwinCustomCode = { files: new Set(), lines: new Map() };
  if (twins.size === 0) return found;
  // (Read in two git processes whatever the history's length: a process a commit and a file took an hour on agentex's
  // 2,000 commits on a loaded machine.)
  const added = addedLinesOf(dir, [...twins.keys()]);
  const wanted = [...twins].flatMap(([commit, twin]) =>
    [...(added.get(commit)?.keys() ?? [])].map((file) => ({ commit, file, at: `${twin}:./${file}` })),
  );
  const twinTexts = blobs(
    dir,
    wanted.map((w) => w.at),
  );
  for (const [index, { commit, file }] of wanted.entries()) {
    const { lines, created } = added.get(commit)!.get(file)!;
    const custom = found.lines.get(commit) ?? new Map<string, Set<string>>();
    const twinText = twinTexts[index];
    if (twinText === null) {
      if (created) found.files.add(file);
      if (lines.size > 0) custom.set(file, lines);
    } else {
      const theirs = new Set(twinText.split('\n').map((l) => l.trim()));
      const mine = new Set([...lines].filter((l) => !theirs.has(l)));
      if (mine.size > 0) custom.set(file, mine);
    }
    if (custom.size > 0) found.lines.set(commit, custom);
  }
  return found;
}

/** The texts of `objects` (`<commit>:./<path>`, one `git cat-file --batch`), null for each the commit lacks. */
function blobs(dir: string, objects: string[]): Array<string | null> {
  if (objects.length === 0) return [];
  const run = spawnSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    input: objects.map((o) => `${o}\n`).join(''),
    maxBuffer: 2 * 1024 * 1024 * 1024,
  });
  const out = run.stdout;
  const texts: Array<string | null> = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    // `<object> blob <size>` then the contents and a newline; `<what was asked> missing` (or a tree: not a file).
    const header = out.toString('utf8', at, eol).split(' ');
    at = eol + 1;
    const size = Number(header.at(-1));
    if (header.at(-1) === 'missing' || header.at(-1) === 'ambiguous' || !Number.isFinite(size)) {
      texts.push(null);
      continue;
    }
    texts.push(header[1] === 'blob' ? out.toString('utf8', at, at + size) : null);
    at += size + 1;
  }
  while (texts.length < objects.length) texts.push(null);
  return texts;
}

/** Per commit, the lines (trimmed, not blank) it added, by file, and whether it created the file: one `git log`. */
function addedLinesOf(
  dir: string,
  commits: string[],
): Map<string, Map<string, { lines: Set<string>; created: boolean }>> {
  const patch = git(
    dir,
    ['log', '--no-walk=unsorted', '--stdin', ...HUNKS_LOG],
    commits.map((c) => `${c}\n`).join(''),
  ).stdout;
  const byCommit = new Map<string, Map<string, { lines: Set<string>; created: boolean }>>();
  let out = new Map<string, { lines: Set<string>; created: boolean }>();
  let current: { lines: Set<string>; created: boolean } | null = null;
  let created = false;
  let inHeader = false;
  for (const line of patch.split('\n')) {
    // (A commit's line: no line of a patch starts with this byte.)
    if (line.startsWith('\x01')) {
      out = new Map();
      byCommit.set(line.slice(1).trim(), out);
      [inHeader, created, current] = [false, false, null];
    } else if (line.startsWith('diff --git ')) [inHeader, created, current] = [true, false, null];
    else if (inHeader && line.startsWith('new file mode')) created = true;
    else if (inHeader && line.startsWith('+++ ')) {
      const file = line.startsWith('+++ b/') ? line.slice('+++ b/'.length) : null;
      current = file === null ? null : { lines: new Set(), created };
      if (file !== null && current) out.set(file, current);
    } else if (line.startsWith('@@')) inHeader = false;
    else if (!inHeader && current && line.startsWith('+')) {
      const text = line.slice(1).trim();
      if (text !== '') current.lines.add(text);
    }
  }
  return byCommit;
}

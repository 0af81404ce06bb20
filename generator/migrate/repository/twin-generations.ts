/**
 * Custom code Stainless's bot committed to main together with a generation. The bot pushes a generation to the
 * `generated` branch and, in the same run, a commit of main with the same subject, minutes apart at most; when the API's
 * owners keep custom code in Stainless's studio (or Stainless's engineers write it for them), main's commit carries it
 * too: a resource module of their own with Stainless's header, its line in the client and in `resources/index.ts`, an
 * example (runway's `uploads.ts`, "feat(api): Support ephemeral uploads", which the twin on `generated` does not have).
 * What main's commit adds that its twin's tree lacks is not Stainless's output: it is the owners' code, to be kept and
 * carried like a person's edit. A bot commit of main without a twin on the base's branch says nothing either way.
 */
import { GENERATOR_BOT, git } from './bot-commits';

export interface TwinCustomCode {
  /** Files a bot commit of main added that its twin's tree does not have. */
  files: Set<string>;
  /** Per bot commit of main, per file, the lines (trimmed, not blank) it added that its twin's file does not have. */
  lines: Map<string, Map<string, Set<string>>>;
}

const EMPTY: TwinCustomCode = { files: new Set(), lines: new Map() };
/** Seconds apart that a commit of main and one of the base's history are one run of Stainless's bot. */
const SAME_RUN = 5 * 60;

/**
 * The custom code the bot's commits of `base..HEAD` carried beside the generation they share with a commit of `base`'s
 * own history (its twin: same subject, authored within `SAME_RUN`). Empty when the base is in HEAD's history (its commits are
 * main's own) or no bot commit has a twin.
 */
export function twinCustomCode(dir: string, base: string): TwinCustomCode {
  if (git(dir, ['merge-base', '--is-ancestor', base, 'HEAD']).ok) return EMPTY;
  // Subject → the base's history's commits of that subject, with their author times.
  const bySubject = new Map<string, Array<{ commit: string; time: number }>>();
  for (const line of git(dir, ['log', '--no-merges', '--format=%H%x00%at%x00%s', base]).stdout.split('\n')) {
    const [commit, time, subject] = line.split('\0');
    if (!commit || subject === undefined) continue;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), { commit, time: Number(time) }]);
  }
  // (The same run writes both within a minute or so: runway's main commit is 53 seconds before its twin.)
  const twinOf = (time: number, subject: string) =>
    (bySubject.get(subject) ?? [])
      .filter((c) => Math.abs(c.time - time) <= SAME_RUN)
      .sort((a, b) => Math.abs(a.time - time) - Math.abs(b.time - time))[0]?.commit;
  const found: TwinCustomCode = { files: new Set(), lines: new Map() };
  const botCommits = git(dir, [
    'log',
    '--extended-regexp',
    '--regexp-ignore-case',
    `--author=${GENERATOR_BOT}`,
    '--no-merges',
    '--format=%H%x00%at%x00%s',
    `${base}..HEAD`,
  ]).stdout.split('\n');
  for (const line of botCommits) {
    const [commit, time, subject] = line.split('\0');
    if (!commit || subject === undefined) continue;
    const twin = twinOf(Number(time), subject);
    if (twin === undefined || twin === commit) continue;
    const added = addedLines(dir, commit);
    const twinFiles = new Set(
      git(dir, ['ls-tree', '-r', '--name-only', twin])
        .stdout.split('\n')
        .filter((f) => f !== ''),
    );
    const custom = new Map<string, Set<string>>();
    for (const [file, { lines, created }] of added) {
      if (!twinFiles.has(file)) {
        if (created) found.files.add(file);
        if (lines.size > 0) custom.set(file, lines);
        continue;
      }
      const theirs = new Set(
        git(dir, ['show', `${twin}:./${file}`])
          .stdout.split('\n')
          .map((l) => l.trim()),
      );
      const mine = new Set([...lines].filter((l) => !theirs.has(l)));
      if (mine.size > 0) custom.set(file, mine);
    }
    if (custom.size > 0) found.lines.set(commit, custom);
  }
  return found;
}

/** The lines (trimmed, not blank) a commit added, by file, and whether it created the file. */
function addedLines(dir: string, commit: string): Map<string, { lines: Set<string>; created: boolean }> {
  const patch = git(dir, [
    'show',
    '--format=',
    '--patch',
    '--unified=0',
    '--no-color',
    '--no-renames',
    '--relative',
    commit,
  ]).stdout;
  const out = new Map<string, { lines: Set<string>; created: boolean }>();
  let current: { lines: Set<string>; created: boolean } | null = null;
  let created = false;
  let inHeader = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) [inHeader, created, current] = [true, false, null];
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
  return out;
}

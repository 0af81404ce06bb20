/**
 * Whose each line of a file is, by git blame: Stainless's (the commit that last wrote it is one of its generations:
 * on a `generated` branch, or by its bot with no person co-authoring it) or the owners' (any other commit, and a line
 * not committed yet). Used where the base has no pristine copy of a file, as when the owners created package.json
 * before Stainless generated the SDK into it (openai-node's of 2022): its lines are still told apart by who wrote them.
 *
 * A line's author is the commit that last gave it its content, its trailing comma and its place aside: in JSON, adding
 * an entry after the last one puts a comma on that line (`"typescript": "5.8.3",`), and a generation that moves an
 * entry rewrites it where it lands; neither makes the line the committer's.
 */
import { coAuthoredByAPerson, CUSTOM_CODE_PATCH, GENERATOR_BOT, git } from './bot-commits';
import { writtenInPeoplesHunk } from './mixed-hunks';
import { mixedReleases } from './squashed-releases';

const GENERATED_FROM = 'Stainless-Generated-From';
const UNCOMMITTED = /^0+$/;
/** How many commits back a line is followed while each changed only its comma or place. */
const FOLLOWED = 20;

export interface BlamedLine {
  commit: string;
  text: string;
  /** The line's number in `commit`'s version of the file. */
  orig: number;
}

/**
 * For each line of `file` as the work tree has it (index 0: line 1), whether one of Stainless's commits wrote it; null
 * where git cannot blame the file (not tracked, not a repository).
 */
export function linesByStainless(dir: string, file: string, mixedByHunks = false): boolean[] | null {
  const lines = blame(dir, file, null);
  if (lines === null) return null;
  const blames = new Map<string, BlamedLine[] | null>();
  const stainless = new StainlessCommits(dir);
  const author = (line: BlamedLine, at: number): BlamedLine => {
    let found = line;
    for (let step = 0; step < FOLLOWED && !UNCOMMITTED.test(found.commit); step++) {
      if (!blames.has(found.commit)) blames.set(found.commit, blame(dir, file, `${found.commit}^`));
      const before = blames.get(found.commit);
      const same = before ? nearest(before, line.text, at) : null;
      if (same === null) break;
      found = same.line;
      at = same.at;
    }
    return found;
  };
  const authors = lines.map((line, at) => author(line, at));
  stainless.classify(authors.map((a) => a.commit).filter((c) => !UNCOMMITTED.test(c)));
  // (`mixedByHunks`: a mixed commit's line, squashed-releases.ts, is Stainless's outside its hunks that are people's,
  // mixed-hunks.ts. Only for a whole file sdkgen writes anew, rewritten-by-stainless.ts: an item of package.json a
  // person inserted in a release pull request, openai-node's `test:live:bedrock`, touches no line of theirs.)
  const mixed = mixedByHunks ? mixedReleases(dir) : { commits: new Set<string>(), peoplesChanges: new Map() };
  return authors.map(
    ({ commit, orig }) =>
      stainless.has(commit) || (mixed.commits.has(commit) && !writtenInPeoplesHunk(dir, mixed, commit, file, orig)),
  );
}

/** A line's content, its trailing comma and indentation aside. */
function content(text: string): string {
  return text.trim().replace(/,$/, '');
}

/** Of `lines`, the one nearest `at` with the content of `text` (none for a line of punctuation alone). */
function nearest(lines: BlamedLine[], text: string, at: number): { line: BlamedLine; at: number } | null {
  const wanted = content(text);
  if (!/[A-Za-z0-9]/.test(wanted)) return null;
  let found: { line: BlamedLine; at: number } | null = null;
  lines.forEach((line, i) => {
    if (content(line.text) === wanted && (found === null || Math.abs(i - at) < Math.abs(found.at - at)))
      found = { line, at: i };
  });
  return found;
}

/** `git blame` of `file` at `rev` (null: the work tree), line by line; null where git cannot. */
export function blame(dir: string, file: string, rev: string | null): BlamedLine[] | null {
  const run = git(dir, ['blame', '--porcelain', ...(rev === null ? [] : [rev]), '--', file]);
  if (!run.ok) return null;
  const lines: BlamedLine[] = [];
  let commit = '';
  let [orig, final] = [0, 0];
  for (const line of run.stdout.split('\n')) {
    const header = /^([0-9a-f]{40}) (\d+) (\d+)/.exec(line);
    if (header) [commit, orig, final] = [header[1], Number(header[2]), Number(header[3])];
    else if (line.startsWith('\t')) lines[final - 1] = { commit, text: line.slice(1), orig };
  }
  return lines;
}

/** Which commits are Stainless's generations (as findStainlessBase and generationsSince take them). */
class StainlessCommits {
  private readonly found = new Set<string>();
  constructor(private readonly dir: string) {}

  has(commit: string): boolean {
    return this.found.has(commit);
  }

  classify(commits: string[]): void {
    const wanted = new Set(commits);
    if (wanted.size === 0) return;
    for (const branch of ['generated', 'origin/generated']) {
      const list = git(this.dir, ['rev-list', branch, '--']);
      if (list.ok) for (const c of list.stdout.split('\n')) if (wanted.has(c)) this.found.add(c);
    }
    const bot = new RegExp(GENERATOR_BOT, 'i');
    const log = git(this.dir, [
      'log',
      '--no-walk=unsorted',
      `--format=%x01%H%x00%an <%ae>%x00%(trailers:key=${GENERATED_FROM},valueonly)%x00%B`,
      ...wanted,
    ]).stdout;
    for (const entry of log.split('\x01')) {
      const [sha, author, named, message] = entry.split('\0');
      if (!sha || message === undefined) continue;
      // (The bot's commit of the owners' studio code, and a squash a person co-authored, are the owners'.)
      const generation = (bot.test(author) || named.trim() !== '') && !CUSTOM_CODE_PATCH.test(message.trim());
      if (generation && !coAuthoredByAPerson(message)) this.found.add(sha.trim());
    }
  }
}

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
import { objectIds } from './batch-reads';
import { readBlobs } from './stainless-repo';
import { mixedReleases } from './squashed-releases';

const GENERATED_FROM = 'Stainless-Generated-From';
const UNCOMMITTED = /^0+$/;
/** How many commits back a line is followed while each changed only its comma or place. */
const FOLLOWED = 20;

/** What following lines back did, counted (tests assert on it, never on time). */
export interface BlameWork {
  /** Lines `git blame` gave for earlier commits. */
  blamedLines: number;
}

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
export function linesByStainless(dir: string, file: string, mixedByHunks = false, work?: BlameWork): boolean[] | null {
  const lines = blame(dir, file, null);
  if (lines === null) return null;
  const stainless = new StainlessCommits(dir);
  const authors = followedBack(dir, file, lines, work);
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

/**
 * Each line's author: from the commit that last changed it, back through the commits before it while the line was
 * there with the same content (at the line of that content nearest its place), up to FOLLOWED steps. All lines take
 * each step together: the file as each commit's parent had it is read in one `git cat-file --batch`, and each parent
 * blamed once for only the lines followed into it (`-L`), where a whole-file blame per commit took long on a history
 * of thousands of commits (openai-node's package.json).
 */
function followedBack(dir: string, file: string, lines: BlamedLine[], work?: BlameWork): BlamedLine[] {
  const found = [...lines];
  const at = lines.map((_, i) => i);
  let following = found.flatMap((line, i) => (UNCOMMITTED.test(line.commit) ? [] : [i]));
  for (let step = 0; step < FOLLOWED && following.length > 0; step++) {
    const commits = [...new Set(following.map((i) => found[i].commit))];
    const specs = commits.map((commit): [string, string] => [commit, `${commit}^:${file}`]);
    const texts = readBlobs(dir, specs);
    // (Where the parent has the file as no text, binary or too big, its whole blame gives its lines, as before; where
    // it has no such file, or there is no parent, nothing is followed.)
    const present = objectIds(
      dir,
      specs.filter(([commit]) => !texts.has(commit)).map(([, spec]) => spec),
    );
    const wholeBlames = new Map<string, BlamedLine[] | null>();
    const linesBefore = (commit: string): Array<{ text: string }> | null => {
      const text = texts.get(commit);
      if (text !== undefined) return textLines(text);
      if (!present.has(`${commit}^:${file}`)) return null;
      if (!wholeBlames.has(commit)) wholeBlames.set(commit, blame(dir, file, `${commit}^`, undefined, work));
      return wholeBlames.get(commit) ?? null;
    };
    // Per commit, the parent's lines (0-based) the followed lines are found at, and which lines went there.
    const into = new Map<string, Map<number, number[]>>();
    for (const i of following) {
      const commit = found[i].commit;
      const before = linesBefore(commit);
      const same = before ? nearest(before, lines[i].text, at[i]) : null;
      if (same === null) continue;
      const byLine = into.get(commit) ?? new Map<number, number[]>();
      into.set(commit, byLine);
      byLine.set(same, [...(byLine.get(same) ?? []), i]);
    }
    following = [];
    for (const [commit, byLine] of into) {
      const blamed = blame(dir, file, `${commit}^`, [...byLine.keys()], work);
      for (const [line, followers] of byLine) {
        const author = blamed?.[line];
        if (author === undefined) continue;
        for (const i of followers) {
          found[i] = author;
          at[i] = line;
          following.push(i);
        }
      }
    }
  }
  return found;
}

/** A file's lines as `git blame` prints them (no line ends; none after a last line end). */
function textLines(text: string): Array<{ text: string }> {
  const split = text.split('\n');
  if (split.at(-1) === '') split.pop();
  return split.map((line) => ({ text: line }));
}

/** A line's content, its trailing comma and indentation aside. */
function content(text: string): string {
  return text.trim().replace(/,$/, '');
}

/** Of `lines`, the index of the one nearest `at` with the content of `text` (none for a line of punctuation alone). */
function nearest(lines: Array<{ text: string }>, text: string, at: number): number | null {
  const wanted = content(text);
  if (!/[A-Za-z0-9]/.test(wanted)) return null;
  let found: number | null = null;
  lines.forEach((line, i) => {
    if (content(line.text) === wanted && (found === null || Math.abs(i - at) < Math.abs(found - at))) found = i;
  });
  return found;
}

/**
 * `git blame` of `file` at `rev` (null: the work tree), line by line; null where git cannot. With `only` (0-based line
 * numbers), those lines alone are blamed (the others are left out of the array).
 */
export function blame(
  dir: string,
  file: string,
  rev: string | null,
  only?: number[],
  work?: BlameWork,
): BlamedLine[] | null {
  const ranges = only === undefined ? [] : lineRanges(only).flatMap(([from, to]) => ['-L', `${from + 1},${to + 1}`]);
  const run = git(dir, ['blame', '--porcelain', ...ranges, ...(rev === null ? [] : [rev]), '--', file]);
  if (!run.ok) return null;
  const lines: BlamedLine[] = [];
  let commit = '';
  let [orig, final] = [0, 0];
  for (const line of run.stdout.split('\n')) {
    const header = /^([0-9a-f]{40}) (\d+) (\d+)/.exec(line);
    if (header) [commit, orig, final] = [header[1], Number(header[2]), Number(header[3])];
    else if (line.startsWith('\t')) {
      lines[final - 1] = { commit, text: line.slice(1), orig };
      if (work) work.blamedLines++;
    }
  }
  return lines;
}

/** Line numbers as runs of consecutive ones, [first, last] each. */
function lineRanges(numbers: number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last !== undefined && last[1] === n - 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
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

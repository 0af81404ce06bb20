/**
 * Which hunks of a mixed commit (squashed-releases.ts: Stainless's release squash a person co-authored, or a person's
 * commit the bot co-authored) are people's. Which of its lines each hand wrote is not in git, so they are read by where
 * they fall: a hunk is people's only where it touches lines people's own commits wrote (followed through history as
 * `git blame` follows them: a line an earlier mixed commit wrote is people's where that commit's hunk was), and
 * Stainless's elsewhere. Stainless's runtime rewritten in a release (cerebras-python 1.35.0's `_base_client.py`) is
 * Stainless's, though a person once fixed one line of the file; a release squash changing the lines a person wrote
 * carries their later change to them. A hunk that only inserts lines touches the lines either side of it. A hunk that
 * replaces lines as a hunk of theirs in the same file does (the same lines out, the same in, indentation aside) is
 * theirs too: one edit made throughout the file, in Stainless's lines as in theirs (cerebras-python 0.4.0's "Use Llama
 * 3.1 in example", `model="llama3-8b-8192"` → `model="llama3.1-8b"` in every README example).
 */
import { GENERATOR_BOT, git } from './bot-commits';
import { historyOf } from './history';
import { peoplesPart, type MixedReleases } from './squashed-releases';

/** A hunk's place in the file before the commit: its first line (1-based; for an insertion, the line before it). */
export interface HunkSpan {
  file: string;
  oldStart: number;
  oldCount: number;
}

interface Span {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  /** What it replaced with what, indentation aside; '' for a hunk that only inserts or only removes. */
  change: string;
}

const OWN = new Map<string, Set<string>>();
const LINES = new Map<string, Set<number> | null>();
const SPANS = new Map<string, Span[]>();

/**
 * Whether `commit`'s hunk of `hunk.file` is people's: the commit is mixed, people's own commits had changed the file
 * before it (`peoplesPart`), and the hunk touches a line of theirs. Without its place (or where git cannot blame the
 * file before the commit) the file-level reading stands.
 */
export function peoplesHunk(dir: string, mixed: MixedReleases, commit: string, hunk: HunkSpan): boolean {
  if (!peoplesPart(mixed, commit, hunk.file)) return false;
  if (!Number.isFinite(hunk.oldStart)) return true;
  const theirs = peoplesLines(dir, mixed, `${commit}^`, hunk.file);
  if (theirs === null) return true;
  if (touches(hunk, theirs)) return true;
  // (The same replacement as a hunk over their lines: their edit, made throughout the file.)
  const spans = spansOf(dir, commit, hunk.file);
  const own = spans.find((s) => s.oldStart === hunk.oldStart && s.oldCount === hunk.oldCount);
  return own !== undefined && own.change !== '' && spans.some((s) => s.change === own.change && touches(s, theirs));
}

/** Whether a hunk touches one of `lines` (before the commit); one that only inserts, the lines either side of it. */
function touches(hunk: { oldStart: number; oldCount: number }, lines: Set<number>): boolean {
  const touched =
    hunk.oldCount > 0
      ? Array.from({ length: hunk.oldCount }, (_, i) => hunk.oldStart + i)
      : [hunk.oldStart, hunk.oldStart + 1];
  return touched.some((line) => lines.has(line));
}

/** The lines (1-based) of `file` at `rev` that people wrote, as `peoplesHunk` reads them; null where git cannot say. */
function peoplesLines(dir: string, mixed: MixedReleases, rev: string, file: string): Set<number> | null {
  const key = `${dir}\0${rev}\0${file}`;
  if (LINES.has(key)) return LINES.get(key)!;
  LINES.set(key, null); // (no cycle: history only goes back)
  const blame = git(dir, ['blame', '--porcelain', rev, '--', file]);
  if (!blame.ok) return null;
  const own = ownCommits(dir, mixed);
  const theirs = new Set<number>();
  for (const line of blame.stdout.split('\n')) {
    const match = /^([0-9a-f]{40}) (\d+) (\d+)/.exec(line);
    if (!match) continue;
    const [sha, orig, final] = [match[1], Number(match[2]), Number(match[3])];
    if (own.has(sha)) theirs.add(final);
    else if (mixed.commits.has(sha) && writtenInPeoplesHunk(dir, mixed, sha, file, orig)) theirs.add(final);
  }
  LINES.set(key, theirs);
  return theirs;
}

/** Whether line `line` of `file` as mixed commit `commit` left it lies in a hunk of its that is people's. */
export function writtenInPeoplesHunk(
  dir: string,
  mixed: MixedReleases,
  commit: string,
  file: string,
  line: number,
): boolean {
  const span = spansOf(dir, commit, file).find((s) => line >= s.newStart && line < s.newStart + s.newCount);
  return span !== undefined && peoplesHunk(dir, mixed, commit, { file, ...span });
}

/** `commit`'s hunks of `file` (no context), with their places before and after. */
function spansOf(dir: string, commit: string, file: string): Span[] {
  const key = `${dir}\0${commit}\0${file}`;
  const known = SPANS.get(key);
  if (known) return known;
  const diff = git(dir, ['show', '--format=', '--unified=0', '--no-color', '--no-renames', commit, '--', file]);
  const spans: Span[] = [];
  let out: string[] = [];
  let into: string[] = [];
  const close = () => {
    const last = spans.at(-1);
    if (last) last.change = out.length > 0 && into.length > 0 ? `${out.join('\n')}\0${into.join('\n')}` : '';
  };
  for (const line of diff.stdout.split('\n')) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m) {
      close();
      [out, into] = [[], []];
      spans.push({
        oldStart: Number(m[1]),
        oldCount: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newCount: m[4] === undefined ? 1 : Number(m[4]),
        change: '',
      });
    } else if (spans.length > 0 && /^[-+]/.test(line)) (line.startsWith('-') ? out : into).push(line.slice(1).trim());
  }
  close();
  SPANS.set(key, spans);
  return spans;
}

/** People's own commits of HEAD's history: neither the generator bot's (nor carrying its output's trailer) nor mixed. */
function ownCommits(dir: string, mixed: MixedReleases): Set<string> {
  const head = git(dir, ['rev-parse', 'HEAD']).stdout.trim();
  const key = `${dir}\0${head}`;
  const known = OWN.get(key);
  if (known) return known;
  const own = new Set(
    historyOf(dir)
      .filter(({ sha, author, named }) => !mixed.commits.has(sha) && named.trim() === '' && !isBot(author))
      .map(({ sha }) => sha),
  );
  OWN.set(key, own);
  return own;
}

function isBot(author: string): boolean {
  return new RegExp(GENERATOR_BOT, 'i').test(author);
}

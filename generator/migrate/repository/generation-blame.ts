/**
 * Stainless's output committed by people: where the history's generations were merged by hand (openai-node's alpha
 * merges, its v5 output copied into a person's commit, "feat: initial alpha changes"), the diff from the base holds
 * hunks no generation made as a whole (generations.ts's `madeBy` finds a person's commit removing the old lines), but
 * whose every line, at HEAD, is as a generation of Stainless's wrote it (`git blame`): Stainless's output, for sdkgen's
 * to stand in for, not the owners' edits. Only lines a generation wrote byte for byte count: a hunk with one line of a
 * person's (or of a release commit the bot squash-merged, which carries the people's commits of its branch: openai-node's
 * `release: 6.45.0` brought their Bedrock build lines) stays theirs. A hunk that only removes lines stays theirs too.
 */
import { coAuthoredByAPerson, CUSTOM_CODE_PATCH, GENERATOR_BOT, git } from './bot-commits';
import { blame } from './line-authors';

/** A release pull request the bot squash-merged: it carries the people's commits of the branch it releases. */
const RELEASE_SUBJECT = /^release[:(]/i;

/** Which of `commits` are generations: the generator bot's, naming no person, no custom-code patch, no release. */
function generationsAmong(dir: string, commits: string[]): Set<string> {
  if (commits.length === 0) return new Set();
  const log = git(dir, ['log', '--no-walk=unsorted', '--format=%H%x00%an <%ae>%x00%B%x01', ...commits]).stdout;
  const bot = new RegExp(GENERATOR_BOT, 'i');
  const out = new Set<string>();
  for (const entry of log.split('\x01')) {
    const [commit, author, message] = entry.trim().split('\0');
    if (!commit || author === undefined || message === undefined) continue;
    if (!bot.test(author) || coAuthoredByAPerson(message) || CUSTOM_CODE_PATCH.test(message.trim())) continue;
    if (RELEASE_SUBJECT.test(message.trim())) continue;
    out.add(commit);
  }
  return out;
}

/** The lines a unified-diff hunk adds, each with its line number (1-based) on the new side. */
export function addedLines(hunk: string): Array<{ at: number; text: string }> | null {
  const lines = hunk.split('\n');
  const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(lines[0] ?? '');
  if (header === null) return null;
  let at = Number(header[1]);
  const added: Array<{ at: number; text: string }> = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('+')) added.push({ at: at++, text: line.slice(1) });
    else if (line.startsWith(' ')) at++;
    else if (line.startsWith('\\')) continue;
  }
  return added;
}

/** The lines a unified-diff hunk removes. */
function removedLines(hunk: string): string[] {
  return hunk
    .split('\n')
    .slice(1)
    .flatMap((line) => (line.startsWith('-') ? [line.slice(1)] : []));
}

/**
 * Takes out of the plan's hunks for a person those whose every non-blank line they add is, at that line of the file
 * at HEAD and byte for byte, as a generation of Stainless's wrote it; counted per file in `generationsByPeople`.
 */
export function dropBlamedOnGenerations(
  plan: {
    rejected: Array<{ path: string; hunks: string[] }>;
    generationsByPeople: Array<{ path: string; hunks: number }>;
  },
  dir: string,
): void {
  // (Each commit read once for all the files: a `git log` of every commit blamed, per file, took long on openai-node.)
  const known = new Map<string, boolean>();
  const generationsOf = (commits: string[]) => {
    const found = generationsAmong(
      dir,
      commits.filter((commit) => !known.has(commit)),
    );
    for (const commit of commits) if (!known.has(commit)) known.set(commit, found.has(commit));
    return new Set(commits.filter((commit) => known.get(commit)));
  };
  plan.rejected = plan.rejected
    .map(({ path, hunks }) => {
      const candidates = hunks.map((hunk) => (addedLines(hunk) ?? []).filter((line) => line.text.trim() !== ''));
      // A line the file's hunks remove elsewhere was moved by the person (llamacloud's import put above the alias
      // that reads it): git's diff of their commit may keep that line and move the others, so blame gives it to the
      // generation though the hunk adding it is half of the person's move.
      const removed = new Set(hunks.flatMap((hunk) => removedLines(hunk)));
      if (candidates.every((lines) => lines.length === 0)) return { path, hunks };
      const atHead = blame(dir, path, 'HEAD');
      if (atHead === null) return { path, hunks };
      const generations = generationsOf([...new Set(atHead.filter(Boolean).map((line) => line.commit))]);
      const byGeneration = (line: { at: number; text: string }) => {
        const now = atHead[line.at - 1];
        return now !== undefined && now.text === line.text && generations.has(now.commit) && !removed.has(line.text);
      };
      const kept = hunks.filter((_, i) => candidates[i].length === 0 || !candidates[i].every(byGeneration));
      if (kept.length < hunks.length) plan.generationsByPeople.push({ path, hunks: hunks.length - kept.length });
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}

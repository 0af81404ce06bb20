/**
 * A commit not by Stainless's bot that brings the bot's commits without naming the bot in a trailer: a squash whose
 * `* ` list (GitHub's squash message, one item per squashed commit) holds a title of Stainless's generator. Someone
 * squash-merged Stainless's pull request and edited the message (the `Co-authored-by:` lines dropped), or an owners'
 * bot or a person merged release-please's pull request (`release: 0.4.0 (#281)`, its list `* release: 0.4.0` and their
 * own commit; `release: 1.2.2 (#116)` by the owners' bot). Such a commit is mixed, read as the bot's release squashes a
 * person co-authored are (squashed-releases.ts). A title is the generator's where only Stainless writes it
 * (`feat(api): api update`, `codegen metadata`, `chore(internal): codegen related update`, …) or where the bot's own
 * commits of this history bear it or list it in their squashes (release-please's `release: <version>` there too). A
 * list of conventional titles alone is no evidence: people's own squashes list theirs (`* docs: preserve links to
 * moved guides`).
 */
import type { LoggedCommit } from './history';

/** Titles only Stainless's generator writes. */
const GENERATOR_ONLY =
  /^(feat\(api\): (api update|manual updates|update via SDK Studio|OpenAPI spec update via Stainless API)|codegen metadata|chore\(internal\): codegen related update|chore: update SDK settings|chore: configure new SDK language)$/i;

/** A squash message's item: `* title` at the start of a line of the body. */
const ITEM = /^\* (.+)$/gm;

/** A title as compared: its pull request number and version left out, spaces and case aside. */
export function titleKey(title: string): string {
  return title
    .replace(/\s*\(#\d+\)\s*$/, '')
    .replace(/\bv?\d+\.\d+\.\d+(?:[-+][\w.]+)?/g, '<version>')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The titles a squash message lists (its body's `* ` items). */
export function listedTitles(message: string): string[] {
  const body = message.trim().split('\n').slice(1).join('\n');
  return [...body.matchAll(ITEM)].map((m) => m[1]);
}

/**
 * The titles of the generator's commits in `history`: the subjects of `own` commits (the bot's, none a person
 * co-authored) and the items their squashes list.
 */
export function generatorTitles(history: readonly LoggedCommit[], own: (commit: LoggedCommit) => boolean): Set<string> {
  const titles = new Set<string>();
  for (const commit of history.filter(own)) {
    titles.add(titleKey(commit.message.trim().split('\n')[0]));
    for (const title of listedTitles(commit.message)) titles.add(titleKey(title));
  }
  return titles;
}

/** A conventional commit's title (`type(scope): …`): not "Initial commit" or "Update README.md", which anyone writes. */
const CONVENTIONAL = /^[a-z]+(\([^)]*\))?!?: \S/;

/** Whether `message` lists one of the generator's commits (`known`: `generatorTitles`, or Stainless's own). */
export function listsGeneratorCommits(message: string, known: ReadonlySet<string>): boolean {
  return listedTitles(message)
    .map(titleKey)
    .some((title) => GENERATOR_ONLY.test(title) || (CONVENTIONAL.test(title) && known.has(title)));
}

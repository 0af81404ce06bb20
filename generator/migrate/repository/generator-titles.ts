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
 * moved guides`). A release pull request squash-merged with its description as message ("Automated Release PR") lists
 * its commits as release-please's changelog does (`### Features`, `* **api:** api update`): read as titles too
 * (`changelogTitles`), under the same rule. Its commits' own titles are not the bot's titles: it lists people's too.
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

/** release-please's changelog sections, by the conventional type of the commits each lists. */
const SECTION_TYPES: Record<string, string> = {
  features: 'feat',
  'bug fixes': 'fix',
  chores: 'chore',
  documentation: 'docs',
  refactors: 'refactor',
  'build system': 'build',
  'performance improvements': 'perf',
  styles: 'style',
  tests: 'test',
  reverts: 'revert',
  'continuous integration': 'ci',
};

/** A release pull request's body: release-please's (Stainless's "Automated Release PR", or its robot's). */
const RELEASE_BODY = /^(?:Automated Release PR|:robot: I have created a release)/m;

/**
 * The commit titles a release pull request's changelog lists, where a squash message is its body (a person merged
 * release-please's pull request, the description as message): `### Features` then `* **api:** api update`, wrapped,
 * with its links (`([7ba37c9](…/commit/…))`), is `feat(api): api update`. None for another message.
 */
export function changelogTitles(message: string): string[] {
  if (!RELEASE_BODY.test(message)) return [];
  const titles: string[] = [];
  let type: string | undefined;
  let item: string | null = null;
  const done = () => {
    if (item === null || type === undefined) return;
    const text = item
      .replace(/\(\[[^\]]*\]\([^)]*\)\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const scoped = /^\*\*([^*]+?):\*\* (.+)$/.exec(text);
    titles.push(scoped ? `${type}(${scoped[1]}): ${scoped[2]}` : `${type}: ${text}`);
    item = null;
  };
  for (const line of message.split('\n')) {
    const section = /^#{2,3} (.+?)\s*$/.exec(line);
    if (section || line.trim() === '' || line.startsWith('---')) {
      done();
      if (section) type = SECTION_TYPES[section[1].toLowerCase()];
    } else if (line.startsWith('* ')) {
      done();
      item = line.slice(2);
    } else if (item !== null) item += ` ${line}`;
  }
  done();
  return titles;
}

/** Whether `message` lists one of the generator's commits (`known`: `generatorTitles`, or Stainless's own). */
export function listsGeneratorCommits(message: string, known: ReadonlySet<string>): boolean {
  return [...listedTitles(message), ...changelogTitles(message)]
    .map(titleKey)
    .some((title) => GENERATOR_ONLY.test(title) || (CONVENTIONAL.test(title) && known.has(title)));
}

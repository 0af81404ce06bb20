/**
 * Releases Stainless's bot squash-merged into main in a repository without a `generated` branch (cerebras-cloud-sdk-node,
 * openai-node): release-please's pull request holds the generator's commits, and the squash (`release: 1.91.0 (#381)`,
 * its body the squashed commits' `* subject` list) is the only record of Stainless's output there. A person who pushed a
 * commit onto that pull request ("Cleanup Types (#383)", "Add check release env") is named in its `Co-authored-by:`
 * trailers, and which of the squash's lines are theirs is no longer in git. Such a mixed squash is read file by file:
 * its change to a file people's own commits had already changed (a commit of theirs older than the squash) is theirs, as
 * is a file it created without Stainless's header; its change to any other file (a resource module only Stainless's
 * commits ever touched, or one a person first edited only after this squash) is the generation's: the base of a file a
 * person edited is Stainless's just before their first own edit (cerebras-python's `_base_client.py`, moved by release
 * 0.3.0, fixed by a person later). A person's commit the bot co-authored (a pull request of Stainless's squash-merged
 * under a person's name) is mixed too. Within a file people's own commits edited, a mixed commit's hunk is theirs only
 * where it touches lines they wrote (mixed-hunks.ts). With a `generated` branch the twin on it tells the two apart (twin-generations.ts), and a squash a person
 * co-authored stays the owners' whole. A commit not the bot's whose squash list names the generator's commits, with no
 * trailer, is mixed too (generator-titles.ts).
 */
import { coAuthoredByAPerson, coAuthoredByTheBot, CUSTOM_CODE_PATCH, GENERATOR_BOT, git } from './bot-commits';
import { generatorTitles, listsGeneratorCommits } from './generator-titles';
import { historyOf } from './history';

/** A squash of a release pull request: its subject a release's, its body the list of the commits it squashed. */
const SQUASHED_RELEASE = /^release\b[^\n]*\n\s*\n\* /i;

export interface MixedReleases {
  /** The bot's release squashes a person co-authored, and people's commits the bot co-authored. */
  commits: ReadonlySet<string>;
  /**
   * For each mixed squash, the files it changed that a commit not the generator bot's (merges aside) had changed before
   * it in HEAD's history: where people's hands already were.
   */
  peoplesChanges: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each mixed commit, the files it changed that the bot's own commits (not mixed) had changed before it. */
  stainlessBefore?: ReadonlyMap<string, ReadonlySet<string>>;
}

const NONE: MixedReleases = { commits: new Set(), peoplesChanges: new Map() };
const READ = new Map<string, MixedReleases>();

/** Whether a commit message is the squash of a release pull request. */
export function squashedRelease(message: string): boolean {
  return SQUASHED_RELEASE.test(message.trim());
}

/** The bot's release squashes a person co-authored in HEAD's history, when the repository has no `generated` branch. */
export function mixedReleases(dir: string): MixedReleases {
  const head = git(dir, ['rev-parse', 'HEAD']).stdout.trim();
  const key = `${dir}\0${head}`;
  const known = READ.get(key);
  if (known) return known;
  const found = readMixedReleases(dir);
  READ.set(key, found);
  return found;
}

/** Whether `commit`'s change to `file` is people's: a mixed release squash's, where people's own commits edit it. */
export function peoplesPart(mixed: MixedReleases, commit: string, file: string): boolean {
  return mixed.peoplesChanges.get(commit)?.has(file) === true;
}

/**
 * Whether `commit`'s change to `file` is people's (`peoplesPart`), or the file is one it created without Stainless's
 * header (`headed` tells, given the text): a person's new file squashed in with the generation. A file it `moved` with
 * its whole folder (moves.ts) it did not create. A path the bot's own generations had written before is Stainless's
 * scaffolding brought back, not a person's new file (cerebras-ts's release doctor, dropped by release 0.3.0 and created
 * again by the mixed release 1.79.0). (A generation changing the file only later says nothing: openai-node's
 * generations edit the owners' `tests/lib/` too.)
 */
export function peoplesFile(
  dir: string,
  mixed: MixedReleases,
  commit: string,
  file: string,
  headed: (text: string) => boolean,
  moved = false,
): boolean {
  if (!mixed.commits.has(commit)) return false;
  if (peoplesPart(mixed, commit, file)) return true;
  if (moved || mixed.stainlessBefore?.get(commit)?.has(file) === true) return false;
  if (git(dir, ['rev-parse', '--verify', '--quiet', `${commit}^:./${file}`]).ok) return false;
  const now = git(dir, ['show', `${commit}:./${file}`]);
  return now.ok && !headed(now.stdout);
}

function readMixedReleases(dir: string): MixedReleases {
  const branched = ['generated', 'origin/generated'].some(
    (branch) => git(dir, ['rev-parse', '--verify', '--quiet', branch]).ok,
  );
  if (branched) return NONE;
  const bot = new RegExp(GENERATOR_BOT, 'i');
  const commits = new Set<string>();
  const peoplesChanges = new Map<string, Set<string>>();
  // Oldest first: the files people's own commits changed so far.
  const peoplesFiles = new Set<string>();
  const stainlessPaths = new Set<string>();
  const stainlessBefore = new Map<string, Set<string>>();
  const history = historyOf(dir);
  const titles = generatorTitles(
    history,
    (c) => bot.test(c.author) && !coAuthoredByAPerson(c.message) && !CUSTOM_CODE_PATCH.test(c.message.trim()),
  );
  for (const { sha, author, named, message, files } of [...history].reverse()) {
    const body = message.trim();
    // A person's commit the bot co-authored brings Stainless's commit with it: mixed as a squash a person co-authored;
    // so does one whose squash list names the generator's commits, the trailer left out (generator-titles.ts).
    const bringsTheBots = coAuthoredByTheBot(body) || listsGeneratorCommits(body, titles);
    if (!bot.test(author) && (named.trim() !== '' || !bringsTheBots)) {
      for (const file of files) peoplesFiles.add(file);
      continue;
    }
    const bySquash = bot.test(author) && squashedRelease(body) && coAuthoredByAPerson(body);
    if (CUSTOM_CODE_PATCH.test(body)) continue;
    if (bot.test(author) && !bySquash) {
      if (!coAuthoredByAPerson(body)) for (const file of files) stainlessPaths.add(file);
      continue;
    }
    commits.add(sha);
    peoplesChanges.set(sha, new Set(files.filter((file) => peoplesFiles.has(file))));
    stainlessBefore.set(sha, new Set(files.filter((file) => stainlessPaths.has(file))));
  }
  if (commits.size === 0) return NONE;
  return { commits, peoplesChanges, stainlessBefore };
}

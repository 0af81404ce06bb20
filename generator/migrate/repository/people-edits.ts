/**
 * Which files of a generation committed to main people edited, and when first: the base composed for such a generation
 * (stainless-repo.ts's composedBase) takes each file they edited as it was before their first edit. A file moved with
 * its whole folder (moves.ts) is not one the moving commit created: a module of Stainless's a release moved
 * (cerebras-python's package, `src/cerebras_cloud_sdk/*` → `src/cerebras/cloud/sdk/*`) is Stainless's output at its new
 * path, and one a person's commit moved is followed to the old path.
 */
import { coAuthoredByAPerson, GENERATOR_BOT } from './bot-commits';
import { ancestorsIn, historyOf, parentsIn } from './history';
import { folderMoves, movesOf } from './moves';
import { mixedReleases, peoplesFile } from './squashed-releases';
import type { LaterGeneration } from './forward-base';

/**
 * A file's oldest edit by people: the commit, and the file's path before it (`before`) and in it (`at`); and
 * Stainless's generations of the file after it (`laterGenerations`, oldest first; a mixed squash's aside), which
 * forward-base.ts brings the base through.
 */
export interface FirstEdit {
  commit: string;
  before: string;
  at: string;
  laterGenerations: LaterGeneration[];
}

/**
 * Files a commit not by Stainless's bots changed, in `commit`'s history (merges aside: they join, not edit), each with
 * the oldest such edit (`byPeople`), keyed by their path in `commit`'s tree; and the files Stainless's commits changed
 * (`byStainless`). `stainless` holds the commits of the `generated` branch. An owners' bot's commit of Stainless's output
 * counts as theirs here: it brought their workflows in too. `headed` says whether a text carries Stainless's banner.
 */
export function filesChangedByPeople(
  dir: string,
  commit: string,
  stainless: ReadonlySet<string>,
  headed: (text: string) => boolean,
): { byPeople: Map<string, FirstEdit>; byStainless: Set<string> } {
  const [bot, mixed, moves] = [new RegExp(GENERATOR_BOT, 'i'), mixedReleases(dir), movesOf(dir)];
  const files = new Map<string, Omit<FirstEdit, 'laterGenerations'>>();
  // (In the walk's order, children first.)
  const generationsOf = new Map<string, LaterGeneration[]>();
  const byStainless = new Set<string>();
  // A path as an older commit names it → the file's path in `commit`'s tree (through the moves read so far).
  const renamed = new Map<string, string>();
  const now = (file: string) => renamed.get(file) ?? file;
  for (const { sha, author, named, message, files: names } of historyOf(dir, commit)) {
    // The owners' bot committing Stainless's output (the trailer alone) also commits their own files: theirs.
    const isGeneration =
      stainless.has(sha) ||
      mixed.commits.has(sha) ||
      (bot.test(author) && named !== undefined && !coAuthoredByAPerson(message));
    // A whole folder's move (moves.ts) created no file. A person's is followed to the old path, whose file Stainless
    // wrote: the base is that file before their first edit. (A generation's, or its release squash a person
    // co-authored, is where Stainless's file is taken: which part of a squash was whose is not in git, and the old
    // path's years of such squashes, followed, would all read as people's edits.)
    const all = moves.get(sha) ?? [];
    const moved = new Map((all.length > 0 ? folderMoves(dir, sha, all) : []).map((m) => [m.to, m.from] as const));
    const followed = isGeneration ? new Map<string, string>() : moved;
    // Children first: the last commit seen of a file is its oldest (one no other edit seen is an ancestor of). (A mixed release squash: squashed-releases.ts.)
    for (const file of names) {
      const from = followed.get(file);
      if (isGeneration && !peoplesFile(dir, mixed, sha, file, headed, moved.has(file))) {
        byStainless.add(now(file));
        // (Not a mixed squash: which of its lines were people's is not in git, mixed-hunks.ts.)
        if (!mixed.commits.has(sha)) {
          const generations = generationsOf.get(now(file)) ?? [];
          generationsOf.set(now(file), generations);
          generations.push({ commit: sha, at: file });
        }
      } else files.set(now(file), { commit: sha, before: from ?? file, at: file });
    }
    // Older commits name the moved file by its old path; the new path, before the move, was no file of this tree.
    const targets = [...followed].map(([to, from]) => [to, from, now(to)] as const);
    for (const [to, from, target] of targets) {
      renamed.set(from, target);
      renamed.set(to, `\0${to}`);
    }
  }
  const byPeople = new Map<string, FirstEdit>();
  // A generation is later than the edit where the edit does not descend from it: one of a branch merged beside the
  // edit's is Stainless's change too, whatever its date. (The walk is in git's graph order: reversed, parents first.)
  const graph = parentsIn(dir, commit);
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (sha: string) => ancestors.get(sha) ?? ancestors.set(sha, ancestorsIn(graph, sha)).get(sha)!;
  for (const [file, edit] of files) {
    const before = ancestorsOf(edit.commit);
    const later = (generationsOf.get(file) ?? []).filter((g) => !before.has(g.commit)).reverse();
    byPeople.set(file, { ...edit, laterGenerations: later });
  }
  return { byPeople, byStainless };
}

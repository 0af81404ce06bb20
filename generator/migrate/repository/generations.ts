/**
 * Stainless's generations committed to the checkout's history after the base (its bot's, or an owner's bot's with
 * the `Stainless-Generated-From:` trailer): what they changed is Stainless's output, not the owners' hand edits.
 */
import { posix } from 'node:path';
import { HUNKS_LOG } from './bot-commits';
import {
  coAuthoredByAPerson,
  CUSTOM_CODE_PATCH,
  GENERATOR_BOT,
  git,
  hasStainlessHeader,
  readBlobs,
} from './stainless-repo';
import { folderMoves, movesOf } from './moves';
import { peoplesHunk } from './mixed-hunks';
import { mixedReleases } from './squashed-releases';
import { twinCustomCode } from './twin-generations';

/** What Stainless's generations after the base changed, file by file: the lines they added and removed. */
export type GenerationChanges = Map<string, LineChanges>;

/**
 * The changes of the commits on the checkout's history since `base` that are generations rather than hand edits:
 * the generator's bot's, and those carrying the `Stainless-Generated-From:` trailer (an owner's bot committing
 * Stainless's output to main after the `generated` branch stopped). Lines are compared without their indentation.
 * A commit that names a person as its co-author is not one: the bot's squash merge of a release pull request the
 * owners committed to (`release: 1.11.1` with their `fix: export signUserToken from package root`) carries their
 * edits with its own. An edit by people whose every added line a later generation removed was written over by
 * Stainless: the lines it removed count as removed by that generation (knock-mgmt's `Partial` renamed by hand, then
 * by the generator in its own way).
 */
export function generationsSince(dir: string, base: string): GenerationChanges {
  const changes: GenerationChanges = new Map();
  // A base off the checkout's history (a commit of the `generated` branch) leaves in `base..HEAD` every generation
  // main ever had: those committed before it are not later. Their lines the base lacks are the owners' code, which
  // Stainless's bot carried into its commits on main (together-typescript's import of their ChatCompletionStream).
  // A commit with the `Stainless-Generated-From:` trailer counts whenever it was made: its output comes from the
  // sealed commit it names, not from the `generated` branch, so a base on that branch need not have it, however
  // recent (knock-mgmt's own bot moved `MessageTypeTextField` to `shared/` days before the closest base).
  const after = git(dir, ['merge-base', '--is-ancestor', base, 'HEAD']).ok ? 0 : committedAt(dir, base);
  // (Without a `generated` branch, the bot's release squash a person co-authored is a generation where people's own
  // commits never edit the file: squashed-releases.ts.)
  const mixed = mixedReleases(dir);
  const generationsFrom = (from: number) =>
    [
      { filter: ['--extended-regexp', '--regexp-ignore-case', `--author=${GENERATOR_BOT}`], after: from },
      { filter: ['--extended-regexp', '--grep=^Stainless-Generated-From:'], after: 0 },
    ].flatMap(({ filter, after: since }) =>
      git(dir, ['log', ...filter, '--no-merges', '--format=%H%x00%ct%x00%B%x01', `${base}..HEAD`])
        .stdout.split('\x01')
        .map((entry) => entry.trim().split('\0'))
        .filter(
          ([commit, time, message]) =>
            commit !== '' &&
            Number(time) > since &&
            (!coAuthoredByAPerson(message ?? '') || mixed.commits.has(commit)) &&
            !CUSTOM_CODE_PATCH.test(message ?? ''),
        )
        .map(([commit]) => commit),
    );
  const generations = new Set(generationsFrom(after));
  // (A person's commit the bot co-authored is mixed too, read hunk by hunk as the bot's squashes: mixed-hunks.ts.)
  for (const commit of mixed.commits) generations.add(commit);
  // Such a base's own branch: the lines Stainless's output there once had in a file and dropped since (added and
  // removed by its commits). Main may still hold them, left from its older generations (steel-node's
  // `getRequestClient`, which `generated` removed in December and main kept): stale output, not the owners' code,
  // unless a person's commit added them.
  const dropped = after === 0 ? new Map<string, Set<string>>() : droppedOutput(dir, base);
  const oldestFirst = git(dir, ['rev-list', '--reverse', '--no-merges', `${base}..HEAD`])
    .stdout.split('\n')
    .filter((c) => c !== '');
  const hunksOfCommit = hunksOfEach(dir, `${base}..HEAD`);
  // The custom code a bot commit of main carried beside the generation its twin on the base's branch is: people's.
  const customCode = twinCustomCode(dir, base).lines;
  // Per file, each line a generation removed (added), with the position (oldest first) of the last one that did.
  const removedByGeneration = new Map<string, Map<string, number>>();
  const addedByGeneration = new Map<string, Map<string, number>>();
  const peoplesEdits: Array<{ file: string } & LineChanges & { at: number; custom?: true }> = [];
  oldestFirst.forEach((commit, at) => {
    const byGeneration = generations.has(commit);
    for (const whole of hunksOfCommit.get(commit) ?? []) {
      const custom = customCode.get(commit)?.get(whole.file);
      const theirs = custom ? [...whole.added].filter((line) => custom.has(line)) : [];
      // (With what the hunk removed: the custom code replaced it, and a generation writing over the custom code
      // later writes over that replacement too, knock-mgmt's `type PartialResource as Partial`.)
      if (theirs.length > 0)
        peoplesEdits.push({ file: whole.file, added: new Set(theirs), removed: whole.removed, at, custom: true });
      const hunk =
        theirs.length > 0 ? { ...whole, added: new Set([...whole.added].filter((l) => !custom!.has(l))) } : whole;
      if (!byGeneration || peoplesHunk(dir, mixed, commit, hunk)) {
        peoplesEdits.push({ ...hunk, at });
        continue;
      }
      const file = changes.get(hunk.file) ?? { added: new Set(), removed: new Set() };
      changes.set(hunk.file, file);
      const removedAt = removedByGeneration.get(hunk.file) ?? new Map<string, number>();
      removedByGeneration.set(hunk.file, removedAt);
      const addedAt = addedByGeneration.get(hunk.file) ?? new Map<string, number>();
      addedByGeneration.set(hunk.file, addedAt);
      for (const line of hunk.added) {
        file.added.add(line);
        addedAt.set(line, at);
      }
      for (const line of hunk.removed) {
        file.removed.add(line);
        removedAt.set(line, at);
      }
    }
  });
  // (Generations of any time: the lines of the others, a person's or a bot's commit naming a person, are people's.)
  const byBot = new Set(after === 0 ? [] : generationsFrom(0));
  const addedByPeople = new Map<string, Set<string>>();
  const [addedByBot, removedByPeople] = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const into = (map: Map<string, Set<string>>, file: string, lines: Set<string>) => {
    const set = map.get(file) ?? new Set<string>();
    map.set(file, set);
    for (const line of lines) set.add(line);
  };
  // (What a commit of people's removes from a file and adds back elsewhere in it, it moved: not removed.)
  const addedByCommit = new Map<string, Set<string>>();
  for (const edit of peoplesEdits) into(addedByCommit, `${edit.at}\0${edit.file}`, edit.added);
  for (const edit of peoplesEdits) {
    if (byBot.has(oldestFirst[edit.at]) && !edit.custom) {
      into(addedByBot, edit.file, new Set([...edit.added].filter((line) => !commaOnly(line, edit.removed))));
      continue;
    }
    into(addedByPeople, edit.file, edit.added);
    const movedBack = addedByCommit.get(`${edit.at}\0${edit.file}`)!;
    // (Custom code's edit names what its hunk removed for the written-over rule below alone: the hunk removed it.)
    if (edit.custom) continue;
    into(removedByPeople, edit.file, new Set([...edit.removed].filter((line) => !movedBack.has(line))));
  }
  // Lines only the bot's commits of main before the base ever added, no person's: its output there, which the base's
  // branch went on without (flowglad-node's `priceId: 'abc'` in a test of Stainless's, from an SDK Studio update).
  for (const [file, lines] of addedByBot) {
    const only = [...lines].filter((line) => line !== '' && !(addedByPeople.get(file)?.has(line) ?? false));
    if (only.length === 0) continue;
    const changed = changes.get(file) ?? { added: new Set(), removed: new Set() };
    changes.set(file, changed);
    changed.botOnly = new Set(only);
    changed.removedByPeople = removedByPeople.get(file) ?? new Set();
  }
  for (const [file, lines] of dropped) {
    const stale = [...lines].filter((line) => line !== '' && !(addedByPeople.get(file)?.has(line) ?? false));
    if (stale.length === 0) continue;
    const changed = changes.get(file) ?? { added: new Set(), removed: new Set() };
    changes.set(file, changed);
    changed.staleOutput = new Set(stale);
  }
  // (Written over: none of its lines is left in the file either, which a generation moving them about would leave.)
  const linesNow = new Map<string, Set<string>>();
  // (The files these edits are in, read at once: a `git show` per file took most of this step on openai-node.)
  const atHead = readBlobs(
    dir,
    [...new Set(peoplesEdits.map((edit) => edit.file))]
      .filter((file) => removedByGeneration.has(file))
      .map((file) => [file, `HEAD:./${file}`]),
  );
  for (const [file, text] of atHead) linesNow.set(file, new Set(text.split('\n').map((l) => l.trim())));
  const lineNow = (file: string, line: string) => {
    if (!linesNow.has(file))
      linesNow.set(
        file,
        new Set(
          git(dir, ['show', `HEAD:./${file}`])
            .stdout.split('\n')
            .map((l) => l.trim()),
        ),
      );
    return linesNow.get(file)!.has(line);
  };
  for (const edit of peoplesEdits) {
    const added = [...edit.added].filter((line) => line !== '');
    const removedAt = removedByGeneration.get(edit.file);
    if (added.length === 0 || removedAt === undefined) continue;
    if (added.every((line) => (removedAt.get(line) ?? -1) > edit.at && !lineNow(edit.file, line)))
      for (const line of edit.removed) changes.get(edit.file)!.removed.add(line);
  }
  // The other way about: an edit by people putting back lines a generation removed after one had added them (the
  // bot's `chore: remove custom code`, then the owners' commit restoring their code), none added again since and all
  // still in the file, is the owners' code: that a generation once added the lines does not make them its output
  // (nuntly's `code`/`title` fields on `APIError`, in the bot's first sync, removed twice, restored twice by hand).
  for (const edit of peoplesEdits) {
    const added = [...edit.added].filter((line) => line !== '');
    const [removedAt, addedAt] = [removedByGeneration.get(edit.file), addedByGeneration.get(edit.file)];
    if (added.length === 0 || removedAt === undefined || addedAt === undefined) continue;
    const restored = (line: string) => {
      const [lastAdd, lastRemoval] = [addedAt.get(line), removedAt.get(line)];
      return (
        lastAdd !== undefined &&
        lastRemoval !== undefined &&
        lastAdd < lastRemoval &&
        lastRemoval < edit.at &&
        lineNow(edit.file, line)
      );
    };
    if (added.every(restored)) for (const line of added) changes.get(edit.file)!.added.delete(line);
  }
  return changes;
}

/**
 * Whether a line a commit added is one it removed but for a trailing comma (an item appended after it): the line it
 * was, whoever wrote it, not the commit's own (anthropic-python's bot commit appending `rich` after their `boto3-stubs`).
 */
function commaOnly(line: string, removed: Set<string>): boolean {
  const bare = line.replace(/,$/, '');
  return bare !== line ? removed.has(bare) : removed.has(`${line},`);
}

/**
 * Per file, the lines the commits of `base`'s history added and, later or earlier, removed. Not the lines of a commit
 * that also added files of the owners' (HEAD has them, the base has not, no Stainless header): from the days the base's
 * branch was main's own history, it carried their code, which the branch dropped when it became the generator's alone
 * (anthropic-python's `boto3-stubs` dev dependency, added with their lib/bedrock/ by a commit authored as Stainless's bot).
 */
function droppedOutput(dir: string, base: string): Map<string, Set<string>> {
  const added = new Map<string, Set<string>>();
  const removed = new Map<string, Set<string>>();
  const hunksByCommit = hunksOfEach(dir, base);
  const custom = commitsAddingOwnersFiles(dir, base);
  for (const [commit, hunks] of hunksByCommit)
    for (const hunk of hunks) {
      for (const [lines, into] of [
        [custom.has(commit) ? new Set<string>() : hunk.added, added],
        [hunk.removed, removed],
      ] as const) {
        const set = into.get(hunk.file) ?? new Set<string>();
        into.set(hunk.file, set);
        for (const line of lines) set.add(line);
      }
    }
  const dropped = new Map<string, Set<string>>();
  for (const [file, lines] of added) {
    const gone = [...lines].filter((line) => removed.get(file)?.has(line) ?? false);
    if (gone.length > 0) dropped.set(file, new Set(gone));
  }
  return dropped;
}

/** The commits of `base`'s history that added a file HEAD has without Stainless's header and the base has not. */
function commitsAddingOwnersFiles(dir: string, base: string): Set<string> {
  const onlyAtHead = new Set(
    git(dir, ['diff', '--name-only', '--no-renames', '--diff-filter=A', base, 'HEAD'])
      .stdout.split('\n')
      .filter((file) => file !== ''),
  );
  const commits = new Set<string>();
  if (onlyAtHead.size === 0) return commits;
  const owners = new Map<string, boolean>();
  const ownersFile = (file: string) => {
    if (!owners.has(file)) owners.set(file, !hasStainlessHeader(git(dir, ['show', `HEAD:./${file}`]).stdout));
    return owners.get(file)!;
  };
  let commit = '';
  for (const line of git(dir, [
    'log',
    '--no-renames',
    '--diff-filter=A',
    '--name-only',
    '--format=%x01%H',
    base,
  ]).stdout.split('\n')) {
    if (line.startsWith('\x01')) commit = line.slice(1).trim();
    else if (line !== '' && !commits.has(commit) && onlyAtHead.has(line) && ownersFile(line)) commits.add(commit);
  }
  return commits;
}

/** A commit's committer time, in seconds; 0 where git cannot tell. */
function committedAt(dir: string, commit: string): number {
  return Number(git(dir, ['log', '-1', '--format=%ct', commit]).stdout.trim()) || 0;
}

/** A hunk's lines, and its place in the file before the commit (`oldStart`, `oldCount`: its `@@ -a,b` numbers). */
type Hunk = { file: string; oldStart: number; oldCount: number } & LineChanges;

/**
 * Each hunk (no context) of each commit of `range` but merges, its lines trimmed, read in one `git log`: a `git show`
 * per commit of a long history took minutes on a loaded machine.
 */
function hunksOfEach(dir: string, range: string): Map<string, Hunk[]> {
  const byCommit = parsePatches(git(dir, ['log', '--no-merges', ...HUNKS_LOG, range]).stdout);
  // A file moved with its whole folder (moves.ts) was not written anew: its hunks are the move's diff.
  const moves = movesOf(dir);
  for (const [commit, hunks] of byCommit) {
    const moved = moves.has(commit) ? folderMoves(dir, commit, moves.get(commit)!) : [];
    if (moved.length === 0) continue;
    const show = ['show', '-M', ...HUNKS_LOG.filter((flag) => flag !== '--no-renames'), commit, '--'];
    const diffs = parsePatches(git(dir, [...show, ...moved.flatMap((m) => [m.from, m.to])]).stdout).get(commit) ?? [];
    const to = new Set(moved.map((m) => m.to));
    byCommit.set(commit, [...hunks.filter((h) => !to.has(h.file)), ...diffs.filter((h) => to.has(h.file))]);
  }
  return byCommit;
}

/** Each commit's hunks in `git log`'s patches as HUNKS_LOG writes them. */
function parsePatches(patches: string): Map<string, Hunk[]> {
  const byCommit = new Map<string, Hunk[]>();
  let hunks: Hunk[] = [];
  let file: string | null = null;
  let hunk: Hunk | null = null;
  let inHeader = false;
  for (const line of patches.split('\n')) {
    // (A commit's line: no line of a patch starts with this byte, they start with a sign, a space or a word.)
    if (line.startsWith('\x01')) {
      hunks = [];
      byCommit.set(line.slice(1).trim(), hunks);
      [inHeader, file, hunk] = [false, null, null];
    } else if (line.startsWith('diff --git ')) [inHeader, file, hunk] = [true, null, null];
    else if (inHeader && line.startsWith('+++ b/')) file = line.slice('+++ b/'.length);
    else if (line.startsWith('@@')) {
      inHeader = false;
      const [, start, count] = /^@@ -(\d+)(?:,(\d+))?/.exec(line) ?? [];
      const [oldStart, oldCount] = [Number(start ?? NaN), count === undefined ? 1 : Number(count)];
      hunk = file === null ? null : { file, oldStart, oldCount, added: new Set(), removed: new Set() };
      if (hunk) hunks.push(hunk);
    } else if (!inHeader && hunk !== null && line.startsWith('+')) hunk.added.add(line.slice(1).trim());
    else if (!inHeader && hunk !== null && line.startsWith('-')) hunk.removed.add(line.slice(1).trim());
  }
  return byCommit;
}

export type LineChanges = {
  added: Set<string>;
  removed: Set<string>;
  /** Lines Stainless's output on the base's branch once had and dropped, which main kept (see `generationsSince`). */
  staleOutput?: Set<string>;
  /** Lines only the bot's commits on main before a base off its history added (see `generationsSince`). */
  botOnly?: Set<string>;
  /** With `botOnly`: the lines people's commits removed. */
  removedByPeople?: Set<string>;
};

/**
 * Whether every line a hunk removes and adds (blank ones aside) is one a generation removed and added; or, for a hunk
 * that only adds lines, every one is Stainless's dropped output (`staleOutput`); or every line it adds only the bot's
 * commits before the base added (`botOnly`) and none it removes a person removed.
 */
export function madeBy(changes: LineChanges, removed: string[], added: string[]): boolean {
  const [gone, come] = [removed, added].map((lines) => lines.map((line) => line.trim()).filter((line) => line !== ''));
  const stale = gone.length === 0 && come.length > 0 && come.every((line) => changes.staleOutput?.has(line) ?? false);
  // Or every line it adds is the bot's alone, and none it removes a person removed.
  const bots =
    come.length > 0 &&
    come.every((line) => changes.botOnly?.has(line) ?? false) &&
    !gone.some((line) => changes.removedByPeople?.has(line) ?? false);
  return (
    stale ||
    bots ||
    (gone.length + come.length > 0 &&
      gone.every((line) => changes.removed.has(line)) &&
      come.every((line) => changes.added.has(line)))
  );
}

/**
 * `madeBy` for the hunks of `path`, but for one whose added lines import or export a module of the checkout that sdkgen
 * writes none of and the base lacks (a module the owners keep): sdkgen's output does not stand in for that wiring
 * (metronome's `export { Webhooks } from './webhooks'`, written on main by Stainless's custom-code flow for the helper
 * its generations had dropped).
 */
export function generationMadeIt(
  changes: LineChanges,
  path: string,
  files: { byPath: Map<string, unknown>; renderedPaths: Set<string>; base: { texts: Map<string, string> } | null },
): (removed: string[], added: string[]) => boolean {
  const kept = (file: string) =>
    files.byPath.has(file) && !files.renderedPaths.has(file) && !files.base?.texts.has(file);
  const wiresKept = (added: string[]) =>
    added.some((line) =>
      [...line.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)].some((m) => {
        const target = posix.normalize(posix.join(posix.dirname(path), m[1])).replace(/\.[cm]?[jt]sx?$/, '');
        return ['.ts', '.tsx', '.js', '.mjs', '.cjs'].some((ext) => kept(`${target}${ext}`));
      }),
    );
  return (removed, added) => madeBy(changes, removed, added) && !wiresKept(added);
}

/** `madeBy` for a hunk printed as a unified diff. */
export function hunkMadeBy(hunk: string, changes: LineChanges): boolean {
  const lines = hunk.split('\n').filter((line) => /^[-+]/.test(line));
  return madeBy(
    changes,
    lines.filter((line) => line[0] === '-').map((line) => line.slice(1)),
    lines.filter((line) => line[0] === '+').map((line) => line.slice(1)),
  );
}

/** Takes the rejected hunks a later generation made (`hunkMadeBy`) out of the plan's, counting them per file. */
export function dropLaterGenerations(
  // (MigrationPlan's fields, spelled out: migration-plan.ts imports this module's types.)
  plan: {
    rejected: Array<{ path: string; hunks: string[] }>;
    laterGenerations: Array<{ path: string; hunks: number }>;
  },
  generations: GenerationChanges,
): void {
  if (generations.size === 0) return;
  plan.rejected = plan.rejected
    .map(({ path, hunks }) => {
      const changes = generations.get(path);
      const kept = changes === undefined ? hunks : hunks.filter((hunk) => !hunkMadeBy(hunk, changes));
      if (kept.length < hunks.length) {
        const counted = plan.laterGenerations.find((g) => g.path === path);
        if (counted) counted.hunks += hunks.length - kept.length;
        else plan.laterGenerations.push({ path, hunks: hunks.length - kept.length });
      }
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}

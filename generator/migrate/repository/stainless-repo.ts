/**
 * Reading a Stainless SDK repository through git: its files (with their blob ids, so that a file can be compared
 * with Stainless's own output of it without reading either), and that pristine output itself. Stainless pushed
 * each generation to a `generated` branch and merged it into `main`, where people added their code; every
 * generation wrote `.stats.yml` (the spec's and config's hashes). The generation a checkout carries is therefore the
 * `generated` commit with the same `.stats.yml` (of those, the one closest to the checkout): that is the base the
 * hand edits are measured against. Without a `.stats.yml`, it is the generation with the most files exactly as the
 * checkout has them. A repository without a `generated` branch took each generation as a pull request from the
 * generator's bot: its generations are the bot's commits in the checkout's history, whose trees hold the owners' code
 * too (each file people edited is taken as it was before their first edit). Stainless's local CLI (stlc)
 * names the output a commit carries in its `Stainless-Generated-From:` trailer. Stainless also committed generations
 * straight to main after `generated` stopped: the newest generation with the checkout's `.stats.yml`, on either, is
 * the base; with none, the closest, said to be stale. Reads only. (The checkout's own files are read in
 * checkout-files.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeCarried, treeBlobs } from './code-carried';
import { withStaleOutput } from './stale-output';
import { filesChangedByPeople, type FirstEdit } from './people-edits';
import { blobIdOf, forwardedThrough, type LaterGeneration, specsRead } from './forward-base';
import { commitTimesOf, objectIds } from './batch-reads';
import { twinCustomCode } from './twin-generations';
import { coAuthoredByAPerson, CUSTOM_CODE_PATCH, GENERATOR_BOT, git } from './bot-commits';
import { MAX_TEXT } from './checkout-files';

export { coAuthoredByAPerson, CUSTOM_CODE_PATCH, GENERATOR_BOT, git };

export interface StainlessBase {
  /** What was asked for or found: `--base` as given, or the branch searched. */
  ref: string;
  commit: string;
  /** Path → blob id of every file in that commit (under the repository folder). */
  blobs: Map<string, string>;
  /** Path → text of those files that are text. */
  texts: Map<string, string>;
  /**
   * The commit of the checkout's history that brought it in, when the base is not itself in that history (stlc's
   * integration of its sealed output with the owners' code): later generations are looked for after it.
   */
  since?: string;
  /**
   * Files custom code Stainless's bot committed to main beside a generation (twin-generations.ts): the owners' code,
   * though it may carry Stainless's header.
   */
  botCustomCode?: ReadonlySet<string>;
  /** Why this base is not the generation the checkout carries, with the files that may be affected. */
  stale?: string;
  /** Stainless's files its generations deleted since that this checkout kept with people's edits (stale-output.ts). */
  staleEdited?: string[];
  /** Stainless's files its generations deleted that the owners keep in use (stale-output.ts): kept, as imported. */
  inUse?: string[];
  /** Files with Stainless's header a person's commit put back after a deletion (stale-output.ts): the owners'. */
  putBack?: string[];
}

const STAINLESS_HEADER = /generated from our OpenAPI spec by Stainless/i;
/** The trailer with which stlc's commits name Stainless's output they carry. */
const GENERATED_FROM = 'Stainless-Generated-From';
/** Commits of the `generated` branch searched for the checkout's `.stats.yml`, newest first. */
const GENERATIONS_SEARCHED = 400;
/** Of the generations with that `.stats.yml`, this many newest are compared with the checkout. */
const CANDIDATES_COMPARED = 12;
/** Seconds apart that two commits are one run of Stainless's tools (findStainlessBase). */
const SAME_RUN = 60;
/** Seconds after the checkout's commit a generation may still be one it carries (see generationCarried). */
const RELEASE_SYNC_GRACE = 24 * 60 * 60;

export function hasStainlessHeader(text: string): boolean {
  return STAINLESS_HEADER.test(text.slice(0, 600));
}

/** The commit `id` names in the repository, or null when this clone does not have it. */
export function commitOf(dir: string, id: string): string | null {
  return git(dir, ['rev-parse', '--verify', '--quiet', `${id}^{commit}`]).stdout.trim() || null;
}

/**
 * Stainless's pristine output for the checkout: `ref` when given, else the `generated` branch's commit (local or
 * `origin/`) with the checkout's `.stats.yml`, else the `base` of stlc's custom-code record (`customCode`, when the
 * repository has that commit), else the commit a `Stainless-Generated-From:` trailer names, else the bot's generation in the checkout's history. Null when there is none to be
 * found.
 */
export function findStainlessBase(
  dir: string,
  ref: string | null,
  customCode: { ref: string; commit: string } | null = null,
): StainlessBase | null {
  const found = findBase(dir, ref, customCode);
  const isGeneration = (author: string, message: string) =>
    new RegExp(GENERATOR_BOT, 'i').test(author) &&
    !coAuthoredByAPerson(message) &&
    !CUSTOM_CODE_PATCH.test(message.trim());
  if (!found) return null;
  const withStale = withStaleOutput(dir, found, { git, readBlobs, hasStainlessHeader, isGeneration });
  // (Stainless's header on a module the bot's commit carried beside a generation whose twin lacks it: the owners'.)
  const custom = withStale === found ? new Set<string>() : twinCustomCode(dir, found.commit).files;
  const owners = [...custom].filter((file) => withStale.blobs.has(file) && !found.blobs.has(file));
  if (owners.length === 0) return withStale;
  const [blobs, texts] = [new Map(withStale.blobs), new Map(withStale.texts)];
  for (const file of owners) {
    blobs.delete(file);
    texts.delete(file);
  }
  return { ...withStale, blobs, texts, botCustomCode: new Set(owners) };
}

function findBase(dir: string, ref: string | null, customCode: { ref: string; commit: string } | null) {
  if (ref !== null) {
    const commit = git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).stdout.trim();
    if (!commit) throw new Error(`--base ${ref}: no such commit, branch or tag in ${dir}`);
    return readBase(dir, ref, commit);
  }
  const stats = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD:./.stats.yml']).stdout.trim();
  // Stainless also committed generations straight to main (its bot's commits, stlc's integrations of its sealed
  // output): the newest generation with the checkout's `.stats.yml`, wherever it is, is the one it carries.
  const branches = ['generated', 'origin/generated'].filter(
    (b) => git(dir, ['rev-parse', '--verify', '--quiet', b]).ok,
  );
  const onBranch = branches.map((branch) => ({ branch, commits: revList(dir, branch) }));
  const onMain = generationsOnMain(dir);
  const matching: Generation[] = [];
  for (const { branch, commits } of onBranch) {
    const commit = stats ? generationCarried(dir, commits, stats, false) : null;
    // (When it came: with its `.stats.yml`, whichever generation's code came with it.)
    if (commit)
      matching.push({
        ref: branch,
        commit: codeCarried(dir, commits, commit),
        time: commitTime(dir, commit),
        pristine: true,
      });
  }
  // A generation committed with the owners' code is a base beside an older pristine one (a `generated` branch), or,
  // by Stainless's bot, with each file people edited as it was before their first edit of it.
  const usable = onMain.filter((g) => g.pristine || onBranch.length > 0 || g.byGenerator);
  if (stats)
    readStats(
      dir,
      usable.map((g) => g.commit),
    );
  if (stats) matching.push(...usable.filter((g) => statsOf(dir, g.commit) === stats));
  // (Of two in the same second, as a generation and its merge into main are, the pristine one; so of one run of stlc's
  // committing its integration and, seconds later, a follow-up without the trailer: conductor's documented spec.)
  const sorted = matching.sort((a, b) => b.time - a.time || Number(b.pristine) - Number(a.pristine));
  const newest = sorted.find((g) => g.pristine && sorted[0].time - g.time <= SAME_RUN) ?? sorted[0];
  if (newest?.pristine) return readBase(dir, newest.ref, newest.commit, newest.since);
  // Under a generation on main, the older one is the closest there is, however far (never that generation itself).
  // (Not a bot's commit in the checkout's history: it holds the owners' code too.)
  const older = olderPristineBase(dir, onBranch, stats, customCode, newest?.commit, newest === undefined);
  if (newest) return composedBase(dir, newest, older);
  if (older === null) return null;
  // The closest is a generation on main (or a bot's pull request merged into it): its files people edited are taken
  // from the one before it.
  const closestGeneration =
    usable.find((g) => !g.pristine && g.commit === older.commit) ??
    (older.ref === 'HEAD'
      ? { ref: `${older.commit.slice(0, 12)} (Stainless's generation)`, commit: older.commit, time: 0, pristine: false }
      : undefined);
  const closest = closestGeneration
    ? composedBase(dir, closestGeneration, olderPristineBase(dir, onBranch, stats, customCode, older.commit, false))
    : older;
  // Only a base found by likeness is stale: stlc's record and its trailer name the output itself.
  const guessed = (older.ref === 'HEAD' || branches.includes(older.ref)) && statsOf(dir, older.commit) !== stats;
  return guessed ? { ...closest, stale: staleReason(dir, closest, stats) } : closest;
}

/** A generation Stainless wrote: `pristine` when its tree is Stainless's output alone (no owners' code in it). */
interface Generation {
  ref: string;
  commit: string;
  /** Committer time of the commit that brought it into the checkout's history (seconds). */
  time: number;
  pristine: boolean;
  /** Committed by Stainless's bot itself (not the owners' automation naming its output in a trailer). */
  byGenerator?: boolean;
  since?: string;
}

/**
 * The base found as before generations on main were looked at: a `generated` commit with the checkout's
 * `.stats.yml` or most like it, stlc's custom-code record, the newest `Stainless-Generated-From:` output, the bot's
 * generation most like the checkout.
 */
function olderPristineBase(
  dir: string,
  onBranch: Array<{ branch: string; commits: string[] }>,
  stats: string,
  customCode: { ref: string; commit: string } | null,
  under?: string,
  botCommits = true,
): StainlessBase | null {
  for (const { branch, commits } of onBranch) {
    const commit = generationCarried(dir, commits, stats, true, under !== undefined);
    const matched = commit !== null && stats !== '' && statsOf(dir, commit) === stats;
    if (commit) return readBase(dir, branch, matched ? codeCarried(dir, commits, commit) : commit);
  }
  // stlc (Stainless's local CLI) records the output the owners' edits were made on in its custom-code file.
  const sealed = customCode === null ? null : commitOf(dir, customCode.commit);
  if (sealed !== null) return readBase(dir, customCode!.ref, sealed);
  // In the SDK's own repository, stlc's commits name that output in a trailer.
  const integrated = generatedFrom(dir);
  const named = integrated === null ? null : commitOf(dir, integrated.base);
  if (named !== null) return readBase(dir, integrated!.ref, named, integrated!.commit);
  // Without a `generated` branch (each generation came as a pull request from the generator's bot, merged into
  // main), the generations are the bot's commits in the checkout's own history.
  if (!botCommits) return null;
  const byBot = git(dir, [
    'log',
    '--extended-regexp',
    '--regexp-ignore-case',
    `--author=${GENERATOR_BOT}`,
    `--max-count=${GENERATIONS_SEARCHED}`,
    '--format=%H',
    'HEAD',
  ])
    .stdout.split('\n')
    .filter((c) => c !== '');
  const commit = generationCarried(
    dir,
    byBot.filter((c) => c !== under),
    stats,
  );
  return commit ? readBase(dir, 'HEAD', commit) : null;
}

/**
 * The output stlc integrated the owners' code onto, as the newest commit of the checkout's history naming it in a
 * `Stainless-Generated-From:` trailer records it: stlc commits the custom code onto its sealed output, which the
 * repository keeps as `refs/stainless/custom-code/<target>/<id>/base`. Null when no commit has the trailer. Other
 * automation writes the same trailer naming a commit of another repository (knock's, its spec's): that commit is not
 * in this one, and the base is looked for elsewhere.
 */
export function generatedFrom(dir: string): { ref: string; base: string; commit: string } | null {
  const log = git(dir, [
    'log',
    '-1',
    '--extended-regexp',
    `--grep=^${GENERATED_FROM}:`,
    `--format=%H%x00%(trailers:key=${GENERATED_FROM},valueonly,separator=%x00)`,
    'HEAD',
  ]).stdout.trim();
  const [integrated, base] = log.split('\0');
  if (!integrated || !base) return null;
  return { ref: `${integrated.slice(0, 12)} (${GENERATED_FROM})`, base: base.trim(), commit: integrated };
}

/**
 * Fetches stlc's refs (`refs/stainless/*`: the outputs the custom code was integrated onto) from `origin`, which a
 * clone leaves out; false when there is no `origin` or it cannot be reached.
 */
export function fetchStainlessRefs(dir: string): boolean {
  if (!git(dir, ['remote', 'get-url', 'origin']).ok) return false;
  const run = spawnSync('git', ['fetch', '--quiet', '--no-tags', 'origin', '+refs/stainless/*:refs/stainless/*'], {
    cwd: dir,
    stdio: 'ignore',
    // Never a prompt for credentials: a remote that wants them is one this cannot reach.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    timeout: 120_000,
  });
  return run.status === 0;
}

/**
 * Of `commits` (generations, newest first), the one the checkout carries: of those with its `.stats.yml`, the
 * closest to it; else the one with the most files exactly as it has them. Null when none is.
 */
function generationCarried(
  dir: string,
  commits: string[],
  stats: string,
  orMostAlike = true,
  howeverFar = false,
): string | null {
  // A generation committed after the checkout's own commit is not one it can carry (openplugin's `generated` went on
  // for months after main stopped, with the same .stats.yml).
  // Stainless's bot syncs a release's version onto `generated` seconds after the release (inbound's, 28 s): a day's
  // grace keeps that generation.
  // The same holds for the closest by likeness: linq's `generated` branch began four days after the release, from a
  // newer config, and its first commit was most like the release, yet the release could not carry it.
  const latest = commitTime(dir, 'HEAD') + RELEASE_SYNC_GRACE;
  const times = commitTimes(dir, commits);
  const carriable = commits.filter((c) => (times.get(c) ?? 0) <= latest);
  if (stats) readStats(dir, carriable);
  const candidates = stats ? carriable.filter((c) => statsOf(dir, c) === stats).slice(0, CANDIDATES_COMPARED) : [];
  // Owners sometimes edit `.stats.yml` (knock's holds only the endpoint count) or delete it: then the generation
  // with the most files exactly as the checkout has them is the one it carries.
  if (candidates.length === 0) return orMostAlike ? mostAlike(dir, carriable, howeverFar) : null;
  let best: { commit: string; changed: number } | null = null;
  for (const commit of candidates) {
    const changed = git(dir, ['diff', '--numstat', commit, 'HEAD', '--', '.'])
      .stdout.split('\n')
      .reduce((sum, row) => {
        const [added, removed] = row.split('\t');
        return sum + (Number(added) || 0) + (Number(removed) || 0);
      }, 0);
    if (best === null || changed < best.changed) best = { commit, changed };
  }
  return best?.commit ?? null;
}

/**
 * Of `commits` (newest first), the one with the most files whose contents are exactly the checkout's (the newest of
 * equals), or null when none has at least half of its files so: a branch the checkout does not come from.
 */
function mostAlike(dir: string, commits: string[], howeverFar = false): string | null {
  const head = treeBlobs(dir, 'HEAD');
  let best: { commit: string; same: number } | null = null;
  for (const commit of commits) {
    const blobs = treeBlobs(dir, commit);
    let same = 0;
    for (const [file, blob] of blobs) if (head.get(file) === blob) same++;
    if ((howeverFar || same * 2 >= blobs.size) && (best === null || same > best.same)) best = { commit, same };
  }
  return best?.commit ?? null;
}

function readBase(dir: string, ref: string, commit: string, since?: string): StainlessBase {
  const blobs = treeBlobs(dir, commit);
  return { ref, commit, blobs, texts: readBlobs(dir, [...blobs]), ...(since ? { since } : {}) };
}

const statsBlobs = new Map<string, string>();

/** The blob id of a commit's `.stats.yml` ('' without one); commits never change, so each is asked once. */
function statsOf(dir: string, commit: string): string {
  readStats(dir, [commit]);
  return statsBlobs.get(`${dir}\0${commit}`)!;
}

/**
 * Reads `.stats.yml`'s blob id at each of `commits` not read yet ('' where it has none), in one `git cat-file`: a
 * spawn per commit of a long `generated` branch took minutes on a loaded machine.
 */
function readStats(dir: string, commits: string[]): void {
  const unread = [...new Set(commits)].filter((commit) => !statsBlobs.has(`${dir}\0${commit}`));
  if (unread.length === 0) return;
  const lines = git(dir, ['cat-file', '--batch-check'], unread.map((c) => `${c}:./.stats.yml\n`).join('')).stdout.split(
    '\n',
  );
  unread.forEach((commit, i) => {
    const [id, type] = (lines[i] ?? '').split(' ');
    statsBlobs.set(`${dir}\0${commit}`, type === 'missing' || type === undefined ? '' : id);
  });
}

function revList(dir: string, ref: string): string[] {
  return git(dir, ['rev-list', `--max-count=${GENERATIONS_SEARCHED}`, ref])
    .stdout.split('\n')
    .filter((c) => c !== '');
}

function commitTime(dir: string, commit: string): number {
  return Number(git(dir, ['log', '-1', '--format=%ct', commit]).stdout.trim()) || 0;
}

/** Committer time (seconds) of each of `commits`, read in one `git log`. */
function commitTimes(dir: string, commits: string[]): Map<string, number> {
  const times = new Map<string, number>();
  if (commits.length === 0) return times;
  for (const line of git(dir, ['log', '--no-walk=unsorted', '--format=%H %ct', ...commits]).stdout.split('\n')) {
    const [commit, time] = line.split(' ');
    if (commit && time) times.set(commit, Number(time));
  }
  return times;
}

/**
 * Stainless's generations on the checkout's first-parent history, newest first: stlc's integrations, whose sealed
 * output (named by their `Stainless-Generated-From:` trailer, when this clone has it) is pristine; commits by its
 * bots, or with that trailer naming a commit elsewhere, which carry the owners' code too. Not releases, not commits
 * a person co-authored. An integration merged from a pull request (imagekit's `stainless/release` branch) is off the
 * first-parent history: it counts where the clone has the output it names.
 */
function generationsOnMain(dir: string): Generation[] {
  const format = `--format=%H%x00%ct%x00%an <%ae>%x00%(trailers:key=${GENERATED_FROM},valueonly,separator=%x20)%x00%B%x01`;
  const limit = `--max-count=${GENERATIONS_SEARCHED}`;
  const log = git(dir, ['log', '--first-parent', '--no-merges', limit, format, 'HEAD']).stdout;
  const merged = git(dir, [
    'log',
    '--no-merges',
    limit,
    '--extended-regexp',
    `--grep=^${GENERATED_FROM}:`,
    format,
    'HEAD',
  ]);
  const firstParent = new Set(log.split('\x01').map((entry) => entry.replace(/^\n/, '').split('\0')[0]));
  const viaMerges = merged.stdout.split('\x01').filter((e) => !firstParent.has(e.replace(/^\n/, '').split('\0')[0]));
  const bot = new RegExp(GENERATOR_BOT, 'i');
  const found: Generation[] = [];
  for (const entry of [...log.split('\x01'), ...viaMerges.map((e) => `${e}\0merged`)]) {
    const [commit, time, author, named, message, how] = entry.replace(/^\n/, '').split('\0');
    if (!commit || message === undefined || /^release\b/i.test(message.trim())) continue;
    if (CUSTOM_CODE_PATCH.test(message.trim())) continue;
    const sealed = named.trim() ? commitOf(dir, named.trim().split(' ')[0]) : null;
    const ref = `${commit.slice(0, 12)} on main`;
    if (how === 'merged' && sealed === null) continue;
    if (sealed !== null)
      found.push({
        ref: `${ref} (${GENERATED_FROM})`,
        commit: sealed,
        since: commit,
        time: Number(time),
        pristine: true,
      });
    else if ((bot.test(author) || named.trim() !== '') && !coAuthoredByAPerson(message))
      found.push({
        ref: `${ref} (Stainless's generation)`,
        commit,
        time: Number(time),
        pristine: false,
        byGenerator: bot.test(author),
      });
  }
  return found;
}

/**
 * The base for a generation committed to main (its tree holds the owners' code too): each file as that commit has
 * it where only Stainless ever changed it, else as the older pristine base has it (the owners' edits then stand out
 * against it, and the later generations' lines are told apart from theirs by `generationsSince`). Without an older
 * pristine base, a file people edited is as it was before their first edit of it (a file they created is theirs, but
 * Stainless's output they committed, which its generations then changed: as they committed it), brought forward
 * through Stainless's later generations of it (forward-base.ts), and the later generations are counted from the oldest
 * such point.
 */
function composedBase(dir: string, generation: Generation, older: StainlessBase | null): StainlessBase {
  const { byPeople, byStainless } = filesChangedByPeople(
    dir,
    generation.commit,
    branchCommits(dir),
    hasStainlessHeader,
  );
  const blobs = new Map<string, string>();
  let oldestBefore: { commit: string; time: number } | null = null;
  const forward: Array<[string, LaterGeneration[]]> = [];
  const tree = treeBlobs(dir, generation.commit);
  // (Each file's blob before its first edit, read for all files at once: a spawn per file took minutes on openai-node.)
  const edited = older === null ? [...tree.keys()].filter((file) => byPeople.has(file)) : [];
  const beforeSpec = (edit: FirstEdit) => `${edit.commit}^:./${edit.before}`;
  const beforeIds = objectIds(
    dir,
    edited.map((file) => beforeSpec(byPeople.get(file)!)),
  );
  const headed = generatedAtEach(
    dir,
    edited
      .map((file) => [file, byPeople.get(file)!] as const)
      .filter(([file, edit]) => byStainless.has(file) && !beforeIds.has(beforeSpec(edit)))
      .map(([, edit]) => [edit.commit, edit.at]),
  );
  const froms: string[] = [];
  for (const [file, blob] of tree) {
    const olderBlob = older?.blobs.get(file);
    const firstEdit = byPeople.get(file);
    if (firstEdit === undefined) blobs.set(file, blob);
    else if (olderBlob !== undefined) blobs.set(file, olderBlob);
    else if (older === null) {
      // (Its path before that edit: the old one where the file was moved, moves.ts.)
      const [edit, was] = [firstEdit.commit, firstEdit.before];
      const id = beforeIds.get(`${edit}^:./${was}`);
      let [from, before] = [`${edit}^`, { ok: id !== undefined, stdout: id ?? '' }];
      // Created by people: theirs, unless it is Stainless's output they committed (openai-node's generations of 2023
      // and 2025 under people's names), its banner in it, which Stainless's generations then went on writing.
      if (!before.ok && byStainless.has(file))
        [from, before] = [edit, headed.get(`${edit}:./${firstEdit.at}`) ?? generatedAt(dir, edit, firstEdit.at)];
      if (!before.ok) continue;
      blobs.set(file, before.stdout.trim());
      if (firstEdit.laterGenerations.length > 0) forward.push([file, firstEdit.laterGenerations]);
      froms.push(from);
    }
  }
  const times = commitTimesOf(dir, froms);
  for (const from of froms) {
    const time = times.get(from) ?? commitTime(dir, from);
    if (oldestBefore === null || time < oldestBefore.time) oldestBefore = { commit: from, time };
  }
  const texts = readBlobs(dir, [...blobs]);
  // Stainless's later generations of such a file are its output, not the owners' hunks: the base goes through them.
  const read = readBlobs(
    dir,
    forward.flatMap(([, generations]) => specsRead(generations).map((spec) => [spec, spec] as [string, string])),
  );
  for (const [file, generations] of forward) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const forwarded = forwardedThrough(text, generations, (spec) => read.get(spec));
    if (forwarded === text) continue;
    texts.set(file, forwarded);
    blobs.set(file, blobIdOf(forwarded));
  }
  const ref =
    older === null
      ? generation.ref
      : `${generation.ref}; files people edited as ${older.ref} at ${older.commit.slice(0, 12)} has them;`;
  return {
    ref,
    commit: generation.commit,
    blobs,
    texts,
    since:
      older?.since ??
      older?.commit ??
      (oldestBefore ? git(dir, ['rev-parse', oldestBefore.commit]).stdout.trim() : generation.commit),
  };
}

/** The commits of the `generated` branch (local or `origin/`), as far as they are searched. */
function branchCommits(dir: string): Set<string> {
  const stainless = new Set<string>();
  for (const branch of ['generated', 'origin/generated'])
    if (git(dir, ['rev-parse', '--verify', '--quiet', branch]).ok)
      for (const c of revList(dir, branch)) stainless.add(c);
  return stainless;
}

/** The blob of `file` at `commit` where it carries Stainless's banner (not ok otherwise). */
function generatedAt(dir: string, commit: string, file: string): { ok: boolean; stdout: string } {
  const blob = git(dir, ['rev-parse', '--verify', '--quiet', `${commit}:./${file}`]);
  const head = blob.ok ? git(dir, ['cat-file', 'blob', blob.stdout.trim()]).stdout.slice(0, 600) : '';
  return { ok: hasStainlessHeader(head), stdout: blob.stdout };
}

/**
 * `generatedAt` of each `[commit, file]`, keyed `<commit>:./<file>`, read in two spawns; one whose object is no text
 * (`readBlobs` reads none) is left out, for `generatedAt` to read alone.
 */
function generatedAtEach(dir: string, files: Array<[string, string]>): Map<string, { ok: boolean; stdout: string }> {
  const specs = files.map(([commit, file]) => `${commit}:./${file}`);
  const ids = objectIds(dir, specs);
  const texts = readBlobs(
    dir,
    [...ids.keys()].map((spec) => [spec, spec]),
  );
  const found = new Map<string, { ok: boolean; stdout: string }>();
  for (const spec of specs) {
    const [id, text] = [ids.get(spec), texts.get(spec)];
    if (id === undefined) found.set(spec, { ok: false, stdout: '' });
    else if (text !== undefined) found.set(spec, { ok: hasStainlessHeader(text), stdout: id });
  }
  return found;
}

/**
 * Why a base without the checkout's `.stats.yml` is stale, and the files where it differs from the checkout: their
 * hunks may be a later generation's that this history does not record as Stainless's.
 */
function staleReason(dir: string, base: StainlessBase, stats: string): string | undefined {
  if (!stats) return undefined;
  const endpoints = (commit: string) =>
    /configured_endpoints:\s*(\d+)/.exec(git(dir, ['show', `${commit}:./.stats.yml`]).stdout)?.[1] ?? '?';
  const head = treeBlobs(dir, 'HEAD');
  const changed = [...head]
    .filter(([file, blob]) => file !== '.stats.yml' && base.blobs.has(file) && base.blobs.get(file) !== blob)
    .map(([file]) => file);
  const list = (files: string[]) =>
    files.slice(0, 12).join(', ') + (files.length > 12 ? `, … (${files.length} files)` : '');
  // Files the base lacks that Stainless's bot added after it: taken for the owners' unless they say otherwise.
  const added = new Set(
    git(dir, [
      'log',
      '--extended-regexp',
      '--regexp-ignore-case',
      `--author=${GENERATOR_BOT}`,
      '--diff-filter=A',
      '--no-renames',
      '--relative',
      '--name-only',
      '--format=',
      `${base.commit}..HEAD`,
    ]).stdout.split('\n'),
  );
  const addedLater = [...head.keys()].filter((file) => added.has(file) && !base.blobs.has(file)).sort();
  return (
    `.stats.yml:1: the base is stale: no Stainless generation here has this .stats.yml ` +
    `(${endpoints('HEAD')} endpoints; ${base.ref} at ${base.commit.slice(0, 12)}, the closest, has ` +
    `${endpoints(base.commit)}), owners' hunks may include Stainless's later generation in: ${list(changed) || 'no file'}` +
    (addedLater.length > 0 ? `; files it may have added, kept as the owners': ${list(addedLater)}` : '')
  );
}

/** The texts of blobs, read in one `git cat-file --batch`. */
export function readBlobs(dir: string, files: Array<[string, string]>): Map<string, string> {
  const texts = new Map<string, string>();
  if (files.length === 0) return texts;
  const run = spawnSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    input: files.map(([, blob]) => blob).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const out: Buffer = run.stdout;
  let at = 0;
  for (const [file] of files) {
    const headerEnd = out.indexOf(0x0a, at);
    if (headerEnd < 0) break;
    const [, type, size] = out.subarray(at, headerEnd).toString().split(' ');
    if (size === undefined) {
      at = headerEnd + 1; // "<id> missing"
      continue;
    }
    const length = Number(size);
    const bytes = out.subarray(headerEnd + 1, headerEnd + 1 + length);
    if (type === 'blob' && length <= MAX_TEXT && !bytes.includes(0)) texts.set(file, bytes.toString('utf8'));
    at = headerEnd + 1 + length + 1;
  }
  return texts;
}

/** `.stats.yml`'s `openapi_spec_url`, when the checkout has one. */
export function statsSpecUrl(dir: string): string | null {
  const file = path.join(dir, '.stats.yml');
  if (!existsSync(file)) return null;
  const match = /^openapi_spec_url:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'));
  return match ? match[1] : null;
}

/**
 * Stainless's output that the checkout still carries and its base lacks. The `generated` branch deleted a resource's
 * modules with the resource while main, which took Stainless's generations as merges, kept the files (flowglad-node's
 * `src/resources/catalogs.ts` and `purchase-sessions.ts`: Stainless's header, imported by nothing). Counted as the
 * owners' files, they were kept with Stainless's header. They are Stainless's, as every file of the base is: sdkgen
 * writes them over or removes them as it does those (an owner's module that imports one keeps it, plan.ts).
 *
 * Such a file is one with Stainless's header that a generation added and that either only Stainless's generations
 * ever changed, or the base's own branch deleted: edits people made to a module Stainless itself has since deleted
 * (flowglad's renames of its union members, a year before) go with it, and are told of (git keeps them). A file a
 * person's commit added, or changed where Stainless did not delete it, stays the owners', whatever its header says.
 *
 * Where sdkgen writes such a file after all (the spec has the resource again), the people's edits must not read as
 * Stainless's: measured against the checkout's own text they are none, and sdkgen's file was written over them,
 * unsaid. `staleEdits` keeps the file as it was before their first edit, and `measuredWhereWritten` (given what sdkgen
 * renders) measures the edits of the files sdkgen writes against it, so that the plan carries them onto sdkgen's file,
 * or lists them, as for any file of Stainless's the owners edited.
 */
import { posix } from 'node:path';
import { listsGeneratorCommits } from './generator-titles';

/** Only the titles Stainless alone writes: no history's own titles are read here. */
const NO_TITLES: ReadonlySet<string> = new Set();

/** The base as stainless-repo.ts gives it (its `StainlessBase`, not imported: that module calls this one). */
interface Base {
  ref: string;
  commit: string;
  blobs: Map<string, string>;
  texts: Map<string, string>;
  stale?: string;
  /** The stale files people edited (`staleEditsNotice` tells what became of each, once the plan is made). */
  staleEdited?: string[];
  /** Of the stale files people edited, each as it was before their first edit (blob and text). */
  staleEdits?: Map<string, { blob: string; text: string }>;
  /** Stainless's files its generations deleted that the owners keep in use (`importedAnew`, with their tests). */
  inUse?: string[];
  /** Files with Stainless's header a person's commit put back after a deletion: the owners'. */
  putBack?: string[];
}

/** What reading the repository takes (stainless-repo.ts's, which calls this: given, so that this imports nothing of it). */
export interface RepositoryReader {
  git: (dir: string, args: string[]) => { stdout: string };
  readBlobs: (dir: string, files: Array<[string, string]>) => Map<string, string>;
  hasStainlessHeader: (text: string) => boolean;
  /** Whether a commit of this author and message is one of Stainless's generations. */
  isGeneration: (author: string, message: string) => boolean;
}

/** `base` with the checkout's files of Stainless's output it lacks, as they are at HEAD (`stale` tells of edits). */
export function withStaleOutput<B extends Base>(dir: string, base: B, read: RepositoryReader): B {
  // (A base found by likeness names the files a later generation may have added, for a person to look at.)
  if (base.stale !== undefined) return base;
  const missing: Array<[string, string]> = [];
  for (const line of read.git(dir, ['ls-tree', '-r', '-z', 'HEAD']).stdout.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match && !base.blobs.has(match[2])) missing.push([match[2], match[1]]);
  }
  const texts = read.readBlobs(dir, missing);
  const headed = missing.filter(([file]) => read.hasStainlessHeader(texts.get(file) ?? ''));
  if (headed.length === 0) return base;
  const history = historyOf(
    dir,
    headed.map(([file]) => file),
    read,
  );
  const deleted = deletedOn(
    dir,
    base.commit,
    headed.map(([file]) => file),
    read,
  );
  const candidates = headed.filter(
    ([file]) => history.addedByGeneration.has(file) && (!history.touchedByPeople.has(file) || deleted.has(file)),
  );
  // One the owners edited and their own code imports where the base's does not is in use, theirs (below).
  const edited = candidates.map(([file]) => file).filter((file) => history.touchedByPeople.has(file));
  const inUse = withTestsOfThem(importedAnew(dir, base, edited, read), edited);
  const stale = candidates.filter(([file]) => !inUse.has(file));
  const withUse = inUse.size > 0 ? { ...base, inUse: [...inUse] } : base;
  const withInUse = history.putBack.size > 0 ? { ...withUse, putBack: [...history.putBack] } : withUse;
  if (stale.length === 0) return withInUse;
  const blobs = new Map(base.blobs);
  const baseTexts = new Map(base.texts);
  for (const [file, blob] of stale) {
    blobs.set(file, blob);
    baseTexts.set(file, texts.get(file)!);
  }
  const staleEdited = stale.map(([file]) => file).filter((file) => history.touchedByPeople.has(file));
  const staleEdits = beforePeople(dir, staleEdited, history.firstByPeople, read);
  return {
    ...withInUse,
    blobs,
    texts: baseTexts,
    ...(staleEdited.length > 0 ? { staleEdited } : {}),
    ...(staleEdits.size > 0 ? { staleEdits } : {}),
  };
}

/**
 * What became of the stale files people edited (`base.staleEdited`), as the plan has it: removed (`removed`), carried
 * onto the file sdkgen writes (`written`), or kept (a module that stays imports it). Told once the plan is made: the
 * files a kept member or module brings back stay, and a notice listing them as removed would be wrong.
 */
export function staleEditsNotice(
  base: Pick<Base, 'ref' | 'staleEdited'> | null,
  removed: string[],
  written: string[],
): string | null {
  const edited = base?.staleEdited ?? [];
  if (edited.length === 0) return null;
  const [gone, writes] = [new Set(removed), new Set(written)];
  const fates = [
    { files: edited.filter((f) => gone.has(f)), fate: 'removed, as sdkgen writes no such file (git keeps them)' },
    { files: edited.filter((f) => writes.has(f)), fate: 'carried onto the file sdkgen writes' },
    {
      files: edited.filter((f) => !gone.has(f) && !writes.has(f)),
      fate: 'kept as they are (code that stays imports them)',
    },
  ].filter((f) => f.files.length > 0);
  return (
    `Stainless's files its generations since deleted (${base!.ref}) and this checkout kept, with edits of yours: ` +
    fates.map((f) => `${f.fate}: ${f.files.join(', ')}`).join('; ')
  );
}

/**
 * Of `files` (stale files people edited), those a module of the checkout imports where the base's same module does
 * not (or the base has no such module): Stainless's generations dropped the file, the owners kept it and wired it into
 * their code (metronome-node's webhook helper, exported from their `src/resources/index.ts` and a member of their
 * client). Such a file is in use, the owners': kept as it is, not removed with Stainless's output nor written over.
 */
function importedAnew(dir: string, base: Base, files: string[], read: RepositoryReader): Set<string> {
  if (files.length === 0) return new Set();
  const wanted = new Map(files.map((file) => [file.replace(/\.[cm]?[jt]sx?$/, ''), file]));
  const modules: Array<[string, string]> = [];
  for (const line of read.git(dir, ['ls-tree', '-r', '-z', 'HEAD', '--', 'src']).stdout.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+\.[cm]?[jt]sx?)$/.exec(line);
    if (match && !wanted.has(match[2].replace(/\.[cm]?[jt]sx?$/, ''))) modules.push([match[2], match[1]]);
  }
  const texts = read.readBlobs(dir, modules);
  const imports = (from: string, text: string | undefined): string[] =>
    [...(text ?? '').matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
      posix.normalize(posix.join(posix.dirname(from), m[1])).replace(/\.[cm]?[jt]sx?$/, ''),
    );
  const used = new Set<string>();
  for (const [module] of modules) {
    const before = new Set(imports(module, base.texts.get(module)));
    for (const target of imports(module, texts.get(module)))
      if (wanted.has(target) && !before.has(target)) used.add(wanted.get(target)!);
  }
  return used;
}

/**
 * `inUse` with Stainless's test of each resource module in it (`tests/api-resources/<path>.test.ts` for
 * `src/resources/<path>.ts`) where the owners edited that test too (one of `edited`): it tests the module through the
 * package, not by importing the file, and goes with it.
 */
function withTestsOfThem(inUse: Set<string>, edited: string[]): Set<string> {
  const tests = [...inUse].flatMap((file) => {
    const resource = /^src\/resources\/(.+)\.[cm]?[jt]s$/.exec(file)?.[1];
    return resource === undefined
      ? []
      : edited.filter((f) => f.replace(/\.[cm]?[jt]s$/, '') === `tests/api-resources/${resource}.test`);
  });
  return tests.length === 0 ? inUse : new Set([...inUse, ...tests]);
}

/**
 * `base` with each stale file people edited that sdkgen writes (`rendered`) as it was before their first edit: their
 * edits are then edits, carried onto sdkgen's file or listed. One sdkgen writes none of stays as the checkout has it
 * (it goes with its edits, told of).
 */
export function measuredWhereWritten<B extends Base>(base: B | null, rendered: Iterable<string>): B | null {
  if (base?.staleEdits === undefined) return base;
  const written = [...rendered].filter((file) => base.staleEdits!.has(file));
  if (written.length === 0) return base;
  const blobs = new Map(base.blobs);
  const texts = new Map(base.texts);
  for (const file of written) {
    const before = base.staleEdits.get(file)!;
    blobs.set(file, before.blob);
    texts.set(file, before.text);
  }
  return { ...base, blobs, texts };
}

/** Each of `files` as it was before the first commit of people's that changed it (`first`), where it was there. */
function beforePeople(
  dir: string,
  files: string[],
  first: Map<string, string>,
  read: RepositoryReader,
): Map<string, { blob: string; text: string }> {
  const byCommit = new Map<string, string[]>();
  for (const file of files) {
    const commit = first.get(file);
    if (commit !== undefined) byCommit.set(commit, [...(byCommit.get(commit) ?? []), file]);
  }
  const before = new Map<string, { blob: string; text: string }>();
  for (const [commit, named] of byCommit) {
    const listed = read.git(dir, ['--literal-pathspecs', 'ls-tree', '-z', `${commit}^`, '--', ...named]).stdout;
    const found: Array<[string, string]> = [];
    for (const line of listed.split('\0')) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
      if (match) found.push([match[2], match[1]]);
    }
    const texts = read.readBlobs(dir, found);
    for (const [file, blob] of found) {
      const text = texts.get(file);
      if (text !== undefined) before.set(file, { blob, text });
    }
  }
  return before;
}

/**
 * Of `files`, those a commit of HEAD's history that is not one of Stainless's generations added or changed (a
 * person's, a dependency bot's, the bot's commit naming a person as co-author or carrying their custom code), and
 * those a generation added. A file no commit touched (a shallow clone's) is neither.
 */
function historyOf(
  dir: string,
  files: string[],
  read: RepositoryReader,
): {
  touchedByPeople: Set<string>;
  addedByGeneration: Set<string>;
  firstByPeople: Map<string, string>;
  putBack: Set<string>;
} {
  const touchedByPeople = new Set<string>();
  const addedByGeneration = new Set<string>();
  // The oldest commit of people's that changed each file.
  const firstByPeople = new Map<string, string>();
  // Who made each file's newest addition, and the files a person added back after a deletion.
  const newestAdded = new Map<string, 'generation' | 'person'>();
  const putBack = new Set<string>();
  const log = read.git(dir, [
    // (Paths as they are: a `*` or `:` in a file's name is no pattern.)
    '--literal-pathspecs',
    'log',
    '--no-merges',
    '--no-renames',
    '--relative',
    '--format=%x01%H%x00%an <%ae>%x00%B%x00',
    '--name-status',
    'HEAD',
    '--',
    ...files,
  ]).stdout;
  for (const entry of log.split('\x01')) {
    const [commit, author, message, names] = entry.split('\0');
    if (names === undefined) continue;
    const generation = read.isGeneration(author, message);
    for (const line of names.split('\n')) {
      const [status, name] = line.trim().split('\t');
      if (!name) continue;
      if (!generation) touchedByPeople.add(name);
      // (Newest first: the last seen is the oldest.)
      if (!generation && status !== 'A') firstByPeople.set(name, commit);
      else if (!generation) firstByPeople.delete(name);
      // (Newest first: the last addition seen is the first.)
      if (status === 'A' && generation) addedByGeneration.add(name);
      else if (status === 'A') addedByGeneration.delete(name);
      // (A person's squash listing the generator's own titles brings Stainless's commits: its addition is theirs.)
      if (status === 'A' && !newestAdded.has(name))
        newestAdded.set(name, generation || listsGeneratorCommits(message, NO_TITLES) ? 'generation' : 'person');
      // A deletion older than a person's newest addition: the file was put back by hand.
      if (status === 'D' && newestAdded.get(name) === 'person') putBack.add(name);
    }
  }
  // A file Stainless's generations deleted and a person's commit then put back (Modern Treasury's webhooks.ts: "add
  // back removed code", banner and all) is the owners', whatever a generation changed in it since: they chose to keep it.
  for (const name of putBack) addedByGeneration.delete(name);
  return { touchedByPeople, addedByGeneration, firstByPeople, putBack };
}

/** Of `files`, those a commit of `commit`'s history deleted. */
function deletedOn(dir: string, commit: string, files: string[], read: RepositoryReader): Set<string> {
  const log = read.git(dir, [
    // (Paths as they are: a `*` or `:` in a file's name is no pattern.)
    '--literal-pathspecs',
    'log',
    '--no-renames',
    '--relative',
    '--diff-filter=D',
    '--format=',
    '--name-only',
    commit,
    '--',
    ...files,
  ]).stdout;
  return new Set(
    log
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

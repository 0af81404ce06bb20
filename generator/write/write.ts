/**
 * Write stage: rendered, formatted files → the output directory, without losing anything.
 *
 * - Everything is rendered before this runs, so a spec or template error never touches the disk.
 * - A new output directory is built in a temporary sibling and renamed into place in one step (by a worker while
 *   the files are rendered, when the API's generate() can: fresh-output.ts; here otherwise).
 * - In an existing directory, each file is written to a temporary name and renamed over the old one (Ctrl-C and
 *   SIGTERM wait until every one is renamed);
 *   files the previous run wrote (per its manifest) and this run does not are deleted; files sdkgen did
 *   not write are never overwritten (unless `force`) or deleted; `src/lib/` and `examples/` are never touched.
 * - A generated file the user edited (its hash is not the manifest's) keeps the edits: unchanged when the new
 *   output of that file is what sdkgen wrote last time, else merged three ways with that last output as the
 *   base (merge.ts, pristine.ts); what cannot merge gets git's conflict markers and is reported. A generated file
 *   the new output drops is kept when edited. `force` discards edits.
 *
 * The file system calls are synchronous: the CLI has nothing else to do meanwhile, and for a thousand small
 * files the promise API's round trips through the thread pool cost several times the writes themselves. Each
 * directory is created once, not once per file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from '../emit/render';
import {
  MANIFEST_PATH,
  manifestText,
  readManifestAndText,
  readManifestSync,
  type Manifest,
  type ManifestInputs,
} from './manifest';
import { copyStamped } from '../file-stamp';
import { cleanerOnly, INTERRUPTS, othersDecide } from '../interrupts';
import { sha256 } from '../sha256';
import { stageConflicts, type MergeConflict } from './git';
import type { InputsDigest } from './inputs-key';
import { mergeSections } from './markdown-sections';
import { isCode, mergeThreeWay } from './merge';
import type { ImportPrint } from './merge-ts-imports';
import { importPrintOf } from './prettier-width';
import { pristineOf, pristinePath, prunePristine } from './pristine';

export interface WriteOptions {
  force: boolean;
  /** Recorded in the manifest for `sdkgen check`. */
  inputs?: ManifestInputs | null;
  /** The format key the files were formatted under (generate's result), recorded with their render fingerprints. */
  formatKey?: string | null;
  /** The run's inputs digest (inputs-key.ts), recorded as the manifest's `inputsKey`. */
  inputsDigest?: InputsDigest | null;
  /** How many warnings the run reported, recorded in the manifest. */
  warnings?: number;
  /**
   * What a worker found while the files were rendered (output-worker.ts): the files on disk that hold exactly the
   * new contents (not read again), and the sha256 of each file's new contents (not hashed again).
   */
  precheck?: {
    unchanged: ReadonlySet<string>;
    hashes: ReadonlyMap<string, string>;
    /** The sha256 of each other file on disk the worker read (null: none there), when it says. */
    onDisk?: ReadonlyMap<string, string | null>;
  } | null;
}

export interface WriteResult {
  written: string[];
  /** The written files that were not there before (in the order of `written`). */
  created: string[];
  unchanged: string[];
  deleted: string[];
  /** Generated files with the user's edits, kept as they are (the generator's output of them did not change). */
  kept: string[];
  /** Generated files whose edits were merged with the new output. */
  merged: string[];
  /**
   * Of the merged Markdown files, the sections (by heading) whose lines conflicted and that stay as the person wrote
   * them: sdkgen's text of them is in the file's pristine copy (`.sdkgen/pristine/<path>`).
   */
  keptSections: Array<{ path: string; headings: string[] }>;
  /** Generated files where the edits and the new output changed the same lines: written with conflict markers. */
  conflicts: string[];
  /** Edited generated files the new output no longer has: left in place (no longer sdkgen's). */
  orphaned: string[];
}

export class OutputConflictError extends Error {
  constructor(
    readonly dir: string,
    readonly conflicts: string[],
  ) {
    super(
      `refusing to overwrite ${conflicts.length} file(s) in ${dir} that sdkgen did not write: ` +
        `${conflicts.slice(0, 5).join(', ')}${conflicts.length > 5 ? ', …' : ''} (use --force to overwrite them)`,
    );
    this.name = 'OutputConflictError';
  }
}

/** The owners' folders, never written into (asked of every file, more than once). */
export function isProtected(file: string): boolean {
  return file.startsWith('src/lib/') || file.startsWith('examples/');
}

/** The mode a file is written with: the shell scripts CI runs as `./scripts/<name>` (no extension) are executable. */
export function fileMode(file: string): number {
  return /^scripts\/[^/.]+$/.test(file) ? 0o755 : 0o644;
}

/** Files that would be overwritten although sdkgen did not write them. */
export async function findConflicts(dir: string, files: RenderedFile[]): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return conflictsWith(dir, files, readManifestSync(dir));
}

function conflictsWith(dir: string, files: RenderedFile[], manifest: Manifest | null): string[] {
  const conflicts: string[] = [];
  for (const file of files) {
    if (manifest?.files[file.path] !== undefined) continue;
    const target = path.join(dir, file.path);
    // Something there that is not what we would write (or that cannot be read, such as a folder) is in the way.
    if (existsSync(target) && readIfExists(target) !== file.contents) conflicts.push(file.path);
  }
  return conflicts;
}

/** Stands for the text of a file the output worker found other than the new contents (not read here). */
const CHANGED: unique symbol = Symbol('changed on disk');

/**
 * The text of the output's file `file` (at `target`), or null. The manifest's was read already (a large SDK's is a
 * megabyte): its text is taken as read, unless the file on disk is another since (manifest.ts compares its stamp).
 */
function currentText(dir: string, file: string, target: string): string | null {
  return (file === MANIFEST_PATH ? readManifestAndText(dir)?.text : undefined) ?? readIfExists(target);
}

/** A file's text, or null when there is none (or it cannot be read: a directory, no permission). */
function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export async function writeOutput(dir: string, rendered: RenderedFile[], options: WriteOptions): Promise<WriteResult> {
  holdInterrupts();
  try {
    return writeNow(dir, rendered, options);
  } finally {
    // A signal that came during the write reaches its listener at the next poll for events: the second immediate
    // runs after it (and keeps the process alive until then, which an exiting CLI would not be otherwise).
    setImmediate(() => setImmediate(releaseInterrupts));
  }
}

/** Writes that hold the signals back, each until the event loop has polled once after it. */
let holding = 0;

/**
 * A write stages its files beside their targets and renames them, synchronously. A signal with a listener waits
 * until this thread is idle, so while one is registered every staged file is renamed into place (or removed, when
 * the write fails) before the signal is seen; without one, Node would exit on the spot and leave the
 * `*.sdkgen-*.tmp` files there. Once the write is over, the signal ends the run as it would have (unless someone
 * else listens for it, such as `--watch`, which then decides).
 */
function holdInterrupts(): void {
  // First in line: a `once` listener (--watch's) is removed before it is called, so only ahead of it can the
  // count of listeners still tell whether anyone else will answer the signal.
  if (holding++ === 0) for (const signal of INTERRUPTS) process.prependListener(signal, heldInterrupt);
}

function releaseInterrupts(): void {
  if (holding > 0 && --holding === 0) stopHolding();
}

const heldInterrupt = cleanerOnly((signal: NodeJS.Signals): void => {
  const othersListen = othersDecide(signal);
  holding = 0;
  stopHolding();
  if (!othersListen) process.kill(process.pid, signal);
});

function stopHolding(): void {
  for (const signal of INTERRUPTS) process.off(signal, heldInterrupt);
}

function writeNow(dir: string, rendered: RenderedFile[], options: WriteOptions): WriteResult {
  const files = rendered.filter((f) => !isProtected(f.path));
  const precheck = options.precheck ?? null;
  const hashOf = (file: RenderedFile) =>
    file.reused?.sha256 ?? precheck?.hashes.get(file.path) ?? sha256(file.contents);
  const manifest = manifestText(
    files,
    options.inputs ?? null,
    hashOf,
    options.formatKey ?? null,
    options.inputsDigest ?? null,
    options.warnings ?? 0,
  );
  const all: RenderedFile[] = [...files, { path: MANIFEST_PATH, contents: manifest }];
  if (!existsSync(dir)) return writeFresh(dir, all);

  if (!statSync(dir).isDirectory()) throw new OutputConflictError(dir, ['(the output path is a file)']);
  const previous = readManifestSync(dir);
  if (!options.force) {
    const conflicts = conflictsWith(
      dir,
      files.filter((f) => !f.reused && !precheck?.unchanged.has(f.path)),
      previous,
    );
    if (conflicts.length > 0) throw new OutputConflictError(dir, conflicts);
  }
  const result = emptyResult();
  const tag = randomBytes(4).toString('hex');
  // Stage every changed file next to its target first, then rename them all: a failure while staging
  // leaves the old files intact (the temporaries are removed).
  const staged: Array<{ temp: string; target: string; path: string; created?: boolean }> = [];
  const conflicted: MergeConflict[] = [];
  const made = new Set<string>();
  // (How the project's prettier prints an import the merge writes: read once, at the first merge.)
  let importPrint: ImportPrint | undefined;
  try {
    for (const file of all) {
      // The output worker found it byte for byte on disk (a large file's contents are not even joined), or it is
      // the file on disk, reused.
      if (file.reused || precheck?.unchanged.has(file.path)) {
        result.unchanged.push(file.path);
        continue;
      }
      const target = path.join(dir, file.path);
      // The worker read the file and found it other than the new contents: its hash says whether it was edited, and
      // it is read again only to be merged.
      const seen = precheck?.onDisk?.get(file.path);
      const current = seen === undefined ? currentText(dir, file.path, target) : seen === null ? null : CHANGED;
      if (typeof current === 'string' && current === file.contents) {
        result.unchanged.push(file.path);
        continue;
      }
      // The merge's text, when the file is merged; else the new contents are written.
      let merged: string | null = null;
      const lastWritten = previous?.files[file.path];
      if (
        !options.force &&
        file.path !== MANIFEST_PATH &&
        lastWritten &&
        current !== null &&
        (current === CHANGED ? seen : sha256(current)) !== lastWritten
      ) {
        if (hashOf(file) === lastWritten) {
          result.kept.push(file.path);
          continue;
        }
        // (Gone since the worker read it: merged with nothing, it is the new contents.)
        const edited = (current === CHANGED ? readIfExists(target) : current) ?? file.contents;
        const base = pristineOf(dir, file.path, lastWritten);
        let merge: { text: string; conflicts: number; kept?: string[] } = mergeThreeWay(
          base ?? '',
          edited,
          file.contents,
          { code: isCode(file.path), imports: (importPrint ??= importPrintOf(dir)) },
        );
        // Edits to a README that only touch sdkgen's new text conflict line by line, not by section; a section of
        // prose (not api.md, the reference sdkgen writes from the spec) whose lines still conflict stays the person's
        // (a section they rewrote, or kept in another generator's words on a move to sdkgen).
        if (merge.conflicts > 0 && base !== null && file.path.endsWith('.md')) {
          const keepEdited = !/(^|\/)api\.md$/.test(file.path);
          const bySection = mergeSections(base, edited, file.contents, 'lines', { keepEdited });
          if (bySection.conflicts < merge.conflicts) merge = bySection;
        }
        merged = merge.text;
        (merge.conflicts > 0 ? result.conflicts : result.merged).push(file.path);
        if (merge.kept?.length) result.keptSections.push({ path: file.path, headings: merge.kept });
        if (merge.conflicts > 0) conflicted.push({ path: file.path, base, ours: edited, theirs: file.contents });
        // The base of the next merge: this run's own output of the file.
        const pristine = path.join(dir, pristinePath(file.path));
        makeDirectory(path.dirname(pristine), made);
        const pristineTemp = `${pristine}.sdkgen-${tag}.tmp`;
        writeFileSync(pristineTemp, file.contents);
        staged.push({ temp: pristineTemp, target: pristine, path: pristinePath(file.path) });
      }
      if (current === null) {
        // A folder where the file goes: refused before anything is renamed (the rename would fail halfway).
        if (statSync(target, { throwIfNoEntry: false })?.isDirectory())
          throw new Error(`${target} is a folder, where sdkgen writes ${file.path}: move it away, then generate again`);
        // (A file that is there has its folder.)
        makeDirectory(path.dirname(target), made);
      }
      const temp = `${target}.sdkgen-${tag}.tmp`;
      if (merged !== null) writeFileSync(temp, merged, { mode: fileMode(file.path) });
      else writeFileTo(file, temp);
      staged.push({ temp, target, path: file.path, created: current === null });
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw error;
  }
  // The manifest goes last, so an interrupted run still lists everything it may have written.
  staged.sort((a, b) => (a.path === MANIFEST_PATH ? 1 : b.path === MANIFEST_PATH ? -1 : 0));
  let renamed = 0;
  try {
    for (const s of staged) {
      renameSync(s.temp, s.target);
      renamed++;
      if (s.path === MANIFEST_PATH || s.path.startsWith('.sdkgen/')) continue;
      result.written.push(s.path);
      if (s.created) result.created.push(s.path);
    }
  } catch (error) {
    // (Something in the way of a target, such as a folder: what is not renamed yet goes, the manifest's with it.)
    for (const s of staged.slice(renamed)) rmSync(s.temp, { force: true });
    throw error;
  }
  // In a git work tree, conflicts are staged as git merge leaves them (`git status`: both modified).
  if (conflicted.length > 0) {
    try {
      stageConflicts(dir, conflicted);
    } catch {
      // git refused the index update: the markers in the files still say it all.
    }
  }
  const keep = new Set(all.map((f) => f.path));
  const lastFiles = previous?.files ?? {};
  for (const old of Object.keys(lastFiles)) {
    if (keep.has(old) || isProtected(old)) continue;
    const lastWritten = lastFiles[old];
    const current = readIfExists(path.join(dir, old));
    if (!options.force && current !== null && sha256(current) !== lastWritten) {
      result.orphaned.push(old);
      continue;
    }
    rmSync(path.join(dir, old), { force: true });
    result.deleted.push(old);
    removeEmptyParents(dir, path.dirname(old));
  }
  // A pristine copy is the base of the next merge of a file that holds other text than sdkgen's output: one left for
  // a file overwritten (--force), deleted or orphaned would be the base of a later, wrong merge.
  prunePristine(dir, new Set([...result.kept, ...result.merged, ...result.conflicts]));
  return result;
}

function writeFresh(dir: string, files: RenderedFile[]): WriteResult {
  const parent = path.dirname(path.resolve(dir));
  // The outermost folder this creates, if any: removed again when the write fails.
  const createdParent = mkdirSync(parent, { recursive: true }) ?? null;
  const temp = path.join(parent, `.${path.basename(dir)}.sdkgen-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(temp);
    // The temporary directory is new and ours: each subdirectory is created once, parents first.
    const made = new Set<string>([temp]);
    for (const file of files) {
      const target = path.join(temp, file.path);
      makeDirectory(path.dirname(target), made);
      writeFileTo(file, target);
    }
    renameSync(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (createdParent) removeEmptyUpTo(parent, createdParent);
    throw error;
  }
  const written = files.filter((f) => f.path !== MANIFEST_PATH).map((f) => f.path);
  return { ...emptyResult(), written, created: written };
}

/** Write `file` at `target`: its contents, or the file it is a copy of, copied. */
function writeFileTo(file: RenderedFile, target: string): void {
  if (file.copyOf) copyStamped(file.copyOf.file, file.copyOf.stamp, target, fileMode(file.path));
  else writeFileSync(target, bytesOf(file), { mode: fileMode(file.path) });
}

/**
 * What to write of a file: its contents, or for one made in parts (a large mock spec) their UTF-8 bytes, encoded part
 * by part, so that its text is never joined (a copy of megabytes).
 */
function bytesOf(file: RenderedFile): string | Buffer {
  if (!file.contentsParts) return file.contents;
  let most = 0; // UTF-8 takes at most 3 bytes per UTF-16 unit
  for (const part of file.contentsParts) most += 3 * part.length;
  const bytes = Buffer.allocUnsafeSlow(most);
  let length = 0;
  for (const part of file.contentsParts) length += bytes.write(part, length, 'utf8');
  return bytes.subarray(0, length);
}

/** A WriteResult listing nothing. */
export function emptyResult(): WriteResult {
  return {
    written: [],
    created: [],
    unchanged: [],
    deleted: [],
    kept: [],
    merged: [],
    keptSections: [],
    conflicts: [],
    orphaned: [],
  };
}

/** `mkdir -p`, remembering what exists already so that a thousand files in forty folders cost forty calls. */
function makeDirectory(dir: string, made: Set<string>): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/** Removes `dir` and its parents up to `top` (inclusive) while they are empty. */
export function removeEmptyUpTo(dir: string, top: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty, or gone
    }
    if (current === top || path.dirname(current) === current) return;
  }
}

function removeEmptyParents(root: string, relDir: string): void {
  let current = relDir;
  while (current && current !== '.' && current !== '/') {
    try {
      rmdirSync(path.join(root, current));
    } catch {
      return; // not empty (or gone): stop
    }
    current = path.dirname(current);
  }
}

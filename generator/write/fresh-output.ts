/**
 * A new output directory, written while the SDK is still being rendered. The files go to a worker thread as each
 * one is final, and the worker writes them into a temporary sibling of the output directory and hashes them for
 * the manifest, while this thread renders the next ones. finish() writes what is left and the manifest, then
 * renames the folder into place in one step, as write.ts's writeFresh does with everything at the end.
 *
 * Nothing is lost either way: until finish() the output path is untouched, and abort() (any error before the
 * rename) removes the temporary folder and the parent folders open() created.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RenderedFile } from '../emit/render';
import { MANIFEST_PATH, manifestText, type ManifestInputs } from './manifest';
import { fileMode, isProtected, type WriteResult } from './write';

interface FileToWrite {
  path: string;
  contents: string;
  mode: number;
}

type WriterReply = { hashes: Array<[string, string]> } | { failure: { message: string; code?: string; path: string } };

/**
 * The worker's code (plain JavaScript, evaluated as a CommonJS script, so that it runs the same from the sources
 * and from dist/). Writes every file it is sent (a later copy of a path replaces the earlier), remembers the first
 * error and then writes nothing more; on `finish`, removes the paths it is told to and replies with the sha256 of
 * every file written (of the UTF-8 bytes, as manifest.ts hashes) or the error.
 */
const WRITER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const path = require('node:path');
const root = workerData.root;
const made = new Set([root]);
const hashes = new Map();
let failure = null;
parentPort.on('message', (message) => {
  if (message.type === 'files') {
    for (const file of message.files) {
      if (failure) return;
      try {
        const target = path.join(root, file.path);
        const dir = path.dirname(target);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        const bytes = Buffer.from(file.contents, 'utf8');
        writeFileSync(target, bytes, { mode: file.mode });
        hashes.set(file.path, createHash('sha256').update(bytes).digest('hex'));
      } catch (error) {
        failure = { message: String(error && error.message), code: error && error.code, path: file.path };
      }
    }
  } else if (message.type === 'finish') {
    for (const file of message.remove) {
      hashes.delete(file);
      if (!failure) rmSync(path.join(root, file), { force: true });
    }
    parentPort.postMessage(failure ? { failure } : { hashes: [...hashes] });
  }
});
`;

/** Files per message to the worker: fewer messages cost less here, smaller ones start the writes sooner. */
const BATCH_FILES = 64;
const BATCH_CHARS = 1 << 20;

export class FreshOutput {
  /** Path → contents of every file handed to the worker (the latest copy). */
  private readonly sent = new Map<string, string>();
  private batch: FileToWrite[] = [];
  private batchChars = 0;
  private crashed: Error | null = null;
  private closed = false;

  private constructor(
    /** The output directory (absolute). */
    readonly dir: string,
    private readonly temp: string,
    /** The outermost parent folder open() created, if it created any. */
    private readonly createdParent: string | null,
    private readonly worker: Worker,
  ) {
    worker.on('error', (error) => (this.crashed ??= error));
  }

  /**
   * Starts writing `dir` when it does not exist yet; null when it does (write.ts's writeOutput updates it then).
   * Throws what the file system throws when the folders cannot be made.
   */
  static open(dir: string): FreshOutput | null {
    const target = path.resolve(dir);
    if (existsSync(target)) return null;
    const parent = path.dirname(target);
    const createdParent = mkdirSync(parent, { recursive: true }) ?? null;
    const temp = path.join(parent, `.${path.basename(target)}.sdkgen-${randomBytes(4).toString('hex')}.tmp`);
    try {
      mkdirSync(temp);
      const worker = new Worker(WRITER_SOURCE, { eval: true, workerData: { root: temp } });
      return new FreshOutput(target, temp, createdParent, worker);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      if (createdParent) removeEmptyUpTo(parent, createdParent);
      throw error;
    }
  }

  /** Hands a final file to the writer (a protected path is never written, as in writeOutput). */
  add(file: RenderedFile): void {
    if (this.closed || isProtected(file.path)) return;
    this.sent.set(file.path, file.contents);
    this.batch.push({ path: file.path, contents: file.contents, mode: fileMode(file.path) });
    this.batchChars += file.contents.length;
    if (this.batch.length >= BATCH_FILES || this.batchChars >= BATCH_CHARS) this.flush();
  }

  /**
   * Writes `files` (the whole output, as writeOutput receives it: what was not handed over yet, or handed over with
   * other contents, is written now, and what was handed over but is not in it is removed) and the manifest, then
   * renames the folder into place. On failure everything is removed and the error thrown.
   */
  async finish(files: RenderedFile[], inputs: ManifestInputs | null): Promise<WriteResult> {
    try {
      const written = files.filter((f) => !isProtected(f.path));
      const final = new Set<string>();
      for (const file of written) {
        final.add(file.path);
        if (this.sent.get(file.path) !== file.contents) this.add(file);
      }
      const remove = [...this.sent.keys()].filter((p) => !final.has(p));
      this.flush();
      const hashes = new Map((await this.request(remove)).hashes);
      const manifest = path.join(this.temp, MANIFEST_PATH);
      mkdirSync(path.dirname(manifest), { recursive: true });
      writeFileSync(
        manifest,
        manifestText(written, inputs, (f) => hashes.get(f.path)!),
        {
          mode: fileMode(MANIFEST_PATH),
        },
      );
      renameSync(this.temp, this.dir);
      this.closed = true;
      await this.worker.terminate();
      const paths = written.map((f) => f.path);
      return {
        written: paths,
        created: paths,
        unchanged: [],
        deleted: [],
        kept: [],
        merged: [],
        conflicts: [],
        orphaned: [],
      };
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Stops the writer and removes everything it wrote, and the parent folders open() created (when empty). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.worker.terminate();
    rmSync(this.temp, { recursive: true, force: true });
    if (this.createdParent) removeEmptyUpTo(path.dirname(this.temp), this.createdParent);
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage({ type: 'files', files: this.batch });
    this.batch = [];
    this.batchChars = 0;
  }

  /** Asks the worker to finish: the hashes of what it wrote, or its first error (as the fs call threw it). */
  private request(remove: string[]): Promise<{ hashes: Array<[string, string]> }> {
    if (this.crashed) return Promise.reject(this.crashed);
    return new Promise((resolve, reject) => {
      const onExit = () => reject(this.crashed ?? new Error('the output writer stopped before it was done'));
      this.worker.once('exit', onExit);
      this.worker.once('message', (reply: WriterReply) => {
        this.worker.off('exit', onExit);
        if ('hashes' in reply) return resolve(reply);
        const { message, code } = reply.failure;
        reject(Object.assign(new Error(message), code ? { code } : {}));
      });
      this.worker.postMessage({ type: 'finish', remove });
    });
  }
}

/** Removes `dir` and its parents up to `top` (inclusive) while they are empty. */
function removeEmptyUpTo(dir: string, top: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty, or gone
    }
    if (current === top || path.dirname(current) === current) return;
  }
}

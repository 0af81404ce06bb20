/**
 * The output of the last run, as a regeneration can reuse it. The manifest records, per file, the fingerprint of the
 * text the emitter rendered before formatting, and the format key (format/format-key.ts) it was formatted under. A
 * file whose new render has the same fingerprint, under the same key, formats to the bytes sdkgen wrote last time:
 * when the file on disk still holds them (its sha256 is the manifest's), it is the answer, and it is neither
 * formatted again nor written. A file the user edited is not reused: it goes through the write stage's merge as
 * before.
 *
 * Which files still hold what sdkgen wrote is found by reading and hashing them: for a large output in a worker
 * thread, started before the spec is even loaded, so that it is done by the time the first file is rendered.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RenderedFile, TakenUnit } from '../emit/render';
import { compareStrings } from '../naming/case';
import { readManifestSync, renderedEntry, unitEntry, type Manifest } from './manifest';

/** Past this many files, they are hashed in a worker thread (starting one costs ~40 ms of CPU). */
const WORKER_MIN_FILES = 400;

/**
 * Reads and hashes files, as manifest.ts hashes them (sha256 of the bytes); replies with the paths whose hash is as
 * listed, and the paths of the others it could read (edited).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const path = require('node:path');
const same = [];
const edited = [];
for (const [file, hash] of workerData.files) {
  try {
    if (createHash('sha256').update(readFileSync(path.join(workerData.root, file))).digest('hex') === hash) same.push(file);
    else edited.push(file);
  } catch {
    // absent or unreadable: not reused
  }
}
parentPort.postMessage({ same, edited });
`;

/** What is on disk of the files a manifest lists: those that hold what sdkgen wrote, and those that hold other bytes. */
interface OnDisk {
  same: Set<string>;
  edited: Set<string>;
}

export class PreviousOutput {
  /** Paths whose file on disk holds what the manifest says sdkgen wrote (known once `ready` resolves). */
  private pristine: Set<string> | null = null;
  /** Paths whose file on disk holds other bytes (known once `ready` resolves). */
  private edited: Set<string> | null = null;
  private readonly checking: Promise<OnDisk> | null;
  private worker: Worker | null = null;

  private constructor(
    /** The output directory (absolute). */
    readonly dir: string,
    private readonly manifest: Manifest & { format: string; rendered: Record<string, string> },
    workerMinFiles: number,
  ) {
    const listed = Object.keys(manifest.files);
    this.checking = listed.length >= workerMinFiles ? this.inWorker(listed) : null;
  }

  /**
   * The previous output in `dir`, or null when its manifest records no fingerprints (none, or an older sdkgen's).
   * With `workerMinFiles` files or more, they are hashed in a worker thread.
   */
  static open(dir: string, workerMinFiles = WORKER_MIN_FILES): PreviousOutput | null {
    const manifest = readManifestSync(dir);
    if (!manifest?.format || !manifest.rendered) return null;
    const fingerprinted = manifest as Manifest & { format: string; rendered: Record<string, string> };
    return new PreviousOutput(path.resolve(dir), fingerprinted, workerMinFiles);
  }

  /** The format key the output was formatted under. */
  get format(): string {
    return this.manifest.format;
  }

  /** Waits until the files on disk are known (hashed in the worker); call before take(). */
  async ready(): Promise<void> {
    if (!this.checking) return;
    const found = await this.checking.catch(() => ({ same: new Set<string>(), edited: null }));
    this.pristine = found.same;
    this.edited = found.edited;
  }

  /**
   * The committed file for `file`, whose new render has `fingerprint` and is formatted under `format`, when it can
   * stand for the formatted output; else null (format it).
   */
  take(file: string, fingerprint: string, format: string): RenderedFile | null {
    const { manifest } = this;
    const hash = manifest.files[file];
    if (format !== manifest.format || hash === undefined) return null;
    if (manifest.rendered[file] !== renderedEntry(fingerprint, hash)) return null;
    if (this.pristine) {
      if (!this.pristine.has(file)) return null;
      // Read only if someone asks: the write stage and `check` know it is unchanged.
      return lazyFile(this.dir, file, { rendered: fingerprint, reused: { sha256: hash } });
    }
    const text = this.readPristine(file);
    return text === null ? null : { path: file, contents: text, rendered: fingerprint, reused: { sha256: hash } };
  }

  /**
   * The files of the plan's unit `id` (emit/plan-units.ts) as the last run wrote them, when the unit's key then was
   * `key` and every one of them is still on disk as written: the unit need not be planned. Else null.
   */
  takeUnit(id: string, key: string, paths: readonly string[]): RenderedFile[] | null {
    const { manifest } = this;
    // (A name the manifest does not hold finds no string: Object.prototype has none.)
    const entry = manifest.units?.[id];
    if (typeof entry !== 'string' || paths.length === 0) return null;
    // (In the manifest's order.)
    const files = [...paths].sort(compareStrings);
    const hashes = files.map((file) => manifest.files[file]);
    if (hashes.some((hash) => hash === undefined) || unitEntry(key, files, hashes) !== entry) return null;
    const texts = this.pristine ? null : files.map((file) => this.readPristine(file));
    if (this.pristine ? !files.every((file) => this.pristine!.has(file)) : texts!.includes(null)) return null;
    // One tag and one TakenUnit for the unit's files.
    const unit = { id, key };
    const taken: TakenUnit = { key, entry, files: files.length };
    return files.map((file, i) => {
      const renderedEntry = manifest.rendered[file];
      const reused =
        renderedEntry === undefined
          ? { sha256: hashes[i], unit: taken }
          : { sha256: hashes[i], renderedEntry, unit: taken };
      return texts ? { path: file, contents: texts[i]!, reused, unit } : lazyFile(this.dir, file, { reused, unit });
    });
  }

  /**
   * `file` (one the format stage does not touch, such as the mock spec), marked reused when its contents are what
   * sdkgen wrote last time and the file on disk still holds them: nothing is compared or written for it then.
   */
  takeUnformatted(file: RenderedFile): RenderedFile {
    const hash = this.manifest.files[file.path];
    if (hash === undefined || this.pristine?.has(file.path) === false) return file;
    const parts = file.contentsParts ?? [file.contents];
    // Contents of another size than the file on disk are other contents: not hashed (a large spec's mock, which
    // changes whenever the spec does, takes milliseconds to hash). UTF-8 takes one to three bytes for each UTF-16
    // unit: contents with more units than the file has bytes (most often, a spec that grew) are not even measured.
    const size = this.sizeOf(file.path);
    let units = 0;
    for (const part of parts) units += part.length;
    if (size === null || units > size) return file;
    let bytes = 0;
    for (const part of parts) bytes += Buffer.byteLength(part);
    if (bytes !== size) return file;
    const digest = createHash('sha256');
    for (const part of parts) digest.update(part);
    if (digest.digest('hex') !== hash) return file;
    if (!this.pristine && this.readPristine(file.path) === null) return file;
    file.reused = { sha256: hash };
    return file;
  }

  /** The size in bytes of the file on disk, or null when there is none. */
  private sizeOf(file: string): number | null {
    try {
      return statSync(path.join(this.dir, file)).size;
    } catch {
      return null;
    }
  }

  /** The file's text when it is what the manifest says sdkgen wrote, else null. */
  private readPristine(file: string): string | null {
    const text = this.read(file);
    return text !== null && this.hashes(text, file) ? text : null;
  }

  private read(file: string): string | null {
    try {
      return readFileSync(path.join(this.dir, file), 'utf8');
    } catch {
      return null;
    }
  }

  private hashes(text: string, file: string): boolean {
    return createHash('sha256').update(text).digest('hex') === this.manifest.files[file];
  }

  /**
   * The files the manifest lists that hold, on disk, other bytes than sdkgen wrote (edited by hand), when every
   * other one holds what sdkgen wrote; null when one is missing or cannot be read.
   */
  async editedFiles(): Promise<string[] | null> {
    await this.ready();
    const listed = Object.keys(this.manifest.files);
    if (this.pristine && this.edited) {
      const { pristine, edited } = this;
      return listed.every((file) => pristine.has(file) || edited.has(file))
        ? listed.filter((f) => edited.has(f))
        : null;
    }
    const edited: string[] = [];
    for (const file of listed) {
      const text = this.read(file);
      if (text === null) return null;
      if (!this.hashes(text, file)) edited.push(file);
    }
    return edited;
  }

  /** Stops the worker, if it is still hashing. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private inWorker(files: string[]): Promise<OnDisk> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { root: this.dir, files: files.map((file) => [file, this.manifest.files[file]]) },
    });
    this.worker = worker;
    // Not a reason to keep the process alive: a run that fails before rendering exits at once.
    worker.unref();
    return new Promise((resolve, reject) => {
      worker.once('message', (found: { same: string[]; edited: string[] }) => {
        this.worker = null;
        void worker.terminate();
        resolve({ same: new Set(found.same), edited: new Set(found.edited) });
      });
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('the hashing worker stopped before it was done')));
    });
  }
}

/** A reused file whose text is read from disk when first asked for. */
function lazyFile(dir: string, file: string, fields: Pick<RenderedFile, 'rendered' | 'reused' | 'unit'>): RenderedFile {
  let text: string | undefined;
  return {
    path: file,
    get contents() {
      text ??= readFileSync(path.join(dir, file), 'utf8');
      return text;
    },
    ...fields,
  };
}

/**
 * The output of the last run, as a regeneration can reuse it. The manifest records, per file, the fingerprint of the
 * text the emitter rendered before formatting, and the format key (format/format-key.ts) it was formatted under. A
 * file whose new render has the same fingerprint, under the same key, formats to the bytes sdkgen wrote last time:
 * when the file on disk still holds them (its sha256 is the manifest's), it is the answer, and it is neither
 * formatted again nor written. A file the user edited is not reused: it goes through the write stage's merge as
 * before.
 *
 * Which files still hold what sdkgen wrote is found by reading and hashing them: for a large output in a worker
 * thread, started before the spec is even loaded, so that it is done by the time the first file is rendered. A file
 * whose status is the one the last generation recorded with its hash (hash-cache.ts) is not read again. Done with
 * them, the worker hashes the texts of the unit keys (emit/key-leaves.ts) while the main thread goes on.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TextHasher } from '../emit/key-leaves';
import type { RenderedFile, TakenUnit } from '../emit/render';
import { readStamped } from '../file-stamp';
import { compareStrings } from '../naming/case';
import { readManifestSync, renderedEntry, unitEntry, type Manifest } from './manifest';
import { SERVE_OUTPUT_SOURCE } from './output-worker';
import { HASH_CACHE, HASH_CACHE_SOURCE } from './hash-cache';
import { WORKER_READ_SOURCE } from './worker-read';

/** Past this many files, they are hashed in a worker thread (starting one costs ~40 ms of CPU). */
const WORKER_MIN_FILES = 400;

/**
 * Texts go to the worker in batches of about this many characters, each sent once full: the main thread lets them go
 * young, and a batch costs less to send than all of them in one message (GitHub's 14 MB: ~10 ms against 15-60).
 */
const TEXT_BATCH = 1 << 20;

/** The worker's answer for a file that holds what sdkgen wrote, and for one that holds other bytes. */
const SAME = 1;
const EDITED = 2;

/**
 * Reads and hashes files (worker-read.ts), as manifest.ts hashes them, but those whose status the cache records
 * (hash-cache.ts), which a generation's worker then records anew; replies with a byte a file, in the order listed: SAME when its hash is as listed, EDITED when the file holds other bytes, 0 when it could not be read. Then
 * hashes texts as it is sent them (TextHasher), replying to each message in turn. Handed the write stage's compare
 * job (OutputWorker over this thread: sharedThread()), it serves that too, on the channel it is given: one thread's
 * start (~36 ms of CPU) rather than two.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, statSync } = require('node:fs');
const path = require('node:path');
${WORKER_READ_SOURCE}
${HASH_CACHE_SOURCE}
${SERVE_OUTPUT_SOURCE}
// A path as sdkgen lists them is joined as it is: none of its names is empty, "." or "..", and "/" is between them.
// (path.join, as the write stage joins paths, would leave it so, and cost a tenth of the time of reading the files.)
const ODD = /(?:^|\\/)\\.{0,2}(?:\\/|$)|\\\\/;
const { dir, files, hashes, record } = workerData;
const found = new Uint8Array(files.length);
// What the last generation found of each file, by its status (hash-cache.ts); a generation records it anew.
const cached = readHashCache(dir);
const before = record === null ? 0 : Date.now() - record.recentMs;
const entries = record === null ? null : Object.create(null);
let newlyRecorded = 0;
// The stamp of each file found to hold what sdkgen wrote, as it was found: the compare job (serveOutput's knownOnDisk)
// knows such a file's hash without hashing it, while it keeps that stamp.
const sameStamps = new Map();
for (let i = 0; i < files.length; i++) {
  const file = ODD.test(files[i]) ? path.join(dir, files[i]) : dir + '/' + files[i];
  const entry = cached[files[i]];
  let sha = null;
  let stamp = null;
  if (typeof entry === 'string') {
    const stat = statSync(file, { throwIfNoEntry: false });
    const space = entry.indexOf(' ');
    if (stat !== undefined && entry.slice(0, space) === stampOf(stat)) {
      sha = entry.slice(space + 1);
      stamp = entry.slice(0, space);
      if (entries !== null) entries[files[i]] = entry;
    }
  }
  let fd = -1;
  try {
    if (sha === null) {
      fd = openSync(file, 'r');
      // (Its status before it is read: a change while it is read gives it another.)
      const stat = fstatSync(fd);
      // (Read first: it may replace readBuffer.)
      const size = readToEnd(fd);
      sha = sha256(readBuffer.subarray(0, size));
      if (stat.isFile()) stamp = stampOf(stat);
      if (entries !== null && stat.isFile() && recordable(stat, before)) {
        entries[files[i]] = stamp + ' ' + sha;
        newlyRecorded++;
      }
    }
    found[i] = sha === hashes[i] ? ${SAME} : ${EDITED};
    if (sha === hashes[i] && stamp !== null) sameStamps.set(files[i], stamp + ' ' + sha);
  } catch {
    // absent or unreadable: not reused
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}
parentPort.postMessage(found, [found.buffer]);
function knownOnDisk(file, stat) {
  const seen = sameStamps.get(file);
  const space = seen === undefined ? -1 : seen.indexOf(' ');
  return space !== -1 && seen.slice(0, space) === stampOf(stat) ? seen.slice(space + 1) : null;
}
// (A few files written since the cache, the next run reads again rather than this one writing it all.)
if (entries !== null && newlyRecorded >= Math.max(32, files.length / 32)) writeHashCache(dir, entries);
let digests = [];
parentPort.on('message', ({ texts, replace, last, serveOutput: settings, port }) => {
  if (settings) return serveOutput(settings, port);
  for (let text of texts) {
    for (const [part, by] of replace) text = text.replaceAll(part, by);
    digests.push(sha256(text).slice(0, 32));
  }
  if (!last) return;
  parentPort.postMessage(digests);
  digests = [];
});
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
  /** Whether textHasher() was asked for (its worker hashes texts once). */
  private hashedTexts = false;
  /** Whether its worker was handed to an OutputWorker too, which ends it (sharedThread()). */
  private shared = false;
  /** Who waits for the worker's next replies, in the order it sends them. */
  private readonly replies: Array<{ resolve: (reply: unknown) => void; reject: (error: unknown) => void }> = [];

  private constructor(
    /** The output directory (absolute). */
    readonly dir: string,
    private readonly manifest: Manifest & { format: string; rendered: Record<string, string> },
    workerMinFiles: number,
    /** Whether the worker, done with the files, waits for texts to hash (textHasher); else it stops then. */
    private readonly hashesTexts: boolean,
    /** Whether the worker records what it found in the hash cache (only one that lives on, hashing texts, can). */
    private readonly recordsHashes: boolean,
  ) {
    const listed = Object.keys(manifest.files);
    this.checking = listed.length >= workerMinFiles ? this.inWorker(listed) : null;
  }

  /**
   * The previous output in `dir`, or null when its manifest records no fingerprints (none, or an older sdkgen's).
   * With `workerMinFiles` files or more, they are hashed in a worker thread, which with `hashesTexts` then hashes
   * texts (textHasher), and with `recordsHashes` too (a run that writes the output) records what it found of the files
   * (hash-cache.ts).
   */
  static open(
    dir: string,
    workerMinFiles = WORKER_MIN_FILES,
    hashesTexts = false,
    recordsHashes = false,
  ): PreviousOutput | null {
    const manifest = readManifestSync(dir);
    if (!manifest?.format) return null;
    // No `rendered` map: no file went through the formatter (every Python file printed in Ruff's layout); the files
    // written as printed are still taken when their bytes are the same (takeUnformatted).
    const fingerprinted = { ...manifest, rendered: manifest.rendered ?? {} } as Manifest & {
      format: string;
      rendered: Record<string, string>;
    };
    return new PreviousOutput(path.resolve(dir), fingerprinted, workerMinFiles, hashesTexts, recordsHashes);
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
   * The files of the plan's unit `id` (emit/typescript/plan-units.ts) as the last run wrote them, when the unit's key then was
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
    // Contents of another size than the file on disk are other contents: not hashed (a large spec's mock, which
    // changes whenever the spec does, takes milliseconds to hash). UTF-8 takes one to three bytes for each UTF-16
    // unit: contents with more units than the file has bytes (most often, a spec that grew) are not even measured.
    const size = this.sizeOf(file.path);
    if (size === null) return file;
    const digest = createHash('sha256');
    if (file.copyOf) {
      // (A copy is as large as the file it copies, and its bytes are that file's.)
      if (file.copyOf.size !== size) return file;
      digest.update(readStamped(file.copyOf.file, file.copyOf.stamp));
    } else {
      const parts = file.contentsParts ?? [file.contents];
      let units = 0;
      for (const part of parts) units += part.length;
      if (units > size) return file;
      let bytes = 0;
      for (const part of parts) bytes += Buffer.byteLength(part);
      if (bytes !== size) return file;
      for (const part of parts) digest.update(part);
    }
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

  /**
   * Hashes texts in the worker (see TextHasher), once, when the files are hashed in one; else null. The texts are
   * sent as they are taken; it answers once done with the files and them. (The thread then waits, for the compare
   * job to be handed it, until close().)
   */
  textHasher(): TextHasher | null {
    const worker = this.worker;
    if (!worker || this.hashedTexts) return null;
    this.hashedTexts = true;
    return (texts, replace) => {
      if (this.worker !== worker) return Promise.reject(new Error('the hashing worker has stopped'));
      const digests = this.reply<string[]>();
      let batch: string[] = [];
      let size = 0;
      for (const text of texts) {
        batch.push(text);
        size += text.length;
        if (size < TEXT_BATCH) continue;
        worker.postMessage({ texts: batch, replace, last: false });
        batch = [];
        size = 0;
      }
      worker.postMessage({ texts: batch, replace, last: true });
      return digests;
    };
  }

  /**
   * The worker thread, for an OutputWorker comparing the files of `dir` to share (it hands it its job, and ends it
   * once done), when it runs and this is the output of `dir`; else null.
   */
  sharedThread(dir: string): Worker | null {
    if (!this.worker || path.resolve(dir) !== this.dir) return null;
    this.shared = true;
    return this.worker;
  }

  /** Stops the worker (unless an OutputWorker shares it: then that one does). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!this.shared) await worker?.terminate();
  }

  private inWorker(files: string[]): Promise<OnDisk> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        dir: this.dir,
        files,
        hashes: files.map((file) => this.manifest.files[file]),
        // (A generation that writes: the worker lives on, and can record what it found while the run goes on.)
        record: this.hashesTexts && this.recordsHashes ? { recentMs: HASH_CACHE.recentMs } : null,
      },
      // It prints nothing: no streams for its output here (a millisecond of this thread's).
      stdout: true,
      stderr: true,
    });
    this.worker = worker;
    // Not a reason to keep the process alive: a run that fails before rendering exits at once.
    worker.unref();
    worker.on('message', (reply: unknown) => this.replies.shift()?.resolve(reply));
    const stopped = (error: unknown) => {
      this.worker = null;
      for (const waiting of this.replies.splice(0)) waiting.reject(error);
    };
    worker.once('error', stopped);
    worker.once('exit', () => stopped(new Error('the hashing worker stopped before it was done')));
    return this.reply<Uint8Array>().then((found) => {
      // (Stopped now, not awaited: the main thread goes on.)
      if (!this.hashesTexts) void this.close();
      const onDisk: OnDisk = { same: new Set(), edited: new Set() };
      files.forEach((file, i) => {
        if (found[i] === SAME) onDisk.same.add(file);
        else if (found[i] === EDITED) onDisk.edited.add(file);
      });
      return onDisk;
    });
  }

  /** The worker's next reply not yet waited for. */
  private reply<T>(): Promise<T> {
    return new Promise((resolve, reject) =>
      this.replies.push({ resolve: resolve as (reply: unknown) => void, reject }),
    );
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

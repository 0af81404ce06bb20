/**
 * Worker threads that take the output's files as each one is final, while this thread renders the next ones, and
 * do with them what the write stage would otherwise do here at the end:
 * - `write`: writes them under a new folder (fresh-output.ts) and hashes them for the manifest;
 * - `compare`: reads the file of the same path in an existing output directory, notes whether it holds exactly the
 *   new contents (then write.ts neither reads nor writes it), and hashes the new contents for the manifest.
 *
 * A worker also takes files rendered, not yet formatted (format()): it formats them itself with oxfmt, as the format
 * stage would (format/oxfmt-thread.ts), then writes them. For a new output, the main thread (which every later file
 * waits on) then neither crosses their text into oxfmt and back, nor wraps their comments, nor sends them on: on
 * GitHub's SDK (4,500 files, 17 MB) about 0.14 s of its CPU.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { CopiedFile, RenderedFile } from '../emit/render';
import { FormatError, oxfmtConcurrency } from '../format/format';
import { BATCH_BYTES as OXFMT_BATCH_BYTES, BATCH_FILES as OXFMT_BATCH_FILES } from '../format/oxfmt-batches';
import type { OxfmtGroup, OxfmtParser, WrapOptions } from '../format/oxfmt-thread';
import { methodCount } from '../ir/resources';
import type { Api } from '../ir/types';
import { WORKER_READ_SOURCE } from './worker-read';
import { fileMode, isProtected } from './write';

/**
 * The size of API whose output is worth a worker: starting one costs ~40 ms of CPU, and the write stage of a few
 * hundred files takes less than that here.
 */
export const OUTPUT_WORKER_MIN_METHODS = 250;

/** Whether the output of `api` is large enough for an OutputWorker. */
export function outputWorkerPays(api: Api): boolean {
  return methodCount(api) >= OUTPUT_WORKER_MIN_METHODS;
}

export type OutputWorkerMode = 'write' | 'compare';

/** What the worker knows at the end: sha256 (of the UTF-8 bytes, as manifest.ts hashes) of every file's contents. */
export interface OutputWorkerResult {
  hashes: Map<string, string>;
  /** `compare`: the paths whose file on disk is exactly the new contents. */
  unchanged: Set<string>;
  /**
   * `compare`: for each other path, the sha256 of the file on disk, or null when there is none (or it cannot be
   * read): write.ts tells an edited file from one sdkgen wrote without reading it again.
   */
  onDisk: Map<string, string | null>;
}

type WorkerReply =
  | { hashes: Array<[string, string]>; unchanged: string[]; onDisk: Array<[string, string | null]> }
  | { failure: { message: string; code?: string; path: string; format?: boolean } };

/**
 * The worker's code (plain JavaScript, evaluated as a CommonJS script, so that it runs the same from the sources
 * and from dist/). A later copy of a path replaces the earlier. `write` remembers the first error and then writes
 * nothing more; on `finish` it removes the paths it is told to. The reply is the hashes (and `compare`'s unchanged
 * paths), or the error. `format` messages carry rendered files, formatted here (dist/oxfmt-thread.cjs) a few oxfmt
 * calls at a time, then written as the others; `finish` waits for them.
 */
export const SERVE_OUTPUT_SOURCE = `
function serveOutput(settings, port) {
const { closeSync, mkdirSync, openSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { root, mode } = settings;
const made = new Set([root]);
const hashes = new Map();
const unchanged = new Set();
const onDisk = new Map();
let failure = null;
function write(file, bytes) {
  const target = path.join(root, file.path);
  const dir = path.dirname(target);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(target, bytes, { mode: file.mode });
}
// The sha256 of a file on disk of that status, when the thread found it earlier and it still has the status it had
// then (previous-output.ts defines knownOnDisk in its thread); else null.
const knownHash = typeof knownOnDisk === 'function' ? knownOnDisk : () => null;
function compare(file, bytes) {
  let current = null;
  let known = null;
  let fd = -1;
  try {
    fd = openSync(path.join(root, file.path), 'r');
    const stat = readStat(fd);
    known = knownHash(file.path, stat);
    // Of another size, it holds other bytes: read only when its hash is not known (a large mock spec's).
    if (known === null || stat.size === bytes.length) {
      // (Read first: it may replace readBuffer.)
      const size = readToEnd(fd);
      current = readBuffer.subarray(0, size);
      // (Its status once read: a change while it was read gives it another.)
      if (known !== null) known = knownHash(file.path, readStat(fd));
    }
  } catch {
    // absent, or not a readable file: write.ts finds out what it is
  } finally {
    if (fd !== -1) closeSync(fd);
  }
  // The bytes, not the text: what the file holds is exactly the new contents only if its bytes are theirs.
  if (current !== null && bytes.equals(current)) {
    unchanged.add(file.path);
    onDisk.delete(file.path);
  } else {
    unchanged.delete(file.path);
    onDisk.set(file.path, known ?? (current === null ? null : sha256(current)));
  }
}
// Each file is encoded into the same buffer, grown when a file needs more: a new buffer per file is new memory each
// time, and each of its pages is a page fault. (UTF-8 takes at most 3 bytes per UTF-16 unit.)
let scratch = Buffer.allocUnsafeSlow(1 << 20);
function encoded(parts) {
  let most = 0;
  for (const part of parts) most += 3 * part.length;
  if (most > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(most, 2 * scratch.length));
  let at = 0;
  for (const part of parts) at += scratch.write(part, at, 'utf8');
  return scratch.subarray(0, at);
}
// The bytes of a file another is a copy of (RenderedFile.copyOf), which must still have the stamp it was read under.
function copied(copyOf) {
  const fd = openSync(copyOf.file, 'r');
  try {
    // Its own buffer (compare() reads the file on disk into readBuffer), a byte more: a file that grew fills it.
    const bytes = Buffer.allocUnsafeSlow(copyOf.size + 1);
    let size = 0;
    while (size < bytes.length) {
      const read = readInto(fd, bytes, size, bytes.length - size, null);
      if (read === 0) break;
      size += read;
    }
    if (size !== copyOf.size || stampOf(readStat(fd)) !== copyOf.stamp)
      throw new Error(copyOf.file + ' changed while sdkgen was running: generate again');
    return bytes.subarray(0, size);
  } finally {
    closeSync(fd);
  }
}
function store(file) {
  if (failure) return;
  try {
    const bytes = file.copyOf ? copied(file.copyOf) : encoded(file.parts ?? [file.contents]);
    if (mode === 'write') write(file, bytes);
    else compare(file, bytes);
    hashes.set(file.path, sha256(bytes));
  } catch (error) {
    failure = { message: String(error && error.message), code: error && error.code, path: file.path };
  }
}
const groups = [];
const formatting = new Set();
function formatWaiting() {
  while (formatting.size < settings.formatCalls && groups.length > 0) {
    const { group, options } = groups.shift();
    const done = require(settings.formatScript)
      .formatGroup(group, options)
      .catch((error) => group.files.map(() => error))
      .then((texts) => {
        group.files.forEach((file, i) => {
          const text = texts[i];
          if (typeof text === 'string') store({ path: file.path, mode: file.mode, contents: text });
          else failure ??= { message: String(text && text.message), path: file.path, format: true };
        });
      })
      .finally(() => {
        formatting.delete(done);
        formatWaiting();
      });
    formatting.add(done);
  }
}
async function formatted() {
  while (formatting.size > 0) await Promise.all([...formatting]);
}
port.on('message', (message) => {
  if (message.type === 'files') {
    for (const file of message.files) store(file);
  } else if (message.type === 'format') {
    groups.push(message);
    formatWaiting();
  } else if (message.type === 'finish') {
    formatted().then(() => finish(message));
  }
});
function finish(message) {
  for (const file of message.remove) {
    hashes.delete(file);
    unchanged.delete(file);
    onDisk.delete(file);
    if (mode === 'write' && !failure) rmSync(path.join(root, file), { force: true });
  }
  port.postMessage(failure ? { failure } : { hashes: [...hashes], unchanged: [...unchanged], onDisk: [...onDisk] });
  // Done: with its port closed, the worker exits by itself (no terminate() to wait for).
  port.close();
}
}
`;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
${WORKER_READ_SOURCE}
${SERVE_OUTPUT_SOURCE}
serveOutput(workerData, parentPort);
`;

/** Files per message to a worker: fewer messages cost less here, smaller ones start the work sooner. */
const BATCH_FILES = 64;
const BATCH_CHARS = 1 << 20;
/** The workers' young generation (MB): the files only pass through. */
const YOUNG_GENERATION_MB = 8;
/** How many folders of files make a worker thread's share: past them, the next thread starts. */
const FOLDERS_PER_THREAD = 64;

/**
 * Two threads, where there are two cores: creating a file is the kernel's work, and on some file systems it costs
 * half a millisecond a file, so that a large output's last files are still being written when this thread is done
 * rendering. Two threads create them in about half the time then; more gain little on two cores.
 */
function writerThreads(): number {
  return Math.min(2, availableParallelism());
}

type WorkerFile = { path: string; mode: number } & (
  | { contents: string }
  | { parts: readonly string[] }
  | { copyOf: CopiedFile }
);

type GroupFile = OxfmtGroup['files'][number] & { mode: number };

interface Thread {
  worker: Worker;
  /** Where the job's messages go and come from: the worker's own port, or a channel to a thread it shares. */
  port: Worker | MessagePort;
  /** Whether the thread was started for another job (it does not end with this one: terminated once replied). */
  shared: boolean;
  batch: WorkerFile[];
  batchChars: number;
  /** Rendered files waiting to go to the worker's oxfmt together, by parser. */
  groups: Map<OxfmtParser, { files: GroupFile[]; chars: number }>;
  crashed: Error | null;
}

let cachedScript: string | null | undefined;

/** dist/oxfmt-thread.cjs (next to this module in dist/, or in dist/ from the sources), or null where it is not built. */
function oxfmtThreadScript(): string | null {
  cachedScript ??=
    [new URL('./oxfmt-thread.cjs', import.meta.url), new URL('../../dist/oxfmt-thread.cjs', import.meta.url)]
      .map((u) => fileURLToPath(u))
      .find((f) => existsSync(f)) ?? null;
  return cachedScript;
}

export class OutputWorker {
  /** Path → every file handed to a worker (the latest copy). */
  private readonly sent = new Map<string, RenderedFile>();
  /** The paths of the files handed over rendered (format()): their formatted text is the worker's alone. */
  private readonly formatting = new Set<string>();
  private formatOptions: Record<string, unknown> = {};
  private readonly script = oxfmtThreadScript();
  private readonly threads: Thread[];
  private closed = false;
  /** The workers' termination, once begun. */
  private stopped: Promise<void> | null = null;

  /** Up to how many worker threads take the files. */
  private readonly maxThreads: number;
  /** oxfmt's calls at a time in each thread. */
  private readonly formatCalls: number;
  /** Which thread each folder's files go to, fixed at its first file. */
  private readonly folderThreads = new Map<string, Thread>();
  /** How many folders were given a thread. */
  private folders = 0;

  /**
   * Starts a worker on the folder `root` (absolute); up to `threads` of them take the files. The second starts only
   * once the output proves large (FOLDERS_PER_THREAD folders): a regeneration hands over a few files, and a thread
   * costs ~40 ms of CPU to start, on the core the main thread would otherwise have. Given `shared`, a running
   * thread whose source includes SERVE_OUTPUT_SOURCE (previous-output.ts), the first worker is that thread: it is
   * handed the job, and serves it once done with what it was doing.
   */
  constructor(
    private readonly mode: OutputWorkerMode,
    readonly root: string,
    threads: number = writerThreads(),
    shared: Worker | null = null,
  ) {
    this.maxThreads = Math.max(1, threads);
    // oxfmt's calls at a time, shared between the threads, as many as in this thread (format.ts).
    this.formatCalls = Math.ceil(oxfmtConcurrency() / this.maxThreads);
    this.threads = [shared ? this.shareThread(shared) : this.startThread()];
  }

  /** The settings its worker's serveOutput() takes. */
  private get settings() {
    return { root: this.root, mode: this.mode, formatScript: this.script, formatCalls: this.formatCalls };
  }

  /** How many worker threads it started (a thread it was handed, the previous output's, is not one). */
  get threadsStarted(): number {
    return this.threads.filter((thread) => !thread.shared).length;
  }

  private startThread(): Thread {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: this.settings,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      // Comparing, it prints nothing: no streams for its output here (a millisecond of this thread's). Writing, it
      // runs oxfmt, which may print: to this process's output, as by default.
      ...(this.mode === 'compare' ? { stdout: true, stderr: true } : {}),
    });
    return this.thread(worker, worker, false);
  }

  /** The job handed to a running thread, over a channel of its own. */
  private shareThread(worker: Worker): Thread {
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ serveOutput: this.settings, port: port2 }, [port2]);
    return this.thread(worker, port1, true);
  }

  private thread(worker: Worker, port: Worker | MessagePort, shared: boolean): Thread {
    const thread: Thread = { worker, port, shared, batch: [], batchChars: 0, groups: new Map(), crashed: null };
    worker.on('error', (error) => (thread.crashed ??= error));
    return thread;
  }

  /** Hands a final file over (a protected path is left alone, as writeOutput leaves it). */
  add(file: RenderedFile): void {
    if (this.closed || isProtected(file.path)) return;
    this.sent.set(file.path, file);
    const thread = this.threadFor(file.path);
    const mode = fileMode(file.path);
    // A copy goes as the file it is a copy of (the worker reads it); a file made in parts as they are: its contents
    // are neither read nor joined here.
    if (file.copyOf) {
      thread.batch.push({ path: file.path, copyOf: file.copyOf, mode });
      // (Sent at once, as its text would be: the worker reads it while the next files are rendered.)
      thread.batchChars += file.copyOf.size;
    } else if (file.contentsParts) {
      thread.batch.push({ path: file.path, parts: file.contentsParts, mode });
      for (const part of file.contentsParts) thread.batchChars += part.length;
    } else {
      thread.batch.push({ path: file.path, contents: file.contents, mode });
      thread.batchChars += file.contents.length;
    }
    if (thread.batch.length >= BATCH_FILES || thread.batchChars >= BATCH_CHARS) this.flush(thread);
  }

  /**
   * Hands a rendered file over, to be formatted by the worker (oxfmt with `options`, format.ts's session batching it
   * as `batched` says, then its JSDoc wrapped as `wrap` says) and written; false when it is not taken (the script is
   * not built, or the path is protected): the caller formats it.
   */
  format(
    file: { path: string; contents: string },
    wrap: WrapOptions,
    parser: OxfmtParser,
    batched: boolean,
    options: Record<string, unknown>,
  ): boolean {
    if (this.closed || this.script === null || isProtected(file.path)) return false;
    this.formatting.add(file.path);
    this.formatOptions = options;
    const thread = this.threadFor(file.path);
    const entry = { path: file.path, contents: file.contents, wrap, mode: fileMode(file.path) };
    // Batched as format.ts's session batches (oxfmt-batches.ts), a batch a message.
    if (!batched) {
      this.sendGroup(thread, { parser, batched: false, files: [entry] });
      return true;
    }
    const group = thread.groups.get(parser) ?? { files: [], chars: 0 };
    thread.groups.set(parser, group);
    group.files.push(entry);
    group.chars += file.contents.length;
    if (group.chars >= OXFMT_BATCH_BYTES || group.files.length >= OXFMT_BATCH_FILES) {
      thread.groups.delete(parser);
      this.sendGroup(thread, { parser, batched: true, files: group.files });
    }
    return true;
  }

  /** Whether the file of `path` was handed over rendered, to be formatted by the worker. */
  formats(path: string): boolean {
    return this.formatting.has(path);
  }

  /**
   * Waits for the workers to be done with `files` (the whole output, as writeOutput receives it): what was not handed
   * over yet, or handed over with other contents, is handed over now, and what was handed over but is not in
   * `files` is dropped (removed, when written). Rejects with a worker's first error, as the fs call threw it.
   * The workers end either way: each that replied exits by itself, while this thread goes on; the others are stopped.
   */
  async finish(files: RenderedFile[]): Promise<OutputWorkerResult> {
    try {
      const final = new Set<string>();
      for (const file of files) {
        if (isProtected(file.path)) continue;
        final.add(file.path);
        // (Its text is the worker's: read here, it would be read back from the file the worker is writing.)
        if (this.formatting.has(file.path)) continue;
        const sent = this.sent.get(file.path);
        if (sent !== file && sent?.contents !== file.contents) this.add(file);
      }
      const dropped = [...this.sent.keys(), ...this.formatting].filter((p) => !final.has(p));
      const replies = await Promise.all(
        this.threads.map((thread) => {
          this.flush(thread);
          for (const [parser, group] of thread.groups)
            this.sendGroup(thread, { parser, batched: true, files: group.files });
          thread.groups.clear();
          return this.request(
            thread,
            dropped.filter((p) => this.threadFor(p) === thread),
          );
        }),
      );
      this.closed = true;
      return {
        hashes: new Map(replies.flatMap((reply) => reply.hashes)),
        unchanged: new Set(replies.flatMap((reply) => reply.unchanged)),
        onDisk: new Map(replies.flatMap((reply) => reply.onDisk)),
      };
    } finally {
      if (!this.closed) this.stop().catch(() => {});
    }
  }

  /** Stops the workers (what they wrote stays: the caller removes it). */
  stop(): Promise<void> {
    this.closed = true;
    this.stopped ??= Promise.all(
      this.threads.map((thread) => {
        if (thread.shared) (thread.port as MessagePort).close();
        return thread.worker.terminate();
      }),
    ).then(() => {});
    return this.stopped;
  }

  /**
   * The worker of a file: the same for every file of a folder, so that a later copy of a path goes where the
   * earlier went (and replaces it), and each folder is made by one thread. Folders are dealt to the threads in turn;
   * the second thread starts at the FOLDERS_PER_THREAD-th folder.
   */
  private threadFor(file: string): Thread {
    const dir = path.posix.dirname(file);
    let thread = this.folderThreads.get(dir);
    if (thread === undefined) {
      const wanted = Math.min(this.maxThreads, 1 + Math.floor(this.folders / FOLDERS_PER_THREAD));
      while (this.threads.length < wanted) this.threads.push(this.startThread());
      thread = this.threads[this.folders++ % this.threads.length];
      this.folderThreads.set(dir, thread);
    }
    return thread;
  }

  private flush(thread: Thread): void {
    if (thread.batch.length === 0) return;
    thread.port.postMessage({ type: 'files', files: thread.batch });
    thread.batch = [];
    thread.batchChars = 0;
  }

  private sendGroup(thread: Thread, group: OxfmtGroup): void {
    thread.port.postMessage({ type: 'format', group, options: this.formatOptions });
  }

  private request(thread: Thread, remove: string[]): Promise<Exclude<WorkerReply, { failure: unknown }>> {
    if (thread.crashed) return Promise.reject(thread.crashed);
    const { worker, port } = thread;
    return new Promise((resolve, reject) => {
      const onExit = () => reject(thread.crashed ?? new Error('the output worker stopped before it was done'));
      worker.once('exit', onExit);
      port.once('message', (reply: WorkerReply) => {
        worker.off('exit', onExit);
        // A shared thread goes on after its job: ended now, not awaited.
        if (thread.shared) void worker.terminate();
        if ('hashes' in reply) return resolve(reply);
        const { message, code, path: file, format } = reply.failure;
        if (format) return reject(new FormatError(file, new Error(message)));
        reject(Object.assign(new Error(message), code ? { code } : {}));
      });
      port.postMessage({ type: 'finish', remove });
    });
  }
}

/**
 * Ruff's formatter on worker threads, one WebAssembly instance each: the Python files of a generation are formatted
 * there while this thread prints the next ones. A file a thread cannot format is formatted again on this thread
 * (formatPython), so that its error, and a Ruff that cannot load, read as they do without threads.
 *
 * Nothing starts before a file needs Ruff: most printed files are written in Ruff's layout already (py-layout.ts)
 * and skip it, and a run whose files all do never loads Ruff (~70 ms of CPU for a thread and its copy of Ruff). The
 * first files that need formatting are formatted on this thread (up to CHARS_HERE_COLD: most SDKs leave Ruff well
 * under a megabyte); past it a thread starts, which takes the rest while this thread prints the next files. A
 * regeneration takes most files from the last output, and they need no Ruff either: there threads start only past
 * CHARS_HERE.
 */
import { createRequire } from 'node:module';
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { defaultV8Flags, formatPython, RUFF_SETTINGS, RUFF_V8_FLAGS } from './ruff';

/** More threads than this would each compile Ruff's module for a share too small to repay it. */
const MAX_THREADS = 4;
/**
 * One thread formats an SDK such as Smithery's (0.6 MB of Python) in ~0.15 s of CPU, less than a second one costs
 * to start; another starts only when every thread has this many characters waiting.
 */
const CHARS_PER_THREAD = 1 << 20;
/** In a regeneration, what this thread formats before threads take the rest (~50 ms of Ruff's time). */
const CHARS_HERE = 256 << 10;
/**
 * In a new generation, the same, up to what one thread takes before a second starts: Ruff loaded here costs ~30 ms
 * less CPU than a thread with its own copy (Petstore's two files that need it, 21 KB: 80 against 112 ms), and a thread
 * started once this thread has loaded Ruff loads it a second time (~90 ms of CPU) to format what this thread formats
 * in less (~0.25 µs a character: the 0.3–0.6 MB that Increase's, Stripe's or GitHub's SDK leave Ruff, 70–150 ms).
 */
const CHARS_HERE_COLD = CHARS_PER_THREAD;

/** The thread: CommonJS source (eval), so that it runs the same from the sources (tests) and from dist/. */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { setFlagsFromString } = require('node:v8');
let workspace = null;
let failure = null;
// (ruff.ts says why.)
for (const flag of workerData.flags) setFlagsFromString(flag);
try {
  const ruff = require(workerData.ruff);
  workspace = new ruff.Workspace(workerData.settings, ruff.PositionEncoding.Utf16);
} catch (error) {
  failure = String(error);
} finally {
  for (const flag of workerData.defaults) setFlagsFromString(flag);
}
// The first call compiles what formatting calls (lazily): done now, before the files come.
if (workspace !== null) workspace.format('x = 1\\n');
parentPort.on('message', ({ id, text }) => {
  if (workspace === null) return parentPort.postMessage({ id, error: failure });
  try {
    parentPort.postMessage({ id, text: workspace.format(text) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Thread {
  worker: Worker;
  /** Characters sent and not yet answered: each file goes to the thread with the fewest. */
  pending: number;
}

interface Job {
  thread: Thread;
  file: string;
  text: string;
  resolve: (text: string) => void;
  reject: (error: unknown) => void;
}

export class RuffPool {
  private readonly threads: Thread[] = [];
  private readonly waiting = new Map<number, Job>();
  private nextId = 0;
  /** Threads started (those lost included): no more than maxThreads. */
  private started = 0;

  private constructor(
    /** The module's path. */
    private readonly ruff: string,
    private readonly maxThreads: number,
    /** Characters still to be formatted on this thread before any thread starts. */
    private hereLeft: number,
  ) {}

  /**
   * Threads for Ruff, none yet (the first once this thread has formatted CHARS_HERE_COLD, more as the files waiting
   * call for them, one per core up to MAX_THREADS). Null on one core or where Ruff is not installed: then formatPython
   * formats on this thread (and reports a Ruff that is missing). In a `regeneration`, the budget is CHARS_HERE.
   */
  static start(options: { regeneration?: boolean } = {}): RuffPool | null {
    const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
    if (cores < 2) return null;
    let pool: RuffPool;
    try {
      pool = new RuffPool(
        createRequire(import.meta.url).resolve('@astral-sh/ruff-wasm-nodejs'),
        Math.min(cores, MAX_THREADS),
        options.regeneration ? CHARS_HERE : CHARS_HERE_COLD,
      );
    } catch {
      return null;
    }
    return pool;
  }

  private startThread(): void {
    this.started++;
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: {
        ruff: this.ruff,
        settings: RUFF_SETTINGS,
        flags: RUFF_V8_FLAGS,
        defaults: defaultV8Flags(),
      },
      stdout: true,
      stderr: true,
    });
    // Not a reason to keep the process alive while it has nothing to do: a run that fails first exits at once.
    worker.unref();
    const thread: Thread = { worker, pending: 0 };
    worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
      const job = this.waiting.get(id);
      if (!job) return;
      this.waiting.delete(id);
      thread.pending -= job.text.length;
      if (thread.pending === 0) worker.unref();
      if (error === undefined) job.resolve(text!);
      else formatHere(job);
    });
    worker.once('error', () => this.lost(thread));
    worker.once('exit', () => this.lost(thread));
    this.threads.push(thread);
  }

  /** The threads started so far (those lost included). */
  get threadsStarted(): number {
    return this.started;
  }

  /** `text` formatted by Ruff, on the thread with the least left to do; `file` names it in an error. */
  format(text: string, file: string): Promise<string> {
    if (this.started === 0 && text.length <= this.hereLeft) {
      this.hereLeft -= text.length;
      return new Promise<string>((resolve) => resolve(formatPython(text, file)));
    }
    const least = () =>
      this.threads.reduce<Thread | null>((min, t) => (min && min.pending <= t.pending ? min : t), null);
    let thread = least();
    if ((!thread || thread.pending >= CHARS_PER_THREAD) && this.started < this.maxThreads) {
      this.startThread();
      thread = least();
    }
    if (!thread) return Promise.resolve().then(() => formatPython(text, file));
    const id = this.nextId++;
    if (thread.pending === 0) thread.worker.ref();
    thread.pending += text.length;
    return new Promise<string>((resolve, reject) => {
      this.waiting.set(id, { thread, file, text, resolve, reject });
      thread.worker.postMessage({ id, text });
    });
  }

  /**
   * Stops the threads, not waiting for them: awaited, a thread with nothing to do keeps nothing alive, and the
   * process could end there. What they had not answered (a run that failed meanwhile) is not formatted.
   */
  close(): void {
    for (const thread of this.threads.splice(0)) thread.worker.terminate().catch(() => {});
    for (const job of this.waiting.values()) job.reject(new Error(`${job.file}: Ruff's threads were stopped`));
    this.waiting.clear();
  }

  /** A thread that stopped or failed: the others take the next files, and what it held is formatted here. */
  private lost(thread: Thread): void {
    const index = this.threads.indexOf(thread);
    if (index !== -1) this.threads.splice(index, 1);
    for (const [id, job] of this.waiting) {
      if (job.thread !== thread) continue;
      this.waiting.delete(id);
      formatHere(job);
    }
  }
}

function formatHere(job: Job): void {
  try {
    job.resolve(formatPython(job.text, job.file));
  } catch (error) {
    job.reject(error);
  }
}

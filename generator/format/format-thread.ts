/**
 * oxfmt called from a worker thread instead of this one. oxfmt formats on threads of its own, but each call's source
 * crosses into native code (UTF-16 to UTF-8) on the calling thread, and the formatted text comes back, is split
 * into its files and has its JSDoc wrapped there too: on GitHub's SDK (4,500 files, 20 MB) about 0.1 s of the main
 * thread's CPU, the thread every later file waits on. Here the main thread only sends each joined batch and takes
 * each file back, final. Starting the thread (its oxfmt loaded again) costs ~0.1 s of CPU: format.ts starts it for
 * a large output once 2 MB have been sent.
 *
 * The thread's script is dist/format-worker.cjs (built from format-worker.ts); where it is not built, files are
 * formatted in this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchParser } from './oxfmt-batches';
import type { CommentWrap, OxfmtCalls, Parser } from './oxfmt-format';

export type FormatRequest = { id: number } & (
  | { kind: 'joined'; parser: BatchParser; source: string; wraps: Array<CommentWrap | null> }
  | { kind: 'alone'; parser: Parser; source: string; wrap: CommentWrap | null }
);

/** Each file's text or error (one for `alone`); null: the joined batch was refused. */
export interface FormatReply {
  id: number;
  results: Array<string | { error: string }> | null;
}

/** The built script (next to this module in dist/, or in dist/ from the sources), or null. */
export function formatThreadScript(): string | null {
  return (
    [new URL('./format-worker.cjs', import.meta.url), new URL('../../dist/format-worker.cjs', import.meta.url)]
      .map((u) => fileURLToPath(u))
      .find((f) => existsSync(f)) ?? null
  );
}

/** oxfmt's calls (oxfmt-format.ts), made in the thread. */
export class FormatThread implements OxfmtCalls {
  private readonly worker: Worker;
  /** How each request sent and not yet answered is settled. */
  private readonly waiting = new Map<number, (results: Array<string | Error> | null) => void>();
  private next = 0;
  /** Why the thread stopped, once it has: each request still waiting, and each later one, fails with it. */
  private stopped: Error | null = null;

  constructor(script: string) {
    this.worker = new Worker(script);
    // Idle, the thread does not keep the process alive: a run that stops before finish() (an error) still exits.
    this.worker.unref();
    this.worker.on('message', ({ id, results }: FormatReply) => {
      const settle = this.waiting.get(id);
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker.unref();
      settle?.(results && results.map((result) => (typeof result === 'string' ? result : new Error(result.error))));
    });
    const stop = (error: Error) => {
      this.stopped ??= error;
      for (const [id, settle] of this.waiting) {
        this.waiting.delete(id);
        settle(null);
      }
    };
    this.worker.on('error', stop);
    this.worker.on('exit', () => stop(new Error('the format thread stopped before it was done')));
  }

  async joined(parser: BatchParser, source: string, wraps: Array<CommentWrap | null>) {
    // Refused once stopped: each file is then tried alone, and fails with the reason.
    return this.stopped ? null : this.request({ id: this.next++, kind: 'joined', parser, source, wraps });
  }

  async alone(parser: Parser, source: string, wrap: CommentWrap | null): Promise<string | Error> {
    const results = this.stopped ? null : await this.request({ id: this.next++, kind: 'alone', parser, source, wrap });
    return results?.[0] ?? this.stopped ?? new Error('the format thread did not answer');
  }

  /** Stops the thread (once every request has been answered). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private request(request: FormatRequest): Promise<Array<string | Error> | null> {
    return new Promise((settle) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(request.id, settle);
      this.worker.postMessage(request);
    });
  }
}

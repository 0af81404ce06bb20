/**
 * A worker thread that tests call synchronously, as they called spawnSync: the test's thread posts a request and
 * waits (Atomics.wait) until the thread has posted its answer and set `signal[0]` to 1. Requests carry an id the
 * answer repeats, so that an answer to a request given up on is never taken for the next one's.
 *
 * The thread's side: `workerData` has `port` (where requests arrive and answers go) and `signal`, plus what the caller
 * gave; after `port.postMessage({ id, ... })` it sets `signal[0]` to 1 and notifies it.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

export class SyncThread {
  private nextId = 0;

  private constructor(
    private readonly port: MessagePort,
    /** `signal[0]` is the answer flag; `signal[1]` is the thread's to use (the sdkgen bridge's host process id). */
    readonly signal: Int32Array,
  ) {}

  /**
   * The thread running `script` in this process, started on first use. Kept on globalThis under `name`: with
   * `isolate: false`, Vitest runs many test files in one process and may load this module anew for each.
   */
  static shared(name: string, script: URL, workerData: Record<string, unknown> = {}): SyncThread {
    const key = Symbol.for(`sdkgen.test.${name}`);
    const shared = globalThis as { [key: symbol]: SyncThread | undefined };
    const existing = shared[key];
    if (existing) return existing;
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(script, { workerData: { ...workerData, port: port2, signal }, transferList: [port2] });
    // Never keeps the test process alive: it works only while a test waits for it.
    worker.unref();
    port1.unref();
    const thread = new SyncThread(port1, signal);
    shared[key] = thread;
    return thread;
  }

  /** Posts `request` with a new id, which the answer carries; returns the id. */
  post(request: object): number {
    const id = ++this.nextId;
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage({ ...request, id });
    return id;
  }

  /** The answer to request `id`, or null when none came within `ms`. */
  wait<Answer extends { id: number }>(id: number, ms: number): Answer | null {
    const deadline = Date.now() + ms;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(this.signal, 0, 0, left) === 'timed-out') return null;
      Atomics.store(this.signal, 0, 0);
      for (let reply = receiveMessageOnPort(this.port); reply; reply = receiveMessageOnPort(this.port)) {
        const answer = reply.message as Answer;
        if (answer.id === id) return answer;
      }
    }
  }
}

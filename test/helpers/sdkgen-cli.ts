/**
 * `sdkgen <args>` for tests, answered by a warm sdkgen process (./sdkgen-host.mjs) that this test process keeps:
 * the built CLI (dist/main.js) run in the given folder with the given environment, stdout and stderr captured, the
 * exit code as bin/sdkgen.js exits with. A new node process per command costs ~0.3 s of CPU before the command starts
 * (Node's start-up, loading the CLI); hundreds of commands run in a test run. The tests of what only a process of
 * its own shows (bin/sdkgen.js itself, signals, stdin, --watch, a command the test process must serve while it runs)
 * spawn bin/sdkgen.js.
 */
import path from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { buildSdkgen } from './build';
import { ROOT } from './paths';

export interface SdkgenRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The signal that ended the command: SIGKILL when it ran past its timeout. */
  signal: NodeJS.Signals | null;
}

export interface SdkgenOptions {
  cwd?: string;
  /** The command's whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed (default: 10 minutes). */
  timeout?: number;
}

interface Bridge {
  port: MessagePort;
  signal: Int32Array;
  nextId: number;
}

const BRIDGE = Symbol.for('sdkgen.test.cliBridge');
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** One bridge thread per test process, on globalThis since Vitest may load this module anew for each test file. */
function bridge(): Bridge {
  const shared = globalThis as { [BRIDGE]?: Bridge };
  if (shared[BRIDGE]) return shared[BRIDGE];
  buildSdkgen();
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(new URL('./sdkgen-bridge.mjs', import.meta.url), {
    workerData: {
      port: port2,
      signal,
      hostScript: path.join(ROOT, 'test/helpers/sdkgen-host.mjs'),
      builtCli: path.join(ROOT, 'dist/main.js'),
    },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  shared[BRIDGE] = { port: port1, signal, nextId: 0 };
  return shared[BRIDGE];
}

interface Answer {
  id: number;
  code: number | null;
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  crash?: string;
}

/** Waits for the answer to request `id`; null when none came within `ms`. */
function awaitAnswer(channel: Bridge, id: number, ms: number): Answer | null {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0 || Atomics.wait(channel.signal, 0, 0, left) === 'timed-out') return null;
    Atomics.store(channel.signal, 0, 0);
    for (let reply = receiveMessageOnPort(channel.port); reply; reply = receiveMessageOnPort(channel.port)) {
      const answer = reply.message as Answer;
      if (answer.id === id) return answer;
    }
  }
}

export function runSdkgen(args: string[], options: SdkgenOptions = {}): SdkgenRun {
  const channel = bridge();
  const id = ++channel.nextId;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  Atomics.store(channel.signal, 0, 0);
  channel.port.postMessage({ id, args, cwd: options.cwd ?? ROOT, env: { ...(options.env ?? process.env) } });
  let answer = awaitAnswer(channel, id, timeout);
  if (!answer) {
    // As spawnSync's timeout: the command is killed, what it printed is lost with the host.
    process.kill(Atomics.load(channel.signal, 1), 'SIGKILL');
    answer = awaitAnswer(channel, id, 30_000);
    if (!answer) throw new Error(`sdkgen ${args.join(' ')}: killed after ${timeout} ms, and its host never exited`);
  }
  if (answer.crash !== undefined)
    throw new Error(`the sdkgen host failed running sdkgen ${args.join(' ')}: ${answer.crash}`);
  return { code: answer.code, stdout: answer.stdout, stderr: answer.stderr, signal: answer.signal ?? null };
}

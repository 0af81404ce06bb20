/**
 * `sdkgen <args>` for tests, answered by a warm sdkgen process (./sdkgen-host.mjs) that this test process keeps:
 * the built CLI (dist/main.js) run in the given folder with the given environment, stdout and stderr captured, the
 * exit code as bin/sdkgen.js exits with. A new node process per command costs ~0.3 s of CPU before the command starts
 * (Node's start-up, loading the CLI); hundreds of commands run in a test run. The tests of what only a process of
 * its own shows (bin/sdkgen.js itself, signals, stdin, --watch, a command the test process must serve while it runs)
 * spawn bin/sdkgen.js.
 */
import path from 'node:path';
import { buildSdkgen } from './build';
import { ROOT } from './paths';
import { SyncThread } from './sync-thread';

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

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

interface Answer {
  id: number;
  code: number | null;
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  crash?: string;
}

export function runSdkgen(args: string[], options: SdkgenOptions = {}): SdkgenRun {
  buildSdkgen();
  // signal[1]: the host's process id, for killing a command that runs past its timeout.
  const bridge = SyncThread.shared('sdkgenBridge', new URL('./sdkgen-bridge.mjs', import.meta.url), {
    hostScript: path.join(ROOT, 'test/helpers/sdkgen-host.mjs'),
    builtCli: path.join(ROOT, 'dist/main.js'),
  });
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const id = bridge.post({ args, cwd: options.cwd ?? ROOT, env: { ...(options.env ?? process.env) } });
  let answer = bridge.wait<Answer>(id, timeout);
  if (!answer) {
    // As spawnSync's timeout: the command is killed, what it printed is lost with the host.
    process.kill(Atomics.load(bridge.signal, 1), 'SIGKILL');
    answer = bridge.wait<Answer>(id, 30_000);
    if (!answer) throw new Error(`sdkgen ${args.join(' ')}: killed after ${timeout} ms, and its host never exited`);
  }
  if (answer.crash !== undefined)
    throw new Error(`the sdkgen host failed running sdkgen ${args.join(' ')}: ${answer.crash}`);
  return { code: answer.code, stdout: answer.stdout, stderr: answer.stderr, signal: answer.signal ?? null };
}

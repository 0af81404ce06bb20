/**
 * Prism mocking a spec in a process of its own (test/helpers/prism-launcher.mjs: `prism mock` started by the CLI's
 * own code), on 127.0.0.1 at the port the kernel gives it, which the process reports once it listens. No port is
 * chosen beforehand: a port probed free and handed to Prism could be taken by another server (another test file's
 * Prism, on a box running several suites) before Prism bound it; Prism then failed to start, but only after its
 * spec loaded, and meanwhile the other server answered the readiness probe: the tests called the wrong spec's mock
 * (404 "route not resolved"). Here the URL is only ever the one our own process bound.
 */
import { fork } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { CLI_NODE_FLAGS, ROOT } from './paths';

const LAUNCHER = path.join(ROOT, 'test/helpers/prism-launcher.mjs');

export interface PrismProcess {
  url: string;
  pid: number;
  stop: () => void;
  /** Whether the process has ended (Prism throws on some requests and exits): its output's last lines then. */
  exited: () => string | null;
}

export interface PrismProcessOptions {
  /** Prism's log level (`prism mock -v`): its request log at `info` costs more CPU than the requests. */
  verbose?: 'error' | 'warn' | 'info';
  /** A port to bind instead of the kernel's choice: a bind failure is then an error, never another's server. */
  port?: number;
  /** How long Prism may take to load the spec and listen (ms). */
  timeout?: number;
}

/** Starts Prism mocking `spec`; resolves with the URL its own process listens on, once it listens. */
export function startPrismProcess(spec: string, options: PrismProcessOptions = {}): Promise<PrismProcess> {
  const child = fork(LAUNCHER, [spec, options.verbose ?? 'error', String(options.port ?? 0)], {
    cwd: ROOT,
    // Not the test worker's flags (Vitest's loaders): a plain Node with the CLI's V8 tuning (loading Prism and the
    // spec is warm code that runs once).
    execArgv: CLI_NODE_FLAGS,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  // Nor may it outlive this process, whatever happens to the test.
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', kill);
  const stop = () => {
    process.removeListener('exit', kill);
    kill();
  };
  const exited = () => (child.exitCode === null && child.signalCode === null ? null : output.slice(-2000));
  const timeout = options.timeout ?? 120_000;
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`prism mock ${spec}: ${reason}\n${output.slice(-4000)}`));
    };
    const timer = setTimeout(() => fail(`did not listen within ${timeout / 1000} s`), timeout);
    child.once('message', (message: { url?: string; error?: string }) => {
      if (message.url) {
        clearTimeout(timer);
        resolve({ url: message.url, pid: child.pid!, stop, exited });
      } else fail(`did not start: ${message.error ?? 'no reason given'}`);
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal} before it listened`));
  });
}

/**
 * Resolves once the Prism behind `url` answers (any status): test/setup/prism.ts hands out a relay before Prism
 * listens, which starts Prism on its first connection and holds each connection until Prism listens. A test whose
 * client gives up sooner than Prism's start (Bun's five seconds a test, the MCP client's minute, an SDK's minute a
 * request) waits here first: test/setup/test-file.ts makes every file that needs Prism wait so, but for a file that
 * calls this itself where it needs Prism (it has work to do meanwhile).
 */
export async function prismReady(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  const body = await response.text();
  if (response.status === 502) throw new Error(`the mock server did not start: ${body}`);
}

/** Starts the Prism behind the relay at `url` (a connection to it starts Prism), without waiting for it to listen. */
export function startPrismBehind(url: string): void {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname, () => socket.destroy());
  socket.on('error', () => socket.destroy());
}

/**
 * The test files that call the Prism of test/setup/prism.ts (they read TEST_API_BASE_URL), by their path from the
 * repository's root: the per-endpoint tests generated into each SDK; the flagship's generated tests under Bun, Deno,
 * workerd and a Node bundle; its MCP server, which answers from the same mock.
 */
export function needsPrism(file: string): boolean {
  return (
    /^generated\/[^/]+\/tests\/.+\.test\.ts$/.test(file) ||
    /^test\/runtimes\/.+\.test\.ts$/.test(file) ||
    file === 'test/templates/deno-target.test.ts' ||
    file === 'test/mcp.test.ts'
  );
}

/**
 * The thread test/helpers/sdkgen-cli.ts talks to (a SyncThread, ./sync-thread.ts): it keeps the warm sdkgen process
 * (./sdkgen-host.mjs) and relays each command line to it, so that the test's thread can wait for the answer
 * synchronously, as it waited on spawnSync. `signal[1]` holds the host's process id, for the test's thread to kill a
 * command that runs past its timeout.
 */
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

const { port, signal, hostScript, builtCli } = workerData;
/** The host, the build of the CLI it loaded (dist/main.js's modification time), and the request it is running. */
let host = null;

function answer(message) {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function startHost() {
  // Not the test process's flags (Vitest's loader among them): the V8 tuning bin/sdkgen.js gives the CLI it runs,
  // which it sets only when it is the entry point (the host imports dist/main.js): paths.ts's CLI_NODE_FLAGS.
  const execArgv = ['--interrupt-budget=540672', '--max-inlined-bytecode-size-cumulative=120'];
  const child = fork(hostScript, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const started = { child, build: statSync(builtCli).mtimeMs, request: null };
  child.on('message', (reply) => {
    const { request } = started;
    started.request = null;
    if (request) answer({ id: request.id, ...reply });
  });
  child.on('exit', (code, exitSignal) => {
    if (host === started) host = null;
    const { request } = started;
    started.request = null;
    if (request) answer({ id: request.id, code, signal: exitSignal, stdout: '', stderr: '' });
  });
  Atomics.store(signal, 1, child.pid);
  return started;
}

port.on('message', (request) => {
  // A build since the host started (another test process's, after a change to the sources) replaced the chunks the
  // host would still import: a new host loads the new build.
  if (host && statSync(builtCli).mtimeMs !== host.build) {
    host.child.kill();
    host = null;
  }
  host ??= startHost();
  host.request = request;
  host.child.send(request);
});

/**
 * The thread test/helpers/sdkgen-cli.ts talks to: it keeps the warm sdkgen process (./sdkgen-host.mjs) and relays
 * each command line to it, so that the test's thread can wait for the answer synchronously (Atomics.wait), as it
 * waited on spawnSync. `signal[0]` is set to 1 and notified once an answer is posted; `signal[1]` holds the host's
 * process id, for the test's thread to kill a command that runs past its timeout.
 */
import { fork } from 'node:child_process';
import { workerData } from 'node:worker_threads';

const { port, signal, hostScript } = workerData;
let host = null;
let pending = null;

function answer(message) {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function startHost() {
  // No inherited flags: the test process's (Vitest's loader among them) are not what the CLI runs with.
  const child = fork(hostScript, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('message', (reply) => {
    const request = pending;
    pending = null;
    if (request) answer({ id: request.id, ...reply });
  });
  child.on('exit', (code, exitSignal) => {
    if (host === child) host = null;
    const request = pending;
    pending = null;
    if (request) answer({ id: request.id, code, signal: exitSignal, stdout: '', stderr: '', exited: true });
  });
  Atomics.store(signal, 1, child.pid);
  return child;
}

port.on('message', (request) => {
  host ??= startHost();
  pending = request;
  host.send(request);
});

// process-group.mjs — a trial's command with a time limit that ends the command and everything it started.
//
// spawnSync's `timeout` kills the process it spawned alone: `npm test` killed leaves its Jest workers and the Prism
// mock server its script started running (and holding the output pipes, so that the trial waits on them). Here the
// trial's synchronous call spawns this file as a supervisor, which starts the command detached (a process group of
// its own, the command's children in it) with the supervisor's standard streams, and SIGKILLs the whole group when
// the time is up, when the supervisor is told to stop (SIGINT, SIGTERM, SIGHUP), and once the command has exited (what
// it left running goes with it). It tells how the command ended on file descriptor 3, as JSON.
import { spawn, spawnSync } from 'node:child_process';
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
/** How long after the command's limit the supervisor itself is killed, should it hang (it never should). */
const SUPERVISOR_GRACE_MS = 30_000;

/**
 * `cmd argv` in `cwd` with `env`, killed with every process it started after `timeoutSec` seconds. Returns
 * spawnSync's `{ status, signal, stdout, stderr, error }` of the command, and `timedOut`.
 */
export function runInGroup(cmd, argv, { cwd, env, timeoutSec, maxBuffer = 1 << 30 }) {
  const r = spawnSync(process.execPath, [SELF, String(timeoutSec * 1000), cmd, ...argv], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    timeout: timeoutSec * 1000 + SUPERVISOR_GRACE_MS,
    killSignal: 'SIGKILL',
  });
  let ended = null;
  try {
    ended = JSON.parse(r.output?.[3] || 'null');
  } catch {
    // the supervisor died before it could say (killed from outside)
  }
  return {
    status: ended ? ended.status : null,
    signal: ended ? ended.signal : (r.signal ?? null),
    error: ended?.error ? { code: ended.error } : (r.error ?? null),
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut: ended ? ended.timedOut : r.error?.code === 'ETIMEDOUT',
  };
}

/**
 * `runInGroup` with `env` added to the trial's own, as the trial's checks read it: `status` is the exit code, else
 * `error <code>` or `signal <name>`.
 */
export function runLimited(cmd, argv, cwd, timeoutSec, env = {}) {
  const r = runInGroup(cmd, argv, { cwd, env: { ...process.env, ...env }, timeoutSec });
  return {
    status: r.status ?? (r.error ? `error ${r.error.code}` : `signal ${r.signal}`),
    stdout: r.stdout,
    stderr: r.stderr,
    timedOut: r.timedOut,
  };
}

/** Every process of the group `pgid`, SIGKILLed (none left: nothing to do). */
function killGroup(pgid) {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // ESRCH: the group is empty
  }
}

function supervise([limitMs, cmd, ...argv]) {
  const child = spawn(cmd, argv, { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  let timedOut = false;
  let told = false;
  const report = (ended) => {
    if (told) return;
    told = true;
    try {
      writeSync(3, JSON.stringify(ended));
    } catch {
      // no descriptor 3 (run by hand): the exit code says enough
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, Number(limitMs));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      killGroup(child.pid);
      report({ status: null, signal, timedOut, error: null });
      process.exit(1);
    });
  child.on('error', (error) => {
    clearTimeout(timer);
    report({ status: null, signal: null, timedOut: false, error: error.code ?? String(error) });
    process.exit(1);
  });
  child.on('exit', (status, signal) => {
    clearTimeout(timer);
    // What the command left running (a mock server, test workers) goes with it.
    killGroup(child.pid);
    report({ status, signal, timedOut, error: null });
    process.exit(status ?? 1);
  });
}

if (process.argv[1] === SELF) supervise(process.argv.slice(2));

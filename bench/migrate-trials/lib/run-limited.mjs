// A command run to its end or its time limit (then killed), its output kept whole: the Python trial's checks.
import { spawnSync } from 'node:child_process';

/** `cmd argv` in `cwd` with `env` added, killed at `timeoutSec`; its exit status (or the signal) and output. */
export function run(cmd, argv, cwd, timeoutSec, env = {}) {
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: timeoutSec * 1000,
    env: { ...process.env, ...env },
    killSignal: 'SIGKILL',
  });
  return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

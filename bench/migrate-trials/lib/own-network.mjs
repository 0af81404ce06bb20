// own-network.mjs — a trial's command in a network namespace of its own (`unshare -n`, its loopback up and nothing
// else), so that a mock server it starts on 127.0.0.1:4010 is its own and none another trial started answers it, on a
// machine where several trials run at once. Where no namespace can be made (no privilege), the command runs on the
// machine's network, which the caller says.
import { spawnSync } from 'node:child_process';

let canMake = null;

/** `cmd argv` as run in a namespace of its own where one can be made: { cmd, argv, netns }. */
export function inOwnNetwork(cmd, argv) {
  canMake ??= spawnSync('unshare', ['-n', 'true']).status === 0;
  if (!canMake) return { cmd, argv, netns: false };
  // (`exec`: the command keeps the pid spawned, so a time limit's kill reaches it.)
  return {
    cmd: 'unshare',
    argv: ['-n', 'bash', '-c', 'ip link set lo up && exec "$@"', 'trial-netns', cmd, ...argv],
    netns: true,
  };
}

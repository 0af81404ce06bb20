// scripts/mock --daemon waits for its server robustly: as long as the server runs, up to a bound
// (MOCK_SERVER_START_TIMEOUT, 300 s unless set), and no longer than it runs. Prism took 170 s to listen on julep's
// spec (414 kB) on a machine at load 16, where a fixed 30 s wait gave up ("the mock server did not start") and left the
// server running. Both mock servers' forms; stand-ins for npx/npm on PATH launch a child that lives on (as Prism or
// Steady under npm does) and write its pid; curl's stand-in answers Steady's health check once the server is "ready".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEADY, alive, goneSoon, standIn, writeMockSdk } from '../helpers/mock-scripts';
import { PYTHON_FULL } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

/** How the stand-in server behaves: listens after `delay` seconds; never listens; or exits at once, saying why. */
type Server = { listensAfter: number } | 'never' | 'exits';

interface Run {
  status: number | null;
  stderr: string;
  seconds: number;
  server: number | null;
}

function runMock(dir: string, sdk: string, server: Server, env: Record<string, string> = {}): Run {
  const bin = path.join(dir, 'bin');
  rmSync(bin, { recursive: true, force: true });
  mkdirSync(bin, { recursive: true });
  const serverPid = path.join(dir, 'server.pid');
  const ready = path.join(dir, 'ready');
  rmSync(serverPid, { force: true });
  rmSync(ready, { force: true });
  const serve =
    server === 'exits'
      ? 'echo "Error: Cannot find module @stoplight/prism-cli"; exit 3'
      : server === 'never'
        ? `sleep 300 &\necho $! > "${serverPid}"\necho "[1] Starting Prism…"\nwait`
        : `sleep 300 &\necho $! > "${serverPid}"\nsleep ${server.listensAfter}\ntouch "${ready}"\n` +
          `echo "[1] Prism is listening on http://127.0.0.1:4010"\nwait`;
  const launcher = `case "$*" in *--version) exit 0 ;; esac\n${serve}`;
  standIn(path.join(bin, 'npm'), launcher);
  standIn(path.join(bin, 'npx'), launcher);
  standIn(path.join(bin, 'curl'), `[ -f "${ready}" ]`);
  const started = Date.now();
  const run = spawnSync('bash', ['scripts/mock', '--daemon', 'petstore.yaml'], {
    cwd: sdk,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const pid = existsSync(serverPid) ? Number(readFileSync(serverPid, 'utf8').trim()) : null;
  return { status: run.status, stderr: run.stderr, seconds: (Date.now() - started) / 1000, server: pid };
}

describe.each([
  ['Prism', null, '.prism.log'],
  ['Steady', STEADY, '.stdy.log'],
] as const)("scripts/mock --daemon with %s's form", (name, mockServer, log) => {
  const dir = tempDir('python-mock-wait');
  const started: number[] = [];
  let sdk = '';
  beforeAll(async () => {
    sdk = await writeMockSdk(dir, mockServer);
  });
  afterAll(() => {
    for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives up at its bound with a message naming it, and stops the server it started', () => {
    const run = runMock(dir, sdk, 'never', { MOCK_SERVER_START_TIMEOUT: '2' });
    if (run.server) started.push(run.server);
    expect(run.status).toBe(1);
    expect(run.seconds).toBeLessThan(20);
    expect(run.stderr).toContain(`the mock server (${name}) did not start within 2 s`);
    expect(run.stderr).toContain('MOCK_SERVER_START_TIMEOUT');
    expect(run.stderr).toContain(log);
    expect(run.server).not.toBeNull();
    expect(goneSoon(run.server!)).toBe(true);
  });

  it('stops waiting as soon as the server exits, and shows what it said', () => {
    const run = runMock(dir, sdk, 'exits');
    expect(run.status).toBe(1);
    expect(run.seconds).toBeLessThan(20);
    expect(run.stderr).toContain('Cannot find module');
    expect(run.stderr).toContain(`the mock server (${name}) stopped before`);
  });

  it('refuses a bound that is not a number of seconds, starting nothing', () => {
    const run = runMock(dir, sdk, 'never', { MOCK_SERVER_START_TIMEOUT: '5m' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('MOCK_SERVER_START_TIMEOUT must be a whole number of seconds');
    expect(run.server).toBeNull();
  });

  it('waits for a server that takes a few seconds, saying nothing when it comes', () => {
    const run = runMock(dir, sdk, { listensAfter: 2 });
    if (run.server) started.push(run.server);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(alive(run.server!)).toBe(true);
  });

  // A server slower than the 30 s the scripts once waited: waited for (40 s of sleeping, so only in the full run).
  it.runIf(PYTHON_FULL)(
    'waits past 30 s for a server still starting, and says it is waiting',
    () => {
      const run = runMock(dir, sdk, { listensAfter: 35 });
      if (run.server) started.push(run.server);
      expect(run.status).toBe(0);
      expect(run.seconds).toBeGreaterThan(34);
      expect(run.stderr).toContain(`waiting for the mock server (${name}) to start (at most 300 s)`);
      expect(alive(run.server!)).toBe(true);
    },
    90_000,
  );
});

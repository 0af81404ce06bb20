// scripts/test stops the mock server scripts/mock started, the server itself and not only the `npm exec`/`npx` that
// launched it (the real server is their child, and would live on holding port 4010): both mock servers' forms.
// Stand-ins for npm/npx on PATH launch a real child process, as npm does, and write its pid; curl's stand-in answers
// Steady's health check once that pid is written.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../generator/emit/mock-server';
import { STEADY, alive, goneSoon, standIn, writeMockSdk } from '../helpers/mock-scripts';
import { tempDir } from '../helpers/sdk';

async function writeSdk(dir: string, mockServer: MockServer): Promise<string> {
  const sdk = await writeMockSdk(dir, mockServer);
  mkdirSync(path.join(sdk, '.venv/bin'), { recursive: true });
  return sdk;
}

/** Runs scripts/test with the stand-ins; the pid of the server the stand-in launched (null: none was). */
function runScriptsTest(dir: string, sdk: string, python = 'exit 0'): { status: number | null; server: number | null } {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const serverPid = path.join(dir, 'server.pid');
  // The launcher: `--version` answers at once; a server run starts a child that lives on (as Steady or Prism does
  // under npm) and waits for it, saying Prism's ready line for the Prism form's wait.
  const launcher =
    `case "$*" in *--version) exit 0 ;; esac\n` +
    `sleep 300 &\necho $! > "${serverPid}"\necho "[1] Prism is listening on http://127.0.0.1:4010"\nwait`;
  standIn(path.join(bin, 'npm'), launcher);
  standIn(path.join(bin, 'npx'), launcher);
  // Steady's health check answers once the server runs (its pid written), as the real one does: no race with the stop.
  standIn(path.join(bin, 'curl'), `test -s "${serverPid}"`);
  standIn(path.join(sdk, '.venv/bin/python'), python);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, TEST_API_BASE_URL: '', OPENAPI_SPEC: '' };
  const run = spawnSync('bash', ['scripts/test'], { cwd: sdk, env, encoding: 'utf8', timeout: 60_000 });
  const server = existsSync(serverPid) ? Number(readFileSync(serverPid, 'utf8').trim()) : null;
  return { status: run.status, server };
}

describe.each([
  ['Prism', null],
  ['Steady', STEADY],
] as const)("scripts/test with %s's scripts/mock", (_name, mockServer) => {
  const dir = tempDir('python-mock-stop');
  const started: number[] = [];
  afterAll(() => {
    for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  let sdk = '';
  beforeAll(async () => {
    sdk = await writeSdk(dir, mockServer);
  });

  it('leaves no mock server running once the tests are done', () => {
    const run = runScriptsTest(dir, sdk);
    expect(run.status).toBe(0);
    expect(run.server).not.toBeNull();
    started.push(run.server!);
    expect(goneSoon(run.server!)).toBe(true);
  });

  it('leaves none running when the tests fail either', () => {
    const run = runScriptsTest(dir, sdk, 'exit 3');
    expect(run.status).toBe(3);
    started.push(run.server!);
    expect(goneSoon(run.server!)).toBe(true);
  });
});

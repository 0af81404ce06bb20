/**
 * A generated package's test setup (scripts/mock-server.mjs) hands the tests the address its own Prism bound. It
 * once probed a free port, closed it and started `prism mock -p <port>`, taking any answer from that port for
 * Prism's: when another server took the port first (another package's tests, on a busy machine), Prism failed to
 * bind, the other server answered the readiness check, and the tests ran against it. Here a neighbour takes each
 * port the setup's process frees, at once (test/helpers/port-sniper.mjs), as the other server did by chance.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';

const SNIPER = path.join(ROOT, 'test/helpers/port-sniper.mjs');

/** Runs the setup in a Node of its own, then `GET /ping` at the URL it handed out; prints what came back. */
const CHECK = `
import setup from './scripts/mock-server.mjs';
const teardown = await setup();
const url = process.env.TEST_API_BASE_URL;
const response = await fetch(url + '/ping');
console.log(JSON.stringify({ url, status: response.status, body: await response.text() }));
teardown();
process.exit(0);
`;

function runSetup(dir: string, preload: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.TEST_API_BASE_URL;
    const child = spawn(process.execPath, [...preload, 'check.mjs'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe("a generated package's mock server setup", () => {
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('mock-server-setup');
    const spec = path.join(dir, 'openapi.json');
    const ok = {
      description: 'ok',
      content: { 'application/json': { example: { pong: 'this spec' }, schema: { type: 'object' } } },
    };
    writeFileSync(
      spec,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Ping', version: '1' },
        servers: [{ url: 'https://api.example.com' }],
        paths: { '/ping': { get: { operationId: 'ping', responses: { '200': ok } } } },
      }),
    );
    const sdk = path.join(dir, 'sdk');
    writeFiles(sdk, (await generate({ spec, format: false })).files);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(sdk, 'node_modules'), 'dir');
    writeFileSync(path.join(sdk, 'check.mjs'), CHECK);
    dir = sdk;
  }, 60_000);

  it('hands out the address its own Prism bound, though another server takes every port it frees', async () => {
    const { code, output } = await runSetup(dir, ['--import', SNIPER]);
    expect(code, output).toBe(0);
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as { url: string; status: number; body: string };
    expect(result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.status, result.body).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ pong: 'this spec' });
  }, 150_000);

  it("fails at once with Prism's reason when Prism will not serve the spec", async () => {
    const broken = path.join(path.dirname(dir), 'broken');
    cpSync(dir, broken, { recursive: true, verbatimSymlinks: true });
    const mock = path.join(broken, 'mock/openapi.json');
    writeFileSync(mock, JSON.stringify({ ...JSON.parse(readFileSync(mock, 'utf8')), paths: {} }));
    const { code, output } = await runSetup(broken, []);
    expect(code).not.toBe(0);
    expect(output).toMatch(/prism exited with 1:[\s\S]*No operations found/);
    // At once: on Prism's exit, not at the end of the start-up wait (no clock here: a loaded machine is slow).
    expect(output).not.toContain('did not start within');
  }, 300_000);
});

// The TypeScript package's mock server setup (scripts/mock-server.mjs) waits for its server up to
// MOCK_SERVER_START_TIMEOUT seconds (300 unless set), then stops it and says how to wait longer: a large spec on a
// loaded machine has kept Prism from listening for minutes (julep's 414 kB spec: 170 s at load 16). Both forms, with
// stand-ins that start and never serve: Prism's package in the SDK's node_modules, Steady's npm on PATH.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import type { MockServer } from '../generator/emit/mock-server';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';

const STEADY: MockServer = { kind: 'steady', version: '0.22.2', validatorFlags: [] };

/** Starts, says it is starting, and never listens (as Prism reading a large spec, for as long as it is let run). */
const NEVER_LISTENS = `console.log('[1] Starting Prism…');\nsetInterval(() => {}, 1000);\n`;

const CHECK = `
import setup from './scripts/mock-server.mjs';
try {
  await setup();
  console.log('started');
} catch (error) {
  console.log(String(error.message));
}
process.exit(0);
`;

function runSetup(dir: string, env: Record<string, string>): Promise<{ output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const full: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete full.TEST_API_BASE_URL;
    const child = spawn(process.execPath, ['check.mjs'], { cwd: dir, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', () => resolve({ output, seconds: (Date.now() - started) / 1000 }));
  });
}

async function writeSdk(dir: string, mockServer: MockServer): Promise<string> {
  const spec = path.join(dir, 'petstore.yaml');
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), spec);
  const sdk = path.join(dir, 'sdk');
  writeFiles(sdk, (await generate({ spec, format: false, mockServer })).files);
  writeFileSync(path.join(sdk, 'check.mjs'), CHECK);
  return sdk;
}

describe("the TypeScript package's mock server setup waits up to MOCK_SERVER_START_TIMEOUT", () => {
  const dir = tempDir('ts-mock-start-limit');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Prism: gives up at the bound, saying how to wait longer', async () => {
    const sdk = await writeSdk(path.join(dir, 'prism'), null);
    const prism = path.join(sdk, 'node_modules/@stoplight/prism-cli');
    mkdirSync(path.join(prism, 'dist'), { recursive: true });
    writeFileSync(path.join(prism, 'package.json'), JSON.stringify({ name: '@stoplight/prism-cli', version: '0.0.0' }));
    writeFileSync(path.join(prism, 'dist/index.js'), NEVER_LISTENS);
    const { output, seconds } = await runSetup(sdk, { MOCK_SERVER_START_TIMEOUT: '2' });
    expect(output).toContain('prism did not start within 2 s (set MOCK_SERVER_START_TIMEOUT to wait longer)');
    expect(output).toContain('Starting Prism');
    expect(seconds).toBeLessThan(30);
  }, 60_000);

  it('Steady: gives up at the bound, saying how to wait longer; a bound not in seconds is refused', async () => {
    const sdk = await writeSdk(path.join(dir, 'steady'), STEADY);
    const bin = path.join(dir, 'steady-bin');
    mkdirSync(bin, { recursive: true });
    const npm = path.join(bin, 'npm');
    writeFileSync(
      npm,
      `#!/usr/bin/env node\nif (process.argv.includes('--version')) process.exit(0);\n${NEVER_LISTENS.replace('Prism', 'Steady')}`,
    );
    chmodSync(npm, 0o755);
    const PATH = `${bin}:${process.env.PATH}`;
    const { output, seconds } = await runSetup(sdk, { PATH, MOCK_SERVER_START_TIMEOUT: '2' });
    expect(output).toContain('steady did not start within 2 s (set MOCK_SERVER_START_TIMEOUT to wait longer)');
    expect(output).toContain('Starting Steady');
    expect(seconds).toBeLessThan(30);
    const refused = await runSetup(sdk, { PATH, MOCK_SERVER_START_TIMEOUT: 'soon' });
    expect(refused.output).toContain("MOCK_SERVER_START_TIMEOUT must be a whole number of seconds, not 'soon'");
  }, 60_000);
});

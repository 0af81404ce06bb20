// What the tests of the generated Python package's scripts/mock and scripts/test share: the package written from the
// petstore fixture with a given mock server, stand-ins for the commands the scripts run, and a process's liveness.
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { generate } from '../../generator/generate';
import type { MockServer } from '../../generator/emit/mock-server';
import { ROOT } from './paths';

export const STEADY: MockServer = { kind: 'steady', version: '0.22.1', validatorFlags: [] };

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to a second for `pid` to be gone (a signal is delivered, not acted on, when kill returns). */
export function goneSoon(pid: number): boolean {
  for (let i = 0; i < 100 && alive(pid); i++) spawnSync('sleep', ['0.01']);
  return !alive(pid);
}

/** The Python package of the petstore fixture in `<dir>/sdk`, its scripts executable. */
export async function writeMockSdk(dir: string, mockServer: MockServer): Promise<string> {
  const spec = path.join(dir, 'petstore.yaml');
  copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), spec);
  const result = await generate({ spec, target: 'python', format: false, mockServer });
  const sdk = path.join(dir, 'sdk');
  for (const file of result.files) {
    mkdirSync(path.dirname(path.join(sdk, file.path)), { recursive: true });
    writeFileSync(path.join(sdk, file.path), file.contents);
    if (file.path.startsWith('scripts/')) chmodSync(path.join(sdk, file.path), 0o755);
  }
  return sdk;
}

/** An executable bash script at `file` running `body`. */
export function standIn(file: string, body: string): void {
  writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(file, 0o755);
}

/**
 * A Yarn 1 project for the lockfile update's tests (generator/migrate/package/lockfile.ts): a package.json, a
 * yarn.lock, and a stand-in `yarn` in its `bin` folder, a shell script whose body the test gives (put the folder on
 * PATH to run it; `restorePathAfterEach` puts PATH back).
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './sdk';

export function standInYarnProject(name: string, script: string): { dir: string; bin: string } {
  const dir = tempDir(name);
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "pkg" }\n');
  writeFileSync(path.join(dir, 'yarn.lock'), '# yarn lockfile v1\n');
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'yarn'), '#!/bin/sh\n' + script);
  chmodSync(path.join(bin, 'yarn'), 0o755);
  return { dir, bin };
}

/** PATH as it was before each test, after it; returns that PATH. */
export function restorePathAfterEach(): string | undefined {
  const path0 = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path0;
  });
  return path0;
}

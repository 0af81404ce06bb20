/**
 * The generated `scripts/bootstrap` installs with the package manager the repository chose: package.json's
 * `packageManager` (as Stainless's pnpm repositories have it) or its lockfile, else npm (`npm ci` with a lockfile).
 * Run with stand-ins for npm, pnpm and yarn on PATH that only say how they were called.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';

const BOOTSTRAP = path.join(ROOT, 'generated/smithery/scripts/bootstrap');

function bootstrap(files: Record<string, string>): string {
  const dir = tempDir('bootstrap');
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(BOOTSTRAP, path.join(dir, 'scripts/bootstrap'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  for (const tool of ['npm', 'pnpm', 'yarn']) {
    writeFileSync(path.join(dir, 'bin', tool), `#!/bin/sh\necho "${tool} $*"\n`);
    chmodSync(path.join(dir, 'bin', tool), 0o755);
  }
  const run = spawnSync('bash', ['scripts/bootstrap'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('scripts/bootstrap', () => {
  it('installs with the package manager package.json names, or whose lockfile is there, else npm', () => {
    const pkg = (extra: string) => `{\n  "name": "x",${extra}\n  "version": "1.0.0"\n}\n`;
    expect(bootstrap({ 'package.json': pkg('\n  "packageManager": "pnpm@10.30.1",') })).toBe('pnpm install');
    expect(bootstrap({ 'package.json': pkg('\n  "packageManager": "yarn@1.22.22",') })).toBe('yarn install');
    expect(bootstrap({ 'package.json': pkg(''), 'pnpm-lock.yaml': '' })).toBe('pnpm install');
    expect(bootstrap({ 'package.json': pkg(''), 'yarn.lock': '' })).toBe('yarn install');
    expect(bootstrap({ 'package.json': pkg(''), 'package-lock.json': '{}' })).toBe('npm ci');
    expect(bootstrap({ 'package.json': pkg('') })).toBe('npm install');
  });
});

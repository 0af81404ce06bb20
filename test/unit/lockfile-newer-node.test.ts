/**
 * A package manager that needs a newer Node than the machine's (pnpm 11 loads `node:sqlite`, which came with Node
 * 22.13; cartesia-js names pnpm@11.2.2) cannot bring the lockfile up to date: the update fails, and says it is the
 * machine's Node that is too old rather than giving the crash's lines. Another failure keeps its own lines. A stand-in
 * `pnpm` on PATH fails as told.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateLockfiles } from '../../generator/migrate/package/lockfile';
import { tempDir } from '../helpers/sdk';

function project(name: string, error: string): { dir: string; bin: string } {
  const dir = tempDir(name);
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "pkg", "packageManager": "pnpm@11.2.2" }\n');
  writeFileSync(path.join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'pnpm'), `#!/bin/sh\necho '${error}' >&2\nexit 1\n`);
  chmodSync(path.join(bin, 'pnpm'), 0o755);
  return { dir, bin };
}

const path0 = process.env.PATH;
afterEach(() => {
  process.env.PATH = path0;
});

describe('a lockfile update whose package manager needs a newer Node', () => {
  it("says the machine's Node is too old for it", () => {
    const { dir, bin } = project(
      'lockfile-newer-node',
      'Error [ERR_UNKNOWN_BUILTIN_MODULE]: No such built-in module: node:sqlite',
    );
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    const [update] = updateLockfiles(dir, ['pnpm-lock.yaml'], true);
    expect(update.status).toBe('failed');
    expect(update.error).toBe(`pnpm does not run on this machine's Node (${process.version}): it needs a newer one`);
  });

  it('gives the lines of another failure', () => {
    const { dir, bin } = project('lockfile-other-failure', 'ERR_PNPM_NO_MATCHING_VERSION No matching version');
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    const [update] = updateLockfiles(dir, ['pnpm-lock.yaml'], true);
    expect(update.status).toBe('failed');
    expect(update.error).toContain('ERR_PNPM_NO_MATCHING_VERSION');
  });
});

/**
 * A bun.lock is updated by Bun; where no `bun` is installed (most CI runners, this machine), by the Bun that
 * package.json's "packageManager" names through npx, as pnpm and Yarn are. A stand-in `npx` on PATH records how it is run.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateLockfiles } from '../../generator/migrate/package/lockfile';
import { tempDir } from '../helpers/sdk';

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

/** A folder whose PATH holds only a stand-in npx (so no bun), which logs its arguments and succeeds. */
function projectWithStandInNpx(packageManager: string | null) {
  const root = tempDir('lockfile-bun-npx');
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const log = path.join(root, 'npx.log');
  writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\necho "$*" >> "${log}"\n`);
  chmodSync(path.join(bin, 'npx'), 0o755);
  const dir = path.join(root, 'sdk');
  mkdirSync(dir);
  const pkg = packageManager === null ? { name: 'sdk' } : { name: 'sdk', packageManager };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  writeFileSync(path.join(dir, 'bun.lock'), '{}\n');
  process.env.PATH = bin;
  return { dir, log };
}

describe('a bun.lock with no bun installed', () => {
  it('is updated by the Bun package.json names, through npx', () => {
    const { dir, log } = projectWithStandInNpx('bun@1.2.19');
    const [update] = updateLockfiles(dir, ['bun.lock'], true);
    expect(update).toEqual({
      lockfile: 'bun.lock',
      command: 'npx --yes bun@1.2.19 install --lockfile-only --ignore-scripts',
      status: 'updated',
    });
    expect(readFileSync(log, 'utf8').trim()).toBe('--yes bun@1.2.19 install --lockfile-only --ignore-scripts');
  });

  it('by the latest Bun when package.json names none', () => {
    const { dir, log } = projectWithStandInNpx(null);
    expect(updateLockfiles(dir, ['bun.lock'], true)[0].status).toBe('updated');
    expect(existsSync(log) && readFileSync(log, 'utf8').trim()).toBe(
      '--yes bun@latest install --lockfile-only --ignore-scripts',
    );
  });
});

/**
 * Yarn 2 and later lockfile updates (generator/migrate/package/lockfile.ts) resolve the lockfile alone. (Yarn 1's runs
 * taking turns on Yarn's own cache: lockfile-yarn-turns.test.ts.) A stand-in `yarn` on PATH records what it was given.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateLockfiles } from '../../generator/migrate/package/lockfile';
import { tempDir } from '../helpers/sdk';

/** A project with `lockfile` and a stand-in `program` that logs its arguments and whether its cache folder exists. */
function project(name: string, lockfile: string, packageJson: string, program = 'yarn'): { dir: string; bin: string } {
  const dir = tempDir(name);
  writeFileSync(path.join(dir, 'package.json'), packageJson);
  writeFileSync(path.join(dir, 'yarn.lock'), lockfile);
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const script = path.join(bin, program);
  writeFileSync(
    script,
    '#!/bin/sh\necho "$*" >> calls.log\n' +
      'while [ $# -gt 0 ]; do [ "$1" = --cache-folder ] && { [ -d "$2" ] && echo present >> calls.log; }; shift; done\n',
  );
  chmodSync(script, 0o755);
  return { dir, bin };
}

const path0 = process.env.PATH;
afterEach(() => {
  process.env.PATH = path0;
});

describe('Yarn 2 and later lockfile updates', () => {
  it('leaves Yarn 2 and later as they are: they update the lockfile without installing', () => {
    const { dir, bin } = project('yarn-berry-cache', '__metadata:\n  version: 8\n', '{ "name": "pkg" }\n');
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    expect(updateLockfiles(dir, ['yarn.lock'], true)[0].status).toBe('updated');
    expect(readFileSync(path.join(dir, 'calls.log'), 'utf8')).toBe('install --mode=update-lockfile\n');
  });
});

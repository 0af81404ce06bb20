/**
 * Yarn 1 lockfile updates (generator/migrate/package/lockfile.ts) run with a cache of their own, so two migrations at
 * once do not race on Yarn's shared cache. A stand-in `yarn` on PATH records what it was given.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The cache folder named in a logged command line, or null. */
const cacheFolderIn = (line: string) => /--cache-folder (\S+)/.exec(line)?.[1] ?? null;

describe("Yarn 1's private cache for a lockfile update", () => {
  it('gives each Yarn 1 run a cache folder of its own, there while it runs and removed afterwards', () => {
    const first = project('yarn1-cache-a', '# yarn lockfile v1\n', '{ "name": "a" }\n');
    const second = project('yarn1-cache-b', '# yarn lockfile v1\n', '{ "name": "b" }\n');
    const folders = [first, second].map(({ dir, bin }) => {
      process.env.PATH = `${bin}${path.delimiter}${path0}`;
      const [update] = updateLockfiles(dir, ['yarn.lock'], true);
      // The command a person is shown is theirs to run as usual: no temporary folder in it.
      expect(update).toEqual({
        lockfile: 'yarn.lock',
        command: 'yarn install --ignore-scripts --non-interactive',
        status: 'updated',
      });
      const [line, present] = readFileSync(path.join(dir, 'calls.log'), 'utf8').trim().split('\n');
      expect(line).toMatch(/^install --ignore-scripts --non-interactive --cache-folder \S+$/);
      expect(present).toBe('present');
      const folder = cacheFolderIn(line)!;
      expect(existsSync(folder)).toBe(false);
      return folder;
    });
    expect(folders[0]).not.toBe(folders[1]);
  });

  it('passes the private cache through npx too, where Yarn is not installed', () => {
    const { dir, bin } = project(
      'yarn1-cache-npx',
      '# yarn lockfile v1\n',
      '{ "name": "pkg", "packageManager": "yarn@1.22.22" }\n',
      'npx',
    );
    process.env.PATH = bin;
    expect(updateLockfiles(dir, ['yarn.lock'], true)[0]).toMatchObject({
      command: 'npx --yes yarn@1.22.22 install --ignore-scripts --non-interactive',
      status: 'updated',
    });
    const [line, present] = readFileSync(path.join(dir, 'calls.log'), 'utf8').trim().split('\n');
    expect(line).toMatch(/^--yes yarn@1\.22\.22 install --ignore-scripts --non-interactive --cache-folder \S+$/);
    expect(present).toBe('present');
  });

  it('leaves Yarn 2 and later as they are: they update the lockfile without installing', () => {
    const { dir, bin } = project('yarn-berry-cache', '__metadata:\n  version: 8\n', '{ "name": "pkg" }\n');
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    expect(updateLockfiles(dir, ['yarn.lock'], true)[0].status).toBe('updated');
    expect(readFileSync(path.join(dir, 'calls.log'), 'utf8')).toBe('install --mode=update-lockfile\n');
  });
});

/**
 * Yarn 1 lockfile updates (generator/migrate/package/lockfile.ts) use the cache a person's own `yarn` uses, and two
 * migrations' updates on one machine take turns, so that they never write to that cache at once. Two processes update
 * two projects at once; a stand-in `yarn` on PATH records when each run starts and ends, and whether another was
 * running then.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/sdk';

/**
 * The stand-in: logs its arguments and its start; notes an overlap when another run is inside; then, before it leaves,
 * waits until the other process has found the turn taken (it tried to take it while this run was inside), or has
 * started its own run (a turn that did not hold: the overlap is logged), so that the order never depends on timing.
 */
const STAND_IN =
  '#!/bin/sh\n' +
  'shared="$STAND_IN_SHARED"\n' +
  'echo "args $*" >> "$shared/events.log"\n' +
  'echo "start $STAND_IN_NAME" >> "$shared/events.log"\n' +
  'if [ -e "$shared/inside" ]; then echo overlap >> "$shared/events.log"; fi\n' +
  'touch "$shared/inside"\n' +
  'i=0\n' +
  'until [ -e "$shared/waited-$STAND_IN_OTHER" ] || grep -q "^start $STAND_IN_OTHER$" "$shared/events.log"; do\n' +
  '  i=$((i+1)); if [ $i -gt 1200 ]; then echo "never-waited $STAND_IN_OTHER" >> "$shared/events.log"; break; fi\n' +
  '  sleep 0.1\n' +
  'done\n' +
  'rm -f "$shared/inside"\n' +
  'echo "end $STAND_IN_NAME" >> "$shared/events.log"\n';

/**
 * Each process's program: the lockfile module, with a note left when the process finds the turn taken (a directory it
 * makes, the lock, already there), for the stand-in above to wait on.
 */
const program = (bundle: string, waited: string, dir: string) =>
  `const fs = require('node:fs');` +
  `const mkdirSync = fs.mkdirSync;` +
  `fs.mkdirSync = function (...args) {` +
  `  try { return mkdirSync.apply(this, args); }` +
  `  catch (error) { if (error.code === 'EEXIST') fs.writeFileSync(${JSON.stringify(waited)}, ''); throw error; }` +
  `};` +
  `const { updateLockfiles } = require(${JSON.stringify(bundle)});` +
  `process.stdout.write(JSON.stringify(updateLockfiles(${JSON.stringify(dir)}, ['yarn.lock'], true)));`;

describe('Yarn 1 lockfile updates of two migrations at once', () => {
  it("run one after the other, with Yarn's own cache", async () => {
    const shared = tempDir('yarn-turns');
    // The lockfile module alone, as a program each process runs.
    const bundle = path.join(shared, 'lockfile.cjs');
    buildSync({
      entryPoints: [path.resolve(__dirname, '../../generator/migrate/package/lockfile.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
    const bin = path.join(shared, 'bin');
    mkdirSync(bin);
    const tmp = path.join(shared, 'tmp');
    mkdirSync(tmp);
    writeFileSync(path.join(bin, 'yarn'), STAND_IN);
    chmodSync(path.join(bin, 'yarn'), 0o755);
    const updateIn = (name: string, other: string) => {
      const dir = path.join(shared, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'package.json'), `{ "name": "${name}" }\n`);
      writeFileSync(path.join(dir, 'yarn.lock'), '# yarn lockfile v1\n');
      return new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', program(bundle, path.join(shared, `waited-${name}`), dir)], {
          env: {
            ...process.env,
            // The turns' lock in this test's own folder: never held by another test or migration on the machine.
            TMPDIR: tmp,
            PATH: `${bin}${path.delimiter}${process.env.PATH}`,
            STAND_IN_SHARED: shared,
            STAND_IN_NAME: name,
            STAND_IN_OTHER: other,
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('close', () => resolve(out));
      });
    };
    const results = await Promise.all([updateIn('a', 'b'), updateIn('b', 'a')]);
    for (const result of results)
      expect(JSON.parse(result)).toEqual([
        { lockfile: 'yarn.lock', command: 'yarn install --ignore-scripts --non-interactive', status: 'updated' },
      ]);
    const events = readFileSync(path.join(shared, 'events.log'), 'utf8').trim().split('\n');
    // Yarn's own cache: no folder of sdkgen's given to it.
    expect(events.filter((e) => e.startsWith('args '))).toEqual([
      'args install --ignore-scripts --non-interactive',
      'args install --ignore-scripts --non-interactive',
    ]);
    const turns = events.filter((e) => !e.startsWith('args '));
    expect(turns).not.toContain('overlap');
    // The second process tried its turn while the first was inside, and waited.
    expect(turns.filter((e) => e.startsWith('never-waited'))).toEqual([]);
    expect(turns.map((e) => e.split(' ')[0])).toEqual(['start', 'end', 'start', 'end']);
  }, 180_000);
});

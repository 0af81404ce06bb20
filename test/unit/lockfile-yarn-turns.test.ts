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
 * The stand-in: logs its arguments and its start; notes an overlap when another run is inside; then, to give the other
 * process every chance to start its own run, waits until that process is about to update its lockfile, and a while
 * longer, before it leaves.
 */
const STAND_IN =
  '#!/bin/sh\n' +
  'shared="$STAND_IN_SHARED"\n' +
  'echo "args $*" >> "$shared/events.log"\n' +
  'echo "start $STAND_IN_NAME" >> "$shared/events.log"\n' +
  'if [ -e "$shared/inside" ]; then echo overlap >> "$shared/events.log"; fi\n' +
  'touch "$shared/inside"\n' +
  'i=0; while [ ! -e "$shared/ready-$STAND_IN_OTHER" ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i+1)); done\n' +
  'sleep 3\n' +
  'rm -f "$shared/inside"\n' +
  'echo "end $STAND_IN_NAME" >> "$shared/events.log"\n';

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
    writeFileSync(path.join(bin, 'yarn'), STAND_IN);
    chmodSync(path.join(bin, 'yarn'), 0o755);
    const updateIn = (name: string, other: string) => {
      const dir = path.join(shared, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'package.json'), `{ "name": "${name}" }\n`);
      writeFileSync(path.join(dir, 'yarn.lock'), '# yarn lockfile v1\n');
      const program =
        `const fs = require('node:fs');` +
        `const { updateLockfiles } = require(${JSON.stringify(bundle)});` +
        `fs.writeFileSync(${JSON.stringify(path.join(shared, `ready-${name}`))}, '');` +
        `process.stdout.write(JSON.stringify(updateLockfiles(${JSON.stringify(dir)}, ['yarn.lock'], true)));`;
      return new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', program], {
          env: {
            ...process.env,
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
    expect(turns.map((e) => e.split(' ')[0])).toEqual(['start', 'end', 'start', 'end']);
  }, 180_000);
});

/**
 * The trial harness makes each sdkgen copy it measures once (bench/migrate-trials/lib/build-lock.mjs): two trials
 * started together on the same sdkgen used to find the copy unbuilt and each remove and rebuild it under the other.
 * Under the lock the second waits, finds the copy made, and makes nothing; a lock whose process is gone is taken over.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { makeOnce } from '../bench/migrate-trials/lib/build-lock.mjs';
import { tempDir } from './helpers/sdk';

describe('trial harness: one maker per sdkgen copy', () => {
  it('lets a second trial wait for the first one’s copy instead of making it again', async () => {
    const dir = path.join(tempDir('build-lock-'), '.sdkgen', 'abc');
    const isMade = () => fs.existsSync(path.join(dir, '.built'));
    const makers: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const make = (who: string) => async () => {
      makers.push(who);
      // Still building when the second trial looks.
      await gate;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, '.built'), who);
    };
    const first = makeOnce(dir, isMade, make('first'), { pollMs: 5 });
    const second = makeOnce(dir, isMade, make('second'), { pollMs: 5 });
    // The second has seen the lock held at least once before the first finishes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);
    open();
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(makers).toEqual(['first']);
    expect(fs.readFileSync(path.join(dir, '.built'), 'utf8')).toBe('first');
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it('takes over the lock of a trial that died while making the copy', async () => {
    const dir = path.join(tempDir('build-lock-'), '.sdkgen', 'abc');
    // A process that has exited: its pid names no live process.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(`${dir}.lock`, `${dead}\n`);
    let made = 0;
    const result = await makeOnce(
      dir,
      () => made > 0,
      () => {
        made++;
      },
      { pollMs: 5, timeoutMs: 60_000 },
    );
    expect(result).toBe(true);
    expect(made).toBe(1);
  });

  it('makes nothing when the copy is made already', async () => {
    const dir = path.join(tempDir('build-lock-'), '.sdkgen', 'abc');
    let made = 0;
    expect(
      await makeOnce(
        dir,
        () => true,
        () => made++,
      ),
    ).toBe(false);
    expect(made).toBe(0);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});

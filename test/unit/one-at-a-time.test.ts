/**
 * The machine-wide lock Yarn 1 lockfile updates take in turn (generator/migrate/package/one-at-a-time.ts): a holder
 * that is alive is waited for (up to a limit), one that is gone is taken over, and a lock that cannot be made does
 * not stop the command.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../generator/migrate/package/one-at-a-time';
import { tempDir } from '../helpers/sdk';

/** A lock directory as a holder with process id `pid` leaves it. */
function heldBy(pid: number): string {
  const lock = path.join(tempDir('one-at-a-time'), 'sdkgen.lock');
  mkdirSync(lock);
  writeFileSync(path.join(lock, 'pid'), String(pid));
  return lock;
}

describe('oneAtATime', () => {
  it('takes the lock, runs, and removes it', () => {
    const lock = path.join(tempDir('one-at-a-time'), 'sdkgen.lock');
    const seen = oneAtATime(lock, () => readFileSync(path.join(lock, 'pid'), 'utf8'));
    expect(seen).toBe(String(process.pid));
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose holder is gone, without waiting for the limit', () => {
    // An id above any a process can have (Linux's largest is 2^22, macOS's 99,999): its holder is gone.
    const lock = heldBy(2 ** 22 + 1);
    const started = Date.now();
    const ran = oneAtATime(lock, () => readFileSync(path.join(lock, 'pid'), 'utf8'), { maxWait: 10 * 60_000 });
    expect(ran).toBe(String(process.pid));
    expect(existsSync(lock)).toBe(false);
    // (Far below the limit, however loaded the machine: the lock was not waited for.)
    expect(Date.now() - started).toBeLessThan(5 * 60_000);
  });

  it("waits for a live holder, then runs anyway at the limit, leaving the holder's lock as it is", () => {
    // (This very process holds it, as another of its threads would: alive, whatever the machine.)
    const lock = heldBy(process.pid);
    let ran = false;
    const started = Date.now();
    oneAtATime(lock, () => (ran = true), { maxWait: 300, pause: 50 });
    expect(ran).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
  });

  it('runs without the lock where it cannot be made (its folder is a file)', () => {
    const dir = tempDir('one-at-a-time');
    writeFileSync(path.join(dir, 'not-a-folder'), '');
    const lock = path.join(dir, 'not-a-folder', 'sdkgen.lock');
    expect(oneAtATime(lock, () => 'ran')).toBe('ran');
  });
});

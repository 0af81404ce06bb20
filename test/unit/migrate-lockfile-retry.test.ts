/**
 * A lockfile update (generator/migrate/package/lockfile.ts) that failed because the registry timed out or dropped the
 * connection is run again, as a person would; one the registry refused is not. A stand-in `yarn` on PATH counts its
 * runs and fails as told.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateLockfiles } from '../../generator/migrate/package/lockfile';
import { restorePathAfterEach, standInYarnProject } from '../helpers/stand-in-yarn';

/**
 * A Yarn 1 project whose stand-in `yarn` fails its first `failures` runs with `error`, then succeeds; each run leaves
 * a line in runs.log, and a file in Yarn's cache.
 */
function project(name: string, error: string, failures: number): { dir: string; bin: string } {
  return standInYarnProject(
    name,
    // (Yarn's own cache, the same for every run: a folder of the project's here.)
    'cache="$PWD/yarn-cache"; mkdir -p "$cache"\n' +
      'n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count\n' +
      'echo "$n:$(ls "$cache" | tr "\\n" " ")" >> runs.log\ntouch "$cache/fetched-$n"\n' +
      `if [ $n -le ${failures} ]; then echo '${error}' >&2; exit 1; fi\n`,
  );
}

const path0 = restorePathAfterEach();

/** Each run's number and what its cache folder held when it began. */
const runs = (dir: string) =>
  readFileSync(path.join(dir, 'runs.log'), 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((line) => line.trim());

describe('a lockfile update the network failed for a while', () => {
  it('is run again after a stalled download (ESOCKETTIMEDOUT), with what the first run fetched in its cache', () => {
    const { dir, bin } = project(
      'lockfile-retry-timeout',
      'error Error: https://registry.yarnpkg.com/@faker-js/faker/-/faker-6.3.1.tgz: ESOCKETTIMEDOUT',
      1,
    );
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    expect(updateLockfiles(dir, ['yarn.lock'], true)).toEqual([
      { lockfile: 'yarn.lock', command: 'yarn install --ignore-scripts --non-interactive', status: 'updated' },
    ]);
    // The second run saw the first one's download: one cache for both.
    expect(runs(dir)).toEqual(['1:', '2:fetched-1']);
  });

  it('is handed to a person when the registry keeps timing out, after three runs', () => {
    const { dir, bin } = project('lockfile-retry-gives-up', 'error An unexpected error occurred: "ETIMEDOUT".', 9);
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    expect(updateLockfiles(dir, ['yarn.lock'], true)[0]).toMatchObject({
      status: 'failed',
      error: 'yarn exited with 1: error An unexpected error occurred: "ETIMEDOUT".',
    });
    expect(runs(dir)).toHaveLength(3);
  });

  it('is not run again when the registry refused it or its name is unknown', () => {
    for (const error of ['error connect ECONNREFUSED 127.0.0.1:9', 'error getaddrinfo ENOTFOUND registry.example']) {
      const { dir, bin } = project(`lockfile-no-retry-${error.split(' ')[2]}`, error, 9);
      process.env.PATH = `${bin}${path.delimiter}${path0}`;
      expect(updateLockfiles(dir, ['yarn.lock'], true)[0]).toMatchObject({ status: 'failed' });
      expect(runs(dir)).toHaveLength(1);
      expect(existsSync(path.join(dir, 'yarn.lock'))).toBe(true);
    }
  });
});

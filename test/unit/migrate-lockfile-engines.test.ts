/**
 * Yarn 1 refuses to install a dependency whose `engines` the Node running it does not satisfy ("The engine "node" is
 * incompatible with this module"), and so leaves the lockfile as it was. The lockfile records no engines: what it
 * resolves does not depend on the Node of the machine that runs the migration, only the owners' CI runs the SDK on
 * theirs. Such a run is made again without the engines check (generator/migrate/package/lockfile.ts); any other
 * failure is not. A stand-in `yarn` on PATH fails on the engines unless told to ignore them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateLockfiles } from '../../generator/migrate/package/lockfile';
import { restorePathAfterEach, standInYarnProject } from '../helpers/stand-in-yarn';

function project(name: string, error: string): { dir: string; bin: string } {
  return standInYarnProject(
    name,
    'echo "$*" >> runs.log\n' +
      'case " $* " in *" --ignore-engines "*) echo "# resolved" >> yarn.lock; exit 0;; esac\n' +
      `echo '${error}' >&2; exit 1\n`,
  );
}

const path0 = restorePathAfterEach();

const runs = (dir: string) => readFileSync(path.join(dir, 'runs.log'), 'utf8').split('\n').filter(Boolean);

describe("a Yarn 1 lockfile update refused on this machine's Node by a dependency's engines", () => {
  it('is run again without the engines check, and says so in the command', () => {
    const { dir, bin } = project(
      'lockfile-engines',
      'error @langchain/openai@1.6.0: The engine "node" is incompatible with this module. Expected version ">=22". Got "20.20.2"\nerror Found incompatible module.',
    );
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    expect(updateLockfiles(dir, ['yarn.lock'], true)).toEqual([
      {
        lockfile: 'yarn.lock',
        command: 'yarn install --ignore-scripts --non-interactive --ignore-engines',
        status: 'updated',
      },
    ]);
    expect(runs(dir)).toEqual([
      'install --ignore-scripts --non-interactive',
      'install --ignore-scripts --non-interactive --ignore-engines',
    ]);
    expect(readFileSync(path.join(dir, 'yarn.lock'), 'utf8')).toContain('# resolved');
  });

  it('is not run again for another failure', () => {
    const { dir, bin } = project(
      'lockfile-engines-other',
      'error Couldn\'t find package "nope" on the "npm" registry.',
    );
    process.env.PATH = `${bin}${path.delimiter}${path0}`;
    expect(updateLockfiles(dir, ['yarn.lock'], true)[0]).toMatchObject({ status: 'failed' });
    expect(runs(dir)).toEqual(['install --ignore-scripts --non-interactive']);
  });
});

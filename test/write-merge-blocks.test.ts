/**
 * Regenerating a Python SDK whose owners added imports of their own at the end of its client's `if TYPE_CHECKING:`
 * block: a new resource in the spec makes the generator append its import at the same point. Two insertions at one
 * point, git's conflict; whole pieces of code at one indent, between two statements: the generator's statement, which
 * runs on from the imports before it, first, and the owners' group after it (write/merge-blocks.ts).
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/api';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';

const FIXTURE = path.join(import.meta.dirname, 'python', 'fixtures', 'petstore.yaml');
const CLIENT = 'src/pet_shop/_client.py';
const OWNERS = ['    from ._custom import helpers', '    from ._custom.server import ServerManager'];
const RESOURCE = 'wildlife_sanctuaries_of_the_world';

const root = tempDir('write-merge-blocks');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('regenerating after a new resource, the owners’ imports after the generated ones', () => {
  it('merges the generator’s new import before the owners’ lines, with no conflict', async () => {
    const dir = path.join(root, 'sdk');
    const spec = path.join(root, 'spec.yaml');
    copyFileSync(FIXTURE, spec);
    const run = () =>
      generate({ spec, output: dir, config: false, target: 'python', pythonPackage: 'pet_shop', cwd: root });
    await run();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'generated');

    const file = path.join(dir, CLIENT);
    const rows = readFileSync(file, 'utf8').split('\n');
    const block = rows.indexOf('if TYPE_CHECKING:');
    expect(block).toBeGreaterThanOrEqual(0);
    let last = block + 1;
    while (rows[last + 1]?.startsWith('    from ')) last++;
    writeFileSync(file, [...rows.slice(0, last + 1), ...OWNERS, ...rows.slice(last + 1)].join('\n'));

    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace(
        /^paths:\n/m,
        `paths:\n  /${RESOURCE}/{id}:\n    get:\n      operationId: get_${RESOURCE}\n      parameters:\n` +
          '        - { name: id, in: path, required: true, schema: { type: string } }\n' +
          "      responses:\n        '200':\n          description: ok\n",
      ),
    );
    const result = await run();
    const merged = readFileSync(file, 'utf8').split('\n');
    expect(result.files.conflicts ?? []).toEqual([]);
    expect(result.files.merged).toContain(CLIENT);
    const added = merged.findIndex((line) => line.startsWith(`    from .resources.${RESOURCE} import `));
    expect(added).toBeGreaterThan(0);
    // Its import (its names in brackets, a line each), then the owners' lines.
    const end = merged.indexOf('    )', added);
    expect(end).toBeGreaterThan(added);
    expect(merged.slice(end + 1, end + 3)).toEqual(OWNERS);
  });
});

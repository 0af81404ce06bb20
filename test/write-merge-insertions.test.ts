/**
 * Regenerating a Python SDK whose owners wrapped a generated import of its client in a block of their own markers
 * (`# <custom code>` … `# </custom code>`, with an import of theirs): a new resource in the spec makes the generator
 * insert its import next to the wrapped line (the imports are sorted by length): right before it, where the owners'
 * opening marker is, or right after it, where their closing one is. The merge puts the generator's line outside their
 * block (write/merge-insertions.ts), where git would mark a conflict.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/api';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';

const FIXTURE = path.join(import.meta.dirname, 'python', 'fixtures', 'petstore.yaml');
const CLIENT = 'src/pet_shop/_client.py';
const OPEN = ['    # <custom code>', '    from ._custom import helpers'];
const CLOSE = '    # </custom code>';

const root = tempDir('write-merge-insertions');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The SDK generated and committed in a folder of its own, the owners' block wrapped around the last import of its
 * client's `if TYPE_CHECKING:` block, then regenerated with a new resource at `/<resource>/{id}`: the merged client's
 * lines, the wrapped line, and the generator's result.
 */
async function regenerateWithResource(name: string, resource: string) {
  const dir = path.join(root, name);
  const spec = path.join(root, `${name}.yaml`);
  copyFileSync(FIXTURE, spec);
  const run = () =>
    generate({ spec, output: dir, config: false, target: 'python', pythonPackage: 'pet_shop', cwd: root });
  await run();
  // Committed before the owners edit it, as they keep their SDK: git history has the base of the first merge.
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'generated');

  const file = path.join(dir, CLIENT);
  const rows = readFileSync(file, 'utf8').split('\n');
  const block = rows.indexOf('if TYPE_CHECKING:');
  expect(block).toBeGreaterThanOrEqual(0);
  let last = block + 1;
  while (rows[last + 1]?.startsWith('    from ')) last++;
  const wrapped = rows[last];
  writeFileSync(file, [...rows.slice(0, last), ...OPEN, wrapped, CLOSE, ...rows.slice(last + 1)].join('\n'));

  writeFileSync(
    spec,
    readFileSync(spec, 'utf8').replace(
      /^paths:\n/m,
      `paths:\n  /${resource}/{id}:\n    get:\n      operationId: get_${resource}\n      parameters:\n` +
        '        - { name: id, in: path, required: true, schema: { type: string } }\n' +
        "      responses:\n        '200':\n          description: ok\n",
    ),
  );
  const result = await run();
  return { merged: readFileSync(file, 'utf8').split('\n'), wrapped, result };
}

describe('regenerating after a new resource, the owners’ block of markers around a generated import', () => {
  it.each([
    ['after their closing marker', 'wildlife_sanctuaries_of_the_world', 'after'],
    ['before their opening marker', 'zebras', 'before'],
  ])('keeps their block whole, the new import %s, with no conflict', async (_, resource, where) => {
    const { merged, wrapped, result } = await regenerateWithResource(where, resource);
    expect(result.files.conflicts ?? []).toEqual([]);
    expect(result.files.merged).toContain(CLIENT);
    expect(merged.join('\n')).not.toMatch(/^<{7} /m);
    // Their block as they wrote it, the generated line it wraps inside.
    const close = merged.indexOf(CLOSE);
    expect(merged.slice(close - 3, close + 1)).toEqual([...OPEN, wrapped, CLOSE]);
    // The generator's new import, outside it: right after it, or right before it.
    const added = merged.findIndex((line) => line.startsWith(`    from .resources.${resource} import `));
    expect(added).toBe(where === 'after' ? close + 1 : close - 4);
  });
});

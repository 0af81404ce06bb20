import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'petstore.yaml');
const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__', 'petstore');

describe('the Python package of a small spec', async () => {
  const result = await generate({ spec: FIXTURE, config: null, target: 'python', pythonPackage: 'pet_shop' });

  it('has the package modules', () => {
    const paths = result.files.map((file) => file.path);
    for (const module of [
      '__init__',
      '_client',
      '_version',
      'pagination',
      'types/__init__',
      'types/pet_create_response',
    ])
      expect(paths).toContain(`src/pet_shop/${module}.py`);
  });

  it.each(result.files.filter((file) => file.path.endsWith('.py') && !isRuntime(file.path)).map((f) => [f.path, f]))(
    '%s',
    async (_path, file) => {
      await expect(file.contents).toMatchFileSnapshot(path.join(SNAPSHOTS, file.path));
    },
  );
});

/** The runtime is copied from templates/python/runtime: its own tests cover it. */
function isRuntime(file: string): boolean {
  return /^src\/[^/]+\/_[a-z]/.test(file) && !/\/_(client|version)\.py$/.test(file);
}

/**
 * The tests' conftest.py imports from the package only names the package has at the top level: an SDK of an era
 * before aiohttp (stainless/python-era.ts) does not re-export `DefaultAioHttpClient`, so the conftest takes it from
 * where it is defined (pyright failed on a migrated older SDK's tests otherwise).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { sharedPath } from '../helpers/paths';

const shared = sharedPath('stainless-compat-python/onebusaway');

describe('conftest.py imports', () => {
  it.each([null, '2025-05-28'])(
    'names only what the package exports (era %s)',
    async (era) => {
      const { files } = await generate({
        spec: path.join(shared, 'openapi.yml'),
        config: path.join(shared, 'stainless.yml'),
        target: 'python',
        stainlessEra: era,
      });
      const conftest = files.find((f) => f.path === 'tests/conftest.py')?.contents ?? '';
      const initFile = files.find((f) => /^src\/\w+\/__init__\.py$/.test(f.path));
      const pkg = initFile?.path.split('/')[1];
      const imported = [...conftest.matchAll(new RegExp(`from ${pkg} import ([^\\n(]+)`, 'g'))].flatMap((m) =>
        m[1]!.split(',').map((n) => n.trim()),
      );
      expect(conftest).toContain('DefaultAioHttpClient');
      expect(imported.length).toBeGreaterThan(0);
      for (const name of imported)
        expect(initFile?.contents, `${name} in __init__.py`).toMatch(new RegExp(`\\b${name}\\b`));
    },
    30_000,
  );
});

/**
 * A model imported into a types module under a name the module already gave a type of its own (a field's inline
 * union is named after the field, `Commit`, and one of its members holds a field of the imported `Commit` model): the
 * import takes an alias (`Commit as CommitModel`), so that no name is bound twice. Found by the sweep of real
 * configs (stainless-configs-python.test.ts). The text in `npm test`; pyright strict on the module with
 * SDKGEN_PYTHON_TESTS=full.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython, pyrightErrorsUnderOwnSettings, PYTHON_FULL } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'import-name-taken');
const MODULE = 'src/builds/types/build.py';

describe('an imported model whose name a nested type of the module took', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('import-name-taken');
    generatePython(path.join(FIXTURE, 'openapi.yml'), out, path.join(FIXTURE, 'stainless.yml'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is imported under an alias, each name bound once', () => {
    const module = readFileSync(path.join(out, MODULE), 'utf8');
    expect(module).toContain('from .commit import Commit as CommitModel\n');
    expect(module).toContain('    commit: Optional[CommitModel] = None\n');
    expect(module).toContain('\nCommit: TypeAlias = Union[CommitStatus, CommitUnionMember1]\n');
    const bound = [...module.matchAll(/^(?:class (\w+)|(\w+): TypeAlias)|^from \S+ import (.+)$/gm)].flatMap((m) =>
      m[3]
        ? m[3].split(',').map(
            (name) =>
              name
                .trim()
                .split(/\s+as\s+/)
                .pop()!,
          )
        : [m[1] ?? m[2]],
    );
    expect(bound.filter((name, i) => bound.indexOf(name) !== i)).toEqual([]);
  });

  it.skipIf(!PYTHON_FULL)(
    'is clean under pyright strict',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, [MODULE])).toEqual([]);
    },
    600_000,
  );
});

/**
 * migrate/owners/removed-tests.ts `dropRemovalsFromRemovedTests`: an owners' edit that only took lines out of Stainless's
 * test file that the migration removes has its result in the removal; one that adds a line, or one in a module of the
 * runtime that goes, is still listed for a person.
 */
import { describe, expect, it } from 'vitest';
import { dropRemovalsFromRemovedTests } from '../../generator/migrate/owners/removed-tests';

const importRemoved =
  "@@ -4 +3,0 @@ import { toFile } from 'pkg/core/uploads';\n-import { File } from 'node:buffer';\n";
const lineChanged = '@@ -13 +12 @@ function f() {\n-    return 1;\n+    return 2;\n';

describe('dropRemovalsFromRemovedTests', () => {
  it('drops a hunk that only takes lines out of a removed test file, counting it as done', () => {
    const alreadyThere: Array<{ path: string; hunks: number }> = [];
    const left = dropRemovalsFromRemovedTests(
      [{ path: 'tests/uploads.test.ts', hunks: [importRemoved, lineChanged] }],
      new Set(['tests/uploads.test.ts']),
      alreadyThere,
    );
    expect(left).toEqual([{ path: 'tests/uploads.test.ts', hunks: [lineChanged] }]);
    expect(alreadyThere).toEqual([{ path: 'tests/uploads.test.ts', hunks: 1 }]);
  });

  it('keeps it in a test file that stays, and in a module of the runtime that goes', () => {
    const alreadyThere: Array<{ path: string; hunks: number }> = [];
    const rejected = [
      { path: 'tests/kept.test.ts', hunks: [importRemoved] },
      { path: 'src/core/uploads.ts', hunks: [importRemoved] },
    ];
    expect(dropRemovalsFromRemovedTests(rejected, new Set(['src/core/uploads.ts']), alreadyThere)).toEqual(rejected);
    expect(alreadyThere).toEqual([]);
  });
});

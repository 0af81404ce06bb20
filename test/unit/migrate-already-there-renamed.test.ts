/**
 * Issue 89: an owners' edit that found no place counts as done (reapply/hunks.ts `alreadyThere`) only where its lines
 * stand in its own scope. Where sdkgen's text has no scope of that name (sdkgen named the class otherwise,
 * `AsyncFiles` → `AsyncFilesResource`), only in a function of the same name and kind (`async def create`), at the
 * same rank among those (reapply/same-occurrence.ts `inOwnScope`): not in any other function, nor in the sync twin.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { scopeOf } from '../../generator/migrate/python/already-done/comment-only';

const base = [
  'class Files:',
  '    def create(self, a):',
  '        first = 1',
  '        return call(first, a)',
  '',
  '',
  'class AsyncFiles:',
  '    async def create(self, a):',
  '        first = 1',
  '        return await call(first, a)',
  '',
].join('\n');
// The owners patch the async copy only.
const edited = base.replace(
  '        first = 1\n        return await',
  '        first = 1\n        a = patch(a)\n        return await',
);
/** sdkgen's module: classes named otherwise, bodies worded otherwise (no place for the hunk), `extra` lines of its own. */
const sdkgens = (sync: string, async: string, helper = '') =>
  [
    helper,
    'class FilesResource:',
    '    def create(self, a):',
    sync,
    '        return call(a)',
    '',
    '',
    'class AsyncFilesResource:',
    '    async def create(self, a):',
    async,
    '        return await call(a)',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');

describe("an edit counted done where sdkgen's class is named otherwise (reapply/hunks.ts alreadyThere)", () => {
  it('is done where the function of the same name and kind has its lines', () => {
    const target = sdkgens('        a = a or 0', '        a = patch(a)');
    const carried = reapplyEdits(base, edited, target, { scopeOf, code: true });
    expect(carried.alreadyThere).toBe(1);
    expect(carried.rejected).toEqual([]);
  });

  it('is not done where only another function has its lines: it is left for a person', () => {
    const helper = 'class Helpers:\n    def other(self, a):\n        a = patch(a)\n        return a\n\n';
    const target = sdkgens('        a = a or 0', '        a = a or 0', helper);
    const carried = reapplyEdits(base, edited, target, { scopeOf, code: true });
    expect(carried.alreadyThere).toBeUndefined();
    expect(carried.rejected).toHaveLength(1);
  });

  it('is not done where only the sync twin (def, not async def) has its lines', () => {
    const target = sdkgens('        a = patch(a)', '        a = a or 0');
    const carried = reapplyEdits(base, edited, target, { scopeOf, code: true });
    expect(carried.alreadyThere).toBeUndefined();
    expect(carried.rejected).toHaveLength(1);
  });
});

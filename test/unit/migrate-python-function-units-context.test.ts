/**
 * A function put back as sdkgen's whole (function-units.ts: half carried, reading a name nothing binds) takes to a
 * person the hunks that change its lines, not a hunk of the function before whose context lines reach its first
 * lines: that hunk, counted as the restored function's own, was dropped from the rejected hunks and replaced by the
 * restored function's own edits, so the earlier function's edit was neither carried nor reported.
 */
import { describe, expect, it } from 'vitest';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';
import { withWholeFunctionEdits } from '../../generator/migrate/python/reapply/function-units';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const BASE = lines(
  'def first() -> int:',
  '    value = 1',
  '    return value',
  '',
  '',
  'def second() -> int:',
  '    left = 2',
  '    right = 3',
  '    middle = 4',
  '    other = 5',
  '    more = 6',
  '    return left + right + middle + other + more',
);
// The owners: `first` returns one more (its hunk's context reaches `def second`), and `second` renames `left`.
const EDITED = BASE.replace('    return value\n', '    return value + 1\n')
  .replace('    left = 2\n', '    renamed = 2\n')
  .replace('return left +', 'return renamed +');
// sdkgen's module: the same functions in other words, so that some hunks place and some do not.
const TARGET = BASE.replace('    value = 1\n', '    value = 10\n').replace('    left = 2\n', '    left = 20\n');
// What reapplying left: `second`'s last line placed (it reads `renamed`, which nothing binds now), the others not.
const CARRIED = TARGET.replace('return left +', 'return renamed +');

describe('a half-carried function put back as sdkgen’s', () => {
  it("keeps the earlier function's rejected hunk whose context lines reach into it", () => {
    const hunks = editsAsHunks(BASE, EDITED);
    const firstHunk = hunks.find((h) => h.includes('+    return value + 1'))!;
    const secondHunk = hunks.find((h) => h.includes('+    renamed = 2'))!;
    // (The premise: the hunk of `first` has `def second` among its context lines.)
    expect(firstHunk).toContain(' def second() -> int:');
    const result = withWholeFunctionEdits(BASE, EDITED, TARGET, {
      text: CARRIED,
      applied: 1,
      rejected: [firstHunk, secondHunk],
    });
    expect(result.wholeFunctions).toEqual(['second']);
    expect(result.text).toBe(TARGET);
    // Every edit of the owners is still reported: `first`'s as it was, `second`'s whole.
    expect(result.rejected).toContain(firstHunk);
    expect(result.rejected.join('')).toContain('+    renamed = 2');
    expect(result.rejected.join('')).toContain('+    return renamed +');
  });

  it("keeps the part of a hunk over two functions that changes the other one's lines", () => {
    // The owners deleted `first` and gave `second` a parameter: one run of changed lines, one hunk over both.
    const base = lines('import os', '', '', ...BASE.trimEnd().split('\n'));
    const edited = lines('import os', '', '', ...EDITED.trimEnd().split('\n'))
      .replace(/def first\(\) -> int:\n {4}value = 1\n {4}return value \+ 1\n\n\n/, '')
      .replace('def second() -> int:', 'def second(scale: int = 1) -> int:');
    const target = lines('import os', '', '', ...TARGET.trimEnd().split('\n'));
    const hunks = editsAsHunks(base, edited);
    const across = hunks.find((h) => h.includes('-def first() -> int:'))!;
    // (The premise: one hunk takes `first` out and changes `second`'s signature.)
    expect(across).toContain('+def second(scale: int = 1) -> int:');
    const renamedHunk = hunks.find((h) => h.includes('+    renamed = 2'))!;
    const result = withWholeFunctionEdits(base, edited, target, {
      text: target.replace('return left +', 'return renamed +'),
      applied: 1,
      rejected: [across, renamedHunk],
    });
    expect(result.wholeFunctions).toEqual(['second']);
    expect(result.text).toBe(target);
    const reported = result.rejected.join('');
    // `first`'s deletion is still reported (before, the hunk went with `second`'s and only `second`'s edits came back).
    expect(reported).toContain('-def first() -> int:\n-    value = 1\n-    return value\n');
    expect(reported).toContain('+def second(scale: int = 1) -> int:');
    expect(reported).toContain('+    renamed = 2');
    // (Reported once: the part of `second` comes back with its other edits, not twice.)
    expect(reported.split('+def second(scale: int = 1) -> int:').length).toBe(2);
  });
});

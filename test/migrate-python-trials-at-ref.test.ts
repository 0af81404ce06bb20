/**
 * The Python trial harness (bench/migrate-trials/lib/python-at-ref.mjs) scores pyright and pytest failing only as the
 * release's own ref does apart (FAIL AT REF), as the TypeScript harness does, rather than as a pass.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { pyrightStatus, pytestAtRefNote, pytestStatus } from '../bench/migrate-trials/lib/python-at-ref.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { scoreLine } from '../bench/migrate-trials/lib/at-ref.mjs';

const error = {
  file: 'src/pkg/lib/x.py',
  line: 3,
  rule: 'reportMissingImports',
  message: 'Import "fire" could not be resolved',
};
const pyright = (over: Record<string, unknown>) => ({
  installFails: false,
  failed: false,
  errors: [],
  fresh: [],
  masked: [],
  ...over,
});
const run = (exit: number, failing: string[], gone: string[] = []) => ({
  status: exit === 0 && gone.length === 0 ? 'pass' : 'fail',
  exit,
  failing,
  details: { gone, exit, failing },
});

describe("the Python trial's checks failing at the ref", () => {
  it('pyright: clean passes, only the ref’s errors are at-ref, one more (or no install) fails', () => {
    expect(pyrightStatus(pyright({}))).toBe('pass');
    expect(pyrightStatus(pyright({ errors: [error] }))).toBe('at-ref');
    expect(pyrightStatus(pyright({ masked: [error], errors: [error] }))).toBe('at-ref');
    expect(pyrightStatus(pyright({ errors: [error], fresh: [error] }))).toBe('fail');
    expect(pyrightStatus(pyright({ installFails: true }))).toBe('fail');
    expect(pyrightStatus(pyright({ failed: true }))).toBe('fail');
  });

  it('pytest: the ref’s failures are at-ref, a failure of its own or a file gone fails, not running at all is skipped', () => {
    const atRef = run(1, ['tests/test_a.py::test_one', 'tests/test_b.py::test_two']);
    expect(pytestStatus(run(0, []), atRef)).toBe('pass');
    expect(pytestStatus(run(1, ['tests/test_a.py::test_one']), atRef)).toBe('at-ref');
    expect(pytestStatus(run(1, ['tests/test_a.py::test_three']), atRef)).toBe('fail');
    expect(pytestStatus(run(1, ['tests/test_a.py::test_one'], ['tests/test_c.py']), atRef)).toBe('fail');
    expect(pytestStatus(run(2, []), run(2, []))).toBe('skipped');
    expect(pytestStatus(run(2, []), atRef)).toBe('fail');
    expect(pytestStatus(run(1, ['tests/test_a.py::test_one']), null)).toBe('fail');
    const mine = run(1, ['tests/test_a.py::test_three', 'tests/test_a.py::test_one']);
    expect(pytestAtRefNote(mine, atRef, pytestStatus(mine, atRef))).toBe(
      ' (1 of 2 failing pass at the ref: tests/test_a.py::test_three)',
    );
  });

  it('counts them apart in the score line', () => {
    const checks = [
      { n: 1, status: 'pass' },
      { n: 5, status: pyrightStatus(pyright({ errors: [error] })) },
      { n: 6, status: pytestStatus(run(1, ['t::a']), run(1, ['t::a'])) },
    ];
    expect(scoreLine(checks)).toMatch(/^1\/3 pass; 2 fail at the ref as well \(5, 6: .*\): 3\/3 but for/);
  });
});

/**
 * The Python trial harness (bench/migrate-trials/lib/python-at-ref.mjs) scores pyright and pytest failing only as the
 * release's own ref does apart (FAIL AT REF), as the TypeScript harness does, rather than as a pass.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { pyrightStatus, pytestAtRefNote, pytestStatus } from '../bench/migrate-trials/lib/python-at-ref.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { scoreLine } from '../bench/migrate-trials/lib/at-ref.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { compareFailures } from '../bench/migrate-trials/lib/same-failures.mjs';

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
// (Each failing test with its message: `id` alone fails on `assert 1 == 2`, `[id, message]` on that message.)
const run = (exit: number, tests: (string | [string, string])[], gone: string[] = [], dir = '/runs/repo') => {
  const failures = tests.map((t) =>
    typeof t === 'string' ? { id: t, message: 'assert 1 == 2' } : { id: t[0], message: t[1] },
  );
  const failing = failures.map((f) => f.id);
  return {
    status: exit === 0 && gone.length === 0 ? 'pass' : 'fail',
    exit,
    failing,
    failures,
    dir,
    details: { gone, exit, failing },
  };
};

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
      ' (1 of 2 failing not at the ref: tests/test_a.py::test_three (assert 1 == 2))',
    );
  });

  it('pytest: a test failing at the ref for another reason is not the ref’s failure, and the reason shows both', () => {
    // mpesaflow-python: the ref's client fails on httpx 0.28's removed `proxies`; the migrated tree's on its own.
    const proxies = "TypeError: Client.__init__() got an unexpected keyword argument 'proxies'";
    const atRef = run(1, [['tests/test_client.py::test_copy', proxies], 'tests/test_b.py::test_two'], [], '/runs/ref');
    const mine = run(1, [['tests/test_client.py::test_copy', "AttributeError: 'Client' has no attribute 'copy'"]]);
    expect(pytestStatus(mine, atRef)).toBe('fail');
    expect(pytestAtRefNote(mine, atRef, 'fail')).toBe(
      " (1 of 1 failing at the ref for another reason: tests/test_client.py::test_copy (here: AttributeError: 'Client' " +
        "has no attribute 'copy'; at the ref: TypeError: Client.__init__() got an unexpected keyword argument 'proxies'))",
    );
    // The same reason, the trees' folders and an address aside, is the ref's.
    const here = run(1, [['tests/test_b.py::test_two', 'OSError: /runs/repo/tests/data.json at 0x7f00aa11bb22']]);
    const there = run(
      1,
      [['tests/test_b.py::test_two', 'OSError: /runs/ref/tests/data.json at 0x7f99cc33dd44']],
      [],
      '/runs/ref',
    );
    expect(pytestStatus(here, there)).toBe('at-ref');
    // …and pytest's numbered temporary folder of each run.
    const tmp = (n: number, dir: string) =>
      run(1, [['t::c', `OSError: /tmp/pytest-of-root/pytest-${n}/test_c0/out.json missing`]], [], dir);
    expect(pytestStatus(tmp(12, '/runs/repo'), tmp(13, '/runs/ref'))).toBe('at-ref');
  });

  it('pytest: the folders each side’s package installed to are masked too (openlayer-python’s litellm tests)', () => {
    // The message names the installed module: `…/site/openlayer/…` here, `…/site-ref/openlayer/…` at the ref.
    const said = (site: string) =>
      `AttributeError: <module 'pkg.tracer' from '${site}/pkg/tracer.py'> does not have the attribute 'litellm'`;
    const here = { ...run(1, [['tests/test_l.py::test_a', said('/runs/site')]]), site: '/runs/site' };
    const there = {
      ...run(1, [['tests/test_l.py::test_a', said('/runs/site-ref')]], [], '/runs/ref'),
      site: '/runs/site-ref',
    };
    expect(pytestStatus(here, there)).toBe('at-ref');
    expect(
      compareFailures(here.failures, there.failures, { here: [here.dir, here.site], atRef: [there.dir, there.site] })
        .same,
    ).toHaveLength(1);
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

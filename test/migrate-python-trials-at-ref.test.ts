/**
 * The Python trial harness (bench/migrate-trials/lib/python-at-ref.mjs) scores pyright and pytest failing only as the
 * release's own ref does apart (FAIL AT REF), as the TypeScript harness does, rather than as a pass.
 */
import { describe, expect, it } from 'vitest';
import {
  pyrightStatus,
  pytestAtRefNote,
  pytestStatus,
  wantingPackages,
  // @ts-expect-error: the harness is plain JavaScript
} from '../bench/migrate-trials/lib/python-at-ref.mjs';
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

  it('pytest: the folder each side installed the package into is masked as the tree’s', () => {
    // openlayer-python: the owners' tests import the installed package, `<run>/site` here and `<run>/site-ref` at the
    // ref, and a mock's AttributeError names that module's file: the same failure, read as "another reason".
    const said = (site: string) =>
      `AttributeError: <module 'pkg.lib.tracer' from '${site}/pkg/lib/tracer.py'> does not have the attribute 'x'`;
    const here = { ...run(1, [['tests/test_t.py::test_x', said('/runs/site')]]), site: '/runs/site' };
    const there = {
      ...run(1, [['tests/test_t.py::test_x', said('/runs/site-ref')]], [], '/runs/ref'),
      site: '/runs/site-ref',
    };
    expect(pytestStatus(here, there)).toBe('at-ref');
    // Where the installed package's own failure differs, it is still another reason.
    const other = {
      ...run(1, [['tests/test_t.py::test_x', said('/runs/site-ref').replace("'x'", "'y'")]], [], '/runs/ref'),
      site: '/runs/site-ref',
    };
    expect(pytestStatus(here, other)).toBe('fail');
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

// writer-python's owners' `tests/lib/streaming` imports `inline_snapshot`, which this machine's index lacks: pyright's
// four errors on that import line (the import, and each name it binds typed Unknown) were scored FAIL AT REF.
describe("pyright's errors on an import of a package this machine's index lacks", () => {
  const at = (line: number, rule: string, message: string, file = 'tests/lib/test_s.py') => ({
    file,
    line,
    rule,
    message,
  });
  const missing = at(12, 'reportMissingImports', 'Import "inline_snapshot" could not be resolved');
  const unknown = at(12, 'reportUnknownVariableType', 'Type of "snapshot" is unknown');
  const elsewhere = at(30, 'reportUnknownVariableType', 'Type of "x" is unknown');
  const nox = at(1, 'reportMissingImports', 'Import "nox" could not be resolved', 'noxfile.py');
  const failed = [
    'httpx_aiohttp>=0.1.9',
    'pyright==1.1.399 (pyright outside that range installed)',
    'inline-snapshot >=0.7.0',
  ];

  it('are the machine’s: the import line’s errors, of a package that did not install (its name as Python imports it)', () => {
    const { wanting, rest } = wantingPackages([missing, unknown, elsewhere, nox], failed);
    expect(wanting).toEqual([missing, unknown]);
    expect(rest).toEqual([elsewhere, nox]);
  });

  it('a package installed (outside its range, or at all) explains nothing', () => {
    const pyrightMissing = at(3, 'reportMissingImports', 'Import "pyright.x" could not be resolved');
    expect(wantingPackages([pyrightMissing, nox], failed)).toEqual({ wanting: [], rest: [pyrightMissing, nox] });
    expect(wantingPackages([missing, unknown], [])).toEqual({ wanting: [], rest: [missing, unknown] });
  });

  it('a submodule of such a package too', () => {
    const sub = at(4, 'reportMissingImports', 'Import "httpx_aiohttp.transport" could not be resolved');
    expect(wantingPackages([sub], failed).wanting).toEqual([sub]);
  });
});

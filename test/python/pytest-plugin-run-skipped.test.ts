/**
 * test/python/pytest-plugins/sdkgen_run_skipped.py: the tests a Stainless SDK marks skipped (on the function or on
 * its class) run; a skipif and a skip the test calls itself stay skips. A few cases under pytest: seconds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { runPytest } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const TESTS = `import pytest


@pytest.mark.skip(reason="Prism tests are disabled")
def test_marked() -> None:
    assert True


@pytest.mark.skip(reason="Mock server tests are disabled")
class TestMarkedClass:
    def test_inside(self) -> None:
        assert True


@pytest.mark.skip(reason="Prism tests are disabled")
def test_marked_failing() -> None:
    assert False, "ran"


@pytest.mark.skipif(True, reason="a condition")
def test_condition() -> None:
    assert True


def test_skips_itself() -> None:
    pytest.skip("at run time")
`;

describe('sdkgen_run_skipped (the pytest plugin of --run-skipped)', () => {
  it('runs the tests marked skipped, and no others', async () => {
    const dir = tempDir('pytest-run-skipped');
    mkdirSync(path.join(dir, 'tests'), { recursive: true });
    writeFileSync(path.join(dir, 'tests', 'test_marks.py'), TESTS);
    writeFileSync(path.join(dir, 'pytest.ini'), '[pytest]\n');
    const { cases } = await runPytest({
      cwd: dir,
      junit: path.join(dir, 'junit.xml'),
      args: ['-c', 'pytest.ini', '-q', '-p', 'sdkgen_run_skipped', 'tests'],
      env: {
        PYTHONPATH: path.join(ROOT, 'test/python/pytest-plugins'),
        PYTHONDONTWRITEBYTECODE: '1',
      },
      timeout: 3 * 60 * 1000,
    });
    const outcome = Object.fromEntries(cases.map((c) => [c.id.split('::').at(-1), c.outcome]));
    expect(outcome).toEqual({
      test_marked: 'passed',
      test_inside: 'passed',
      test_marked_failing: 'failed',
      test_condition: 'skipped',
      test_skips_itself: 'skipped',
    });
  }, 240_000);
});

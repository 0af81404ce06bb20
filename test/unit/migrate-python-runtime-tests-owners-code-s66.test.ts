/**
 * Which of sdkgen's tests of its runtime call code the owners' carried edits changed (runtime-tests-on-owners-code.ts):
 * a class's member reached through the dunders using it calls (iterating a `Stream` reads its private `_events`), a
 * public member the test reads by name, a private helper a function calls; a test of an untouched member stays, and a
 * test file the owners' tests took over is left alone.
 */
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { skipRuntimeTestsOnOwnersCode } from '../../generator/migrate/python/owners-tests/runtime-tests-on-owners-code';

const STREAMING = `class Stream:
    def __init__(self, lines):
        self._lines = lines

    def __iter__(self):
        yield from self._events()

    def _events(self):
        return [line.upper() for line in self._lines]

    def close(self):
        return None

    def count(self):
        return len(self._lines)


def parse(text):
    return _split(text)


def _split(text):
    return text.split(",")
`;

const TESTS = `from acme._streaming import Stream, parse


def _collect(stream):
    return list(stream)


def test_iterates() -> None:
    assert _collect(Stream(["a"])) == ["A"]


def test_closes() -> None:
    assert Stream([]).close() is None


class TestCount:
    def test_counts(self) -> None:
        assert Stream(["a"]).count() == 1


def test_parses() -> None:
    assert parse("a,b") == ["a", "b"]
`;

function planFor(streaming: string, tests = TESTS) {
  const rendered = [
    { path: 'src/acme/_streaming.py', contents: STREAMING },
    { path: 'tests/test_streaming.py', contents: TESTS },
  ];
  const plan = emptyMigrationPlan();
  plan.writes.push(
    { path: 'src/acme/_streaming.py', contents: streaming },
    { path: 'tests/test_streaming.py', contents: tests },
  );
  skipRuntimeTestsOnOwnersCode(plan, rendered, 'acme');
  return { plan, tests: plan.writes.find((f) => f.path === 'tests/test_streaming.py')!.contents };
}

describe("sdkgen's runtime tests on the owners' code", () => {
  it('skips a test iterating a class whose private member the iteration reads was changed', () => {
    const { plan, tests } = planFor(STREAMING.replace('line.upper()', 'line.lower()'));
    expect(plan.runtimeTestsOnOwnersCode).toEqual([
      'tests/test_streaming.py::test_iterates (_streaming.py: Stream.__iter__)',
    ]);
    expect(tests).toContain(
      '@pytest.mark.skip(reason="your edit of _streaming.py: Stream.__iter__ (carried into sdkgen\'s module) is yours to test")\ndef test_iterates()',
    );
    // (No `import pytest` in the module: added.)
    expect(tests.startsWith('import pytest\n\nfrom acme._streaming import')).toBe(true);
  });

  it('skips only the test reading the public member changed, and a function through its private helper', () => {
    const { plan } = planFor(
      STREAMING.replace('return len(self._lines)', 'return 0').replace('split(",")', 'split(";")'),
    );
    expect(plan.runtimeTestsOnOwnersCode).toEqual([
      'tests/test_streaming.py::TestCount::test_counts (_streaming.py: Stream.count)',
      'tests/test_streaming.py::test_parses (_streaming.py: parse)',
    ]);
  });

  it('leaves sdkgen and the owners alone where nothing tested changed, or the test file is theirs', () => {
    const added = planFor(`${STREAMING}\n\ndef extra():\n    return 1\n`);
    expect(added.plan.runtimeTestsOnOwnersCode).toEqual([]);
    expect(added.tests).toBe(TESTS);
    const theirs = planFor(
      STREAMING.replace('line.upper()', 'line.lower()'),
      `${TESTS}\n\ndef test_mine() -> None:\n    pass\n`,
    );
    expect(theirs.plan.runtimeTestsOnOwnersCode).toEqual([]);
  });
});

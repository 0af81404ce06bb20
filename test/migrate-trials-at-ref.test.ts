/**
 * The trial harness (bench/migrate-trials) scores a check that fails only as the release's own ref fails apart from
 * one the migration broke: tsc errors the ref has too (line numbers aside), tests that fail at the ref too (whatever
 * runner named them).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { failingTests, scoreAgainstRef, scoreLine } from '../bench/migrate-trials/lib/at-ref.mjs';

const error = (file: string, line: number, message = "Object is possibly 'undefined'.") => ({
  file,
  line,
  code: 'TS2532',
  message,
});

const vitestOutput = [
  '\x1b[41m\x1b[1m FAIL \x1b[22m\x1b[49m src/lib/client.test.ts\x1b[2m > \x1b[22mRealtimeClient',
  ' FAIL  src/lib/client.test.ts > RealtimeClient > refreshAuth swaps atomically',
  ' FAIL  tests/broken.test.ts [ tests/broken.test.ts ]',
  ' Test Files  2 failed | 40 passed (42)',
].join('\n');

const jestOutput = [
  ' FAIL  tests/lib/client.test.ts',
  '  ● RealtimeClient › refreshAuth swaps atomically',
  '  ● Console',
  ' FAIL  tests/lib/import.test.ts',
  '  ● Test suite failed to run',
  'Tests:       1 failed, 12 passed, 13 total',
].join('\n');

const checks = () => [
  { n: 1, title: 'migrate exits 0', status: 'pass', reason: 'exit 0' },
  { n: 5, title: 'tsc', status: 'fail', reason: '1 errors', details: [error('tests/a.test.ts', 46)] },
  {
    n: 6,
    title: 'tests type-check',
    status: 'fail',
    reason: '2 errors',
    details: [error('tests/a.test.ts', 46), error('tests/b.test.ts', 3, 'new')],
  },
  {
    n: 10,
    title: 'npm test',
    status: 'fail',
    reason: 'exit 1',
    details: ['RealtimeClient › refreshAuth swaps atomically'],
  },
];

describe('failing tests by name', () => {
  it('reads Vitest and Jest alike, a listed suite not counted, a file failing whole by its path', () => {
    expect(failingTests(vitestOutput)).toEqual([
      'RealtimeClient › refreshAuth swaps atomically',
      'tests/broken.test.ts',
    ]);
    expect(failingTests(jestOutput)).toEqual([
      'RealtimeClient › refreshAuth swaps atomically',
      'tests/lib/import.test.ts',
    ]);
  });
});

describe('checks failing at the ref', () => {
  const baseline = [
    { what: 'tsc --noEmit -p .', status: 'fail', errors: [error('tests/a.test.ts', 44), error('tests/c.ts', 1)] },
    { what: 'tests type-check', status: 'fail', errors: [error('tests/a.test.ts', 44)] },
    { what: "owners' tests (jest, 3 files)", status: 'fail', failing: failingTests(jestOutput) },
  ];

  it('are scored apart where every error or failing test is the ref’s; one more keeps the check failed', () => {
    const scored = scoreAgainstRef(checks(), baseline);
    expect(scored.map((c: { status: string }) => c.status)).toEqual(['pass', 'at-ref', 'fail', 'at-ref']);
    expect(scored[2].reason).toMatch(/^1 of 2 not at the ref \(tests\/b\.test\.ts:3 TS2532\)/);
    expect(scoreLine(scored)).toBe(
      '1/4 pass; 2 fail at the ref as well (5, 10: the release was broken there before the move): 3/4 but for the ' +
        "ref's own failures",
    );
  });

  it('a test failing after the move that passed at the ref, or no baseline, stays a failure', () => {
    const passingAtRef = [{ what: "owners' tests (vitest, 3 files)", status: 'ok', failing: [] }];
    expect(scoreAgainstRef(checks(), passingAtRef)[3].status).toBe('fail');
    expect(scoreAgainstRef(checks(), null).map((c: { status: string }) => c.status)).toEqual([
      'pass',
      'fail',
      'fail',
      'fail',
    ]);
    expect(scoreLine(checks())).toBe('1/4 pass');
  });

  it('an error the ref has once, found twice after the move, is new once', () => {
    const twice = checks();
    twice[1].details = [error('tests/a.test.ts', 46), error('tests/a.test.ts', 50)];
    expect(
      scoreAgainstRef(
        twice,
        baseline.slice(1).map((b) => ({ ...b, what: 'tsc --noEmit -p .' })),
      )[1].status,
    ).toBe('fail');
  });
});

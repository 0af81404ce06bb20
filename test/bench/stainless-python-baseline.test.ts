/**
 * scripts/stainless-python-tests.mjs --baseline runs Stainless's tests on Stainless's own package too, so that a
 * failure the spec's examples or Prism cause (a response example that breaks its own schema fails both packages) is
 * told apart from one of ours: each cause of our failures says how many of its cases fail there too.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript script without declarations
import { withBaseline } from '../../scripts/stainless-python-tests.mjs';

describe('stainless-python-tests --baseline', () => {
  it("counts, per cause, the cases that fail on Stainless's package too", () => {
    const causes = [
      { cause: 'APIResponseValidationError: Data returned by API invalid', count: 2, ids: ['t::a', 't::b'] },
      { cause: 'TypeError: update() got an unexpected keyword argument …', count: 1, ids: ['t::c'] },
    ];
    const theirs = [
      { id: 't::a', outcome: 'failed', message: 'APIResponseValidationError' },
      { id: 't::b', outcome: 'failed', message: 'APIResponseValidationError' },
      { id: 't::c', outcome: 'passed', message: '' },
      { id: 't::d', outcome: 'failed', message: 'theirs alone' },
    ];
    expect(withBaseline(causes, theirs).map((c: { theirsToo: number }) => c.theirsToo)).toEqual([2, 0]);
  });

  it('counts a case that passes or is skipped there as ours alone', () => {
    const causes = [{ cause: 'AssertionError', count: 2, ids: ['t::a', 't::b'] }];
    const theirs = [
      { id: 't::a', outcome: 'skipped', message: '' },
      { id: 't::b', outcome: 'passed', message: '' },
    ];
    expect(withBaseline(causes, theirs)[0].theirsToo).toBe(0);
  });
});

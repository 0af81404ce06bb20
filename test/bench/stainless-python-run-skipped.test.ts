/**
 * scripts/stainless-python-tests.mjs runs the cases Stainless marks skipped ("Prism tests are disabled") unless told
 * not to: many real pairs mark every case so, and their figures would otherwise measure nothing.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript script without declarations
import { parseArgs } from '../../scripts/stainless-python-tests.mjs';

describe('stainless-python-tests skipped cases', () => {
  it('runs them by default', () => {
    expect(parseArgs([]).runSkipped).toBe(true);
    expect(parseArgs(['--run-skipped']).runSkipped).toBe(true);
  });

  it('leaves them skipped with --keep-skips', () => {
    expect(parseArgs(['--keep-skips']).runSkipped).toBe(false);
  });
});

/**
 * Why Stainless's endpoint tests of a method are written skipped, for both targets' test planners
 * (typescript/plan-tests.ts, python/tests/plan-tests.ts): the reason a Stainless config gives the method
 * (`skip_test_reason`), else, in the SDK's era (stainless/era.ts, CALLBACK_TESTS_RUN_SINCE), Stainless's own for an
 * operation defining `callbacks` (knock's, whose spec gives most operations `callbacks: {}`).
 */
import type { Method } from '../ir/types';

/** Stainless's reason for an operation defining callbacks (its TypeScript tests' comment says `skipped: ` before it). */
export const CALLBACKS_SKIP_REASON =
  'currently no good way to test endpoints defining callbacks, Prism mock server will fail trying to reach the provided callback url';

/** The reason a method's tests are skipped for, and whether it is Stainless's own (not the config's); null: none. */
export function testSkipOf(
  method: Pick<Method, 'testSkipReason' | 'definesCallbacks'>,
  callbackTestsSkipped: boolean,
): { reason: string; stainless: boolean } | null {
  if (method.testSkipReason !== undefined) return { reason: method.testSkipReason, stainless: false };
  if (callbackTestsSkipped && method.definesCallbacks) return { reason: CALLBACKS_SKIP_REASON, stainless: true };
  return null;
}

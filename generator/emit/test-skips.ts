/**
 * Why Stainless's endpoint tests of a method are written skipped, for both targets' test planners
 * (typescript/plan-tests.ts, python/tests/plan-tests.ts): the reason a Stainless config gives the method
 * (`skip_test_reason`), else, in the SDK's era (stainless/era.ts, `callbackTestsSkip`), Stainless's own for an
 * operation defining `callbacks` (knock's, whose spec gives most operations `callbacks: {}`).
 */
import type { Method } from '../ir/types';
import type { CallbackTestsSkip } from '../stainless/era';

/** Stainless's reason for an operation defining callbacks before 2025-08-11 (in TypeScript after `skipped: `). */
export const CALLBACKS_SKIP_REASON =
  'currently no good way to test endpoints defining callbacks, Prism mock server will fail trying to reach the provided callback url';

/**
 * Stainless's words for each era's callbacks skip, and whether its TypeScript comment opens with `skipped: ` (the
 * oldest alone: `// skipped: currently no good way…`, then `// Prism doesn't support callbacks yet`; Python's
 * `@pytest.mark.skip(reason=…)` is the words alone in every era).
 */
const CALLBACK_SKIPS: Record<CallbackTestsSkip, { reason: string; skippedPrefix: boolean }> = {
  'no-good-way': { reason: CALLBACKS_SKIP_REASON, skippedPrefix: true },
  prism: { reason: "Prism doesn't support callbacks yet", skippedPrefix: false },
  'mock-server': { reason: "Mock server doesn't support callbacks yet", skippedPrefix: false },
};

/**
 * The reason a method's tests are skipped for, and whether the TypeScript comment says `skipped: ` before it
 * (Stainless's oldest callbacks reason; never a config's); null: none. `callbackTestsSkip`: the era's (null: callbacks'
 * tests run).
 */
export function testSkipOf(
  method: Pick<Method, 'testSkipReason' | 'definesCallbacks'>,
  callbackTestsSkip: CallbackTestsSkip | null,
): { reason: string; skippedPrefix: boolean } | null {
  if (method.testSkipReason !== undefined) return { reason: method.testSkipReason, skippedPrefix: false };
  if (callbackTestsSkip !== null && method.definesCallbacks) return CALLBACK_SKIPS[callbackTestsSkip];
  return null;
}

/**
 * Why Stainless's endpoint tests of a method are written skipped, for both targets' test planners
 * (typescript/plan-tests.ts, python/tests/plan-tests.ts): the reason a Stainless config gives the method
 * (`skip_test_reason`), else Stainless's own for a JSON Lines response (the mock server cannot answer one), else, in
 * the SDK's era (stainless/era.ts, `callbackTestsSkip`), for an operation defining `callbacks` (knock's, whose spec
 * gives most operations `callbacks: {}`).
 */
import { jsonLinesOf } from '../ir/media';
import type { Method } from '../ir/types';
import type { CallbackTestsSkip } from '../stainless/era';
import type { MockServer } from './mock-server';

/** Steady answers JSON Lines, and Stainless's SDKs tested against it run those tests, from this day on (see below). */
export const STEADY_JSON_LINES_SINCE = '2026-03-03';

/**
 * Whether the mock server the tests run against answers a JSON Lines response, so that their tests run: Steady, in an
 * SDK of its era from STEADY_JSON_LINES_SINCE on (`era` null: the newest); never Prism.
 */
export function mockAnswersJsonLines(mockServer: MockServer, era: string | null): boolean {
  return mockServer?.kind === 'steady' && (era === null || era >= STEADY_JSON_LINES_SINCE);
}

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
 * Stainless's reason for the tests of a method whose response is JSON Lines (`media`: its media type), by the era's
 * mock-server wording, which Stainless changed in the same commits as the callbacks one (`callbackTestsSkip`): "Prism
 * doesn't support JSONL responses yet" (anthropic-sdk-python and -typescript from 2025-01-21), "Prism doesn't support
 * application/x-jsonl responses" ("chore(internal): update test skipping reason", 2025-08-11/12), "Mock server doesn't
 * …" ("chore: update mock server docs", 2026-02-19). Stainless's own mock server (steady) answers JSON Lines from
 * 2026-03-03 and its tests run; Prism, which sdkgen's SDKs are tested against, cannot, so the newest era keeps the skip
 * unless the tests run against Steady (a migrated repository's, `jsonLinesAnswered`).
 */
function jsonLinesReason(media: string, callbackTestsSkip: CallbackTestsSkip | null): string {
  if (callbackTestsSkip === 'no-good-way') return "Prism doesn't support JSONL responses yet";
  return `${callbackTestsSkip === 'prism' ? 'Prism' : 'Mock server'} doesn't support ${media} responses`;
}

/**
 * The reason a method's tests are skipped for, and whether the TypeScript comment says `skipped: ` before it
 * (Stainless's oldest callbacks reason; never a config's); null: none. `callbackTestsSkip`: the era's (null: callbacks'
 * tests run). `jsonLinesAnswered`: the mock answers JSON Lines (mockAnswersJsonLines), whose tests then run.
 */
export function testSkipOf(
  method: Pick<Method, 'testSkipReason' | 'definesCallbacks' | 'response' | 'streamWhen'>,
  callbackTestsSkip: CallbackTestsSkip | null,
  jsonLinesAnswered = false,
): { reason: string; skippedPrefix: boolean } | null {
  if (method.testSkipReason !== undefined) return { reason: method.testSkipReason, skippedPrefix: false };
  const { response } = method;
  if (response.kind === 'binary' && jsonLinesOf(method) && !jsonLinesAnswered)
    return { reason: jsonLinesReason(response.contentType, callbackTestsSkip), skippedPrefix: false };
  if (callbackTestsSkip !== null && method.definesCallbacks) return CALLBACK_SKIPS[callbackTestsSkip];
  return null;
}

/**
 * Whether `reason` is one Stainless gives by a rule of its own, which sdkgen's rules write again, and so no method's
 * `skip_test_reason` (a move reading Stainless's tests): its era's callbacks and JSON Lines reasons (above), and those of
 * ir/method-tests.ts `testSkip` (a body requiring one of several field sets; a method Prism does not route, QUERY).
 */
export function isEraSkipReason(reason: string): boolean {
  if (Object.values(CALLBACK_SKIPS).some((skip) => skip.reason === reason)) return true;
  if (reason === 'Unsupported either condition' || /^Prism doesn't support [a-z]+ methods yet$/.test(reason))
    return true;
  return /^(?:Prism|Mock server) doesn't support (?:JSONL|\S*(?:jsonl|ndjson|json-seq|jsonlines)\S*) responses(?: yet)?$/i.test(
    reason,
  );
}

/**
 * `SDKGEN_SLOW_TESTS=full` (a CI step of its own after `npm test`, `.ci/run`): every case of the suite's sweeps, the
 * same check repeated over every fixture, every Stainless project or every form of a config key. Without it (`npm
 * test`), a sweep runs the cases `sweep` keeps, chosen for the behaviour they cover, to keep the whole run within
 * its time budget; docs/contributing.md lists what runs where.
 */
export const SLOW_FULL = process.env.SDKGEN_SLOW_TESTS === 'full';

/**
 * `SDKGEN_E2E_TESTS=full` (`npm run test:e2e`, a CI step of its own after `npm test`): whole-pipeline checks (a real
 * repository's move and its Jest, a package's own `npm test`, packed tarballs installed and consumed) that `npm test`
 * leaves out for its time budget, each with a cheaper check there (docs/contributing.md).
 */
export const E2E_FULL = process.env.SDKGEN_E2E_TESTS === 'full';

/** What a sweep left to `SDKGEN_SLOW_TESTS=full` says in `npm test`'s output. */
export const SLOW_ONLY_NOTICE =
  'the other cases are left out of `npm test`; SDKGEN_SLOW_TESTS=full runs them (CI does)';

/**
 * The fixtures (test/fixtures) `npm test` takes in a sweep over every fixture SDK's examples (doc-examples.test.ts):
 * multipart with files and JSON parts. The flagship's examples, checked in the same program, have the README's
 * Pagination and Streaming responses sections and JSDoc examples of paginated lists and an SSE method; the pagination
 * and SSE fixtures' are left to SDKGEN_SLOW_TESTS=full. (fixture-sdks.test.ts, which runs each SDK's tests against
 * Prism, takes the SSE fixture alone.)
 */
export const DEFAULT_FIXTURES = ['multipart'];

/**
 * The cases of a sweep this run takes: all of them with `SDKGEN_SLOW_TESTS=full` (`full`), else those `kept` names
 * (in the sweep's order). A kept name that is not a case throws, so that a renamed case cannot leave the default run
 * empty.
 */
export function sweep<T>(label: string, cases: T[], name: (item: T) => string, kept: string[], full = SLOW_FULL): T[] {
  if (full) return cases;
  const names = new Set(cases.map(name));
  const missing = kept.filter((k) => !names.has(k));
  // Without the cases at all, the sweep is skipped by its own test, not failed here.
  if (cases.length > 0 && missing.length > 0) throw new Error(`${label}: no case named ${missing.join(', ')}`);
  const chosen = cases.filter((item) => kept.includes(name(item)));
  if (chosen.length < cases.length)
    console.log(`${label}: ${chosen.length} of ${cases.length} cases; ${SLOW_ONLY_NOTICE}`);
  return chosen;
}

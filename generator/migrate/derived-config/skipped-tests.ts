/**
 * Which of a Stainless SDK's generated tests (tests/api-resources) it wrote skipped: every one, as
 * `settings.disable_mock_tests` has them, or a method's for a reason of its own (`skip_test_reason`). Read for
 * `derivedConfigInput` (input.ts).
 */
import type { RepoFile } from '../repository/checkout-files';
import { isEraSkipReason } from '../../emit/test-skips';

/** The comment Stainless writes above each test it skips for `settings.disable_mock_tests` (older, then newer). */
const MOCK_TESTS_OFF = /^\/\/ (?:Prism|Mock server) tests are disabled$/;
/**
 * Its generator's from 2025 on, which writes a method's own reason to skip its test (`skip_test_reason`: "// Prism
 * doesn't properly handle redirects") in its place: those tests are skipped all the same.
 */
const MOCK_TESTS_OFF_2025 = '// skipped: tests are disabled for the time being';

/**
 * Whether Stainless wrote the SDK's generated tests (tests/api-resources) with its mock tests off: every test there
 * skipped under that comment, as `settings.disable_mock_tests` has them (or, from its 2025 generator on, under that
 * comment or a method's own reason, the former at least once).
 */
export function mockTestsDisabled(files: RepoFile[]): boolean {
  let [older, newer, ownReason] = [0, 0, 0];
  for (const file of files) {
    if (!file.path.startsWith('tests/api-resources/') || file.text === null) continue;
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const test = /^\s*test(\.skip)?\(/.exec(lines[i]);
      if (!test) continue;
      const comment = lines[i - 1]?.trim() ?? '';
      if (test[1] !== '.skip') return false;
      if (MOCK_TESTS_OFF.test(comment)) older++;
      else if (comment === MOCK_TESTS_OFF_2025) newer++;
      else if (comment.startsWith('// ')) ownReason++;
      else return false;
    }
  }
  return older > 0 ? newer + ownReason === 0 : newer > 0;
}

/**
 * The methods whose generated tests Stainless wrote skipped for a reason of their own (a method's `skip_test_reason`:
 * retell's `voice.clone`, "// Mock server tests are disabled", beside tests that run), by test file and method name
 * (`tests/api-resources/voice.test.ts#clone`), with the reason as its comment says it (`// skipped: <reason>` from
 * 2025 on). The reason turning every test off (`settings.disable_mock_tests`) is not a method's, nor is one sdkgen's
 * own rules write again (emit/test-skips.ts `isEraSkipReason`: the era's callbacks and JSON Lines reasons, …).
 */
export function skippedTests(files: RepoFile[]): Map<string, string> {
  const reasons = new Map<string, string | null>();
  for (const file of files) {
    if (!file.path.startsWith('tests/api-resources/') || file.text === null) continue;
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const test = /^\s*test(\.skip)?\((['"])([\w$]+)(?::[^'"]*)?\2/.exec(lines[i]);
      if (!test) continue;
      const comment = /^\/\/ (?:skipped: )?(.+)$/.exec(lines[i - 1]?.trim() ?? '')?.[1] ?? null;
      const reason =
        test[1] === '.skip' && comment !== null && comment !== MOCK_TESTS_OFF_2025.slice(12) ? comment : null;
      const key = `${file.path}#${test[3]}`;
      // Every test of the method skipped for the one reason.
      reasons.set(key, reasons.has(key) && reasons.get(key) !== reason ? null : reason);
    }
  }
  const skipped = new Map<string, string>();
  for (const [key, reason] of reasons) if (reason !== null && !isEraSkipReason(reason)) skipped.set(key, reason);
  return mockTestsDisabled(files) && [...skipped.values()].every((r) => MOCK_TESTS_OFF.test(`// ${r}`))
    ? new Map()
    : skipped;
}

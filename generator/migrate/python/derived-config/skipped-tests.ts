/**
 * The methods whose generated tests Stainless wrote skipped for a reason of the method's own (a config's
 * `skip_test_reason`: composio's `tools.list`, "no prism support for query param arrays"), read from a Python SDK's
 * tests/api_resources, for `sdkgen migrate --from-repo` (derived-config.ts). Every test of the method must be skipped
 * for the one reason. The reason `settings.disable_mock_tests` gives, where every test has it (mock-tests-off.ts),
 * and Stainless's own era reasons (callbacks, JSON Lines: emit/test-skips.ts) are no method's. The TypeScript move
 * reads its tests so (derived-config/input.ts `skippedTests`).
 */
import { isEraSkipReason } from '../../../emit/test-skips';
import type { RepoFile } from '../../repository/checkout-files';
import { MOCK_TESTS_OFF_REASONS, pythonMockTestsDisabled } from './mock-tests-off';

/** A test function of a test class, and the method it tests (`test_method_list_with_all_params`: list). */
const TEST_DEF =
  /^\s+(?:async\s+)?def\s+test_(?:method|raw_response|streaming_response|path_params)_(\w+?)((?:_with_all_params|_overload_\d+)*)\s*\(/;

/** `@pytest.mark.skip(reason="…")`, the reason possibly wrapped onto a line of its own; its text. */
const SKIP_REASON = /@pytest\.mark\.skip\(\s*(?:reason\s*=\s*)?(["'])((?:(?!\1)[^\\]|\\.)*)\1\s*,?\s*\)/;

/**
 * The reasons by method, keyed by its resource path and name as the config's keys (`projects.config.retrieve`; a
 * method of the client itself: `$client.<name>`).
 */
export function pythonSkippedTests(files: readonly RepoFile[]): Map<string, string> {
  const reasons = new Map<string, string | null>();
  for (const file of files) {
    const resource = /^tests\/api_resources\/((?:\w+\/)*)test_(\w+)\.py$/.exec(file.path);
    if (!resource || file.text === null) continue;
    const keys = [...resource[1].split('/').filter(Boolean), resource[2]];
    const prefix = keys.join('.') === 'top_level' ? '$client' : keys.join('.');
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const test = TEST_DEF.exec(lines[i]);
      if (!test) continue;
      let start = i;
      // Its decorators: the lines above it up to a blank one.
      while (start > 0 && lines[start - 1].trim() !== '') start--;
      const reason = SKIP_REASON.exec(lines.slice(start, i).join('\n'))?.[2] ?? null;
      // A keyword Stainless escaped with a trailing underscore (`import_`) is the config's key without it.
      const key = `${prefix}.${test[1].replace(/(?<=[a-z0-9])_$/, '')}`;
      // Every test of the method skipped for the one reason.
      reasons.set(key, reasons.has(key) && reasons.get(key) !== reason ? null : reason);
    }
  }
  const mockTestsOff = pythonMockTestsDisabled(files);
  const skipped = new Map<string, string>();
  for (const [key, reason] of reasons) {
    if (reason === null || isEraSkipReason(reason)) continue;
    if (mockTestsOff && MOCK_TESTS_OFF_REASONS.has(reason)) continue;
    skipped.set(key, reason.replace(/\\(["'\\])/g, '$1'));
  }
  return skipped;
}

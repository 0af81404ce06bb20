/**
 * Whether Stainless wrote a Python SDK's generated tests (tests/api_resources) with its mock tests off, as a config's
 * `settings.disable_mock_tests` has them: every test there skipped, at least one under the reason that setting gives
 * in its era (`@pytest.mark.skip(reason="Mock server tests are disabled")`, "Prism tests are disabled" before, a bare
 * `@pytest.mark.skip()` earlier still); the others under a method's own (`skip_test_reason`). A test mocking its
 * route (`@pytest.mark.respx`: a binary response's) calls no mock server, and Stainless runs it all the same. The TypeScript move
 * reads its tests so too (derived-config/input.ts).
 */
import type { RepoFile } from '../../repository/checkout-files';

/** The reasons `settings.disable_mock_tests` gives, by era (stainless/python-era.ts `mockTestsOffReason`). */
export const MOCK_TESTS_OFF_REASONS = new Set(['Mock server tests are disabled', 'Prism tests are disabled']);

/** A test function of a test class: `def test_method_list(self, client: Acme)`, or `async def`. */
const TEST_DEF = /^\s+(?:async\s+)?def\s+test_\w*\s*\(/;

/** `@pytest.mark.skip(reason="…")`, the reason possibly wrapped onto a line of its own; its text. */
const SKIP_REASON = /@pytest\.mark\.skip\(\s*(?:reason\s*=\s*)?(["'])((?:(?!\1)[^\\]|\\.)*)\1\s*,?\s*\)/;

/** `@pytest.mark.skip` with no reason, as the earliest eras have it. */
const BARE_SKIP = /^\s*@pytest\.mark\.skip(?:\(\s*\))?\s*$/m;

/** Whether the repository's files (`files`) have Stainless's tests so. */
export function pythonMockTestsDisabled(files: readonly RepoFile[]): boolean {
  let mockOff = 0;
  for (const file of files) {
    if (!/^tests\/api_resources\/.*\.py$/.test(file.path) || file.text === null) continue;
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!TEST_DEF.test(lines[i])) continue;
      // Its decorators: the lines above it up to a blank one.
      let start = i;
      while (start > 0 && lines[start - 1].trim() !== '') start--;
      const decorators = lines.slice(start, i).join('\n');
      // (One mocking its route, a binary response's, calls no mock server: Stainless runs it all the same.)
      if (/@pytest\.mark\.respx\b/.test(decorators)) continue;
      if (!/@pytest\.mark\.skip\b/.test(decorators)) return false;
      const reason = SKIP_REASON.exec(decorators)?.[2];
      if (reason === undefined ? BARE_SKIP.test(decorators) : MOCK_TESTS_OFF_REASONS.has(reason)) mockOff++;
    }
  }
  return mockOff > 0;
}

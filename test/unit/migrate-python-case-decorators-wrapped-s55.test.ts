// Session 55: a decorator over several lines (ruff wraps a long `@pytest.mark.skip(reason=…)` so: knock-python's
// `tests/api_resources/users/test_feeds.py`) is one decorator of the case below it, read whole and given whole.
import { describe, expect, it } from 'vitest';
import { withOwnersCaseDecorators } from '../../generator/migrate/python/reapply/case-decorators';

const PATH = 'tests/api_resources/users/test_feeds.py';
const SKIP = [
  '@pytest.mark.skip(',
  '    reason="currently no good way to test endpoints defining callbacks, Prism mock server will fail trying"',
  ')',
];

const module = (cases: Record<string, string[]>) =>
  [
    'import pytest',
    '',
    '',
    'class TestFeeds:',
    '    parametrize = pytest.mark.parametrize("client", [False, True], indirect=True, ids=["loose", "strict"])',
    '',
    ...Object.entries(cases).flatMap(([name, decorators]) => [
      ...decorators.map((d) => `    ${d}`),
      `    def ${name}(self, client: Knock) -> None:`,
      '        client.users.feeds.get_settings(user_id="user_id", id="id")',
      '',
    ]),
  ].join('\n');

describe('a decorator over several lines', () => {
  const stainless = module({
    test_method_get_settings: ['@parametrize'],
    test_raw_response_get_settings: ['@parametrize'],
  });
  const owners = module({
    test_method_get_settings: [...SKIP, '@parametrize'],
    test_raw_response_get_settings: [...SKIP, '@parametrize'],
  });

  it("is the owners' change of a method's cases, given whole to the case only sdkgen's module has", () => {
    const target = module({
      test_method_get_settings: [...SKIP, '@parametrize'],
      test_method_get_settings_with_all_params: ['@parametrize'],
      test_raw_response_get_settings: [...SKIP, '@parametrize'],
    });
    expect(withOwnersCaseDecorators(PATH, stainless, owners, target)).toBe(
      module({
        test_method_get_settings: [...SKIP, '@parametrize'],
        test_method_get_settings_with_all_params: [...SKIP, '@parametrize'],
        test_raw_response_get_settings: [...SKIP, '@parametrize'],
      }),
    );
  });

  it("is sdkgen's decorators read whole: a case already wrapped so is left as it is", () => {
    const target = module({
      test_method_get_settings: [...SKIP, '@parametrize'],
      test_method_get_settings_with_all_params: [...SKIP, '@parametrize'],
    });
    expect(withOwnersCaseDecorators(PATH, stainless, owners, target)).toBe(target);
  });
});

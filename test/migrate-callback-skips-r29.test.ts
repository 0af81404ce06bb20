/**
 * The config migrate writes from a repository (--from-repo) does not read Stainless's era callbacks skips as methods'
 * own `skip_test_reason`: sdkgen's era rule writes those (and from 2026-03-19 runs the tests), so a migrated SDK must
 * not keep them skipped by config (issue 89). The same holds for the other reasons sdkgen's rules write (JSON Lines
 * responses, an either-condition body, a method Prism does not route).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';

const API_MD = `# Hooks

Methods:

- <code title="post /hooks">client.hooks.<a href="./src/resources/hooks.ts">create</a>({ ...params }) -> unknown</code>
- <code title="get /hooks">client.hooks.<a href="./src/resources/hooks.ts">list</a>() -> unknown</code>
`;

const file = (path: string, text: string) => ({ path, blob: null, text });

/** The `hooks` methods of the config written from a repository whose `create` tests sit under `comment`. */
function hooksMethods(comment: string): Record<string, unknown> {
  const tests = [
    "describe('resource hooks', () => {",
    `  // ${comment}`,
    "  test.skip('create: only required params', async () => {});",
    `  // ${comment}`,
    "  test.skip('create: required and optional params', async () => {});",
    "  test('list', async () => {});",
    '});',
    '',
  ].join('\n');
  const input = derivedConfigInput([file('api.md', API_MD), file('tests/api-resources/hooks.test.ts', tests)], null)!;
  const config = yaml.load(deriveStainlessConfig(input).text) as {
    resources: Record<string, { methods: Record<string, unknown> }>;
  };
  return config.resources.hooks.methods;
}

describe('callbacks skips in the config written from a repository', () => {
  it.each([
    'skipped: currently no good way to test endpoints defining callbacks, Prism mock server will fail trying to reach the provided callback url',
    "Prism doesn't support callbacks yet",
    "Mock server doesn't support callbacks yet",
    "skipped: Mock server doesn't support callbacks yet",
    // The other reasons sdkgen's own rules write (emit/test-skips.ts isEraSkipReason), as the Python move leaves out.
    "Prism doesn't support JSONL responses yet",
    "skipped: Prism doesn't support application/x-jsonl responses",
    "Mock server doesn't support application/jsonl responses",
    'Unsupported either condition',
    "Prism doesn't support query methods yet",
  ])('leaves out the era reason "%s"', (comment) => {
    expect(hooksMethods(comment)).toEqual({ create: 'post /hooks', list: 'get /hooks' });
  });

  it("keeps a method's own reason", () => {
    expect(hooksMethods("skipped: Prism doesn't properly handle redirects").create).toEqual({
      endpoint: 'post /hooks',
      skip_test_reason: "Prism doesn't properly handle redirects",
    });
  });
});

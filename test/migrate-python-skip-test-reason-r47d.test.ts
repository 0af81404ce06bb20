/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose generated tests of a method are all skipped for a
 * reason of the method's own (`@pytest.mark.skip(reason="no prism support for query param arrays")`: composio's
 * `tools.list`, which Stainless's config gives `skip_test_reason`): the derived config gives that method the reason,
 * so sdkgen's tests of it are skipped as Stainless's were (without it, the move's `./scripts/test` ran them against
 * Prism, which answered 400/422). The TypeScript move reads its tests so (derived-config/input.ts `skippedTests`).
 * A method with one test running, a bare `@pytest.mark.skip()`, the reason `settings.disable_mock_tests` gives when
 * every test has it, and Stainless's own era reasons (callbacks, JSON Lines) are no method's reason.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Tools

Methods:

- <code title="get /tools">client.tools.<a href="./src/acme/resources/tools.py">list</a>(\\*\\*<a href="src/acme/types/tool_list_params.py">params</a>) -> <a href="./src/acme/types/tool_list_response.py">ToolListResponse</a></code>
- <code title="get /tools/{slug}">client.tools.<a href="./src/acme/resources/tools.py">retrieve</a>(slug) -> <a href="./src/acme/types/tool.py">Tool</a></code>
- <code title="post /tools/{slug}/run">client.tools.<a href="./src/acme/resources/tools.py">run</a>(slug) -> <a href="./src/acme/types/tool.py">Tool</a></code>

# Projects

## Config

Methods:

- <code title="get /projects/config">client.projects.config.<a href="./src/acme/resources/projects/config.py">retrieve</a>() -> <a href="./src/acme/types/projects/config.py">Config</a></code>
`;

const ARRAYS = 'no prism support for query param arrays';

/** Stainless's test class of a resource: each method's four tests, skipped as `skips` says (undefined: runs). */
function testModule(resource: string, methods: Record<string, string | undefined>): string {
  const klass = (isAsync: boolean) =>
    [
      `class Test${isAsync ? 'Async' : ''}${resource}:`,
      '    parametrize = pytest.mark.parametrize("client", [False, True], indirect=True, ids=["loose", "strict"])',
      ...Object.entries(methods).flatMap(([name, skip]) =>
        ['method', 'method_with_all_params', 'raw_response', 'streaming_response'].flatMap((kind) => {
          const test = kind === 'method_with_all_params' ? `method_${name}_with_all_params` : `${kind}_${name}`;
          return [
            '',
            ...(skip === undefined
              ? []
              : [skip === '' ? '    @pytest.mark.skip()' : `    @pytest.mark.skip(reason="${skip}")`]),
            '    @parametrize',
            `    ${isAsync ? 'async ' : ''}def test_${test}(self, client: Acme) -> None:`,
            '        pass',
          ];
        }),
      ),
    ].join('\n');
  return `# File generated from our OpenAPI spec by Stainless.\n\nimport pytest\n\n\n${klass(false)}\n\n\n${klass(true)}\n`;
}

function methodsOf(files: Array<{ path: string; text: string }>) {
  const result = derivePythonConfig([{ path: 'api.md', text: API_MD }, ...files] as never, 'acme');
  expect(result).not.toBeNull();
  type Node = { methods?: Record<string, unknown>; subresources?: Record<string, Node> };
  const raw = yaml.load(result!.text) as { resources: Record<string, Node> };
  return { tools: raw.resources.tools.methods!, config: raw.resources.projects.subresources!.config.methods! };
}

describe('a Python SDK whose tests of a method Stainless skipped for its own reason', () => {
  it('gives the method that reason (skip_test_reason), and no other method one', () => {
    const { tools, config } = methodsOf([
      {
        path: 'tests/api_resources/test_tools.py',
        text: testModule('Tools', {
          list: ARRAYS,
          retrieve: "Prism doesn't support application/x-jsonl responses",
          run: '',
        }),
      },
      {
        path: 'tests/api_resources/projects/test_config.py',
        text: testModule('Config', { retrieve: "Prism doesn't support callbacks yet" }),
      },
    ]);
    expect(tools.list).toEqual({ endpoint: 'get /tools', skip_test_reason: ARRAYS });
    expect(tools.retrieve).toBe('get /tools/{slug}');
    expect(tools.run).toBe('post /tools/{slug}/run');
    // Stainless's own era reasons (callbacks, JSON Lines) are written by sdkgen's era rule, not the config.
    expect(config.retrieve).toBe('get /projects/config');
  });

  it("reads a reason in a nested resource, and none where one of the method's tests runs", () => {
    const mixed = testModule('Tools', { list: ARRAYS, run: 'Unsupported either condition' }).replace(
      `    @pytest.mark.skip(reason="${ARRAYS}")\n    @parametrize\n    def test_raw_response_list(`,
      '    @parametrize\n    def test_raw_response_list(',
    );
    const { tools, config } = methodsOf([
      { path: 'tests/api_resources/test_tools.py', text: mixed },
      {
        path: 'tests/api_resources/projects/test_config.py',
        text: testModule('Config', { retrieve: 'flaky upstream' }),
      },
    ]);
    expect(tools.list).toBe('get /tools');
    // (A reason sdkgen's own rule writes, ir/methods.ts, is not the config's either.)
    expect(tools.run).toBe('post /tools/{slug}/run');
    expect(config.retrieve).toEqual({ endpoint: 'get /projects/config', skip_test_reason: 'flaky upstream' });
  });

  it('leaves the reason of settings.disable_mock_tests to that setting', () => {
    const off = 'Mock server tests are disabled';
    const result = derivePythonConfig(
      [
        { path: 'api.md', text: API_MD },
        {
          path: 'tests/api_resources/test_tools.py',
          text: testModule('Tools', { list: off, retrieve: off, run: off }),
        },
        { path: 'tests/api_resources/projects/test_config.py', text: testModule('Config', { retrieve: off }) },
      ] as never,
      'acme',
    );
    expect(result!.text).toContain('disable_mock_tests: true');
    expect(result!.text).not.toContain('skip_test_reason');
  });
});

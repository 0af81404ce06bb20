/**
 * migrate --from-repo (Python): a repository whose tests of the resources (tests/api_resources) Stainless wrote all
 * skipped under the reason `settings.disable_mock_tests` gives (by era: "Mock server tests are disabled", "Prism tests
 * are disabled", a bare `@pytest.mark.skip()`) gets that setting in its derived config, so the migrated tests are
 * skipped as Stainless's were (cartesia-python's, which otherwise ran against Prism and failed where Stainless's never
 * ran; its binary responses' tests, which mock their route with respx, run all the same). A repository with a test
 * that calls the mock server, or skipped only conditionally, does not.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { pythonMockTestsDisabled } from '../generator/migrate/python/derived-config/mock-tests-off';

/** A Stainless test module of one resource whose two tests have `decorators` each. */
function testModule(...decorators: string[][]): string {
  const tests = decorators.map((lines, i) =>
    [
      ...lines,
      '    @parametrize',
      `    def test_method_${i}(self, client: Acme) -> None:`,
      '        client.things.list()',
    ].join('\n'),
  );
  return [
    'class TestThings:',
    '    parametrize = pytest.mark.parametrize("client", [False, True], indirect=True, ids=["loose", "strict"])',
    '',
    tests.join('\n\n'),
    '',
  ].join('\n');
}

const skip = (reason: string) => [`    @pytest.mark.skip(reason=${JSON.stringify(reason)})`];
const files = (...modules: string[]) =>
  modules.map((text, i) => ({ path: `tests/api_resources/test_things_${i}.py`, blob: null, text }));

describe('tests Stainless wrote with its mock tests off', () => {
  it('are read so in each era of its reason, beside a method of its own reason', () => {
    expect(pythonMockTestsDisabled(files(testModule(skip('Mock server tests are disabled'))))).toBe(true);
    expect(pythonMockTestsDisabled(files(testModule(skip('Prism tests are disabled'))))).toBe(true);
    expect(pythonMockTestsDisabled(files(testModule(['    @pytest.mark.skip()'])))).toBe(true);
    const wrapped = ['    @pytest.mark.skip(', '        reason="Mock server tests are disabled"', '    )'];
    expect(pythonMockTestsDisabled(files(testModule(wrapped, skip("Prism doesn't support callbacks yet"))))).toBe(true);
    // A binary response's test mocks its route (respx): it runs, mock tests off or not.
    const respx = ['    @pytest.mark.respx(base_url=base_url)'];
    expect(pythonMockTestsDisabled(files(testModule(skip('Mock server tests are disabled'), respx)))).toBe(true);
    expect(pythonMockTestsDisabled(files(testModule(respx)))).toBe(false);
  });

  it('are not where a test runs, is skipped only conditionally, or each for a reason of its own', () => {
    expect(pythonMockTestsDisabled(files(testModule(skip('Mock server tests are disabled'), [])))).toBe(false);
    expect(
      pythonMockTestsDisabled(
        files(
          testModule(skip('Mock server tests are disabled')),
          testModule(['    @pytest.mark.skipif(True, reason="x")']),
        ),
      ),
    ).toBe(false);
    expect(pythonMockTestsDisabled(files(testModule(skip('Prism fails on this'))))).toBe(false);
    expect(pythonMockTestsDisabled([{ path: 'tests/test_client.py', blob: null, text: testModule(skip('x')) }])).toBe(
      false,
    );
  });

  it('set settings.disable_mock_tests in the derived config, beside the licence', () => {
    const apiMd =
      '# Things\n\nMethods:\n\n- <code title="get /things">client.things.<a href="./src/acme/resources/things.py">list</a>() -> object</code>\n';
    const pyproject = '[project]\nname = "acme"\nlicense = "Apache-2.0"\n';
    const derive = (tests: string) =>
      yaml.load(
        derivePythonConfig(
          [
            { path: 'api.md', blob: null, text: apiMd },
            { path: 'pyproject.toml', blob: null, text: pyproject },
            ...files(tests),
          ],
          'acme',
        )!.text,
      ) as { settings?: Record<string, unknown> };
    expect(derive(testModule(skip('Mock server tests are disabled'))).settings).toEqual({
      license: 'Apache-2.0',
      disable_mock_tests: true,
    });
    expect(derive(testModule([])).settings).toEqual({ license: 'Apache-2.0' });
  });
});

/** The files of tests/api_resources of a mirror at a commit. */
function mirrorTests(repo: string, ref: string): Array<{ path: string; blob: null; text: string }> {
  const paths = execFileSync('git', ['--git-dir', repo, 'ls-tree', '-r', '--name-only', ref, 'tests/api_resources'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((p) => p.endsWith('.py'));
  return paths.map((p) => ({
    path: p,
    blob: null,
    text: execFileSync('git', ['--git-dir', repo, 'show', `${ref}:${p}`], { encoding: 'utf8' }),
  }));
}

const CARTESIA = '/work/.mirror/cartesia-ai+cartesia-python/repo';
const LUMA = '/work/.mirror/lumalabs+lumaai-python/repo';

describe.runIf(existsSync(CARTESIA) && existsSync(LUMA))("Stainless's own tests (mirrors)", () => {
  it("cartesia-python's release: all off; luma's: they run", () => {
    expect(pythonMockTestsDisabled(mirrorTests(CARTESIA, 'd458aa1e31a94c23eea5d0620abca73a22d1cdb2'))).toBe(true);
    expect(pythonMockTestsDisabled(mirrorTests(LUMA, '62d01de0390d'))).toBe(false);
  });
});

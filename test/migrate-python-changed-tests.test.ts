/**
 * The owners' edits of Stainless's test of its runtime (tests/test_client.py), which goes with that runtime: the
 * report names the test functions they changed (each class's) and their module-level lines; a test function they
 * added is theirs, never lumped with Stainless's: its hunks are shown for a person.
 */
import { describe, expect, it } from 'vitest';
import { changedTests, describeChangedTests } from '../generator/migrate/python/changed-tests';
import { planPythonMigration } from '../generator/migrate/python/plan';

const test = (cls: string, body: string[]) =>
  [
    `class ${cls}:`,
    '    def test_default_headers(self) -> None:',
    '        client = Acme(base_url=base_url, api_key=api_key)',
    '        assert client.default_headers["x-api-key"] == api_key',
    '',
    '    def test_validate_headers(self) -> None:',
    ...body,
    '',
    '    def test_default_query(self) -> None:',
    '        assert _get_params(Acme(base_url=base_url)) == {}',
    '',
  ].join('\n');
const STAINLESS_BODY = [
  '        with pytest.raises(AcmeError):',
  '            with update_env(ACME_API_KEY=Omit()):',
  '                Acme(base_url=base_url, api_key=None)',
];
const OWNERS_BODY = [
  '        with update_env(ACME_API_KEY=Omit()):',
  '            client = Acme(base_url=base_url, api_key=None)',
  '            assert client._build_request(FinalRequestOptions(method="get", url="/x")).headers.get("x-api-key") is None',
];
const IMPORTS = 'from acme._exceptions import APIStatusError, AcmeError, APITimeoutError\n\n\n';
const STAINLESS = IMPORTS + test('TestAcme', STAINLESS_BODY) + '\n\n' + test('TestAsyncAcme', STAINLESS_BODY);
const OWNERS =
  IMPORTS.replace('AcmeError, ', '') + test('TestAcme', OWNERS_BODY) + '\n\n' + test('TestAsyncAcme', OWNERS_BODY);

describe("sdkgen migrate (Python): the owners' edits of Stainless's runtime tests, named", () => {
  it('names the test functions changed in each class, and the module-level lines', () => {
    const tests = changedTests(STAINLESS, OWNERS);
    expect(tests).toEqual({
      changed: ['TestAcme.test_validate_headers', 'TestAsyncAcme.test_validate_headers'],
      added: [],
      moduleLevel: true,
    });
    expect(describeChangedTests('tests/test_client.py', tests)).toBe(
      'tests/test_client.py: you changed `TestAcme.test_validate_headers`, `TestAsyncAcme.test_validate_headers` and its module-level lines (imports)',
    );
  });

  it("lists the file with those names when only Stainless's tests changed, and shows a test the owners added", () => {
    const blob = (text: string) => `blob-${text.length}-${text.slice(-24)}`;
    const plan = (owners: string) =>
      planPythonMigration({
        current: [{ path: 'tests/test_client.py', blob: blob(owners), text: owners }],
        base: {
          blobs: new Map([['tests/test_client.py', blob(STAINLESS)]]),
          texts: new Map([['tests/test_client.py', STAINLESS]]),
        },
        rendered: [],
        importName: 'acme',
      });
    const changed = plan(OWNERS);
    expect(changed.changedStainlessTests).toEqual([
      'tests/test_client.py: you changed `TestAcme.test_validate_headers`, `TestAsyncAcme.test_validate_headers` and its module-level lines (imports)',
    ]);
    expect(changed.rejected).toEqual([]);
    const withTheirs = plan(
      OWNERS.replace(
        '    def test_default_query(self) -> None:',
        '    def test_their_retry(self) -> None:\n        assert Acme(base_url=base_url).max_retries == 5\n\n    def test_default_query(self) -> None:',
      ),
    );
    expect(withTheirs.changedStainlessTests).toEqual([]);
    expect(withTheirs.rejected.map((r) => r.path)).toEqual(['tests/test_client.py']);
    expect(withTheirs.rejected[0].hunks.join('\n')).toContain('+    def test_their_retry(self) -> None:');
  });
});

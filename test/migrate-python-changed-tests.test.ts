/**
 * The owners' edits of Stainless's test of its runtime (tests/test_client.py), which goes with that runtime: the
 * report names the test functions they changed (each class's) and their module-level lines; a test function they
 * added is theirs, never lumped with Stainless's: its hunks are shown for a person.
 */
import { describe, expect, it } from 'vitest';
import { changedTests, describeChangedTests } from '../generator/migrate/python/owners-tests/changed-tests';
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

  it("lists the file with those names where only its module-level lines changed; carries the owners' tests", () => {
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
    // An import changed, no test: Stainless's tests go with its runtime, and the report says what the owners changed.
    const importsOnly = plan(STAINLESS.replace('AcmeError, ', ''));
    expect(importsOnly.changedStainlessTests).toEqual([
      'tests/test_client.py: you changed its module-level lines (imports)',
    ]);
    expect(importsOnly.removed).toEqual(['tests/test_client.py']);
    expect(importsOnly.rejected).toEqual([]);
    // A test they changed, or one they added, is theirs: carried (test/migrate-python-carried-tests.test.ts).
    const changed = plan(OWNERS);
    expect(changed.changedStainlessTests).toEqual([]);
    expect(changed.keptTests).toEqual([
      'tests/test_client.py (the tests you changed or added: TestAcme.test_validate_headers, TestAsyncAcme.test_validate_headers)',
    ]);
    expect(changed.rejected).toEqual([]);
    const withTheirs = plan(
      OWNERS.replace(
        '    def test_default_query(self) -> None:',
        '    def test_their_retry(self) -> None:\n        assert Acme(base_url=base_url).max_retries == 5\n\n    def test_default_query(self) -> None:',
      ),
    );
    expect(withTheirs.changedStainlessTests).toEqual([]);
    expect(withTheirs.rejected).toEqual([]);
    const text = withTheirs.writes.find((f) => f.path === 'tests/test_client.py')?.contents ?? '';
    expect(text).toContain('    def test_their_retry(self) -> None:');
    expect(text).not.toContain('test_default_headers');
  });
});

/**
 * Stainless's tests of its runtime (tests/test_client.py, tests/test_qs.py…) where sdkgen's Python package writes tests
 * of its own runtime at the same paths: a move makes them sdkgen's (no longer removed); the owners' edits are read as
 * for a test of Stainless's that goes. Their test functions stay theirs at that path (sdkgen leaves it to them from
 * then on), a conflict goes to a person with sdkgen's file written, and an edit of imports or comments alone is named.
 */
import { describe, expect, it } from 'vitest';
import { RUNTIME_TEST_FILES } from '../generator/emit/python/plan-project';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { RUNTIME_TEST_MODULE } from '../generator/migrate/python/owners-tests/runtime-tests-in-place';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const STAINLESS_CLIENT_TEST = [
  'from __future__ import annotations',
  '',
  'import os',
  '',
  'from acme import Acme',
  '',
  'base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")',
  '',
  '',
  'class TestAcme:',
  '    def test_copy(self) -> None:',
  '        assert Acme(base_url=base_url).base_url == base_url',
  '',
  '    def test_base_url(self) -> None:',
  '        assert Acme(base_url="http://x").base_url == "http://x"',
  '',
].join('\n');
const STAINLESS_QS_TEST =
  'from acme._qs import stringify\n\n\ndef test_empty() -> None:\n    assert stringify({}) == ""\n';
const STAINLESS_FILES_TEST = 'def test_extract() -> None:\n    assert True\n';
const STAINLESS_PROXY_TEST =
  'from acme._utils import LazyProxy\n\n\ndef test_recursive() -> None:\n    assert LazyProxy\n';

/** sdkgen's package: its client, and its own tests of its runtime at Stainless's paths. */
const SDKGEN: Record<string, string> = {
  'src/acme/__init__.py': 'from ._client import Acme as Acme\n',
  'src/acme/_client.py':
    'class Acme:\n    def __init__(self, *, base_url: str) -> None:\n        self.base_url = base_url\n',
  'src/acme/_qs.py': 'def stringify(params: object) -> str:\n    return ""\n',
  'src/acme/_utils.py': 'class LazyProxy:\n    pass\n',
  'tests/__init__.py': '',
  'tests/test_client.py': 'from acme import Acme\n\n\ndef test_sdkgen_client() -> None:\n    assert Acme\n',
  'tests/test_qs.py': 'from acme._qs import stringify\n\n\ndef test_sdkgen_qs() -> None:\n    assert stringify\n',
  'tests/test_utils/test_proxy.py':
    'from acme._utils import LazyProxy\n\n\ndef test_sdkgen_proxy() -> None:\n    assert LazyProxy\n',
};

const blob = (text: string) => `blob-${text.length}-${text}`;

/** The move of a repository holding Stainless's output plus `owners` (path → text at the owners' ref). */
function move(owners: Record<string, string>, options: { base?: boolean } = {}) {
  const stainless: Record<string, string> = {
    ...Object.fromEntries(Object.entries(SDKGEN).filter(([p]) => p.startsWith('src/') || p === 'tests/__init__.py')),
    'tests/test_client.py': STAINLESS_CLIENT_TEST,
    'tests/test_qs.py': STAINLESS_QS_TEST,
    'tests/test_legacy_response.py': STAINLESS_FILES_TEST,
    'tests/test_utils/test_proxy.py': STAINLESS_PROXY_TEST,
  };
  const current = { ...stainless, ...owners };
  return planPythonMigration({
    current: Object.entries(current).map(([path, text]) => ({ path, blob: blob(text), text })),
    base:
      options.base === false
        ? null
        : {
            blobs: new Map(Object.entries(stainless).map(([p, t]) => [p, blob(t)])),
            texts: new Map(Object.entries(stainless)),
          },
    rendered: Object.entries(SDKGEN).map(([path, contents]) => ({ path, contents })),
    importName: 'acme',
  });
}

const written = (plan: ReturnType<typeof move>, path: string) => plan.writes.find((f) => f.path === path)?.contents;

/** The tests of their runtime Stainless's Python SDKs carry, as their repositories hold them (beside tests/api_resources). */
const STAINLESS_RUNTIME_TESTS = [
  'tests/test_client.py',
  'tests/test_models.py',
  'tests/test_transform.py',
  'tests/test_qs.py',
  'tests/test_streaming.py',
  'tests/test_response.py',
  'tests/test_files.py',
  'tests/test_extract_files.py',
  'tests/test_required_args.py',
  'tests/test_deepcopy.py',
  'tests/test_utils/test_typing.py',
  'tests/test_utils/test_proxy.py',
  'tests/test_utils/test_datetime_parse.py',
  'tests/test_utils/test_json.py',
  'tests/test_utils/test_path.py',
];

describe("sdkgen migrate (Python): Stainless's tests of its runtime where sdkgen writes its own", () => {
  it('has sdkgen’s package write a test of its runtime at each path Stainless’s SDKs carry one', () => {
    for (const file of STAINLESS_RUNTIME_TESTS) {
      expect(RUNTIME_TEST_FILES, file).toContain(file);
      expect(RUNTIME_TEST_MODULE.test(file), file).toBe(true);
    }
  });

  it('become sdkgen’s files; those sdkgen writes none of still go', () => {
    const plan = move({});
    expect(plan.removed).toEqual(['tests/test_legacy_response.py']);
    expect(written(plan, 'tests/test_client.py')).toBe(SDKGEN['tests/test_client.py']);
    expect(written(plan, 'tests/test_qs.py')).toBe(SDKGEN['tests/test_qs.py']);
    expect(written(plan, 'tests/test_utils/test_proxy.py')).toBe(SDKGEN['tests/test_utils/test_proxy.py']);
    expect(plan.generated.map((f) => f.path)).toEqual(
      expect.arrayContaining(['tests/test_client.py', 'tests/test_qs.py', 'tests/test_utils/test_proxy.py']),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    expect(plan.runtimeTestsLeftToOwners).toEqual([]);
  });

  it('keeps the test functions the owners changed at that path, and leaves the path to them', () => {
    const edited = STAINLESS_CLIENT_TEST.replace('== "http://x"', '== "http://x"  # their check\n        assert True');
    const plan = move({ 'tests/test_client.py': edited });
    const text = written(plan, 'tests/test_client.py');
    expect(text).toContain('    def test_base_url(self) -> None:\n');
    expect(text).toContain('# their check');
    // Stainless's own test of its runtime goes with it.
    expect(text).not.toContain('test_copy');
    expect(plan.generated.map((f) => f.path)).not.toContain('tests/test_client.py');
    expect(plan.keptTests).toEqual(['tests/test_client.py (the tests you changed or added: TestAcme.test_base_url)']);
    expect(plan.runtimeTestsLeftToOwners).toEqual(['tests/test_client.py']);
    expect(plan.removed).toEqual(['tests/test_legacy_response.py']);
    expect(plan.rejected).toEqual([]);
    // The other runtime test, unedited, is sdkgen's.
    expect(written(plan, 'tests/test_qs.py')).toBe(SDKGEN['tests/test_qs.py']);
  });

  it('keeps the owners’ test functions in a test of a folder of them (tests/test_utils/)', () => {
    const edited = STAINLESS_PROXY_TEST.replace(
      '    assert LazyProxy\n',
      '    assert LazyProxy is not None  # theirs\n',
    );
    const plan = move({ 'tests/test_utils/test_proxy.py': edited });
    expect(written(plan, 'tests/test_utils/test_proxy.py')).toContain('# theirs');
    expect(plan.runtimeTestsLeftToOwners).toEqual(['tests/test_utils/test_proxy.py']);
    expect(written(plan, 'tests/test_client.py')).toBe(SDKGEN['tests/test_client.py']);
    expect(plan.rejected).toEqual([]);
  });

  it('writes sdkgen’s file and names the edit where only imports or comments changed', () => {
    const importsOnly = STAINLESS_CLIENT_TEST.replace('import os\n', 'import os\nimport sys  # noqa: F401\n');
    const plan = move({
      'tests/test_client.py': importsOnly,
      'tests/test_qs.py': `# Copyright the owners.\n${STAINLESS_QS_TEST}`,
    });
    expect(written(plan, 'tests/test_client.py')).toBe(SDKGEN['tests/test_client.py']);
    expect(written(plan, 'tests/test_qs.py')).toBe(SDKGEN['tests/test_qs.py']);
    expect(plan.changedStainlessTests).toEqual(['tests/test_client.py: you changed its module-level lines (imports)']);
    expect(plan.commentOnlyEdits).toEqual(['tests/test_qs.py']);
    expect(plan.runtimeTestsLeftToOwners).toEqual([]);
    expect(plan.rejected).toEqual([]);
  });

  it('writes sdkgen’s file and gives a person the hunks where the owners’ tests import what the package lacks', () => {
    const edited = STAINLESS_CLIENT_TEST.replace('from acme import Acme', 'from acme import Acme, AcmeGone').replace(
      '        assert Acme(base_url="http://x").base_url == "http://x"',
      '        assert AcmeGone',
    );
    const plan = move({ 'tests/test_client.py': edited });
    expect(written(plan, 'tests/test_client.py')).toBe(SDKGEN['tests/test_client.py']);
    expect(plan.rejected.map((r) => r.path)).toEqual(['tests/test_client.py']);
    expect(plan.needsHand.map((n) => n.reason)).toEqual([
      "your tests in Stainless's test of its runtime (TestAcme.test_base_url) import what the migrated package does " +
        "not have (acme.AcmeGone): not carried; sdkgen's tests of its runtime are written there; see the hunks",
    ]);
    expect(plan.runtimeTestsLeftToOwners).toEqual([]);
  });

  it('keeps a test module of the owners’ own (no base, no banner) whole where sdkgen writes one', () => {
    const plan = move({ 'tests/test_qs.py': BANNER + STAINLESS_QS_TEST }, { base: false });
    expect(written(plan, 'tests/test_client.py')).toBe(STAINLESS_CLIENT_TEST);
    // (Stainless's tests of its runtime carry no banner: without a base, each is taken to be theirs.)
    expect(plan.runtimeTestsLeftToOwners).toEqual(['tests/test_client.py', 'tests/test_utils/test_proxy.py']);
    expect(plan.keptTests).toEqual([
      'tests/test_client.py (yours, where sdkgen writes a test of its runtime)',
      'tests/test_utils/test_proxy.py (yours, where sdkgen writes a test of its runtime)',
    ]);
    // Stainless's, by its banner, is sdkgen's.
    expect(written(plan, 'tests/test_qs.py')).toBe(SDKGEN['tests/test_qs.py']);
    // (The package's modules and tests/__init__.py, bannerless here, are another matter: own-module-names.ts.)
    expect(plan.needsHand.filter((n) => n.path === 'tests/test_client.py')).toEqual([]);
  });
});

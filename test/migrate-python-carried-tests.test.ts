/**
 * The owners' tests in Stainless's test of its runtime (tests/test_client.py), which goes with that runtime: the test
 * functions they changed or added stay at that path, whole, in their class, with what they read of the module (its
 * constants, a helper, the class's own members) and the imports of those names alone. An import the migrated package
 * cannot satisfy is a conflict: reported with the hunks, nothing written. The carried module runs under pytest
 * (SDKGEN_PYTHON_TESTS=full: a venv's pytest takes most of a minute on a loaded machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedTests } from '../generator/migrate/python/owners-tests/changed-tests';
import { ownersTests } from '../generator/migrate/python/owners-tests/carried-tests';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { PYTHON_FULL } from './helpers/python';

const VENV = path.join(__dirname, '.tmp/python-venv/bin/python');

const header = [
  '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.',
  '',
  'from __future__ import annotations',
  '',
  'import os',
  'import json',
  'from typing import Any, cast',
  '',
  'import pytest',
  '',
  'from acme import Acme, AcmeError',
  'from acme._types import Omit',
  'from acme._models import FinalRequestOptions',
  '',
  'from .utils import update_env',
  '',
  'base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")',
  'api_key = "My API Key"',
  'unused_constant = json.dumps({})',
  '',
  '',
  'def _get_params(client: Any) -> dict[str, str]:',
  '    return cast(Any, client).params',
  '',
  '',
  'class TestAcme:',
  '    timeout = 3',
  '',
  '    def _make(self, key: str | None) -> Acme:',
  '        return Acme(base_url=base_url, api_key=key)',
  '',
  '    def test_default_headers(self) -> None:',
  '        assert _get_params(Acme(base_url=base_url, api_key=api_key)) == {}',
  '',
].join('\n');
const STAINLESS_TEST = [
  '    @pytest.mark.parametrize("key", [api_key])',
  '    def test_validate_headers(self, key: str) -> None:',
  '        client = self._make(key)',
  '        assert client.api_key == key',
  '        with pytest.raises(AcmeError):',
  '            with update_env(ACME_API_KEY=Omit()):',
  '                self._make(None)',
  '',
].join('\n');
const OWNERS_TEST = [
  '    @pytest.mark.parametrize("key", [api_key])',
  '    def test_validate_headers(self, key: str) -> None:',
  '        client = self._make(key)',
  '        assert client.api_key == key',
  '        with update_env(ACME_API_KEY=Omit()):',
  '            client = self._make(None)',
  '            assert client.build(FinalRequestOptions(method="get", url=f"{base_url}/x")).get("x-api-key") is None',
  '',
].join('\n');
const tail = [
  '    def test_default_query(self) -> None:',
  '        assert json.loads("{}") == {}',
  '',
  '',
  'class TestAsyncAcme:',
  '    def test_copy(self) -> None:',
  '        assert Acme(base_url=base_url, api_key=api_key).timeout == self_timeout()',
  '',
  '',
  'def self_timeout() -> int:',
  '    return 3',
  '',
].join('\n');
const STAINLESS = header + STAINLESS_TEST + '\n' + tail;
// (The owners took `AcmeError` out of the import: their test no longer raises it.)
const OWNERS = (header + OWNERS_TEST + '\n' + tail).replace(
  'from acme import Acme, AcmeError',
  'from acme import Acme',
);

/** The migrated package, as sdkgen writes its modules the test imports. */
const PACKAGE: Record<string, string> = {
  'src/acme/__init__.py': 'from ._client import Acme as Acme\nfrom ._exceptions import AcmeError as AcmeError\n',
  'src/acme/_client.py': [
    'from __future__ import annotations',
    '',
    'import os',
    'from typing import Any, Dict, Optional',
    '',
    '',
    'class Acme:',
    '    timeout = 3',
    '',
    '    def __init__(self, *, base_url: str, api_key: Optional[str] = None) -> None:',
    '        self.base_url = base_url',
    '        self.api_key = api_key if api_key is not None else os.environ.get("ACME_API_KEY")',
    '        self.params: Dict[str, str] = {}',
    '',
    '    def build(self, options: Any) -> Dict[str, str]:',
    '        return {"x-api-key": self.api_key} if self.api_key else {}',
    '',
  ].join('\n'),
  'src/acme/_exceptions.py': 'class AcmeError(Exception):\n    pass\n',
  'src/acme/_types.py': 'class Omit:\n    pass\n',
  'src/acme/_models.py': [
    'class FinalRequestOptions:',
    '    def __init__(self, *, method: str, url: str) -> None:',
    '        self.method = method',
    '        self.url = url',
    '',
  ].join('\n'),
  'tests/__init__.py': '',
  'tests/utils.py': [
    'from __future__ import annotations',
    '',
    'import os',
    'import contextlib',
    'from typing import Iterator',
    '',
    'from acme._types import Omit',
    '',
    '',
    '@contextlib.contextmanager',
    'def update_env(**new_env: object) -> Iterator[None]:',
    '    old = os.environ.copy()',
    '    try:',
    '        for name, value in new_env.items():',
    '            if isinstance(value, Omit):',
    '                os.environ.pop(name, None)',
    '            else:',
    '                os.environ[name] = str(value)',
    '        yield',
    '    finally:',
    '        os.environ.clear()',
    '        os.environ.update(old)',
    '',
  ].join('\n'),
};
const moduleText = (p: string) => PACKAGE[p] ?? null;

const carried = (edited: string, text = moduleText) => {
  const result = ownersTests('tests/test_client.py', edited, changedTests(STAINLESS, edited), 'acme', text);
  if (result?.kind !== 'carried') throw new Error(`not carried: ${JSON.stringify(result)}`);
  return result;
};

describe("sdkgen migrate (Python): the owners' tests in Stainless's runtime test, carried", () => {
  it('keeps the changed function whole in its class, with what it reads and those imports alone', () => {
    const { text, functions } = carried(OWNERS);
    expect(functions).toEqual(['TestAcme.test_validate_headers']);
    expect(text).toBe(
      [
        'from __future__ import annotations',
        '',
        'import os',
        '',
        'import pytest',
        '',
        'from acme import Acme',
        'from acme._types import Omit',
        'from acme._models import FinalRequestOptions',
        '',
        'from .utils import update_env',
        '',
        'base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")',
        'api_key = "My API Key"',
        '',
        '',
        'class TestAcme:',
        '    timeout = 3',
        '',
        '    def _make(self, key: str | None) -> Acme:',
        '        return Acme(base_url=base_url, api_key=key)',
        '',
        OWNERS_TEST,
      ].join('\n'),
    );
  });

  it('keeps a function the owners added, and what it reads further down the module', () => {
    const added = OWNERS.replace(
      '    def test_default_query(self) -> None:',
      [
        '    def test_their_timeout(self) -> None:',
        '        assert self.timeout == self_timeout()',
        '',
        '    def test_default_query(self) -> None:',
      ].join('\n'),
    );
    const { text, functions } = carried(added);
    expect(functions).toEqual(['TestAcme.test_their_timeout', 'TestAcme.test_validate_headers']);
    expect(text).toContain('    def test_their_timeout(self) -> None:');
    expect(text).toMatch(/\n\n\ndef self_timeout\(\) -> int:\n {4}return 3\n$/);
    // Stainless's own tests go with its runtime.
    expect(text).not.toContain('test_default_headers');
    expect(text).not.toContain('test_copy');
    expect(text).not.toContain('_get_params');
  });

  it('is a conflict where the migrated package lacks a name the tests import', () => {
    const without = (p: string) => (p === 'src/acme/_types.py' ? 'class NotGiven:\n    pass\n' : moduleText(p));
    const result = ownersTests('tests/test_client.py', OWNERS, changedTests(STAINLESS, OWNERS), 'acme', without);
    expect(result).toEqual({
      kind: 'conflict',
      functions: ['TestAcme.test_validate_headers'],
      unresolved: ['acme._types.Omit'],
    });
  });

  it('carries nothing where only imports or helpers changed', () => {
    const importsOnly = STAINLESS.replace('import json\n', 'import json  # noqa\n');
    expect(
      ownersTests('tests/test_client.py', importsOnly, changedTests(STAINLESS, importsOnly), 'acme', moduleText),
    ).toBeNull();
  });

  it('writes the module at its path as theirs, reports it, and lists a conflict with its hunks', () => {
    const blob = (text: string) => `blob-${text.length}-${text.slice(-24)}`;
    const rendered = Object.entries(PACKAGE).map(([p, contents]) => ({ path: p, contents }));
    const plan = (owners: string, files = rendered) =>
      planPythonMigration({
        current: [
          { path: 'tests/test_client.py', blob: blob(owners), text: owners },
          ...files.map((f) => ({ path: f.path, blob: blob(f.contents), text: f.contents })),
        ],
        base: {
          blobs: new Map([
            ['tests/test_client.py', blob(STAINLESS)],
            ...files.map((f) => [f.path, blob(f.contents)] as [string, string]),
          ]),
          texts: new Map([
            ['tests/test_client.py', STAINLESS],
            ...files.map((f) => [f.path, f.contents] as [string, string]),
          ]),
        },
        rendered: files,
        importName: 'acme',
      });
    const moved = plan(OWNERS);
    expect(moved.removed).not.toContain('tests/test_client.py');
    expect(moved.writes.find((f) => f.path === 'tests/test_client.py')?.contents).toBe(carried(OWNERS).text);
    expect(moved.generated.map((f) => f.path)).not.toContain('tests/test_client.py');
    expect(moved.keptTests).toEqual([
      'tests/test_client.py (the tests you changed or added: TestAcme.test_validate_headers)',
    ]);
    expect(moved.rejected).toEqual([]);

    const lacking = rendered.map((f) =>
      f.path === 'src/acme/_types.py' ? { ...f, contents: 'class NotGiven:\n    pass\n' } : f,
    );
    const conflict = plan(OWNERS, lacking);
    expect(conflict.removed).toContain('tests/test_client.py');
    expect(conflict.rejected.map((r) => r.path)).toEqual(['tests/test_client.py']);
    expect(conflict.needsHand.filter((n) => n.path === 'tests/test_client.py').map((n) => n.reason)).toEqual([
      "your tests in Stainless's test of its runtime (TestAcme.test_validate_headers) import what the migrated package does not have (acme._types.Omit): not carried; see the hunks",
    ]);
  });

  it.runIf(PYTHON_FULL && existsSync(VENV))(
    'the carried module imports and passes under pytest',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'carried-tests-'));
      try {
        const files = { ...PACKAGE, 'tests/test_client.py': carried(OWNERS).text };
        for (const [p, contents] of Object.entries(files)) {
          mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
          writeFileSync(path.join(dir, p), contents);
        }
        const run = spawnSync(
          VENV,
          ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-o', 'addopts=', 'tests/test_client.py'],
          {
            cwd: dir,
            encoding: 'utf8',
            env: { ...process.env, PYTHONPATH: path.join(dir, 'src') },
            timeout: 300_000,
          },
        );
        expect(run.stdout + run.stderr).toMatch(/1 passed/);
        expect(run.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});

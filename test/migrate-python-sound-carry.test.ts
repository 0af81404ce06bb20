/**
 * A Python module with the owners' edits carried hunk by hunk must still load: a function of theirs comes with the
 * module-level helpers it calls, an import of sdkgen's their edit took out stays while sdkgen's code reads it, and a
 * carry that leaves the indentation broken is not written (their test set-up is kept whole instead; any other module
 * is sdkgen's, the edits reported). Edits to a pyproject.toml table sdkgen's file does not have are reported as not
 * applying.
 */
import { describe, expect, it } from 'vitest';
import { indentProblem, soundCarried } from '../generator/migrate/python/soundness/sound-module';
import { withoutAbsentTableEdits } from '../generator/migrate/python/project/absent-tables';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { setAsideDoneInRuntime } from '../generator/migrate/python/already-done/removed-already';

const OWNERS_CONFTEST = [
  'import time',
  'import subprocess',
  '',
  'import pytest',
  '',
  'base_url = "http://127.0.0.1:4010"',
  '',
  '',
  'def _server_up() -> bool:',
  '    return False',
  '',
  '',
  'def _ensure_mock_server() -> None:',
  '    if _server_up():',
  '        return',
  '    subprocess.Popen(["./scripts/mock"])',
  '    time.sleep(1)',
  '',
  '',
  '@pytest.fixture(scope="session", autouse=True)',
  'def _mock_server() -> None:',
  '    _ensure_mock_server()',
  '',
].join('\n');

const SDKGEN_CONFTEST = [
  'import pytest',
  '',
  'base_url = "http://127.0.0.1:4010"',
  '',
  '',
  '@pytest.fixture(scope="session")',
  'def client() -> str:',
  '    return base_url',
  '',
].join('\n');

describe('a carried Python module made whole', () => {
  it("carries the owners' helpers a carried function calls, with their imports, before the first reader", () => {
    const carried = SDKGEN_CONFTEST.replace(
      '@pytest.fixture(scope="session")\ndef client',
      '@pytest.fixture(scope="session", autouse=True)\ndef _mock_server() -> None:\n    _ensure_mock_server()\n\n\n' +
        '@pytest.fixture(scope="session")\ndef client',
    );
    const sound = soundCarried(OWNERS_CONFTEST, carried, SDKGEN_CONFTEST);
    expect(sound.kind).toBe('sound');
    if (sound.kind !== 'sound') return;
    expect(sound.definitionsAdded.sort()).toEqual(['_ensure_mock_server', '_server_up']);
    expect(sound.text).toMatch(/^import subprocess$/m);
    expect(sound.text).toMatch(/^import time$/m);
    expect(sound.text.indexOf('def _ensure_mock_server')).toBeLessThan(sound.text.indexOf('def _mock_server'));
    expect(sound.text.match(/^base_url = /gm)).toHaveLength(1);
    expect(indentProblem(sound.text)).toBeNull();
  });

  it('says where a carry left the indentation broken', () => {
    const broken = SDKGEN_CONFTEST.replace(
      '    return base_url',
      '    return base_url\n\n        try:\n            pass',
    );
    const sound = soundCarried(OWNERS_CONFTEST, broken, SDKGEN_CONFTEST);
    expect(sound).toEqual({ kind: 'broken', reason: 'line 10 is indented under no block' });
  });

  it('reads well-formed modules as well-formed: signatures over lines, docstrings, brackets, one-line blocks', () => {
    const text = [
      'def f(',
      '    a: int,',
      ') -> dict[str, int]:',
      '    """A docstring',
      '',
      'over lines."""',
      '    if a: return {"a": a}',
      '    return {',
      '        "b": a,',
      '    }',
      '',
      '',
      'class A:',
      '    x = 1',
      '',
      '    def g(self) -> None:',
      '        # a comment at any indent',
      '  # even this one',
      '        pass',
      '',
    ].join('\n');
    expect(indentProblem(text)).toBeNull();
    expect(indentProblem('if x:\ny = 1\n')).toBe('line 2 should be indented under the block above it');
    expect(indentProblem('if x:\n    y = 1\n  z = 2\n')).toBe('line 3 is dedented to a level no block has'); // A form feed among a line's leading blanks starts Python's count again (CPython's tokenizer): `\f    ` is 4.
    expect(indentProblem('def f() -> int:\n\f    return 1\n')).toBeNull();
    expect(indentProblem('def f() -> int:\n    x = 1\n  \f    return x\n')).toBeNull();
    expect(indentProblem('def f() -> int:\n    x = 1\n    \f  return x\n')).toBe(
      'line 3 is dedented to a level no block has',
    );
  });

  it("keeps sdkgen's import of a name its code reads where the owners' edit took the import out", () => {
    const target = 'from .types import a_params, b_params\n\n\ndef f() -> object:\n    return a_params.A\n';
    const carried = 'from .types import b_params\n\n\ndef f() -> object:\n    return a_params.A\n';
    const edited = 'from .types import b_params\n\n\ndef f() -> object:\n    return {"a": 1}\n';
    const sound = soundCarried(edited, carried, target);
    // (Into sdkgen's statement importing from the same module.)
    expect(sound.kind === 'sound' && sound.text).toMatch(/^from \.types import b_params, a_params$/m);
  });

  it('keeps a name both modules import that the carry lost (a name moved within an import list)', () => {
    const target = 'from ._utils import (\n    a as a,\n    b as b,\n)\n';
    const edited = 'from ._utils import (\n    b as b,\n    a as a,\n)\n';
    const carried = 'from ._utils import (\n    b as b,\n)\n';
    const sound = soundCarried(edited, carried, target);
    expect(sound.kind === 'sound' && sound.text).toBe('from ._utils import (\n    b as b,\n    a as a,\n)\n');
  });
});

describe("the owners' test set-up that does not carry whole (plan)", () => {
  const PATH = 'tests/conftest.py';
  const STAINLESS = [
    'import pytest',
    '',
    'from acme import Acme',
    '',
    'base_url = "http://127.0.0.1:4010"',
    '',
    '',
    '@pytest.fixture(scope="session")',
    'def client() -> Acme:',
    '    strict = True',
    '    return Acme(base_url=base_url, strict=strict)',
    '',
  ].join('\n');
  const OWNERS = STAINLESS.replace(
    '    strict = True\n',
    '    strict = True\n    try:\n        strict = _strict_from_env()\n    except KeyError:\n        pass\n',
  ).replace(
    '@pytest.fixture',
    'def _strict_from_env() -> bool:\n    import os\n\n    return os.environ["STRICT"] == "1"\n\n\n@pytest.fixture',
  );
  const INIT = 'src/acme/__init__.py';
  const plan = (sdkgen: string, init = 'from ._client import Acme as Acme\n') =>
    planPythonMigration({
      current: [
        { path: PATH, blob: 'owners', text: OWNERS },
        { path: INIT, blob: 'init', text: init },
      ],
      base: {
        blobs: new Map([
          [PATH, 'stainless'],
          [INIT, 'init'],
        ]),
        texts: new Map([
          [PATH, STAINLESS],
          [INIT, init],
        ]),
      },
      rendered: [
        { path: PATH, contents: sdkgen },
        { path: INIT, contents: init },
      ],
      importName: 'acme',
    });

  it('never writes a module that would not load: carried whole and sound, or theirs kept whole', () => {
    // sdkgen's fixture is laid out otherwise: the owners' `try:` block lands at an indent of its own, or not at all.
    const sdkgen = [
      'import pytest',
      '',
      'from acme import Acme',
      '',
      'base_url = "http://127.0.0.1:4010"',
      '',
      '',
      '@pytest.fixture(scope="session")',
      'def client() -> Acme:',
      '    with_strict = dict(strict=True)',
      '    return Acme(base_url=base_url, **with_strict)',
      '',
    ].join('\n');
    const result = plan(sdkgen);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(indentProblem(written)).toBeNull();
    if (written.includes('_strict_from_env()')) expect(written).toContain('def _strict_from_env()');
    expect(result.needsHand).toEqual([]);
  });
});

describe("an owners' edit carried to another depth (plan)", () => {
  // Stainless's fixture is a module-level function; sdkgen's is a method of the test class. The owners' `try:` block,
  // placed by its context lines (matched without their indentation), moves by the depth those lines have in sdkgen's
  // module (python/reapply/insertion-depth.ts): at the owners' depth it would stand in the class body, its `return`
  // under `except:` outside any function. (An endpoints' test module: an edit of a helper in Stainless's tests of its
  // runtime goes with those tests, migrate-python-runtime-tests.test.ts.)
  const PATH = 'tests/api_resources/test_client.py';
  const HEAD = 'import pytest\n\nfrom acme import Acme\n\nbase_url = "http://127.0.0.1:4010"\n\n\n';
  const STAINLESS =
    HEAD +
    '@pytest.fixture\ndef client():\n    client = Acme(base_url=base_url)\n    return client\n\n\n' +
    'class TestAcme:\n    def test_one(self, client):\n        assert client\n';
  const OWNERS = STAINLESS.replace(
    '    client = Acme(base_url=base_url)\n',
    '    client = Acme(base_url=base_url)\n    try:\n        client.ping()\n    except Exception:\n        return None\n',
  );
  const SDKGEN =
    HEAD +
    'class TestAcme:\n    @pytest.fixture\n    def client(self):\n        client = Acme(base_url=base_url)\n' +
    '        return client\n\n    def test_one(self, client):\n        assert client\n';

  it("is carried at the depth of sdkgen's method, nothing left for a person", () => {
    const result = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: OWNERS }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: SDKGEN }],
      importName: 'acme',
    });
    const written = result.writes.find((f) => f.path === PATH)?.contents;
    expect(written).toBe(
      SDKGEN.replace(
        '        client = Acme(base_url=base_url)\n',
        '        client = Acme(base_url=base_url)\n' +
          '        try:\n            client.ping()\n        except Exception:\n            return None\n',
      ),
    );
    expect(result.needsHand).toEqual([]);
  });
});

describe("an owners' edit that Python would refuse where it lands (plan)", () => {
  // Stainless's function is a coroutine, sdkgen's is not: the owners' `await`, placed by its context, would stand in a
  // plain `def`. Well indented, but no module Python compiles (python/soundness/statement-structure.ts).
  const PATH = 'src/acme/_helpers.py';
  const HEAD = 'from ._client import refresh\n\n\n';
  const STAINLESS = HEAD + 'async def fetch(client):\n    data = client.get()\n    return data\n';
  const OWNERS = STAINLESS.replace('    data = client.get()\n', '    data = client.get()\n    await refresh(client)\n');
  const SDKGEN = HEAD + 'def fetch(client):\n    data = client.get()\n    return data\n';

  it("is not written so: sdkgen's module stays as it is, the edit listed for a person", () => {
    const result = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: OWNERS }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: SDKGEN }],
      importName: 'acme',
    });
    expect(result.writes.find((f) => f.path === PATH)?.contents).toBe(SDKGEN);
    expect(result.needsHand.map((n) => n.reason).join('\n')).toContain('`await` or `async` outside an `async def`');
    expect(result.rejected.flatMap((r) => r.hunks).join('\n')).toContain('+    await refresh(client)');
  });
});

describe('pyproject.toml edits in tables sdkgen does not write', () => {
  const BASE = [
    '[project]',
    'name = "acme"',
    '',
    '[tool.uv]',
    'managed = true',
    'conflicts = [["a", "b"]]',
    '',
    '[tool.pytest.ini_options]',
    'testpaths = ["tests"]',
    '',
  ].join('\n');
  const SDKGEN = '[project]\nname = "acme"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';
  const hunk = (at: number, context: string, removed: string, added: string) =>
    `@@ -${at},3 +${at},3 @@\n ${context}\n-${removed}\n+${added}\n \n`;

  it('reports an edit of [tool.uv] as not applying, and leaves an edit of a table sdkgen has', () => {
    const uv = hunk(5, 'managed = true', 'conflicts = [["a", "b"]]', 'default-groups = ["dev"]');
    const pytest = hunk(8, '[tool.pytest.ini_options]', 'testpaths = ["tests"]', 'testpaths = ["tests", "more"]');
    const result = withoutAbsentTableEdits(BASE, SDKGEN, { text: SDKGEN, applied: 0, rejected: [uv, pytest] });
    expect(result.notApplying).toEqual([{ table: 'tool.uv', hunks: [uv] }]);
    expect(result.carried.rejected).toEqual([pytest]);
  });

  it('never drops an edit of the dependencies a table declares', () => {
    const dev = hunk(5, 'managed = true', 'conflicts = [["a", "b"]]', 'dev-dependencies = ["pytest"]');
    const result = withoutAbsentTableEdits(BASE, SDKGEN, { text: SDKGEN, applied: 0, rejected: [dev] });
    expect(result.notApplying).toEqual([]);
    expect(result.carried.rejected).toEqual([dev]);
  });
});

describe("the owners' removals from Stainless's runtime that sdkgen's module has the result of", () => {
  const ours = [
    'from typing import Any',
    '',
    '',
    'def model_dump(model: Any) -> Any:',
    '    return model.model_dump()',
    '',
  ].join('\n');
  const unusedImport = '@@ -3,3 +3,2 @@\n     Any,\n-    Generic,\n     TypeVar,\n';
  const v1Fallback =
    '@@ -10,4 +10,2 @@\n-    if (not PYDANTIC_V1) or hasattr(model, "model_dump"):\n-        return model.model_dump()\n' +
    '-    return model.dict()\n+    return model.model_dump()\n';
  const stillThere = '@@ -20,2 +20,1 @@\n-    return model.model_dump()\n     pass\n';
  const run = (requiresPydantic2: boolean) => {
    const plan = {
      rejected: [{ path: 'src/acme/_compat.py', hunks: [unusedImport, v1Fallback, stillThere] }],
      notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
      alreadyThere: [] as Array<{ path: string; hunks: number }>,
    };
    setAsideDoneInRuntime(plan, () => ours, requiresPydantic2, 'acme');
    return plan;
  };

  it("calls a removal done where sdkgen's module has none of the lines, and a pydantic-1 fallback not applying", () => {
    const plan = run(true);
    expect(plan.alreadyThere).toEqual([{ path: 'src/acme/_compat.py', hunks: 1 }]);
    expect(plan.notApplicable.map((n) => n.hunks)).toEqual([[v1Fallback]]);
    expect(plan.rejected).toEqual([{ path: 'src/acme/_compat.py', hunks: [stillThere] }]);
  });

  it('keeps the pydantic-1 fallback for a person where the package still allows pydantic 1', () => {
    expect(run(false).rejected[0].hunks).toEqual([v1Fallback, stillThere]);
  });
});

/**
 * A module of Stainless's that sdkgen writes none of, which only the owners' tests carried out of Stainless's
 * tests/test_client.py import (a `_utils` helper of Stainless's runtime), stays as theirs, with the modules it imports
 * in turn, where every name those import of the package is there after the move; otherwise nothing stays and the
 * tests are a conflict naming what is missing. The kept module and the carried tests run under pytest
 * (SDKGEN_PYTHON_TESTS=full).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { stainlessModulesForTests } from '../generator/migrate/python/owners/modules-for-tests';
import { venvPython } from '../scripts/python-env.mjs';
import { PYTHON_FULL } from './helpers/python';

const VENV: string = venvPython();

const testModule = (body: string[]) =>
  [
    '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.',
    '',
    'from acme import Acme',
    'from acme._utils._timing import backoff',
    '',
    '',
    'class TestAcme:',
    '    def test_copy(self) -> None:',
    '        assert Acme().name == "acme"',
    '',
    ...body,
  ].join('\n');
const STAINLESS_TEST = testModule([]);
const OWNERS_TEST = testModule(['    def test_their_backoff(self) -> None:', '        assert backoff(2) == 4.0', '']);

/** sdkgen's package: no `_utils/_timing.py` (Stainless's), a `_types.py` that may lack what it imports. */
const SDKGEN: Record<string, string> = {
  'src/acme/__init__.py': 'from ._client import Acme as Acme\n',
  'src/acme/_client.py': 'class Acme:\n    name = "acme"\n',
  'src/acme/_types.py': 'Seconds = float\n',
  'src/acme/_utils/__init__.py': '',
};
/** Stainless's modules sdkgen writes none of: `_timing` imports `_clock` beside it and a name of `_types`. */
const STAINLESS_ONLY: Record<string, string> = {
  'src/acme/_utils/_timing.py': [
    'from .._types import Seconds',
    'from ._clock import factor',
    '',
    '',
    'def backoff(attempt: int) -> Seconds:',
    '    return float(factor() ** attempt)',
    '',
  ].join('\n'),
  'src/acme/_utils/_clock.py': 'def factor() -> int:\n    return 2\n',
  'src/acme/_utils/_unused.py': 'UNUSED = 1\n',
};

function plan(sdkgen: Record<string, string>) {
  const blob = (text: string) => `blob-${text.length}-${text}`;
  const stainless = { ...sdkgen, ...STAINLESS_ONLY, 'tests/test_client.py': STAINLESS_TEST };
  const current = { ...stainless, 'tests/test_client.py': OWNERS_TEST };
  return planPythonMigration({
    current: Object.entries(current).map(([p, text]) => ({ path: p, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(stainless).map(([p, text]) => [p, blob(text)])),
      texts: new Map(Object.entries(stainless)),
    },
    rendered: Object.entries(sdkgen).map(([p, contents]) => ({ path: p, contents })),
    importName: 'acme',
  });
}

describe("sdkgen migrate (Python): Stainless's modules only the owners' carried tests import", () => {
  it('keeps them, and what they import in turn, as theirs; the others go', () => {
    const moved = plan(SDKGEN);
    expect(moved.keptTests).toEqual([
      'tests/test_client.py (the tests you changed or added: TestAcme.test_their_backoff)',
    ]);
    expect(moved.keptImported).toEqual(['src/acme/_utils/_clock.py', 'src/acme/_utils/_timing.py']);
    expect(moved.removed).toEqual(['src/acme/_utils/_unused.py']);
    expect(moved.rejected).toEqual([]);
    expect(moved.needsHand).toEqual([]);
    // Kept as they are: not written (nor in sdkgen's manifest).
    expect(moved.writes.map((f) => f.path)).not.toContain('src/acme/_utils/_timing.py');
    expect(moved.generated.map((f) => f.path)).not.toContain('src/acme/_utils/_timing.py');
  });

  it('keeps none where one of them imports what the migrated package lacks: the tests are a conflict', () => {
    const moved = plan({ ...SDKGEN, 'src/acme/_types.py': 'Millis = int\n' });
    expect(moved.keptImported).toEqual([]);
    expect(moved.removed).toEqual([
      'src/acme/_utils/_clock.py',
      'src/acme/_utils/_timing.py',
      'src/acme/_utils/_unused.py',
      'tests/test_client.py',
    ]);
    expect(moved.rejected.map((r) => r.path)).toEqual(['tests/test_client.py']);
    expect(moved.needsHand.map((n) => n.reason)).toEqual([
      "your tests in Stainless's test of its runtime (TestAcme.test_their_backoff) import what the migrated package " +
        'does not have (acme._types.Seconds (imported by src/acme/_utils/_timing.py)): not carried; see the hunks',
    ]);
  });

  it('follows relative and absolute imports, aliases and `import a.b` alike', () => {
    const stainless: Record<string, string> = {
      'src/acme/_a.py': 'import acme._b\nfrom acme._c import thing as other\n',
      'src/acme/_b.py': 'from . import _d\n',
      'src/acme/_c.py': 'thing = 1\n',
      'src/acme/_d.py': 'import httpx\nfrom acme import Acme\n',
    };
    const final = (p: string) => SDKGEN[p] ?? null;
    expect(stainlessModulesForTests(['src/acme/_a.py'], 'acme', final, (p) => stainless[p] ?? null)).toEqual({
      kind: 'kept',
      modules: ['src/acme/_a.py', 'src/acme/_b.py', 'src/acme/_c.py', 'src/acme/_d.py'],
    });
    // A module the migrated package has already is no module of Stainless's to keep.
    expect(stainlessModulesForTests(['src/acme/_client.py'], 'acme', final, (p) => stainless[p] ?? null)).toEqual({
      kind: 'kept',
      modules: [],
    });
  });

  it.runIf(PYTHON_FULL && existsSync(VENV))(
    'the kept modules and the carried tests pass under pytest',
    () => {
      const moved = plan(SDKGEN);
      const dir = mkdtempSync(path.join(os.tmpdir(), 'modules-for-tests-'));
      try {
        const kept = Object.fromEntries(moved.keptImported.map((p) => [p, STAINLESS_ONLY[p]]));
        const files = { ...kept, ...Object.fromEntries(moved.writes.map((f) => [f.path, f.contents])) };
        for (const [p, contents] of Object.entries(files)) {
          mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
          writeFileSync(path.join(dir, p), contents);
        }
        const run = spawnSync(
          VENV,
          ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-o', 'addopts=', 'tests/test_client.py'],
          { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONPATH: path.join(dir, 'src') }, timeout: 300_000 },
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

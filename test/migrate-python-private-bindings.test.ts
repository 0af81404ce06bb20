/**
 * An owners' edit of a private module-level binding of Stainless's module (`_LITERAL_TYPES = {…}` →
 * `_LITERAL_TYPES: frozenset[object] = frozenset({…})`, xquik's typing hardening of `_utils/_compat.py`) where sdkgen's
 * module at that path neither binds nor reads the name (its runtime does that work otherwise): nothing in sdkgen's
 * package runs the edit. migrate reports it as not applying rather than leaving it for a person (and exiting 1), and
 * the trials' harness, reading the hunk and the migrated file itself, counts it as carried where the report lists it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateBindingUnread } from '../generator/migrate/python/already-done/private-bindings';
import { setAsideTypingOnly } from '../generator/migrate/python/already-done/typing-only';
import type { MigrationPlan } from '../generator/migrate/migration-plan';
// @ts-expect-error: the harness is plain JavaScript
import { privateNameImporter, runsTheSame } from '../bench/migrate-trials/lib/python-runs-same.mjs';

const before = '_LITERAL_TYPES = {Literal, typing_extensions.Literal}';
const after = '_LITERAL_TYPES: frozenset[object] = frozenset({Literal, typing_extensions.Literal})';
const hunk = `@@ -12 +12 @@\n-${before}\n+${after}\n`;
const shim = 'from ._typing import is_literal_type as is_literal_type\n\n__all__ = ["is_literal_type"]\n';

const emptyPlan = () => ({ rejected: [], notApplicable: [] }) as Pick<MigrationPlan, 'rejected' | 'notApplicable'>;

describe("an owners' edit of a private binding sdkgen's module does not have", () => {
  it('is the name where every line is a top-level assignment of it and sdkgen’s module never names it', () => {
    expect(privateBindingUnread([before], [after], shim)).toBe('_LITERAL_TYPES');
    // sdkgen's module reads the name, or binds it: the edit may apply there.
    expect(privateBindingUnread([before], [after], `${shim}x = 1 in _LITERAL_TYPES\n`)).toBeNull();
    expect(privateBindingUnread([before], [after], `_LITERAL_TYPES = (Literal,)\n`)).toBeNull();
    // A public name (another module may import it), a binding inside a function, another statement beside it.
    expect(privateBindingUnread(['LITERAL_TYPES = {A}'], ['LITERAL_TYPES = frozenset({A})'], shim)).toBeNull();
    expect(privateBindingUnread(['    _TYPES = {A}'], ['    _TYPES = frozenset({A})'], shim)).toBeNull();
    expect(privateBindingUnread([before], [after, 'print(1)'], shim)).toBeNull();
    expect(privateBindingUnread([before], ['_OTHER = frozenset({A})'], shim)).toBeNull();
    // (A value running over lines is not one line's statement.)
    expect(privateBindingUnread(['_TYPES = {'], ['_TYPES = frozenset({'], shim)).toBeNull();
  });

  it('is reported as not applying, not left for a person', () => {
    const plan = emptyPlan();
    const behaviour = '@@ -30 +30 @@\n-    retries = 2\n+    retries = 5\n';
    plan.rejected.push({ path: 'src/pkg/_utils/_compat.py', hunks: [hunk, behaviour] });
    setAsideTypingOnly(
      plan,
      () => shim,
      () => `import typing_extensions\nfrom typing import Literal\n\n${before}\n`,
    );
    expect(plan.rejected).toEqual([{ path: 'src/pkg/_utils/_compat.py', hunks: [behaviour] }]);
    expect(plan.notApplicable).toHaveLength(1);
    expect(plan.notApplicable[0].reason).toMatch(
      /^sets `_LITERAL_TYPES`, a private name of Stainless's module that sdkgen's module neither defines nor reads/,
    );
  });

  it('stays for a person where sdkgen’s module reads the name', () => {
    const plan = emptyPlan();
    plan.rejected.push({ path: 'src/pkg/_utils/_compat.py', hunks: [hunk] });
    setAsideTypingOnly(
      plan,
      () => `${shim}\ndef is_lit(tp: object) -> bool:\n    return tp in _LITERAL_TYPES\n`,
      () => before,
    );
    expect(plan.notApplicable).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
  });
});

describe("the trials' harness", () => {
  it('counts it from the hunk and the migrated module alone', () => {
    expect(runsTheSame([before], [after], shim, '')).toBe(
      "a private name of Stainless's module the migrated module neither binds nor reads",
    );
    expect(runsTheSame([before], [after], `${shim}y = _LITERAL_TYPES\n`, '')).toBeNull();
    expect(runsTheSame(['    _TYPES = {A}'], ['    _TYPES = frozenset({A})'], shim, '')).toBeNull();
  });
  it('asks, as migrate does, whether another module of the migrated repository imports it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'private-importer-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    const compat = 'src/acme/_utils/_compat.py';
    write(compat, shim);
    write('src/acme/lib/other.py', 'from .._utils import _compat\n\nx = _compat.is_literal_type\n');
    const imported = (name: string) => privateNameImporter(root, compat, name) !== null;
    expect(privateNameImporter(root, compat, '_LITERAL_TYPES')).toBeNull();
    expect(runsTheSame([before], [after], shim, '', imported)).not.toBeNull();
    // (By name, from the module: the owners' `lib/`; or as the module's attribute: a test.)
    write('src/acme/lib/types.py', 'from .._utils._compat import _LITERAL_TYPES\n');
    expect(privateNameImporter(root, compat, '_LITERAL_TYPES')).toBe('src/acme/lib/types.py');
    expect(runsTheSame([before], [after], shim, '', imported)).toBeNull();
    fs.rmSync(path.join(root, 'src/acme/lib/types.py'));
    write('tests/test_compat.py', 'import acme._utils._compat as compat\n\nassert compat._LITERAL_TYPES\n');
    expect(privateNameImporter(root, compat, '_LITERAL_TYPES')).toBe('tests/test_compat.py');
    fs.rmSync(root, { recursive: true });
  });
});

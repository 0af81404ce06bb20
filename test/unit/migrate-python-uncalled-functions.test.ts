/**
 * The owners' private helper carried without its calls (migrate/python/reapply/uncalled-functions.ts): composio's
 * `_maybe_convert_to_comma_string`, added to Stainless's `_transform.py` for a call in `_transform_recursive`, which
 * sdkgen's runtime does not have. Carried alone, nothing calls it and pyright's strict mode fails the module
 * (`reportUnusedFunction`): it goes to a person with its calls. Kept wherever something still calls it, the owners
 * never called it, or a decorator may register it.
 */
import { describe, expect, it } from 'vitest';
import {
  leaveOutUncalledFunctions,
  uncalledFunctionsReason,
  withoutUncalledOwnersFunctions,
} from '../../generator/migrate/python/reapply/uncalled-functions';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';

const PATH = 'src/acme/_utils/_transform.py';

const HELPER = [
  'def _to_comma_string(data: object) -> object:',
  '    """Lists become comma-separated strings."""',
  '    if not isinstance(data, list):',
  '        return data',
  '    return ",".join(str(x) for x in data)  # pyright: ignore',
];

const STAINLESS = [
  'from typing import Any',
  '',
  '',
  'def _transform_recursive(data: object) -> object:',
  '    stripped = data',
  '    return stripped',
  '',
  '',
  'def transform(data: object) -> Any:',
  '    return _transform_recursive(data)',
  '',
].join('\n');

// The owners' helper above Stainless's functions, and its call in `_transform_recursive`.
const EDITED = STAINLESS.replace(
  '\n\n\ndef _transform_recursive',
  `\n\n\n${HELPER.join('\n')}\n\n\ndef _transform_recursive`,
).replace('    stripped = data\n', '    stripped = data\n    data = _to_comma_string(data)\n');

// sdkgen's module: another runtime, no `_transform_recursive`.
const SDKGEN = ['from typing import Any', '', '', 'def transform(data: object) -> Any:', '    return data', ''].join(
  '\n',
);

// What the carry wrote: the helper (placed after the imports), not its call.
const CARRIED = SDKGEN.replace('\n\n\ndef transform', `\n\n\n${HELPER.join('\n')}\n\n\ndef transform`);

describe("an owners' private function whose calls were not carried", () => {
  it('is left out, with its hunk for a person, and the module as sdkgen wrote it', () => {
    const result = withoutUncalledOwnersFunctions(PATH, CARRIED, STAINLESS, EDITED, SDKGEN);
    expect(result.names).toEqual(['_to_comma_string']);
    expect(result.text).toBe(SDKGEN);
    expect(result.hunks).toHaveLength(1);
    expect(result.hunks[0]).toContain('+def _to_comma_string(data: object) -> object:');
    expect(uncalledFunctionsReason(result.names)).toMatch(/^`_to_comma_string`: your function/);
  });

  it("takes with it a one-line import the carry added for it alone, which sdkgen's module has not", () => {
    const helper = HELPER.map((line) => line.replace('isinstance(data, list)', 'is_list(data)'));
    const withImport = (text: string) =>
      text
        .replace('from typing import Any\n', 'from typing import Any\n\nfrom ._utils import is_list\n')
        .replace(HELPER.join('\n'), helper.join('\n'));
    const result = withoutUncalledOwnersFunctions(
      PATH,
      withImport(CARRIED),
      withImport(STAINLESS),
      withImport(EDITED),
      SDKGEN,
    );
    expect(result.names).toEqual(['_to_comma_string']);
    expect(result.text).not.toContain('is_list');
  });

  it('stays where the written module calls it (its call carried)', () => {
    const called = CARRIED.replace('-> Any:\n    return data\n', '-> Any:\n    return _to_comma_string(data)\n');
    const result = withoutUncalledOwnersFunctions(PATH, called, STAINLESS, EDITED, SDKGEN);
    expect(result.names).toEqual([]);
    expect(result.text).toBe(called);
  });

  it('stays where the owners never called it either, or a decorator registers it', () => {
    const uncalled = EDITED.replace('    data = _to_comma_string(data)\n', '');
    expect(withoutUncalledOwnersFunctions(PATH, CARRIED, STAINLESS, uncalled, SDKGEN).names).toEqual([]);
    const decorated = (text: string) => text.replace('def _to_comma_string', '@register\ndef _to_comma_string');
    const result = withoutUncalledOwnersFunctions(PATH, decorated(CARRIED), STAINLESS, decorated(EDITED), SDKGEN);
    expect(result.names).toEqual([]);
  });

  it('takes with it a parenthesised import over lines the carry added for it alone', () => {
    const helper = HELPER.map((line) => line.replace('isinstance(data, list)', 'is_list(data)'));
    const withImport = (text: string) =>
      text
        .replace(
          'from typing import Any\n',
          'from typing import Any\n\nfrom ._utils import (\n    is_list,\n    is_dict,\n)\n',
        )
        .replace(HELPER.join('\n'), helper.join('\n'));
    // (sdkgen's module reads `is_dict`: that name of the import stays.)
    const sdkgen = SDKGEN.replace('-> Any:\n    return data\n', '-> Any:\n    return is_dict(data)\n');
    const carried = withImport(CARRIED).replace('-> Any:\n    return data\n', '-> Any:\n    return is_dict(data)\n');
    const result = withoutUncalledOwnersFunctions(PATH, carried, withImport(STAINLESS), withImport(EDITED), sdkgen);
    expect(result.names).toEqual(['_to_comma_string']);
    expect(result.text).not.toContain('is_list');
    expect(result.text).toContain('from ._utils import (\n    is_dict,\n)\n');
    expect(result.text).not.toContain('_to_comma_string');
  });

  it('goes with a decorator that only wraps it (`lru_cache`), and as `async def`', () => {
    const cached = (text: string) =>
      text.replace('def _to_comma_string', '@functools.lru_cache(maxsize=None)\ndef _to_comma_string');
    const result = withoutUncalledOwnersFunctions(PATH, cached(CARRIED), STAINLESS, cached(EDITED), SDKGEN);
    expect(result.names).toEqual(['_to_comma_string']);
    expect(result.text).toBe(SDKGEN);
    const asynchronous = (text: string) => text.replace('def _to_comma_string', 'async def _to_comma_string');
    const awaited = withoutUncalledOwnersFunctions(
      PATH,
      asynchronous(CARRIED),
      STAINLESS,
      asynchronous(EDITED),
      SDKGEN,
    );
    expect(awaited.names).toEqual(['_to_comma_string']);
    expect(awaited.text).toBe(SDKGEN);
  });

  it('goes whole as an `@overload` set with its implementation', () => {
    const overloads = [
      '@overload',
      'def _to_comma_string(data: list[object]) -> str: ...',
      '',
      '',
      '@overload',
      'def _to_comma_string(data: object) -> object: ...',
      '',
      '',
    ].join('\n');
    const overloaded = (text: string) =>
      text.replace('def _to_comma_string(data', `${overloads}def _to_comma_string(data`);
    const result = withoutUncalledOwnersFunctions(PATH, overloaded(CARRIED), STAINLESS, overloaded(EDITED), SDKGEN);
    expect(result.names).toEqual(['_to_comma_string']);
    expect(result.text).toBe(SDKGEN);
  });

  it('stays where another module of the migrated repository imports it', () => {
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: PATH, contents: CARRIED });
    plan.reapplied.push({ path: PATH, hunks: 1 });
    const lib = { path: 'src/acme/lib/commas.py', text: 'from .._utils._transform import _to_comma_string\n' };
    const candidate = { path: PATH, stainless: STAINLESS, edited: EDITED, sdkgens: SDKGEN };
    leaveOutUncalledFunctions(plan, [candidate], () => [{ path: PATH, text: CARRIED }, lib]);
    expect(plan.writes[0].contents).toBe(CARRIED);
    expect(plan.needsHand).toEqual([]);
    // (Imported by none: it goes, its hunk for a person, counted out of the carried ones.)
    leaveOutUncalledFunctions(plan, [candidate], () => [{ path: PATH, text: CARRIED }]);
    expect(plan.writes[0].contents).toBe(SDKGEN);
    expect(plan.needsHand).toHaveLength(1);
    expect(plan.rejected[0].hunks[0]).toContain('+def _to_comma_string(');
    expect(plan.reapplied).toEqual([]);
  });
});

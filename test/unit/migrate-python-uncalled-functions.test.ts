/**
 * The owners' private helper carried without its calls (migrate/python/reapply/uncalled-functions.ts): composio's
 * `_maybe_convert_to_comma_string`, added to Stainless's `_transform.py` for a call in `_transform_recursive`, which
 * sdkgen's runtime does not have. Carried alone, nothing calls it and pyright's strict mode fails the module
 * (`reportUnusedFunction`): it goes to a person with its calls. Kept wherever something still calls it, the owners
 * never called it, or a decorator may register it.
 */
import { describe, expect, it } from 'vitest';
import {
  uncalledFunctionsReason,
  withoutUncalledOwnersFunctions,
} from '../../generator/migrate/python/reapply/uncalled-functions';

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
});

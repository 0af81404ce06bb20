/**
 * Check 4's reading of an owners' constant keyword argument that migrate made the default of the parameter sdkgen's
 * call passes on (bench/migrate-trials/lib/python-forms.mjs `defaultedAlike`; reapply/keyword-arguments.ts): dedalus's
 * `by_alias=True,` in `_compat.model_dump`, sdkgen's `by_alias: bool = True,` and `by_alias=by_alias,`.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { defaultedAlike } from '../bench/migrate-trials/lib/python-forms.mjs';

const REF = [
  'def model_dump(model, *, mode="python"):', // 1
  '    return model.model_dump(', // 2
  '        mode=mode,', // 3
  '        by_alias=True,', // 4
  '    )', // 5
].join('\n');

const NOW = (value: string) =>
  [
    'def model_dump(',
    '    model,',
    '    *,',
    '    mode="python",',
    `    by_alias: bool = ${value},`,
    ') -> Dict[str, Any]:',
    '    return model.model_dump(',
    '        mode=mode,',
    '        by_alias=by_alias,',
    '    )',
  ].join('\n');

describe("an owners' constant keyword argument as the default of the parameter the call passes on", () => {
  it('is the same meaning where the default is their constant', () => {
    expect(defaultedAlike('        by_alias=True,', REF, 4, NOW('True'))).toBe(true);
  });
  it('is not where the default is another value, or the call passes no parameter on', () => {
    expect(defaultedAlike('        by_alias=True,', REF, 4, NOW('False'))).toBe(false);
    expect(
      defaultedAlike('        by_alias=True,', REF, 4, NOW('True').replace('by_alias=by_alias', 'by_alias=x')),
    ).toBe(false);
  });
});

/** Session 55: a constant over several lines (a tuple, a dict, a call of constants), each of its lines read whole. */
describe('a constant keyword argument over several lines', () => {
  const ref = (value: string[]) =>
    [
      'def model_dump(model, *, mode="python"):',
      '    return model.model_dump(',
      '        mode=mode,',
      ...value.map((l) => `        ${l}`),
      '    )',
    ].join('\n');
  const TUPLE = ['by_alias=(', '    "a",', '    "b",', '),'];
  const now = (value: string) => NOW('True').replace('by_alias: bool = True,', `by_alias: bool = ${value},`);

  it('is the same meaning, each of its lines, where the default is that constant (re-indented, re-wrapped)', () => {
    const wrapped = now('(\n        "a",\n        "b",\n    )');
    for (const [k, line] of TUPLE.entries())
      expect(defaultedAlike(`        ${line}`, ref(TUPLE), 4 + k, wrapped)).toBe(true);
    expect(defaultedAlike('        by_alias=(', ref(TUPLE), 4, now('("a", "b")'))).toBe(true);
  });

  it('is not where the default differs, or the value reads a name', () => {
    expect(defaultedAlike('        by_alias=(', ref(TUPLE), 4, now('("a",)'))).toBe(false);
    const reads = ['by_alias=pick(', '    mode,', '),'];
    expect(defaultedAlike('        by_alias=pick(', ref(reads), 4, now('pick(\n        mode,\n    )'))).toBe(false);
  });
});

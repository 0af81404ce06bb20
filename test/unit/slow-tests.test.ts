/**
 * `sweep` (test/helpers/slow-tests.ts): what a sweep over fixtures or projects takes in `npm test` and with
 * SDKGEN_SLOW_TESTS=full.
 */
import { describe, expect, it } from 'vitest';
import { sweep } from '../helpers/slow-tests';

const cases = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
const name = (c: { name: string }) => c.name;

describe('sweep', () => {
  it('takes the kept cases, in the sweep’s order, without SDKGEN_SLOW_TESTS=full', () => {
    expect(sweep('test', cases, name, ['c', 'a'], false)).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('takes every case with SDKGEN_SLOW_TESTS=full', () => {
    expect(sweep('test', cases, name, ['a'], true)).toEqual(cases);
  });

  it('throws on a kept name that is no case, so that a rename cannot empty the default run', () => {
    expect(() => sweep('test', cases, name, ['a', 'gone'], false)).toThrow('test: no case named gone');
  });

  it('takes nothing, without throwing, when there are no cases', () => {
    expect(sweep('test', [], name, ['a'], false)).toEqual([]);
  });
});

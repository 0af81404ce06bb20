/**
 * py-literal.ts's layout of a collection holding one element that does not fit on the line (a long example string in
 * an endpoint test's list or dict): Ruff splits at the brackets and writes no trailing comma, which it would otherwise
 * keep as a magic comma. Checked against Ruff's WebAssembly build: Ruff leaves the layout byte for byte, and formats
 * the flat form into it.
 */
import { describe, expect, it } from 'vitest';
import { formatPython } from '../../generator/format/ruff';
import { pyFlat, pyValue, type PyValue } from '../../generator/emit/python/types/py-literal';

/** `name=<value>,` as a keyword argument of a call inside a method, the way an endpoint test writes it. */
function inCall(value: PyValue): { laid: string; flat: string } {
  const head = '            texts=';
  const module = (v: string) => `class A:\n    def f(self):\n        client.m(\n${head}${v},\n        )\n`;
  return { laid: module(pyValue(value, 12, head.length)), flat: module(pyFlat(value)) };
}

describe('a collection of one element too long for its line', () => {
  const long = 'x'.repeat(104);
  for (const [name, value] of [
    ['a list of one long string', { kind: 'list', items: [long] }],
    ['a dict of one long string', { kind: 'dict', entries: [['instruction', long]] }],
  ] as [string, PyValue][]) {
    it(`${name}: split at its brackets, no trailing comma, as Ruff writes it`, () => {
      const { laid, flat } = inCall(value);
      expect(laid).not.toMatch(/x",\n/);
      expect(formatPython(laid, 'a.py')).toBe(laid);
      expect(formatPython(flat, 'a.py')).toBe(laid);
    });
  }

  it('two elements keep their trailing comma', () => {
    const { laid } = inCall({ kind: 'list', items: [long, 'y'] });
    expect(laid).toContain('"y",\n');
    expect(formatPython(laid, 'a.py')).toBe(laid);
  });
});

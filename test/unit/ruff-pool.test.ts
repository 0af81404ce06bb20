/**
 * Ruff on threads (generator/format/ruff-pool.ts) formats as Ruff on this thread does, and a file it cannot parse
 * fails as there: with the file's name.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RuffPool } from '../../generator/format/ruff-pool';
import { formatPython } from '../../generator/format/ruff';

const pool = RuffPool.start();
afterAll(() => pool?.close());

describe.skipIf(pool === null)('RuffPool', () => {
  it('formats as formatPython does', async () => {
    const texts = [
      "x = {'a':1,\n'b':[1,2,\n3]}\n",
      'def f(a,b):\n  return a+b\n',
      `class C:\n    def method(self, ${Array.from({ length: 30 }, (_, i) => `argument_${i}: int`).join(', ')}) -> None: ...\n`,
    ];
    const formatted = await Promise.all(texts.map((text, i) => pool!.format(text, `f${i}.py`)));
    expect(formatted).toEqual(texts.map((text, i) => formatPython(text, `f${i}.py`)));
    expect(formatted[1]).toBe('def f(a, b):\n    return a + b\n');
  });

  it('names the file Ruff cannot parse', async () => {
    await expect(pool!.format('def f(:\n', 'src/broken.py')).rejects.toThrow(/Ruff cannot format src\/broken\.py/);
  });

  it('in a regeneration, formats on this thread until the text to format calls for a thread', async () => {
    const regeneration = RuffPool.start({ regeneration: true })!;
    try {
      const small = 'def f(a,b):\n  return a+b\n';
      expect(await regeneration.format(small, 'small.py')).toBe('def f(a, b):\n    return a + b\n');
      expect(regeneration.threadsStarted).toBe(0);
      await expect(regeneration.format('def f(:\n', 'src/broken.py')).rejects.toThrow(/Ruff cannot format src\/broken/);
      // Past what this thread takes (a regeneration that changes many files), threads format the rest.
      const large = 'x = [1,2]\n'.repeat(40_000);
      expect(await regeneration.format(large, 'large.py')).toBe(formatPython(large, 'large.py'));
      expect(regeneration.threadsStarted).toBe(1);
    } finally {
      regeneration.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from '../../generator/diff/unified-diff';

describe('unified diff', () => {
  it('finds a minimal line diff', () => {
    const ops = diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
    expect(ops.map((o) => `${o.kind}${o.text}`)).toEqual([' a', '-b', '+x', ' c', ' d', '+e']);
  });

  it('prints hunks with context and line numbers', () => {
    const old = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const changed = old.replace('line 10\n', 'line ten\n');
    const { text, added, removed } = unifiedDiff(old, changed, { old: 'a/f', new: 'b/f' });
    expect(text).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -7,7 +7,7 @@',
        ' line 7',
        ' line 8',
        ' line 9',
        '-line 10',
        '+line ten',
        ' line 11',
        ' line 12',
        ' line 13',
      ].join('\n'),
    );
    expect([added, removed]).toEqual([1, 1]);
  });

  it('handles new and deleted files, and truncates', () => {
    expect(unifiedDiff('', 'a\nb\n', { old: 'x', new: 'y' }).text).toBe('--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b');
    expect(unifiedDiff('a\n', '', { old: 'x', new: 'y' }).text).toBe('--- x\n+++ y\n@@ -1,1 +0,0 @@\n-a');
    const big = unifiedDiff('', Array.from({ length: 50 }, (_, i) => `${i}`).join('\n'), { old: 'x', new: 'y' }, 5);
    expect(big.truncated).toBe(true);
    expect(big.text.split('\n')).toHaveLength(2 + 1 + 5 + 1);
  });

  it('stays correct when the change is too large for a minimal diff', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const ops = diffLines(a, b);
    expect(ops.filter((o) => o.kind !== '+').map((o) => o.text)).toEqual(a);
    expect(ops.filter((o) => o.kind !== '-').map((o) => o.text)).toEqual(b);
  });
});

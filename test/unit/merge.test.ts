/**
 * The three-way merge that keeps a user's edits to generated files (write/merge.ts), checked against
 * `git merge-file` on the same inputs where git is installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../generator/write/merge';

const file = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
const base = file('import a', '', 'class X {', '  one() {}', '  two() {}', '}', '', 'export type T = 1;');

describe('mergeThreeWay', () => {
  it('keeps an edit the generator did not touch and takes the generator change elsewhere', () => {
    const ours = file(
      'import a',
      '',
      'class X {',
      '  one() {}',
      '  mine() {}',
      '  two() {}',
      '}',
      '',
      'export type T = 1;',
    );
    const theirs = file('import a', '', 'class X {', '  one() {}', '  two() {}', '}', '', 'export type T = 2;');
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      text: file('import a', '', 'class X {', '  one() {}', '  mine() {}', '  two() {}', '}', '', 'export type T = 2;'),
      conflicts: 0,
    });
  });

  it('marks different changes to the same lines as a conflict, keeping both', () => {
    const ours = base.replace('export type T = 1;', 'export type T = 3;');
    const theirs = base.replace('export type T = 1;', 'export type T = 2;');
    const { text, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toBe(1);
    expect(text).toContain(
      '<<<<<<< your edits\nexport type T = 3;\n=======\nexport type T = 2;\n>>>>>>> sdkgen (regenerated)\n',
    );
    expect(text.startsWith(file('import a', '', 'class X {'))).toBe(true);
  });

  it('takes the same change once', () => {
    const both = base.replace('two()', 'three()');
    expect(mergeThreeWay(base, both, both)).toEqual({ text: both, conflicts: 0 });
  });

  /** `git merge-file`'s result on the same inputs, or null where git is not installed. */
  function gitMerge(ours: string, theirs: string): string | null {
    if (spawnSync('git', ['--version']).status !== 0) return null;
    const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
    try {
      for (const [name, text] of Object.entries({ base, ours, theirs })) writeFileSync(path.join(dir, name), text);
      spawnSync(
        'git',
        ['merge-file', '-L', 'your edits', '-L', 'base', '-L', 'sdkgen (regenerated)', 'ours', 'base', 'theirs'],
        { cwd: dir },
      );
      return readFileSync(path.join(dir, 'ours'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('agrees with git merge-file on a mix of edits apart, and on edits that overlap', () => {
    const ours = file(
      'import a',
      'import mine',
      '',
      'class X {',
      '  one() { return 1; }',
      '  two() {}',
      '}',
      '',
      'export type T = 1;',
    );
    const theirs = file(
      'import a',
      '',
      'class X {',
      '  one() {}',
      '  two() {}',
      '  three() {}',
      '}',
      '',
      'export type T = 1;',
      'export type U = 2;',
    );
    const overlapping = base.replace('  two() {}\n}\n', '  two() {}\n  four() {}\n}\n').replace('one()', 'uno()');
    for (const [mine, generated] of [
      [ours, theirs],
      [ours, overlapping],
    ]) {
      const expected = gitMerge(mine, generated);
      if (expected === null) return;
      const ourResult = mergeThreeWay(base, mine, generated);
      expect(ourResult.conflicts > 0).toBe(expected.includes('<<<<<<<'));
      if (ourResult.conflicts === 0) expect(ourResult.text).toBe(expected);
    }
  });

  it('takes an insertion right after lines the other side changed, where git merge-file marks a conflict', () => {
    const ours = file('import a', 'import mine', '', 'class X {', '  one() {}', '  two() { return 1; }', '}', '');
    const theirs = file(
      'import a',
      '',
      'class X {',
      '  one() {}',
      '  two() {}',
      '  three() {}',
      '}',
      '',
      'export type T = 1;',
      'export type U = 2;',
    );
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      text: file(
        'import a',
        'import mine',
        '',
        'class X {',
        '  one() {}',
        '  two() { return 1; }',
        '  three() {}',
        '}',
        '',
        'export type U = 2;',
      ),
      conflicts: 0,
    });
    const git = gitMerge(ours, theirs);
    if (git !== null) expect(git).toContain('<<<<<<<');
  });
});

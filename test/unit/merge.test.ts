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

  it('agrees with git merge-file on a mix of edits', () => {
    const git = spawnSync('git', ['--version']);
    if (git.status !== 0) return;
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
    const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
    try {
      for (const [name, text] of Object.entries({ base, ours, theirs })) writeFileSync(path.join(dir, name), text);
      spawnSync(
        'git',
        ['merge-file', '-L', 'your edits', '-L', 'base', '-L', 'sdkgen (regenerated)', 'ours', 'base', 'theirs'],
        { cwd: dir },
      );
      const expected = readFileSync(path.join(dir, 'ours'), 'utf8');
      const ourResult = mergeThreeWay(base, ours, theirs);
      expect(ourResult.conflicts > 0).toBe(expected.includes('<<<<<<<'));
      if (ourResult.conflicts === 0) expect(ourResult.text).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

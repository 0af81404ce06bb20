/**
 * write/merge-reindent.ts: the generator re-nests lines (a new `if …:` or `try {` around them) and the owners had
 * inserted lines among them at the old indent: git marks the whole block a conflict. Merged, the owners' lines
 * re-indented with the lines around them, where that is safe; a conflict otherwise. In Python and TypeScript text,
 * both ways round.
 */
import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../generator/write/merge';
import { edit, file, mergeBothWays } from '../helpers/merge-cases';

const CODE = { code: true };

describe('lines inserted among lines the other side re-nested', () => {
  const python = file(
    'def list(self) -> Page:',
    '    params = {"limit": 10}',
    '    result = self._get("/pets", params=params)',
    '    return result',
  );
  // The generator now wraps the body in a block of its own.
  const wrapped = file(
    'def list(self) -> Page:',
    '    with self._span("list"):',
    '        params = {"limit": 10}',
    '        result = self._get("/pets", params=params)',
    '        return result',
  );
  const owners = edit(python, 2, 2, ['    params["order"] = "asc"', '    if self.debug:', '        log(params)']);

  it('re-indents the owners’ lines with the block the generator wrapped (Python)', () => {
    expect(mergeThreeWay(python, owners, wrapped).conflicts).toBe(1);
    const merged = mergeBothWays(python, owners, wrapped, CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      edit(wrapped, 3, 3, ['        params["order"] = "asc"', '        if self.debug:', '            log(params)']),
    );
  });

  it('re-indents them in TypeScript, the wrapper closing after the block', () => {
    const ts = file('async list() {', '  const page = await this.get(path);', '  return page;', '}');
    const tried = file(
      'async list() {',
      '  try {',
      '    const page = await this.get(path);',
      '    return page;',
      '  } finally {',
      '    this.done();',
      '  }',
      '}',
    );
    const theirs = edit(ts, 2, 2, ['  if (!page) {', "    throw new Error('none');", '  }']);
    const merged = mergeBothWays(ts, theirs, tried, CODE);
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(edit(tried, 3, 3, ['    if (!page) {', "      throw new Error('none');", '    }']));
  });

  it('keeps the conflict where the owners’ lines are further out, or not only inserted', () => {
    // (Before the block's first line, or after its last, an insertion is no conflict: it stays outside, merge.ts.)
    const further = edit(python, 2, 2, ['x = 1']);
    expect(mergeBothWays(python, further, wrapped, CODE).conflicts).toBe(1);
    // The owners changed a line too, not only inserted.
    const changed = edit(edit(python, 2, 2, ['    check()']), 1, 2, ['    params = {"limit": 20}']);
    expect(mergeBothWays(python, changed, wrapped, CODE).conflicts).toBe(1);
    // The generator changed a line beyond its indent.
    const rewritten = wrapped.replace('return result', 'return result.data');
    expect(mergeBothWays(python, owners, rewritten, CODE).conflicts).toBe(1);
    // Not code: left as git leaves it.
    expect(mergeBothWays(python, owners, wrapped).conflicts).toBe(1);
  });
});

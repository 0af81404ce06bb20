/**
 * Emphasis in docstrings as Stainless's Python SDKs write it: a spec's `*after*` is `_after_` (imagekit's "apply
 * _after_ the file is uploaded", agentex's "creator _context_"), in a field's and a method's docstring, which are
 * re-flowed; a class's keeps the spec's lines and its `*` (agentex's `CreatorPrincipal`). A `*` inside a word, a
 * `**strong**` span, code spans and fenced code are left as written.
 */
import { describe, expect, it } from 'vitest';
import {
  classDocstringLayout,
  docProse,
  docstringLayout,
  emphasisUnderscored,
} from '../../generator/emit/python/docs/doc-wrap';

describe('emphasis in docstrings', () => {
  it.each([
    [
      'List of transformations to apply *after* the file is uploaded.',
      'List of transformations to apply _after_ the file is uploaded.',
    ],
    ['URL for the *largest* candidate (*plain*).', 'URL for the _largest_ candidate (_plain_).'],
    // (A `*` of plain text is escaped: resources-docstring-escapes-r29.test.ts.)
    ['**Strong** stays, as does a*b*c and 2 * 3 * 4.', '**Strong** stays, as does a*b*c and 2 \\* 3 \\* 4.'],
    ['A code span `*x*` stays; *y* does not.', 'A code span `*x*` stays; _y_ does not.'],
    ['```\n*x*\n```\n*z*', '```\n*x*\n```\n_z_'],
    ['* a list item with *one* word', '* a list item with _one_ word'],
  ])('%j', (given, want) => {
    expect(emphasisUnderscored(given)).toBe(want);
  });

  it('is written so in re-flowed docstrings, not in a class docstring', () => {
    const text = 'It is creator *context* used only for AuthZ.';
    expect(docProse(text)).toContain('creator _context_ used');
    expect(docstringLayout(text, true).text).toContain('creator _context_ used');
    expect(docstringLayout(text, false).text).toContain('creator _context_ used');
    expect(classDocstringLayout(text).text).toContain('creator *context* used');
  });
});

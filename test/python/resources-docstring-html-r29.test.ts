/**
 * HTML in docstring prose as Markdown reads it (CommonMark's HTML blocks): a line starting with an inline tag and
 * going on with text is the paragraph's own and is re-flowed with it, as Stainless's docstrings have it; a block-level
 * tag, a comment or `<pre>` starts a block kept as written, after a paragraph's line too; a tag alone on its line
 * starts one only where a block starts.
 */
import { describe, expect, it } from 'vitest';
import { docstringLayout, reflowMarkdown } from '../../generator/emit/python/docs/doc-wrap';

const FIRST = 'When ordering by the number of completed checklists, the number of species seen will always be zero.';

describe('HTML lines in docstring prose', () => {
  it('re-flows a line that starts with an inline tag into the paragraph before it', () => {
    expect(reflowMarkdown(`${FIRST}\n<b>Selected Response Field Notes</b>\n\nNext.`)).toBe(
      'When ordering by the number of completed checklists, the number of species seen\n' +
        'will always be zero. <b>Selected Response Field Notes</b>\n\nNext.',
    );
    expect(reflowMarkdown(`${FIRST}\n<em>note</em> and more words`)).toBe(
      'When ordering by the number of completed checklists, the number of species seen\n' +
        'will always be zero. <em>note</em> and more words',
    );
  });

  it('re-flows a paragraph that starts with an inline tag followed by text', () => {
    expect(reflowMarkdown(`<b>Note:</b> ${FIRST}`)).toBe(
      '<b>Note:</b> When ordering by the number of completed checklists, the number of\n' +
        'species seen will always be zero.',
    );
  });

  it('keeps as written a paragraph a block-level tag, a comment or <pre> interrupts', () => {
    for (const html of ['<p>Kept</p>', '</div>', '<!-- a comment -->', '<pre>x  y</pre>', '<table border="1">']) {
      const text = `${FIRST}\n${html}`;
      expect(reflowMarkdown(text)).toBe(text);
    }
  });

  it('keeps a tag alone on its line as a block where a block starts, but not inside a paragraph', () => {
    expect(reflowMarkdown(`<span class="x">\n${FIRST}`)).toBe(`<span class="x">\n${FIRST}`);
    expect(reflowMarkdown(`${FIRST}\n<span>`)).toBe(
      'When ordering by the number of completed checklists, the number of species seen\nwill always be zero. <span>',
    );
  });

  it('sets a method summary apart when the text starts with an inline tag', () => {
    expect(docstringLayout(`<b>Lists</b> the things. ${FIRST}`, false)).toEqual({
      text:
        '<b>Lists</b> the things.\n\nWhen ordering by the number of completed checklists,\n' +
        'the number of species seen will always be zero.',
      opensOnOwnLine: false,
    });
  });
});

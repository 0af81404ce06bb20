import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../generator/emit/typescript/print-doc';

// A description written as a Python docstring (papr's: every line after the first indented by four) is Markdown's
// indented code block after its first paragraph, which Prettier's Markdown printer (Stainless's) prints as it is.
describe('markdownBlocks: an indented code block', () => {
  it('keeps its lines as they are, blank lines within it too, and sets it apart from what follows', () => {
    const text = [
      'Submit feedback on search results.',
      '    ',
      '    This endpoint takes feedback on:',
      '    - answer quality',
      '    - memory relevance',
      '',
      '    **Required Headers**:',
      '    - X-Client-Type',
      '',
      '',
      'A paragraph',
      'after it.',
    ].join('\n');
    expect(markdownBlocks(text).split('\n')).toEqual([
      'Submit feedback on search results.',
      '',
      '    This endpoint takes feedback on:',
      '    - answer quality',
      '    - memory relevance',
      '',
      '    **Required Headers**:',
      '    - X-Client-Type',
      '',
      'A paragraph after it.',
    ]);
  });

  it('is not started by a list item’s indented paragraph, nor by an indented line within a paragraph', () => {
    expect(markdownBlocks(['- an item', '', '    its second paragraph'].join('\n')).split('\n')).toEqual([
      '- an item',
      '',
      // (The item's, set at its text, as Prettier's Markdown printer sets it: test/unit/markdown-item-paragraph.test.ts.)
      '  its second paragraph',
    ]);
    expect(markdownBlocks(['A paragraph', '    goes on here'].join('\n'))).toBe('A paragraph goes on here');
  });
});

import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../generator/emit/typescript/print-doc';

// Backticks indented as the lines of an indented code block around them are that block's text (Markdown opens a fence
// only at less than four spaces): papr's `**Recommended Headers**:` over an indented ```` ``` ```` block is printed as
// it is, with no blank line put before the backticks as before a fence.
describe('markdownBlocks: backticks inside an indented code block', () => {
  it('are code lines, not a fence', () => {
    const text = [
      'Search memories.',
      '    ',
      '    **Recommended Headers**:',
      '    ```',
      '    Accept-Encoding: gzip',
      '    ```',
      '',
      'After.',
    ].join('\n');
    expect(markdownBlocks(text).split('\n')).toEqual([
      'Search memories.',
      '',
      '    **Recommended Headers**:',
      '    ```',
      '    Accept-Encoding: gzip',
      '    ```',
      '',
      'After.',
    ]);
  });

  it('still open a fence at less than four spaces', () => {
    expect(markdownBlocks(['Text:', '```', 'a  b', '```'].join('\n')).split('\n')).toEqual([
      'Text:',
      '',
      '```',
      'a  b',
      '```',
    ]);
  });
});

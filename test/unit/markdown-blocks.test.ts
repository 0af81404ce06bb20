import { describe, expect, it } from 'vitest';
import { jsDoc, markdownBlocks } from '../../generator/emit/typescript/print-doc';

describe('markdownBlocks: descriptions laid out as Stainless prints them (Prettier’s Markdown printer)', () => {
  it('joins the lines of a paragraph and of a list item, and sets blocks apart with a blank line', () => {
    const text = [
      '**Pagination** — all list responses include',
      'pagination fields alongside `data`:',
      '- `total` total matching records;',
      '  `last_page` total pages',
      '- `links` array of page link objects',
      'and their labels',
      '',
      '**Date filters** — date params accept:',
      '```',
      'filter[created_at][start_date]=2026-01-01',
      '  kept   as it is',
      '```',
      'Named range aliases:',
      '',
      '',
      '`today`, `yesterday`',
    ].join('\n');
    expect(markdownBlocks(text).split('\n')).toEqual([
      '**Pagination** — all list responses include pagination fields alongside `data`:',
      '',
      '- `total` total matching records; `last_page` total pages',
      '- `links` array of page link objects and their labels',
      '',
      '**Date filters** — date params accept:',
      '',
      '```',
      'filter[created_at][start_date]=2026-01-01',
      '  kept   as it is',
      '```',
      '',
      'Named range aliases:',
      '',
      '`today`, `yesterday`',
    ]);
  });

  it('keeps a hard line break, and leaves text without line breaks alone', () => {
    expect(markdownBlocks('first line  \nsecond line')).toBe('first line\nsecond line');
    expect(markdownBlocks('one line')).toBe('one line');
  });

  it('is how a Stainless-style doc comment lays out its description, not an sdkgen one', () => {
    const docs = { description: 'A long\nsentence.' };
    expect(jsDoc(docs, [], { block: true, markdown: true })).toBe('/**\n * A long sentence.\n */\n');
    expect(jsDoc(docs, [], { block: true })).toBe('/**\n * A long\n * sentence.\n */\n');
  });
});

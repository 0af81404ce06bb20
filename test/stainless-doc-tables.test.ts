/**
 * A Markdown table in a description, in a Stainless config's SDK, is laid out as Prettier's Markdown printer lays it
 * out (phoebe's `data.observations.recent.species`, issue 89's source distance): columns as wide as their widest cell
 * (at least 3), the delimiter row's dashes as wide, alignment colons kept and cells padded by their alignment.
 */
import { describe, expect, it } from 'vitest';
import { alignTables, jsDoc } from '../generator/emit/typescript/print-doc';

describe('Markdown tables in doc comments', () => {
  it('are padded to their widest cell', () => {
    const table = '| Name | Description |\n| ---------- | ----------- |\n| speciesCode | The eBird species code. |';
    expect(alignTables(`#### URL parameters\n\n${table}\n\nAfter.`)).toBe(
      [
        '#### URL parameters',
        '',
        '| Name        | Description             |',
        '| ----------- | ----------------------- |',
        '| speciesCode | The eBird species code. |',
        '',
        'After.',
      ].join('\n'),
    );
  });

  it('keep alignment, escaped pipes, code, short columns and missing cells', () => {
    const table = '|a|b|c|d|\n|:-|-:|:-:|-|\n| x \\| y | `p` | mid\n';
    expect(alignTables(table)).toBe(
      ['| a      |   b |  c  | d   |', '| :----- | --: | :-: | --- |', '| x \\| y | `p` | mid |     |', ''].join('\n'),
    );
  });

  it('leave lines that are no table, and code fences, as they are', () => {
    const text = '| not | a table |\nplain\n\n```\n| a | b |\n| - | - |\n```';
    expect(alignTables(text)).toBe(text);
  });

  it('are aligned in a Stainless-style comment', () => {
    const description = 'Codes:\n\n| Name | Description |\n| --- | --- |\n| regionCode | The region. |';
    const doc = jsDoc({ description }, [], { markdown: true });
    expect(doc).toContain(' * | Name       | Description |\n * | ---------- | ----------- |\n');
  });
});

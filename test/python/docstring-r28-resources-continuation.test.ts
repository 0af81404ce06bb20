/**
 * A line indented four spaces right after a paragraph's line continues that paragraph (CommonMark: an indented code
 * block cannot interrupt a paragraph), so Stainless's docstrings re-flow it with the rest: Honcho's 2024 spec writes
 * Google-style `Args:\n    app_id (uuid.UUID): …` sections, which its SDK prints as `Args: app_id (uuid.UUID): …`.
 */
import { describe, expect, it } from 'vitest';
import { reflowMarkdown } from '../../generator/emit/python/docs/doc-wrap';

describe('indented lines inside a paragraph', () => {
  it('joins them to the paragraph and wraps it at 80 columns', () => {
    const text =
      'Update an App\n\nArgs:\n    app_id (uuid.UUID): The ID of the app to update\n' +
      '    app (schemas.AppUpdate): The App object containing any new metadata\n\nReturns:\n    schemas.App: The App';
    expect(reflowMarkdown(text)).toBe(
      'Update an App\n\nArgs: app_id (uuid.UUID): The ID of the app to update app (schemas.AppUpdate):\n' +
        'The App object containing any new metadata\n\nReturns: schemas.App: The App',
    );
  });

  it('keeps an indented block after a blank line as code, and re-flows lines indented at several depths', () => {
    expect(reflowMarkdown('Example:\n\n    x  =  1\n    y = 2')).toBe('Example:\n\n    x  =  1\n    y = 2');
    // (A paragraph's lines between two `$` are a math span, kept as written: docstring-math-r30e.test.ts.)
    const schema = 'Schema: {\n  "$defs": {\n    "A": {\n      "type": "string"\n    }\n  }\n}';
    expect(reflowMarkdown(schema)).toBe('Schema: { "$defs": { "A": { "type": "string" } } }');
  });
});

describe('headings and tables', () => {
  it('sets a heading apart with blank lines, the prose after it re-flowed', () => {
    expect(reflowMarkdown('Intro\n#### Notes\nmore\ntext')).toBe('Intro\n\n#### Notes\n\nmore text');
  });

  it("aligns a table's columns (phoebe's eBird docstrings) and ends it at a heading", () => {
    const text =
      '#### URL parameters\n\n| Name | Description |\n| ---------- | ----------- |\n' +
      '| speciesCode | The eBird species code. |\n#### Notes\nThe code.';
    expect(reflowMarkdown(text)).toBe(
      '#### URL parameters\n\n| Name        | Description             |\n| ----------- | ----------------------- |\n' +
        '| speciesCode | The eBird species code. |\n\n#### Notes\n\nThe code.',
    );
    expect(reflowMarkdown('| a | b |\n|:-|-:|\n| x | yyyy |')).toBe('| a   |    b |\n| :-- | ---: |\n| x   | yyyy |');
  });
});

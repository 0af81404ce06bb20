/**
 * Two word-level forms of Stainless's SDKs:
 * - Prettier's Markdown printer escapes an underscore at a word's edge or beside punctuation on either side (llama-stack's
 *   `'pmpt\_<48-digit-hash>'`), but not inside a word or in bracketed text Markdown reads as a reference
 *   (together's `[a-zA-Z\_:][a-zA-Z0-9_:]\*`: the second brackets are the first's label);
 * - `HTML` is one of the words Stainless writes in capitals (knock-mgmt's `EmailHTMLBlock`, in its TypeScript and
 *   Python SDKs alike).
 */
import { describe, expect, it } from 'vitest';
import { escapeLoneUnderscores } from '../../generator/emit/typescript/print-doc';
import { StainlessNames } from '../../generator/naming/stainless';

describe('underscores Prettier escapes', () => {
  it('escapes one before punctuation or at the end of a word', () => {
    expect(escapeLoneUnderscores("Unique identifier in format 'pmpt_<48-digit-hash>'")).toBe(
      "Unique identifier in format 'pmpt\\_<48-digit-hash>'",
    );
    expect(escapeLoneUnderscores('a value_ here, x_: y')).toBe('a value\\_ here, x\\_: y');
    expect(escapeLoneUnderscores('min_* and more')).toBe('min\\_* and more');
  });

  it('leaves one inside a word, in a reference, in code and in emphasis', () => {
    expect(escapeLoneUnderscores('snake_case and file_name.txt')).toBe('snake_case and file_name.txt');
    expect(escapeLoneUnderscores('Must match ^[a-z0-9_-]+$.')).toBe('Must match ^[a-z0-9_-]+$.');
    expect(escapeLoneUnderscores('[a-zA-Z_:][a-zA-Z0-9_:]')).toBe('[a-zA-Z\\_:][a-zA-Z0-9_:]');
    expect(escapeLoneUnderscores('see `pmpt_<id>` and [docs](https://x.test/a_) _Note:_')).toBe(
      'see `pmpt_<id>` and [docs](https://x.test/a_) _Note:_',
    );
  });
});

describe('fixed casings', () => {
  it('writes HTML in capitals', () => {
    const names = new StainlessNames();
    expect(names.pascal('EmailHtmlBlock')).toBe('EmailHTMLBlock');
    expect(names.pascal('html_block')).toBe('HTMLBlock');
    expect(names.camel('get_html')).toBe('getHTML');
  });
});

/**
 * Docstring prose never wraps so that a line starts with an ordered list's marker (`2.`), which Markdown would read as
 * a list item: the word before it moves down with it, as Stainless's wrap does (isaacus's segment `type`, "such as
 * 'Section 2. Definitions'"). A marker ending the text, or with no word before it on its line, wraps as any word.
 */
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../generator/emit/python/docs/doc-wrap';

const TEXT =
  "The addressable 'type' of the segment within the document's referential scheme and hierarchy, whether " +
  "defined explicitly (e.g., by headings, such as 'Section 2. Definitions'), implicitly (e.g., by way of " +
  "reference, such as 'as defined in Section 2'), or by convention.";

describe('wrapping before an ordered list marker', () => {
  it('moves the word before the marker down with it', () => {
    expect(wrapWords(TEXT, 80)).toEqual([
      "The addressable 'type' of the segment within the document's referential scheme",
      'and hierarchy, whether defined explicitly (e.g., by headings, such as',
      "'Section 2. Definitions'), implicitly (e.g., by way of reference, such as 'as",
      "defined in Section 2'), or by convention.",
    ]);
  });

  it('wraps a marker that ends the text, or a lone word before it, as any word', () => {
    expect(wrapWords('aaaa bbbb 2.', 10)).toEqual(['aaaa bbbb', '2.']);
    expect(wrapWords('aaaaaaaaaa 2. b', 10)).toEqual(['aaaaaaaaaa', '2. b']);
    expect(wrapWords('aaaa bbbb 12) more', 10)).toEqual(['aaaa', 'bbbb 12)', 'more']);
  });
});

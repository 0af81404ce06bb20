/** Markdown headings in doc comments (generator/format/wrap-comments.ts): never wrapped, never joined to a paragraph. */
import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../../generator/format/wrap-comments';

/** The comment lines after wrapping at `width` columns. */
const wrap = (lines: string[], width: number, textWidth: number | null = null) =>
  wrapDocComments(lines.join('\n'), width, textWidth).split('\n');

describe('wrapDocComments and Markdown headings', () => {
  it('leaves a heading line past the width on one line', () => {
    const input = ['/**', ' * #### Notes about the returned things', ' */'];
    expect(wrap(input, 26)).toEqual(input);
    expect(wrap(input, 110, 20)).toEqual(input);
  });

  it('leaves headings of every level, indented up to three spaces, whole', () => {
    const input = ['/**', ' * # A first level heading here', ' *   ###### A sixth level heading', ' */'];
    expect(wrap(input, 26)).toEqual(input);
  });

  it('carries no words from the paragraph above into a heading', () => {
    const input = ['/**', ' * one two three four five six', ' * ## Notes', ' */'];
    expect(wrap(input, 26)).toEqual(['/**', ' * one two three four five', ' * six', ' * ## Notes', ' */']);
  });

  it('still wraps a line that only starts with a hash', () => {
    const input = ['/**', ' * #hashtag two three four five six', ' */'];
    expect(wrap(input, 26)).toEqual(['/**', ' * #hashtag two three four', ' * five six', ' */']);
  });

  it('still wraps an indented code-like line: only headings are exempt', () => {
    const input = ['/**', ' *     # four spaces is not a heading here', ' */'];
    expect(wrap(input, 30)).not.toEqual(input);
  });
});

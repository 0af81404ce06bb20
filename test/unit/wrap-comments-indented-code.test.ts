import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../../generator/format/wrap-comments';

// Stainless's comments are Markdown as Prettier prints it: an indented code block (papr's descriptions, written as
// Python docstrings: every line after the first indented by four) is printed as it is, however long its lines; a
// paragraph's long line is wrapped at 80 columns of text, and so is a list item's indented continuation.
const comment = (lines: string[]) =>
  ['  /**', ...lines.map((l) => (l ? `   * ${l}` : '   *')), '   */', '  get(): void;'].join('\n');

describe('wrapDocComments: indented code blocks in Stainless comments', () => {
  const long = 'Only the user who created the feedback or users with appropriate permissions can access it.';

  it('leaves the lines of an indented code block whole', () => {
    const text = comment(['Retrieve feedback by ID.', '', `    ${long}`, '', `    - ${long}`]);
    expect(wrapDocComments(text, 120, 80)).toBe(text);
  });

  it('wraps an indented line under a list item, and a paragraph, as before', () => {
    const text = comment(['- An item:', '', `    ${long}`, '', long]);
    const wrapped = wrapDocComments(text, 120, 80).split('\n');
    expect(wrapped).toContain('   *     Only the user who created the feedback or users with appropriate permissions');
    expect(wrapped).toContain('   * Only the user who created the feedback or users with appropriate permissions can');
  });

  it('wraps a comment whose first line is indented (no code block starts a comment)', () => {
    const text = comment([`    ${long}`]);
    expect(wrapDocComments(text, 120, 80)).not.toBe(text);
  });
});

/**
 * Two forms of Stainless's doc comments (generator/format/wrap-comments.ts), both in imagekit's
 * src/resources/shared.ts (imagekit-developer/imagekit-nodejs): a hard break (Markdown's trailing spaces, kept by
 * markdownBlocks as a line of its own) stays a break when the line above it is wrapped (`aiEdit`: `… inside overlay.`
 * then `See [AI Edit](…)`), and a list item's first word stays on the marker's line however long (`focus`:
 * `- [Object aware cropping](…)`). And after a backslash break, a paragraph's lines break only once they have
 * reached the width, as Prettier 2's Markdown printer (which Stainless's SDKs are printed with) fills them: the
 * expected lines below are that printer's (prettier@2.8.8, `proseWrap: 'always'`) for the same Markdown.
 */
import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../../generator/format/wrap-comments';

/** The comment lines after wrapping at `width` columns (`textWidth` columns of text). */
const wrap = (lines: string[], width: number, textWidth: number | null = null) =>
  wrapDocComments(lines.join('\n'), width, textWidth).split('\n');

describe('a hard break in a Stainless-form doc comment', () => {
  it('keeps the line after it on its own line when the line above wraps', () => {
    const input = ['/**', ' * one two three four five six seven.', ' * See the guide.', ' */'];
    expect(wrap(input, 120, 24)).toEqual([
      '/**',
      ' * one two three four five',
      ' * six seven.',
      ' * See the guide.',
      ' */',
    ]);
  });

  it("keeps it at a property's depth, with a link on the line after", () => {
    const text = [
      'export interface A {',
      '  /**',
      '   * Provide a prompt, e.g., `prompt-snow road` or `prompte-[base64]`. Not supported inside overlay.',
      '   * See [AI Edit](https://x.test/docs/ai-transformations#edit-image-e-edit).',
      '   */',
      '  aiEdit?: string;',
      '}',
    ];
    expect(wrap(text, 120, 80).slice(2, 5)).toEqual([
      '   * Provide a prompt, e.g., `prompt-snow road` or `prompte-[base64]`. Not supported',
      '   * inside overlay.',
      '   * See [AI Edit](https://x.test/docs/ai-transformations#edit-image-e-edit).',
    ]);
  });

  it("still carries words into the next line at the code's width (sdkgen's own comments)", () => {
    const input = ['/**', ' * one two three four five six seven.', ' * See the guide.', ' */'];
    expect(wrap(input, 28)).toEqual(['/**', ' * one two three four five', ' * six seven. See the guide.', ' */']);
  });
});

describe("a list item's first word", () => {
  it('stays on the bullet line when it is longer than the width', () => {
    const input = [
      '/**',
      ' * - See [Focus](https://x.test/f).',
      ' * - [Object aware cropping](https://x.test/docs/image-resize-and-crop#object-aware-cropping)',
      ' */',
    ];
    expect(wrap(input, 120, 40)).toEqual(input);
  });

  it('stays after a numbered marker too, and the words after it wrap under its text', () => {
    const input = ['/**', ' * 1. https://x.test/a-very-long-address-indeed then more words', ' */'];
    expect(wrap(input, 30)).toEqual([
      '/**',
      ' * 1. https://x.test/a-very-long-address-indeed',
      ' *    then more words',
      ' */',
    ]);
  });

  it('still moves to the next line in a paragraph that is no list item', () => {
    const input = ['/**', ' * See https://x.test/a-very-long-address-indeed', ' */'];
    expect(wrap(input, 30)).toEqual(['/**', ' * See', ' * https://x.test/a-very-long-address-indeed', ' */']);
  });
});

describe('a paragraph after a backslash hard break, in a Stainless-form doc comment', () => {
  /** A comment of `lines` (as markdownBlocks writes a paragraph: one line, and one more after each hard break). */
  const doc = (lines: string[]) => ['/**', ...lines.map((l) => ` * ${l}`), ' */'];

  it('breaks a line only once it has reached the width', () => {
    const input = doc([
      '**Upload size** \\',
      'Every account may send files of up to 20MB each in the basic tier, and 100MB for every video. In the larger ' +
        'tiers these ceilings rise to 40MB per file and 2GB per video, and they can be raised further on request by ' +
        'writing to support.',
    ]);
    expect(wrap(input, 120, 40)).toEqual(
      doc([
        '**Upload size** \\',
        'Every account may send files of up to 20MB',
        'each in the basic tier, and 100MB for every',
        'video. In the larger tiers these ceilings',
        'rise to 40MB per file and 2GB per video,',
        'and they can be raised further on request',
        'by writing to support.',
      ]),
    );
  });

  it('is back in step after a second break in the paragraph', () => {
    const input = doc([
      'First part \\',
      'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu \\',
      'nu xi omicron pi rho sigma tau upsilon phi chi psi omega alpha beta gamma delta',
    ]);
    expect(wrap(input, 120, 40)).toEqual(
      doc([
        'First part \\',
        'alpha beta gamma delta epsilon zeta eta theta',
        'iota kappa lambda mu \\',
        'nu xi omicron pi rho sigma tau upsilon',
        'phi chi psi omega alpha beta gamma delta',
      ]),
    );
  });

  it('leaves the next paragraph, and a break of trailing spaces, to the usual width', () => {
    const input = doc(['Title \\', 'short', '', 'one two three four five six seven eight nine ten']);
    expect(wrap(input, 120, 20).slice(4)).toEqual([
      ' * one two three four',
      ' * five six seven eight',
      ' * nine ten',
      ' */',
    ]);
    expect(wrap(doc(['Title', 'one two three four five six seven eight nine ten']), 120, 20).slice(2, 5)).toEqual([
      ' * one two three four',
      ' * five six seven eight',
      ' * nine ten',
    ]);
  });

  it("is sdkgen's usual wrapping at the code's width", () => {
    const input = doc(['Title \\', 'one two three four five six seven eight nine ten']);
    expect(wrap(input, 23).slice(2, 5)).toEqual([' * one two three four', ' * five six seven eight', ' * nine ten']);
  });
});

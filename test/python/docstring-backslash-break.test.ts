/**
 * Stainless's Python docstrings hold a description's Markdown as Prettier 2's Markdown printer prints it (as its
 * TypeScript comments do: test/unit/wrap-comments-hard-breaks.test.ts). After a backslash hard break, that printer
 * breaks a paragraph's lines only once they have reached the width (imagekit-python's `**File size limit** \` paragraphs
 * in resources/files/files.py: lines of 83, 86, 83 columns of text). The expected lines below are prettier@2.8.8's
 * (`parser: 'markdown'`, `proseWrap: 'always'`) for the same Markdown, at the width given; the text is our own.
 */
import { describe, expect, it } from 'vitest';
import { docProse, reflowMarkdown } from '../../generator/emit/python/docs/doc-wrap';

const reflow = (lines: string[], width: number) => reflowMarkdown(lines.join('\n'), width).split('\n');

const LONG =
  'Every account may send files of up to 20MB each in the basic tier, and 100MB for every video. In the larger ' +
  'tiers these ceilings rise to 40MB per file and 2GB per video, and they can be raised further on request by ' +
  'writing to support.';

describe('a docstring paragraph after a backslash hard break', () => {
  it('breaks a line only once it has reached the width', () => {
    expect(reflow(['**Upload size** \\', LONG], 40)).toEqual([
      '**Upload size** \\',
      'Every account may send files of up to 20MB',
      'each in the basic tier, and 100MB for every',
      'video. In the larger tiers these ceilings',
      'rise to 40MB per file and 2GB per video,',
      'and they can be raised further on request',
      'by writing to support.',
    ]);
  });

  it('does so at the docstring width of 80 (docProse)', () => {
    expect(docProse(`**Upload size** \\\n${LONG}`).split('\n')).toEqual([
      '**Upload size** \\',
      'Every account may send files of up to 20MB each in the basic tier, and 100MB for',
      'every video. In the larger tiers these ceilings rise to 40MB per file and 2GB per',
      'video, and they can be raised further on request by writing to support.',
    ]);
  });

  it('is back in step after a second break in the paragraph', () => {
    const input = [
      'First part \\',
      'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu \\',
      'nu xi omicron pi rho sigma tau upsilon phi chi psi omega alpha beta gamma delta',
    ];
    expect(reflow(input, 40)).toEqual([
      'First part \\',
      'alpha beta gamma delta epsilon zeta eta theta',
      'iota kappa lambda mu \\',
      'nu xi omicron pi rho sigma tau upsilon',
      'phi chi psi omega alpha beta gamma delta',
    ]);
  });

  it("does so in a list item's text, under its marker", () => {
    const input = [
      '- **Quota** \\',
      '  Every account may send files of up to 20MB each in the basic tier, and 100MB for every video in it.',
    ];
    expect(reflow(input, 40)).toEqual([
      '- **Quota** \\',
      '  Every account may send files of up to 20MB',
      '  each in the basic tier, and 100MB for every',
      '  video in it.',
    ]);
  });

  it('leaves the next paragraph to the usual width', () => {
    expect(reflow(['Title \\', 'short', '', 'one two three four five six seven eight nine ten'], 20)).toEqual([
      'Title \\',
      'short',
      '',
      'one two three four',
      'five six seven eight',
      'nine ten',
    ]);
  });

  it('is no break where the backslash is escaped (`\\\\`): the lines are joined', () => {
    const input = ['Paths end in C:\\\\', 'Every account may send files of up to 20MB each in the basic tier.'];
    expect(reflow(input, 40)).toEqual([
      'Paths end in C:\\\\ Every account may send',
      'files of up to 20MB each in the basic',
      'tier.',
    ]);
  });
});

describe('the other hard-break forms, as Prettier 2 prints them', () => {
  it('keeps a break of trailing spaces, wrapping the words after it at the usual width', () => {
    const input = [
      'one two three four five six seven eight nine ten eleven twelve thirteen.  ',
      'See the guide for fourteen fifteen sixteen seventeen.',
    ];
    // (Prettier keeps the two spaces; a docstring's line ends are trimmed.)
    expect(reflow(input, 40)).toEqual([
      'one two three four five six seven eight',
      'nine ten eleven twelve thirteen.',
      'See the guide for fourteen fifteen',
      'sixteen seventeen.',
    ]);
  });

  it("keeps a list item's first word on its marker's line however long", () => {
    const input = [
      '- See [the guide](https://x.test/g).',
      '- [Object aware cropping of the uploaded images](https://x.test/docs/image-resize-and-crop#object-aware-cropping) and more words here',
    ];
    expect(reflow(input, 40)).toEqual([
      '- See [the guide](https://x.test/g).',
      '- [Object aware cropping of the uploaded images](https://x.test/docs/image-resize-and-crop#object-aware-cropping)',
      '  and more words here',
    ]);
  });
});

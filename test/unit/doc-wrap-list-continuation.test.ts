/**
 * A list item's continuation lines in a Stainless-form doc comment end by the text width, their hang included, as
 * Prettier's Markdown printer indents an item's text: imagekit's `layerMode` (imagekit-developer/imagekit-nodejs,
 * src/resources/shared.ts) has `*   base image transparent, while transparent areas leave the base image` and
 * `unchanged.` on the next line, the comment's text (after `* `) never past 80 columns.
 */
import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../../generator/format/wrap-comments';

describe("a list item's continuation lines", () => {
  it('take the hang out of their width', () => {
    const item =
      '- `cutout`: Acts as an inverse mask where opaque areas of the layer turn the base image transparent, while ' +
      'transparent areas leave the base image unchanged. This mode functions like a hole-punch, effectively cutting ' +
      'the shape of the layer out of the underlying image.';
    const text = `export interface A {\n  /**\n   * ${item}\n   */\n  layerMode?: string;\n}\n`;
    const lines = wrapDocComments(text, 120, 80).split('\n');
    const doc = lines.filter((l) => l.startsWith('   * ')).map((l) => l.slice('   * '.length));
    expect(doc).toEqual([
      '- `cutout`: Acts as an inverse mask where opaque areas of the layer turn the',
      '  base image transparent, while transparent areas leave the base image',
      '  unchanged. This mode functions like a hole-punch, effectively cutting the',
      '  shape of the layer out of the underlying image.',
    ]);
  });
});

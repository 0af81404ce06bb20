/**
 * A paragraph indented under a list item after a blank line is the item's own (CommonMark), and Prettier's Markdown
 * printer, which Stainless's SDKs print doc comments with, sets it at the item's text: leadsnap's `repeat_type`
 * (karimsamir897/leadsnap-typescript-production) has `*   _Example: run every Monday → …_` under its `- \`week\``
 * item. sdkgen wrote it at the left edge, as a paragraph of its own.
 */
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../generator/emit/typescript/print-doc';

describe('a paragraph indented under a list item', () => {
  it("is set at the item's text; one at the left edge ends the list", () => {
    const text =
      'Pattern:\n\n- `week` runs\n  weekly.\n\n  _Example: every Monday_\n\n- `month` runs monthly.\n\nAfter.';
    expect(markdownBlocks(text)).toBe(
      'Pattern:\n\n- `week` runs weekly.\n\n  _Example: every Monday_\n\n- `month` runs monthly.\n\nAfter.',
    );
    expect(markdownBlocks('- `week` runs weekly.\n\n  _Example_ and\nmore.\n\nAfter.')).toBe(
      '- `week` runs weekly.\n\n  _Example_ and more.\n\nAfter.',
    );
  });
});

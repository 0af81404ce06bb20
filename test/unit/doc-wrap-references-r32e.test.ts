/**
 * Text in square brackets that Markdown reads as a shortcut or collapsed reference (`[a-z0-9_-]`, `[foo_bar][]`,
 * a full reference's label) is written in Stainless's Python docstrings as the spec wrote it: the Markdown formatter
 * that re-flows them prints such a reference from its source, so no `_` or `*` in it is escaped and no `*emphasis*`
 * becomes `_emphasis_` (knock-mgmt's `in the format of ^[a-z0-9_-]+$.`). A link's text (`[x_-y](#z)`) is text, and
 * escaped as before.
 */
import { describe, expect, it } from 'vitest';
import { docProse, docstringLayout } from '../../generator/emit/python/docs/doc-wrap';

describe('square-bracketed text in re-flowed docstrings', () => {
  it("keeps a regex's character class as the spec wrote it (knock-mgmt's broadcast key)", () => {
    const description =
      'The unique key string for the broadcast object.\n\nMust be at minimum 3 characters and at maximum 255 ' +
      'characters in length. Must be in the format of ^[a-z0-9_-]+$.';
    expect(docstringLayout(description, true).text).toBe(
      'The unique key string for the broadcast object.\n\n' +
        'Must be at minimum 3 characters and at maximum 255 characters in length. Must be\n' +
        'in the format of ^[a-z0-9_-]+$.',
    );
    expect(docProse('Must match ^[a-z0-9_-]+$')).toBe('Must match ^[a-z0-9_-]+$');
  });

  it('leaves stars and underscores inside a reference alone, and escapes those around it', () => {
    expect(docProse('see [a *b* c_-] and x_-y')).toBe('see [a *b* c_-] and x\\__-y');
    expect(docProse('collapsed [foo_-][] then (_x)')).toBe('collapsed [foo_-][] then (\\__x)');
    // A full reference: its text is text, its label is not.
    expect(docProse('[a_-b][ref_-x] c')).toBe('[a\\__-b][ref_-x] c');
  });

  it("escapes a link's text as before, and text after an escaped bracket", () => {
    expect(docProse('see [x_-y](#z) and [p_-q]')).toBe('see [x\\__-y](#z) and [p_-q]');
    // (The spec's escape of the bracket is written with the bracket twice, as every backslash escape:
    // test/python/docstring-backslash-escapes-doubled.test.ts.)
    expect(docProse('a \\[b_-c] d')).toBe('a \\[[b\\__-c] d');
  });
});

import { describe, expect, it } from 'vitest';
import { fieldDoc, jsDoc } from '../generator/emit/typescript/print-doc';
import { docsFrom } from '../generator/ir/docs';

// Stainless's SDKs print descriptions through Prettier's Markdown printer, which escapes underscores that could be
// read as emphasis delimiters; sdkgen writes the same comment text.
describe('Markdown underscore escapes in Stainless-style comments', () => {
  const doc = (description: string) => jsDoc(docsFrom({ description }), [], { block: true, markdown: true });

  it('escapes a run of underscores next to punctuation', () => {
    expect(doc("Use '__persistence_strategy': 'merge' to merge.")).toContain(
      "Use '\\_\\_persistence_strategy': 'merge' to merge.",
    );
  });

  it('leaves snake_case, code spans, links and emphasis alone', () => {
    const text = doc('Set `__key__` on snake_case fields, see [docs](https://x.test/a__b) _Example: one_ __done__');
    expect(text).toContain('`__key__`');
    expect(text).toContain('snake_case');
    expect(text).toContain('(https://x.test/a__b)');
    expect(text).toContain('_Example: one_');
    // (Strong emphasis is printed with asterisks, as Prettier prints it: knock's `'**persistence_strategy**'`.)
    expect(text).toContain('**done**');
  });

  it('escapes in field comments but not in code fences', () => {
    const text = fieldDoc(
      docsFrom({ description: 'Keys like (_private) are dropped.\n\n```\n(_kept)\n```' }),
      {
        kind: 'string',
      } as never,
      '',
      { stainless: true },
    );
    expect(text).toContain('(\\_private)');
    expect(text).toContain(' * (_kept)');
  });

  it('leaves plain (non-Markdown) comments as written', () => {
    expect(jsDoc(docsFrom({ description: "Use '__x'" }), [], { block: true })).toContain("'__x'");
  });
});

describe('underscores that cannot open emphasis', () => {
  const doc = (description: string) => jsDoc(docsFrom({ description }), [], { block: true, markdown: true });
  it('leaves a run inside a pattern and emphasis around code spans', () => {
    expect(doc('Must be in the format of ^[a-z0-9_-]+$.')).toContain('^[a-z0-9_-]+$.');
    expect(doc('- `week`: weekly.\n\n  _Example: `repeat_on: 1`_')).toContain('_Example: `repeat_on: 1`_');
  });
});

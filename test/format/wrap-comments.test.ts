/** JSDoc wrapping after formatting (generator/format/wrap-comments.ts): given formatted text, the text written. */
import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../../generator/format/wrap-comments';

const cases: Array<{ name: string; input: string[]; want: string[] }> = [
  {
    name: 'a line past the width breaks at spaces, under the same indentation',
    input: ['  /**', '   * one two three four five six seven', '   */', '  x: string;'],
    want: ['  /**', '   * one two three four', '   * five six seven', '   */', '  x: string;'],
  },
  {
    name: 'lines within the width are left as the author broke them',
    input: ['/**', ' * short', ' * also short', ' */'],
    want: ['/**', ' * short', ' * also short', ' */'],
  },
  {
    name: 'a one-line comment too long becomes a block',
    input: ['  /** one two three four five six seven */', '  x: string;'],
    want: ['  /**', '   * one two three four', '   * five six seven', '   */', '  x: string;'],
  },
  {
    name: "a list item's continuation lines hang under its text",
    input: ['/**', ' * - alpha beta gamma delta epsilon', ' */'],
    want: ['/**', ' * - alpha beta gamma', ' *   delta epsilon', ' */'],
  },
  {
    name: 'code between fences and table rows are never rewrapped',
    input: [
      '/**',
      ' * ```ts',
      ' * const value = await client.things.create({ a: 1 });',
      ' * ```',
      ' * | a long table row | with cells |',
      ' */',
    ],
    want: [
      '/**',
      ' * ```ts',
      ' * const value = await client.things.create({ a: 1 });',
      ' * ```',
      ' * | a long table row | with cells |',
      ' */',
    ],
  },
  {
    name: 'a word longer than the line stays whole',
    input: ['/**', ' * see https://example.com/a/very/long/path/indeed', ' */'],
    want: ['/**', ' * see', ' * https://example.com/a/very/long/path/indeed', ' */'],
  },
  {
    name: 'the words carried over join the next line of the same paragraph, which wraps in turn',
    input: [
      '/**',
      ' * one two three four five six',
      ' * seven eight nine ten eleven',
      ' *',
      ' * next paragraph',
      ' */',
    ],
    want: [
      '/**',
      ' * one two three four five',
      ' * six seven eight nine',
      ' * ten eleven',
      ' *',
      ' * next paragraph',
      ' */',
    ],
  },
  {
    name: 'a tag or a list item after a long line still starts its own line',
    input: [
      '/**',
      ' * one two three four five six',
      ' * @deprecated use x',
      ' * one two three four five six',
      ' * - item',
      ' */',
    ],
    want: [
      '/**',
      ' * one two three four five',
      ' * six',
      ' * @deprecated use x',
      ' * one two three four five',
      ' * six',
      ' * - item',
      ' */',
    ],
  },
  {
    name: 'a `/**` that opens no comment (in a string, after code) leaves the lines after it alone',
    input: [
      "const open = '/**';",
      ' * one two three four five six seven',
      'x; /** one two three four five six seven */',
      ' * one two three four five six seven',
    ],
    want: [
      "const open = '/**';",
      ' * one two three four five six seven',
      'x; /** one two three four five six seven */',
      ' * one two three four five six seven',
    ],
  },
  {
    name: 'a long line that closes a fence is wrapped as text, and the comment after the file’s last code goes on',
    input: ['/**', ' * ```', ' * code code code code code code', ' * ``` one two three four five', ' */', 'x;'],
    want: ['/**', ' * ```', ' * code code code code code code', ' * ``` one two three four', ' * five', ' */', 'x;'],
  },
  {
    name: 'code outside comments is never touched',
    input: ['const text = "one two three four five six seven eight nine";'],
    want: ['const text = "one two three four five six seven eight nine";'],
  },
];

describe('wrapDocComments (width 26)', () => {
  it.each(cases)('$name', ({ input, want }) => {
    expect(wrapDocComments(input.join('\n'), 26).split('\n')).toEqual(want);
  });
});

describe('wrapDocComments with a text width (Stainless: the text after ` * `, however deep)', () => {
  it('wraps each line at the same text width at every depth', () => {
    const input = [
      '/**',
      ' * one two three four five six',
      ' */',
      'namespace A {',
      '      /**',
      '       * one two three four five six',
      '       */',
      '      x: string;',
      '}',
    ];
    expect(wrapDocComments(input.join('\n'), 110, 18).split('\n')).toEqual([
      '/**',
      ' * one two three four',
      ' * five six',
      ' */',
      'namespace A {',
      '      /**',
      '       * one two three four',
      '       * five six',
      '       */',
      '      x: string;',
      '}',
    ]);
  });

  it('keeps a Markdown link whole, its text spaces and all', () => {
    const input = ['/**', ' * Learn more in the [Structured Outputs guide](https://x.test/so). Or not.', ' */'];
    expect(wrapDocComments(input.join('\n'), 110, 24).split('\n')).toEqual([
      '/**',
      ' * Learn more in the',
      ' * [Structured Outputs guide](https://x.test/so).',
      ' * Or not.',
      ' */',
    ]);
    // At the code's width (sdkgen's own wrapping), a link breaks at its spaces like any text.
    expect(wrapDocComments(input.join('\n'), 27).split('\n')[2]).toBe(' * [Structured Outputs');
    // A link after a non-breaking space is whole with the word before it.
    const bound = [
      '/**',
      ' * Must be a valid\u00a0[tz database string](https://x.test/tz). Used for\u00a0[schedules](/s).',
      ' */',
    ];
    expect(wrapDocComments(bound.join('\n'), 110, 24).split('\n')).toEqual([
      '/**',
      ' * Must be a',
      ' * valid\u00a0[tz database string](https://x.test/tz).',
      ' * Used',
      ' * for\u00a0[schedules](/s).',
      ' */',
    ]);
  });

  it("leaves a resource class's description as it is, with a text width", () => {
    const input = ['/**', ' * one two three four five six', ' */', 'export class Widgets extends APIResource {}'];
    expect(wrapDocComments(input.join('\n'), 110, 10)).toBe(input.join('\n'));
    const iface = ['/**', ' * one two three four five six', ' */', 'export interface Widget {}'];
    expect(wrapDocComments(iface.join('\n'), 110, 10).split('\n')[1]).toBe(' * one two');
  });

  it('leaves a line whose text fits alone, however long the whole line', () => {
    const input = ['          /**', '           * one two three', '           */'];
    expect(wrapDocComments(input.join('\n'), 20, 18)).toBe(input.join('\n'));
  });
});

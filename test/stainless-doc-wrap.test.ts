/**
 * With a Stainless config, doc comments wrap at 80 columns of text as Stainless's SDKs wrap them (through Prettier's
 * Markdown printer): an inline code span is never broken, as a Markdown link is not (knock-mgmt's
 * `` `type: dynamic` ``, `` `{{ vars.api_key }}` ``).
 */
import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../generator/format/wrap-comments';

const comment = (text: string) => `/**\n * ${text}\n */\nexport const x = 1;\n`;

describe("a Stainless SDK's doc comments", () => {
  it('keep an inline code span whole where the line breaks', () => {
    const text =
      'Use `type: static` for audiences with explicitly managed members, or `type: dynamic` for audiences with segment-based membership.';
    expect(wrapDocComments(comment(text), 80, 80)).toBe(
      [
        '/**',
        ' * Use `type: static` for audiences with explicitly managed members, or',
        ' * `type: dynamic` for audiences with segment-based membership.',
        ' */',
        'export const x = 1;',
        '',
      ].join('\n'),
    );
  });

  it('keep a span of several backticks whole, and break between words elsewhere', () => {
    const text =
      'Provider settings are obfuscated unless they are Liquid templates (e.g., ``{{ vars.api_key }}``) or plain.';
    const wrapped = wrapDocComments(comment(text), 80, 80).split('\n');
    expect(wrapped[1]).toBe(' * Provider settings are obfuscated unless they are Liquid templates (e.g.,');
    expect(wrapped[2]).toBe(' * ``{{ vars.api_key }}``) or plain.');
  });
});

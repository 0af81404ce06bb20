/**
 * `_` in re-flowed docstring prose as the Markdown formatter behind Stainless's docstrings reads it (Prettier 2's, the
 * older remark parser): a `_` opens emphasis even inside a word, and the next single `_` not followed by a letter or
 * digit closes it, printed `*` where a word touches it (tractorbeam-python's `Graph.owner`, whose spec says
 * `"user_{id}" or "org_{id}"`, reads `"user*{id}" or "org*{id}"`); a lone `_` next to a space is escaped like one next
 * to punctuation (anthropic-sdk-python's `outc\__ ID`, braintrust-api-py's `\__parent_id`). The texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { docProse } from '../../generator/emit/python/docs/doc-wrap';

describe('underscores in docstring prose', () => {
  it('reads two underscores around text as emphasis, inside words too', () => {
    expect(docProse('Keys look like "acct_{n}" or "team_{n}"')).toBe('Keys look like "acct*{n}" or "team*{n}"');
    expect(docProse('Either pre_ or post_.')).toBe('Either pre* or post*.');
    expect(docProse('Then (_all_) of them.')).toBe('Then (_all_) of them.');
  });

  it('leaves underscores inside words, and spans that never close, as text', () => {
    expect(docProse('The snake_case_name and user_id fields.')).toBe('The snake_case_name and user_id fields.');
    expect(docProse('Must begin with team_{n} only.')).toBe('Must begin with team\\__{n} only.');
  });

  it('escapes a lone underscore next to a space', () => {
    expect(docProse('The ID (with a usr_ prefix).')).toBe('The ID (with a usr\\__ prefix).');
    expect(docProse('Set by _internal here.')).toBe('Set by \\__internal here.');
  });

  it('keeps URLs and HTML attributes as they are', () => {
    expect(docProse('See https://example.com/a_/b_. now')).toBe('See https://example.com/a_/b_. now');
    expect(docProse('Use <a href="https://example.com/x" target="_blank">one</a> or <b class="_x">two</b>.')).toBe(
      'Use <a href="https://example.com/x" target="_blank">one</a> or\n<b class="_x">two</b>.',
    );
  });
});

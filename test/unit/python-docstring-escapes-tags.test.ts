/**
 * Two forms of Stainless's Python docstrings:
 * - a backslash of the spec before a letter of a Python escape is written as the spec has it (stagehand's
 *   `event: <status>\ndata: <JSON>\n\n`, casedev's `form-feed (\f)`), and so is one before a quote (papr's
 *   `project(id: \"proj_123\")`); any other backslash is doubled (`\\**`, `\\w`);
 * - an HTML tag with attributes is one word to the wrap (apollo's `<a href="…" target="_blank">Bulk` on a line of
 *   its own rather than `<a` / `href="…"`).
 */
import { describe, expect, it } from 'vitest';
import { pyDocstring } from '../../generator/emit/python/docs/print-doc';
import { wrapWords } from '../../generator/emit/python/docs/doc-wrap';

describe('backslashes in docstrings', () => {
  it('keeps a backslash before an escape letter, as Stainless writes it', () => {
    expect(pyDocstring('Events are sent as `event: <status>\\ndata: <JSON>\\n\\n`.')).toBe(
      '"""Events are sent as `event: <status>\\ndata: <JSON>\\n\\n`."""',
    );
    expect(pyDocstring('form-feed (\\f) characters')).toBe('"""form-feed (\\f) characters"""');
  });

  it("keeps a backslash before a quote, as Stainless writes it (papr's JSON in a docstring)", () => {
    expect(pyDocstring('Send `{"query": "project(id: \\"proj_123\\")"}`.')).toBe(
      '"""Send `{"query": "project(id: \\"proj_123\\")"}`."""',
    );
    // (A quote it escapes still may not touch another: that one is escaped in turn.)
    expect(pyDocstring('ends \\""')).toBe('"""ends \\\\"\\""""');
  });

  it('doubles any other backslash', () => {
    expect(pyDocstring('wildcards like /\\**')).toBe('"""wildcards like /\\\\**"""');
    expect(pyDocstring('regex: ^[\\w\\.-]{1,64}$')).toBe('"""regex: ^[\\\\w\\\\.-]{1,64}$"""');
    expect(pyDocstring('a path C:\\\\new')).toBe('"""a path C:\\\\\\\\new"""');
  });
});

describe('HTML tags in wrapped docstrings', () => {
  const link = '<a href="https://docs.example.com/reference/bulk-people-enrichment" target="_blank">Bulk';
  it('moves a tag with attributes, and the word it touches, to the next line whole', () => {
    const lines = wrapWords(
      `To enrich data for up to 10 people with a single API call, use the ${link} People Enrichment endpoint</a> instead.`,
      80,
    );
    expect(lines).toEqual([
      'To enrich data for up to 10 people with a single API call, use the',
      link,
      'People Enrichment endpoint</a> instead.',
    ]);
  });

  it('keeps a tag that fits on the line, and breaks around bare angle brackets as before', () => {
    expect(wrapWords('visit the <a href="https://x.io/p" target="_blank"> public pricing page', 80)).toEqual([
      'visit the <a href="https://x.io/p" target="_blank"> public pricing page',
    ]);
    expect(wrapWords('when a < b and c > d then <JSON> is sent', 12)).toEqual([
      'when a < b',
      'and c > d',
      'then <JSON>',
      'is sent',
    ]);
  });
});

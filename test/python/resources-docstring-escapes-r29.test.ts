/**
 * The `*` and `_` that Markdown reads as plain text, in re-flowed docstrings, escaped as Stainless's are: the
 * character after a backslash twice (agentex's cron `'0 17 \\** \\** MON-FRI'`, llama-stack's `'conv\\__'`, papr's
 * `(\\__User.objectId)` in the Python source). A `_` inside a word, emphasis and strong spans, code spans, URLs, list
 * markers and a class's docstring (not re-flowed) keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { classDocstringLayout, docProse, docstringLayout } from '../../generator/emit/python/docs/doc-wrap';
import { pyDocstring } from '../../generator/emit/python/docs/print-doc';

const prose = (text: string) => docstringLayout(text, true).text;

describe('Markdown escapes in docstring prose', () => {
  it('escapes every `*` of plain text, written twice after the backslash', () => {
    expect(prose("Cron expression for the cadence (e.g. '0 17 * * MON-FRI').")).toBe(
      "Cron expression for the cadence (e.g. '0 17 \\** \\** MON-FRI').",
    );
    expect(pyDocstring(prose("Cadence (e.g. '0 17 * * MON-FRI')."))).toBe(
      '"""Cadence (e.g. \'0 17 \\\\** \\\\** MON-FRI\')."""',
    );
  });

  it('wraps the lines with the escape one character long, doubling it after', () => {
    expect(
      docProse("Cron expression for the cadence (e.g. '0 17 * * MON-FRI'). Mutually exclusive with interval_seconds."),
    ).toBe(
      "Cron expression for the cadence (e.g. '0 17 \\** \\** MON-FRI'). Mutually exclusive\nwith interval_seconds.",
    );
  });

  it('escapes a run of `_` touching punctuation or the text edge, not one inside a word', () => {
    expect(prose("Must begin with 'conv_'. Messages are added.")).toBe(
      "Must begin with 'conv\\__'. Messages are added.",
    );
    expect(prose('Update user details by user_id (_User.objectId) here.')).toBe(
      'Update user details by user_id (\\__User.objectId) here.',
    );
    expect(prose("Unique identifier in format 'pmpt_<48-digit-hash>'")).toBe(
      "Unique identifier in format 'pmpt\\__<48-digit-hash>'",
    );
    expect(prose('The snake_case name of the user_id field.')).toBe('The snake_case name of the user_id field.');
  });

  it('keeps emphasis, strong spans, code spans, URLs and list markers as they are', () => {
    expect(prose('Use *this* or **that** or `a * b_` or _it_ here.')).toBe(
      'Use _this_ or **that** or `a * b_` or _it_ here.',
    );
    expect(prose('Used **only when the `sizes` attribute is not provided**.')).toBe(
      'Used **only when the `sizes` attribute is not provided**.',
    );
    expect(prose('See https://example.com/a_/b*c for more.')).toBe('See https://example.com/a_/b*c for more.');
    expect(prose('Options:\n\n* one *\n* two')).toBe('Options:\n\n* one \\**\n* two');
    expect(prose('Already escaped \\* here.')).toBe('Already escaped \\** here.');
  });

  it("leaves a class's docstring, not re-flowed, as the spec wrote it", () => {
    expect(classDocstringLayout("Cron (e.g. '0 17 * * MON-FRI').").text).toBe("Cron (e.g. '0 17 * * MON-FRI').");
  });
});

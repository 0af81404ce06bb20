/**
 * A backslash the spec wrote before a character, in re-flowed docstring prose, is written as Stainless's docstrings
 * write the formatter's own `\*`: the character twice after it. Seen in Stainless's Python SDKs: tractorbeam-python's
 * `Graph.name` (`^[\w\.-]{1,64}$` in the spec, `^[\ww\..-]{1,64}$` in the docstring), apollo-sdk-python's
 * `\parameters` (`\pparameters`), llama-cloud-py's `'\.git/'` (`'\..git/'`); but llama-stack-client-python's `\n`
 * and papr's `\"` (Python's own escapes) keep theirs once. The texts below are our own.
 */
import { describe, expect, it } from 'vitest';
import { docProse, docstringLayout } from '../../generator/emit/python/docs/doc-wrap';
import { pyDocstring } from '../../generator/emit/python/docs/print-doc';

describe('a backslash escape in docstring prose', () => {
  it('writes the character after a backslash twice, whatever the character', () => {
    expect(docProse('A slug matching ^[\\w\\.-]{1,32}$ only.')).toBe('A slug matching ^[\\ww\\..-]{1,32}$ only.');
    expect(docProse('Skips files such as \\.cache and \\data.')).toBe('Skips files such as \\..cache and \\ddata.');
    expect(pyDocstring(docProse('Pattern ^\\d+$'))).toBe('"""Pattern ^\\\\dd+$"""');
  });

  it('does so in a method description too', () => {
    expect(docstringLayout('Names like ^[a-z\\-]+$ are kept.', true).text).toBe('Names like ^[a-z\\--]+$ are kept.');
  });

  it("keeps the character once after a backslash making one of Python's escapes", () => {
    expect(docProse('Default: "Row {i}\\nText: {t}\\n"')).toBe('Default: "Row {i}\\nText: {t}\\n"');
    expect(docProse('Call item(id: \\"abc\\") first.')).toBe('Call item(id: \\"abc\\") first.');
  });

  it('keeps an escaped backslash, a hard break, code spans and fenced code as written', () => {
    expect(docProse('A path like C:\\\\Temp here.')).toBe('A path like C:\\\\Temp here.');
    expect(docProse('Use `^[\\w.]+$` as the pattern.')).toBe('Use `^[\\w.]+$` as the pattern.');
    expect(docProse('Example:\n\n```\n^\\d+$\n```')).toBe('Example:\n\n```\n^\\d+$\n```');
    expect(docProse('First line \\\nsecond line')).toBe('First line \\\nsecond line');
  });
});

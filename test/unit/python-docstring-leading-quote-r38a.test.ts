/**
 * A docstring whose text begins with a quote, on the line of the opening quotes: Stainless escapes that quote
 * (parsecular-python's `"""\"self" (default) or "global" (admin only)."""`); one opening on a line of its own does not
 * touch the quotes and is kept.
 */
import { describe, expect, it } from 'vitest';
import { pyDocstring } from '../../generator/emit/python/docs/print-doc';

describe('a leading quote in a docstring', () => {
  it('is escaped after the opening quotes', () => {
    expect(pyDocstring('"self" (default) or "global" (admin only).')).toBe(
      '"""\\"self" (default) or "global" (admin only)."""',
    );
    expect(pyDocstring('"self" or "global"\n\nMore.', '    ')).toBe('"""\\"self" or "global"\n\n    More.\n    """');
  });

  it('is kept on a line of its own', () => {
    expect(pyDocstring('"self" or "global"', '    ', true)).toBe('"""\n    "self" or "global"\n    """');
  });

  it('leaves a text beginning otherwise as it was', () => {
    expect(pyDocstring('The name, "self" or "global"')).toBe('"""The name, "self" or "global" """');
  });
});

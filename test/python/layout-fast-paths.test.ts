/**
 * The short cuts the Python emitter takes for speed (issue 91) answer as the long way does: a line short enough fits
 * whatever its characters, a docstring's closing backslashes are counted from its end, and the names remembered by
 * text are remembered apart for each config's casings.
 */
import { describe, expect, it } from 'vitest';
import { docstringInLayout, fits, Uncertain } from '../../generator/emit/python/py-layout';
import { pyClassName, pyFieldName, pyParamKey, typeModuleName } from '../../generator/naming/python';

describe('fits', () => {
  it('takes a line of up to half the width, wide characters or not', () => {
    expect(fits('字'.repeat(60))).toBe(true);
    expect(fits(`${'é'.repeat(59)}x`)).toBe(true);
  });

  it('still counts a longer line', () => {
    expect(fits('a'.repeat(120))).toBe(true);
    expect(fits('a'.repeat(121))).toBe(false);
    expect(fits(`${'a'.repeat(100)}${'é'.repeat(10)}`)).toBe(true);
    expect(fits('字'.repeat(121))).toBe(false);
    expect(() => fits('字'.repeat(61))).toThrow(Uncertain);
  });
});

describe('docstringInLayout', () => {
  it('counts the backslashes before the closing quotes', () => {
    expect(docstringInLayout('"""Text."""', '    ')).toBe(true);
    expect(docstringInLayout('"""Ends in \\"""', '    ')).toBe(false);
    expect(docstringInLayout('"""Ends in \\\\"""', '    ')).toBe(true);
    expect(docstringInLayout('"""\\\\\\"""', '    ')).toBe(false);
  });

  it('counts them before a closing quote', () => {
    expect(docstringInLayout('"""Says "hi""""', '    ')).toBe(false);
    expect(docstringInLayout('"""Says \\""""', '    ')).toBe(true);
    expect(docstringInLayout('"""Says \\\\""""', '    ')).toBe(false);
  });
});

describe('names remembered by text', () => {
  it('gives the same name each time', () => {
    for (let i = 0; i < 2; i++) {
      expect(pyClassName('trip-details')).toBe('TripDetails');
      expect(pyFieldName('__typename')).toBe('api_typename');
      expect(pyParamKey('__typename')).toBe('_typename');
      expect(typeModuleName('Import')).toBe('import_');
    }
  });

  it("keeps each config's casings apart", () => {
    const casings = new Map([['lumaai', 'LumaAI']]);
    expect(pyClassName('lumaai_client')).toBe('LumaaiClient');
    expect(pyClassName('lumaai_client', casings)).toBe('LumaAIClient');
    expect(pyClassName('lumaai_client')).toBe('LumaaiClient');
  });
});

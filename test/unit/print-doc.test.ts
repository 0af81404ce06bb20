/**
 * JSDoc and literal printing (generator/emit/typescript/print-doc.ts): the only door through which spec text reaches
 * emitted code, so every case asserts the exact text.
 */
import { describe, expect, it } from 'vitest';
import { commentSafe, jsDoc, propertyKey, quoteString } from '../../generator/emit/typescript/print-doc';
import type { Docs } from '../../generator/ir/types';

const docs = (extra: Docs = {}): Docs => ({ ...extra });

describe('jsDoc', () => {
  it.each<{ name: string; given: Docs | null; extra?: string[]; want: string }>([
    { name: 'nothing to say', given: docs(), want: '' },
    { name: 'null docs', given: null, want: '' },
    { name: 'one short line', given: docs({ summary: 'List servers' }), want: '/** List servers */\n' },
    {
      name: 'summary and description',
      given: docs({ summary: 'List', description: 'All of them.' }),
      want: '/**\n * List\n *\n * All of them.\n */\n',
    },
    {
      name: 'description equal to summary is said once',
      given: docs({ summary: 'Same', description: 'Same' }),
      want: '/** Same */\n',
    },
    {
      name: 'deprecated',
      given: docs({ description: 'Old.', deprecated: true }),
      want: '/**\n * Old.\n * @deprecated\n */\n',
    },
    {
      name: 'deprecation message',
      given: docs({ deprecated: 'Use b.\nSoon.' }),
      want: '/** @deprecated Use b. Soon. */\n',
    },
    {
      name: 'comment terminators are escaped',
      given: docs({ summary: 'a */ b /* c' }),
      want: '/** a *\\/ b /\\* c */\n',
    },
    {
      name: 'extra lines after docs are separated by a blank line',
      given: docs({ summary: 'Get' }),
      extra: ['@example', 'x'],
      want: '/**\n * Get\n *\n * @example\n * x\n */\n',
    },
  ])('$name', ({ given, extra, want }) => {
    expect(jsDoc(given, extra)).toBe(want);
  });

  // With no summary/description, a leading '' separator in the extra lines (as plan.ts passes for `@example`) is dropped.
  it('no leading blank line when only extra lines are printed', () => {
    expect(jsDoc(docs(), ['', '@example', 'x'])).toBe('/**\n * @example\n * x\n */\n');
  });
});

describe('quoteString / propertyKey / commentSafe', () => {
  it.each<[string, string]>([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak\r\ttab', "'line\\nbreak\\r\\ttab'"],
    ['\u2028', "'\\u2028'"],
    ['\u0001', "'\\u0001'"],
  ])('quoteString(%j) → %s', (given, want) => {
    expect(quoteString(given)).toBe(want);
  });

  it.each<[string, string]>([
    ['name', 'name'],
    ['$ref', '$ref'],
    ['content-type', "'content-type'"],
    ['1st', "'1st'"],
    ['with space', "'with space'"],
    ['__proto__', "'__proto__'"],
    ['constructor', "'constructor'"],
    ['class', 'class'],
  ])('propertyKey(%j) → %s', (given, want) => {
    expect(propertyKey(given)).toBe(want);
  });

  it('commentSafe removes control characters and normalizes line breaks', () => {
    expect(commentSafe('a\r\nb\u2028c\u0007d*/')).toBe('a\nb\nc' + 'd*\\/');
  });
});

/**
 * What the Python emitter remembers or takes a shorter way to, for speed (issue 91), answers as the long way does:
 * text laid out once per text (text-memo.ts, doc-wrap.ts, print-doc.ts), literals of text that needs no escape
 * written as they are, and the schema ids a method's IR names found by walking it rather than by searching its JSON
 * (unit-keys.ts's referencesOf against key-leaves.ts's referencesIn).
 */
import { describe, expect, it } from 'vitest';
import { referencesIn } from '../../generator/emit/key-leaves';
import { docProse, docstringLayout } from '../../generator/emit/python/docs/doc-wrap';
import { pyDocstring, pyString } from '../../generator/emit/python/docs/print-doc';
import { TextMemo } from '../../generator/emit/python/text-memo';
import { referencesOf } from '../../generator/emit/python/unit-keys';

describe('TextMemo', () => {
  it('computes once per text and variant, and starts again once it holds its limit', () => {
    const memo = new TextMemo<string>(3);
    let calls = 0;
    const get = (variant: string, text: string) => memo.get(variant, text, () => `${variant}:${text}:${++calls}`);
    expect(get('a', 'x')).toBe('a:x:1');
    expect(get('a', 'x')).toBe('a:x:1');
    expect(get('b', 'x')).toBe('b:x:2');
    expect(get('a', 'y')).toBe('a:y:3');
    expect(calls).toBe(3);
    // (Full: the next new text empties it; what it held is computed again when asked for.)
    expect(get('a', 'z')).toBe('a:z:4');
    expect(get('a', 'z')).toBe('a:z:4');
    expect(get('a', 'x')).toBe('a:x:5');
  });
});

/** The per-character escaping of print-doc.ts, as it was written before the fast path: the reference. */
function slowEscape(char: string, inString: boolean): string {
  const code = char.codePointAt(0)!;
  if (char === '\\') return '\\\\';
  if (char === '"' && inString) return '\\"';
  if (char === '\n') return inString ? '\\n' : '\n';
  if (char === '\t') return inString ? '\\t' : '\t';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0x85)
    return `\\u${code.toString(16).padStart(4, '0')}`;
  return char;
}

const TEXTS = [
  'plain words',
  'a "quoted" word',
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'nul\u0000 and bell\u0007 and del\u007f',
  'next line\u0085, separators\u2028\u2029',
  'emoji 😀 (a surrogate pair)',
  'lone \ud800 high and \udc00 low',
  'é, ß, 中文',
  '',
];

describe('Python literals without escapes', () => {
  it('pyString writes every text as the per-character escaping does', () => {
    for (const text of TEXTS) {
      let expected = '"';
      for (const char of text) expected += slowEscape(char, true);
      expect(pyString(text)).toBe(`${expected}"`);
    }
  });

  it('pyDocstring escapes what the per-character escaping escapes, and nothing else', () => {
    for (const text of TEXTS.filter((t) => t.trim() !== '')) {
      let escaped = '';
      for (const char of text.trim()) escaped += slowEscape(char, false);
      // (Quotes touching each other are escaped apart from this: a text without two in a row keeps them.)
      const doc = pyDocstring(text, '    ', true);
      const body = doc.slice(3 + 1 + 4, -(1 + 4 + 3)).replace(/\n {4}/g, '\n');
      expect(body).toBe(escaped.replace(/[ \t]+$/gm, ''));
    }
  });
});

describe('docstrings laid out once per text', () => {
  it('gives the same layout object for the same description and options, another for other options', () => {
    const text = 'Creates a pet. The pet is stored under its name; see <https://example.com> for the rules that apply.';
    const first = docstringLayout(text, true);
    expect(docstringLayout(text, true)).toBe(first);
    expect(docstringLayout(text, false)).not.toBe(first);
    expect(docstringLayout(text, false, true)).toEqual(docstringLayout(text, false, true));
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.text.split('\n')[0]).toBe('Creates a pet.');
    expect(docProse(text)).toBe(docProse(text));
  });
});

describe('referencesOf', () => {
  it('finds the ids referencesIn finds in the JSON, but under the fields left out', () => {
    const ir = {
      name: 'create',
      params: [
        { type: { kind: 'ref', schemaId: 'spec.json#/components/schemas/Pet' } },
        { type: { kind: 'array', items: { kind: 'ref', schemaId: 'with "quote" and \\ backslash' } } },
      ],
      body: { requestVariantOf: 'Owner', description: 'names "schemaId":"NotOne" in its text', skip: undefined },
      errors: [{ type: { kind: 'ref', schemaId: 'Problem' } }],
      example: { schemaId: 'FromAnExample', list: [1, 'two', null, { schemaId: 'Deep' }] },
    };
    const ids: string[] = [];
    referencesOf(ir, ids, ['errors']);
    const { errors: _errors, ...withoutErrors } = ir;
    expect([...ids].sort()).toEqual([...referencesIn(JSON.stringify(withoutErrors))].sort());
    expect(ids).not.toContain('Problem');
    expect(ids).toContain('with "quote" and \\ backslash');
    const all: string[] = [];
    referencesOf(ir, all);
    expect(all).toContain('Problem');
  });
});

/**
 * The escaping functions of generator/emit/typescript/print-doc.ts against hostile text, asserting exact output, plus the
 * property that matters: what they print parses back (TypeScript, and esbuild, which Vite/Vitest/tsx use) to the
 * same value, and never to code.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/hostile/hostile.test.ts samples hostile text (docs/contributing.md, "What `npm test` samples").
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  commentSafe,
  jsDoc,
  markdownSafe,
  propertyKey,
  quoteString,
  templateLiteralText,
  valueKey,
} from '../../generator/emit/typescript/print-doc';
import { findEscapes } from './inert';
import { SLOW_FULL } from '../helpers/slow-tests';

const NASTY = [
  "it's",
  'say "hi"',
  `both ' and "`,
  'back`tick ${x} \\ end\\',
  '*/ x /* y',
  // A character dropped from between the two of `*/` must not leave them side by side.
  '*\u0001/ x /\u0001* y',
  'line\nbreak\r\nwin\rold',
  '\u2028ls\u2029ps',
  '\u0000nul\u001besc\u007fdel',
  '</script><!--',
  '__proto__',
  'constructor',
  '😀 \ud800 lone',
];

/** Evaluate a TypeScript expression after transpiling it (no spec text can run: it is only ever a literal). */
function evaluate(expression: string): unknown {
  const js = ts.transpileModule(`export default (${expression});`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', js)(module, module.exports);
  return module.exports.default;
}

describe.runIf(SLOW_FULL)('quoteString', () => {
  it.each(NASTY)('round-trips %j and stays one literal', (text) => {
    const literal = quoteString(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(evaluate(literal)).toBe(text);
    // Written to a UTF-8 file and read back, it is still the same string (lone surrogates are escaped).
    expect(evaluate(Buffer.from(literal, 'utf8').toString('utf8'))).toBe(text);
  });
});

describe.runIf(SLOW_FULL)('propertyKey / valueKey', () => {
  it.each<[string, string]>([
    ['name', 'name'],
    ['content-type', "'content-type'"],
    ["it's", "'it\\'s'"],
    ['say "hi"', `'say "hi"'`],
    [`both ' and "`, `['both \\' and "']`],
    ['__proto__', "'__proto__'"],
    ['a\nb', "'a\\nb'"],
  ])('propertyKey(%j) → %s', (key, want) => {
    expect(propertyKey(key)).toBe(want);
  });

  it('valueKey writes __proto__ computed, so an object literal gets an own property', () => {
    expect(valueKey('__proto__')).toBe("['__proto__']");
    const value = evaluate(`{ ${valueKey('__proto__')}: 1 }`) as object;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  // esbuild prints a string key that holds both quote characters as a template literal; as the key of a destructuring
  // pattern that is a syntax error, so such keys are computed.
  it.each(NASTY)('a destructuring key for %j survives esbuild and reads the right property', (key) => {
    const source = `const { ${propertyKey(key)}: local } = input as Record<string, number>;\nexport default local;`;
    const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
    const module = { exports: {} as Record<string, unknown> };
    // Through a UTF-8 file, as the generator writes it.
    new Function('module', 'exports', 'input', Buffer.from(code, 'utf8').toString('utf8'))(module, module.exports, {
      [key]: 42,
    });
    expect(module.exports.default).toBe(42);
  });

  it('interfaces with computed keys still type-check', () => {
    const source = `export interface X { ${propertyKey(`a'b"c`)}?: string; ${propertyKey('d')}: number }\nexport const x: X = { d: 1, ['a\\'b"c']: 's' };\n`;
    const result = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { strict: true } });
    expect(result.diagnostics).toEqual([]);
  });
});

describe.runIf(SLOW_FULL)('comments', () => {
  it.each(NASTY)('jsDoc(%j) is one comment', (text) => {
    const marked = `${text} ZZMARK ${text}`;
    const doc = jsDoc({ summary: marked, description: `${marked}\n${marked}`, deprecated: marked }, [marked]);
    const source = `${doc}export const a = 1;\n`;
    const { escapes, syntaxErrors, occurrences } = findEscapes('x.ts', source, ['ZZMARK']);
    expect(syntaxErrors).toEqual([]);
    expect(escapes).toEqual([]);
    expect(occurrences).toBeGreaterThanOrEqual(4);
    expect(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest).statements).toHaveLength(1);
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/);
  });

  it('commentSafe keeps a `//` banner on one line once newlines are folded', () => {
    const banner = `// from ${commentSafe('a\r\nb\u2028c\rd').replace(/\n/g, ' ')}`;
    expect(banner).toBe('// from a b c d');
  });
});

describe.runIf(SLOW_FULL)('templateLiteralText', () => {
  it.each<[string, string]>([
    ['/plain', '/plain'],
    ['/t`pl', '/t\\`pl'],
    ['/${x}', '/\\${x}'],
    ['/$/{', '/$/{'],
    ['/a\\b', '/a\\\\b'],
    ['/a\nb\r\u2028c', '/abc'],
    // A line break dropped from between `$` and `{` must not leave a placeholder.
    ['/$\n{x}', '/\\${x}'],
    ['/nul\u0000esc\u001b', '/nul\\u0000esc\\u001b'],
  ])('templateLiteralText(%j) → %s', (text, want) => {
    expect(templateLiteralText(text)).toBe(want);
  });

  it('the static part of a path template evaluates to the text (minus line breaks) and nothing runs', () => {
    const text = '/q\'"\\/`${globalThis.__pwned=1}`/\u0000';
    const expression = `\`${templateLiteralText(text)}\${'v'}\``;
    expect(evaluate(expression)).toBe(`${text}v`);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });
});

describe.runIf(SLOW_FULL)('markdownSafe', () => {
  it.each<[string, string]>([
    ['plain text', 'plain text'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['title="x" onclick="y"', 'title=&quot;x&quot; onclick=&quot;y&quot;'],
    ['&lt;img&gt; &#60; AT&T', '&amp;lt;img&amp;gt; &amp;#60; AT&T'],
    ['```\n<b>', '\\```\n&lt;b&gt;'],
    ['~~~~ x', '\\~~~~ x'],
    ['`code` stays', '`code` stays'],
    [
      '[x](javascript:alert(1)) [y](JavaScript :alert(1)) ![i](data:image/png;base64,AA)',
      '[x](javascript :alert(1)) [y](JavaScript  :alert(1)) ![i](data :image/png;base64,AA)',
    ],
    ['metadata: kept, data: kept', 'metadata: kept, data: kept'],
    ['a\r\nb\rc\u2028d', 'a\nb\nc d'],
    ['bell\u0007 esc\u001b[31m nul\u0000', 'bell esc[31m nul'],
  ])('markdownSafe(%j) → %j', (text, want) => {
    expect(markdownSafe(text)).toBe(want);
  });
});

describe.runIf(SLOW_FULL)('size', () => {
  it('jsDoc copes with a description of 400,000 lines (no call-stack overflow)', () => {
    const description = 'lorem ipsum\n'.repeat(400_000);
    const doc = jsDoc({ description }, ['', '@example', 'x']);
    expect(doc.split('\n')).toHaveLength(400_000 + 6);
    expect(doc.startsWith('/**\n * lorem ipsum\n')).toBe(true);
    expect(doc.endsWith(' * @example\n * x\n */\n')).toBe(true);
  });
});

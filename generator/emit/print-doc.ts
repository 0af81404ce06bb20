/**
 * The only doors through which spec text reaches emitted code: JSDoc comments, string literals and
 * property keys. Everything a spec says is escaped here; templates and printers never escape themselves.
 */
import type { Docs } from '../ir/types';
import { isIdentifierName } from '../naming/reserved';

/** Make text safe inside a block comment: no `*\/`, no line separators that break `//` or JS parsing. */
export function commentSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** A JSDoc block for `docs` (and extra tag lines), or "" when there is nothing to say. */
export function jsDoc(docs: Docs | null, extra: string[] = []): string {
  const lines: string[] = [];
  if (docs) {
    const summary = docs.summary?.trim();
    const description = docs.description?.trim();
    if (summary) lines.push(...commentSafe(summary).split('\n'));
    if (description && description !== summary) {
      if (lines.length > 0) lines.push('');
      lines.push(...commentSafe(description).split('\n'));
    }
    if (docs.deprecated) {
      lines.push(typeof docs.deprecated === 'string' ? `@deprecated ${commentSafe(docs.deprecated).replace(/\n/g, ' ')}` : '@deprecated');
    }
  }
  if (extra.length > 0 && lines.length > 0 && extra[0] !== '') lines.push('');
  for (const line of extra) lines.push(...commentSafe(line).split('\n'));
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  if (lines.length === 0) return '';
  if (lines.length === 1 && lines[0].length < 90) return `/** ${lines[0].trimEnd()} */\n`;
  return `/**\n${lines.map((l) => (l.trim() === '' ? ' *' : ` * ${l.trimEnd()}`)).join('\n')}\n */\n`;
}

/** A single-quoted TypeScript string literal for any text. */
export function quoteString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A property key: bare when it is an identifier, quoted otherwise (and for `__proto__`). */
export function propertyKey(key: string): string {
  return isIdentifierName(key) && key !== '__proto__' && key !== 'constructor' ? key : quoteString(key);
}

/**
 * A key in an object literal that builds a value (query, headers, body). `__proto__: x` in a literal sets the
 * prototype instead of a property, so that one key is written computed.
 */
export function valueKey(key: string): string {
  return key === '__proto__' ? "['__proto__']" : propertyKey(key);
}

/** Text for a template literal's static part (path templates): escapes backticks, `${` and backslashes. */
export function templateLiteralText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/[\r\n\u2028\u2029]/g, '');
}

/** Text inside Markdown (README, api.md): inline code spans and HTML-ish sequences neutralised. */
export function markdownSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\u2028\u2029]/g, ' ');
}

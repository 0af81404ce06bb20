/**
 * The only doors through which spec text reaches emitted code: JSDoc comments, string literals and
 * property keys. Everything a spec says is escaped here; templates and printers never escape themselves.
 */
import type { Docs, TypeRef } from '../../ir/types';
import { docsFrom } from '../../ir/docs';
import { isIdentifierName } from '../../naming/reserved';
import { htmlBreaksAsParagraphs } from '../doc-text';

/** Make text safe inside a block comment: no `*\/`, no line separators that break `//` or JS parsing. */
export function commentSafe(text: string): string {
  // Most text has none of the characters the replacements below act on (a spec has thousands of descriptions).
  if (!COMMENT_UNSAFE.test(text)) return text;
  // Control characters go first: dropped from between `*` and `/`, they would leave a `*\/` no escape saw.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/[\u2028\u2029]/g, '\n');
}

/** Whatever some replacement in commentSafe acts on: `*\/`, `/*`, line separators, control characters. */
const COMMENT_UNSAFE = /[\r\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\*\/|\/\*/;

/**
 * A JSDoc block for `docs` (and extra tag lines), or "" when there is nothing to say. One short line is written on
 * one line (`/** … *\/`) unless `block`, as Stainless's SDKs write every comment.
 */
export function jsDoc(
  docs: Docs | null,
  extra: string[] = [],
  {
    block = false,
    markdown = false,
    leadingBlank = false,
  }: {
    block?: boolean;
    markdown?: boolean;
    /** A description that starts with an empty line keeps it (as Stainless's SDKs print a resource's tag's). */
    leadingBlank?: boolean;
  } = {},
): string {
  const lines: string[] = [];
  if (docs) {
    const summary = docs.summary?.trim();
    const description = docs.description?.trim();
    if (summary) addLines(lines, summary, markdown);
    if (description && description !== summary) {
      if (lines.length > 0) lines.push('');
      addLines(lines, description, markdown);
    }
    if (docs.deprecated) {
      // Stainless's SDKs set the tag apart from the description (`Unregister a shield.\n *\n * @deprecated`).
      if (block && lines.length > 0) lines.push('');
      lines.push(
        typeof docs.deprecated === 'string'
          ? `@deprecated ${commentSafe(docs.deprecated).replace(/\n/g, ' ')}`
          : '@deprecated',
      );
    }
  }
  if (extra.length > 0 && lines.length > 0 && extra[0] !== '') lines.push('');
  for (const line of extra) addLines(lines, line, false);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  let first = 0;
  while (first < lines.length && lines[first].trim() === '') first++;
  if (first > 0) lines.splice(0, first);
  if (lines.length === 0) return '';
  if (leadingBlank && !docs?.summary?.trim() && /^[ \t]*\n/.test(docs?.description ?? '')) lines.unshift('');
  if (!block && lines.length === 1 && lines[0].length < 90) return `/** ${lines[0].trimEnd()} */\n`;
  let out = '/**\n';
  for (const l of lines) {
    // (A line of spaces only trims to nothing at its end too.)
    const text = l.trimEnd();
    out += text === '' ? ' *\n' : ` * ${text}\n`;
  }
  return `${out} */\n`;
}

/** `text` made comment-safe (and laid out as Markdown when `markdown`), added to `lines` line by line. */
function addLines(lines: string[], text: string, markdown: boolean): void {
  const safe = markdown
    ? alignTables(escapeLoneUnderscores(starStrong(underscoreEmphasis(markdownBlocks(commentSafe(text))))))
    : commentSafe(text);
  // Not `lines.push(...many)`: a description of a few hundred thousand lines would overflow the call stack.
  if (!safe.includes('\n')) lines.push(safe);
  else for (const line of safe.split('\n')) lines.push(line);
}

/**
 * Text laid out as Markdown is printed (as Stainless's SDKs print the spec's descriptions, through Prettier's Markdown
 * printer): the lines of a paragraph or a list item joined (the comment wrapper breaks them again at the width), and
 * a blank line between blocks (paragraphs, lists, code fences, headings, tables; an HTML `<br>` parts paragraphs).
 * Code in fences is left as it is.
 */
export function markdownBlocks(markdown: string): string {
  const text = htmlBreaksAsParagraphs(markdown);
  if (!text.includes('\n')) return text;
  const out: string[] = [];
  type Kind = 'blank' | 'para' | 'item' | 'heading' | 'table' | 'fence' | 'code';
  let kind: Kind = 'blank';
  let fenced = false;
  // The kind of the block before the last blank line (an indented line after a list item goes on with the item), and
  // the blank lines inside an indented code block not yet written (a block's trailing ones are not its).
  let before: Kind = 'blank';
  let codeBlanks = 0;
  let hardBreak = false;
  // A list's first item's indentation, which Prettier takes off its items (`  - a` under a paragraph is `- a`), and
  // where the text of the last item starts (a line after its hard break is set there).
  let listIndent = 0;
  let itemText = 0;
  const blankBefore = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    // (Backticks indented as an indented code block's lines are its text, no fence.)
    if (/^\s*(```|~~~)/.test(line) && !(kind === 'code' && indentWidth(raw) >= 4)) {
      if (!fenced) blankBefore();
      out.push(line);
      fenced = !fenced;
      kind = 'fence';
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    if (line.trim() === '') {
      if (kind === 'code') {
        codeBlanks++;
        continue;
      }
      blankBefore();
      if (kind !== 'blank') before = kind;
      kind = 'blank';
      continue;
    }
    // An indented code block (four spaces, after a blank line and not in a list) is printed as it is, unwrapped.
    const codeLine = indentWidth(raw) >= 4;
    if (codeLine && (kind === 'code' || (kind === 'blank' && before !== 'item' && out.length > 0))) {
      if (kind === 'code') for (; codeBlanks > 0; codeBlanks--) out.push('');
      else blankBefore();
      out.push(line);
      kind = 'code';
      continue;
    }
    if (kind === 'code') {
      codeBlanks = 0;
      blankBefore();
      kind = 'blank';
      before = 'code';
    }
    const item = /^\s*([-*+]|\d+[.)])\s+/.test(line);
    const next = item ? 'item' : /^\s*#/.test(line) ? 'heading' : /^\s*\|/.test(line) ? 'table' : 'para';
    // A paragraph's next line, or an item's (a line that is not an item of its own, indented or not), unless the line
    // before ends in a hard break. A table's rows right under a paragraph's line are its text: Prettier's Markdown
    // parser starts a table only after a blank line.
    const joined = (next === 'para' || next === 'table') && (kind === 'para' || kind === 'item') && !hardBreak;
    const brokenItem = next === 'para' && kind === 'item' && hardBreak;
    hardBreak = /( {2}|\\)$/.test(raw);
    if (joined) {
      out[out.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (brokenItem) {
      out.push(`${' '.repeat(itemText)}${line.trim()}`);
      continue;
    }
    if (next === 'item') {
      const indent = /^\s*/.exec(line)![0].length;
      if (kind !== 'item') listIndent = indent;
      // (Prettier's Markdown printer writes a bullet `-`, as Stainless's SDKs have every one.)
      const item = line.slice(Math.min(indent, listIndent)).replace(/^(\s*)[*+](?=\s)/, '$1-');
      itemText = /^\s*([-*+]|\d+[.)])\s+/.exec(item)![0].length;
      if (kind !== 'item') blankBefore();
      out.push(item);
      kind = 'item';
      continue;
    }
    // A paragraph indented under a list item, after a blank line, is the item's too (Markdown's rule): set at its text,
    // as Prettier prints it (leadsnap's `  _Example: run every Monday …_` under its `- \`week\` …` item).
    if (next === 'para' && kind === 'blank' && before === 'item' && itemText > 0 && indentWidth(raw) >= itemText) {
      blankBefore();
      out.push(`${' '.repeat(itemText)}${line.trim()}`);
      kind = 'item';
      continue;
    }
    if (next !== kind || next === 'heading') blankBefore();
    if (kind === 'fence') blankBefore();
    out.push(next === 'para' ? line.trimStart() : line);
    kind = next;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** How far a line is indented, a tab counting as four spaces (Markdown's tab stop). */
function indentWidth(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Markdown tables laid out as Prettier's Markdown printer lays them out (Stainless's SDKs' comments): each column as
 * wide as its widest cell (at least 3), cells padded on the side their alignment leaves free, the delimiter row's
 * dashes as wide as the column. A block of `|` lines whose second line is not a delimiter row is left as it is.
 */
export function alignTables(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  let fenced = false;
  for (let start = 0; start < lines.length; start++) {
    if (/^\s*(```|~~~)/.test(lines[start])) fenced = !fenced;
    if (fenced || !/^\s*\|/.test(lines[start])) continue;
    let end = start;
    while (end < lines.length && /^\s*\|/.test(lines[end])) end++;
    const aligned = alignedTable(lines.slice(start, end));
    if (aligned) lines.splice(start, end - start, ...aligned);
    start = end - 1;
  }
  return lines.join('\n');
}

function alignedTable(rows: string[]): string[] | null {
  const indent = /^\s*/.exec(rows[0])![0];
  const cells = rows.map(tableCells);
  const delimiter = cells[1];
  if (!delimiter || !delimiter.every((c) => /^:?-+:?$/.test(c))) return null;
  const columns = cells[0].length;
  if (delimiter.length !== columns) return null;
  const align = delimiter.map((c) =>
    c.startsWith(':') ? (c.endsWith(':') ? 'center' : 'left') : c.endsWith(':') ? 'right' : 'none',
  );
  const body = cells.filter((_, i) => i !== 1).map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
  const widths = align.map((_, i) => Math.max(3, ...body.map((row) => [...row[i]].length)));
  const pad = (cell: string, i: number) => {
    const room = widths[i] - [...cell].length;
    if (align[i] === 'right') return ' '.repeat(room) + cell;
    if (align[i] === 'center') return ' '.repeat(Math.floor(room / 2)) + cell + ' '.repeat(Math.ceil(room / 2));
    return cell + ' '.repeat(room);
  };
  const dashes = (i: number) => {
    const a = align[i];
    const inner = '-'.repeat(widths[i] - (a === 'center' ? 2 : a === 'none' ? 0 : 1));
    return a === 'center' ? `:${inner}:` : a === 'left' ? `:${inner}` : a === 'right' ? `${inner}:` : inner;
  };
  const line = (row: string[]) => `${indent}| ${row.join(' | ')} |`;
  const printed = body.map((row) => line(row.map(pad)));
  printed.splice(1, 0, line(align.map((_, i) => dashes(i))));
  return printed;
}

/** A table row's cells, trimmed: split at every `|` not escaped (`\\|`), in code spans too, as GFM reads a row. */
function tableCells(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** `*text*` emphasis as Prettier's Markdown printer writes it, `_text_`: not inside a word, code or a fence. */
export function underscoreEmphasis(text: string): string {
  return replaceOutsideCode(text, '*', STAR_EMPHASIS, '$1_$2_');
}

/**
 * `__text__` strong emphasis as Prettier's Markdown printer writes it, `**text**` (knock's
 * `'__persistence_strategy__'`): not inside a word, code or a fence.
 */
export function starStrong(text: string): string {
  return replaceOutsideCode(text, '__', UNDERSCORE_STRONG, '$1**$2**');
}

/** `pattern` replaced on the lines holding `marker`, outside code spans and fenced blocks. */
function replaceOutsideCode(text: string, marker: string, pattern: RegExp, replacement: string): string {
  if (!text.includes(marker)) return text;
  let fenced = false;
  const lines = text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && line.includes(marker))
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, replacement)))
        .join('');
    return line;
  });
  return lines.join('\n');
}

/** `__text__` after a space or punctuation, before one: not around spaces, no `__` or `*` in it, not in a link. */
const UNDERSCORE_STRONG = /(^|[^\w\\(/:])__(?![\s_])((?:(?!__)[^*\n])*?[^\s_\\])__(?![\w_])/g;

/** `*text*` after a space or punctuation, before one: not `**`, not around spaces, no `_` in it. */
const STAR_EMPHASIS = /(^|[^\w*\\])\*(?![\s*])([^*_\n]*?[^\s*_\\])\*(?![\w*])/g;

/**
 * Underscores that Prettier's Markdown printer escapes, as Stainless's SDKs print them: a run of `_` at a word's edge or
 * beside punctuation (`'__name'`, `'pmpt_<hash>'`), unless it opens emphasis that a later run closes (`_Note:_`); never
 * in code (backtick spans, fences), a link's address, a bracketed text that is no link's (`^[a-z0-9_-]+$`, which
 * Markdown reads as a reference) or inside a word (`snake_case`).
 */
export function escapeLoneUnderscores(text: string): string {
  if (!text.includes('_')) return text;
  const out: string[] = [];
  let block: string[] = [];
  let fenced = false;
  const flush = () => {
    if (block.length > 0) out.push(escapeBlockUnderscores(block.join('\n')));
    block = [];
  };
  for (const line of text.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    if (fence || fenced || line.trim() === '') {
      flush();
      out.push(line);
      if (fence) fenced = !fenced;
    } else block.push(line);
  }
  flush();
  return out.join('\n');
}

/**
 * Code spans, link addresses, URLs, already escaped characters and bracketed text no link's (Prettier prints a
 * reference as written): left as they are.
 */
const VERBATIM =
  /(`+)[^`]*?\1|\]\([^)\s]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|https?:\/\/[^\s)>\]]+|\\.|\[[^\]\n]*\](?![[(])/gi;

/** What Prettier counts as punctuation beside an underscore: ASCII's and Unicode's. */
const PUNCTUATION = /[!-/:-@[-`{-~\p{P}]/u;

/** One paragraph: its `_` runs at a word's edge or beside punctuation are escaped, unless they pair up as emphasis. */
function escapeBlockUnderscores(block: string): string {
  if (!block.includes('_')) return block;
  // Verbatim stretches read as plain letters, so a run next to one is judged as next to text.
  const plain = block.replace(VERBATIM, (m) => 'x'.repeat(m.length));
  const runs = [...plain.matchAll(/_+/g)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = plain[start - 1];
    const after = plain[end];
    const edge = (c: string | undefined) => c === undefined || /\s/.test(c) || PUNCTUATION.test(c);
    const opens = after !== undefined && !/\s/.test(after) && edge(before);
    const closes = before !== undefined && !/\s/.test(before) && edge(after);
    return { start, end, opens, closes, escaped: edge(before) || edge(after) };
  });
  const emphasis = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    if (emphasis.has(i) || !runs[i].opens) continue;
    const length = runs[i].end - runs[i].start;
    const closer = runs.findIndex((r, j) => j > i && r.closes && r.end - r.start === length && !emphasis.has(j));
    if (closer > i) emphasis.add(i).add(closer);
  }
  let out = '';
  let last = 0;
  runs.forEach((run, i) => {
    if (!run.escaped || emphasis.has(i)) return;
    out += block.slice(last, run.start) + '\\_'.repeat(run.end - run.start);
    last = run.end;
  });
  return out + block.slice(last);
}

/**
 * The JSDoc of a field (a property or a params field): its description (after `label`, such as `Query param:`),
 * then what the schema says about its values (format, bounds, pattern, default), then `@deprecated`. As
 * Stainless's SDKs write it (`stainless`): the description alone, in a block, after `@deprecated` when it is; the
 * label alone (`Body param`, or `Body param:` with `labelColon`, as older ones wrote it) when there is none.
 */
export function fieldDoc(
  docs: Docs,
  type: TypeRef,
  label = '',
  { stainless = false, labelColon = false } = {},
): string {
  const summary = docs.summary?.trim();
  const details = docs.description?.trim();
  const description = summary && details ? `${summary}\n\n${details}` : summary || details;
  const notes = stainless ? '' : valueNotes(type, docs.default ?? null);
  // Stainless's SDKs open a deprecated field's description with the tag: `@deprecated Use channel.id instead.`
  const tagged = stainless && docs.deprecated === true && description !== undefined && description !== '';
  // Stainless's SDKs say where an undescribed params field goes all the same (`Body param`).
  const bare = stainless ? label.replace(labelColon ? /\s+$/ : /:\s*$/, '') : '';
  const said = description ? `${tagged ? '@deprecated ' : ''}${label}${description}` : bare;
  const text = said && notes ? `${said}\n\n${notes}` : said || notes;
  const deprecated = tagged ? false : docs.deprecated;
  // Most fields say nothing: no comment (what jsDoc gives for no text and no tag).
  if (!text && !deprecated) return '';
  const shown = docsFrom({ description: text || null, deprecated, example: docs.example, default: docs.default });
  return jsDoc(shown, [], { block: stainless, markdown: stainless });
}

/** What a schema says about its values, as one sentence list: "Format: uuid. Minimum: 1. Defaults to 20." */
function valueNotes(type: TypeRef, defaultJson: string | null): string {
  const notes: string[] = [];
  // A nullable scalar: the constraints are the non-null variant's.
  const scalar = type.kind === 'union' ? onlyNonNull(type.variants) : type;
  if (scalar?.kind === 'string') {
    if (scalar.format) notes.push(`Format: ${scalar.format}.`);
    const { minLength, maxLength, pattern } = scalar.constraints ?? {};
    if (minLength !== undefined && maxLength !== undefined)
      notes.push(
        minLength === maxLength ? `Exactly ${minLength} characters.` : `${minLength} to ${maxLength} characters.`,
      );
    else if (minLength !== undefined && minLength > 0)
      notes.push(`At least ${minLength} character${minLength === 1 ? '' : 's'}.`);
    else if (maxLength !== undefined) notes.push(`At most ${maxLength} characters.`);
    if (pattern !== undefined && pattern.length <= 80) notes.push(`Pattern: \`${pattern.replace(/`/g, '\\`')}\`.`);
  } else if (scalar?.kind === 'number' || scalar?.kind === 'integer') {
    const c = scalar.constraints ?? {};
    if (c.minimum !== undefined) notes.push(`Minimum: ${c.minimum}.`);
    if (c.exclusiveMinimum !== undefined) notes.push(`Greater than ${c.exclusiveMinimum}.`);
    if (c.maximum !== undefined) notes.push(`Maximum: ${c.maximum}.`);
    if (c.exclusiveMaximum !== undefined) notes.push(`Less than ${c.exclusiveMaximum}.`);
    if (c.multipleOf !== undefined) notes.push(`A multiple of ${c.multipleOf}.`);
  }
  if (defaultJson !== null && defaultJson.length <= 80)
    notes.push(`Defaults to \`${defaultJson.replace(/`/g, '\\`')}\`.`);
  return notes.join(' ');
}

/** The one variant that is not `null`, or null when there are more or none. */
function onlyNonNull(variants: TypeRef[]): TypeRef | null {
  let found: TypeRef | null = null;
  for (const v of variants) {
    if (v.kind === 'null') continue;
    if (found !== null) return null;
    found = v;
  }
  return found;
}

/** A single-quoted TypeScript string literal for any text. */
export function quoteString(value: string): string {
  return quoteWith(value, "'");
}

/** A TypeScript string literal for any text, in `quote`s. */
function quoteWith(value: string, quote: "'" | '"'): string {
  // Most strings have nothing to escape (a surrogate, even of a valid pair, is left to the loop below).
  if (quote === "'" && !QUOTE_ESCAPED.test(value)) return `'${value}'`;
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === quote) out += `\\${quote}`;
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Control characters, line separators, and lone surrogates (which a UTF-8 file cannot hold) as escapes.
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}${quote}`;
}

/**
 * A string as Prettier quotes it (`singleQuote`): in single quotes unless it holds more of them than double quotes
 * (`"today's"`), for code Prettier does not lay out (an `@example` in a comment).
 */
export function preferredQuoteString(value: string): string {
  let singles = 0;
  let doubles = 0;
  for (const ch of value) {
    if (ch === "'") singles++;
    else if (ch === '"') doubles++;
  }
  return quoteWith(value, singles > doubles ? '"' : "'");
}

/** Every character quoteString escapes, and every surrogate. */
const QUOTE_ESCAPED = /['\\\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/;

/**
 * A property key: bare when it is an identifier, quoted otherwise (and for `__proto__`). A key holding both
 * quote characters is written computed (`['a\'b"c']`): esbuild (so Vite, Vitest, tsx) re-prints such a string
 * key as a template literal, which is a syntax error as a plain key of a destructuring pattern but valid inside
 * the brackets of a computed one.
 */
export function propertyKey(key: string): string {
  if (isIdentifierName(key) && key !== '__proto__' && key !== 'constructor') return key;
  return key.includes("'") && key.includes('"') ? `[${quoteString(key)}]` : quoteString(key);
}

/** Whether `name` is a property every object has (`toString`, `constructor`, `__proto__`…). */
export function isPrototypeMember(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(Object.prototype, name);
}

/**
 * A key in an object literal that builds a value (query, headers, body). `__proto__: x` in a literal sets the
 * prototype instead of a property, so that one key is written computed.
 */
export function valueKey(key: string): string {
  return key === '__proto__' ? "['__proto__']" : propertyKey(key);
}

/**
 * A key of a map (an object typed by an index signature) in an object literal. A key `Object.prototype` has is
 * written as a computed `string`: TypeScript would type its value by the prototype's member (`toString: () =>
 * string`), widening a literal such as `'a'` to `string`, where the index signature wants `'a' | 'b'`.
 */
export function mapKey(key: string): string {
  return isPrototypeMember(key) ? `[${quoteString(key)} as string]` : valueKey(key);
}

/**
 * Text for a template literal's static part (path templates): escapes backticks, `${` and backslashes; other
 * control characters are written as `\u` escapes (same value, no raw control bytes in the source).
 */
export function templateLiteralText(text: string): string {
  // Line breaks go first: dropped from between `$` and `{`, they would leave a `${` no escape saw.
  return text
    .replace(/[\r\n\u2028\u2029]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text inside Markdown (README, api.md), where it may land in a paragraph, a heading, an HTML attribute
 * (`<code title="…">`) or an HTML element. Neutralised: HTML (`<`, `>`), attribute quotes (`"`), entity references
 * (`&lt;` would otherwise be decoded, and Prettier prints some decoded), code fences (a run of three backticks or
 * tildes would open a block and turn the template's own code blocks inside out), control characters, and
 * `javascript:`/`vbscript:`/`data:` URLs (a space breaks the scheme). Line breaks are kept (descriptions have paragraphs).
 */
export function markdownSafe(text: string): string {
  if (!MARKDOWN_UNSAFE.test(text)) return text;
  // The same descriptions come back (a parameter shared by many operations): each is made safe once.
  let safe = markdownSafeTexts.get(text);
  if (safe === undefined) {
    if (markdownSafeTexts.size >= SAFE_TEXTS_MAX) markdownSafeTexts.clear();
    markdownSafeTexts.set(text, (safe = neutralized(text)));
  }
  return safe;
}

const markdownSafeTexts = new Map<string, string>();
const SAFE_TEXTS_MAX = 20_000;

/** `text` with every replacement markdownSafe's comment lists. */
function neutralized(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/[<>"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    .replace(/`{3,}|~{3,}/g, (run) => `\\${run}`)
    .replace(/\b(javascript|vbscript|data)(\s*):(?=\S)/gi, '$1$2 :');
}

/** Every character some replacement in markdownSafe acts on (`:` for the URL schemes, `` ` `` and `~` for fences). */
const MARKDOWN_UNSAFE = /[\r\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f&<>"`~:]/;

/**
 * Text in one cell of a Markdown table (reference docs): `markdownSafe`, on one line (a line break would end the
 * row), with `|` escaped (it would start a new cell, even inside a code span).
 */
export function markdownCell(text: string): string {
  const safe = markdownSafe(text);
  // (Most cells are one line without a `|`: nothing to replace.)
  if (!safe.includes('\n') && !safe.includes('|')) return safe.trim();
  return safe
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/**
 * Inline code for any text, on one line: delimited by a run of backticks longer than any inside it (padded with a
 * space where it starts or ends with one, as CommonMark strips). `inTable` escapes `|`, which a table row would
 * otherwise split on (GitHub removes the backslash inside the cell's code span). Text with `<`, `>` or `&` is written
 * as a `<code>` element around escaped text instead, so that no tag-like text (`</script>`) appears unescaped.
 */
export function markdownCode(text: string, { inTable = false } = {}): string {
  // Most code is a name or a type: nothing to escape, no backtick inside.
  if (!CODE_SPECIAL.test(text)) return /^ .* $/.test(text) ? `\` ${text} \`` : `\`${text}\``;
  if (/[<>&]/.test(text)) return `<code>${markdownLiteral(text)}</code>`;
  let content = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (inTable) content = content.replace(/\|/g, '\\|');
  const longest = content.includes('`') ? Math.max(...[...content.matchAll(/`+/g)].map((m) => m[0].length)) : 0;
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Every character markdownCode acts on: `<>&`, backticks, `|` (in a table), line breaks and control characters. */
const CODE_SPECIAL = /[<>&`|\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Literal text among links in Markdown (a type such as `Array<` … `>` around a link): every character Markdown or
 * HTML could read as syntax is escaped, so it shows as written, in a table cell too.
 */
export function markdownLiteral(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\\`*_[\]()|~!#]/g, (c) => `\\${c}`)
    .replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/**
 * `[host](url)` for an http(s) URL (checked by the caller: ir/client.ts's isHttpUrl): parentheses escaped so that
 * none ends the link early; the host is plain letters, digits, dots, dashes and a port.
 */
export function markdownLink(url: string): string {
  const parsed = new URL(url);
  return `[${markdownSafe(parsed.host)}](${parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/**
 * Python text in the layout Ruff's formatter leaves (line length 120, its default style), written so by the
 * printers: a file printed in that layout is flagged `inFormatterLayout` and Ruff never sees it (issue 91). The
 * rules, learnt from Ruff's behaviour: a bracketed expression stays on one line when it fits; else its contents go
 * on one line of their own, indented, when they fit there (no comma added); else one element per line, each with a
 * trailing comma (but a lone element); outermost brackets split first. `from` imports that do not
 * fit are always one name per line. Where the layout cannot be known (a line too long even split, text whose width
 * Ruff counts otherwise), the helpers return null and the printer leaves the file to Ruff.
 */

import { pyString } from './docs/print-doc';

export const RUFF_LINE_LENGTH = 120;
const INDENT = '    ';

/** An expression as the layout sees it: text that never splits, or brackets around elements. */
export type PyExpr = string | PyBrackets;

export interface PyBrackets {
  /** What comes before the elements, its opening bracket included: `Union[`, `FieldInfo(`, `[`. */
  open: string;
  items: PyExpr[];
  close: ']' | ')' | '}';
  /** A list, dict or tuple display (no name before the bracket): split, one element per line. */
  collection: boolean;
  /** Written with a trailing comma: Ruff keeps it split. */
  magicComma: boolean;
}

/** Thrown where a line's fit depends on how Ruff counts its width (non-ASCII text): the caller gives up. */
export class Uncertain extends Error {}

/** Whether `line` fits in Ruff's line length (its width as Ruff counts it must be certain). */
export function fits(line: string): boolean {
  // (No character is wider than two columns, nor than two UTF-16 units' length: a short line fits unread.)
  if (line.length * 2 <= RUFF_LINE_LENGTH) return true;
  if (!/[^\x00-\x7f]/.test(line)) return line.length <= RUFF_LINE_LENGTH;
  const narrow = [...line].length;
  const wide = [...line].reduce((width, char) => width + (char.charCodeAt(0) < 0x80 ? 1 : 2), 0);
  if (wide <= RUFF_LINE_LENGTH) return true;
  if (narrow > RUFF_LINE_LENGTH) return false;
  throw new Uncertain();
}

/** `expr` on one line. */
export function flat(expr: PyExpr): string {
  if (typeof expr === 'string') return expr;
  return `${expr.open}${expr.items.map(flat).join(', ')}${expr.magicComma ? ',' : ''}${expr.close}`;
}

const CLOSING: Record<string, ']' | ')' | '}'> = { '[': ']', '(': ')', '{': '}' };

/**
 * Our own printed expression (names, string literals in double quotes, numbers, calls, subscripts, lists, keyword
 * arguments) as brackets and elements. An element with brackets that do not enclose it whole stays text.
 */
export function parseExpr(text: string): PyExpr {
  // (A dict entry whose key is a string: its value's brackets split after the key, `"in": List[`, as Ruff splits them.)
  const open = /^((?:"(?:[^"\\]|\\.)*": )?)([\w.]*)([[({])/.exec(text);
  if (!open || matchingClose(text, open[0].length - 1) !== text.length - 1) return text;
  const body = text.slice(open[0].length, -1);
  const parts = splitTopLevel(body);
  const magicComma = parts.length > 0 && parts[parts.length - 1].trim() === '' && body.trim() !== '';
  const items = (magicComma ? parts.slice(0, -1) : parts).map((part) => parseExpr(part.trim()));
  return {
    open: open[0],
    items: body.trim() === '' ? [] : items,
    close: CLOSING[open[3]],
    collection: open[2] === '',
    magicComma,
  };
}

/** The index of the bracket closing the one at `at` (-1 if none). */
function matchingClose(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const char = text[i];
    if (char === '"') i = stringEnd(text, i);
    else if (char === '[' || char === '(' || char === '{') depth++;
    else if (char === ']' || char === ')' || char === '}') if (--depth === 0) return i;
  }
  return -1;
}

/** The index of the quote closing the double-quoted string literal opening at `at`. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

/** `body` cut at its top-level commas. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"') i = stringEnd(body, i);
    else if (char === '[' || char === '(' || char === '{') depth++;
    else if (char === ']' || char === ')' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * The lines of `prefix` + `expr` + `suffix` at `indent`, split as Ruff splits a bracketed expression that does not
 * fit (see the file's comment). Lines may still be too long: `checked` says whether they all fit.
 */
export function splitExpr(indent: string, prefix: string, expr: PyExpr, suffix: string): string[] {
  const one = `${indent}${prefix}${flat(expr)}${suffix}`;
  if (typeof expr === 'string' || (!hasMagicComma(expr) && fits(one))) return [one];
  const inner = indent + INDENT;
  const close = `${indent}${expr.close}${suffix}`;
  if (expr.items.length === 0) return [one];
  const contents = `${inner}${expr.items.map(flat).join(', ')}`;
  if (!expr.collection && !expr.magicComma && !hasMagicComma(expr) && fits(contents))
    return [`${indent}${prefix}${expr.open}`, contents, close];
  // (A lone element goes on its own line, split in turn if need be, with no comma but a magic one.)
  const comma = expr.items.length === 1 && !expr.magicComma ? '' : ',';
  return [`${indent}${prefix}${expr.open}`, ...expr.items.flatMap((item) => splitExpr(inner, '', item, comma)), close];
}

function hasMagicComma(expr: PyExpr): boolean {
  return typeof expr !== 'string' && (expr.magicComma || expr.items.some(hasMagicComma));
}

/**
 * A string literal: plain, or an f-string whose fields are names (`{id!r}`), which Ruff leaves as they are (it formats
 * the expressions of other fields).
 */
const STRING = String.raw`(?:"(?:[^"\\]|\\.)*"|f"(?:[^"\\{}]|\\.|\{\{|\}\}|\{\w+(?:![rsa])?\})*")`;

/** A line that is one string literal: too long, Ruff leaves it so (the sole element of brackets). */
const LONE_STRING = new RegExp(`^ *${STRING}$`);

/**
 * An element of split brackets that is a string, or a dict entry of a string key and a string or a name: too long,
 * Ruff leaves it so (it splits no string literal or name, and puts no parentheses around either).
 */
const STRING_ELEMENT = new RegExp(`^ *(?:(?:"(?:[^"\\\\]|\\\\.)*": )?${STRING}|"(?:[^"\\\\]|\\\\.)*": [\\w.]+),$`);

/** The opening line of a class's split bases: too long, Ruff leaves it so (a class name never splits). */
const CLASS_OPEN = /^ *class \w+\($/;

/** An element of split brackets that is one name (`a.B,`): too long, Ruff leaves it so (a name never splits). */
const NAME_ELEMENT = /^ +[\w.]+,?$/;

/** The opening line of a `from` import one name a line: too long (its module's name), Ruff leaves it so. */
const IMPORT_HEAD = /^ *from \.*[\w.]+ import \($/;

/** A name of a `from` import one name a line (`X as X,`): too long, Ruff leaves it so. */
const IMPORTED_NAME = /^ +\w+(?: as \w+)?,$/;

/** A docstring on one line: Ruff never splits one. */
const ONE_LINE_DOCSTRING = /^ *"""(?:[^"\\]|\\.)*"""$/;

/** Whether Ruff leaves `line`'s length as it is: it fits, or is a docstring on one line, or a string alone. */
export function fitsOrDocstring(line: string): boolean {
  return fits(line) || ONE_LINE_DOCSTRING.test(line) || LONE_STRING.test(line);
}

/**
 * Whether Ruff leaves `line`, an element of split brackets (or the sole one), as long as it is: a string literal or a
 * name alone, or a string or string-keyed entry followed by its comma.
 */
export function ruffLeavesLong(line: string): boolean {
  return LONE_STRING.test(line) || STRING_ELEMENT.test(line) || NAME_ELEMENT.test(line);
}

/** `lines` joined, or null when one is too long (Ruff's layout of it is not known here). */
export function checked(lines: string[]): string | null {
  try {
    const leftAsIs = (line: string, i: number) =>
      LONE_STRING.test(line) || CLASS_OPEN.test(line) || (i > 0 && NAME_ELEMENT.test(line));
    return lines.every((line, i) => fits(line) || leftAsIs(line, i)) ? lines.join('\n') : null;
  } catch (error) {
    if (error instanceof Uncertain) return null;
    throw error;
  }
}

/** Runs a layout, null where a width is uncertain. */
function attempt(layout: () => string | null): string | null {
  try {
    return layout();
  } catch (error) {
    if (error instanceof Uncertain) return null;
    throw error;
  }
}

/** An expression statement or bracketed expression at `indent` (`__all__ = [...]`, a call), laid out; null if unknown. */
export function layoutExpr(indent: string, prefix: string, expr: string, suffix = ''): string | null {
  return attempt(() => checked(splitExpr(indent, prefix, parseExpr(expr), suffix)));
}

/**
 * `from <module> import <names>` at `indent`: one line, else one name per line in parentheses. (A module name too
 * long for the opening line stays there: Ruff splits no dotted name either.) `isortWidth`: a narrower width an older
 * era's isort wrapped at (its trailing comma keeps Ruff from joining the names).
 */
export function layoutFromImport(
  indent: string,
  module: string,
  names: string[],
  isortWidth: number | null = null,
): string | null {
  return attempt(() => {
    const one = `${indent}from ${module} import ${names.join(', ')}`;
    if (fits(one) && (isortWidth === null || one.length <= isortWidth)) return one;
    const inner = indent + INDENT;
    const named = names.map((name) => `${inner}${name},`);
    const head = `${indent}from ${module} import (`;
    return (fits(head) || IMPORT_HEAD.test(head)) && named.every((line) => fits(line) || IMPORTED_NAME.test(line))
      ? [head, ...named, `${indent})`].join('\n')
      : null;
  });
}

/**
 * `from <module> import (` one name a line `)`, with the trailing comma that keeps Ruff from joining them (the form of
 * older Stainless eras: stainless/python-era.ts).
 */
export function importOneNameALine(indent: string, module: string, names: string[]): string {
  return [`${indent}from ${module} import (`, ...names.map((name) => `${indent}    ${name},`), `${indent})`].join('\n');
}

/**
 * `prefix` + `body if condition else orElse` at `indent`, where `prefix` is a statement's keyword or target (`return `,
 * `x = `): one line when it fits; else in parentheses of its own, the expression on one line inside when it fits
 * there, else one part a line (`if …`, `else …`), the body split as brackets are.
 */
export function layoutConditional(
  indent: string,
  prefix: string,
  body: string,
  condition: string,
  orElse: string,
): string | null {
  return attempt(() => {
    const expression = `${body} if ${condition} else ${orElse}`;
    const one = `${indent}${prefix}${expression}`;
    if (fits(one)) return one;
    const inner = indent + INDENT;
    const open = `${indent}${prefix}(`;
    const close = `${indent})`;
    if (fits(`${inner}${expression}`)) return checked([open, `${inner}${expression}`, close]);
    const bodyLines = splitExpr(inner, '', parseExpr(body), '');
    return checked([open, ...bodyLines, `${inner}if ${condition}`, `${inner}else ${orElse}`, close]);
  });
}

/**
 * `target: annotation = value` at `indent` (annotation or value may be absent). Ruff splits the value first when
 * what comes before its bracket fits; else puts the value in parentheses on a line of its own when the annotation
 * fits; else splits the annotation, the value following its closing bracket.
 */
export function layoutAssignment(
  indent: string,
  target: string,
  annotation: string | null,
  value: string | null,
): string | null {
  return attempt(() => {
    const head = annotation === null ? target : `${target}: ${annotation}`;
    const one = value === null ? `${indent}${head}` : `${indent}${head} = ${value}`;
    if (fits(one)) return one;
    const valueExpr = value === null ? null : parseExpr(value);
    if (valueExpr !== null && typeof valueExpr !== 'string' && fits(`${indent}${head} = ${valueExpr.open}`))
      return checked(splitExpr(indent, `${head} = `, valueExpr, ''));
    // A value that does not fit after the annotation goes in parentheses of its own, on a line of its own.
    if (value !== null && fits(`${indent}${head} = (`)) {
      const inner = `${indent}${INDENT}${value}`;
      return fits(inner) ? [`${indent}${head} = (`, inner, `${indent})`].join('\n') : null;
    }
    if (annotation === null) return null;
    const annotationExpr = parseExpr(annotation);
    // An annotation that cannot split, with no value, goes in parentheses on a line of its own.
    if (typeof annotationExpr === 'string' && value === null && /^[\w.]+$/.test(annotation)) {
      const inner = `${indent}${INDENT}${annotation}`;
      return fits(`${indent}${target}: (`) && fits(inner)
        ? [`${indent}${target}: (`, inner, `${indent})`].join('\n')
        : null;
    }
    if (typeof annotationExpr === 'string') return null;
    if (valueExpr !== null && typeof valueExpr !== 'string' && !fits(`${indent}${annotationExpr.close} = ${value}`))
      return null;
    return checked(splitExpr(indent, `${target}: `, annotationExpr, value === null ? '' : ` = ${value}`));
  });
}

/**
 * The header of a function definition, `<head>(<params>) -> <returns>:` at `indent` (`head`: `def name`, `async def
 * name`), laid out as Ruff lays it out: one line when it fits; else the parameters inside the parentheses, on one line
 * of their own when they fit there (a lone parameter gets a comma: Ruff adds one where a definition's parameters have
 * none), else one a line with a comma each; the return annotation after the closing parenthesis, its brackets split
 * where it does not fit there. Null where a line would still be too long.
 */
export function layoutDef(indent: string, head: string, params: string[], returns: string): string | null {
  return attempt(() => {
    const one = `${indent}${head}(${params.join(', ')}) -> ${returns}:`;
    if (fits(one)) return one;
    if (params.length === 0) return null;
    const inner = indent + INDENT;
    const contents = `${inner}${params.join(', ')}${params.length === 1 ? ',' : ''}`;
    const body = fits(contents) ? [contents] : params.map((param) => `${inner}${param},`);
    const close = layoutReturns(indent, returns);
    return close === null ? null : checked([`${indent}${head}(`, ...body, close]);
  });
}

/**
 * The line closing a definition's split parameters, `) -> <returns>:` at `indent`: the annotation's brackets split as
 * Ruff splits them where it does not fit. Null where a line would still be too long.
 */
export function layoutReturns(indent: string, returns: string): string | null {
  return attempt(() => checked(splitExpr(indent, ') -> ', parseExpr(returns), ':')));
}

/**
 * `<prefix><value><suffix>` at `indent` where `value` is printed text of several lines (a call one argument a line),
 * its first line too long after `prefix` (`x = `, `async with `): Ruff puts the value in parentheses of its own (a
 * `with` statement's items too: `as x` inside them), each line of it one level further in, `suffix` (`:`) after the
 * closing one. `printAt` prints the value at a given indent. Null where a line would still be too long.
 */
export function layoutParenthesized(
  indent: string,
  prefix: string,
  printAt: (indent: string) => string,
  suffix = '',
): string | null {
  return attempt(() => {
    const inner = indent + INDENT;
    const lines = printAt(inner).split('\n');
    return checked([`${indent}${prefix}(`, `${inner}${lines[0]}`, ...lines.slice(1), `${indent})${suffix}`]);
  });
}

/** A top-level statement of a module, for the blank lines Ruff sets around it. */
export interface TopLevelStatement {
  text: string;
  /** A class or function definition: two blank lines before and after it. */
  definition: boolean;
  /** An import: a statement after one that is not an import gets at least one blank line. */
  isImport?: boolean;
  /** Blank lines before it, where Ruff keeps what is written (default 1). */
  blankBefore?: 0 | 1;
}

/** Top-level statements joined as Ruff leaves them: two blank lines around a definition, one after imports. */
export function joinTopLevel(statements: TopLevelStatement[]): string {
  let text = '';
  statements.forEach((statement, i) => {
    if (i > 0) {
      const before = statements[i - 1];
      let lines: number = statement.blankBefore ?? 1;
      if (before.definition || statement.definition) lines = 2;
      else if (before.isImport && !statement.isImport) lines = Math.max(lines, 1);
      text += '\n'.repeat(lines);
    }
    text += `${statement.text.replace(/\n+$/, '')}\n`;
  });
  return `${text.trimEnd()}\n`;
}

const BACKSLASH = 0x5c;

/**
 * Whether Ruff leaves a docstring from pyDocstring as it is, its lines after the first indented by `indent`: Ruff
 * re-indents a docstring whose lines all start further in, expands tabs there, and parts closing quotes from a
 * quote.
 */
export function docstringInLayout(docstring: string, indent: string): boolean {
  const body = docstring.slice(3, -3);
  // Ruff parts the closing quotes from a quote or a backslash it would join them to; one escaped stays as it is.
  // (Counted from the end: a regular expression anchored at the end tries every position of a long docstring.)
  let end = body.endsWith('"') ? body.length - 1 : body.length;
  let backslashes = 0;
  while (end > 0 && body.charCodeAt(--end) === BACKSLASH) backslashes++;
  if (body.endsWith('"') ? backslashes % 2 === 0 : backslashes % 2 === 1) return false;
  const rest = body
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '');
  if (rest.some((line) => /^\s*\t/.test(line))) return false;
  return rest.length === 0 || rest.some((line) => line.startsWith(indent) && !/^\s/.test(line.slice(indent.length)));
}

/** A module's text, and whether its printer wrote it all in Ruff's layout. */
export interface PrintedModule {
  contents: string;
  inRuffLayout: boolean;
}

/** Notes whether every piece of a module was laid out as Ruff lays it out. */
export class RuffLayoutTracker {
  inLayout = true;

  /** `layout`, else `fallback` as it is (the module is then Ruff's to lay out). */
  take(layout: string | null, fallback: string): string {
    if (layout !== null) return layout;
    this.inLayout = false;
    return fallback;
  }

  /** Lines written as they are, in Ruff's layout only when each fits (or is a docstring on one line). */
  fitting(lines: string[]): string[] {
    if (attempt(() => (lines.every(fitsOrDocstring) ? '' : null)) === null) this.inLayout = false;
    return lines;
  }

  /** `from <module> import <names>` at `indent`. */
  fromImport(indent: string, module: string, names: string[]): string {
    return this.take(layoutFromImport(indent, module, names), `${indent}from ${module} import ${names.join(', ')}`);
  }

  /** `__all__ = [...]` of `names`. */
  allList(names: string[]): string {
    const list = `[${names.map((n) => pyString(n)).join(', ')}]`;
    return this.take(layoutAssignment('', '__all__', null, list), `__all__ = ${list}`);
  }

  module(contents: string): PrintedModule {
    return { contents, inRuffLayout: this.inLayout };
  }
}

/**
 * Whether every line of `text` certainly fits in Ruff's line length (false where a width is uncertain), or is one Ruff
 * leaves long: a string element, the opening line of a `from` import one name a line.
 */
export function allLinesFit(text: string): boolean {
  try {
    return text.split('\n').every((line) => fits(line) || STRING_ELEMENT.test(line) || IMPORT_HEAD.test(line));
  } catch (error) {
    if (error instanceof Uncertain) return false;
    throw error;
  }
}

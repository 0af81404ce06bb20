/**
 * Whether an owners' edit's lines say what a run of sdkgen's lines says, however the two are wrapped (issue 89, item
 * 3). sdkgen's formatter lays out a result its own way: Prettier joins a call the owners wrapped one argument a line
 * when it fits, sdkgen's Python writes a call on one line where the owners' had its arguments one a line and a
 * trailing comma. Two texts are the same here when their token streams are: whitespace and line breaks are not
 * tokens, nor is a trailing comma before a closing bracket (a formatter adds and removes it); strings and comments are
 * compared exactly (`'a b'` is not `'a  b'`), and so is everything else: parentheses a formatter adds around a
 * condition or a long expression are tokens (a `return (` … `)` is not read as the same text as the bare expression),
 * as are TypeScript's semicolons (Prettier writes them where the statement ends; an owners' line without one is
 * another text, left for a person). Python's trailing comma is dropped only where it changes nothing: in a call or a
 * definition's parameters, a dict or set, a list, or a tuple or subscript of two items or more (`(a,)` is a tuple,
 * `(a)` is not; `x[a,]` indexes by a tuple). Python's indentation is no layout: each logical line starts at the
 * same column in both (openai's owners indented `super().__init__(**kwargs)` into a block of theirs: sdkgen's line
 * outside it is not their result).
 */

export type TokenLanguage = 'typescript' | 'python';

export interface Token {
  text: string;
  /** The line (of the lines given) it starts on, and the one it ends on (a string or comment may span several). */
  line: number;
  endLine: number;
  /** A trailing comma before a closing bracket: not compared. */
  dropped?: boolean;
  /** Python: the column of a token opening a logical line, whose indentation says which block it is in. */
  column?: number;
}

const TS_OPERATORS = [
  '>>>=',
  '...',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '>>>',
  '&&=',
  '||=',
  '??=',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**',
  '<<',
  '>>',
];
const PY_OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '>>',
  '<<',
];
/** After these a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set([
  ...'(,=:[!&|?{};+-*%<>~^'.split(''),
  ...TS_OPERATORS,
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);
const PY_KEYWORDS = new Set(
  'and as assert async await del elif else except for from global if import in is lambda nonlocal not or pass raise return while with yield'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}_$]/u;
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The tokens of `lines` (a whole file's, each with its `\n`), or null where they cannot be read (an unclosed string). */
export function tokensOf(lines: readonly string[], language: TokenLanguage): Token[] | null {
  const text = lines.join('');
  const lineAt: number[] = [];
  lines.forEach((line, i) => {
    for (let k = 0; k < line.length; k++) lineAt.push(i);
  });
  const tokens: Token[] = [];
  // (Python: the depth of brackets, and whether the line goes on from the last by a backslash, tell a logical line's
  // first token, whose column is compared: an indentation is a block.)
  let depth = 0;
  let continued = false;
  const push = (from: number, to: number, textOf = text.slice(from, to)) => {
    const token: Token = { text: textOf, line: lineAt[from], endLine: lineAt[to - 1] };
    const previous = tokens[tokens.length - 1];
    if (language === 'python' && depth === 0 && !continued && (previous === undefined || previous.endLine < token.line))
      token.column = from - text.lastIndexOf('\n', from - 1) - 1;
    if ('([{'.includes(textOf)) depth++;
    else if (')]}'.includes(textOf)) depth = Math.max(0, depth - 1);
    continued = false;
    tokens.push(token);
  };
  const operators = language === 'python' ? PY_OPERATORS : TS_OPERATORS;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    // (A Python line continued by a backslash is one line wrapped.)
    if (language === 'python' && c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continued = true;
      continue;
    }
    const end =
      language === 'python' ? pythonTokenEnd(text, i) : typescriptTokenEnd(text, i, tokens[tokens.length - 1]?.text);
    if (end === null) return null;
    if (end === -1) {
      const operator = operators.find((op) => text.startsWith(op, i));
      push(i, i + (operator?.length ?? 1));
      i += operator?.length ?? 1;
      continue;
    }
    // A block comment's lines are compared without their indentation, which is the layout's.
    const word = text.slice(i, end);
    push(i, end, word.startsWith('/*') ? word.replace(/\n[ \t]*/g, '\n') : word.replace(/[ \t]+$/, ''));
    i = end;
  }
  markTrailingCommas(tokens, language);
  return tokens;
}

/** The end of a comment, string, regular expression, word or number starting at `i`; -1 for punctuation. */
function typescriptTokenEnd(text: string, i: number, previous: string | undefined): number | null {
  const c = text[i];
  if (text.startsWith('//', i)) return lineEnd(text, i);
  if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    return close < 0 ? null : close + 2;
  }
  if (c === "'" || c === '"') return quotedEnd(text, i, c, false);
  if (c === '`') return templateEnd(text, i);
  if (c === '/' && (previous === undefined || BEFORE_REGEX.has(previous))) return regexEnd(text, i);
  if (WORD.test(c)) return wordEnd(text, i);
  return -1;
}

function pythonTokenEnd(text: string, i: number): number | null {
  const c = text[i];
  if (c === '#') return lineEnd(text, i);
  const prefix = /^[rRbBuUfF]{0,2}(?='|")/.exec(text.slice(i, i + 3));
  if (prefix !== null && (prefix[0] === '' || !WORD.test(text[i - 1] ?? ''))) {
    const at = i + prefix[0].length;
    const quote = text[at];
    const raw = /r/i.test(prefix[0]);
    if (text.startsWith(quote.repeat(3), at)) {
      for (let k = at + 3; k < text.length; k++) {
        if (text[k] === '\\' && !raw) k++;
        else if (text.startsWith(quote.repeat(3), k)) return k + 3;
      }
      return null;
    }
    return quotedEnd(text, at, quote, raw);
  }
  if (WORD.test(c)) return wordEnd(text, i);
  return -1;
}

function lineEnd(text: string, i: number): number {
  const newline = text.indexOf('\n', i);
  return newline < 0 ? text.length : newline;
}

function wordEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && WORD.test(text[k])) k++;
  return k;
}

/** The end of a string on one line; null where the line ends first. */
function quotedEnd(text: string, i: number, quote: string, raw: boolean): number | null {
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === '\n') return null;
    if (text[k] === '\\') {
      if (!raw || text[k + 1] === quote) k++;
    } else if (text[k] === quote) return k + 1;
  }
  return null;
}

/** The end of a template literal, its `${…}` parts (with their strings and templates) read through. */
function templateEnd(text: string, i: number): number | null {
  let depth = 0;
  for (let k = i + 1; k < text.length; k++) {
    const c = text[k];
    if (depth === 0) {
      if (c === '\\') k++;
      else if (c === '`') return k + 1;
      else if (text.startsWith('${', k)) {
        depth = 1;
        k++;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      const end = quotedEnd(text, k, c, false);
      if (end === null) return null;
      k = end - 1;
    } else if (c === '`') {
      const end = templateEnd(text, k);
      if (end === null) return null;
      k = end - 1;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return null;
}

function regexEnd(text: string, i: number): number | null {
  let inClass = false;
  for (let k = i + 1; k < text.length; k++) {
    const c = text[k];
    if (c === '\n') return null;
    if (c === '\\') k++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return wordEnd(text, k + 1);
  }
  return null;
}

/** Marks the commas a formatter may add or take out before a closing bracket (see the module's doc). */
function markTrailingCommas(tokens: Token[], language: TokenLanguage): void {
  const code = tokens.map((t, k) => k).filter((k) => !isComment(tokens[k].text, language));
  // Per open bracket: its index, and how many commas stand at its top level.
  const open: Array<{ at: number; commas: number }> = [];
  for (let n = 0; n < code.length; n++) {
    const token = tokens[code[n]];
    if ('([{'.includes(token.text)) open.push({ at: n, commas: 0 });
    else if (token.text === ',' && open.length > 0) open[open.length - 1].commas++;
    else if (token.text in CLOSING) {
      const opener = open.pop();
      const previous = n > 0 ? tokens[code[n - 1]] : undefined;
      if (opener === undefined || previous?.text !== ',' || tokens[code[opener.at]].text !== CLOSING[token.text])
        continue;
      if (language === 'typescript' || trailingCommaIdle(tokens, code, opener.at, token.text, opener.commas))
        previous.dropped = true;
    }
  }
}

/** Whether a Python trailing comma before `closing` changes nothing (see the module's doc). */
function trailingCommaIdle(tokens: Token[], code: number[], opener: number, closing: string, commas: number): boolean {
  if (closing === '}' || commas > 1) return true;
  const before = opener > 0 ? tokens[code[opener - 1]].text : '';
  const applied = before === ')' || before === ']' || (WORD.test(before[0] ?? '') && !PY_KEYWORDS.has(before));
  // A call's or definition's arguments `f(a,)`; a list `[a,]` (not a subscript `x[a,]`).
  return closing === ')' ? applied : !applied && !/^[rRbBuUfF]*['"]/.test(before);
}

function isComment(text: string, language: TokenLanguage): boolean {
  return language === 'python' ? text.startsWith('#') : text.startsWith('//') || text.startsWith('/*');
}

/** The compared tokens of lines `[start, end)`, or null where a token runs across either edge. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] | null {
  const inside: Token[] = [];
  for (const token of tokens) {
    if (token.endLine < start || token.line >= end) continue;
    if (token.line < start || token.endLine >= end) return null;
    if (!token.dropped) inside.push(token);
  }
  return inside;
}

/**
 * The runs of whole lines of `tokens`' text whose compared tokens are `wanted`, each as its first line and the line
 * after its last.
 */
export function runsOfTokens(
  tokens: readonly Token[],
  wanted: readonly Token[],
): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  if (wanted.length === 0) return runs;
  for (let k = 0; k < tokens.length; k++) {
    // (A run starts with a line's first token.)
    if (tokens[k].text !== wanted[0].text || (k > 0 && tokens[k - 1].endLine >= tokens[k].line)) continue;
    let at = k;
    let matched = 0;
    for (; at < tokens.length && matched < wanted.length; at++) {
      if (tokens[at].dropped) continue;
      if (tokens[at].text !== wanted[matched].text || tokens[at].column !== wanted[matched].column) break;
      matched++;
    }
    if (matched < wanted.length) continue;
    const last = tokens[at - 1].endLine;
    // (And ends with its last line's last token, but a trailing comma.)
    while (at < tokens.length && tokens[at].dropped && tokens[at].line === last) at++;
    if (at < tokens.length && tokens[at].line <= last) continue;
    runs.push({ start: tokens[k].line, end: last + 1 });
  }
  return runs;
}

/**
 * Where lines `[start, end)` of `own` (the owners' file) stand in `target` (sdkgen's) as the same tokens: the runs of
 * `target`'s lines saying what they say (see the module's doc), each with its first line; and where the owners' own
 * text has such runs (a sync and an async copy), for the scope rule. Null where either text cannot be read or the
 * lines cut a string or comment.
 */
export function sameTokenRuns(
  own: readonly string[],
  start: number,
  end: number,
  target: readonly string[],
  language: TokenLanguage,
): { inOwn: Array<{ start: number; end: number }>; inTarget: Array<{ start: number; end: number }> } | null {
  const ownTokens = tokensOf(own, language);
  const targetTokens = tokensOf(target, language);
  if (ownTokens === null || targetTokens === null) return null;
  const wanted = tokensIn(ownTokens, start, end);
  if (wanted === null || wanted.length === 0) return null;
  return { inOwn: runsOfTokens(ownTokens, wanted), inTarget: runsOfTokens(targetTokens, wanted) };
}

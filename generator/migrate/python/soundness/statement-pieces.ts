/**
 * A Python statement's pieces, read from its code (strings and comments blanked: module-lines.ts) for
 * statement-structure.ts: a compound statement's header (`if x:`, `match command:`, `case Point(x=0):`) and the simple
 * statements of a body written on the header's line (`if x: return y`, `for i in xs: break`), or a line's simple
 * statements (`x = 1; return x`), split at the `;` and `:` that stand outside brackets. And the names a piece uses in its
 * own scope, for the order of `global`/`nonlocal` (scope-declarations.ts).
 */
import { PYTHON_KEYWORDS } from './function-scopes';
import { importStatementOf } from '../source/import-statements';

export type Clause =
  | 'def'
  | 'async def'
  | 'class'
  | 'loop'
  | 'if'
  | 'elif'
  | 'else'
  | 'try'
  | 'except'
  | 'finally'
  | 'with'
  | 'match'
  | 'case'
  | 'other';

export interface Pieces {
  clause: Clause;
  /** The header of a compound statement (through its colon); the whole code of a simple one. */
  header: string;
  /** The simple statements after the header's colon on its line, or the statement's own (split at `;`). */
  simple: string[];
  /** Whether the statement opens a block on the lines below (a header with nothing after its colon). */
  opens: boolean;
}

/** A soft keyword (`match`, `case`) opening a statement: followed by its subject or pattern, not `=`, `.`, `:`. */
const SOFT =
  /^\s*(match|case)(?=[\s([{\-"'])(?!\s*(?:[=.:,)\]}]|[-+*/%&|^@<>!]=|\bif\b|\belse\b|\band\b|\bor\b|\bin\b|\bis\b))/;

/** A statement's clause, read from its first words (`async for` is a loop, `async with` a with). */
function clauseOf(code: string): Clause {
  const soft = SOFT.exec(code)?.[1];
  if (soft !== undefined) return soft as Clause;
  const head = /^\s*(async\s+)?(def|class|if|elif|else|for|while|try|except|finally|with)\b/.exec(code);
  if (head === null) return 'other';
  const [, async, word] = head;
  if (word === 'def') return async ? 'async def' : 'def';
  if (word === 'for' || word === 'while') return 'loop';
  if (async) return word === 'with' ? 'with' : 'other';
  return word as Clause;
}

/** Where `code` has `char` outside brackets (a `:` not of `:=`, nor a `lambda`'s), from `from`; -1 where nowhere. */
function topLevel(code: string, char: ':' | ';', from = 0): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (c === 'l' && /^lambda\b/.test(code.slice(i)) && !/[\w.]/.test(code[i - 1] ?? '')) lambdas++;
    else if (c === char && !(char === ':' && code[i + 1] === '=')) {
      if (char === ':' && lambdas > 0) lambdas--;
      else return i;
    }
  }
  return -1;
}

/** `code` split at its `;` outside brackets, empty pieces left out. */
function simpleStatements(code: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let at = topLevel(code, ';'); at >= 0; at = topLevel(code, ';', from)) {
    pieces.push(code.slice(from, at));
    from = at + 1;
  }
  pieces.push(code.slice(from));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** The pieces of a statement's code (its lines joined). */
export function piecesOf(code: string): Pieces {
  const clause = clauseOf(code);
  const colon = clause === 'other' ? -1 : topLevel(code, ':');
  // (A soft keyword with no header colon is a name: `match(x)`, a call.)
  if (colon < 0) return { clause: 'other', header: code, simple: simpleStatements(code), opens: false };
  const rest = code.slice(colon + 1);
  const simple = simpleStatements(rest);
  return { clause, header: code.slice(0, colon + 1), simple, opens: simple.length === 0 };
}

/** Whether a simple piece is a compound statement's header instead (`if x: for y in z: …` is no Python). */
export function isCompound(piece: string): boolean {
  const clause = clauseOf(piece);
  return clause !== 'other' && topLevel(piece, ':') >= 0;
}

/**
 * `piece` with the code of scopes of their own blanked: a bracket holding a `for` (a comprehension, whose names are
 * its own), a `lambda` to the end of the bracket it stands in (or of the piece).
 */
function withoutNestedScopes(piece: string): string {
  return withoutLambdas(piece, true);
}

/**
 * `piece` with each `lambda` blanked to the end of the bracket it stands in (or of the piece): its body is a function
 * of its own (`lambda: (yield)` yields in it); with `comprehensions`, a bracket holding a `for` too.
 */
export function withoutLambdas(piece: string, comprehensions = false): string {
  const chars = [...piece];
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) chars[i] = ' ';
  };
  const opened: number[] = [];
  for (let i = 0; i < piece.length; i++) {
    if ('([{'.includes(piece[i])) opened.push(i);
    else if (')]}'.includes(piece[i])) {
      const start = opened.pop();
      if (comprehensions && start !== undefined && /\bfor\b/.test(piece.slice(start + 1, i))) blank(start + 1, i);
    }
  }
  for (const m of piece.matchAll(/(?<![\w.])lambda\b/g)) {
    let depth = 0;
    let end = m.index;
    for (; end < piece.length && depth >= 0; end++) {
      if ('([{'.includes(piece[end])) depth++;
      else if (')]}'.includes(piece[end])) depth--;
    }
    blank(m.index, depth < 0 ? end - 1 : end);
  }
  return chars.join('');
}

/**
 * The names a piece uses in its own scope, read or bound (`x = 1`, `for x in …`, `import x`): not attributes, a call's
 * keywords, keywords, nor names of a comprehension or a lambda (their scope is another).
 */
export function namesUsed(piece: string): string[] {
  const imported = importStatementOf(piece.trim());
  if (imported !== null) return imported.names.map((name) => name.bound);
  const code = withoutNestedScopes(piece);
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (const m of code.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)) {
    for (; from < m.index; from++) {
      if ('([{'.includes(code[from])) depth++;
      else if (')]}'.includes(code[from])) depth = Math.max(0, depth - 1);
    }
    const [name] = m;
    if (PYTHON_KEYWORDS.has(name) || /\.\s*$/.test(code.slice(0, m.index))) continue;
    // (A call's keyword, `f(x=1)`, names nothing of the scope.)
    if (depth > 0 && /^\s*=(?!=)/.test(code.slice(m.index + name.length))) continue;
    names.push(name);
  }
  return names;
}

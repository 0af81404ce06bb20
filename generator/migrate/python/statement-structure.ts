/**
 * Statement-level errors Python refuses to compile that a well-indented module can still have: lines placed at a depth
 * other than the owners' (reapply/find-lines.ts matches lines without their indentation, and an insertion keeps the
 * owners' depth) can leave a `return` in a class body, a `try:` whose `except:` went to another level, or a `break`
 * outside its loop. Read from the indentation and each statement's first word, not parsed: a small check of how
 * statements nest, run after indentProblem (sound-module.ts) has found the indentation well-formed.
 */
import { readModule, type ModuleLines } from './statements';

type Clause =
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
  | 'other';

interface Block {
  indent: number;
  clause: Clause;
}

/** A statement's clause, read from its first words (`async for` is a loop, `async with` a with). */
function clauseOf(code: string): Clause {
  const head = /^\s*(async\s+)?(def|class|if|elif|else|for|while|try|except|finally|with)\b/.exec(code);
  if (head === null) return 'other';
  const [, async, word] = head;
  if (word === 'def') return async ? 'async def' : 'def';
  if (word === 'for' || word === 'while') return 'loop';
  if (async) return word === 'with' ? 'with' : 'other';
  return word as Clause;
}

/** The clauses a clause may follow at the same indent (`except` after `try:`'s body or another `except`). */
const FOLLOWS: Partial<Record<Clause, Clause[]>> = {
  elif: ['if', 'elif'],
  else: ['if', 'elif', 'loop', 'except'],
  except: ['try', 'except'],
  finally: ['try', 'except', 'else'],
};

/** The code of the statement starting at `at` through its continuation lines, on one line. */
function statementCode(module: ModuleLines, at: number): { code: string; end: number } {
  let end = at + 1;
  while (end < module.lines.length && module.continues[end]) end++;
  return { code: module.code.slice(at, end).join(' '), end };
}

/**
 * The first statement-level error of `text` a compiler would refuse: `return`/`yield` outside a function, `await` or
 * `async for`/`async with` outside an `async def`, `break`/`continue` outside a loop, a `try:` without its
 * `except`/`finally` at the same indent, an `except`/`finally`/`elif`/`else` that follows no clause it may follow. Null
 * where none is found (the indentation itself is indentProblem's).
 */
export function statementProblem(text: string): string | null {
  const module = readModule(text);
  const open: Block[] = [];
  // The clause of the last statement at each indent of the blocks still open (an `if` whose `else` may follow).
  const last = new Map<number, { clause: Clause; line: number; elseOf?: Clause }>();
  const unclosedTry = (line: number) =>
    `the \`try:\` on line ${line + 1} has no \`except\` or \`finally\` after its body`;
  for (let i = 0; i < module.lines.length; i++) {
    if (module.continues[i] || module.code[i].trim() === '') continue;
    const indent = /^[ \t]*/.exec(module.lines[i])![0].length;
    const { code, end } = statementCode(module, i);
    const clause = clauseOf(code);
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    for (const [at, seen] of [...last].sort(([a], [b]) => b - a)) {
      if (at <= indent) continue;
      if (seen.clause === 'try') return unclosedTry(seen.line);
      last.delete(at);
    }
    const before = last.get(indent);
    if (before?.clause === 'try' && clause !== 'except' && clause !== 'finally') return unclosedTry(before.line);
    const follows = FOLLOWS[clause];
    // (`else` after a `try:`'s `except` may be followed by `finally`; after an `if`'s, by nothing of these.)
    const previous = before?.clause === 'else' ? (before.elseOf === 'except' ? 'else' : 'other') : before?.clause;
    if (follows !== undefined && (previous === undefined || !follows.includes(previous)))
      return `line ${i + 1}: \`${clause}\` follows no statement it may follow at its indent`;
    const scope = [...open]
      .reverse()
      .find((b) => b.clause === 'def' || b.clause === 'async def' || b.clause === 'class');
    const word = /^\s*(\w+)/.exec(code)?.[1];
    if ((word === 'return' || /(?<![\w.])yield\b/.test(code)) && (scope === undefined || scope.clause === 'class'))
      return `line ${i + 1}: \`${word === 'return' ? 'return' : 'yield'}\` outside a function`;
    if (/(?<![\w.])await\b|^\s*async\s+(?:for|with)\b/.test(code) && scope?.clause !== 'async def')
      return `line ${i + 1}: \`await\` or \`async\` outside an \`async def\``;
    if (word === 'break' || word === 'continue') {
      const inner = [...open].reverse().find((b) => b.clause === 'loop' || scope === b);
      if (inner === undefined || inner.clause !== 'loop') return `line ${i + 1}: \`${word}\` outside a loop`;
    }
    last.set(indent, { clause, line: i, ...(clause === 'else' ? { elseOf: before?.clause } : {}) });
    if (/:\s*$/.test(module.code[end - 1])) open.push({ indent, clause });
  }
  for (const seen of last.values()) if (seen.clause === 'try') return unclosedTry(seen.line);
  return null;
}

/**
 * `text`'s statementProblem, where sdkgen's module and the owners' each read as having none (a form this reading
 * misjudges is in one of them, which Python takes): the carried edits made it.
 */
export function newStatementProblem(text: string, target: string, edited: string): string | null {
  const problem = statementProblem(text);
  return problem === null || statementProblem(target) !== null || statementProblem(edited) !== null ? null : problem;
}

/**
 * Statement-level errors Python refuses to compile that a well-indented module can still have: lines placed at a depth
 * other than the owners' (reapply/find-lines.ts matches lines without their indentation, and an insertion keeps the
 * owners' depth) can leave a `return` in a class body, a `try:` whose `except:` went to another level, or a `break`
 * outside its loop. Read from the indentation and each statement's first word, not parsed: a small check of how
 * statements nest, run after indentProblem (sound-module.ts) has found the indentation well-formed.
 */
import { readModule, type ModuleLines } from '../source/statements';
import { isCompound, piecesOf, withoutLambdas, type Clause } from './statement-pieces';
import { DeclarationScopes } from './scope-declarations';
import { parameterNames } from './function-scopes';
import { enclosingCode, parametersProblem } from './definition-headers';
import { headerBinds } from './names-bound';

interface Block {
  indent: number;
  clause: Clause;
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
 * The problem of a simple statement (or a compound one's header, `headerOnly`) in the blocks `context`: `return`/`yield`
 * outside a function, `await` or `async for`/`async with` outside an `async def`, `break`/`continue` outside a loop.
 */
function simpleProblem(piece: string, context: Block[], line: number, headerOnly = false): string | null {
  const scope = [...context]
    .reverse()
    .find((b) => b.clause === 'def' || b.clause === 'async def' || b.clause === 'class');
  const word = headerOnly ? undefined : /^\s*(\w+)/.exec(piece)?.[1];
  if (
    (word === 'return' || /(?<![\w.])yield\b/.test(withoutLambdas(piece))) &&
    (scope === undefined || scope.clause === 'class')
  )
    return `line ${line + 1}: \`${word === 'return' ? 'return' : 'yield'}\` outside a function`;
  if (/(?<![\w.])await\b|^\s*async\s+(?:for|with)\b/.test(piece) && scope?.clause !== 'async def')
    return `line ${line + 1}: \`await\` or \`async\` outside an \`async def\``;
  if (word === 'break' || word === 'continue') {
    const inner = [...context].reverse().find((b) => b.clause === 'loop' || scope === b);
    if (inner === undefined || inner.clause !== 'loop') return `line ${line + 1}: \`${word}\` outside a loop`;
  }
  return null;
}

/**
 * The first statement-level error of `text` a compiler would refuse: `return`/`yield` outside a function, `await` or
 * `async for`/`async with` outside an `async def`, `break`/`continue` outside a loop (in a body on its header's line
 * too, `if x: break`), a `try:` without its `except`/`finally` at the same indent, an `except`/`finally`/`elif`/`else`
 * that follows no clause it may follow, a compound statement on a one-line body's line, a `case` outside a `match` or
 * another statement in one, `global`/`nonlocal` out of order or a `nonlocal` nothing binds (scope-declarations.ts), a
 * decorator followed by no definition, and a definition's header (definition-headers.ts: a parameter without a default
 * after one with a default; an `await`/`yield` in what runs in the scope around it). Null where none is found
 * (the indentation itself is indentProblem's).
 */
export function statementProblem(text: string): string | null {
  const module = readModule(text);
  const open: Block[] = [];
  const scopes = new DeclarationScopes();
  // The clause of the last statement at each indent of the blocks still open (an `if` whose `else` may follow).
  const last = new Map<number, { clause: Clause; line: number; elseOf?: Clause }>();
  const unclosedTry = (line: number) =>
    `the \`try:\` on line ${line + 1} has no \`except\` or \`finally\` after its body`;
  // (What each open `async def` holds: an async generator's `return` takes no value.)
  const generators = new AsyncGenerators();
  // (The first of the decorators the next statement must be a definition at their indent for.)
  let decorators: { indent: number; line: number } | null = null;
  const undecorated = (line: number) => `line ${line + 1}: a decorator followed by no \`def\` or \`class\``;
  for (let i = 0; i < module.lines.length; i++) {
    if (module.continues[i] || module.code[i].trim() === '') continue;
    const indent = /^[ \t]*/.exec(module.lines[i])![0].length;
    const { code, end } = statementCode(module, i);
    const pieces = piecesOf(code);
    const { clause } = pieces;
    const decorator = /^\s*@/.test(code);
    const definition = clause === 'def' || clause === 'async def' || clause === 'class';
    if (decorators !== null && (indent !== decorators.indent || !(decorator || definition)))
      return undecorated(decorators.line);
    if (decorator) decorators ??= { indent, line: i };
    else decorators = null;
    while (open.length > 0 && open[open.length - 1].indent >= indent) {
      const ended = generators.problem(open.pop()!);
      if (ended !== null) return ended;
    }
    scopes.leave(indent);
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
    // (A `match` block holds `case` clauses only, and a `case` stands in nothing else.)
    const parent = open[open.length - 1];
    if (clause === 'case' && parent?.clause !== 'match') return `line ${i + 1}: \`case\` outside a \`match\` block`;
    if (clause !== 'case' && parent?.clause === 'match')
      return `line ${i + 1}: a statement other than \`case\` in a \`match\` block`;
    const problem = compoundProblem(pieces, open, indent, i, scopes);
    if (problem !== null) return problem;
    generators.read(pieces, open, i);
    last.set(indent, { clause, line: i, ...(clause === 'else' ? { elseOf: before?.clause } : {}) });
    if (pieces.opens || (clause === 'other' && /:\s*$/.test(module.code[end - 1]))) open.push({ indent, clause });
  }
  for (const seen of last.values()) if (seen.clause === 'try') return unclosedTry(seen.line);
  if (decorators !== null) return undecorated(decorators.line);
  const unbound = scopes.unboundNonlocal();
  if (unbound !== null) return unbound;
  for (const block of open.reverse()) {
    const ended = generators.problem(block);
    if (ended !== null) return ended;
  }
  return null;
}

/**
 * The `yield` and the `return` with a value each open `async def` block holds (not a nested function's, nor a
 * lambda's): both, and Python refuses the module (`'return' with value in async generator`).
 */
class AsyncGenerators {
  private readonly held = new Map<Block, { yields: boolean; returns?: number }>();

  /** Reads a statement's pieces (its header's and its one-line body's) at line `line` within the blocks `open`. */
  read(pieces: ReturnType<typeof piecesOf>, open: Block[], line: number): void {
    const scope = [...open]
      .reverse()
      .find((b) => b.clause === 'def' || b.clause === 'async def' || b.clause === 'class');
    if (scope?.clause !== 'async def') return;
    const definition = pieces.clause === 'def' || pieces.clause === 'async def' || pieces.clause === 'class';
    const read = [...(definition ? [] : [pieces.header]), ...(definition ? [] : pieces.simple)];
    const seen = this.held.get(scope) ?? { yields: false };
    for (const piece of read) {
      if (/(?<![\w.])yield\b/.test(withoutLambdas(piece))) seen.yields = true;
      if (seen.returns === undefined && /^\s*return\s*[^\s;]/.test(piece)) seen.returns = line;
    }
    this.held.set(scope, seen);
  }

  /** The problem of the block `ended`, now closed: a `return` with a value in an async generator. */
  problem(ended: Block): string | null {
    const seen = this.held.get(ended);
    this.held.delete(ended);
    return seen?.yields && seen.returns !== undefined
      ? `line ${seen.returns + 1}: \`return\` with a value in an async generator`
      : null;
  }
}

/**
 * The problem of one statement's pieces (statement-pieces.ts): its header among the blocks `open`, the simple statements
 * of a one-line body within its own block too; its names and declarations in `scopes`.
 */
function compoundProblem(
  pieces: ReturnType<typeof piecesOf>,
  open: Block[],
  indent: number,
  line: number,
  scopes: DeclarationScopes,
): string | null {
  const { clause, header, simple } = pieces;
  const definition = clause === 'def' || clause === 'async def' || clause === 'class';
  if (clause !== 'other' && !definition) {
    const problem = simpleProblem(header, open, line, true);
    if (problem !== null) return problem;
    scopes.use(header);
    scopes.bind(headerBinds(header));
  }
  if (definition) {
    // (Its default values, annotations and bases run in the scope around it, before its own scope opens.)
    const outside = enclosingCode(header);
    const problem = simpleProblem(outside, open, line, true) ?? parametersProblem(header, line);
    if (problem !== null) return problem;
    scopes.use(outside);
    scopes.bind(headerBinds(header));
    scopes.use(/^\s*(?:async\s+)?(?:def|class)\s+(\w+)/.exec(header)?.[1] ?? '');
    scopes.enter(indent, clause === 'class' ? 'class' : 'def', clause === 'class' ? new Set() : parameterNames(header));
  }
  const context = clause === 'other' ? open : [...open, { indent, clause }];
  for (const piece of simple) {
    if (clause !== 'other' && isCompound(piece))
      return `line ${line + 1}: a compound statement in a body on its header's line`;
    const problem = simpleProblem(piece, context, line) ?? scopes.statement(piece, line);
    if (problem !== null) return problem;
  }
  // (A one-line function's or class's scope ends with its line.)
  if (definition && !pieces.opens) scopes.leave(indent);
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

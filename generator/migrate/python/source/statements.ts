/**
 * A Python module's statements at one level (the module's, or a class body's), read from its text without running
 * it: where each starts and ends, with the decorators and comment lines above it, what it is and what it binds, and
 * the names its code reads. Strings and comments are set apart first, so that a bracket or a `def` in a string does
 * not count; an f-string's text still counts as code read (`f"{base_url}/x"` reads `base_url`).
 */

export type StatementKind = 'future' | 'import' | 'def' | 'class' | 'assign' | 'other';

export interface Statement {
  /** First line (a decorator or a comment line above it), 0-based. */
  start: number;
  /** The `def`/`class`/statement line itself. */
  head: number;
  /** One past the last line, trailing blank lines left out. */
  end: number;
  kind: StatementKind;
  /** The names it binds at its level: a def's or class's name, an assignment's targets, an import's names. */
  binds: string[];
  /** Its decorators' text, one per decorator (`pytest.fixture(autouse=True)`). */
  decorators: string[];
}

import { importStatementOf } from './import-statements';
import type { ModuleLines } from './module-lines';

export { readModule, type ModuleLines } from './module-lines';

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** The statements at `indent` within lines [from, to): a class body's, or (indent 0) the module's. */
export function statementsAt(module: ModuleLines, from: number, to: number, indent: number): Statement[] {
  const { lines, code, continues } = module;
  const heads: number[] = [];
  for (let i = from; i < to; i++)
    if (!continues[i] && code[i].trim() !== '' && indentOf(lines[i]) === indent) heads.push(i);
  const statements: Statement[] = [];
  let decorators: number[] = [];
  for (const [n, head] of heads.entries()) {
    const text = code[head].trim();
    if (text.startsWith('@')) {
      decorators.push(head);
      continue;
    }
    let start = decorators[0] ?? head;
    // Comment lines right above it (no blank line between) at its indent are its own.
    while (start - 1 >= from && lines[start - 1].trim().startsWith('#') && indentOf(lines[start - 1]) === indent)
      start--;
    let end = n + 1 < heads.length ? heads[n + 1] : to;
    // What is above the next statement's decorators and comments is not this one's.
    while (end > head + 1 && (lines[end - 1].trim() === '' || isOwnComment(lines, end - 1, indent))) end--;
    const decoratorText = decorators.map((d) => lines.slice(d, nextCode(module, d)).join(' ').trim().slice(1));
    statements.push({ start, head, end, ...classify(module, head, end), decorators: decoratorText });
    decorators = [];
  }
  return statements;
}

function isOwnComment(lines: string[], at: number, indent: number): boolean {
  return lines[at].trim().startsWith('#') && indentOf(lines[at]) <= indent;
}

/** The line after the one at `at` and its continuation lines. */
function nextCode(module: ModuleLines, at: number): number {
  let i = at + 1;
  while (i < module.lines.length && module.continues[i]) i++;
  return i;
}

function classify(module: ModuleLines, head: number, end: number): { kind: StatementKind; binds: string[] } {
  const text = module.code.slice(head, Math.min(end, nextCode(module, head))).join(' ');
  const line = text.trim();
  const named = /^(?:async\s+)?(def|class)\s+(\w+)/.exec(line);
  if (named) return { kind: named[1] as 'def' | 'class', binds: [named[2]] };
  const imported = importStatementOf(line);
  if (imported?.module === '__future__') return { kind: 'future', binds: [] };
  if (imported !== null) return { kind: 'import', binds: imported.names.map((n) => n.bound) };
  const assigned = /^([\w\s,()[\]*]+?)\s*(?::[^=]+)?=(?!=)/.exec(line);
  if (assigned) return { kind: 'assign', binds: assigned[1].split(/[\s,()[\]*]+/).filter((n) => /^\w+$/.test(n)) };
  return { kind: 'other', binds: [] };
}

/** The names a stretch of code reads: identifiers not after a `.` (an attribute is no name of the module's). */
export function namesRead(module: ModuleLines, from: number, to: number): Set<string> {
  const names = new Set<string>();
  for (const line of module.words.slice(from, to))
    for (const m of line.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)) names.add(m[0]);
  return names;
}

/** The attribute names a stretch of code reads of `self` or `cls` (a class's members it calls). */
export function membersRead(module: ModuleLines, from: number, to: number): Set<string> {
  const names = new Set<string>();
  for (const line of module.words.slice(from, to))
    for (const m of line.matchAll(/\b(?:self|cls)\.(\w+)/g)) names.add(m[1]);
  return names;
}

/**
 * The top-level import statements a module opens with (after its docstring and future imports), up to its first other
 * statement: where an import added to it goes. Not its last import of all: a package `__init__.py` often imports again
 * below code reading its `__all__` (the loop setting each exported name's `__module__`), which would fail on a name
 * listed there and bound only below it.
 */
export function leadingImports(module: ModuleLines): Statement | undefined {
  const top = statementsAt(module, 0, module.lines.length, 0);
  const first = top.findIndex((s) => s.kind === 'import');
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < top.length && (top[last + 1].kind === 'import' || top[last + 1].kind === 'future')) last++;
  return top[last];
}

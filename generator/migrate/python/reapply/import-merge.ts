/**
 * Import statements a carry adds to a module, put where the module's own imports are: a name imported `from` a module
 * the text already imports from at its top level goes into that statement (into its parentheses, or onto its line
 * while it fits Ruff's line length, else laid out in parentheses as Ruff does), the rest as statements of their own
 * after the module's leading imports. A statement of its own beside one from the same module is what Ruff's isort
 * rewrites, and a person reviewing the move reads as noise.
 */

/** Ruff's line length in Stainless's and sdkgen's pyproject.toml. */
const LINE_LENGTH = 120;

import { stringOpenings } from '../source/string-lines';
import {
  importStatementOf,
  pythonImports,
  topLevelImports as topLevelStatements,
  type PythonImport,
} from '../source/import-statements';

/** `text` with each of `statements` (`from m import a`, `from m import a as b`, `import m`) put among its imports. */
export function withImportStatements(text: string, statements: string[]): string {
  let lines = text.split('\n');
  const alone: string[] = [];
  for (const given of statements) {
    // A plain `import x` the module binds already (a carry placed it, or sdkgen's module has it): not again.
    const statement = withoutBound([...lines, ...alone], given);
    if (statement === null) continue;
    const merged = intoExisting(lines, statement);
    if (merged === null) alone.push(statement);
    else lines = merged;
  }
  if (alone.length === 0) return lines.join('\n');
  const at = afterImports(lines);
  return [...lines.slice(0, at), ...alone, ...lines.slice(at)].join('\n');
}

/** The lines with `statement`'s name added to a top-level statement importing from the same module; null if none. */
function intoExisting(lines: string[], statement: string): string[] | null {
  const wanted = importStatementOf(statement);
  if (wanted === null || wanted.indent !== '' || !oneLineFrom(wanted)) return null;
  const { module } = wanted;
  const names = wanted.names.map((n) => n.text);
  const end = afterImports(lines);
  for (const found of topLevelStatements(lines)) {
    if (found.start >= end || found.module !== module) continue;
    if (openList(lines, found)) {
      const close = found.end - 1;
      const present = found.names.map((n) => n.text);
      const added = names.filter((name) => !present.includes(name));
      const indent = /^\s*/.exec(lines[found.start + 1] ?? '')?.[0] || '    ';
      return [...lines.slice(0, close), ...added.map((name) => `${indent}${name},`), ...lines.slice(close)];
    }
    if (oneLineFrom(found)) {
      const present = found.names.map((n) => n.text);
      const all = [...present, ...names.filter((name) => !present.includes(name))];
      const line = `from ${module} import ${all.join(', ')}`;
      const laidOut =
        line.length <= LINE_LENGTH ? [line] : [`from ${module} import (`, ...all.map((name) => `    ${name},`), ')'];
      return [...lines.slice(0, found.start), ...laidOut, ...lines.slice(found.start + 1)];
    }
  }
  return null;
}

/** `from m import a, b` on one line, no parentheses, no comment. */
function oneLineFrom(statement: PythonImport): boolean {
  return (
    statement.kind === 'from' &&
    statement.end - statement.start === 1 &&
    !statement.parenthesised &&
    statement.comment === null &&
    !statement.star
  );
}

/** `from m import (` alone on its first line (a comment after it), its names one a line, `)` alone on its last. */
function openList(lines: string[], statement: PythonImport): boolean {
  return (
    statement.parenthesised &&
    statement.names.every((n) => n.line > statement.start) &&
    /^\s*\)/.test(lines[statement.end - 1])
  );
}

/**
 * `statement` less the modules a top-level `import` of `lines` imports already under the same name (`import a.b`,
 * `import a as b`); null when nothing is left. A `from` statement is left as it is (intoExisting merges it).
 */
function withoutBound(lines: string[], statement: string): string | null {
  const wanted = importStatementOf(statement.trim());
  if (wanted === null || wanted.kind !== 'import' || wanted.end - wanted.start !== 1) return statement;
  const bound = new Set(
    topLevelStatements(lines)
      .filter((s) => s.kind === 'import')
      .flatMap((s) => s.names.map((n) => n.text)),
  );
  const left = wanted.names.map((n) => n.text).filter((element) => !bound.has(element));
  if (left.length === 0) return null;
  return `import ${left.join(', ')}`;
}

/** The line after the module's leading imports (after its docstring and comments when it has none). */
export function afterImports(lines: string[]): number {
  const starts = new Map(topLevelStatements(lines).map((s) => [s.start, s]));
  const inString = stringLines(lines);
  let after = 0;
  for (let i = 0; i < lines.length; i++) {
    const statement = starts.get(i);
    if (statement !== undefined) {
      after = statement.end;
      i = statement.end - 1;
      continue;
    }
    if (inString.has(i)) continue;
    const line = lines[i];
    if (/^(class|def|async def|if|try|@)\b/.test(line) || /^[A-Za-z_]\w*\s*(:|=)/.test(line)) break;
  }
  return after;
}

/** The lines inside a triple-quoted string opened above (a docstring's): their words are no statement. */
function stringLines(lines: string[]): Set<number> {
  return new Set(stringOpenings(lines).flatMap((opened, i) => (opened >= 0 ? [i] : [])));
}

/**
 * Top-level import statements, as lines added to a module (a parenthesised list joined onto one line); null when a
 * line is anything else (code, a comment, an indented line).
 */
export function topLevelImports(added: string[]): string[] | null {
  const statements = pythonImports(added);
  const covered = new Set(statements.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)));
  if (added.some((line, i) => line.trim() !== '' && !covered.has(i))) return null;
  if (statements.some((s) => s.indent !== '' || s.commented || (s.names.length === 0 && !s.star))) return null;
  // (A statement on one line as it was written; one over several lines joined.)
  const out = statements.map((s) => (s.end - s.start === 1 && !s.parenthesised ? added[s.start].trim() : s.text));
  return out.length > 0 ? out : null;
}

/**
 * Names the owners added to an import statement of Stainless's (stagehand's `from typing import Dict, Optional` →
 * `from typing import TYPE_CHECKING, Dict, Optional, cast`, between their marker comments), where sdkgen's module
 * imports from that module in a statement of its own words: the names go into sdkgen's statement, with the owners'
 * comment lines around it. A name the owners took out stays (sdkgen's code may use it).
 */
import type { Reapplied } from '../../reapply/hunks';
import { placeRejected } from '../../reapply/insertions';
import { importStatementOf, topLevelImports, type PythonImport } from '../source/import-statements';
/** Ruff's line length in Stainless's and sdkgen's pyproject.toml. */
const LINE_LENGTH = 120;

export function intoImportLines(carried: Reapplied): Reapplied {
  return placeRejected(carried, intoImportLine);
}

function intoImportLine(text: string, hunk: string): string | null {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  const code = added.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (removed.length !== 1 || code.length !== 1) return null;
  const [before, after] = [importStatementOf(removed[0]), importStatementOf(code[0])];
  if (before === null || after === null || !plainFrom(before) || !plainFrom(after) || before.module !== after.module)
    return null;
  const had = names(before);
  const come = names(after).filter((name) => !had.includes(name));
  const lines = text.split('\n');
  const ourStatement = topLevelImports(lines).find((s) => plainFrom(s) && s.module === after.module);
  if (ourStatement === undefined) return null;
  const at = ourStatement.start;
  const ours = names(ourStatement);
  const all = [...ours, ...come.filter((name) => !ours.includes(name))];
  const one = `from ${after.module} import ${all.join(', ')}`;
  const statement =
    one.length <= LINE_LENGTH ? [one] : [`from ${after.module} import (`, ...all.map((name) => `    ${name},`), ')'];
  // The owners' comment lines before and after their statement, around sdkgen's.
  const index = added.indexOf(code[0]);
  const [above, below] = [added.slice(0, index), added.slice(index + 1)];
  return [...lines.slice(0, at), ...above, ...statement, ...below, ...lines.slice(at + 1)].join('\n');
}

/** A `from m import a, b` on one line of its own: at the top, no parentheses, no comment, not `*`. */
function plainFrom(statement: PythonImport): boolean {
  return (
    statement.kind === 'from' &&
    statement.indent === '' &&
    statement.end - statement.start === 1 &&
    !statement.parenthesised &&
    statement.comment === null &&
    !statement.star
  );
}

/** The names (with `as` aliases) the statement imports, in order. */
function names(statement: PythonImport): string[] {
  return statement.names.map((n) => n.text);
}

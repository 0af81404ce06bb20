/**
 * An import name the owners added only for a types-only edit that does not apply (typing-only.ts) goes with that edit.
 * cartesia's tests/utils.py: the owners changed `from typing import …, Iterator, …` to import `Generator` for
 * `def update_env(…) -> Generator[None]:`, a function sdkgen's module does not have. Their import line is carried (an
 * edit of sdkgen's import from the same module), the annotation is not: the name would be imported and never read
 * (pyright's reportUnusedImport, in a module that was clean). Only a name nothing else in sdkgen's module reads, that
 * Stainless's module did not import, and that no comment shares a line with, is taken out.
 */
import { pythonImports } from '../source/import-statements';

/** `text` without the import names only `hunks` (set aside) read; `names`: those taken out. */
export function withoutImportsOnlyFor(
  text: string,
  hunks: string[],
  stainless: string,
): { text: string; names: string[] } {
  const identifiers = (sign: string) =>
    new Set(
      hunks
        .flatMap((hunk) => hunk.split('\n').slice(1))
        .filter((line) => line.startsWith(sign))
        .flatMap((line) => line.slice(1).match(/\b[A-Za-z_]\w*\b/g) ?? []),
    );
  const before = identifiers('-');
  const candidates = [...identifiers('+')].filter((name) => !before.has(name));
  const taken: string[] = [];
  let result = text;
  for (const name of candidates) {
    if (fromImports(stainless).some((statement) => statement.names.includes(name))) continue;
    const statement = fromImports(result).find((s) => s.names.includes(name) && !s.text.includes('#'));
    if (statement === undefined) continue;
    const rest = fromImports(result).reduce((code, s) => code.replace(s.text, ''), result);
    if (new RegExp(`\\b${name}\\b`).test(rest)) continue;
    const names = statement.names.filter((n) => n !== name);
    const replacement =
      names.length === 0
        ? ''
        : statement.text.includes('(')
          ? `${statement.indent}from ${statement.module} import (\n${names.map((n) => `${statement.indent}    ${n},\n`).join('')}${statement.indent})`
          : `${statement.indent}from ${statement.module} import ${names.join(', ')}`;
    result =
      names.length === 0 ? result.replace(`${statement.text}\n`, '') : result.replace(statement.text, replacement);
    taken.push(name);
  }
  return { text: result, names: taken };
}

/** A module's `from X import a, b` statements (one line, or a parenthesised list), each name imported without `as`. */
function fromImports(text: string): Array<{ text: string; indent: string; module: string; names: string[] }> {
  const lines = text.split('\n');
  return pythonImports(lines)
    .filter((s) => s.module !== null && !s.star && s.names.length > 0 && s.names.every((n) => n.alias === null))
    .map((s) => ({
      text: lines.slice(s.start, s.end).join('\n'),
      indent: s.indent,
      module: s.module!,
      names: s.names.map((n) => n.name),
    }));
}

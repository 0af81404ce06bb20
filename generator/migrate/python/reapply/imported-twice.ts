/**
 * A name a carried module imports twice at its top: groq's owners added `overload` to Stainless's `from typing import
 * …` for their `@overload` set (overload-sets.ts), and sdkgen's module imports `overload` from `typing_extensions`.
 * Carried line by line, both statements bind it (Ruff: F811, a redefinition of an unused name). `typing_extensions`
 * re-exports every name of `typing` (its backports are the same names), so one binding is enough: the one sdkgen's
 * module has stays (regenerations write it again, and it is what sdkgen's code reads), and the name goes from the
 * other statement, which goes too when nothing is left in it. The owners' edit is not lost: the name is imported.
 * A name bound twice from unrelated modules is a conflict of meaning, not of spelling: it stays for pyright to report.
 * Each statement a name went from was an owners' edit whose result sdkgen's module has already: counted so.
 */
import { topLevelImports } from '../source/import-statements';

/** Modules that bind a name to the same thing: `typing_extensions` re-exports `typing`'s names. */
const SAME_SOURCE: Record<string, string> = { typing: 'typing', typing_extensions: 'typing' };

/** Ruff's line length in Stainless's and sdkgen's pyproject.toml. */
const LINE_LENGTH = 120;

interface Statement {
  module: string;
  /** Lines [start, end) of the statement. */
  start: number;
  end: number;
  /** Each imported element as written (`a`, `a as b`). */
  elements: string[];
  /** The comment after its first line (`# type: ignore`, `from m import (  # …`): kept where it is laid out again. */
  comment: string | null;
}

/**
 * `text` with each name imported twice (as said above) imported once, as `ours` (sdkgen's text) imports it, and how
 * many statements a name went from.
 */
export function withoutNamesImportedTwice(ours: string, given: string): { text: string; statements: number } {
  const joined = withSameModuleJoined(ours, given);
  // (A joined statement is carried, not already there: only the statements a name went from count.)
  return withoutNamesBoundTwice(ours, joined);
}

/**
 * `text` with each pair of one-line `from m import …` statements right below each other (blank lines, comments and
 * other imports between them at most), from a module sdkgen's module imports from in one statement, made one: the
 * first takes the names of the second it has not (dedalus's owners' whole `from typing import TYPE_CHECKING, Any,
 * Optional, cast` below sdkgen's `from typing import Optional, cast`, which had taken their `TYPE_CHECKING`). Code
 * between them (a late import, perhaps for an import cycle) leaves them as they are, as does a comment on the second.
 */
function withSameModuleJoined(ours: string, text: string): string {
  const sdkgens = topLevelFromImports(ours.split('\n'));
  let lines = text.split('\n');
  for (;;) {
    const found = topLevelFromImports(lines);
    const pair = found.flatMap((first, i) => {
      const second = found.slice(i + 1).find((s) => s.module === first.module);
      if (second === undefined || sdkgens.filter((s) => s.module === first.module).length !== 1) return [];
      if (first.end - first.start !== 1 || second.end - second.start !== 1 || second.comment !== null) return [];
      const between = lines.slice(first.end, second.start);
      const importsBetween = found.filter((s) => s.start >= first.end && s.end <= second.start);
      const covered = (at: number) => importsBetween.some((s) => at >= s.start && at < s.end);
      const apart = between.some(
        (line, j) => line.trim() !== '' && !line.trimStart().startsWith('#') && !covered(first.end + j),
      );
      return apart ? [] : [{ first, second }];
    })[0];
    if (pair === undefined) return lines.join('\n');
    const { first, second } = pair;
    const names = [...first.elements, ...second.elements.filter((element) => !first.elements.includes(element))];
    // (On its line while it fits Ruff's line length, else in parentheses as Ruff lays it out.)
    const line = laidOut(first, names);
    const fits = line.every((text) => text.length <= LINE_LENGTH);
    lines = [
      ...lines.slice(0, first.start),
      ...(fits ? line : laidOut({ ...first, end: first.start + 2 }, names)),
      ...lines.slice(first.end, second.start),
      ...lines.slice(second.end),
    ];
  }
}

function withoutNamesBoundTwice(ours: string, text: string): { text: string; statements: number } {
  const lines = text.split('\n');
  const statements = topLevelFromImports(lines);
  const oursBound = new Set(topLevelFromImports(ours.split('\n')).flatMap((s) => s.elements.map((e) => key(s, e))));
  const byBinding = new Map<string, Array<{ statement: Statement; element: string }>>();
  for (const statement of statements)
    for (const element of statement.elements) {
      const binding = `${sourceOf(statement.module)}:${element}`;
      byBinding.set(binding, [...(byBinding.get(binding) ?? []), { statement, element }]);
    }
  const drop = new Map<Statement, Set<string>>();
  for (const found of byBinding.values()) {
    if (found.length < 2) continue;
    const kept = found.filter(({ statement, element }) => oursBound.has(key(statement, element)));
    // Neither or both as sdkgen writes them: nothing says which is the one to keep.
    if (kept.length !== 1) continue;
    for (const { statement, element } of found)
      if (statement !== kept[0].statement) drop.set(statement, new Set([...(drop.get(statement) ?? []), element]));
  }
  if (drop.size === 0) return { text, statements: 0 };
  let out = lines;
  for (const statement of [...drop.keys()].sort((a, b) => b.start - a.start)) {
    const left = statement.elements.filter((element) => !drop.get(statement)!.has(element));
    out = [...out.slice(0, statement.start), ...laidOut(statement, left), ...out.slice(statement.end)];
  }
  return { text: out.join('\n'), statements: drop.size };
}

/** The top-level `from m import …` statements (one line, or a parenthesised list), with their elements. */
function topLevelFromImports(lines: string[]): Statement[] {
  return topLevelImports(lines).flatMap((s) => {
    if (s.kind !== 'from' || s.star || s.module === null) return [];
    const oneLine = s.end - s.start === 1;
    // A comment inside the list is the owners' or sdkgen's words about a name: such a statement is left as it is.
    const inside = lines.slice(s.start + 1, s.end);
    if (
      !oneLine &&
      (!s.parenthesised || s.names.some((n) => n.line === s.start) || inside.some((l) => l.includes('#')))
    )
      return [];
    const comment = /#.*$/.exec(lines[s.start])?.[0] ?? null;
    return [{ module: s.module, start: s.start, end: s.end, elements: s.names.map((n) => n.text), comment }];
  });
}

/**
 * The statement importing `elements` laid out as it was: on one line, or a parenthesised list (one a line, with the
 * trailing comma Ruff keeps it split by); none when nothing is left.
 */
function laidOut({ module, start, end, comment }: Statement, elements: string[]): string[] {
  if (elements.length === 0) return [];
  const after = comment === null ? '' : `  ${comment}`;
  if (end - start === 1) return [`from ${module} import ${elements.join(', ')}${after}`];
  return [`from ${module} import (${after}`, ...elements.map((element) => `    ${element},`), ')'];
}

function sourceOf(module: string): string {
  return SAME_SOURCE[module] ?? module;
}

function key(statement: Statement, element: string): string {
  return `${statement.module}:${element}`;
}

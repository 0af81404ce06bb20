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

/** Modules that bind a name to the same thing: `typing_extensions` re-exports `typing`'s names. */
const SAME_SOURCE: Record<string, string> = { typing: 'typing', typing_extensions: 'typing' };

const FROM_ONE = /^from\s+(\S+)\s+import\s+([^()#\n]+?)\s*(#.*)?$/;
const FROM_OPEN = /^from\s+(\S+)\s+import\s*\(\s*(#.*)?$/;

interface Statement {
  module: string;
  /** Lines [start, end) of the statement. */
  start: number;
  end: number;
  /** Each imported element as written (`a`, `a as b`). */
  elements: string[];
}

/**
 * `text` with each name imported twice (as said above) imported once, as `ours` (sdkgen's text) imports it, and how
 * many statements a name went from.
 */
export function withoutNamesImportedTwice(ours: string, text: string): { text: string; statements: number } {
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
  const out: Statement[] = [];
  for (let i = 0; i < lines.length; i++) {
    const one = FROM_ONE.exec(lines[i]);
    if (one !== null) {
      out.push({ module: one[1], start: i, end: i + 1, elements: elementsOf(one[2]) });
      continue;
    }
    const open = FROM_OPEN.exec(lines[i]);
    if (open === null) continue;
    const close = lines.findIndex((line, j) => j > i && /^\s*\)/.test(line));
    if (close < 0) break;
    const inside = lines.slice(i + 1, close);
    // A comment inside the list is the owners' or sdkgen's words about a name: such a statement is left as it is.
    if (inside.every((line) => !line.includes('#')))
      out.push({ module: open[1], start: i, end: close + 1, elements: elementsOf(inside.join(',')) });
    i = close;
  }
  return out;
}

/**
 * The statement importing `elements` laid out as it was: on one line, or a parenthesised list (one a line, with the
 * trailing comma Ruff keeps it split by); none when nothing is left.
 */
function laidOut({ module, start, end }: Statement, elements: string[]): string[] {
  if (elements.length === 0) return [];
  if (end - start === 1) return [`from ${module} import ${elements.join(', ')}`];
  return [`from ${module} import (`, ...elements.map((element) => `    ${element},`), ')'];
}

function elementsOf(list: string): string[] {
  return list
    .split(',')
    .map((element) => element.trim().replace(/\s+/g, ' '))
    .filter((element) => element !== '');
}

function sourceOf(module: string): string {
  return SAME_SOURCE[module] ?? module;
}

function key(statement: Statement, element: string): string {
  return `${statement.module}:${element}`;
}

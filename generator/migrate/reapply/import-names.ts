/**
 * Names the owners added to a named import laid over several lines (`import {` … `} from './completions';`): the
 * names around theirs are Stainless's, which sdkgen's import of the same module need not list, so the lines find no
 * place. They go into sdkgen's import from the same module, before its closing line; a name it imports already is
 * not repeated. Null for any other hunk, or where sdkgen's module has no such import over several lines.
 */

const NAME_LINE = /^\s+(?:type\s+)?[A-Za-z_$][\w$]*(?:\s+as\s+[A-Za-z_$][\w$]*)?,\s*$/;
const CLOSING = /^\}\s*from\s*['"]([^'"]+)['"];?\s*$/;

/** A module specifier as a module names it, whatever its extension (sdkgen's imports end in `.js`, Stainless's not). */
const sameModule = (a: string | undefined, b: string) =>
  a !== undefined && a.replace(/\.[cm]?js$/, '') === b.replace(/\.[cm]?js$/, '');

/** The specifier of the multi-line named import that line `at` is inside, or null. */
function importAround(lines: string[], at: number): { specifier: string } | null {
  let open = at - 1;
  while (open >= 0 && NAME_LINE.test(lines[open])) open--;
  if (open < 0 || !/^import\s+(?:type\s+)?\{\s*$/.test(lines[open])) return null;
  let close = at;
  while (close < lines.length && NAME_LINE.test(lines[close])) close++;
  const specifier = CLOSING.exec(lines[close]?.trim() ?? '')?.[1];
  return specifier === undefined ? null : { specifier };
}

export function placeImportNames(added: string[], removed: string[], baseAt: number, base: string[], target: string[]) {
  if (removed.length > 0 || added.length === 0 || !added.every((line) => NAME_LINE.test(line))) return null;
  const around = importAround(base, baseAt);
  if (around === null) return null;
  const close = target.findIndex((line, i) => {
    if (!sameModule(CLOSING.exec(line.trim())?.[1], around.specifier)) return false;
    return importAround(target, i) !== null || /^import\s+(?:type\s+)?\{\s*$/.test(target[i - 1] ?? '');
  });
  if (close < 0) return null;
  let open = close - 1;
  while (open >= 0 && NAME_LINE.test(target[open])) open--;
  // A name sdkgen imports already, as a type or not, is not repeated.
  const name = (line: string) => line.trim().replace(/^type\s+/, '');
  const present = new Set(target.slice(open + 1, close).map(name));
  const adding = added.filter((line) => !present.has(name(line)));
  return { start: close, end: close, lines: adding };
}

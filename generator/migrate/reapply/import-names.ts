/**
 * Names the owners added to a named import laid over several lines (`import {` … `} from './completions';`): the
 * names around theirs are Stainless's, which sdkgen's import of the same module need not list, so the lines find no
 * place. They go into sdkgen's import from the same module, before its closing line; a name it imports already is
 * not repeated. Null for any other hunk, or where sdkgen's module has no such import over several lines.
 */

const NAME_LINE = /^\s+(?:type\s+)?[A-Za-z_$][\w$]*(?:\s+as\s+[A-Za-z_$][\w$]*)?,\s*$/;
const CLOSING = /^\}\s*from\s*(['"][^'"]+['"]);?\s*$/;

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
    if (CLOSING.exec(line.trim())?.[1] !== around.specifier) return false;
    return importAround(target, i) !== null || /^import\s+(?:type\s+)?\{\s*$/.test(target[i - 1] ?? '');
  });
  if (close < 0) return null;
  let open = close - 1;
  while (open >= 0 && NAME_LINE.test(target[open])) open--;
  const present = new Set(target.slice(open + 1, close).map((line) => line.trim()));
  const adding = added.filter((line) => !present.has(line.trim()));
  return { start: close, end: close, lines: adding };
}

/**
 * An edit of a module's re-export lists (a resource's `index.ts`) whose result sdkgen's module has already: each name
 * it touches is exported by sdkgen's module as the owners' module exports it now (as a value, as a type only, or not
 * at all). openai-node's resource indexes, taken as before their first hand edit, went from Stainless's old lists
 * (`export { ChatCompletionsPage, Completions, ChatCompletion } from './completions'`) to its later ones (`Completions,
 * type ChatCompletion, type ChatCompletionsPage`): hunks taking out `ChatCompletionsPage,`, or putting `type` before
 * names, found no place in sdkgen's lists, which say the same already. Read only in modules of export lists alone
 * (Stainless's, the owners' and sdkgen's): one with code or an `export *` is not read here.
 */

type Kind = 'value' | 'type';

/** An export list's opening, closing, or whole statement, its items aside. */
const OPEN = /^export\s+(type\s+)?\{/;
const CLOSE = /\}\s*(?:from\s*['"][^'"\n]+['"])?\s*;?$/;
const ITEM = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/;

/**
 * Whether the hunk (lines [baseStart, baseEnd) of `base` made lines [start, end) of `edited`) only changes export
 * lists, and every name on its lines is exported by `target` as by `edited`.
 */
export function reexportsHold(
  base: string[],
  edited: string[],
  hunk: { baseStart: number; baseEnd: number; start: number; end: number },
  target: string[],
): boolean {
  // (Only in a module of re-exports alone, as the three are: a list of names elsewhere, Python's parenthesised
  // imports say, is not an export list.)
  if (![base, edited, target].every(reexportsOnly)) return false;
  const touched = new Set<string>();
  for (const line of [...base.slice(hunk.baseStart, hunk.baseEnd), ...edited.slice(hunk.start, hunk.end)]) {
    const names = listLineNames(line);
    if (names === null) return false;
    for (const name of names) touched.add(name);
  }
  if (touched.size === 0) return false;
  const [owners, sdkgens] = [exportKinds(edited), exportKinds(target)];
  if (owners === null || sdkgens === null) return false;
  return [...touched].every((name) => owners.get(name) === sdkgens.get(name));
}

/** Whether every line of a module is of an export list (or a whole one), a comment or blank. */
function reexportsOnly(lines: string[]): boolean {
  return lines.every((line) => /^\s*(?:\/[/*]|\*)/.test(line) || listLineNames(line) !== null);
}

/** The exported names on one line of an export list (its opening and closing too); null for any other line. */
function listLineNames(raw: string): string[] | null {
  let line = raw.trim();
  if (line === '' || line.startsWith('//')) return [];
  line = line.replace(OPEN, '').replace(CLOSE, '').trim();
  const items = line
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const names: string[] = [];
  for (const item of items) {
    const match = ITEM.exec(item);
    if (match === null) return null;
    names.push(match[3] ?? match[2]);
  }
  // (A line left with nothing but brackets or keywords of another statement is not a list's.)
  if (names.length === 0 && !OPEN.test(raw.trim()) && !CLOSE.test(raw.trim())) return null;
  return names;
}

/**
 * What a module exports by name, and how: from its export lists (`export { a, type b } from '…'`, `export type { c }`)
 * and declarations; null where it has an `export *` (what that passes on is not read here).
 */
function exportKinds(lines: string[]): Map<string, Kind> | null {
  const text = lines
    .map((line) => line.replace(/\r?\n$/, ''))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  if (/^\s*export\s+(?:type\s+)?\*\s+from/m.test(text)) return null;
  const kinds = new Map<string, Kind>();
  for (const [, typeOnly, list] of text.matchAll(/^\s*export\s+(type\s+)?\{([^}]*)\}/gm))
    for (const item of list.split(',').map((i) => i.trim())) {
      const match = ITEM.exec(item);
      if (match === null) continue;
      const kind: Kind = typeOnly || match[1] ? 'type' : 'value';
      const name = match[3] ?? match[2];
      // (A name exported both ways is a value.)
      if (kinds.get(name) !== 'value') kinds.set(name, kind);
    }
  for (const [, keyword, name] of text.matchAll(
    /^\s*export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(class|function|const|let|var|enum|namespace|interface|type)\s+([\w$]+)/gm,
  ))
    if (kinds.get(name) !== 'value') kinds.set(name, keyword === 'interface' || keyword === 'type' ? 'type' : 'value');
  return kinds;
}

/**
 * What an owners' edit placed again in sdkgen's module that has it already, by name, which TypeScript takes as a
 * duplicate identifier and which adds nothing of theirs: an import line word for word (groq's owners imported `Stream`
 * into Stainless's chat completions, which sdkgen's imports itself), and a one-line member of an interface of the same
 * name (writer's owners added a `'Content-Type'` header param to `FileUploadParams`, which sdkgen's, from a later
 * spec, has). The first stays: for a member, the owners' where their edit placed it first.
 */

const IMPORT_LINE = /^import\s[^;\n]*\sfrom\s+['"][^'"\n]+['"];?\s*$/;
const INTERFACE_OPEN = /^(?:export\s+)?(?:declare\s+)?interface\s[^{]*\{\s*$/;
const MEMBER_LINE = /^ {2}(?:readonly\s+)?(['"]?)([\w$.-]+)\1\??:[^\n]*;\s*$/;

/**
 * `text` without the one-line import statements that repeat an earlier one word for word, or that name only what
 * earlier ones import already, from wherever (anthropic's owners imported `PageParams` and `PageResponse` into
 * Stainless's client from `./core/pagination`, which sdkgen's client imports from `./pagination.js`).
 */
export function withoutRepeatedImports(text: string): string {
  const seen = new Set<string>();
  const bound = new Set<string>();
  const lines = text.split('\n');
  const kept = lines.filter((line) => {
    if (!IMPORT_LINE.test(line)) return true;
    const statement = line.trim().replace(/;$/, '');
    const names = importedNames(statement);
    if (seen.has(statement) || (names !== null && names.length > 0 && names.every((n) => bound.has(n)))) return false;
    seen.add(statement);
    for (const name of names ?? []) bound.add(name);
    return true;
  });
  return kept.length === lines.length ? text : kept.join('\n');
}

/** The local names a one-line import binds (`import X, { type A, B as C } from '…'`: X, A, C); null if not read. */
function importedNames(statement: string): string[] | null {
  const clause = /^import\s+(?:type\s+)?(.*?)\s+from\s/.exec(statement)?.[1];
  if (clause === undefined) return null;
  const names: string[] = [];
  const braces = /\{([^}]*)\}/.exec(clause);
  for (const part of braces?.[1].split(',') ?? []) {
    const name = /(?:^|\s)([\w$]+)\s*$/.exec(part.trim())?.[1];
    if (name) names.push(name);
  }
  const rest = clause
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, ' ')
    .trim();
  const namespace = /^\*\s+as\s+([\w$]+)$/.exec(rest)?.[1];
  if (namespace) names.push(namespace);
  else if (/^[\w$]+$/.test(rest)) names.push(rest);
  else if (rest !== '') return null;
  return names;
}

/**
 * `text` without the later of two one-line members of the same name in a top-level interface, with that member's doc
 * comment and the blank line before it.
 */
export function withoutRepeatedMembers(text: string): string {
  const lines = text.split('\n');
  const drop = new Set<number>();
  let names: Set<string> | null = null;
  lines.forEach((line, i) => {
    if (INTERFACE_OPEN.test(line)) names = new Set();
    else if (names !== null && line.startsWith('}')) names = null;
    const name = names === null ? undefined : MEMBER_LINE.exec(line)?.[2];
    if (names === null || name === undefined) return;
    if (!names.has(name)) return void names.add(name);
    drop.add(i);
    let start = i;
    if (/^\/\*\*.*\*\/$/.test(lines[i - 1]?.trim() ?? '')) start = i - 1;
    else if (lines[i - 1]?.trim() === '*/') {
      while (start > 0 && !lines[start - 1].trim().startsWith('/**')) start -= 1;
      start -= 1;
    }
    for (let j = start; j < i; j += 1) drop.add(j);
    if (start > 0 && lines[start - 1].trim() === '') drop.add(start - 1);
  });
  return drop.size === 0 ? text : lines.filter((_, i) => !drop.has(i)).join('\n');
}

/** Both of the above, for a module an owners' edit was carried into. */
export function withoutRepeats(text: string): string {
  return withoutRepeatedMembers(withoutRepeatedImports(text));
}

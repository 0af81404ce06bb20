/**
 * What an owners' edit placed again in sdkgen's module that has it already, by name, which TypeScript takes as a
 * duplicate identifier and which adds nothing of theirs: an import line word for word (groq's owners imported `Stream`
 * into Stainless's chat completions, which sdkgen's imports itself), and a one-line member of an interface of the same
 * name (writer's owners added a `'Content-Type'` header param to `FileUploadParams`, which sdkgen's, from a later
 * spec, has). The first stays: for a member, the owners' where their edit placed it first.
 */

import { importsJoined } from './joined-imports';

const IMPORT_LINE = /^import\s[^;\n]*\sfrom\s+['"][^'"\n]+['"];?\s*$/;
const INTERFACE_OPEN = /^(?:export\s+)?(?:declare\s+)?interface\s[^{]*\{\s*$/;
const MEMBER_LINE = /^ {2}(?:readonly\s+)?(['"]?)([\w$.-]+)\1\??:[^\n]*;\s*$/;

/**
 * `text` without the one-line import statements that repeat an earlier one word for word, or that name only what
 * earlier ones import already, from wherever (anthropic's owners imported `PageParams` and `PageResponse` into
 * Stainless's client from `./core/pagination`, which sdkgen's client imports from `./pagination.js`); one that binds
 * names of its own besides keeps those only (cerebras's tests: Stainless's `import defaultFetch, { Response, type
 * RequestInit, type RequestInfo } from 'node-fetch'` after a carried `import { type RequestInfo } from 'node-fetch'`).
 * An import statement over several lines is kept as it is, its names read as bound; then each module's named imports
 * are joined into one statement (joined-imports.ts).
 */
export function withoutRepeatedImports(text: string): string {
  const seen = new Set<string>();
  const bound = new Set<string>();
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!IMPORT_LINE.test(line)) {
      const end = /^import\s[^'"]*$/.test(line) ? statementEnd(lines, i) : -1;
      const names =
        end < 0
          ? null
          : importedNames(
              lines
                .slice(i, end + 1)
                .join(' ')
                .replace(/\s+/g, ' '),
            );
      for (const name of names ?? []) bound.add(name);
      kept.push(line);
      continue;
    }
    const statement = line.trim().replace(/;$/, '');
    const names = importedNames(statement);
    if (seen.has(statement) || (names !== null && names.length > 0 && names.every((n) => bound.has(n)))) continue;
    seen.add(statement);
    const repeated = new Set((names ?? []).filter((n) => bound.has(n)));
    kept.push(repeated.size > 0 ? (importWithout(line, repeated) ?? line) : line);
    for (const name of names ?? []) bound.add(name);
  }
  return importsJoined(
    kept.length === lines.length && kept.every((line, i) => line === lines[i]) ? text : kept.join('\n'),
  );
}

/** The line that ends the import statement opening at line `start` (its `from '…'`); -1 if none does. */
function statementEnd(lines: string[], start: number): number {
  for (let i = start; i < lines.length && i < start + 200; i++)
    if (/\bfrom\s+['"][^'"\n]+['"];?\s*$/.test(lines[i])) return i;
  return -1;
}

/**
 * The import statement `statement` (`import D, { type A, B as C } from '…';`, one line or several) without the local
 * names `drop`; null where it is not read, or would bind nothing.
 */
export function importWithout(statement: string, drop: ReadonlySet<string>): string | null {
  const parts = /^(import\s+(?:type\s+)?)(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?(\s*from\s+['"][^'"\n]+['"];?\s*)$/.exec(
    statement.trim(),
  );
  if (parts === null) return null;
  const [, lead, defaultName, named, tail] = parts;
  if (defaultName === undefined && named === undefined) return null;
  const elements = (named ?? '')
    .split(',')
    .map((element) => element.trim())
    .filter((element) => element !== '' && !drop.has(/([\w$]+)$/.exec(element)?.[1] ?? ''));
  const clause = [
    defaultName !== undefined && !drop.has(defaultName) ? defaultName : undefined,
    elements.length > 0 ? `{ ${elements.join(', ')} }` : undefined,
  ].filter((part) => part !== undefined);
  return clause.length === 0 ? null : `${lead}${clause.join(', ')}${tail.startsWith(' ') ? tail : ` ${tail}`}`;
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

/**
 * The plan's modules that carry the owners' edits (re-applied onto sdkgen's, or with edits left for a person), as
 * every stage left them, without an import of a name they import already: whichever stage placed it (the
 * line-by-line carry, the imports of a carried test case, of the owners' added tests). sdkgen's own files and the
 * owners' files kept as they are stay byte for byte.
 */
export function withoutRepeatedImportsInPlan(plan: {
  writes: Array<{ path: string; contents: string }>;
  generated: ReadonlyArray<{ path: string; contents: string }>;
  reapplied: ReadonlyArray<{ path: string }>;
  rejected: ReadonlyArray<{ path: string }>;
}): void {
  const carried = new Set([...plan.reapplied, ...plan.rejected].map((entry) => entry.path));
  const sdkgens = new Map(plan.generated.map((file) => [file.path, file.contents]));
  plan.writes = plan.writes.map((file) =>
    carried.has(file.path) &&
    TYPESCRIPT.test(file.path) &&
    sdkgens.has(file.path) &&
    sdkgens.get(file.path) !== file.contents
      ? { ...file, contents: withoutRepeatedImports(file.contents) }
      : file,
  );
}

const TYPESCRIPT = /\.[cm]?[jt]sx?$/;

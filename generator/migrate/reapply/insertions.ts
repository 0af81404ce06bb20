/**
 * Owners' additions that found no place line by line (their context is Stainless's text, which sdkgen's file does not
 * have), placed by what they add to: a line added to a TOML table goes at the end of the same table in sdkgen's file
 * (`realtime = [...]` under `[project.optional-dependencies]`); imports added inside a block of a module (`if
 * TYPE_CHECKING:`) go at the end of the same block in sdkgen's module; top-level Python statements added to a module go
 * at its end, with the imports of the owners' module they read. An addition that would replace or repeat what sdkgen's
 * file has (a key it sets already) stays rejected.
 */
import type { Reapplied } from './hunks';
import { topLevelImports, withImportStatements } from '../python/reapply/import-merge';
import { withImportsNeeded } from '../python/reapply/imports-needed';

interface Insertion {
  /** The line of the base the lines were added before (0-based). */
  at: number;
  added: string[];
}

export function placeInsertions(path: string, base: string, carried: Reapplied, edited?: string): Reapplied {
  const kind = path.endsWith('.toml') ? 'toml' : path.endsWith('.py') ? 'python' : null;
  if (kind === null) return carried;
  const baseLines = base.split('\n');
  const placed = placeRejected(carried, (text, hunk) => {
    const insertion = pureInsertion(hunk);
    return (insertion && (kind === 'toml' ? intoTable : intoModule)(text, baseLines, insertion)) ?? null;
  });
  // (Python lines placed so read what the owners imported for them, `edited`'s imports: imported too, not twice.)
  if (kind !== 'python' || edited === undefined || placed.applied === carried.applied) return placed;
  return { ...placed, text: withImportsNeeded(edited, placed.text) };
}

/** Each hunk line-by-line placing rejected, tried once more with `place` (the text with it placed, or null). */
export function placeRejected(carried: Reapplied, place: (text: string, hunk: string) => string | null): Reapplied {
  if (carried.rejected.length === 0) return carried;
  let text = carried.text;
  const rejected: string[] = [];
  let placed = 0;
  for (const hunk of carried.rejected) {
    const next = place(text, hunk);
    if (next === null) rejected.push(hunk);
    else {
      text = next;
      placed++;
    }
  }
  return { ...carried, text, applied: carried.applied + placed, rejected };
}

/** A hunk that only adds one block of lines, and where: null for any other. */
function pureInsertion(hunk: string): Insertion | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start || body.some((line) => line.startsWith('-'))) return null;
  const first = body.findIndex((line) => line.startsWith('+'));
  const last = body.length - 1 - [...body].reverse().findIndex((line) => line.startsWith('+'));
  if (first < 0 || body.slice(first, last + 1).some((line) => !line.startsWith('+'))) return null;
  return { at: Number(start[1]) - 1 + first, added: body.slice(first, last + 1).map((line) => line.slice(1)) };
}

const TABLE_HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/;
const TOML_KEY = /^\s*("[^"]*"|'[^']*'|[\w.-]+)\s*=/;

/** The lines added at the end of the table they were added to in the base; null when it cannot be told. */
function intoTable(text: string, baseLines: string[], insertion: Insertion): string | null {
  // Elements added to an array laid over several lines (`"tests",` in pyright's `exclude = [`) go into the array.
  const array = enclosingArray(baseLines, insertion.at);
  if (array !== null) return intoArray(text, baseLines, array, insertion);
  if (!keysOnly(insertion.added)) return null;
  let header: string | null = null;
  for (let i = insertion.at - 1; i >= 0 && header === null; i--) header = TABLE_HEADER.exec(baseLines[i])?.[1] ?? null;
  // Before the first table: keys of the root table, which no generated pyproject.toml has.
  if (header === null) return null;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => TABLE_HEADER.exec(line)?.[1] === header);
  if (start < 0) {
    // sdkgen writes no such table: it goes at the end, with its header.
    const body = lines.join('\n').replace(/\n*$/, '');
    return `${body}\n\n[${header}]\n${insertion.added.join('\n')}\n`;
  }
  let end = lines.findIndex((line, i) => i > start && TABLE_HEADER.test(line));
  if (end < 0) end = lines.length;
  const table = lines.slice(start + 1, end);
  const keys = new Set(table.map((line) => TOML_KEY.exec(line)?.[1]).filter(Boolean));
  if (insertion.added.some((line) => keys.has(TOML_KEY.exec(line)?.[1]))) return null;
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  const added = insertion.added.slice();
  while (added.length > 0 && added[added.length - 1].trim() === '') added.pop();
  return [...lines.slice(0, end), ...added, ...lines.slice(end)].join('\n');
}

/**
 * Top-level statements added to a module, at its end (import statements among its imports); null for lines added
 * inside a block (indented).
 */
function atModuleEnd(text: string, _baseLines: string[], insertion: Insertion): string | null {
  const code = insertion.added.filter((line) => line.trim() !== '');
  if (code.length === 0 || /^\s/.test(code[0])) return null;
  const imports = topLevelImports(insertion.added);
  if (imports !== null) return withImportStatements(text, imports);
  const added = insertion.added.slice();
  while (added.length > 0 && added[0].trim() === '') added.shift();
  while (added.length > 0 && added[added.length - 1].trim() === '') added.pop();
  return `${text.replace(/\n*$/, '')}\n\n${added.join('\n')}\n`;
}

/** Whether lines are whole `key = value` entries (a value may go on over lines inside brackets), comments, blanks. */
function keysOnly(added: string[]): boolean {
  let depth = 0;
  for (const line of added) {
    const code = line.replace(/#.*$/, '');
    if (depth === 0 && code.trim() !== '' && !TOML_KEY.test(code)) return false;
    depth += (code.match(/[[{]/g) ?? []).length - (code.match(/[\]}]/g) ?? []).length;
  }
  return depth === 0;
}

/** The line of the base opening the multi-line array line `at` is in (`key = [`), or null. */
function enclosingArray(baseLines: string[], at: number): number | null {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const line = baseLines[i].replace(/#.*$/, '');
    if (TABLE_HEADER.test(line)) return null;
    depth += (line.match(/\]/g) ?? []).length - (line.match(/\[/g) ?? []).length;
    if (depth < 0) return TOML_KEY.test(line) ? i : null;
  }
  return null;
}

/**
 * The elements added into the same array of the same table in sdkgen's text, laid out as it lays that array out (on
 * one line, or one element a line); null when sdkgen's table has no such array, or the elements are no plain values.
 */
function intoArray(text: string, baseLines: string[], opening: number, insertion: Insertion): string | null {
  const key = TOML_KEY.exec(baseLines[opening])![1];
  let header: string | null = null;
  for (let i = opening - 1; i >= 0 && header === null; i--) header = TABLE_HEADER.exec(baseLines[i])?.[1] ?? null;
  const elements = insertion.added.map((line) => line.trim().replace(/,$/, '')).filter((line) => line !== '');
  if (elements.length === 0 || elements.some((e) => !/^("[^"]*"|'[^']*'|[\w.+-]+)$/.test(e))) return null;
  const lines = text.split('\n');
  const start = header === null ? 0 : lines.findIndex((line) => TABLE_HEADER.exec(line)?.[1] === header) + 1;
  if (header !== null && start === 0) return null;
  let end = lines.findIndex((line, i) => i >= start && TABLE_HEADER.test(line));
  if (end < 0) end = lines.length;
  const at = lines.findIndex((line, i) => i >= start && i < end && TOML_KEY.exec(line)?.[1] === key);
  if (at < 0) return null;
  const oneLine = /^(\s*[^=]+=\s*\[)(.*)\](\s*(#.*)?)$/.exec(lines[at]);
  if (oneLine) {
    const present = oneLine[2]
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const added = elements.filter((e) => !present.includes(e));
    if (added.length === 0) return text;
    lines[at] = `${oneLine[1]}${[...present, ...added].join(', ')}]${oneLine[3]}`;
    return lines.join('\n');
  }
  if (!/\[\s*(#.*)?$/.test(lines[at])) return null;
  const close = lines.findIndex((line, i) => i > at && i < end && /^\s*\]/.test(line));
  if (close < 0) return null;
  const present = lines.slice(at + 1, close).map((line) => line.trim().replace(/,$/, ''));
  const added = elements.filter((e) => !present.includes(e));
  const indent = /^\s*/.exec(lines[at + 1] ?? '')?.[0] || '  ';
  return [...lines.slice(0, close), ...added.map((e) => `${indent}${e},`), ...lines.slice(close)].join('\n');
}

/** Python lines added to a module: imports into their block, else top-level statements at the module's end. */
function intoModule(text: string, baseLines: string[], insertion: Insertion): string | null {
  return intoImportBlock(text, baseLines, insertion) ?? atModuleEnd(text, baseLines, insertion);
}

const IMPORT_LINE = /^\s*(from\s+\S+\s+import\b|import\s+\w)/;

/**
 * Import statements added inside a block (`if TYPE_CHECKING:`), at the end of the block that opens with the same line
 * in sdkgen's module; null when they are no imports, are at the top level, or sdkgen's module has no such block.
 */
function intoImportBlock(text: string, baseLines: string[], insertion: Insertion): string | null {
  const code = insertion.added.filter((line) => line.trim() !== '');
  if (code.length === 0 || !IMPORT_LINE.test(code[0])) return null;
  const indent = code[0].length - code[0].trimStart().length;
  if (indent === 0) return null;
  // Every statement added is an import (a parenthesised one continues on deeper lines, then its `)`).
  if (code.some((line) => indentOf(line) === indent && !IMPORT_LINE.test(line) && line.trim() !== ')')) return null;
  let header: string | null = null;
  for (let i = insertion.at - 1; i >= 0 && header === null; i--)
    if (baseLines[i].trim() !== '' && indentOf(baseLines[i]) < indent) header = baseLines[i];
  if (header === null || indentOf(header) !== 0) return null;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === header!.trimEnd());
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > 0)) end++;
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  // An import sdkgen's block has already needs nothing.
  const block = new Set(lines.slice(start + 1, end).map((line) => line.trim()));
  const added = insertion.added.filter((line) => line.trim() !== '');
  if (added.every((line) => block.has(line.trim()))) return text;
  return [...lines.slice(0, end), ...added, ...lines.slice(end)].join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Owners' additions that found no place line by line (their context is Stainless's text, which sdkgen's file does not
 * have), placed by what they add to: a line added to a TOML table goes at the end of the same table in sdkgen's file
 * (`realtime = [...]` under `[project.optional-dependencies]`); top-level Python statements added to a module go at
 * its end. An addition that would replace or repeat what sdkgen's file has (a key it sets already) stays rejected.
 */
import type { Reapplied } from './hunks';

interface Insertion {
  /** The line of the base the lines were added before (0-based). */
  at: number;
  added: string[];
}

export function placeInsertions(path: string, base: string, carried: Reapplied): Reapplied {
  const kind = path.endsWith('.toml') ? 'toml' : path.endsWith('.py') ? 'python' : null;
  if (kind === null || carried.rejected.length === 0) return carried;
  const baseLines = base.split('\n');
  let text = carried.text;
  const rejected: string[] = [];
  let placed = 0;
  for (const hunk of carried.rejected) {
    const insertion = pureInsertion(hunk);
    const next = insertion && (kind === 'toml' ? intoTable : atModuleEnd)(text, baseLines, insertion);
    if (next == null) rejected.push(hunk);
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

/** Top-level statements added to a module, at its end; null for lines added inside a block (indented). */
function atModuleEnd(text: string, _baseLines: string[], insertion: Insertion): string | null {
  const code = insertion.added.filter((line) => line.trim() !== '');
  if (code.length === 0 || /^\s/.test(code[0])) return null;
  const added = insertion.added.slice();
  while (added.length > 0 && added[0].trim() === '') added.shift();
  while (added.length > 0 && added[added.length - 1].trim() === '') added.pop();
  return `${text.replace(/\n*$/, '')}\n\n${added.join('\n')}\n`;
}

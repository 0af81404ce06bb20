/**
 * Markdown tables as Stainless's docstrings print them (Prettier's Markdown printer): every cell padded to its
 * column's widest, the delimiter row's dashes filling the column, a table a block of its own.
 */

/** A table row's line (it starts with a pipe). */
export const TABLE_LINE = /^ {0,3}\|/;
/** A delimiter row: `| --- | :--: |`, each cell dashes with an optional colon at either end. */
const DELIMITER_ROW = /^ {0,3}\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;

type Align = 'left' | 'right' | 'center' | 'none';

/** Whether `lines[at]` starts a table: a row, then a delimiter row with as many cells. */
export function startsTable(lines: readonly string[], at: number): boolean {
  const header = lines[at];
  const delimiter = lines[at + 1];
  if (header === undefined || delimiter === undefined) return false;
  if (!TABLE_LINE.test(header) || !DELIMITER_ROW.test(delimiter)) return false;
  return cells(header).length === cells(delimiter).length;
}

/** The table starting at `lines[at]` (see startsTable), printed, and the index after its last row. */
export function printTable(lines: readonly string[], at: number): { printed: string[]; next: number } {
  let next = at;
  while (next < lines.length && TABLE_LINE.test(lines[next]!)) next++;
  const rows = lines.slice(at, next).map(cells);
  const aligns = rows[1]!.map(alignOf);
  const columns = aligns.length;
  const body = [rows[0]!, ...rows.slice(2)].map((row) =>
    Array.from({ length: columns }, (_, column) => row[column] ?? ''),
  );
  const widths = aligns.map((_, column) => Math.max(3, ...body.map((row) => row[column]!.length)));
  const printRow = (row: string[]) =>
    `| ${row.map((cell, column) => pad(cell, widths[column]!, aligns[column]!)).join(' | ')} |`;
  const delimiter = `| ${aligns.map((align, column) => delimiterCell(widths[column]!, align)).join(' | ')} |`;
  return { printed: [printRow(body[0]!), delimiter, ...body.slice(1).map(printRow)], next };
}

/** A row's cells, trimmed: split at each pipe not escaped, the outer pipes dropped. */
function cells(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function alignOf(cell: string): Align {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : 'none';
}

function pad(cell: string, width: number, align: Align): string {
  const room = width - cell.length;
  if (align === 'right') return ' '.repeat(room) + cell;
  if (align === 'center') {
    const before = Math.floor(room / 2);
    return ' '.repeat(before) + cell + ' '.repeat(room - before);
  }
  return cell + ' '.repeat(room);
}

function delimiterCell(width: number, align: Align): string {
  const left = align === 'left' || align === 'center' ? ':' : '-';
  const right = align === 'right' || align === 'center' ? ':' : '-';
  return `${left}${'-'.repeat(width - 2)}${right}`;
}

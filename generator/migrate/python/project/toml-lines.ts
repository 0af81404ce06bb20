/**
 * pyproject.toml read line by line, as the migration's edits of it need: which lines are table headers (`[tool.mypy]`,
 * `[[tool.mypy.overrides]]`, quoted parts `[tool."x.y"]`), which open an assignment and on which line its value ends
 * (multi-line arrays, inline tables and `"""` strings; brackets inside strings and after a comment do not count), and
 * which table each line is in. Not a TOML parser: values are left as text for each caller to read.
 */

/** One part of a key or table name: bare, or quoted (`"fancy-pypi-readme"`, `'x'`). */
const PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`;
const PATH = String.raw`${PART}(?:\s*\.\s*${PART})*`;
const HEADER = new RegExp(String.raw`^\s*(\[\[?)\s*(${PATH})\s*(\]\]?)\s*(#.*)?$`);
const ASSIGNMENT = new RegExp(String.raw`^\s*(${PATH})\s*=(?!=)`);

export interface TableHeader {
  /** The table's name as written, without the blanks around its dots (`tool.mypy.overrides`). */
  name: string;
  /** An item of an array of tables (`[[…]]`). */
  array: boolean;
}

/**
 * The header a line is, read alone (a hunk's line). A lone quoted name (`["a"]`) is no header here: it is also a list's
 * item on its own line, and a pyproject's tables begin with a bare name. (Read in its file, such a line is a header.)
 */
export function tableHeader(line: string): TableHeader | null {
  const header = anyHeader(line);
  return header === null || /^["']/.test(header.name) ? null : header;
}

function anyHeader(line: string): TableHeader | null {
  const m = HEADER.exec(line);
  if (m === null || m[1].length !== m[3].length) return null;
  return { name: withoutBlanksAroundDots(m[2]), array: m[1] === '[[' };
}

/** The key a line assigns (`name = …`, `"dev" = […]`, `a.b = 1`) as written, blanks around its dots aside; or null. */
export function assignmentKey(line: string): string | null {
  const m = ASSIGNMENT.exec(line);
  return m === null ? null : withoutBlanksAroundDots(m[1]);
}

/** What follows the `=` of the assignment a line opens, blanks before it aside (null for no assignment). */
export function assignedText(line: string): string | null {
  const m = ASSIGNMENT.exec(line);
  return m === null ? null : line.slice(m[0].length).trimStart();
}

function withoutBlanksAroundDots(path: string): string {
  return (path.match(new RegExp(PART, 'g')) ?? []).join('.');
}

/** What is open at the end of a line: brackets, and a multi-line string. */
interface Open {
  depth: number;
  string: '"""' | "'''" | null;
}

/** The state after reading a line from `open`: brackets counted outside strings and comments. */
function afterLine(line: string, open: Open): Open {
  let { depth, string } = open;
  for (let i = 0; i < line.length; i++) {
    if (string !== null) {
      if (string === '"""' && line[i] === '\\') i++;
      else if (line.startsWith(string, i)) {
        string = null;
        i += 2;
      }
      continue;
    }
    const c = line[i];
    if (c === '#') break;
    if (line.startsWith('"""', i) || line.startsWith("'''", i)) {
      string = line.slice(i, i + 3) as Open['string'];
      i += 2;
    } else if (c === '"' || c === "'") {
      // A one-line string: to its closing quote (a basic string's `\"` escaped).
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return { depth, string };
}

/** The last line of the value the assignment on line `at` opens (brackets closed, strings ended), or -1 if none. */
export function valueEnd(lines: string[], at: number): number {
  let open: Open = { depth: 0, string: null };
  for (let i = at; i < lines.length; i++) {
    open = afterLine(lines[i], open);
    if (open.depth <= 0 && open.string === null) return i;
  }
  return -1;
}

export interface TomlLine {
  /** The table the line is in ('' before any header); a header's own line is in the table it opens. */
  table: string;
  /** Whether that table is an item of an array of tables. */
  array: boolean;
  /** `header`, an assignment's first line (`key`), a later line of its value, or anything else (blank, comment). */
  kind: 'header' | 'key' | 'value' | 'other';
  /** On a `key` line: the key (as `assignmentKey`) and the last line of its value. */
  key?: string;
  end?: number;
}

/**
 * Each line of the file, read in order: a line within a multi-line value is never a header nor a key. (A value never
 * closed ends with its own line, so that the headers after it still count.)
 */
export function tomlLines(lines: string[]): TomlLine[] {
  const out: TomlLine[] = [];
  let table = '';
  let array = false;
  for (let i = 0; i < lines.length; i++) {
    const header = anyHeader(lines[i]);
    if (header !== null) {
      ({ name: table, array } = header);
      out.push({ table, array, kind: 'header' });
      continue;
    }
    const key = assignmentKey(lines[i]);
    if (key === null) {
      out.push({ table, array, kind: 'other' });
      continue;
    }
    const closed = valueEnd(lines, i);
    const end = closed < 0 ? i : closed;
    out.push({ table, array, kind: 'key', key, end });
    for (let j = i + 1; j <= end; j++) out.push({ table, array, kind: 'value' });
    i = end;
  }
  return out;
}

/** The table line `at` is in ('' before any header; the last line's table past the end). */
export function tableAt(lines: string[], at: number): string {
  const read = tomlLines(lines);
  return read[Math.min(at, read.length - 1)]?.table ?? '';
}

/** The index of each header line, with its table. */
export function headerLines(lines: string[]): Array<TableHeader & { at: number }> {
  return tomlLines(lines).flatMap((line, at) =>
    line.kind === 'header' ? [{ name: line.table, array: line.array, at }] : [],
  );
}

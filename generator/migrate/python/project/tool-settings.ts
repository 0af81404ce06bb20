/**
 * The owners' settings of their tools in pyproject.toml (`[tool.mypy]`, `[[tool.mypy.overrides]]`, `[tool.pyright]`,
 * `[tool.ruff…]`, a tool's table they added), read key by key: what they set is what their checks ran with, and it
 * lands in the migrated file whatever sdkgen's layout of the table. Carried line by line, such an edit found nothing to
 * land on where sdkgen writes a table otherwise: anthropic's owners added a `[[tool.mypy.overrides]]` item after
 * Stainless's (one sdkgen's file does not have), and moved `".git"` first in pyright's `exclude` (the removal and the
 * addition, carried one after the other on sdkgen's one-line list, lost it).
 *
 * After the line carry, each key of a tool's table that the owners set otherwise than Stainless's file (or added) is
 * given their value where the migrated table's differs, a key they took out that the migrated table has at Stainless's
 * value goes, a table they added is added after the one it followed in theirs, and an item they added to an array of
 * tables (one Stainless's file did not have) is added after the migrated file's tables of that tool. Values are
 * compared as TOML reads them: layout, comments, quotes and a trailing comma aside. Dependency and build tables
 * (`[project…]`, Rye's, uv's, PDM's, Poetry's, hatch's) are not these: they are carried and checked as dependencies.
 * A table of Stainless's that sdkgen's file has not at all stays as absent-tables.ts says (nothing to change there).
 */
import type { Reapplied } from '../../reapply/hunks';
import { tableAt, tableHeader, tomlLines } from './toml-lines';

/** Tables of a tool's settings (not dependencies, not the build). */
const TOOL_TABLE = /^tool\.(?!(rye|uv|pdm|poetry|hatch)(\.|$))/;

interface Entry {
  key: string;
  /** The assignment's lines, as written (with the comment lines right above it). */
  lines: string[];
  value: string;
}

interface Table {
  /** `tool.mypy`; an array item as `tool.mypy.overrides`, with `array` set. */
  name: string;
  array: boolean;
  /** Index of the header line in the file ('' table: -1), and the line after the table's last line. */
  at: number;
  end: number;
  entries: Entry[];
}

export interface ToolSettings {
  text: string;
  /** What was set, each `[table] key` (or `[table]` for a table or item added whole). */
  carried: string[];
  /** Whether every edit of the owners' to the table of that name (an array: its items) is in `text`. */
  holds: (table: string) => boolean;
}

/** `migrated` with the owners' settings of their tools (above); `base` is Stainless's file, `owners` theirs. */
export function withOwnersToolSettings(base: string, owners: string, migrated: string): ToolSettings {
  const [stainless, theirs] = [tables(base), tables(owners)];
  let text = migrated;
  const carried: string[] = [];
  const plain = (list: Table[], name: string) => list.find((t) => !t.array && t.name === name);
  for (const table of theirs.filter((t) => TOOL_TABLE.test(t.name))) {
    const mine = tables(text);
    if (table.array) {
      const had = stainless.filter((t) => t.array && t.name === table.name).map(canonicalTable);
      const have = mine.filter((t) => t.array && t.name === table.name).map(canonicalTable);
      const item = canonicalTable(table);
      if (had.includes(item) || have.includes(item)) continue;
      const root = table.name.split('.').slice(0, 2).join('.');
      const of = mine.filter((t) => t.name === root || t.name.startsWith(`${root}.`));
      if (of.length === 0) continue;
      text = inserted(text, of[of.length - 1].end, tableText(owners, table));
      carried.push(`[[${table.name}]]`);
      continue;
    }
    const was = plain(stainless, table.name);
    const now = plain(mine, table.name);
    if (now === undefined) {
      if (was !== undefined) continue;
      // A table they added: after the one it followed in their file, else after the last tool table.
      const before = theirs.slice(0, theirs.indexOf(table)).reverse();
      const anchor = before.map((t) => mine.find((m) => m.name === t.name && m.array === t.array)).find(Boolean);
      const last = mine.filter((t) => TOOL_TABLE.test(t.name)).pop();
      const at = (anchor ?? last)?.end ?? text.split('\n').length;
      text = inserted(text, at, tableText(owners, table));
      carried.push(`[${table.name}]`);
      continue;
    }
    for (const entry of table.entries) {
      const stainlessValue = was?.entries.find((e) => e.key === entry.key)?.value;
      if (stainlessValue === entry.value) continue;
      const current = plain(tables(text), table.name)!;
      const ours = current.entries.find((e) => e.key === entry.key);
      if (ours?.value === entry.value) continue;
      // (A list of strings keeps the items sdkgen's own table adds, which neither Stainless's nor theirs has:
      // pyright's `.sdkgen`.)
      const merged = ours === undefined ? entry : withOwnItems(entry, ours, stainlessValue);
      if (ours?.value === merged.value) continue;
      text = ours === undefined ? withEntryAdded(text, current, entry) : withEntryReplaced(text, current, ours, merged);
      carried.push(`[${table.name}] ${entry.key}`);
    }
    for (const entry of was?.entries ?? []) {
      if (table.entries.some((e) => e.key === entry.key)) continue;
      const current = plain(tables(text), table.name)!;
      const ours = current.entries.find((e) => e.key === entry.key);
      if (ours === undefined || ours.value !== entry.value) continue;
      text = withEntryReplaced(text, current, ours, null);
      carried.push(`[${table.name}] ${entry.key} (taken out)`);
    }
  }
  const holds = (name: string) => {
    const final = tables(text);
    const mine = final.filter((t) => t.name === name);
    if (mine.some((t) => t.array) || theirs.some((t) => t.array && t.name === name)) {
      const had = stainless.filter((t) => t.array && t.name === name).map(canonicalTable);
      const have = mine.filter((t) => t.array).map(canonicalTable);
      return theirs
        .filter((t) => t.array && t.name === name)
        .every((t) => had.includes(canonicalTable(t)) || have.includes(canonicalTable(t)));
    }
    const table = plain(theirs, name);
    const now = plain(final, name);
    const was = plain(stainless, name);
    if (table === undefined) return was === undefined || now === undefined;
    if (now === undefined) return false;
    return (
      table.entries.every((e) => {
        const stainlessValue = was?.entries.find((s) => s.key === e.key)?.value;
        const ours = now.entries.find((n) => n.key === e.key);
        return (
          stainlessValue === e.value ||
          (ours !== undefined && withOwnItems(e, ours, stainlessValue).value === ours.value)
        );
      }) &&
      (was?.entries ?? []).every(
        (s) =>
          table.entries.some((e) => e.key === s.key) ||
          !now.entries.some((n) => n.key === s.key && n.value === s.value),
      )
    );
  };
  return { text, carried, holds };
}

/** Whether a table's name is one of a tool's settings (as above). */
export function isToolTable(name: string): boolean {
  return TOOL_TABLE.test(name);
}

/** The file's tables, each with its assignments (keys before the first header: the '' table). */
function tables(text: string): Table[] {
  const lines = text.split('\n');
  const read = tomlLines(lines);
  const out: Table[] = [];
  let current: Table = { name: '', array: false, at: -1, end: 0, entries: [] };
  let comments: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (read[i].kind === 'header') {
      current.end = i - comments.length;
      out.push(current);
      current = { name: read[i].table, array: read[i].array, at: i, end: i + 1, entries: [] };
      comments = [];
      continue;
    }
    if (/^\s*#/.test(line)) {
      comments.push(line);
      continue;
    }
    const key = read[i].key;
    if (key === undefined) {
      comments = [];
      continue;
    }
    const end = read[i].end!;
    const value = lines
      .slice(i, end + 1)
      .join('\n')
      .replace(/^[^=]*=/, '');
    current.entries.push({
      key: key.replace(/^["']|["']$/g, ''),
      lines: [...comments, ...lines.slice(i, end + 1)],
      value: canonical(value),
    });
    comments = [];
    i = end;
  }
  // (The last table ends with the file, its trailing blank lines aside.)
  let end = lines.length;
  while (end > current.at + 1 && lines[end - 1].trim() === '') end--;
  current.end = end;
  out.push(current);
  // A table's end: the line after its last assignment or comment that is not the next header's own comment.
  for (const table of out) {
    while (table.end > table.at + 1 && lines[table.end - 1].trim() === '') table.end--;
  }
  return out.filter((t) => t.name !== '' || t.entries.length > 0);
}

/** A line's tokens: each string literal whole, each other character alone; a comment ends the line. */
function tokens(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '#') break;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1;
      out.push(line.slice(i, j + 1));
      i = j;
    } else out.push(c);
  }
  return out;
}

/** A value as TOML reads it: no comments, no layout, strings in one quoting, no trailing comma in a list. */
function canonical(value: string): string {
  return value
    .split('\n')
    .flatMap(tokens)
    .filter((token) => token.trim() !== '')
    .map((token) => (token.startsWith("'") ? JSON.stringify(token.slice(1, -1)) : token))
    .join('')
    .replace(/,([\]}])/g, '$1');
}

function canonicalTable(table: Table): string {
  return table.entries
    .map((e) => `${e.key}=${e.value}`)
    .sort()
    .join('\n');
}

/** The table's lines as the file has them (its header and assignments, the comments above each). */
function tableText(text: string, table: Table): string[] {
  return text.split('\n').slice(table.at, table.end);
}

/** The text with a table's lines inserted at line `at`, a blank line on each side. */
function inserted(text: string, at: number, block: string[]): string {
  const lines = text.split('\n');
  const before = lines.slice(0, at);
  const after = lines.slice(at);
  while (before.length > 0 && before[before.length - 1].trim() === '') before.pop();
  while (after.length > 0 && after[0].trim() === '') after.shift();
  return [...before, '', ...block, ...(after.length > 0 ? ['', ...after] : [''])].join('\n');
}

/** The text with an assignment added at the end of the table. */
function withEntryAdded(text: string, table: Table, entry: Entry): string {
  const lines = text.split('\n');
  return [...lines.slice(0, table.end), ...entry.lines, ...lines.slice(table.end)].join('\n');
}

/** The text with the table's assignment `ours` (its comment lines above it kept) replaced by `theirs`, or taken out. */
function withEntryReplaced(text: string, table: Table, ours: Entry, theirs: Entry | null): string {
  const lines = text.split('\n');
  const own = ours.lines.filter((line) => !/^\s*#/.test(line));
  const at = lines.findIndex(
    (line, i) =>
      i > table.at && i < table.end && line === own[0] && lines.slice(i, i + own.length).join('\n') === own.join('\n'),
  );
  if (at < 0) return text;
  const replacement = theirs === null ? [] : theirs.lines.filter((line) => !/^\s*#/.test(line));
  return [...lines.slice(0, at), ...replacement, ...lines.slice(at + own.length)].join('\n');
}

/**
 * The carry of pyproject.toml with the owners' tool settings in it (above): a hunk left over that edits only tools'
 * tables whose every owners' edit the text now has is carried (it counts as such, no step for a person).
 */
export function withToolSettingsCarried(
  base: string,
  owners: string,
  carried: Reapplied,
): Reapplied & { toolSettings: string[] } {
  const settings = withOwnersToolSettings(base, owners, carried.text);
  const baseLines = base.split('\n');
  const settled = carried.rejected.filter((hunk) => {
    const touched = hunkTables(hunk, baseLines);
    return touched !== null && touched.length > 0 && touched.every((t) => isToolTable(t) && settings.holds(t));
  });
  return {
    ...carried,
    text: settings.text,
    applied: carried.applied + settled.length,
    rejected: carried.rejected.filter((hunk) => !settled.includes(hunk)),
    toolSettings: settings.carried,
  };
}

/** The tables a hunk changes lines of (Stainless's table where it starts, each header it adds or removes). */
function hunkTables(hunk: string, baseLines: string[]): string[] | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start) return null;
  const first = body.findIndex((line) => line.startsWith('-') || line.startsWith('+'));
  if (first < 0) return null;
  const names = new Set<string>();
  const at = Number(start[1]) - 1 + body.slice(0, first).filter((line) => !line.startsWith('+')).length;
  // (A hunk whose first change is a header's: the table before it is not changed.)
  const changed = body.slice(first).filter((line) => line.startsWith('-') || line.startsWith('+'));
  if (tableHeader(changed[0].slice(1)) === null) names.add(tableAt(baseLines, at));
  for (const line of changed) {
    const h = tableHeader(line.slice(1));
    if (h !== null) names.add(h.name);
  }
  return [...names].filter((name) => name !== '');
}

/**
 * The owners' entry, a list of strings with sdkgen's own items added after theirs (those neither Stainless's list nor
 * theirs has); the owners' entry as it is for any other value.
 */
function withOwnItems(theirs: Entry, ours: Entry, stainless: string | undefined): Entry {
  const [their, mine, had] = [theirs.value, ours.value, stainless ?? '[]'].map(stringList);
  if (their === null || mine === null || had === null) return theirs;
  const own = mine.filter((item) => !had.includes(item) && !their.includes(item));
  if (own.length === 0) return theirs;
  const items = [...their, ...own];
  const key = theirs.lines.find((line) => !/^\s*#/.test(line))!;
  const name = key.slice(0, key.indexOf('=')).trimEnd();
  return {
    key: theirs.key,
    lines: [...theirs.lines.filter((line) => /^\s*#/.test(line)), `${name} = [${items.join(', ')}]`],
    value: canonical(`[${items.join(',')}]`),
  };
}

/** The items of a canonical one-level list of strings (`["a","b"]`), or null. */
function stringList(value: string): string[] | null {
  if (!/^\[("(?:[^"\\]|\\.)*"(,"(?:[^"\\]|\\.)*")*)?\]$/.test(value)) return null;
  return value === '[]' ? [] : (value.slice(1, -1).match(/"(?:[^"\\]|\\.)*"/g) ?? []);
}

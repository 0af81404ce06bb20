/**
 * The owners' new value for a key of Stainless's pyproject.toml (`authors`, `description`, mypy's `exclude`), where
 * sdkgen's file lays the table out otherwise and the hunk's lines are not there: set on the same key of the same
 * table in sdkgen's file. A list of strings takes the items the owners added and loses those they removed, on sdkgen's
 * own items; any other value is the owners' as they wrote it. A key the owners added that sdkgen's table sets too
 * takes their items. A key sdkgen's table lacks stays a hunk for a person, unless sdkgen's file lacks the whole table
 * and it is the package's metadata (`[project.urls]`, or one the owners added whole): then it is added.
 */
import type { Reapplied } from '../../reapply/hunks';
import { placeRejected } from '../../reapply/insertions';
import { assignmentKey, tableAt, tableHeader, valueEnd } from './toml-lines';
import { layoutOnly } from './layout-only';

export function intoTomlValues(base: string, carried: Reapplied): Reapplied {
  const baseLines = base.split('\n');
  // A key the owners emptied (`conflicts = []`) that sdkgen's table does not set, or an edit of the layout alone (the
  // same values, laid out otherwise: layout-only.ts): its result is there already.
  const emptied = carried.rejected.filter(
    (hunk) => layoutOnly(hunk) || emptiedAbsentKey(carried.text, baseLines, hunk),
  );
  const placed = placeRejected(
    { ...carried, rejected: carried.rejected.filter((hunk) => !emptied.includes(hunk)) },
    (text, hunk) => withOwnersValue(text, baseLines, hunk),
  );
  return emptied.length === 0 ? placed : { ...placed, alreadyThere: (placed.alreadyThere ?? 0) + emptied.length };
}

/** Whether the hunk sets one key to an empty value (`[]`, `{}`, `""`) and sdkgen's file has no such key in that table. */
function emptiedAbsentKey(text: string, baseLines: string[], hunk: string): boolean {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start) return false;
  const before = assignment(body.filter((line) => line.startsWith('-')).map((line) => line.slice(1)));
  const after = assignment(body.filter((line) => line.startsWith('+')).map((line) => line.slice(1)));
  if (before === null || after === null || before.key !== after.key || !/^(\[\s*\]|\{\s*\}|""|'')$/.test(after.value))
    return false;
  const first = body.findIndex((line) => line.startsWith('-') || line.startsWith('+'));
  const table = tableAt(
    baseLines,
    Number(start[1]) - 1 + body.slice(0, first).filter((line) => !line.startsWith('+')).length,
  );
  const lines = text.split('\n');
  return !lines.some((line, i) => assignmentKey(line) === after.key && tableAt(lines, i) === table);
}

function withOwnersValue(text: string, baseLines: string[], hunk: string): string | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start) return null;
  const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  const first = body.findIndex((line) => line.startsWith('-') || line.startsWith('+'));
  const at = Number(start[1]) - 1 + body.slice(0, first).filter((line) => !line.startsWith('+')).length;
  const table = tableAt(baseLines, at);
  // (Items of a list taken out, or commented out: `"TC004",` → `# "TC004", # fails lint`, are the list's new value.)
  if (content(added).length === 0)
    return withoutRemoved(text, baseLines, removed, table) ?? withListItems(text, baseLines, at, removed, added);
  const absent =
    withOwnersMetadataTable(text, baseLines, table, removed, added) ?? withOwnersNewTable(text, removed, added);
  if (absent !== null) return absent;
  const before = assignment(removed);
  const after = assignment(added);
  if (before !== null && after !== null && before.key === after.key)
    return withValue(text, table, before.key, before.value, after.value, added, added);
  const several = withOwnersValues(text, table, removed, added);
  if (several !== null) return several;
  // A key the owners added that sdkgen's table sets too (a `dev` extra): their items on sdkgen's, each requirement
  // they name at their bounds.
  if (content(removed).length === 0 && after !== null) {
    const ours = valueOf(text, table, after.key);
    const theirs = stringItems(after.value);
    const mine = ours === null ? null : stringItems(ours);
    if (theirs === null || mine === null) return null;
    const named = new Set(theirs.map(itemKey));
    const shared = `[${mine.filter((item) => named.has(itemKey(item))).join(', ')}]`;
    return withValue(text, table, after.key, shared, after.value, null, added);
  }
  return withListItems(text, baseLines, at, removed, added);
}

/** Items of a list of strings changed (`"TC004",` → `"TCH004",`): the list's new value, on sdkgen's list. */
function withListItems(
  text: string,
  baseLines: string[],
  at: number,
  removed: string[],
  added: string[],
): string | null {
  const list = listAround(baseLines, at);
  const [gone, come] = [removed, added].map((lines) =>
    stringItems(`[${content(lines).map(withoutComment).join(' ')}]`),
  );
  if (list === null || gone === null || come === null || gone.length + come.length === 0) return null;
  const old = stringItems(list.value);
  if (old === null) return null;
  const drop = new Set(gone.map(unquoted));
  const value = [...old.filter((item) => !drop.has(unquoted(item))), ...come];
  return withValue(text, tableAt(baseLines, list.at), list.key, list.value, `[${value.join(', ')}]`, null, added);
}

/**
 * A hunk setting several keys of one table (`typeCheckingMode` and `pythonVersion` of `[tool.pyright]`, their comment
 * above them rewritten): each key set as one such hunk would set it, a key they took out taken out, and their comment
 * in place of sdkgen's above the first key (the one it explained said what the owners changed). Null where a key they
 * set is not in sdkgen's table, or a line is no whole assignment.
 */
function withOwnersValues(text: string, table: string, removed: string[], added: string[]): string | null {
  const [gone, come] = [assignmentList(removed), assignmentList(added)];
  if (gone === null || come === null || come.length === 0 || gone.length + come.length < 3) return null;
  let result: string | null = text;
  for (const { key, value, lines } of come) {
    const was = gone.find((g) => g.key === key)?.value ?? valueOf(result, table, key);
    if (was === null) return null;
    result = withValue(result, table, key, was, value, lines, lines);
    if (result === null) return null;
  }
  for (const { key } of gone.filter((g) => !come.some((c) => c.key === g.key))) {
    const lines: string[] = result.split('\n');
    const at = lines.findIndex((line, i) => assignmentKey(line) === key && tableAt(lines, i) === table);
    const end = at < 0 ? -1 : valueEnd(lines, at);
    if (end >= 0) result = [...lines.slice(0, at), ...lines.slice(end + 1)].join('\n');
  }
  const comments = leadingComments(added);
  if (comments.length === 0 || leadingComments(removed).length === 0) return result;
  const lines = result.split('\n');
  const first = lines.findIndex((line, i) => assignmentKey(line) === come[0].key && tableAt(lines, i) === table);
  let above = first;
  while (above > 0 && /^\s*#/.test(lines[above - 1])) above--;
  return [...lines.slice(0, above), ...comments, ...lines.slice(first)].join('\n');
}

/** The whole assignments the lines are, one after another, each with its lines (comments between them left out). */
function assignmentList(lines: string[]): Array<{ key: string; value: string; lines: string[] }> | null {
  const own = content(lines);
  const out: Array<{ key: string; value: string; lines: string[] }> = [];
  for (let at = 0; at < own.length; ) {
    const end = assignmentKey(own[at]) !== null ? valueEnd(own, at) : -1;
    const whole = end < 0 ? null : assignment(own.slice(at, end + 1));
    if (whole === null) return null;
    out.push({ ...whole, lines: own.slice(at, end + 1) });
    at = end + 1;
  }
  return out;
}

/** The comment lines before the first line that says something. */
function leadingComments(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return (first < 0 ? lines : lines.slice(0, first)).filter((line) => line.trim().startsWith('#'));
}

/**
 * The owners' comments on the items of a list they wrote: those on the lines above an item, and the one after it on
 * its line (`"openai>=2.2,<3", # Required by openai-agents`), by item.
 */
function itemComments(lines: string[]): Map<string, { above: string[]; after: string | null }> {
  const comments = new Map<string, { above: string[]; after: string | null }>();
  let pending: string[] = [];
  for (const line of lines) {
    if (line.trim().startsWith('#')) {
      pending.push(line.trim());
      continue;
    }
    const items = withoutComment(line).match(/"(?:[^"\\]|\\.)*"|'[^']*'/g) ?? [];
    if (items.length === 0) continue;
    const after = line.slice(withoutComment(line).length).trim() || null;
    items.forEach((item, i) =>
      comments.set(itemKey(item), { above: i === 0 ? pending : [], after: i === items.length - 1 ? after : null }),
    );
    pending = [];
  }
  return comments;
}

/** sdkgen's text with the key of the table set to the owners' value (`lines` as they wrote it, for any but a list). */
function withValue(
  text: string,
  table: string,
  name: string,
  before: string,
  after: string,
  written: string[] | null,
  owners: string[] = [],
): string | null {
  const lines = text.split('\n');
  const at = lines.findIndex((line, i) => assignmentKey(line) === name && tableAt(lines, i) === table);
  if (at < 0) return null;
  const end = valueEnd(lines, at);
  if (end < 0) return null;
  const ours = assignment(lines.slice(at, end + 1))!;
  const merged = mergedStrings(before, after, ours.value);
  if (merged === null && written === null) return null;
  // A list of strings in sdkgen's layout (one line, or an item a line); any other value as the owners wrote it.
  const key = lines[at].slice(0, lines[at].indexOf('=')).trimEnd();
  const itemIndent = (end > at && /^\s*/.exec(lines[at + 1] ?? '')![0]) || '    ';
  // (The owners' comments on their items go with them, an item a line.)
  const comments = itemComments(owners);
  const noted =
    merged?.some((item) => {
      const own = comments.get(itemKey(item));
      return own !== undefined && (own.above.length > 0 || own.after !== null);
    }) ?? false;
  const itemLines = (item: string) => {
    const own = comments.get(itemKey(item));
    return [
      ...(own?.above ?? []).map((comment) => `${itemIndent}${comment}`),
      `${itemIndent}${item},${own?.after ? ` ${own.after}` : ''}`,
    ];
  };
  const value =
    merged === null
      ? content(written!)
      : end === at && !noted
        ? [`${key} = [${merged.join(', ')}]`]
        : [`${key} = [`, ...merged.flatMap(itemLines), ']'];
  return [...lines.slice(0, at), ...value, ...lines.slice(end + 1)].join('\n');
}

/**
 * sdkgen's text without what the owners took out: whole tables (`[tool.pyright]`, every line of Stainless's), or one
 * key of a table. What sdkgen's file has not is gone already; anything else removed is no such edit (null).
 */
function withoutRemoved(text: string, baseLines: string[], removed: string[], table: string): string | null {
  const lines = text.split('\n');
  const removedContent = content(removed);
  if (removedContent.length === 0) return null;
  const headers = removedContent.map((line) => tableHeader(line)?.name).filter((name) => name !== undefined);
  if (headers.length > 0) {
    // Only whole tables: the first line removed is a header, and every line of each table in Stainless's file goes.
    const whole = headers.reduce((n, name) => n + content(tableLines(baseLines, name) ?? []).length, 0);
    if (tableHeader(removedContent[0]) === null || whole !== removedContent.length) return null;
    let result = lines;
    for (const name of headers) {
      const at = result.findIndex((line) => tableHeader(line)?.name === name);
      if (at < 0) continue;
      const end = tableEnd(result, at);
      result = [...result.slice(0, at), ...result.slice(end)];
    }
    return result.join('\n');
  }
  const keys = assignments(removedContent);
  if (keys === null) return null;
  let result = lines;
  for (const key of keys) {
    const at = result.findIndex((line, i) => assignmentKey(line) === key && tableAt(result, i) === table);
    if (at < 0) continue;
    const end = valueEnd(result, at);
    if (end < 0) return null;
    result = [...result.slice(0, at), ...result.slice(end + 1)];
  }
  return result.join('\n');
}

/** The keys of the whole assignments the lines are, one after another (values on one line or several), or null. */
function assignments(lines: string[]): string[] | null {
  const keys: string[] = [];
  for (let at = 0; at < lines.length; ) {
    const key = assignmentKey(lines[at]);
    const end = key === null ? -1 : valueEnd(lines, at);
    if (key === null || end < 0) return null;
    keys.push(key);
    at = end + 1;
  }
  return keys.length > 0 ? keys : null;
}

/**
 * A table of the package's metadata (`[project.urls]`, `[project.scripts]`) sdkgen's file does not write (no
 * production repository in the config), whose keys the owners set: the table as Stainless wrote it with their values,
 * after sdkgen's `[project]` table. A table of a tool's settings is not added so: it works with others sdkgen's file
 * lays out otherwise (uv's `default-groups` names a dependency group), and stays for a person.
 */
function withOwnersMetadataTable(
  text: string,
  baseLines: string[],
  table: string,
  removed: string[],
  added: string[],
): string | null {
  const lines = text.split('\n');
  if (!/^project\.[\w-]+$/.test(table) || tableLines(lines, table) !== null) return null;
  const theirs = tableLines(baseLines, table);
  if (theirs === null || assignments(content(added)) === null) return null;
  // Stainless's table with the hunk's lines replaced: each removed line the table has, in place, by what came.
  const body = theirs.slice(1);
  const first = body.findIndex((line) => line === removed[0]);
  if (removed.length > 0 && (first < 0 || removed.some((line, i) => body[first + i] !== line))) return null;
  const edited =
    removed.length > 0
      ? [...body.slice(0, first), ...added, ...body.slice(first + removed.length)]
      : [...body.filter((line) => line.trim() !== ''), ...added];
  const project = lines.findIndex((line) => tableHeader(line)?.name === 'project');
  if (project < 0) return null;
  const end = tableEnd(lines, project);
  const block = [theirs[0], ...content(edited), ''];
  const before = lines.slice(0, end);
  if (before.length > 0 && before[before.length - 1].trim() !== '') before.push('');
  return [...before, ...block, ...lines.slice(end)].join('\n');
}

/** The value of a key of a table in sdkgen's text, or null where the table does not set it. */
function valueOf(text: string, table: string, name: string): string | null {
  const lines = text.split('\n');
  const at = lines.findIndex((line, i) => assignmentKey(line) === name && tableAt(lines, i) === table);
  const end = at < 0 ? -1 : valueEnd(lines, at);
  return end < 0 ? null : (assignment(lines.slice(at, end + 1))?.value ?? null);
}

/**
 * A table of the package's metadata the owners added whole (`[project.scripts]`: their command), which neither
 * Stainless's file nor sdkgen's has: added after sdkgen's `[project]` table as they wrote it.
 */
function withOwnersNewTable(text: string, removed: string[], added: string[]): string | null {
  const [header, ...keys] = content(added);
  const table = tableHeader(header ?? '')?.name;
  if (content(removed).length > 0 || table === undefined || !/^project\.[\w-]+$/.test(table)) return null;
  const lines = text.split('\n');
  if (tableLines(lines, table) !== null || keys.length === 0 || assignments(keys) === null) return null;
  const project = lines.findIndex((line) => tableHeader(line)?.name === 'project');
  if (project < 0) return null;
  const end = tableEnd(lines, project);
  const before = lines.slice(0, end);
  if (before.length > 0 && before[before.length - 1].trim() !== '') before.push('');
  return [...before, header, ...keys, '', ...lines.slice(end)].join('\n');
}

/** The lines of a table of the file, from its header to the next one (null without it). */
function tableLines(lines: string[], name: string): string[] | null {
  const at = lines.findIndex((line) => tableHeader(line)?.name === name);
  return at < 0 ? null : lines.slice(at, tableEnd(lines, at));
}

/** The index of the next table's header after the one at `at` (its blank lines and comments before it kept with it). */
function tableEnd(lines: string[], at: number): number {
  let end = lines.findIndex((line, i) => i > at && tableHeader(line) !== null);
  if (end < 0) return lines.length;
  while (end - 1 > at && /^\s*#/.test(lines[end - 1])) end--;
  return end;
}

/** The assignment of a list the line `at` is inside of (`key = [` above it, closed after it), or null. */
function listAround(lines: string[], at: number): { key: string; value: string; at: number } | null {
  for (let i = at - 1; i >= 0; i--) {
    if (tableHeader(lines[i]) !== null) return null;
    const key = assignmentKey(lines[i]);
    if (key === null) continue;
    const end = valueEnd(lines, i);
    if (end < at) return null;
    const whole = assignment(lines.slice(i, end + 1));
    return whole === null ? null : { key: whole.key, value: whole.value, at: i };
  }
  return null;
}

/** Lines that say something: neither blank nor comments. */
function content(lines: string[]): string[] {
  return lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

function unquoted(item: string): string {
  return item.slice(1, -1);
}

/** The one `key = value` the lines are wholly (its value on one line or several), or null. */
function assignment(lines: string[]): { key: string; value: string } | null {
  const content = lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  if (content.length === 0) return null;
  const key = assignmentKey(content[0]);
  if (key === null || valueEnd(content, 0) !== content.length - 1) return null;
  const value = content.map((line) => withoutComment(line).trim()).join(' ');
  return { key, value: value.slice(value.indexOf('=') + 1).trim() };
}

/** sdkgen's list of strings with the owners' additions and without their removals; null if a value is no such list. */
function mergedStrings(before: string, after: string, ours: string): string[] | null {
  const [old, theirs, mine] = [before, after, ours].map(stringItems);
  if (old === null || theirs === null || mine === null) return null;
  const had = new Map(old.map((item) => [itemKey(item), unquoted(item)]));
  const now = new Map(theirs.map((item) => [itemKey(item), item]));
  // Each of sdkgen's items the owners took out goes; one they changed (a requirement's bounds) is theirs.
  const kept = mine.flatMap((item) => {
    const key = itemKey(item);
    if (!had.has(key)) return [item];
    const owners = now.get(key);
    return owners === undefined ? [] : [unquoted(owners) === had.get(key) ? item : owners];
  });
  const present = new Set(kept.map(itemKey));
  return [...kept, ...theirs.filter((item) => !had.has(itemKey(item)) && !present.has(itemKey(item)))];
}

/** What an item is: a requirement's package (`"httpx>=0.23, <1"` → `httpx`), else the string itself. */
function itemKey(item: string): string {
  const requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?=[<>=!~[;(]|$)/.exec(unquoted(item));
  return requirement ? `package ${requirement[1].toLowerCase().replace(/[._]/g, '-')}` : unquoted(item);
}

/** The quoted items of a one-level list of strings (`["a", 'b']`), or null. */
function stringItems(value: string): string[] | null {
  const list = /^\[(.*)\]$/s.exec(value.trim());
  if (list === null) return null;
  const items = list[1].match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^\s,]+/g) ?? [];
  return items.every((item) => /^["']/.test(item)) ? items : null;
}

function withoutComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== null) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

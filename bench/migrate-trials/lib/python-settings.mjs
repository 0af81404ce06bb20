// Check 3's reading of the owners' tool settings in pyproject.toml (`[tool.mypy]`, `[[tool.mypy.overrides]]`,
// `[tool.pyright]`, `[tool.ruff…]`, a tool's table they added): each key the ref sets otherwise than the base (or adds)
// must be in the migrated file at the ref's value, each key the ref took out must not be there at the base's value,
// and each item of an array of tables the ref adds must be there. Values compare as TOML reads them (layout, comments,
// quoting and a trailing comma aside). Dependency and build tables (Rye's, uv's, PDM's, Poetry's, hatch's) are the
// dependency check's; a table of the base's that the migrated file has not at all is check 4's (migrate's report says
// the edit does not apply).

const HEADER = /^\s*(\[\[?)\s*([A-Za-z0-9_][A-Za-z0-9_.\-" ]*?)\s*\]\]?\s*(#.*)?$/;
const KEY = /^\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=/;
const TOOL_TABLE = /^tool\.(?!(rye|uv|pdm|poetry|hatch)(\.|$))/;

/**
 * The file's tables: `{ name, array, entries: Map<key, canonical value>, spans: Map<key, [first, last] line index>,
 * header: its line index }`, in order.
 */
export function tomlTables(text) {
  const lines = text.split('\n');
  const out = [];
  let current = { name: '', array: false, entries: new Map(), spans: new Map(), header: -1 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = KEY.test(line) ? null : HEADER.exec(line);
    if (header) {
      out.push(current);
      const name = header[2].replace(/\s+/g, '');
      current = { name, array: header[1] === '[[', entries: new Map(), spans: new Map(), header: i };
      continue;
    }
    const key = KEY.exec(line);
    if (!key) continue;
    let depth = 0;
    let end = i;
    for (; end < lines.length; end++) {
      for (const t of tokens(lines[end])) depth += t === '[' || t === '{' ? 1 : t === ']' || t === '}' ? -1 : 0;
      if (depth <= 0) break;
    }
    const value = lines
      .slice(i, end + 1)
      .join('\n')
      .replace(/^[^=]*=/, '');
    current.entries.set(key[1].replace(/^["']|["']$/g, ''), canonicalValue(value));
    current.spans.set(key[1].replace(/^["']|["']$/g, ''), [i, end]);
    i = end;
  }
  out.push(current);
  return out;
}

function tokens(line) {
  const out = [];
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

/** A TOML value as it reads: no comments, no layout, one quoting, no trailing comma. */
export function canonicalValue(value) {
  return value
    .split('\n')
    .flatMap(tokens)
    .filter((t) => t.trim() !== '')
    .map((t) => (t.startsWith("'") ? JSON.stringify(t.slice(1, -1)) : t))
    .join('')
    .replace(/,([\]}])/g, '$1');
}

const itemKey = (table) =>
  [...table.entries]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('\n');

/**
 * The owners' tool settings (ref against base) and the problems of the migrated file with them: `{ items, problems }`,
 * each item `[table] key` (or `[[table]]` item, `[table]` added whole). `stainlessLine(i)`: whether one of Stainless's
 * commits wrote line `i` (from 0) of the ref's text, as git blame tells; a setting every line of which Stainless's
 * commits wrote is its output, not the owners' (a base from before people's first edit of the file is older than
 * Stainless's later generations of it, which added and renamed settings of their own).
 */
export function toolSettingProblems(refText, baseText, migratedText, stainlessLine = () => false) {
  const [ref, base, migrated] = [refText, baseText, migratedText].map(tomlTables);
  const byStainless = (first, last) => {
    for (let i = first; i <= last; i++) if (!stainlessLine(i)) return false;
    return true;
  };
  const plain = (list, name) => list.find((t) => !t.array && t.name === name);
  const items = [];
  const problems = [];
  for (const table of ref.filter((t) => TOOL_TABLE.test(t.name))) {
    if (table.array) {
      const key = itemKey(table);
      if (base.some((t) => t.array && t.name === table.name && itemKey(t) === key)) continue;
      const last = Math.max(table.header, ...[...table.spans.values()].map(([, end]) => end));
      if (byStainless(table.header, last)) continue;
      const module = table.entries.get('module') ?? '';
      items.push(`[[${table.name}]] ${module}`.trim());
      if (!migrated.some((t) => t.array && t.name === table.name && itemKey(t) === key))
        problems.push(`[[${table.name}]] ${module} item missing`.replace(/\s+item/, ' item'));
      continue;
    }
    const was = plain(base, table.name);
    const now = plain(migrated, table.name);
    // A table of Stainless's that the migrated file does not have: check 4's (reported as not applying).
    if (was && !now) continue;
    for (const [key, value] of table.entries) {
      if (was?.entries.get(key) === value) continue;
      if (byStainless(...table.spans.get(key))) continue;
      items.push(`[${table.name}] ${key}`);
      const got = now?.entries.get(key);
      if (got !== value && !listKept(value, got, was?.entries.get(key)))
        problems.push(`[${table.name}] ${key} = ${value}: ${got === undefined ? 'missing' : got}`);
    }
    for (const [key, value] of was?.entries ?? []) {
      if (table.entries.has(key)) continue;
      items.push(`[${table.name}] ${key} (taken out)`);
      if (now?.entries.get(key) === value) problems.push(`[${table.name}] ${key}: taken out by the owners, back`);
    }
  }
  return { items, problems };
}

/**
 * Whether a migrated list of strings keeps the ref's: every item of it there, none it took out of the base's, items
 * of the migrated file's own beside them (sdkgen's pyright `exclude` has `.sdkgen`).
 */
function listKept(ref, migrated, base) {
  const items = (value) => (value && /^\[.*\]$/.test(value) ? (value.match(/"(?:[^"\\]|\\.)*"/g) ?? []) : null);
  const [theirs, mine, had] = [items(ref), items(migrated), items(base ?? '[]')];
  if (!theirs || !mine || !had) return false;
  return theirs.every((i) => mine.includes(i)) && !had.some((i) => !theirs.includes(i) && mine.includes(i));
}

/**
 * Import statements in the order Ruff's isort rule (I001) gives them under the settings the generated pyproject.toml
 * sets, as Stainless's: `length-sort`, `length-sort-straight`, `combine-as-imports`, `typing_extensions` a standard
 * library. Sections future, standard library, third party, first party (the package), local (relative), a blank line
 * between; in a section `import x` before `from x import`, each by length (a relative module's dots count), then
 * name (case-insensitively, digits by value); the names of a `from` import constants first, then classes, then the
 * rest, each by length then name. Without it the generated SDK fails its own `scripts/lint`.
 */

/** The standard library's top-level modules a generated module may import. */
const STDLIB = new Set([
  '__future__',
  'abc',
  'asyncio',
  'base64',
  'builtins',
  'collections',
  'contextlib',
  'dataclasses',
  'datetime',
  'decimal',
  'enum',
  'functools',
  'inspect',
  'io',
  'json',
  'logging',
  'os',
  'pathlib',
  're',
  'sys',
  'threading',
  'time',
  'types',
  'typing',
  'typing_extensions',
  'uuid',
  'warnings',
]);

/** One statement: `import <module>` (names empty) or `from <module> import <names>` (`X as Y` allowed). */
export interface ImportStatement {
  module: string;
  names: string[];
  /** `import <module> as <alias>`. */
  alias?: string;
}

/** The statement's text, on one line. */
export function importText(statement: ImportStatement): string {
  if (statement.names.length) return `from ${statement.module} import ${statement.names.join(', ')}`;
  return `import ${statement.module}${statement.alias ? ` as ${statement.alias}` : ''}`;
}

/** `import x` / `from x import a, b as c` as a statement; null for anything else. */
export function parseImport(text: string): ImportStatement | null {
  const plain = /^import ([\w.]+)(?: as (\w+))?$/.exec(text);
  if (plain) return { module: plain[1], names: [], ...(plain[2] ? { alias: plain[2] } : {}) };
  const from = /^from ([\w.]+) import (.+)$/.exec(text);
  return from ? { module: from[1], names: from[2].split(',').map((name) => name.trim()) } : null;
}

function section(module: string, firstParty: string): number {
  if (module === '__future__') return 0;
  if (module.startsWith('.')) return 4;
  const top = module.split('.')[0];
  if (top === firstParty) return 3;
  return STDLIB.has(top) ? 1 : 2;
}

/** Natural order as Ruff compares names: runs of digits by value, any other character by code point (`.` < `_`). */
function natural(a: string, b: string): number {
  const runs = (text: string) => text.match(/\d+|\D/g) ?? [];
  const [left, right] = [runs(a), runs(b)];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i], right[i]];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const [u, v] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      if (u.length !== v.length) return u.length - v.length;
      if (u !== v) return u < v ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

function compareNames(a: string, b: string): number {
  const lower = natural(a.toLowerCase(), b.toLowerCase());
  if (lower !== 0) return lower;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Constants (`NOT_GIVEN`, `TYPE_CHECKING`) 0, classes 1, the rest 2. */
function memberType(name: string): number {
  if (name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase()) return 0;
  return /^[A-Z]/.test(name) ? 1 : 2;
}

/** Ruff's member order: type, length, name; `X as Y` by `X`, then `Y`. */
export function compareMembers(a: string, b: string): number {
  const [nameA, asA = ''] = a.split(/\s+as\s+/);
  const [nameB, asB = ''] = b.split(/\s+as\s+/);
  return (
    memberType(nameA) - memberType(nameB) ||
    nameA.length - nameB.length ||
    compareNames(nameA, nameB) ||
    compareNames(asA, asB)
  );
}

/** A module's length as Ruff measures it: its name's, the leading dots counted. */
const moduleLength = (module: string) => module.length;

function compareStatements(a: ImportStatement, b: ImportStatement): number {
  const straight = Number(a.names.length > 0) - Number(b.names.length > 0);
  if (straight !== 0) return straight;
  const level = (m: string) => /^\.*/.exec(m)![0].length;
  return (
    moduleLength(a.module) - moduleLength(b.module) ||
    level(b.module) - level(a.module) ||
    compareNames(a.module.replace(/^\.+/, ''), b.module.replace(/^\.+/, '')) ||
    compareMembers(a.names[0] ?? '', b.names[0] ?? '') ||
    compareNames(a.alias ?? '', b.alias ?? '')
  );
}

/**
 * The statements in Ruff's order, by section (sections without statements left out); a module's `from` imports
 * merged into one, its names in order.
 */
export function isortSections(statements: ImportStatement[], firstParty: string): ImportStatement[][] {
  const merged = new Map<string, ImportStatement>();
  for (const statement of statements) {
    const key = statement.names.length ? `from ${statement.module}` : importText(statement);
    const seen = merged.get(key);
    if (seen) seen.names.push(...statement.names.filter((name) => !seen.names.includes(name)));
    else merged.set(key, { ...statement, names: [...statement.names] });
  }
  const sections: ImportStatement[][] = [[], [], [], [], []];
  for (const statement of merged.values()) {
    statement.names.sort(compareMembers);
    sections[section(statement.module, firstParty)].push(statement);
  }
  return sections.filter((list) => list.length > 0).map((list) => list.sort(compareStatements));
}

/**
 * A printed import block (`text`: statements, blank lines, an `if TYPE_CHECKING:` block of indented ones last) with
 * each run of statements at one indent sorted as isortSections sorts them, each statement laid out by `layout`.
 */
export function sortImportBlock(
  text: string,
  layout: (indent: string, statement: ImportStatement) => string,
  firstParty = '',
): string {
  // Statements one a line: a parenthesized list joined.
  const flat = text.replace(/\(\s*([^()]*?),?\s*\)/g, (_, inner: string) => inner.replace(/,\s+/g, ', '));
  const out: string[] = [];
  let run: { indent: string; statements: ImportStatement[]; blankAfter: boolean } | null = null;
  const flush = () => {
    if (!run) return;
    const { indent, statements, blankAfter } = run;
    isortSections(statements, firstParty).forEach((group, i) => {
      if (i > 0) out.push('');
      out.push(...group.map((statement) => layout(indent, statement)));
    });
    if (blankAfter) out.push('');
    run = null;
  };
  for (const line of flat.split('\n')) {
    const indent = /^\s*/.exec(line)![0];
    const parsed = parseImport(line.trim());
    if (parsed && (!run || run.indent === indent)) {
      run ??= { indent, statements: [], blankAfter: false };
      run.statements.push(parsed);
      run.blankAfter = false;
    } else if (line.trim() === '' && run) {
      run.blankAfter = true;
    } else {
      flush();
      if (parsed) run = { indent, statements: [parsed], blankAfter: false };
      else out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

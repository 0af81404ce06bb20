/**
 * The one reader of a Python module's import statements (`import a.b as c`, `from .x import (y as y)`), for every
 * part of the migrate stage that reads them: each statement's lines, the module it imports from, the names it binds,
 * where it sits (indented under `if TYPE_CHECKING:`, `try:`, a function) and its comments. Read from the text alone
 * (statements.ts `readModule`): a docstring's or a string's "import" and a comment's are no statement; a statement
 * goes on over a parenthesised list (comments and a trailing comma inside) and over backslash-continued lines.
 * The TypeScript counterpart is reapply/import-statements.ts.
 */
import { readModule } from './module-lines';

export interface ImportedName {
  /** The name as imported: `a.b` of `import a.b`, `Y` of `from x import Y as Z`. */
  name: string;
  /** The `as` alias, null without one. */
  alias: string | null;
  /** The name the statement binds: the alias, else `name` (`import a.b` binds `a`). */
  bound: string;
  /** As written, spacing made single: `Y`, `Y as Z`. */
  text: string;
  /** The line (0-based) it is on. */
  line: number;
}

export interface PythonImport {
  /** First line, 0-based. */
  start: number;
  /** One past its last line. */
  end: number;
  /** `import a, b` or `from m import …`. */
  kind: 'import' | 'from';
  /** The module of `from m import …`, with the leading dots of a relative import (`.`, `..types`); null for `import`. */
  module: string | null;
  /** The names it imports (none for `from m import *`). */
  names: ImportedName[];
  /** `from m import *`. */
  star: boolean;
  /** Its names in parentheses (`from m import (a, b)`). */
  parenthesised: boolean;
  /** Its first line's indentation: '' at the module's top level. */
  indent: string;
  /** The header of the block it is indented under (`if TYPE_CHECKING:`, `try:`, `def f():`), null at the top. */
  block: string | null;
  /** The line of that header (its first line), null at the top. */
  blockLine: number | null;
  /** The comment that ends its last line (`# type: ignore`), null without one. */
  comment: string | null;
  /** Whether a comment stands on or between any of its lines. */
  commented: boolean;
  /** The statement on one line, comments left out, spacing made single: `from .x import a, b as c`. */
  text: string;
}

const FROM_HEAD = /^from\s+(\.+|\.*[A-Za-z_][\w.]*(?=\s))\s*import(?![\w.])/;
const IMPORT_HEAD = /^import(?=\s)/;

/** The last text read (a module is often asked about several times in a row). */
let lastRead: { text: string; statements: readonly PythonImport[] } | null = null;

/** Every import statement of a module (its text, or its lines), at any depth, in order. */
export function pythonImports(source: string | string[]): readonly PythonImport[] {
  const text = typeof source === 'string' ? source : source.join('\n');
  if (lastRead !== null && lastRead.text === text) return lastRead.statements;
  const statements = readImports(text);
  lastRead = { text, statements };
  return statements;
}

/** The statement `text` begins with (a statement's text, a hunk's line), null when it begins with none. */
export function importStatementOf(text: string): PythonImport | null {
  const [statement] = readImports(text);
  return statement?.start === 0 ? statement : null;
}

/** The names an import statement (its text) binds: `import a.b` binds `a`; `as` names bind their alias. */
export function importBinds(statement: string): string[] {
  return importStatementOf(statement.trim())?.names.map((n) => n.bound) ?? [];
}

/** The statements at the module's top level (not indented). */
export function topLevelImports(source: string | string[]): PythonImport[] {
  return pythonImports(source).filter((statement) => statement.indent === '');
}

/** Whether the statement sits in an `if TYPE_CHECKING:` block (`if typing.TYPE_CHECKING:` too), directly. */
export function underTypeChecking(statement: PythonImport): boolean {
  return statement.block !== null && /^if\s+(?:typing\.)?TYPE_CHECKING\s*:$/.test(statement.block);
}

function readImports(text: string): PythonImport[] {
  const module = readModule(text);
  const { lines, code, continues } = module;
  const out: PythonImport[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (continues[i]) continue;
    const indent = /^[ \t]*/.exec(lines[i])![0];
    const head = code[i].trimStart();
    const from = FROM_HEAD.exec(head);
    if (from === null && !IMPORT_HEAD.test(head)) continue;
    let end = i + 1;
    while (end < lines.length && continues[end]) end++;
    // Each line's code (strings there are none in an import), what its head names left out of the first.
    const tokens: Array<{ token: string; line: number }> = [];
    for (let at = i; at < end; at++) {
      let part = at === i ? head.slice((from ?? /^import/.exec(head)!)[0].length) : code[at];
      // (`import a; x = 1`: the statement ends at the semicolon; what follows is other code.)
      const semicolon = part.indexOf(';');
      if (semicolon >= 0) part = part.slice(0, semicolon);
      for (const m of part.matchAll(/[\w.*]+|,/g)) tokens.push({ token: m[0], line: at });
      if (semicolon >= 0) break;
    }
    const names: ImportedName[] = [];
    let star = false;
    for (const group of splitOnCommas(tokens)) {
      const words = group.map((t) => t.token);
      if (words.length === 1 && words[0] === '*') {
        star = true;
        continue;
      }
      const name = words[0];
      const alias = words.length === 3 && words[1] === 'as' ? words[2] : null;
      const bound = alias ?? (from !== null ? name : name.split('.')[0]);
      names.push({ name, alias, bound, text: alias === null ? name : `${name} as ${alias}`, line: group[0].line });
    }
    const comments = lines.slice(i, end).map(commentOf);
    const last = comments[comments.length - 1];
    const moduleName = from === null ? null : from[1].trim();
    const list = [...(star ? ['*'] : []), ...names.map((n) => n.text)].join(', ');
    out.push({
      start: i,
      end,
      kind: from === null ? 'import' : 'from',
      module: moduleName,
      names,
      star,
      parenthesised: from !== null && /^\s*\(/.test(head.slice(from[0].length)),
      indent,
      ...blockOf(module.lines, code, continues, i, indent.length),
      comment: last,
      commented: comments.some((c) => c !== null),
      text: from === null ? `import ${list}` : `from ${moduleName} import ${list}`,
    });
    i = end - 1;
  }
  return out;
}

function splitOnCommas<T extends { token: string }>(tokens: T[]): T[][] {
  const groups: T[][] = [[]];
  for (const t of tokens) {
    if (t.token === ',') groups.push([]);
    else groups[groups.length - 1].push(t);
  }
  return groups.filter((group) => group.length > 0);
}

/** A line's comment (an import line holds no string: its first `#` begins it). */
function commentOf(line: string): string | null {
  const at = line.indexOf('#');
  return at < 0 ? null : line.slice(at).trimEnd();
}

/** The header line of the block line `at` is indented under: the nearest statement above at a lesser indent. */
function blockOf(
  lines: string[],
  code: string[],
  continues: boolean[],
  at: number,
  indent: number,
): { block: string | null; blockLine: number | null } {
  if (indent === 0) return { block: null, blockLine: null };
  for (let i = at - 1; i >= 0; i--) {
    if (continues[i] || code[i].trim() === '') continue;
    if (/^[ \t]*/.exec(lines[i])![0].length >= indent) continue;
    // (A header over several lines, `def f(\n  a,\n):`, is read from its first.)
    let end = i + 1;
    while (end < lines.length && continues[end]) end++;
    const block = code
      .slice(i, end)
      .map((line) => line.replace(/\\\s*$/, ''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { block, blockLine: i };
  }
  return { block: null, blockLine: null };
}

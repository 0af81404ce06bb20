/**
 * sdkgen's import names that only code the owners' carried edits took out read: the typing names of a class or alias
 * they deleted (anthropic's beta `batch_create_params.py`, whose `RequestParams` and `RequestParamsContainer` went,
 * and with them every reader of sdkgen's `Union`, `Optional`, `Literal`, `TypeAlias`). Left imported, the module
 * imports what nothing reads (pyright strict's `reportUnusedImport`), where the owners' own module took those names out
 * with the code. Such a name is taken out of sdkgen's statement, and the statement with its last name; then their import
 * hunk, which took the names out of Stainless's differently listed statement, is done (imports-already-done.ts).
 *
 * Only a name of a `from M import a, b` of sdkgen's module (one line, or parenthesised over lines as sdkgen writes a
 * long one: `from M import (`, a name or names a line, `)`) that its code read and the carried module's code reads
 * nowhere (`__all__` counts as a read, a docstring does not), that no line a hunk left for a person adds names, and not
 * in a package's `__init__.py` (whose imports are its exports).
 */

const FROM_IMPORT = /^from\s+(\S+)\s+import\s+(\w+(?:\s*,\s*\w+)*)\s*$/;
const FROM_IMPORT_OPEN = /^from\s+(\S+)\s+import\s+\(\s*$/;
const NAME_LINE = /^(\s*)(\w+(?:\s*,\s*\w+)*)\s*(,?)\s*$/;

/** A `from M import …` statement: one line, or parenthesised over lines with names only between the brackets. */
interface FromImport {
  module: string;
  /** Index of its first and last line. */
  first: number;
  last: number;
  names: string[];
  /** Its text without the names given (nothing where none is left). */
  without(unread: (name: string) => boolean): string[];
}

export function withoutImportsTheirEditsUnread(path: string, text: string, target: string, rejected: string[]): string {
  if (!path.endsWith('.py') || path.endsWith('__init__.py')) return text;
  const [inTarget, inCarried] = [codeOutsideImports(target), codeOutsideImports(text)];
  const imported = new Set(
    fromImports(target.split('\n')).flatMap((statement) =>
      statement.names.map((name) => `${statement.module} ${name}`),
    ),
  );
  // (What a hunk left for a person adds may read the name again.)
  const leftOut = rejected.flatMap((hunk) => hunk.split('\n').filter((line) => line.startsWith('+'))).join('\n');
  const unread = (module: string, name: string) =>
    imported.has(`${module} ${name}`) && reads(inTarget, name) && !reads(inCarried, name) && !reads(leftOut, name);
  const lines = text.split('\n');
  let changed = false;
  // (From the last statement up, so that the earlier ones' line numbers hold.)
  for (const statement of fromImports(lines).reverse()) {
    if (!statement.names.some((name) => unread(statement.module, name))) continue;
    changed = true;
    const kept = statement.without((name) => unread(statement.module, name));
    lines.splice(statement.first, statement.last - statement.first + 1, ...kept);
  }
  return changed ? lines.join('\n') : text;
}

function fromImports(lines: string[]): FromImport[] {
  const out: FromImport[] = [];
  for (let i = 0; i < lines.length; i++) {
    const one = FROM_IMPORT.exec(lines[i]);
    if (one !== null) {
      const module = one[1];
      out.push({
        module,
        first: i,
        last: i,
        names: names(one[2]),
        without: (unread) => {
          const kept = names(one[2]).filter((name) => !unread(name));
          return kept.length === 0 ? [] : [`from ${module} import ${kept.join(', ')}`];
        },
      });
      continue;
    }
    const open = FROM_IMPORT_OPEN.exec(lines[i]);
    if (open === null) continue;
    const close = lines.findIndex((line, j) => j > i && /^\s*\)\s*$/.test(line));
    if (close === -1) continue;
    const inner = lines.slice(i + 1, close).map((line) => NAME_LINE.exec(line));
    // (A comment, an alias, or anything else between the brackets: the statement is left as it is.)
    if (inner.length === 0 || inner.some((m) => m === null)) {
      i = close;
      continue;
    }
    const rows = inner as RegExpExecArray[];
    const [first, last] = [i, close];
    out.push({
      module: open[1],
      first,
      last,
      names: rows.flatMap((m) => names(m[2])),
      without: (unread) => {
        const kept = rows.flatMap((m) => {
          const left = names(m[2]).filter((name) => !unread(name));
          return left.length === 0 ? [] : [`${m[1]}${left.join(', ')}${m[3]}`];
        });
        if (kept.length === 0) return [];
        // (The last name kept may have been written without its comma, which the names after it had.)
        return [lines[first], ...kept.map((row) => (row.endsWith(',') ? row : `${row},`)), lines[last]];
      },
    });
    i = close;
  }
  return out;
}

function names(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function reads(code: string, name: string): boolean {
  return new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code);
}

/** The module's text without its import statements (a parenthesised one whole), its comments and docstrings. */
function codeOutsideImports(text: string): string {
  const out: string[] = [];
  let inImport = false;
  for (const line of text.split('\n')) {
    if (inImport) {
      if (line.includes(')')) inImport = false;
      continue;
    }
    if (/^\s*(?:from\s+\S+\s+)?import\s/.test(line)) {
      inImport = line.includes('(') && !line.includes(')');
      continue;
    }
    out.push(line.replace(/#.*$/, ''));
  }
  // (Prose is no read: "Optional header to specify…".)
  return out.join('\n').replace(/^([ \t]*)[rRbBuU]{0,2}("""|''')[\s\S]*?\2[ \t]*$/gm, '$1');
}

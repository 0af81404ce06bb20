/**
 * sdkgen's import names that only code the owners' carried edits took out read: the typing names of a class or alias
 * they deleted (anthropic's beta `batch_create_params.py`, whose `RequestParams` and `RequestParamsContainer` went,
 * and with them every reader of sdkgen's `Union`, `Optional`, `Literal`, `TypeAlias`). Left imported, the module
 * imports what nothing reads (pyright strict's `reportUnusedImport`), where the owners' own module took those names out
 * with the code. Such a name is taken out of sdkgen's statement, and the statement with its last name; then their import
 * hunk, which took the names out of Stainless's differently listed statement, is done (imports-already-done.ts).
 *
 * Only a name of a one-line `from M import a, b` of sdkgen's module that its code read and the carried module's code
 * reads nowhere (`__all__` counts as a read, a docstring does not), that no line a hunk left for a person adds names, and not in a package's
 * `__init__.py` (whose imports are its exports).
 */

const FROM_IMPORT = /^from\s+(\S+)\s+import\s+(\w+(?:\s*,\s*\w+)*)\s*$/;

export function withoutImportsTheirEditsUnread(path: string, text: string, target: string, rejected: string[]): string {
  if (!path.endsWith('.py') || path.endsWith('__init__.py')) return text;
  const [inTarget, inCarried] = [codeOutsideImports(target), codeOutsideImports(text)];
  const imported = new Set(
    target.split('\n').flatMap((line) => {
      const m = FROM_IMPORT.exec(line);
      return m === null ? [] : names(m[2]).map((name) => `${m[1]} ${name}`);
    }),
  );
  // (What a hunk left for a person adds may read the name again.)
  const leftOut = rejected.flatMap((hunk) => hunk.split('\n').filter((line) => line.startsWith('+'))).join('\n');
  const unread = (module: string, name: string) =>
    imported.has(`${module} ${name}`) && reads(inTarget, name) && !reads(inCarried, name) && !reads(leftOut, name);
  let changed = false;
  const lines = text.split('\n').flatMap((line) => {
    const m = FROM_IMPORT.exec(line);
    if (m === null) return [line];
    const kept = names(m[2]).filter((name) => !unread(m[1], name));
    if (kept.length === names(m[2]).length) return [line];
    changed = true;
    return kept.length === 0 ? [] : [`from ${m[1]} import ${kept.join(', ')}`];
  });
  return changed ? lines.join('\n') : text;
}

function names(list: string): string[] {
  return list.split(',').map((name) => name.trim());
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

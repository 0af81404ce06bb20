/**
 * An owners' edit of a private module-level binding of Stainless's module that sdkgen's module at that path neither
 * binds nor reads: every line the edit takes out and puts in is one whole top-level assignment of the same `_name`
 * (xquik's `_LITERAL_TYPES = {…}` → `_LITERAL_TYPES: frozenset[object] = frozenset({…})` in `_utils/_compat.py`, for
 * pyright's strict mode). Only Stainless's own functions of that module read such a name, and sdkgen's module does that
 * work otherwise (its `_compat.py` re-exports `is_literal_type` from `_typing.py`): nothing in sdkgen's package runs
 * the edit. It is reported as not applying, with the name, rather than left for a person (typing-only.ts gathers the
 * kinds) — unless a module of the migrated repository imports the name from that module, or reads it there as an
 * attribute (the owners' `lib/`, a test, a module of Stainless's that stays: `from .._utils._compat import
 * _LITERAL_TYPES`): that code needs the binding, and the edit stays for a person.
 */
import { pythonImports } from '../source/import-statements';

/** A whole one-line top-level assignment of a private name (`_X = …`, `_X: T = …`): the name, else null. */
function privateAssignment(line: string): string | null {
  const m = /^(_\w+)\s*(?::[^=]+)?=(?!=)\s*(\S.*)$/.exec(line.replace(/\s+#.*$/, ''));
  if (m === null) return null;
  // (A value running over lines, a bracket left open, is not one line's statement.)
  const text = m[2].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const depth = (text.match(/[([{]/g) ?? []).length - (text.match(/[)\]}]/g) ?? []).length;
  return depth === 0 && !text.endsWith('\\') ? m[1] : null;
}

/**
 * The private name the edit's lines (`removed`, `added`, as in the hunk, indentation kept) all bind at the top level,
 * where sdkgen's module (`ours`) never names it (code, comments and strings alike); else null.
 */
export function privateBindingUnread(removed: string[], added: string[], ours: string): string | null {
  const lines = [...removed, ...added].filter((line) => line.trim() !== '');
  if (removed.every((line) => line.trim() === '') || added.every((line) => line.trim() === '')) return null;
  const names = new Set(lines.map(privateAssignment));
  if (names.size !== 1) return null;
  const [name] = names;
  if (name === null) return null;
  return new RegExp(`(?<![\\w.])${name}\\b`).test(ours) ? null : name;
}

/** The report's reason for such an edit of `name`. */
export function privateBindingReason(name: string): string {
  return (
    `sets \`${name}\`, a private name of Stainless's module that sdkgen's module neither defines nor reads (its ` +
    "runtime does that work otherwise): nothing in sdkgen's package runs the edit"
  );
}

/**
 * The first of `modules` (the migrated repository's Python files) other than `path` that imports the private `name`
 * from the module at `path` (`from .._utils._compat import _X`), or imports that module and reads the name as its
 * attribute (`from .._utils import _compat` … `_compat._X`); null where none does. Read from the import statements'
 * text: a relative import from where the importing file is, an absolute one of the package under `src/`.
 */
export function privateNameImporter(
  path: string,
  name: string,
  modules: ReadonlyArray<{ path: string; text: string }>,
): string | null {
  const word = new RegExp(`(?<!\\w)${name}(?!\\w)`);
  const attribute = new RegExp(`\\.${name}(?!\\w)`);
  for (const module of modules) {
    if (module.path === path || !module.path.endsWith('.py') || !word.test(module.text)) continue;
    const folder = module.path.split('/').slice(0, -1);
    const stem = (dotted: string): string[] | null => {
      const dots = /^\.*/.exec(dotted)![0].length;
      const rest = dotted.slice(dots).split('.').filter(Boolean);
      if (dots === 0) return ['src', ...rest];
      return dots - 1 > folder.length ? null : [...folder.slice(0, folder.length - (dots - 1)), ...rest];
    };
    const isPath = (parts: string[] | null) =>
      parts !== null && [`${parts.join('/')}.py`, `${parts.join('/')}/__init__.py`].includes(path);
    for (const statement of pythonImports(module.text)) {
      const from = statement.module === null ? null : stem(statement.module);
      for (const part of statement.names) {
        if (from !== null && isPath(from) && part.name === name) return module.path;
        const imported = from === null ? stem(part.name) : [...from, part.name];
        if (isPath(imported) && attribute.test(module.text)) return module.path;
      }
    }
  }
  return null;
}

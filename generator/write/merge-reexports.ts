/**
 * Two insertions at one point of a module that are only re-exports (`export { A, type B } from './a';`,
 * `export * from './custom';`), one by each side: issue 89, turbopuffer's owners added `export * from './custom'` at
 * the end of src/resources/index.ts, where sdkgen adds a new resource's exports when the spec gains one. A module's
 * re-exports mean the same in any order (a name exported by name shadows the same name from `export *`, wherever
 * either stands), so the merge need not ask a person: names first, then stars, each kind in the order of the modules
 * they name. The answer does not depend on which side is which.
 *
 * Python's package modules re-export so too (`from .custom import *` the owners added at the end of a
 * `types/__init__.py`, where sdkgen adds a new type's `from .probe import Probe as Probe`). There a later import binds
 * a name again: names first, then stars keeps the owners' star import after every name it may take over, as they
 * wrote it; two imports of names go in the order of their modules unless they bind a name in common (then the order
 * matters, and the conflict stays).
 */
import type { InsertionOrder, Side } from './merge-hunks';

/** One or more whole `export … from '…';` statements, possibly spread over lines. */
const REEXPORTS =
  /^(?:\s*export\s+(?:type\s+)?(?:\*(?:\s+as\s+[A-Za-z_$][\w$]*)?|\{[^}]*\})\s+from\s+(['"])[^'"\n]+\1;?\s*)+$/;
const STATEMENT = /export\s+(?:type\s+)?(\*|\{)[^;]*?from\s+['"]([^'"\n]+)['"]/;

/** One or more whole top-level `from … import …` statements of Python (names in parentheses over lines). */
const PY_IMPORTS = /^(?:\s*from[ \t]+[\w.]+[ \t]+import[ \t]+(?:\*|\([^)]*\)|[\w \t,]+)[ \t]*(?:#[^\n]*)?(?:\n|$))+$/;
const PY_STATEMENT = /from[ \t]+([\w.]+)[ \t]+import[ \t]+(\*|\([^)]*\)|[\w \t,]+)/g;

export function reexportOrder(ours: Side, theirs: Side): InsertionOrder {
  const [a, b] = [reexportsOf(ours), reexportsOf(theirs)];
  if (a === null || b === null) return null;
  if (a.star !== b.star) return a.star ? 'theirs-first' : 'ours-first';
  if (a.from === b.from || a.names.some((name) => b.names.includes(name))) return null;
  return a.from < b.from ? 'ours-first' : 'theirs-first';
}

/**
 * A side's insertion read as re-exports: whether its first is `export *` (`import *`), the module it names, and the
 * names Python's imports bind (a name bound twice is bound by the later import); else null.
 */
function reexportsOf(side: Side): { star: boolean; from: string; names: string[] } | null {
  const hunk = side.hunks[side.at];
  const text = side.lines.slice(hunk.start, hunk.end).join('');
  if (PY_IMPORTS.test(text)) {
    const statements = [...text.matchAll(PY_STATEMENT)];
    if (statements.length === 0) return null;
    const names = statements.flatMap(([, , list]) =>
      list === '*'
        ? []
        : list
            .replace(/[()]/g, '')
            .split(',')
            .map(boundName)
            .filter((name) => name !== ''),
    );
    return { star: statements[0][2] === '*', from: statements[0][1], names };
  }
  if (!REEXPORTS.test(text)) return null;
  const first = STATEMENT.exec(text);
  return first === null ? null : { star: first[1] === '*', from: first[2], names: [] };
}

/** The name an imported item binds: `B` of `A as B`, else `A`. */
function boundName(item: string): string {
  const words = item.replace(/#.*$/gm, '').trim().split(/\s+/);
  return words.at(-1) ?? '';
}

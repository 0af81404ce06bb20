// Check 4's reading of a pyproject.toml hunk that changes layout alone: Stainless's lines re-indented, a list put on
// one line (dedalus-python's `[dependency-groups]`, two-space indents and `pydantic-v1 = ["pydantic>=1.9.0,<2"]`).
// Every key of the table its lines are in reads the same at the base and at the ref as TOML reads it (layout, quoting
// and a trailing comma aside), and its comments are the ones it took out: nothing of the owners' is in it to carry,
// whatever the migrated file writes there. A hunk with a table's header in it, or in an array of tables, is not read.
import { tomlTables } from './python-settings.mjs';

const HEADER = /^\s*\[/;
const KEY = /^\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=/;
const comment = (line) => /(^|\s)#.*$/.exec(line.replace(/\n$/, ''))?.[0].trim() ?? '';

/** The table (its name) the ref's line `at` (1-based) is in, or null before any header. */
function tableAt(lines, at) {
  for (let i = Math.min(at, lines.length) - 1; i >= 0; i--) {
    if (KEY.test(lines[i])) continue;
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(lines[i]);
    if (header) return { name: header[2].replace(/\s+/g, ''), array: header[1] === '[[' };
  }
  return null;
}

/**
 * Whether `hunk` (`{ header, added: [{ line, text }], removed }`, the owners' hunk from the base to the ref) changes
 * only the layout of pyproject.toml: `base` and `ref` are the file's texts there.
 */
export function layoutOnlyHunk(hunk, base, ref) {
  const changed = [...hunk.removed, ...hunk.added.map((a) => a.text)].map((l) => l.replace(/\n$/, ''));
  if (changed.some((line) => HEADER.test(line) && !KEY.test(line))) return false;
  const sorted = (lines) => lines.map(comment).filter(Boolean).sort().join('\n');
  if (sorted(hunk.removed) !== sorted(hunk.added.map((a) => a.text))) return false;
  const at = hunk.added[0]?.line ?? Number(/\+(\d+)/.exec(hunk.header)?.[1] ?? 0);
  const table = tableAt(ref.split('\n'), at);
  if (table === null || table.array) return false;
  const entries = (text) => {
    const found = tomlTables(text).filter((t) => t.name === table.name);
    return found.length === 1 ? [...found[0].entries].sort().join('\n') : null;
  };
  const [before, after] = [entries(base), entries(ref)];
  return before !== null && before === after;
}

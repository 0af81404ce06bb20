/**
 * TypeScript import statements both sides of a three-way merge changed at one place, merged as imports instead of
 * lines (Python's are merged by name in merge-imports.ts). Issue 89: the owners add an import to a generated resource
 * module, and a later regeneration adds one after the same line (a new method whose path needs sdkgen's `path`
 * import): as lines, two insertions at one point, a conflict. Imports that bind names mean the same in any order, so:
 *
 * - Two insertions at one point, each only whole import statements that bind names: both are kept, each statement
 *   once, the two runs in the order of the first module each names (then of their text), whichever side is which (a
 *   run that holds all of the other's statements is taken as it is).
 * - One named import statement (`import { A, B } from './x';`) both sides changed, to the same module and the same
 *   kind (`import type` or not): the names the base had and neither side removed, in the base's order, then the names
 *   either side added, in the order of the names they bind.
 *
 * A name bound twice (by the two sides' statements, or by one side's statement and the other side's imports elsewhere
 * in its file), a side-effect import (`import './shims';`, whose place may matter), or anything but whole import
 * statements: null, and the conflict stays.
 */

/** One whole import statement that binds names; `named`: its `{ … }` list, when it has only that. */
interface Statement {
  lines: string[];
  text: string;
  head: string;
  module: string;
  bound: string[];
  named: string[] | null;
}

const IDENT = String.raw`[A-Za-z_$][\w$]*`;
const IMPORT = new RegExp(
  String.raw`^\s*(import\s+(?:type\s+)?)(?:(${IDENT})\s*,\s*)?(?:\*\s*as\s+(${IDENT})|\{([^}]*)\}|(${IDENT}))\s*from\s*(['"])([^'"\n]+)\6\s*;?\s*$`,
);
const ITEM = new RegExp(String.raw`^(?:type\s+)?(${IDENT})(?:\s+as\s+(${IDENT}))?$`);
/** Import statements anywhere in a file (for the names it binds). */
const ANY_IMPORT = new RegExp(
  String.raw`^import\s+(?:type\s+)?(?:${IDENT}\s*,\s*)?(?:\*\s*as\s+${IDENT}|\{[^}]*\}|${IDENT})\s*from\s*['"][^'"\n]+['"]`,
  'gm',
);

function statement(lines: string[]): Statement | null | undefined {
  const text = lines.join('');
  const m = IMPORT.exec(text);
  if (m === null) return undefined;
  const [, head, defaulted, namespace, list, single, , module] = m;
  const items = list === undefined ? [] : list.split(',').map((item) => item.trim());
  if (items.at(-1) === '') items.pop();
  const bound: string[] = [];
  for (const item of items) {
    const name = ITEM.exec(item);
    if (name === null) return null;
    bound.push(name[2] ?? name[1]);
  }
  for (const name of [defaulted, namespace, single]) if (name !== undefined) bound.push(name);
  if (bound.length === 0) return null;
  const named = list !== undefined && defaulted === undefined ? items : null;
  return { lines, text: text.replace(/\s+/g, ' ').trim(), head: head.replace(/\s+/g, ' '), module, bound, named };
}

/** A region's lines as whole import statements (blank lines between them go with the next one), or null. */
function statements(lines: string[]): Statement[] | null {
  const out: Statement[] = [];
  let start = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines.slice(start, k + 1).every((line) => line.trim() === '')) continue;
    if (!/^\s*import\b/.test(lines.slice(start, k + 1).find((line) => line.trim() !== '') ?? '')) return null;
    const s = statement(lines.slice(start, k + 1));
    if (s === null) return null;
    if (s === undefined) {
      // A statement over lines ends with its module; past a `;` (or a `from '…'`) with no match, it is not one.
      if (/from\s*['"]|;\s*$/.test(lines[k])) return null;
      continue;
    }
    out.push(s);
    start = k + 1;
  }
  return start === lines.length && out.length > 0 ? out : null;
}

/** The names a file's import statements bind, each with how many times. */
function bindings(text: string): Map<string, number> {
  const count = new Map<string, number>();
  for (const [found] of text.matchAll(ANY_IMPORT))
    for (const name of statement([found])?.bound ?? []) count.set(name, (count.get(name) ?? 0) + 1);
  return count;
}

/** The names a file binds outside a region of it (its imports, less the region's). */
function elsewhere(file: string[], region: Statement[]): Set<string> {
  const count = bindings(file.join(''));
  for (const s of region) for (const name of s.bound) count.set(name, (count.get(name) ?? 0) - 1);
  return new Set([...count].filter(([, n]) => n > 0).map(([name]) => name));
}

/**
 * The region merged as TypeScript imports, or null (see the module's comment). `base`, `ours`, `theirs`: the region's
 * lines on each side; `oursFile`, `theirsFile`: each side's whole file.
 */
export function tsImportsMerged(
  base: string[],
  ours: string[],
  theirs: string[],
  oursFile: string[],
  theirsFile: string[],
): string[] | null {
  const [o, t] = [statements(ours), statements(theirs)];
  if (o === null || t === null) return null;
  const [oursElsewhere, theirsElsewhere] = [elsewhere(oursFile, o), elsewhere(theirsFile, t)];
  if (base.length === 0) {
    // Two insertions: the run whose first module sorts first goes first; the second loses the statements it repeats.
    // (A run that repeats all of the other's statements is taken as it is.)
    const within = (x: Statement[], y: Statement[]) => x.every((s) => y.some((other) => other.text === s.text));
    if (within(t, o) || within(o, t)) {
      const whole = within(t, o) ? o : t;
      const names = whole.flatMap((s) => s.bound);
      const other = whole === o ? theirsElsewhere : oursElsewhere;
      return new Set(names).size === names.length && !names.some((n) => other.has(n))
        ? whole.flatMap((s) => s.lines)
        : null;
    }
    const key = (run: Statement[]) => `${run[0].module}\u0000${run.map((s) => s.text).join('\u0000')}`;
    const [first, second] = key(o) <= key(t) ? [o, t] : [t, o];
    const repeated = new Set(first.map((s) => s.text));
    const rest = second.filter((s) => !repeated.has(s.text));
    const [firstNames, restNames] = [first.flatMap((s) => s.bound), rest.flatMap((s) => s.bound)];
    if (new Set([...firstNames, ...restNames]).size !== firstNames.length + restNames.length) return null;
    const [firstElsewhere, secondElsewhere] =
      first === o ? [theirsElsewhere, oursElsewhere] : [oursElsewhere, theirsElsewhere];
    if (firstNames.some((n) => firstElsewhere.has(n)) || restNames.some((n) => secondElsewhere.has(n))) return null;
    if (!first.at(-1)?.lines.at(-1)?.endsWith('\n')) return null;
    return [...first, ...rest].flatMap((s) => s.lines);
  }
  const b = statements(base);
  if (b?.length !== 1 || o.length !== 1 || t.length !== 1) return null;
  const [bs, os, ts] = [b[0], o[0], t[0]];
  if (bs.named === null || os.named === null || ts.named === null) return null;
  if (new Set([bs.head, os.head, ts.head]).size !== 1 || new Set([bs.module, os.module, ts.module]).size !== 1)
    return null;
  const norm = (item: string) => item.replace(/\s+/g, ' ');
  const [inBase, inOurs, inTheirs] = [bs.named, os.named, ts.named].map((list) => new Set(list.map(norm)));
  const kept = bs.named.map(norm).filter((item) => inOurs.has(item) && inTheirs.has(item));
  const added = [...new Set([...inOurs, ...inTheirs])].filter((item) => !inBase.has(item));
  const boundBy = (item: string) => {
    const m = ITEM.exec(item);
    return m === null ? item : (m[2] ?? m[1]);
  };
  added.sort((x, y) => (boundBy(x) < boundBy(y) ? -1 : boundBy(x) > boundBy(y) ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const names = [...kept, ...added].map(boundBy);
  if (new Set(names).size !== names.length) return null;
  if (added.some((item) => oursElsewhere.has(boundBy(item)) || theirsElsewhere.has(boundBy(item)))) return null;
  const indent = /^\s*/.exec(os.lines[0])?.[0] ?? '';
  const end = os.lines.at(-1)?.endsWith('\n') ? '\n' : '';
  const quote = /from\s*(['"])/.exec(os.lines.join(''))?.[1] ?? "'";
  return [`${indent}${os.head}{ ${[...kept, ...added].join(', ')} } from ${quote}${os.module}${quote};${end}`];
}

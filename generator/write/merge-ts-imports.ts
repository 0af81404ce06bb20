/**
 * TypeScript import statements both sides of a three-way merge changed in one region, merged as imports instead of
 * lines (Python's are merged by name in merge-imports.ts). Issue 89: the owners add an import to a generated resource
 * module, and a later regeneration adds one after the same line (a new method whose path needs sdkgen's `path`
 * import), or both add names to one statement: as lines, a conflict. Imports that bind names mean the same in any
 * order, so each side's region is read as whole import statements (ts-import-statements.ts), each known by its module,
 * its kind (`import type` or not) and its shape (named, default, namespace), and merged statement by statement:
 *
 * - A statement one side changed (or added, or removed) and the other left as the base had it: that side's.
 * - A named import (`import { A, B } from './x';`) both sides changed, or both added for one module and kind: the
 *   names the base had and neither side removed, in the base's order, then the names either side added, in the order
 *   of the names they bind; a name's trailing `//` comment goes with it, as does the statement's. It is written on
 *   one line when that fits the project's print width, else one name a line, as prettier prints it.
 * - Statements the base did not have go after the statement that precedes them on their side; two sides' runs at one
 *   place in the order of the first module each names (then of their text), whichever side is which (a run that holds
 *   all of the other's statements is taken as it is).
 *
 * Where that can't decide, null and the conflict stays: a name bound twice (by the merged statements, or by one of
 * them and the side's imports elsewhere in its file), a statement one side removed and the other changed, a default
 * or namespace import both changed, a name or comment both changed differently, a side's statements in another order
 * than the base's, a side-effect import (`import './shims';`, whose place may matter), or anything but whole import
 * statements (code, comments on their own line, region markers). No name is dropped: the merge is taken only whole.
 */
import { bindings, type ImportItem, type ImportStatement, statements } from './ts-import-statements';

/** How the project's prettier prints a statement it breaks (write/prettier-width.ts reads it). */
export interface ImportPrint {
  printWidth: number;
  trailingComma: boolean;
}

const DEFAULT_PRINT: ImportPrint = { printWidth: 110, trailingComma: true };

/** The names a file binds outside a region of it (its imports, less the region's). */
function elsewhere(file: string[], region: ImportStatement[]): Set<string> {
  const count = bindings(file.join(''));
  for (const s of region) for (const name of s.bound) count.set(name, (count.get(name) ?? 0) - 1);
  return new Set([...count].filter(([, n]) => n > 0).map(([name]) => name));
}

const same = (x: ImportItem | undefined, y: ImportItem | undefined) => x?.text === y?.text && x?.comment === y?.comment;

/** One statement's names merged (base null: both sides added it), or null. */
function namesMerged(base: ImportItem[] | null, ours: ImportItem[], theirs: ImportItem[]): ImportItem[] | null {
  const byName = (list: ImportItem[]) => new Map(list.map((item) => [item.name, item]));
  const [o, t] = [byName(ours), byName(theirs)];
  const b = byName(base ?? []);
  const out: ImportItem[] = [];
  for (const item of base ?? []) {
    const [x, y] = [o.get(item.name), t.get(item.name)];
    // (Removed by one side: gone if the other kept it as it was; changed by the other, undecided.)
    if (x === undefined || y === undefined) {
      if (same(x ?? y, item) || (x ?? y) === undefined) continue;
      return null;
    }
    const merged = same(x, item) ? y : same(y, item) || same(x, y) ? x : null;
    if (merged === null) return null;
    out.push(merged);
  }
  const added = new Map<string, ImportItem>();
  for (const item of [...ours, ...theirs].filter((i) => !b.has(i.name))) {
    const was = added.get(item.name);
    if (was !== undefined && !same(was, item)) return null;
    added.set(item.name, item);
  }
  const sorted = [...added.values()].sort((x, y) => compare(x.name, y.name) || compare(x.text, y.text));
  return [...out, ...sorted];
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A named import written as prettier prints it: on one line where it fits, else one name a line. */
export function printedImport(
  like: ImportStatement,
  items: ImportItem[],
  comment: string | undefined,
  print: ImportPrint = DEFAULT_PRINT,
) {
  const indent = /^\s*/.exec(like.lines[0])?.[0] ?? '';
  const end = like.lines.at(-1)?.endsWith('\n') ? '\n' : '';
  const from = `from ${like.quote}${like.module}${like.quote};`;
  const after = comment === undefined ? '' : ` ${comment}`;
  const line = `${indent}${like.head}{ ${items.map((i) => i.text).join(', ')} } ${from}`;
  const breaks = items.length > 1 || items.some((i) => i.comment !== undefined);
  if (!breaks || (line.length <= print.printWidth && !items.some((i) => i.comment !== undefined)))
    return [`${line}${after}${end}`];
  const rows = items.map((item, k) => {
    const comma = k < items.length - 1 || print.trailingComma ? ',' : '';
    return `${indent}  ${item.text}${comma}${item.comment === undefined ? '' : ` ${item.comment}`}\n`;
  });
  return [`${indent}${like.head}{\n`, ...rows, `${indent}} ${from}${after}${end}`];
}

/** One key's statement merged from the three sides (undefined: absent there); undefined: gone; null: undecided. */
function statementMerged(
  b: ImportStatement | undefined,
  o: ImportStatement | undefined,
  t: ImportStatement | undefined,
  print: ImportPrint,
): ImportStatement | undefined | null {
  const eq = (x: ImportStatement | undefined, y: ImportStatement | undefined) => x?.text === y?.text;
  if (eq(o, b)) return t;
  if (eq(t, b) || eq(o, t)) return o;
  // Both changed it differently: only named imports (both there) merge, name by name.
  if (o === undefined || t === undefined || o.named === null || t.named === null) return null;
  if (b !== undefined && b.named === null) return null;
  const items = namesMerged(b?.named ?? null, o.named, t.named);
  if (items === null) return null;
  const comment =
    o.comment === b?.comment ? t.comment : t.comment === b?.comment || o.comment === t.comment ? o.comment : null;
  if (comment === null) return null;
  const lead = o.lead.length >= t.lead.length ? o.lead : t.lead;
  const lines = printedImport(o, items, comment, print);
  return { ...o, lead, lines, named: items, bound: items.map((i) => i.name), text: `merged:${lines.join('')}` };
}

/** Two sides' runs of added statements at one place: one run if it holds the other's, else both in module order. */
function runsOrdered(ours: string[], theirs: string[], texts: Map<string, string>): string[] {
  if (theirs.every((k) => ours.includes(k))) return ours;
  if (ours.every((k) => theirs.includes(k))) return theirs;
  const key = (run: string[]) => run.map((k) => texts.get(k) ?? k).join('\u0000');
  const [first, second] = key(ours) <= key(theirs) ? [ours, theirs] : [theirs, ours];
  return [...first, ...second.filter((k) => !first.includes(k))];
}

/**
 * The region merged as TypeScript imports, or null (see the module's comment). `base`, `ours`, `theirs`: the region's
 * lines on each side; `oursFile`, `theirsFile`: each side's whole file; `print`: the project's prettier width.
 */
export function tsImportsMerged(
  base: string[],
  ours: string[],
  theirs: string[],
  oursFile: string[],
  theirsFile: string[],
  print: ImportPrint = DEFAULT_PRINT,
): string[] | null {
  const [o, t] = [statements(ours), statements(theirs)];
  const b = base.length === 0 ? [] : statements(base);
  if (o === null || t === null || b === null) return null;
  const keyed = (list: ImportStatement[]) => new Map(list.map((s) => [s.key, s]));
  const [bk, ok, tk] = [keyed(b), keyed(o), keyed(t)];
  if (bk.size !== b.length || ok.size !== o.length || tk.size !== t.length) return null;
  // Each side's statements the base had, in the base's order; the others after the one before them on their side.
  const baseKeys = b.map((s) => s.key);
  const placed = (side: ImportStatement[]) => {
    const at = new Map<string, string[]>([['', []], ...baseKeys.map((k): [string, string[]] => [k, []])]);
    let anchor = '';
    const kept: string[] = [];
    for (const s of side)
      if (bk.has(s.key)) kept.push((anchor = s.key));
      else at.get(anchor)?.push(s.key);
    return kept.join('\u0000') === baseKeys.filter((k) => kept.includes(k)).join('\u0000') ? at : null;
  };
  const [oAt, tAt] = [placed(o), placed(t)];
  if (oAt === null || tAt === null) return null;
  const texts = new Map([...o, ...t].map((s) => [s.key, `${s.module}\u0000${s.text}`]));
  const order: string[] = [];
  for (const anchor of ['', ...baseKeys]) {
    if (anchor !== '') order.push(anchor);
    const run = runsOrdered(oAt.get(anchor) ?? [], tAt.get(anchor) ?? [], texts);
    order.push(...run.filter((k) => !order.includes(k)));
  }
  const out: ImportStatement[] = [];
  for (const key of order) {
    const merged = statementMerged(bk.get(key), ok.get(key), tk.get(key), print);
    if (merged === null) return null;
    if (merged !== undefined) out.push(merged);
  }
  const names = out.flatMap((s) => s.bound);
  if (new Set(names).size !== names.length) return null;
  const had = new Set(b.flatMap((s) => s.bound));
  const [oursElsewhere, theirsElsewhere] = [elsewhere(oursFile, o), elsewhere(theirsFile, t)];
  if (names.some((n) => !had.has(n) && (oursElsewhere.has(n) || theirsElsewhere.has(n)))) return null;
  if (out.slice(0, -1).some((s) => !s.lines.at(-1)?.endsWith('\n'))) return null;
  return out.flatMap((s) => [...s.lead, ...s.lines]);
}

/**
 * Tables of Stainless's pyproject.toml the owners moved (turbopuffer put `[project.optional-dependencies]` above
 * `[project.urls]`, adding two extras to it). TOML reads a table the same wherever it stands, but a diff reads a move
 * as the table taken out in one place and written in another: carried so, the removal took sdkgen's whole table (its
 * `aiohttp` and `dev` extras) and the addition found no place, leaving the owners' extras to a person. The owners'
 * text is read with its tables in Stainless's order, so that only what they changed in a table is an edit; sdkgen's
 * order of tables stays.
 */
import type { MigrationPlan } from '../../migration-plan';
import { editsAsHunks } from '../../reapply/hunks';
import { headerLines } from './toml-lines';

interface Block {
  /** The table's name (`project.urls`); '' for the keys before the first header. */
  name: string;
  lines: string[];
}

/**
 * The owners' pyproject.toml read with its tables in Stainless's order (below); a move is listed as an edit that does
 * not apply, sdkgen's order standing.
 */
export function ownersTablesInPlace(plan: MigrationPlan, stainless: string, owners: string): string {
  const inPlace = inStainlessTableOrder(stainless, owners);
  if (inPlace !== owners)
    plan.notApplicable.push({
      path: 'pyproject.toml',
      reason:
        "moves tables of Stainless's file, which TOML reads alike wherever they stand: sdkgen's order of tables " +
        'stays, what you changed in them is carried',
      hunks: editsAsHunks(inPlace, owners),
    });
  return inPlace;
}

/**
 * The owners' pyproject.toml with the tables both files have in Stainless's order, each a table they added after the
 * one it followed in theirs; the same text where none moved (or a table is declared twice, which TOML refuses).
 */
export function inStainlessTableOrder(stainless: string, owners: string): string {
  const base = blocks(stainless);
  const theirs = blocks(owners);
  if (base === null || theirs === null) return owners;
  const named = new Set(base.map((b) => b.name));
  const shared = theirs.filter((b) => named.has(b.name)).map((b) => b.name);
  const baseOrder = base.map((b) => b.name).filter((name) => shared.includes(name));
  if (shared.join('\n') === baseOrder.join('\n')) return owners;
  const byName = new Map(theirs.map((b) => [b.name, b]));
  // Each table only the owners have goes with the one before it in their file (the preamble for the first).
  const following = new Map<string, Block[]>();
  let anchor = '';
  for (const block of theirs) {
    if (named.has(block.name)) anchor = block.name;
    else following.set(anchor, [...(following.get(anchor) ?? []), block]);
  }
  const ordered = baseOrder.flatMap((name) => [byName.get(name)!, ...(following.get(name) ?? [])]);
  // (What came before every table both files have stays first: the keys before any header, a table they added.)
  const first = named.has('') ? [] : (following.get('') ?? []);
  const result = [...first, ...ordered].flatMap((block, n, all) =>
    n < all.length - 1 ? apart(block.lines) : block.lines,
  );
  return trimmedLike(owners, result.join('\n'));
}

/** The file as blocks: the keys before the first header, then each header and its lines up to the next one. */
function blocks(text: string): Block[] | null {
  const lines = text.replace(/\n$/, '').split('\n');
  const read = headerLines(lines);
  const headers = read.map((header) => header.at);
  // A header's block begins at the comments right above it (they speak of it).
  const starts = headers.map((at, n) => {
    let start = at;
    while (start > (n === 0 ? 0 : headers[n - 1] + 1) && /^\s*#/.test(lines[start - 1])) start--;
    return start;
  });
  const out: Block[] = starts[0] === undefined || starts[0] > 0 ? [{ name: '', lines: lines.slice(0, starts[0]) }] : [];
  // An array of tables (`[[tool.mypy.overrides]]`, anthropic's owners added one) is declared once an item: each item
  // is a block of its own, named by its place in the array.
  const items = new Map<string, number>();
  starts.forEach((start, n) => {
    let name = read[n].name;
    if (read[n].array) {
      const item = items.get(name) ?? 0;
      items.set(name, item + 1);
      name = `${name}[${item}]`;
    }
    out.push({ name, lines: lines.slice(start, starts[n + 1] ?? lines.length) });
  });
  const names = out.map((b) => b.name);
  return new Set(names).size === names.length ? out : null;
}

/** A block's lines, a blank line added after them where none parts them from the next table (a block moved up). */
function apart(lines: string[]): string[] {
  return lines.length > 0 && lines[lines.length - 1].trim() !== '' ? [...lines, ''] : lines;
}

/** The reordered text ending as the owners' did: with a newline or without, no blank line after the last table. */
function trimmedLike(owners: string, text: string): string {
  const body = text.replace(/\s+$/, '');
  return owners.endsWith('\n') ? `${body}\n` : body;
}

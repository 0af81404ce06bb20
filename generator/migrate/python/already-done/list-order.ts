/**
 * A module-level list of Stainless's (`__all__ = [` … `]`, an item a line) whose items the owners only put in another
 * order (parsecular's resources `__all__`, sorted): the same names, which Python exports alike. Not carried: sdkgen
 * keeps its own order, which it extends where it adds a name (a resource of the next spec change), so that the owners'
 * order would make every such regeneration a conflict on the list. The move reports the edit as not applying.
 */

const LIST_OPENING = /^([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*\[\s*$/;
const ITEM = /^\s+("[^"\\]*"|'[^'\\]*'),\s*$/;

/**
 * `edited` with each top-level list whose items are `base`'s in another order laid out as in `base`, and those lists'
 * names; null when there is none.
 */
export function withListsInBaseOrder(base: string, edited: string): { text: string; lists: string[] } | null {
  const baseLists = listsOf(base.split('\n'));
  const lines = edited.split('\n');
  const lists: string[] = [];
  for (const list of listsOf(lines).reverse()) {
    const theirs = baseLists.find((b) => b.name === list.name);
    if (theirs === undefined || baseLists.filter((b) => b.name === list.name).length !== 1) continue;
    const ours = lines.slice(list.start, list.end);
    if (ours.join('\n') === theirs.items.join('\n') || !sameItems(ours, theirs.items)) continue;
    lines.splice(list.start, list.end - list.start, ...theirs.items);
    lists.unshift(list.name);
  }
  return lists.length === 0 ? null : { text: lines.join('\n'), lists };
}

interface List {
  name: string;
  /** Its item lines, [start, end) of the module's lines. */
  start: number;
  end: number;
  items: string[];
}

/** The top-level lists laid out an item a line (every line between the brackets a quoted item), in order. */
function listsOf(lines: string[]): List[] {
  const out: List[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = LIST_OPENING.exec(lines[i]);
    if (opening === null) continue;
    const close = lines.findIndex((line, j) => j > i && /^\]\s*$/.test(line));
    if (close < 0) break;
    const items = lines.slice(i + 1, close);
    if (items.length > 1 && items.every((line) => ITEM.test(line)))
      out.push({ name: opening[1], start: i + 1, end: close, items });
    i = close;
  }
  return out;
}

/** Whether two lists of item lines hold the same items, as often each (quotes and indentation as they are). */
function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (lines: string[]) => lines.map((line) => line.trim()).sort();
  const [x, y] = [sorted(a), sorted(b)];
  return x.every((item, i) => item === y[i]);
}

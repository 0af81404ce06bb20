/**
 * The line of a key path ("resources.chat.methods.create", "pagination[1].type") in a YAML text, for
 * diagnostics. It follows indentation only, which is enough for block-style config files; a path it cannot
 * follow (flow style, anchors) gives the line of the deepest key it found, or null.
 *
 * Each step looks only at the entries of the block the previous step found (keys at the block's own indent, or
 * the block's list items), so a nested key of the same name met first is not taken, and a list item's keys end
 * at the next item. A block sequence may sit at its key's own indent (`pagination:\n- name: x`).
 */
export function lineOfPath(text: string, keyPath: string): number | null {
  const tokens = keyPath.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  const lines = text.split(/\r?\n/);
  const isContent = (i: number) => !/^\s*(#|$)/.test(lines[i]);
  const indentOf = (i: number) => lines[i].length - lines[i].trimStart().length;
  const isDash = (i: number) => /^\s*-(\s|$)/.test(lines[i]);
  // The block searched: lines [from, end). `item` is a list item's line, whose text after the dash is the item's
  // first entry ("- name: x"), at the column after the dash.
  let from = 0;
  let end = lines.length;
  let item = -1;
  let found: number | null = null;
  const entry = (i: number): { column: number; body: string } | null => {
    if (i !== item) return { column: indentOf(i), body: lines[i].trimStart() };
    const m = /^(\s*-\s+)(\S.*)$/.exec(lines[i]);
    return m ? { column: m[1].length, body: m[2] } : null;
  };
  for (const token of tokens) {
    const index = /^\[(\d+)\]$/.exec(token);
    let column: number | null = null;
    let hit = -1;
    let seen = 0;
    for (let i = from; i < end; i++) {
      if (!isContent(i)) continue;
      const e = entry(i);
      if (!e) continue;
      column ??= e.column;
      if (e.column !== column) continue;
      if (index) {
        if (!/^-(\s|$)/.test(e.body)) continue;
        if (seen === Number(index[1])) {
          hit = i;
          break;
        }
        seen++;
      } else if ([`${token}:`, `'${token}':`, `"${token}":`].some((k) => e.body.startsWith(k))) {
        hit = i;
        break;
      }
    }
    if (hit < 0) break;
    found = hit + 1;
    const column0 = entry(hit)!.column;
    // Where the found entry's own block ends: a list item at the next line not deeper than its dash; a key at
    // the next line less indented, or as indented and not a list item.
    let next = hit + 1;
    while (
      next < end &&
      (!isContent(next) ||
        (index ? indentOf(next) > column0 : indentOf(next) > column0 || (indentOf(next) === column0 && isDash(next))))
    )
      next++;
    from = index ? hit : hit + 1;
    item = index ? hit : -1;
    end = next;
  }
  return found;
}

/**
 * The line a diagnostic about the key path names: the key's own, else that of the deepest enclosing key the file
 * holds (lineOfPath), else, when not even its first key is in the file, the file's first line of content (the
 * document, which would hold the key); null only for a file with no content.
 */
export function lineOfKey(text: string, keyPath: string): number | null {
  const found = lineOfPath(text, keyPath);
  if (found !== null) return found;
  const first = text.split(/\r?\n/).findIndex((line) => !/^\s*(#|$)/.test(line));
  return first < 0 ? null : first + 1;
}

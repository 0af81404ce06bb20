/**
 * Types the owners listed in a Stainless `api.md` (a type they exported by hand from a resource module): each line is
 * a list item naming the type and the module it is in. sdkgen's api.md lists that module's types too, but not with
 * the same neighbours (it has types Stainless's had not, and lacks others), so the lines around the owners' items
 * find no place. They go into sdkgen's list of the same module's types, each in the list's order of names; an item
 * sdkgen's list has already is not repeated.
 */

const TYPE_ITEM = /^- <code><a href="([^"]+)">([A-Za-z_$][\w$]*)<\/a><\/code>\s*$/;

/** sdkgen's lines with the hunk's added type items placed, as a replacement of [start, end); null for other hunks. */
export function placeTypeItems(added: string[], removed: string[], target: string[]) {
  if (removed.length > 0 || added.length === 0) return null;
  const items = added.map((line) => TYPE_ITEM.exec(line.trim()));
  if (items.some((item) => item === null)) return null;
  const module = items[0]![1];
  if (items.some((item) => item![1] !== module)) return null;
  const listed = target
    .map((line, at) => ({ at, item: TYPE_ITEM.exec(line.trim()) }))
    .filter(({ item }) => item !== null && item[1] === module);
  if (listed.length === 0) return null;
  // One run of lines: the module's list of types (its methods are listed apart, as code lines).
  const first = listed[0].at;
  const last = listed[listed.length - 1].at;
  if (last - first + 1 !== listed.length) return null;
  const names = new Set(listed.map(({ item }) => item![2]));
  const run = target.slice(first, last + 1);
  for (let i = 0; i < items.length; i++) {
    const name = items[i]![2];
    if (names.has(name)) continue;
    names.add(name);
    const at = run.findIndex((line) => TYPE_ITEM.exec(line.trim())![2] > name);
    run.splice(at < 0 ? run.length : at, 0, added[i]);
  }
  return { start: first, end: last + 1, lines: run };
}

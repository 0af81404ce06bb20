/**
 * A definition the owners deleted whole is their deletion in every hunk the diff cut it into. The diff may pair some of
 * its lines with lines the owners' module has elsewhere (the bot's older form of the next member: `self.x = X(self)`
 * in `__init__` where Stainless's base has a `@cached_property`), and that piece alone can read as a later
 * generation's (`options.generated`), which is not carried, while the rest is: sdkgen's definition then keeps its head
 * and loses its body (a client property left with only its local import, returning None). Such a piece is judged the
 * owners', as the rest of the deletion is.
 */
import { diff, lines } from '../../../write/merge';

type Judge = (removed: string[], added: string[]) => boolean;

const HEADER = /^(\s*)(?:async\s+def|def|class)\s+\w+/;

/** `generated`, but not for a piece of a definition of `base` that `edited` deleted whole, the rest the owners'. */
export function withWholeDeletionsOwners(generated: Judge, base: string, edited: string): Judge {
  const [b, e] = [lines(base), lines(edited)];
  const hunks = base === edited ? null : diff(b, e);
  if (hunks === null) return generated;
  const key = (removed: string[], added: string[]) => `${removed.join('')}\0${added.join('')}`;
  const pieces = hunks.map((hunk) => {
    const [removed, added] = [b.slice(hunk.baseStart, hunk.baseEnd), e.slice(hunk.start, hunk.end)];
    return { hunk, key: key(removed, added), later: generated(removed, added) };
  });
  const removedLines = new Set(pieces.flatMap(({ hunk }) => range(hunk.baseStart, hunk.baseEnd)));
  const owners = new Set<string>();
  for (const [start, end] of definitions(b)) {
    const code = range(start, end).filter((k) => b[k].trim() !== '');
    if (!code.every((k) => removedLines.has(k))) continue;
    const touching = pieces.filter(({ hunk }) => hunk.baseStart < end && start < hunk.baseEnd);
    if (!touching.some((piece) => !piece.later)) continue;
    for (const piece of touching) if (piece.later) owners.add(piece.key);
  }
  if (owners.size === 0) return generated;
  return (removed, added) => !owners.has(key(removed, added)) && generated(removed, added);
}

/** The definitions (`def`, `class`) of a module's lines, as [first line (decorators included), end). */
function definitions(file: string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  file.forEach((line, at) => {
    const header = HEADER.exec(line);
    if (header === null) return;
    const indent = header[1].length;
    let start = at;
    while (start > 0 && file[start - 1].trim().startsWith('@') && indentOf(file[start - 1]) === indent) start--;
    let end = at + 1;
    // (A signature's closing `) -> T:` is at the def's indent: still the def.)
    while (
      end < file.length &&
      (file[end].trim() === '' || indentOf(file[end]) > indent || file[end].trim().startsWith(')'))
    )
      end++;
    // (Blank lines after the body are between definitions, not in one.)
    while (end > at + 1 && file[end - 1].trim() === '') end--;
    found.push([start, end]);
  });
  return found;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

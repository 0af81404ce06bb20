/**
 * The depth an owners' pure insertion (lines of theirs, none of Stainless's taken out) takes in sdkgen's module. Lines
 * are placed by the lines around them, matched without their indentation (reapply/find-lines.ts), so those lines can
 * stand one block deeper or shallower in sdkgen's module than in Stainless's (sdkgen's method body inside a `with`, an
 * `if` of Stainless's nested in one of sdkgen's). Kept at the owners' depth, the inserted lines leave a module that
 * does not load or, worse, one that loads with them in another block (after the `if` they ended, run whatever it
 * tests). They move by the depth the lines around them moved by.
 *
 * Which of those lines tells the depth: the ones the owners' first line stands level with (a statement of the same
 * block, the nearest such on each side, past the lines of a block the owners' lines end: `else:` above `raise …`), or
 * the line above when it opens the block the lines begin (`if x:`, `foo(`); where none is one (the lines end a block
 * and the next line is a block further out), the nearest of both sides, which must then agree. One line alone, not
 * level with them, does not say how many blocks the lines end in sdkgen's module: the insertion stays for a person
 * (kept at the owners' columns it could follow sdkgen's unconditional `raise` in another function). Where the lines that tell disagree, or the move takes the lines into the block the line
 * above them ended (a line the owners put after a `with` block, level with the line below, where sdkgen's line below
 * stands in that block), the depth is not one: the insertion stays for a person. Within a statement's brackets (a call's argument) the depth is only
 * layout: moved where one depth tells it, else left as the owners wrote it.
 *
 * Only code lines move: a line that begins inside a triple-quoted string (`query = """` … `"""`) is the string's text,
 * its indentation part of the value, and keeps its bytes.
 */

import type { Neighbour } from '../../reapply/hunks';
import type { Hunk } from '../../../write/merge';
import { readModule } from '../source/statements';

const INDENT = /^[ \t]*/;
const indentOf = (line: string) => INDENT.exec(line)![0];
const isCode = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
/** A line opening a block or a bracket the next line stands in (`if x:`, `foo(`). */
const OPENS = /(?::|[([{])\s*(?:#.*)?$/;

/** The nearest code line of the neighbours above the insertion and below it (blank lines and comments passed over). */
function nearest(neighbours: Neighbour[]): Neighbour[] {
  const code = neighbours.filter((n) => isCode(n.theirs) && isCode(n.ours));
  const above = code.filter((n) => n.above);
  const below = code.filter((n) => !n.above);
  return [...above.slice(-1), ...below.slice(0, 1)];
}

/**
 * The lines of the context (code in both texts) that tell the depth of lines whose first code line stands at `depth`:
 * on each side, the first line going outwards that is not deeper than they are (the lines of a block they end, or of
 * a block nested in theirs, passed over), where it is a statement of their block (level with them) or, above them,
 * the line opening their block.
 */
function tellingLines(neighbours: Neighbour[], depth: number): Neighbour[] {
  const code = neighbours.filter((n) => isCode(n.theirs) && isCode(n.ours));
  const outwards = [code.filter((n) => n.above).reverse(), code.filter((n) => !n.above)];
  return outwards.flatMap((side) => {
    const line = side.find((n) => indentOf(n.theirs).length <= depth);
    if (line === undefined) return [];
    const level = indentOf(line.theirs).length === depth;
    return level || (line.above && OPENS.test(line.theirs.trimEnd())) ? [line] : [];
  });
}

/**
 * How far (in columns) the inserted lines move: 0 where nothing moved, null where the depth is not one (see above).
 * `added` are the owners' lines; `inside`: they stand inside a statement's brackets.
 */
export function insertionShift(
  added: string[],
  neighbours: Neighbour[],
  inside: boolean,
  strings: boolean[] = stringLines(added),
): number | null {
  const code = added.filter((line, i) => !strings[i] && isCode(line));
  const first = code[0];
  const beside = nearest(neighbours);
  if (first === undefined || beside.length === 0) return 0;
  // (Tabs and spaces: no one width to move by; as the owners wrote them.)
  const lines = [first, ...neighbours.filter((n) => isCode(n.theirs)).flatMap((n) => [n.theirs, n.ours])];
  if (lines.some((line) => indentOf(line).includes('\t'))) return 0;
  const depth = indentOf(first).length;
  const stepOf = (n: Neighbour) => ({ ...n, step: indentOf(n.ours).length - indentOf(n.theirs).length });
  const steps = beside.map(stepOf);
  const telling = tellingLines(neighbours, depth).map(stepOf);
  const unsure = inside ? 0 : null;
  // (With no line of the context level with the lines, the neighbours of both sides, which must agree; one alone tells
  // nothing, for a person: not how many blocks the lines end in sdkgen's module, nor which.)
  // (At column 0, the lines end every block above them, in sdkgen's module as in Stainless's: the module's level.)
  if (telling.length === 0 && steps.length < 2) return depth === 0 ? 0 : unsure;
  const shifts = new Set((telling.length > 0 ? telling : steps).map((n) => n.step));
  if (shifts.size !== 1) return unsure;
  const [shift] = shifts;
  // (Moved in, never into the block the line above ended in Stainless's text: that line deeper than the lines there,
  // and level with them or further out in sdkgen's once they are moved.)
  const pulledIn = steps.some(
    (n) => n.above && indentOf(n.theirs).length > depth && indentOf(n.ours).length <= depth + shift,
  );
  if (shift > 0 && pulledIn) return unsure;
  // (Moved out, every line must have the indentation it loses.)
  if (shift < 0 && code.some((line) => indentOf(line).length < -shift)) return unsure;
  return shift;
}

/**
 * `added` moved by `shift` columns (blank lines as they are; a comment line moves with them; a line that begins inside
 * a triple-quoted string, `strings`, keeps its bytes).
 */
export function shifted(added: string[], shift: number, strings: boolean[] = stringLines(added)): string[] {
  if (shift === 0) return added;
  return added.map((line, i) => {
    if (line.trim() === '' || strings[i]) return line;
    return shift > 0 ? ' '.repeat(shift) + line : line.slice(Math.min(-shift, indentOf(line).length));
  });
}

/**
 * Whether each line of `added` begins inside a triple-quoted string, read from the lines alone (they begin outside
 * one), or from `owners` (the owners' lines, without their newlines) where the lines begin at `start` of them.
 */
export function stringLines(added: string[], owners?: { lines: string[]; start: number }): boolean[] {
  if (owners === undefined) return readModule(added.map((line) => line.replace(/\r?\n$/, '')).join('\n')).inString;
  return readModule(owners.lines.join('\n')).inString.slice(owners.start, owners.start + added.length);
}

/**
 * `added` at the depth the neighbours tell (insertionShift), null where that depth is not one; `strings`: which of its
 * lines begin inside a triple-quoted string (stringLines).
 */
export function atNeighboursDepth(
  added: string[],
  neighbours: Neighbour[],
  inside: boolean,
  strings: boolean[] = stringLines(added),
): string[] | null {
  const shift = insertionShift(added, neighbours, inside, strings);
  return shift === null ? null : shifted(added, shift, strings);
}

/**
 * For reapply/hunks.ts (`insertionDepth`): the lines `added` of the owners' insertion `hunk` (in `edited`, lines as they
 * end in newlines) at their neighbours' depth in sdkgen's text, null where that depth is not one.
 */
export function insertionDepthInText(
  added: string[],
  neighbours: Neighbour[],
  edited: string[],
  hunk: Hunk,
): string[] | null {
  const owners = edited.map((line) => line.replace(/\r?\n$/, ''));
  const module = readModule(owners.join('\n'));
  const strings = module.inString.slice(hunk.start, hunk.end);
  const first = owners.slice(hunk.start, hunk.end).findIndex((line, i) => !strings[i] && isCode(line));
  const inside = first >= 0 && module.continues[hunk.start + first] === true;
  return atNeighboursDepth(added, neighbours, inside, strings);
}

/** For reapply/hunks.ts (`stringLines`): which of `lines[start..end)` (lines as they end in newlines) begin inside a string. */
export function stringLinesIn(lines: string[], start: number, end: number): boolean[] {
  return stringLines(lines.slice(start, end), { lines: lines.map((line) => line.replace(/\r?\n$/, '')), start });
}

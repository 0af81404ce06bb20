/**
 * A carried Python module one of whose functions reads a name only the owners' version of that function binds (a
 * local of Stainless's that sdkgen's function names otherwise, a parameter whose signature hunk found no place) would
 * raise NameError there when called. Only the owners' hunks reading that name in that function are left out, for a
 * person; their other edits to the module are carried. (Left whole to a person, the module would lose every edit of
 * theirs for one line that cannot run in sdkgen's function.) Likewise a local their hunk assigns whose reading lines
 * found no place (function-scopes.ts's unreadFunctionNames): the hunks naming it are left out, the edit not carried half.
 *
 * The hunks left out are undone in the owners' text and the module carried again from it, so that what is written is
 * judged as any carry is (sound-module.ts): where it still does not hold together, nothing is left out here and the
 * caller writes sdkgen's module as before.
 */
import { editsAsHunks } from '../../reapply/hunks';
import { diff, lines } from '../../../write/merge';
import { functionLines, linesReading } from './function-scopes';
import { boundBeforeRead, sameRoleName } from '../reapply/same-role-locals';
import type { SoundCarry } from './sound-module';

/** Rounds of leaving out: a hunk reading a local that a left-out hunk bound is left out in the next. */
const ROUNDS = 4;

export interface LeftOut<T> {
  /** The carry from the owners' text less the hunks left out. */
  carry: T;
  /** That text. */
  edited: string;
  /** Those hunks, as unified-diff hunks against `base`. */
  hunks: string[];
  /** What they read (`function: name`, as lostFunctionNames says it). */
  lost: string[];
  /** The lost names read as sdkgen's local of the same value instead (`function: name` → sdkgen's name). */
  renamed: Map<string, string>;
}

/**
 * `first` (the owners' edits `edited`, of `base`, carried into `target` by `carry`) carried again without the hunks
 * that read a name its functions lost, until the carry is sound; a lost local of Stainless's that sdkgen's function
 * holds under another name (same-role-locals.ts) read by that name instead, where sdkgen's binds it before those
 * reads. Null where the carry is not broken so alone, or stays broken.
 */
export function leavingOutLostReaders<T extends { whole: SoundCarry | null }>(
  base: string,
  edited: string,
  target: string,
  first: T,
  carry: (edited: string) => T,
  textOf: (carried: T) => string,
): LeftOut<T> | null {
  const noRename = new Set<string>();
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = inRounds(base, edited, target, first, carry, noRename);
    if (result === null) return null;
    const text = textOf(result.carry);
    const late = [...result.renamed].filter(([entry, name]) => {
      const scope = functionLines(text, entry.replace(/: \w+$/, ''));
      return scope === null || !boundBeforeRead(scope.module, scope.lines, name);
    });
    if (late.length === 0) return result;
    for (const [entry] of late) noRename.add(entry);
  }
  return null;
}

function inRounds<T extends { whole: SoundCarry | null }>(
  base: string,
  edited: string,
  target: string,
  first: T,
  carry: (edited: string) => T,
  noRename: Set<string>,
): LeftOut<T> | null {
  let current = first;
  let owners = edited;
  const hunks: string[] = [];
  const lost: string[] = [];
  const renamed = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round++) {
    const whole = current.whole;
    if (whole?.kind !== 'broken') break;
    if (whole.lost === undefined) return null;
    const renames = new Map<string, string>();
    // (A local of theirs the carry assigns and never reads: the hunks naming it are left out, none read otherwise.)
    const unread = whole.unread ?? [];
    for (const entry of whole.lost) {
      const theirs = noRename.has(entry) || renamed.has(entry) ? null : sameRoleName(base, target, edited, entry);
      if (theirs !== null) renames.set(entry, theirs.replace(/^.*: /, ''));
    }
    const undone = withoutReaders(base, owners, [...whole.lost, ...unread], renames);
    if (undone === null) return null;
    owners = undone.edited;
    hunks.push(...undone.hunks);
    lost.push(...whole.lost.filter((entry) => !renames.has(entry)));
    for (const [entry, name] of renames) renamed.set(entry, name);
    current = carry(owners);
  }
  return (hunks.length === 0 && renamed.size === 0) || current.whole?.kind === 'broken'
    ? null
    : { carry: current, edited: owners, hunks, lost, renamed };
}

/**
 * `edited` with those of its hunks (against `base`) undone whose lines read a lost name in the function that lost
 * it, and with the name read as sdkgen's in those of its hunks' lines where `renames` gives sdkgen's name; null where
 * a name is read there by no line of a hunk (a line of Stainless's reads it: no hunk of theirs to leave out).
 */
function withoutReaders(
  base: string,
  edited: string,
  lost: string[],
  renames: Map<string, string>,
): { edited: string; hunks: string[] } | null {
  const [b, e] = [lines(base), lines(edited)];
  const hunks = diff(b, e);
  if (hunks === null) return null;
  const reading = new Set<number>();
  const renaming = new Map<number, [string, string][]>();
  for (const entry of lost) {
    const at = linesReading(edited, [entry]).filter((line) => hunks.some((h) => line >= h.start && line < h.end));
    if (at.length === 0) return null;
    const to = renames.get(entry);
    const from = entry.replace(/^.*: /, '');
    if (to !== undefined) for (const line of at) renaming.set(line, [...(renaming.get(line) ?? []), [from, to]]);
    else hunks.forEach((h, i) => at.some((line) => line >= h.start && line < h.end) && reading.add(i));
  }
  const ownLine = (line: number) =>
    (renaming.get(line) ?? []).reduce(
      (text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from}(?!\\w)`, 'g'), to),
      e[line],
    );
  const out: string[] = [];
  let from = 0;
  hunks.forEach((hunk, i) => {
    out.push(...b.slice(from, hunk.baseStart));
    if (reading.has(i)) out.push(...b.slice(hunk.baseStart, hunk.baseEnd));
    else for (let line = hunk.start; line < hunk.end; line++) out.push(ownLine(line));
    from = hunk.baseEnd;
  });
  out.push(...b.slice(from));
  // (editsAsHunks reads the same diff: its hunks are these, in this order.)
  const shown = editsAsHunks(base, edited);
  return { edited: out.join(''), hunks: [...reading].sort((x, y) => x - y).map((i) => shown[i]) };
}

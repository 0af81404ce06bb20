/**
 * A line-based three-way merge, as `git merge-file` does it: `base` is what sdkgen wrote last time, `ours` the
 * file as the user left it, `theirs` what sdkgen writes now. Changes on one side only are taken; the same change
 * on both sides is taken once; different changes to the same lines become a conflict, written with git's markers
 * so that editors and `git diff` show it. Unlike git, lines one side only inserts right before or right after lines
 * the other side changed are no conflict: both are taken (see `overlaps`); and two insertions at one point are
 * taken in the order a person would write them where only one order fits (merge-insertions.ts; in code, two whole
 * pieces of code too: merge-blocks.ts). In code, lines one side inserted among lines the other re-nested deeper are
 * re-indented with them where that is safe (merge-reindent.ts). An insertion the diff happened to read inside the other
 * side's change is read where it reads as well just outside it first (merge-slide.ts). Python imports both sides
 * changed are merged name by name (merge-imports.ts); TypeScript's too, and two runs of them inserted at one point are
 * both taken (merge-ts-imports.ts).
 */
import { diff } from './line-diff';
import type { Hunk } from './merge-hunks';
import {
  type ImportsMerge,
  importsMergedByName,
  importsOnly,
  startsGuarded,
  withTypeCheckingImported,
} from './merge-imports';
import { insertionOrder } from './merge-insertions';
import { reindented } from './merge-reindent';
import { insertionsSlidOut } from './merge-slide';
import { type ImportPrint, tsImportsMerged } from './merge-ts-imports';

export type { Hunk };
// (The line diff lives in line-diff.ts; many readers of owners' edits import it from here.)
export { diff };

export interface MergeResult {
  text: string;
  /** How many regions both sides changed differently (0: a clean merge). */
  conflicts: number;
}

export interface MergeOptions {
  /** The files are TypeScript or Python code: two whole pieces of code at one point may merge (merge-blocks.ts). */
  code?: boolean;
  /** How the project's prettier prints an import statement the merge writes (merge-ts-imports.ts; its default: 110). */
  imports?: ImportPrint;
}

/** Whether a file's path names code that `MergeOptions.code` reads (TypeScript, JavaScript, Python). */
export const isCode = (file: string) => /\.(?:[cm]?[jt]sx?|pyi?)$/.test(file);

export function mergeThreeWay(base: string, ours: string, theirs: string, options: MergeOptions = {}): MergeResult {
  if (ours === theirs) return { text: ours, conflicts: 0 };
  if (base === ours) return { text: theirs, conflicts: 0 };
  if (base === theirs) return { text: ours, conflicts: 0 };
  const [b, o, t] = [lines(base), lines(ours), lines(theirs)];
  const oursDiff = diff(b, o);
  const theirsDiff = diff(b, t);
  if (oursDiff === null || theirsDiff === null) return { text: conflictBlock(o, t).join(''), conflicts: 1 };
  // (An insertion the diff read inside the other side's change, where it reads as well just outside: merge-slide.ts.)
  const oursHunks = insertionsSlidOut(oursDiff, b, o, theirsDiff);
  const theirsHunks = insertionsSlidOut(theirsDiff, b, t, oursDiff);

  const out: string[] = [];
  let conflicts = 0;
  // An `if TYPE_CHECKING:` block the import merge put back where the owners had removed it (and maybe the name).
  let guardAdded = false;
  let position = 0;
  // Offsets between base and each side before the region being merged.
  let oursShift = 0;
  let theirsShift = 0;
  let i = 0;
  let j = 0;
  while (i < oursHunks.length || j < theirsHunks.length) {
    // The next region: hunks of either side that overlap (or touch as two insertions, or two changes of lines) grow it.
    // (At the same base line, an insertion comes first: it goes before the other side's change there.)
    const first =
      j >= theirsHunks.length || (i < oursHunks.length && order(oursHunks[i]) <= order(theirsHunks[j]))
        ? oursHunks[i]
        : theirsHunks[j];
    let lo = first.baseStart;
    let hi = first.baseEnd;
    const inOurs: Hunk[] = [];
    const inTheirs: Hunk[] = [];
    // In code, imports one side inserts right after imports the other changed join them (merged by name below): an
    // `if TYPE_CHECKING:` block one side removed is not left with the other's lines indented under nothing.
    const joins = (h: Hunk, side: string[]) =>
      overlaps(h, lo, hi) ||
      (options.code === true &&
        h.baseStart === hi &&
        (side === o ? inTheirs.length > 0 : inOurs.length > 0) &&
        importsOnly(b, lo, h.baseEnd) &&
        importsOnly(side, h.start, h.end) &&
        inOurs.every((x) => importsOnly(o, x.start, x.end)) &&
        inTheirs.every((x) => importsOnly(t, x.start, x.end)));
    for (;;) {
      if (i < oursHunks.length && joins(oursHunks[i], o)) {
        inOurs.push(oursHunks[i]);
        lo = Math.min(lo, oursHunks[i].baseStart);
        hi = Math.max(hi, oursHunks[i].baseEnd);
        i++;
      } else if (j < theirsHunks.length && joins(theirsHunks[j], t)) {
        inTheirs.push(theirsHunks[j]);
        lo = Math.min(lo, theirsHunks[j].baseStart);
        hi = Math.max(hi, theirsHunks[j].baseEnd);
        j++;
      } else break;
    }
    out.push(...b.slice(position, lo));
    const oursLines = o.slice(lo + oursShift, hi + oursShift + growth(inOurs));
    const theirsLines = t.slice(lo + theirsShift, hi + theirsShift + growth(inTheirs));
    const pair = isInsertionPair(inOurs, inTheirs) && oursLines.join('') !== theirsLines.join('');
    // Two runs of TypeScript imports at one point: both, each statement once (merge-ts-imports.ts).
    const importRuns =
      pair && options.code === true ? tsImportsMerged([], oursLines, theirsLines, o, t, options.imports) : null;
    // Two insertions at one point: in the order that fits, where only one does (and the first ends its last line).
    let placed =
      pair && importRuns === null
        ? insertionOrder(
            b,
            { lines: o, hunks: oursHunks, at: i - 1 },
            { lines: t, hunks: theirsHunks, at: j - 1 },
            options.code === true,
          )
        : null;
    if (placed !== null && !(placed === 'ours-first' ? oursLines : theirsLines).at(-1)?.endsWith('\n')) placed = null;
    if (inTheirs.length === 0) out.push(...oursLines);
    else if (inOurs.length === 0) out.push(...theirsLines);
    else if (oursLines.join('') === theirsLines.join('')) out.push(...oursLines);
    else if (importRuns !== null) out.push(...importRuns);
    else if (placed !== null)
      out.push(...(placed === 'ours-first' ? [...oursLines, ...theirsLines] : [...theirsLines, ...oursLines]));
    else {
      // Lines one side inserted among lines the other re-nested: re-indented with them, where that is safe.
      const shifted =
        options.code === true
          ? reindented(
              b,
              lo,
              hi,
              { lines: o, hunks: inOurs, region: oursLines },
              { lines: t, hunks: inTheirs, region: theirsLines },
            )
          : null;
      // Imports both sides changed: merged by name.
      // (TypeScript's: both sides' statements in, each once, or one statement's names merged: merge-ts-imports.ts.)
      const tsImports = (): ImportsMerge | null => {
        const merged = tsImportsMerged(b.slice(lo, hi), oursLines, theirsLines, o, t, options.imports);
        return merged === null ? null : { lines: merged, guardAdded: false };
      };
      const byName =
        options.code === true && shifted === null
          ? (importsMergedByName(
              b.slice(lo, hi),
              oursLines,
              theirsLines,
              o,
              [startsGuarded(b, lo), startsGuarded(o, lo + oursShift), startsGuarded(t, lo + theirsShift)],
              { before: out.at(-1), after: b[hi] },
            ) ?? tsImports())
          : null;
      if (shifted !== null) out.push(...shifted);
      else if (byName !== null) {
        out.push(...byName.lines);
        guardAdded ||= byName.guardAdded;
      } else {
        out.push(...conflictBlock(oursLines, theirsLines));
        conflicts++;
      }
    }
    oursShift += growth(inOurs);
    theirsShift += growth(inTheirs);
    position = hi;
  }
  out.push(...b.slice(position));
  return { text: (guardAdded ? withTypeCheckingImported(out) : out).join(''), conflicts };
}

/**
 * Whether a hunk joins the region of base lines [lo, hi). Hunks come in base order, so it starts at or after `lo`.
 * One that starts inside the region joins it. One that starts where the region ends joins it when the two are
 * changes of the same kind: two insertions at the same point (which goes first is a guess), or two changes of lines
 * next to each other (as in git: edits that touch are a conflict). A pure insertion next to a change of lines does
 * not (an insertion right before the other side's change, or right after it): the result is the same whichever is
 * made first, so each is taken as it is. (A side's own hunks never touch: a common line stands between them.)
 */
function overlaps(h: Hunk, lo: number, hi: number): boolean {
  if (h.baseStart < hi) return true;
  if (h.baseStart > hi) return false;
  const insertion = h.baseStart === h.baseEnd;
  const regionIsInsertion = lo === hi;
  return insertion === regionIsInsertion;
}

/** Whether a region is one insertion of each side, at the same point. */
function isInsertionPair(inOurs: Hunk[], inTheirs: Hunk[]): boolean {
  if (inOurs.length !== 1 || inTheirs.length !== 1) return false;
  const [a, b] = [inOurs[0], inTheirs[0]];
  return a.baseStart === a.baseEnd && b.baseStart === b.baseEnd && a.baseStart === b.baseStart;
}

/** Hunks in base order; at the same base line, an insertion before a change of lines. */
function order(h: Hunk): number {
  return h.baseStart * 2 + (h.baseStart === h.baseEnd ? 0 : 1);
}

function growth(hunks: Hunk[]): number {
  return hunks.reduce((sum, h) => sum + (h.end - h.start) - (h.baseEnd - h.baseStart), 0);
}

function conflictBlock(ours: string[], theirs: string[]): string[] {
  const ended = (block: string[]) =>
    block.length > 0 && !block[block.length - 1].endsWith('\n')
      ? [...block.slice(0, -1), `${block[block.length - 1]}\n`]
      : block;
  return ['<<<<<<< your edits\n', ...ended(ours), '=======\n', ...ended(theirs), '>>>>>>> sdkgen (regenerated)\n'];
}

/** Lines with their line ends, so that joining them gives the text back. */
export function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

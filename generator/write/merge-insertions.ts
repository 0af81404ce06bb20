/**
 * Two insertions at the same point of the base (one by each side of a three-way merge) are a conflict for git: which
 * goes first is a guess. write/merge.ts asks `insertionOrder` first; it answers only where one order is the only one
 * a person would write, and leaves the conflict otherwise:
 *
 * - Another alignment of a side's diff, as good as the one found, separates the two (`slideOrder`). A block of lines
 *   inserted between lines equal to its own ends can be read as inserted one line earlier or later (the owners' new
 *   functions after a class's closing `}` and blank line end with a `}` and a blank line). When one side's insertion
 *   can move so (up, or down), the two are no longer at one point, and the merge of that alignment is clean: its
 *   result is taken when the moves that are possible all give the same order.
 * - A side closes there a block of comment markers it opened earlier around base lines (`wrapOrder`): the owners
 *   wrapped generated lines in `### <CUSTOM CODE>` … `### </END CUSTOM CODE>` (or `// #region` … `// #endregion`,
 *   `/*` … `*\/`), and the generator inserts a line right after, or right before, the lines they wrapped. The
 *   generator's line goes outside the block, after its closing marker (or before its opening one): a line inside
 *   would read as theirs. The markers are recognised by form (a comment line that opens, one at the same indent and
 *   with the same comment leader that closes), never by their words.
 *
 * When both rules answer and disagree, the conflict stays. When neither answers, in code (TypeScript, Python), two
 * whole pieces of code may still merge (merge-blocks.ts), and so may two runs of re-exports (merge-reexports.ts).
 */
import { blockOrder } from './merge-blocks';
import { reexportOrder } from './merge-reexports';
import type { InsertionOrder, Side } from './merge-hunks';

export function insertionOrder(base: string[], ours: Side, theirs: Side, code = false): InsertionOrder {
  const answers = [slideOrder(base, ours, theirs), wrapOrder(ours, theirs)].filter((a) => a !== null);
  if (answers.length === 0) return code ? (blockOrder(base, ours, theirs) ?? reexportOrder(ours, theirs)) : null;
  return answers.every((a) => a === answers[0]) ? answers[0] : null;
}

/**
 * The order an equivalent alignment gives: `ours` moved up a line (or `theirs` down) puts ours first; `ours` down (or
 * `theirs` up) puts theirs first. A move is possible when the line it passes equals the insertion's line at the other
 * end, and the other side has no insertion where it lands (that would be the same question again).
 */
function slideOrder(base: string[], ours: Side, theirs: Side): InsertionOrder {
  const oursFirst = canSlide(base, ours, theirs, 'up') || canSlide(base, theirs, ours, 'down');
  const theirsFirst = canSlide(base, ours, theirs, 'down') || canSlide(base, theirs, ours, 'up');
  if (oursFirst === theirsFirst) return null;
  return oursFirst ? 'ours-first' : 'theirs-first';
}

function canSlide(base: string[], side: Side, other: Side, direction: 'up' | 'down'): boolean {
  const h = side.hunks[side.at];
  const point = h.baseStart;
  if (direction === 'up') {
    if (point === 0 || side.lines[h.end - 1] !== base[point - 1]) return false;
  } else if (point >= base.length || side.lines[h.start] !== base[point]) return false;
  const lands = direction === 'up' ? point - 1 : point + 1;
  return !other.hunks.some((o) => o.baseStart === lands && o.baseEnd === lands);
}

/**
 * The order that keeps a side's block of markers whole: a side whose insertion at the point closes a block it opened
 * in an earlier hunk goes first; one whose insertion opens a block it closes in a later hunk goes last. When both
 * sides (or neither) do so, null.
 */
function wrapOrder(ours: Side, theirs: Side): InsertionOrder {
  const oursWraps = wraps(ours);
  const theirsWraps = wraps(theirs);
  if (oursWraps === null && theirsWraps === null) return null;
  if (oursWraps !== null && theirsWraps !== null) return null;
  if (oursWraps !== null) return oursWraps === 'closes' ? 'ours-first' : 'theirs-first';
  return theirsWraps === 'closes' ? 'theirs-first' : 'ours-first';
}

interface Marker {
  /** The comment leader (`#`, `###`, `//`, `/*`, `<!--`, `--`) and the indent before it. */
  key: string;
  kind: 'open' | 'close';
}

/**
 * A comment line that opens or closes a block of markers: an opening one reads `<name …>`, `begin …`, `start …` or
 * `region …` (`#region`); a closing one `</…>`, `end …` (`endregion`, `END CUSTOM CODE`) or `stop …`. `/*` alone on its
 * line opens, `*\/` alone closes.
 */
export function marker(line: string): Marker | null {
  const m = /^([ \t]*)(#+|\/\/+|<!--|--|\/\*+|\*\/)[ \t]*(.*?)[ \t]*(-->|\*\/)?[ \t]*$/.exec(
    line.replace(/\r?\n$/, ''),
  );
  if (!m) return null;
  const [, indent, leader, text] = m;
  if (leader === '*/') return text === '' ? { key: `${indent}/*`, kind: 'close' } : null;
  if (leader.startsWith('/*') && text === '' && m[4] === undefined) return { key: `${indent}/*`, kind: 'open' };
  const word = text.replace(/^#/, '');
  if (/^<\/|^(end|stop)(\b|[-_ ]|region)/i.test(word)) return { key: `${indent}${leader}`, kind: 'close' };
  if (/^<[A-Za-z]|^(begin|start)(\b|[-_ ])|^region\b/i.test(word)) return { key: `${indent}${leader}`, kind: 'open' };
  return null;
}

/**
 * Whether the side's insertion at the point closes a block of markers it opened in an earlier hunk (`closes`), or
 * opens one it closes in a later hunk (`opens`): the insertion's lines, blank lines aside, must be that one marker
 * (closing), or begin with it (opening; the side's lines after it are its own, inside its block).
 */
function wraps(side: Side): 'closes' | 'opens' | null {
  const h = side.hunks[side.at];
  const own = side.lines.slice(h.start, h.end);
  const filled = own.filter((l) => l.trim() !== '');
  if (filled.length === 1) {
    const closing = marker(filled[0]);
    if (closing?.kind === 'close' && matching(side, -1, closing.key, 'open')) return 'closes';
  }
  if (filled.length >= 1) {
    const opening = marker(filled[0]);
    if (opening?.kind === 'open' && !closedWithin(filled.slice(1), opening.key)) {
      if (matching(side, 1, opening.key, 'close')) return 'opens';
    }
  }
  return null;
}

/** Whether a block opened by the first line of an insertion is closed within that same insertion. */
function closedWithin(rest: string[], key: string): boolean {
  let depth = 1;
  for (const line of rest) {
    const m = marker(line);
    if (m?.key !== key) continue;
    depth += m.kind === 'open' ? 1 : -1;
    if (depth === 0) return true;
  }
  return false;
}

/**
 * Whether the side's own lines (those its hunks insert, not the base's) in its hunks before the point (`step` -1) or
 * after it (1) hold the marker of `kind` that pairs with the one at the point (markers of the same key nest).
 */
function matching(side: Side, step: 1 | -1, key: string, kind: 'open' | 'close'): boolean {
  let depth = 0;
  for (let k = side.at + step; k >= 0 && k < side.hunks.length; k += step) {
    const h = side.hunks[k];
    const own = side.lines.slice(h.start, h.end);
    if (step === -1) own.reverse();
    for (const line of own) {
      const m = marker(line);
      if (m?.key !== key) continue;
      if (m.kind === kind) {
        if (depth === 0) return true;
        depth--;
      } else depth++;
    }
  }
  return false;
}

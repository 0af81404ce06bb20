/**
 * Lines the owners inserted into a function of Stainless's, placed by the context on one side of them where sdkgen's
 * function has that side word for word and the other side in words of its own. A hunk is placed where the lines both
 * before and after it are found (reapply/hunks.ts); sdkgen's runtime has Stainless's statements with others of its own
 * between them: turbopuffer's `self.compression = compression` after `self.timeout = timeout` (sdkgen's next line is a
 * comment, then its own `self._custom_headers: …`), `request_start = time.monotonic()` first in the loop
 * `for retries_taken in range(max_retries + 1):` (sdkgen's loop body begins otherwise). Left for a person, the lines of
 * theirs that did place read a name nothing binds.
 *
 * An insertion (it takes out nothing, and its brackets pair up) is placed after the two or three lines before it, else before the two or three
 * after it, where those lines occur once in sdkgen's module (or as often as in Stainless's, the same occurrence: the
 * sync and the async client), and only where its first line stands at the indentation of the place: a block's first
 * statement after a line that opens one, else the indentation of the line beside it. Where those lines stand at
 * another depth in sdkgen's module (found without their indentation: sdkgen's method body inside a `with`), the
 * insertion moves as they tell (insertion-depth.ts: a line of its block among them, or the line opening it; where
 * none tells one depth, it stays for a person), and must then stand at the indentation of the place so moved.
 *
 * A replacement (one run of Stainless's lines taken out, the owners' put in) is placed where sdkgen's module has the
 * lines it takes out word for word, with the two or three lines on one side of them, as the same occurrence:
 * anthropic-python's batch `results()` puts its own `Accept` statement in place of Stainless's, which sdkgen's method
 * has after the same id check, and follows it with the beta header in sdkgen's one statement where Stainless wrote
 * three. Anything else stays for a person.
 */
import type { Reapplied } from '../../reapply/hunks';
import { lines } from '../../../write/merge';
import { readModule } from '../source/statements';
import { keywordsPassed } from '../../reapply/keyword-arguments';
import { anchorIn, occurrencesToChoose, sameRank } from '../../reapply/same-occurrence';
import { scopeOf } from '../already-done/comment-only';
import { insertionBoundInText } from './insertion-bindings';
import { insertionShift, shifted, stringLines } from './insertion-depth';
import type { Neighbour } from '../../reapply/hunks';

/** Lines of one side's context tried, most first (one line alone places nothing: it stands in many places). */
const SIDE = [3, 2];

/** `result` with the owners' insertions it could not place placed by one side of their context where that holds. */
export function withOneSidedInsertions(base: string, result: Reapplied): Reapplied {
  if (result.rejected.length === 0) return result;
  const b = lines(base);
  let t = lines(result.text);
  const rejected: string[] = [];
  let placed = 0;
  let held = 0;
  for (const hunk of result.rejected) {
    const parsed = insertion(hunk);
    const place = parsed === null ? null : placeOf(parsed, b, t);
    // (Placed by one side alone, it goes only where each name it reads is bound: insertion-bindings.ts.)
    if (parsed === null || place === null || !boundAt(parsed, b, t, place.at)) {
      rejected.push(hunk);
      continue;
    }
    const { at } = place;
    // (At the depth of the lines that placed it in sdkgen's module: insertion-depth.ts.)
    const added = shifted(parsed.added, place.shift, stringsOf(parsed, b));
    // (Keyword arguments sdkgen's call passes already are passed once: reapply/keyword-arguments.ts.)
    const passed = keywordsPassed(t, at, at, added);
    if (passed?.kind === 'done') {
      held++;
      continue;
    }
    t = passed?.lines ?? [...t.slice(0, at), ...added, ...t.slice(at)];
    placed++;
  }
  // (Replacements, placed against sdkgen's lines as they are now, then made bottom-up: one taking out the statement the
  // sync method shares with the async one leaves the other's occurrence alone in sdkgen's text, not the same one.)
  const replacing = rejected.flatMap((hunk) => {
    const parsed = replacement(hunk);
    const at = parsed === null ? null : replacementPlace(parsed, b, t);
    return parsed === null || at === null ? [] : [{ hunk, at, parsed }];
  });
  const disjoint = replacing.filter(
    (one, i) =>
      !replacing.some(
        (other, j) =>
          j !== i && other.at < one.at + one.parsed.removed.length && one.at < other.at + other.parsed.removed.length,
      ),
  );
  for (const { at, parsed } of [...disjoint].sort((x, y) => y.at - x.at))
    t = [...t.slice(0, at), ...parsed.added, ...t.slice(at + parsed.removed.length)];
  const replaced = new Set(disjoint.map((one) => one.hunk));
  rejected.splice(0, rejected.length, ...rejected.filter((hunk) => !replaced.has(hunk)));
  placed += replaced.size;
  if (placed === 0 && held === 0) return result;
  const alreadyThere = (result.alreadyThere ?? 0) + held;
  return {
    ...result,
    text: t.join(''),
    applied: result.applied + placed,
    rejected,
    ...(alreadyThere > 0 ? { alreadyThere } : {}),
  };
}

/** Whether the insertion's lines may stand before line `at` of sdkgen's (`target`): insertion-bindings.ts. */
function boundAt(parsed: Insertion, base: string[], target: string[], at: number): boolean {
  const { baseAt, added } = parsed;
  const owners = [...base.slice(0, baseAt), ...added, ...base.slice(baseAt)];
  const hunk = { baseStart: baseAt, baseEnd: baseAt, start: baseAt, end: baseAt + added.length };
  return insertionBoundInText(target, at, base, owners, hunk);
}

export interface Insertion {
  /** Where the hunk goes in Stainless's lines: before this index. */
  baseAt: number;
  added: string[];
}

/** A rejected unified-diff hunk that only inserts lines, read; null for any other. */
export function insertion(hunk: string): Insertion | null {
  const [header, ...body] = hunk.split(/(?<=\n)/);
  const start = /^@@ -(\d+)/.exec(header);
  if (start === null || body.some((line) => line.startsWith('-'))) return null;
  const before = body.findIndex((line) => !line.startsWith(' '));
  if (before < 0) return null;
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  if (added.length === 0 || added.every((line) => line.trim() === '')) return null;
  // Half of a bracketed edit (the `)` closing a call another hunk opened) is no statement of its own.
  if (!balanced(added)) return null;
  // `@@ -12,…`: the first context line is line 12 (1-based); with no context before it, the hunk goes after line 12.
  const first = Number(start[1]);
  return { baseAt: before === 0 ? first : first - 1 + before, added };
}

/** A rejected unified-diff hunk that replaces lines of Stainless's (a run of them, then its own lines), or null. */
export interface Replacement extends Insertion {
  removed: string[];
}

export function replacement(hunk: string): Replacement | null {
  const [header, ...body] = hunk.split(/(?<=\n)/);
  const start = /^@@ -(\d+)/.exec(header);
  const before = body.findIndex((line) => !line.startsWith(' '));
  if (start === null || before < 0 || !body[before].startsWith('-')) return null;
  const removed: string[] = [];
  const added: string[] = [];
  let i = before;
  for (; i < body.length && body[i].startsWith('-'); i++) removed.push(body[i].slice(1));
  for (; i < body.length && body[i].startsWith('+'); i++) added.push(body[i].slice(1));
  // (One run taken out, one put in, context after: anything else is more than one edit.)
  if (body.slice(i).some((line) => !line.startsWith(' '))) return null;
  if (added.length === 0 || !balanced(removed) || !balanced(added)) return null;
  if (!removed.some((line) => /\w/.test(line) && !/^\s*#/.test(line))) return null;
  return { baseAt: Number(start[1]) - 1 + before, added, removed };
}

/**
 * The index of sdkgen's lines where the replaced lines are, found word for word with the lines on one side of them
 * (Stainless's, word for word too), or null. A statement of Stainless's alone places nothing (the sync and async
 * methods both have it, and so may others): the lines beside it must say which one it is.
 */
function replacementPlace(hunk: Replacement, base: string[], target: string[]): number | null {
  const { baseAt, removed } = hunk;
  const full = { base, target };
  for (const size of SIDE) {
    const before = base.slice(Math.max(0, baseAt - size), baseAt);
    if (before.length === size && telling(before)) {
      const at = sameOccurrence(base, target, [...before, ...removed], baseAt - size, full);
      if (at !== null) return at + size;
    }
    const after = base.slice(baseAt + removed.length, baseAt + removed.length + size);
    if (after.length === size && telling(after)) {
      const at = sameOccurrence(base, target, [...removed, ...after], baseAt, full);
      if (at !== null) return at;
    }
  }
  return null;
}

/** Whether each of the insertion's lines begins inside a triple-quoted string, as the owners' module has it. */
function stringsOf(hunk: Insertion, base: string[]): boolean[] {
  const owners = [...base.slice(0, hunk.baseAt), ...hunk.added, ...base.slice(hunk.baseAt)];
  return stringLines(hunk.added, { lines: owners.map((line) => line.replace(/\r?\n$/, '')), start: hunk.baseAt });
}

/** Where the insertion goes: before line `at` of sdkgen's, moved by `shift` columns (insertion-depth.ts). */
interface Place {
  at: number;
  shift: number;
}

/**
 * The place of the insertion in sdkgen's lines, or null: by its context as Stainless's has it, indentation too; else
 * by its context read without indentation (sdkgen's method body a block deeper, in a `with`), moved as the lines that
 * placed it tell (insertion-depth.ts: where they tell no one depth, for a person).
 */
function placeOf(hunk: Insertion, base: string[], target: string[]): Place | null {
  const strings = stringsOf(hunk, base);
  const first = hunk.added.find((line, i) => !strings[i] && line.trim() !== '') ?? hunk.added.find((l) => l.trim());
  const indent = indentation(first!);
  const exact = placedWordForWord(hunk, base, target, () => 0, indent) ?? placedByCode(hunk, base, target, indent);
  if (exact !== null) return { at: exact, shift: 0 };
  const owners = [...base.slice(0, hunk.baseAt), ...hunk.added, ...base.slice(hunk.baseAt)];
  const firstAt = hunk.baseAt + hunk.added.indexOf(first!);
  const inside = readModule(owners.map((line) => line.replace(/\r?\n$/, '')).join('\n')).continues[firstAt] === true;
  let shift: number | null = null;
  const depth = (neighbours: Neighbour[]) => {
    shift = insertionShift(hunk.added, neighbours, inside, strings);
    return shift;
  };
  const at = placedWordForWord(hunk, base, target, depth, indent, (line) => line.trim());
  return at === null || shift === null ? null : { at, shift };
}

/**
 * Placed where the lines beside it, blank ones too, are sdkgen's word for word (`key`: as it reads each line), at the
 * depth `depth` tells from those lines (how far they move; null: no place there).
 */
function placedWordForWord(
  hunk: Insertion,
  base: string[],
  target: string[],
  depth: (neighbours: Neighbour[]) => number | null,
  indent: number,
  key: (line: string) => string = (line) => line,
): number | null {
  const full = { base, target };
  const [keyed, targetKeyed] = [base.map(key), target.map(key)];
  const pairs = (from: number, to: number, size: number, above: boolean): Neighbour[] =>
    Array.from({ length: size }, (_, i) => ({ theirs: base[from + i], ours: target[to + i], above }));
  for (const size of SIDE) {
    const before = keyed.slice(Math.max(0, hunk.baseAt - size), hunk.baseAt);
    if (before.length === size && telling(before)) {
      const at = sameOccurrence(keyed, targetKeyed, before, hunk.baseAt - size, full);
      const shift = at === null ? null : depth(pairs(hunk.baseAt - size, at, size, true));
      if (at !== null && shift !== null && fitsAfter(target, at + size, indent + shift)) return at + size;
    }
    const after = keyed.slice(hunk.baseAt, hunk.baseAt + size);
    if (after.length === size && telling(after)) {
      const at = sameOccurrence(keyed, targetKeyed, after, hunk.baseAt, full);
      const shift = at === null ? null : depth(pairs(hunk.baseAt, at, size, false));
      if (at !== null && shift !== null && fitsBefore(target, at, indent + shift)) return at;
    }
  }
  return null;
}

/**
 * Placed where the code lines beside it are sdkgen's word for word, blank lines read as layout: sdkgen's function may
 * leave out a blank line Stainless's had just before or after the insertion (turbopuffer's
 * `merge_clock_into_response(parsed, clock)` after a blank line below `post_parser`, where sdkgen's next statement
 * follows with none).
 */
function placedByCode(hunk: Insertion, base: string[], target: string[], indent: number): number | null {
  const baseCode = codeLines(base);
  const targetCode = codeLines(target);
  const texts = (code: number[], all: string[]) => code.map((i) => all[i]);
  // The code lines of Stainless's before the insertion end at this rank among them; those after start there.
  const rank = baseCode.filter((i) => i < hunk.baseAt).length;
  const full = { base, target, baseIndex: baseCode, targetIndex: targetCode };
  for (const size of SIDE) {
    if (rank >= size) {
      const at = sameOccurrence(
        texts(baseCode, base),
        texts(targetCode, target),
        texts(baseCode, base).slice(rank - size, rank),
        rank - size,
        full,
      );
      if (at !== null && telling(texts(baseCode, base).slice(rank - size, rank))) {
        const after = targetCode[at + size - 1] + 1;
        if (fitsAfter(target, after, indent)) return after;
      }
    }
    if (rank + size <= baseCode.length) {
      const at = sameOccurrence(
        texts(baseCode, base),
        texts(targetCode, target),
        texts(baseCode, base).slice(rank, rank + size),
        rank,
        full,
      );
      if (at !== null && telling(texts(baseCode, base).slice(rank, rank + size))) {
        const before = targetCode[at];
        if (fitsBefore(target, before, indent)) return before;
      }
    }
  }
  return null;
}

/** The indices of the lines that are not blank. */
function codeLines(all: string[]): number[] {
  return all.flatMap((line, i) => (line.trim() === '' ? [] : [i]));
}

/** Whether context lines can place: two of them hold code, not blank lines, brackets or comments alone. */
function telling(context: string[]): boolean {
  return context.filter((line) => /\w/.test(line) && !/^\s*#/.test(line)).length >= 2;
}

/** The modules' lines, where `base` and `target` are some of them (their code lines: the indices of each in `full`). */
interface Full {
  base: string[];
  target: string[];
  baseIndex?: number[];
  targetIndex?: number[];
}

/**
 * Where `needle` (found at `baseAt` in Stainless's lines) is in sdkgen's: its only occurrence, or the same occurrence
 * where both have it equally often; of those in the class and function it was in, where sdkgen's module has that scope
 * (the sync and async twins: reapply/same-occurrence.ts).
 */
function sameOccurrence(base: string[], target: string[], needle: string[], baseAt: number, full: Full): number | null {
  const [inBase, inTarget] = [occurrences(base, needle), occurrences(target, needle)];
  const [ofBase, ofTarget] = [(at: number) => full.baseIndex?.[at] ?? at, (at: number) => full.targetIndex?.[at] ?? at];
  const choice = occurrencesToChoose(
    full.base,
    full.target,
    inBase.map(ofBase),
    inTarget.map(ofTarget),
    ofBase(baseAt),
    anchorIn(needle, 0),
    scopeOf,
  );
  const at = sameRank(choice, ofBase(baseAt), false);
  return at === null ? null : inTarget[inTarget.map(ofTarget).indexOf(at)];
}

function occurrences(haystack: string[], needle: string[]): number[] {
  const found: number[] = [];
  for (let at = 0; at + needle.length <= haystack.length; at++)
    if (needle.every((line, i) => haystack[at + i] === line)) found.push(at);
  return found;
}

/** Whether a line at `indent` may stand at `at`, after the line before it (sdkgen's). */
function fitsAfter(target: string[], at: number, indent: number): boolean {
  const previous = target[at - 1];
  if (previous === undefined) return false;
  if (opensBlock(previous)) return indent > indentation(previous) && indent === indentation(nextCode(target, at));
  return indent === indentation(previous) || indent === indentation(nextCode(target, at));
}

/** Whether a line at `indent` may stand at `at`, before the line there (sdkgen's). */
function fitsBefore(target: string[], at: number, indent: number): boolean {
  const next = target[at];
  const previous = previousCode(target, at);
  if (next === undefined || previous === '') return false;
  if (opensBlock(previous)) return indent > indentation(previous) && indent === indentation(next);
  return indent === indentation(next);
}

function opensBlock(line: string): boolean {
  return /:\s*(#.*)?$/.test(line) && !/^\s*#/.test(line);
}

function nextCode(target: string[], from: number): string {
  for (let i = from; i < target.length; i++) if (target[i].trim() !== '') return target[i];
  return '';
}

function previousCode(target: string[], before: number): string {
  for (let i = before - 1; i >= 0; i--) if (target[i].trim() !== '') return target[i];
  return '';
}

/** Whether the lines' brackets (outside strings and comments) close what they open, in order. */
function balanced(added: string[]): boolean {
  let depth = 0;
  for (const code of readModule(added.join('')).code)
    for (const c of code) {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c) && --depth < 0) return false;
    }
  return depth === 0;
}

function indentation(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/**
 * An owners' edit that found no place in sdkgen's text, whose result that text has already (issue 89, item 3): the
 * released version release-please wrote, a header sdkgen's method sends as the owners made Stainless's send it. Listed
 * as such with where it stands, not left for a person.
 */
import { lines, type Hunk } from '../../write/merge';
import { occurrences } from './find-lines';
import { anchorIn, inOwnScope, type ScopeOf } from './same-occurrence';
import { sameTokenRuns, type TokenLanguage } from './same-tokens';

/** A line of a text, with what it says (another pass may move it: `nearestLine` finds it again). */
export interface FoundAt {
  line: number;
  text: string;
}

/**
 * Where `target` has what a hunk of `edited` adds, as one run of lines (its first line), or null: not when it is only
 * blank lines or punctuation, which stand anywhere. The run says what the added lines say, however wrapped, where the
 * module's tokens are read (`tokens`, reapply/same-tokens.ts); else it is the same lines. Where scopes are read
 * (Python), in the scope the owners' lines stand in (same-occurrence.ts `inOwnScope`): an async copy's edit that found
 * no place is not done because the sync copy's identical edit was carried.
 */
export function alreadyThere(
  edited: string[],
  hunk: Hunk,
  target: string[],
  tokens: TokenLanguage | undefined,
  scopeOf: ScopeOf | undefined,
): number | null {
  const added = edited.slice(hunk.start, hunk.end);
  if (added.length === 0 || added.every(saysNothingAlone)) return null;
  const found: number[] = [];
  for (let at = target.indexOf(added[0]); at >= 0; at = target.indexOf(added[0], at + 1))
    if (added.every((line, i) => target[at + i] === line)) found.push(at);
  if (found.length > 0) {
    if (scopeOf === undefined) return found[0];
    const inScope = inOwnScope(
      edited,
      target,
      hunk.start,
      occurrences(edited, added),
      found,
      anchorIn(added, 0),
      scopeOf,
    );
    if (inScope.length > 0) return inScope[0];
  }
  if (tokens === undefined) return null;
  const runs = sameTokenRuns(edited, hunk.start, hunk.end, target, tokens);
  if (runs === null || runs.inTarget.length === 0) return null;
  if (scopeOf === undefined) return runs.inTarget[0].start;
  // (Each run from its first token's line, the owners' as sdkgen's.)
  const own = runs.inOwn.find((run) => run.start >= hunk.start && run.end <= hunk.end);
  if (own === undefined) return null;
  const starts = (found: Array<{ start: number }>) => found.map((run) => run.start);
  return inOwnScope(edited, target, own.start, starts(runs.inOwn), starts(runs.inTarget), 0, scopeOf)[0] ?? null;
}

/**
 * Keywords and literals whose lines (`return null;`, `} else {`, `break;`, `pass`) mean what they do only where they
 * stand: a hunk of nothing else, found elsewhere in sdkgen's text, is no evidence of its result.
 */
const PLACE_BOUND = new Set(
  'return null undefined true false none break continue else pass this void yield await new throw'.split(' '),
);

/** Whether a line has no word but such keywords and literals (or none at all: blank lines, braces); a comment's own. */
function saysNothingAlone(line: string): boolean {
  if (/^\s*(?:\/\/|#|\/\*|\*)/.test(line)) return !/\w{3}/.test(line);
  return (line.match(/[A-Za-z_$][\w$]*/g) ?? []).every((word) => PLACE_BOUND.has(word.toLowerCase()));
}

/** The line of `lines` saying `found.text` nearest to `found.line` (where other lines moved it), else `found.line`. */
export function nearestLine(lines: readonly string[], found: FoundAt): number {
  let best = -1;
  lines.forEach((line, i) => {
    if (line === found.text && (best < 0 || Math.abs(i - found.line) < Math.abs(best - found.line))) best = i;
  });
  return best >= 0 ? best : Math.min(found.line, Math.max(0, lines.length - 1));
}

/** The line (1-based) of the written `contents` that has each result `found` (see `nearestLine`), in order. */
export function linesFound(contents: string, found: readonly FoundAt[] | undefined): number[] {
  if (found === undefined || found.length === 0) return [];
  const written = lines(contents);
  return found.map((at) => nearestLine(written, at) + 1).sort((a, b) => a - b);
}

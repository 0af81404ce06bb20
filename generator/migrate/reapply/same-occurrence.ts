/**
 * Which of several places a hunk's lines occur in sdkgen's text is the one the owners edited in Stainless's. Stainless's
 * Python modules repeat code: the sync and the async client's `__init__` share their lines, `Foo.create` and
 * `AsyncFoo.create` their bodies, every method its docstring's `Args:`. An edit of the async copy has the sync copy's
 * context too; looked for from the top, or from where the previous hunk went, it lands in the sync copy (a NameError
 * there, the async client without it). The place is the occurrence in the same scope (the class and function names
 * enclosing it, `AsyncAcme.__init__`) where sdkgen's text has that scope; within it (or without scopes), the occurrence
 * of the same rank where both texts have the lines as often.
 */

import type { Hunk } from '../../write/merge';
import { occurrences, PUNCTUATION_ONLY } from './find-lines';

/** The scope a line stands in, by name (`AsyncAcme.__init__`), '' at a module's top level. */
export type ScopeOf = (lines: string[], at: number) => string;

export interface Occurrences {
  /** Where the lines occur in Stainless's lines, and in sdkgen's. */
  inBase: number[];
  inTarget: number[];
  /** Whether the scope named these (those outside it are left out), or they are all of them. */
  scoped: boolean;
  /** sdkgen's occurrences are none in the scope, and those left are in no scope of the base's occurrences. */
  elsewhere?: boolean;
}

/**
 * The occurrences of a run of lines to choose among: those in the scope of Stainless's occurrence at `baseAt`, where
 * `scopeOf` reads one there and sdkgen's text has a scope of that name; where none is in it, those in no scope of the
 * base's occurrences (`elsewhere`); else all of them. `anchor` is the offset in the run of the line whose scope is read.
 */
export function occurrencesToChoose(
  base: string[],
  target: string[],
  inBase: number[],
  inTarget: number[],
  baseAt: number,
  anchor: number,
  scopeOf: ScopeOf | undefined,
): Occurrences {
  const all = { inBase, inTarget, scoped: false };
  if (scopeOf === undefined) return all;
  const scope = scopeOf(base, baseAt + anchor);
  if (scope === '' || !scopesIn(target, scopeOf).has(scope)) return all;
  const inScope = inTarget.filter((at) => scopeOf(target, at + anchor) === scope);
  const ownBase = inBase.filter((at) => scopeOf(base, at + anchor) === scope);
  if (inScope.length > 0) return { inBase: ownBase, inTarget: inScope, scoped: true };
  // None in it: sdkgen's function may have its lines in a helper of its own (cartesia's `default_headers` in
  // `_default_headers_with`): those in a scope where the base has none of them are still its place; those in the scope
  // of another occurrence of the base (the sync twin's) are that one's.
  const twins = new Set(inBase.map((at) => scopeOf(base, at + anchor)));
  const unclaimed = inTarget.filter((at) => !twins.has(scopeOf(target, at + anchor)));
  return { inBase: ownBase, inTarget: unclaimed, scoped: false, elsewhere: true };
}

/**
 * Of sdkgen's occurrences of a run of lines (`inTarget`), those standing in the scope of the owners' occurrence at
 * `ownAt` (of `inOwn`, in their text `own`): where sdkgen's text has that scope (or it is the top level), those in
 * it. Else (sdkgen named the class otherwise, `AsyncFiles` → `AsyncFilesResource`) the one of the same rank among
 * those in a function of the same name and kind (`async def create`) outside the owners' other scopes, where both
 * texts have as many: not one in another function, nor the sync twin's for an async edit; none where unsure.
 */
export function inOwnScope(
  own: string[],
  target: string[],
  ownAt: number,
  inOwn: number[],
  inTarget: number[],
  anchor: number,
  scopeOf: ScopeOf,
): number[] {
  const scope = scopeOf(own, ownAt + anchor);
  const targetScopes = scopesIn(target, scopeOf);
  if (scope === '' || targetScopes.has(scope)) return inTarget.filter((at) => scopeOf(target, at + anchor) === scope);
  const kind = functionKind(own, ownAt + anchor, scope);
  const twins = new Set(inOwn.map((at) => scopeOf(own, at + anchor)));
  const sameKind = (lines: string[], at: number) =>
    functionKind(lines, at + anchor, scopeOf(lines, at + anchor)) === kind;
  // (The owners' occurrences whose scope sdkgen's text lacks too, as this one's, against sdkgen's outside their scopes.)
  const ownRanked = inOwn.filter((at) => !targetScopes.has(scopeOf(own, at + anchor)) && sameKind(own, at));
  const targetRanked = inTarget.filter((at) => !twins.has(scopeOf(target, at + anchor)) && sameKind(target, at));
  const rank = ownRanked.indexOf(ownAt);
  return rank >= 0 && ownRanked.length === targetRanked.length ? [targetRanked[rank]] : [];
}

/**
 * A scope's innermost name with its kind (`async def create`, `def create`, `class Files`), read from the nearest
 * line above `at` that defines it: what a scope of another class's name stands for.
 */
function functionKind(lines: string[], at: number, scope: string): string {
  const name = scope.split('.').pop() ?? '';
  if (name === '') return '';
  const definition = new RegExp(`^\\s*((?:async\\s+)?def|class)\\s+${name}\\b`);
  for (let i = at; i >= 0; i--) {
    const found = definition.exec(lines[i]);
    if (found) return `${found[1].replace(/\s+/g, ' ')} ${name}`;
  }
  return '';
}

/**
 * Where a hunk's lines (its `before` context, the lines it takes out from `baseStart` on, its `after` context) occur in
 * sdkgen's text in the scope the hunk was in (or anywhere, where sdkgen's text has no such scope): the occurrence of the
 * same rank as in the base; else, with all of its context (`whole`), the first after the previous hunk (`cursor`), else
 * the last before it; with less, the only one in sdkgen's text, unless it stands in a twin's scope.
 */
export function occurrenceInScope(
  base: string[],
  target: string[],
  run: { before: string[]; removed: string[]; after: string[] },
  baseStart: number,
  cursor: number,
  whole: boolean,
  scopeOf: ScopeOf,
): number | null {
  const { before, removed, after } = run;
  const needle = [...before, ...removed, ...after];
  const baseAt = baseStart - before.length;
  const asBase = before.every((line, i) => line === base[baseAt + i]);
  // (Before-lines as an earlier hunk left them are no lines of the base: only the previous hunk's place tells.)
  const inBase = asBase ? occurrences(base, needle) : [baseAt];
  const anchor = anchorIn(needle, before.length);
  const inTarget = occurrences(target, needle);
  // With less than all of its context, a hunk goes only where its lines occur once in sdkgen's text, and not there
  // when that is another copy's place (the sync twin's scope, for an async edit). Choosing within its scope here would
  // place some of a function's hunks and not the others that read what they assign (openai's client, broken whole).
  if (!whole) {
    if (inTarget.length !== 1) return null;
    const own = scopeOf(base, baseAt + anchor);
    const there = scopeOf(target, inTarget[0] + anchor);
    const twins = new Set(inBase.map((at) => scopeOf(base, at + anchor)));
    return there !== own && twins.has(there) ? null : inTarget[0];
  }
  const choice = occurrencesToChoose(base, target, inBase, inTarget, baseAt, anchor, scopeOf);
  const ranked = sameRank(choice, baseAt, true);
  if (ranked !== null) return ranked;
  const chosen = choice.inTarget;
  return chosen.find((at) => at >= cursor) ?? chosen.filter((at) => at < cursor).pop() ?? null;
}

/**
 * Of `occurrences`, the one standing for Stainless's at `baseAt`: the same rank where both have as many; else, where
 * sdkgen's has one only, it when `lone` allows (Stainless's has one too, or the caller takes a lone match); else null.
 */
export function sameRank(occurrences: Occurrences, baseAt: number, lone: boolean): number | null {
  const { inBase, inTarget } = occurrences;
  const rank = inBase.indexOf(baseAt);
  if (rank >= 0 && inBase.length === inTarget.length) return inTarget[rank];
  if (inTarget.length === 1 && (lone || inBase.length === 1)) return inTarget[0];
  return null;
}

/** The offset of the run's line whose scope tells: its first code line from `from` on, else its last before `from`. */
export function anchorIn(run: string[], from: number): number {
  for (let i = from; i < run.length; i++) if (run[i].trim() !== '') return i;
  for (let i = Math.min(from, run.length) - 1; i >= 0; i--) if (run[i].trim() !== '') return i;
  return 0;
}

/**
 * A hunk whose lines and one line of context around them occur several times in the base and as many times in sdkgen's
 * text (the same edit's place in a sync and an async method) goes to the occurrence of the same rank.
 */
export function placeBySameRank(
  hunk: Hunk,
  base: string[],
  target: string[],
  scopeOf?: ScopeOf,
): { start: number; end: number } | null {
  const before = base.slice(Math.max(0, hunk.baseStart - 1), hunk.baseStart);
  const needle = [
    ...before,
    ...base.slice(hunk.baseStart, hunk.baseEnd),
    ...base.slice(hunk.baseEnd, hunk.baseEnd + 1),
  ];
  if (needle.length < 2 || needle.every((line) => PUNCTUATION_ONLY.test(line))) return null;
  const baseAt = hunk.baseStart - before.length;
  // (In the scope the hunk was in, where scopes are read and sdkgen's text has it: same-occurrence.ts.)
  const choice = occurrencesToChoose(
    base,
    target,
    occurrences(base, needle),
    occurrences(target, needle),
    baseAt,
    anchorIn(needle, before.length),
    scopeOf,
  );
  const { inBase, inTarget } = choice;
  const rank = inBase.indexOf(baseAt);
  if (rank < 0 || (inBase.length < 2 && !choice.scoped) || inBase.length !== inTarget.length) return null;
  const start = inTarget[rank] + before.length;
  return { start, end: start + (hunk.baseEnd - hunk.baseStart) };
}

const SCOPES = new WeakMap<string[], Set<string>>();
const DEFINITION = /^\s*(?:async\s+)?(?:def|class)\s+(\w+)/;

/** The scopes of `lines` by name: each class and function, with those enclosing it (`AsyncAcme.__init__`). */
function scopesIn(lines: string[], scopeOf: ScopeOf): Set<string> {
  const known = SCOPES.get(lines);
  if (known !== undefined) return known;
  const names = new Set<string>();
  lines.forEach((line, i) => {
    const name = DEFINITION.exec(line)?.[1];
    if (name === undefined) return;
    const outer = scopeOf(lines, i);
    names.add(outer === '' ? name : `${outer}.${name}`);
  });
  SCOPES.set(lines, names);
  return names;
}

/**
 * Which of several places a hunk's lines occur in sdkgen's text is the one the owners edited in Stainless's. Stainless's
 * Python modules repeat code: the sync and the async client's `__init__` share their lines, `Foo.create` and
 * `AsyncFoo.create` their bodies, every method its docstring's `Args:`. An edit of the async copy has the sync copy's
 * context too; looked for from the top, or from where the previous hunk went, it lands in the sync copy (a NameError
 * there, the async client without it). The place is the occurrence in the same scope (the class and function names
 * enclosing it, `AsyncAcme.__init__`) where sdkgen's text has that scope; within it (or without scopes), the occurrence
 * of the same rank where both texts have the lines as often.
 */

/** The scope a line stands in, by name (`AsyncAcme.__init__`), '' at a module's top level. */
export type ScopeOf = (lines: string[], at: number) => string;

export interface Occurrences {
  /** Where the lines occur in Stainless's lines, and in sdkgen's. */
  inBase: number[];
  inTarget: number[];
  /** Whether the scope named these (those outside it are left out), or they are all of them. */
  scoped: boolean;
}

/**
 * The occurrences of a run of lines to choose among: those in the scope of Stainless's occurrence at `baseAt`, where
 * `scopeOf` reads one there and sdkgen's text has a scope of that name (it may have none of them in it: the lines are
 * then nowhere to go); else all of them. `anchor` is the offset in the run of the line whose scope is read.
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
  return {
    inBase: inBase.filter((at) => scopeOf(base, at + anchor) === scope),
    inTarget: inTarget.filter((at) => scopeOf(target, at + anchor) === scope),
    scoped: true,
  };
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

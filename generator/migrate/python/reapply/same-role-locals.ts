/**
 * sdkgen's name for a local of Stainless's that sdkgen's version of the same function holds under another name: an
 * owners' line reading Stainless's `seen` (`if "x-trace" not in seen:`) reads sdkgen's `lowered` instead, where that
 * is the same value. Only then: each function binds its name once, by a one-line assignment, from the same expression
 * (up to the names of a comprehension's own variables, and a list's brackets for a set's where every read is a
 * membership test, for which the two are alike); Stainless's other lines reading its name are sdkgen's lines reading
 * the other, word for word; sdkgen's function binds Stainless's name nowhere, and the owners' version of it binds and
 * reads sdkgen's nowhere. Anything else is no counterpart: the owners' hunk is left for a person (lost-readers.ts).
 */
import { bindsIn, functionLines } from '../soundness/function-scopes';
import type { ModuleLines } from '../source/statements';

/** `function: name` of a lost name as `function: sdkgen's name`, or null where sdkgen's function has none so. */
export function sameRoleName(base: string, target: string, edited: string, entry: string): string | null {
  const [, fn, name] = /^(.*): (\w+)$/.exec(entry) ?? [];
  if (fn === undefined) return null;
  const [theirs, ours, owners] = [functionLines(base, fn), functionLines(target, fn), functionLines(edited, fn)];
  if (theirs === null || ours === null || owners === null) return null;
  const bound = assignmentOf(theirs, name);
  if (bound === null || bindings(ours, name).length > 0) return null;
  for (const [at] of ours.lines) {
    const other = /^\s*([A-Za-z_]\w*)\s*=(?!=)/.exec(ours.module.code[at])?.[1];
    if (other === undefined || other === name) continue;
    const counterpart = assignmentOf(ours, other);
    if (counterpart === null || readsOrBinds(owners, other)) continue;
    const same = sameValue(bound.value, counterpart.value);
    if (same === null) continue;
    const theirReads = readingLines(theirs, name, bound.line);
    const ourReads = readingLines(ours, other, counterpart.line);
    const renamed = theirReads.map((line) => rename(theirs.module.lines[line], name, other)).sort();
    const sdkgens = ourReads.map((line) => normal(ours.module.lines[line])).sort();
    if (renamed.length === 0 || renamed.join('\n') !== sdkgens.join('\n')) continue;
    // (A list for a set: every read of either, and of the owners' lines, asks only whether it holds a value.)
    // (Theirs binds it as Stainless's does: once, by the same line.)
    const ownersBound = assignmentOf(owners, name);
    if (
      ownersBound === null ||
      normal(owners.module.lines[ownersBound.line]) !== normal(theirs.module.lines[bound.line])
    )
      continue;
    const ownersReads = readingLines(owners, name, ownersBound.line);
    // (Their lines are renamed as text: none may have the name in a string or comment, an f-string's too.)
    const count = (line: string) => line.match(new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g'))?.length ?? 0;
    if (ownersReads.some((l) => count(owners.module.lines[l]) !== count(owners.module.code[l]))) continue;
    if (same === 'membership' && !theirReads.every((l) => membership(theirs.module.code[l], name))) continue;
    if (same === 'membership' && !ownersReads.every((l) => membership(owners.module.code[l], name))) continue;
    return `${fn}: ${other}`;
  }
  return null;
}

type Scope = NonNullable<ReturnType<typeof functionLines>>;

/** The one-line assignment that alone binds `name` in the function (its line and value), or null. */
function assignmentOf(scope: Scope, name: string): { line: number; value: string } | null {
  const lines = bindings(scope, name);
  if (lines.length !== 1 || scope.module.continues[lines[0] + 1]) return null;
  const m = new RegExp(`^\\s*${name}\\s*=(?!=)\\s*(.+?)\\s*$`).exec(scope.module.lines[lines[0]]);
  // (A `#` anywhere on it, a comment's or a string's, leaves it unread: the value would be misread.)
  return m === null || scope.module.lines[lines[0]].includes('#') ? null : { line: lines[0], value: m[1] };
}

/** The function's own lines binding `name` (generously: a comprehension's variable of that name counts too). */
function bindings(scope: Scope, name: string): number[] {
  return [...scope.lines.keys()].filter((at) => bindsIn(scope.module.code[at]).has(name));
}

const readsOrBinds = (scope: Scope, name: string) =>
  [...scope.lines].some(([at, names]) => names.has(name) || bindsIn(scope.module.code[at]).has(name));

/** The function's own lines reading `name`, but `skip`. */
function readingLines(scope: Scope, name: string, skip: number): number[] {
  return [...scope.lines].filter(([at, names]) => at !== skip && names.has(name)).map(([at]) => at);
}

const normal = (line: string) => line.trim().replace(/\s+/g, ' ');

function rename(line: string, from: string, to: string): string {
  return normal(line.replace(new RegExp(`(?<![\\w.])${from}(?!\\w)`, 'g'), to));
}

/**
 * 'same' where two assigned expressions are one up to their comprehensions' variable names, 'membership' where they
 * differ besides only as a list comprehension and a set one; null otherwise.
 */
function sameValue(a: string, b: string): 'same' | 'membership' | null {
  const [x, y] = [placeheld(a), placeheld(b)];
  if (x === y) return 'same';
  const bare = (e: string) => /^[[{](.*\bfor\b.*)[\]}]$/.exec(e)?.[1] ?? null;
  const [ix, iy] = [bare(x), bare(y)];
  // (A dict comprehension's `k: v` is no set's: only a brace whose body has no top-level colon is one.)
  return ix !== null && ix === iy && !/^[^[{(]*:/.test(ix) ? 'membership' : null;
}

/** The expression with each comprehension variable named by its place (`_0`, `_1`), its spaces made one. */
function placeheld(expression: string): string {
  const bound = [...expression.matchAll(/\bfor\s+([\w\s,()]+?)\s+in\b/g)].flatMap((m) => m[1].match(/\w+/g) ?? []);
  let out = normal(expression);
  [...new Set(bound)].forEach((name, i) => {
    out = out.replace(new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g'), `_${i}`);
  });
  return out;
}

/** Whether each read of `name` on a line of code is a membership test (`x in name`, `x not in name`). */
function membership(code: string, name: string): boolean {
  return [...code.matchAll(new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g'))].every((m) => {
    const before = code.slice(0, m.index);
    return /\bin\s*$/.test(before) && !/\bfor\b/.test(before);
  });
}

/** Whether `name` is bound in the function before every line reading it (`lines`: the function's own lines). */
export function boundBeforeRead(module: ModuleLines, lines: Map<number, Set<string>>, name: string): boolean {
  const at = [...lines.keys()].filter((l) => bindsIn(module.code[l]).has(name));
  const reads = [...lines].filter(([l, names]) => names.has(name) && !at.includes(l)).map(([l]) => l);
  return at.length > 0 && reads.every((l) => l > Math.min(...at));
}

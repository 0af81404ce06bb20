/**
 * Hunks of one owners' edit that stand in one statement of a function go together or not at all. git's diff cuts an
 * edit of a call into several hunks (openai's `copy()`: `base_url=…` deleted from `return self.__class__(…)`, and
 * `**auth_options,` added further down the same call); carried hunk by hunk, the deletion placed while the addition
 * went to a person, and the function that came out lost the argument: worse than either the owners' function or
 * sdkgen's. So where a hunk of theirs goes to a person (not placed, or left out as reading what sdkgen's function
 * lacks), every other hunk of theirs in the same statement of that function goes with it, sdkgen's lines left as they
 * are; and so does a hunk adding a parameter to the function's signature that only those hunks read (a parameter the
 * function would take and ignore). The hunks are undone in the owners' text and the module carried again from it.
 */
import { editsAsHunks, withHunks } from '../../reapply/hunks';
import { diff, lines, type Hunk } from '../../../write/merge';
import { readModule, type ModuleLines } from '../source/statements';
import { functionScopes, parameterNames, type FunctionScope } from '../soundness/function-scopes';

/** Rounds of carrying again: a hunk the new carry does not place may take others with it in the next. */
const ROUNDS = 3;

/** Base lines [start, end) a hunk replaces (an insertion: start === end, before line start). */
interface Span {
  start: number;
  end: number;
}

/** The texts read: Stainless's, the owners' as now carried, the owners' before anything was left out. */
interface Texts {
  base: ModuleLines;
  owners: ModuleLines;
  edited: ModuleLines;
}

export interface Together<T> {
  /** The carry from the owners' text less the hunks that went with those going to a person. */
  carry: T;
  /** Those hunks, as unified-diff hunks against `base`. */
  hunks: string[];
}

/**
 * `first` (the owners' edits `owners` of `base`, as carried by `carry`) carried again without the hunks that stand in
 * a statement with a hunk going to a person (`rejectedOf` the carry, or `leftOut`: unified-diff hunks against
 * `base`), or add a parameter only those read (in `edited`, the owners' text before anything was left out); null
 * where there is none.
 */
export function withDependentHunksTogether<T>(
  base: string,
  owners: string,
  edited: string,
  first: T,
  rejectedOf: (carried: T) => string[],
  leftOut: string[],
  carry: (owners: string) => T,
): Together<T> | null {
  const b = lines(base);
  const baseModule = readModule(base);
  const statementOf = statementHeads(baseModule, functionScopes(baseModule));
  const editedModule = readModule(edited);
  let current = first;
  let text = owners;
  const hunks: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const o = lines(text);
    const ours = diff(b, o);
    if (ours === null) break;
    const rejected = new Set<number>();
    const seeds: Span[] = [...leftOut, ...hunks].flatMap((hunk) => spanOf(hunk) ?? []);
    for (const hunk of rejectedOf(current)) {
      const at = sameHunk(hunk, ours, b, o);
      if (at >= 0) rejected.add(at);
    }
    const going = dependentHunks(ours, rejected, seeds, statementOf, {
      base: baseModule,
      owners: readModule(text),
      edited: editedModule,
    });
    if (going.size === 0) break;
    const shown = editsAsHunks(base, text);
    hunks.push(...[...going].sort((x, y) => x - y).map((i) => shown[i]));
    text = withHunks(
      b,
      o,
      ours.filter((_, i) => !going.has(i)),
    );
    current = carry(text);
  }
  return hunks.length === 0 ? null : { carry: current, hunks };
}

/** The hunks (indices into `ours`) not going to a person that stand with those that do, by statement or parameter. */
function dependentHunks(
  ours: Hunk[],
  rejected: Set<number>,
  seeds: Span[],
  statementOf: (line: number) => number | null,
  texts: Texts,
): Set<number> {
  const going = new Set<number>();
  const goes = (i: number) => rejected.has(i) || going.has(i);
  const spans = ours.map((h) => ({ start: h.baseStart, end: h.baseEnd }));
  const scopes = {
    base: functionScopes(texts.base),
    owners: functionScopes(texts.owners),
    edited: functionScopes(texts.edited),
  };
  for (let changed = true; changed; ) {
    changed = false;
    const taken = new Set(
      [...seeds, ...spans.filter((_, i) => goes(i))].flatMap((span) => statementsTouched(span, statementOf)),
    );
    for (const [i, span] of spans.entries()) {
      if (goes(i)) continue;
      const together = statementsTouched(span, statementOf).some((head) => taken.has(head));
      if (
        !together &&
        !onlyGoingRead(ours[i], ours, goes, scopes, texts) &&
        !onlyGoingSet(ours[i], ours, goes, scopes, texts)
      )
        continue;
      going.add(i);
      changed = true;
    }
  }
  return going;
}

/**
 * Whether the hunk adds a parameter to a function's signature that the owners' function read (in `edited`) and now
 * reads nowhere but in the lines of hunks going to a person.
 */
function onlyGoingRead(
  hunk: Hunk,
  ours: Hunk[],
  goes: (i: number) => boolean,
  scopes: { base: FunctionScope[]; owners: FunctionScope[]; edited: FunctionScope[] },
  texts: Texts,
): boolean {
  const scope = scopes.base.find((s) => hunk.baseStart > s.head && hunk.baseStart <= signatureEnd(texts.base, s.head));
  const theirs = scopes.owners.find((s) => s.name === scope?.name);
  const before = scopes.edited.find((s) => s.name === scope?.name);
  if (scope === undefined || theirs === undefined || before === undefined) return false;
  const signature = (module: ModuleLines, head: number) =>
    parameterNames(module.code.slice(head, signatureEnd(module, head)).join('\n'));
  const had = signature(texts.base, scope.head);
  const addedLines = texts.owners.code.slice(hunk.start, hunk.end).join('\n');
  const added = [...signature(texts.owners, theirs.head)].filter(
    (name) => !had.has(name) && new RegExp(`(?:^|[(,])\\s*\\*{0,2}${name}\\b`, 'm').test(addedLines),
  );
  const going = (line: number) => ours.some((h, i) => goes(i) && line >= h.start && line < h.end);
  // (Its body's lines: those below the signature.)
  const reads = (fn: FunctionScope, module: ModuleLines, name: string, skip: (line: number) => boolean) =>
    [...fn.lines].some(([line, names]) => line >= signatureEnd(module, fn.head) && !skip(line) && names.has(name));
  return added.some(
    (name) => reads(before, texts.edited, name, () => false) && !reads(theirs, texts.owners, name, going),
  );
}

/**
 * Whether the hunk declares a class attribute (`_provider: Provider | None`, no value) that the owners' methods set
 * (in `edited`) and now set nowhere but in the lines of hunks going to a person: declared and never set, it would pass
 * for an attribute of the class and fail with AttributeError when read.
 */
function onlyGoingSet(
  hunk: Hunk,
  ours: Hunk[],
  goes: (i: number) => boolean,
  scopes: { owners: FunctionScope[] },
  texts: Texts,
): boolean {
  const inFunction = (line: number) => scopes.owners.some((s) => s.head === line || s.lines.has(line));
  const declared: string[] = [];
  for (let line = hunk.start; line < hunk.end; line++) {
    const m = /^[ \t]+([A-Za-z_]\w*)\s*:[^=]+$/.exec(texts.owners.code[line]);
    if (m !== null && !texts.owners.continues[line] && !inFunction(line)) declared.push(m[1]);
  }
  const going = (line: number) => ours.some((h, i) => goes(i) && line >= h.start && line < h.end);
  const setting = (module: ModuleLines, name: string) =>
    module.code.flatMap((code, line) =>
      new RegExp(`\\bself\\.${name}\\s*(?::[^=]+)?=(?!=)`).test(code) ? [line] : [],
    );
  return declared.some((name) => setting(texts.edited, name).length > 0 && setting(texts.owners, name).every(going));
}

/** One past the last line of the signature whose `def` line is `head`: that line and those continuing it. */
function signatureEnd(module: ModuleLines, head: number): number {
  let end = head + 1;
  while (end < module.lines.length && module.continues[end]) end++;
  return end;
}

/** The base line at the head of the statement a line stands in (itself, or the line it continues), within a function. */
function statementHeads(module: ModuleLines, scopes: FunctionScope[]): (line: number) => number | null {
  const inFunction = (line: number) => scopes.some((s) => s.head === line || s.lines.has(line));
  return (line) => {
    let head = line;
    while (head > 0 && module.continues[head]) head--;
    return inFunction(head) ? head : null;
  };
}

/**
 * The statements (by head line) a span of base lines stands in: those whose lines it replaces, or, for an insertion,
 * the one it goes inside of (its next line continues a statement begun above).
 */
function statementsTouched(span: Span, statementOf: (line: number) => number | null): number[] {
  const heads = new Set<number>();
  if (span.start === span.end) {
    const head = statementOf(span.start);
    if (head !== null && head < span.start) heads.add(head);
  } else
    for (let line = span.start; line < span.end; line++) {
      const head = statementOf(line);
      if (head !== null) heads.add(head);
    }
  return [...heads];
}

/** The index of the hunk in `ours` taking out and putting in the lines the unified-diff hunk does (-1: none). */
function sameHunk(hunk: string, ours: Hunk[], base: string[], owners: string[]): number {
  const body = hunk.split('\n').slice(1);
  const removed = body.filter((l) => l.startsWith('-')).map((l) => l.slice(1).trimEnd());
  const added = body.filter((l) => l.startsWith('+')).map((l) => l.slice(1).trimEnd());
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((line, i) => line.trimEnd() === b[i]);
  const near = spanOf(hunk)?.start ?? 0;
  let best = -1;
  for (const [i, h] of ours.entries()) {
    if (!same(base.slice(h.baseStart, h.baseEnd), removed) || !same(owners.slice(h.start, h.end), added)) continue;
    if (best < 0 || Math.abs(h.baseStart - near) < Math.abs(ours[best].baseStart - near)) best = i;
  }
  return best;
}

/** The base lines a unified-diff hunk (`@@ -12,5 +12,6 @@`, three lines of context at most) replaces. */
function spanOf(hunk: string): Span | null {
  const header = /^@@ -(\d+)/.exec(hunk);
  if (header === null) return null;
  const body = hunk.split('\n').slice(1);
  const leading = body.findIndex((line) => !line.startsWith(' '));
  const start = Number(header[1]) - 1 + Math.max(0, leading);
  return { start, end: start + body.filter((line) => line.startsWith('-')).length };
}

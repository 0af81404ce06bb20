/**
 * Owners' edits the line-by-line carry and the owners'-method step left (reapply/hunks.ts, owners-methods.ts) whose
 * lines sdkgen's module has in the function of the same name: the hunk's context cannot pin them, because sdkgen
 * writes the lines around them otherwise or the same lines stand in several functions of its module (llamacloud's
 * `if isinstance(file, os.PathLike):` → `(os.PathLike, str)` in `_transform_file` and `_async_transform_file`, where
 * sdkgen's `_files.py` has that line in both, among lines of its own). The function's name places them: sdkgen's
 * function does the same job with the same statement, and the owners' statement takes its place.
 *
 * A hunk is carried so only where it is one run of changed lines, the code lines it takes out stand once in Stainless's
 * function and once in sdkgen's function of that name (at one indentation step from each other throughout), and what
 * its added lines read that the lines they replace did not is bound at that point of sdkgen's function, nothing after it
 * rebinding it (insertion-bindings.ts, as for an insertion; in a class body, at the top of sdkgen's module). Otherwise
 * it stays for a person (runtime-hunks.ts says why).
 */
import type { Reapplied } from '../../reapply/hunks';
import { pythonCode, scopeOf } from '../already-done/comment-only';
import { PUNCTUATION_ONLY } from '../../reapply/find-lines';
import { definitionSpan } from './owners-methods';
import { PYTHON_BUILTINS } from './owners-method-merge';
import { boundNames } from '../soundness/sound-module';
import { readsBoundAt } from './insertion-bindings';
import { overReassignments, withoutUnreadHelpers } from './reassigned-after';
import { readModule } from '../source/statements';
import { atNeighboursDepth, stringLines } from './insertion-depth';
import type { Neighbour } from '../../reapply/hunks';

export interface Change {
  /** The 0-based line of Stainless's file the removed lines begin at. */
  at: number;
  removed: string[];
  added: string[];
}

/** A hunk's one run of changed lines (no context line between them), null for any other hunk. */
export function changeOf(hunk: string): Change | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header ?? '');
  if (start === null) return null;
  const changed = body.flatMap((line, i) => (/^[-+]/.test(line) ? [i] : []));
  if (changed.length === 0) return null;
  const [first, last] = [changed[0], changed[changed.length - 1]];
  if (changed.length !== last - first + 1) return null;
  const run = body.slice(first, last + 1);
  const removed = run.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = run.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  return { at: Number(start[1]) - 1 + first, removed, added };
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
/** A line that is code (not blank, not only a comment). */
const isCode = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/** Where `block` (trimmed lines) stands in `lines` inside the function `scope` (read at its line `anchor`). */
function placesIn(lines: string[], block: string[], scope: string, anchor = 0): number[] {
  const places: number[] = [];
  for (let i = 0; i + block.length <= lines.length; i++) {
    if (block.every((line, j) => lines[i + j].trim() === line.trim()) && scopeOf(lines, i + anchor) === scope)
      places.push(i);
  }
  return places;
}

/** The names `lines` read (not attributes, not keyword arguments or names assigned), strings and comments left out. */
function namesRead(lines: string[]): Set<string> {
  const code = pythonCode(lines.join('\n'))
    .join('\n')
    .replace(/("""|''')[\s\S]*?\1|[rRbBfFuU]*"(?:[^"\\\n]|\\.)*"|[rRbBfFuU]*'(?:[^'\\\n]|\\.)*'/g, '""');
  return new Set([...code.matchAll(/(?<![.\w])([A-Za-z_]\w*)(?!\w|\s*=(?!=))/g)].map((m) => m[1]));
}

/** The names the module binds outside its functions' bodies (imports, classes, functions, module variables). */
function moduleNames(lines: string[]): Set<string> {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    kept.push(lines[i]);
    if (!/^\s*(?:async\s+)?def\s/.test(lines[i])) continue;
    const span = definitionSpan(lines, i);
    if (span !== null) i = span.end - 1;
  }
  return boundNames(kept.join('\n'));
}

/** The lines of the function enclosing line `at` (its `def` to its end), or none. */
function enclosingFunction(lines: string[], at: number): string[] {
  for (let i = at; i >= 0; i--) {
    if (!/^\s*(?:async\s+)?def\s/.test(lines[i]) || indentOf(lines[i]) >= indentOf(lines[at])) continue;
    const span = definitionSpan(lines, i);
    return span !== null && span.end > at ? lines.slice(span.start, span.end) : [];
  }
  return [];
}

/** `carried` with its rejected hunks whose lines sdkgen's function of the same name has carried there. */
export function intoSameFunctionLines(base: string, carried: Reapplied): Reapplied {
  if (carried.rejected.length === 0) return carried;
  const theirs = base.split('\n');
  let ours = carried.text.split('\n');
  const left: string[] = [];
  let applied = carried.applied;
  // (A function put back as sdkgen's whole takes no part of the owners' edit: its hunks stay for a person.)
  const whole = new Set(carried.wholeFunctions ?? []);
  for (const hunk of carried.rejected) {
    const placed = placeChange(hunk, theirs, ours, whole);
    if (placed === null) left.push(hunk);
    else [ours, applied] = [placed, applied + 1];
  }
  if (left.length === carried.rejected.length) return carried;
  return { ...carried, text: ours.join('\n'), applied, rejected: left };
}

/** `ours` with the hunk's change made in sdkgen's function of the same name, null where it has no one place there. */
function placeChange(hunk: string, theirs: string[], ours: string[], whole: Set<string>): string[] | null {
  const change = changeOf(hunk);
  if (change !== null && change.removed.length === 0) return placeInsertion(change, theirs, ours, whole);
  if (change === null || !change.removed.some(isCode)) return null;
  const { at, removed, added } = change;
  if (!removed.every((line, j) => theirs[at + j] === line)) return null;
  const scope = scopeOf(theirs, at);
  if (scope === '' || whole.has(scope) || placesIn(theirs, removed, scope).length !== 1) return null;
  const places = placesIn(ours, removed, scope);
  if (places.length !== 1) return null;
  const [place] = places;
  // (One indentation step between the two texts, line for line: the same statements, only the block's depth differs.)
  const step = indentOf(ours[place]) - indentOf(removed[0]);
  if (!removed.every((line, j) => line.trim() === '' || indentOf(ours[place + j]) - indentOf(line) === step))
    return null;
  if (step < 0 && !added.every((line) => line.trim() === '' || indentOf(line) >= -step)) return null;
  const moved = added.map((line) =>
    line.trim() === '' ? '' : step >= 0 ? `${' '.repeat(step)}${line}` : line.slice(-step),
  );
  const without = [...ours.slice(0, place), ...ours.slice(place + removed.length)];
  if (inFunction(theirs, at, scope)) {
    // (Every name and `self.<attr>` it reads that the replaced lines did not bound at that point of sdkgen's function,
    // none bound after it: insertion-bindings.ts, as for an insertion.)
    const owners = [...theirs.slice(0, at), ...added, ...theirs.slice(at + removed.length)];
    const firstCode = added.findIndex(isCode);
    const inside = firstCode >= 0 && readModule(owners.join('\n')).continues[at + firstCode];
    if (!readsBoundAt(without, place, moved, inside, { replaced: removed })) return null;
  } else if (!classNamesBound(removed, added, ours)) return null;
  return [...ours.slice(0, place), ...moved, ...ours.slice(place + removed.length)];
}

/** For a line of a class body: whether each name `added` reads that `removed` did not is bound at the module's top. */
function classNamesBound(removed: string[], added: string[], ours: string[]): boolean {
  const own = boundNames(added.join('\n'));
  const before = namesRead(removed);
  const known = moduleNames(ours);
  return [...namesRead(added)].every(
    (name) => before.has(name) || own.has(name) || known.has(name) || PYTHON_BUILTINS.has(name),
  );
}

/**
 * `ours` with a pure insertion (no line of Stainless's taken out to anchor it) made in sdkgen's function of the same
 * name, next to a neighbouring context line: the line right above it, else the one right below it (not brackets alone), where that line
 * stands once in Stainless's function and once in sdkgen's, and the added lines stand in that function too (not a
 * method added after it). Null where neither neighbour (a blank line pins nothing) places it so.
 */
function placeInsertion(change: Change, theirs: string[], ours: string[], whole: Set<string>): string[] | null {
  const { at, added } = change;
  if (!added.some(isCode)) return null;
  // (The owners' lines in Stainless's text: the scope they stand in.)
  const owners = [...theirs.slice(0, at), ...added, ...theirs.slice(at)];
  const scope = scopeOf(owners, at + added.findIndex(isCode));
  if (scope === '' || whole.has(scope) || !inFunction(owners, at + added.findIndex(isCode), scope)) return null;
  // (Whether the owners' lines stand inside a statement's brackets, a call's arguments, or between statements.)
  const inside = readModule(owners.join('\n')).continues[at + added.findIndex(isCode)];
  // (The code line nearest the insertion, above it or below it, as Stainless's file has it: blank lines passed over.)
  let up = at - 1;
  while (up >= 0 && theirs[up].trim() === '') up--;
  let down = at;
  while (down < theirs.length && theirs[down].trim() === '') down++;
  const neighbours = [
    { neighbour: up, after: true, blanks: at - 1 - up },
    { neighbour: down, after: false, blanks: down - at },
  ];
  for (const { neighbour, after, blanks } of neighbours) {
    const line = theirs[neighbour] ?? '';
    // (A line of brackets alone, `)`, stands in a hundred places: it pins nothing, as in reapply/find-lines.ts.)
    if (!isCode(line) || PUNCTUATION_ONLY.test(line) || scopeOf(theirs, neighbour) !== scope) continue;
    const block = [theirs[neighbour]];
    if (placesIn(theirs, block, scope).length !== 1) continue;
    const places = placesIn(ours, block, scope);
    if (places.length !== 1) continue;
    const [place] = places;
    // (Past as many of the blank lines between it and the neighbour as sdkgen's text has there too.)
    let into = after ? place + 1 : place;
    for (let passed = 0; passed < blanks; passed++) {
      const next = after ? into : into - 1;
      if ((ours[next] ?? 'end').trim() !== '') break;
      into = after ? into + 1 : into - 1;
    }
    // (At the depth of the neighbour that placed it, and of the line on its other side where sdkgen's text has that
    // line there too: where they moved by different depths, no one depth, for a person: insertion-depth.ts.)
    const other = otherSide(theirs, ours, after ? down : up, into, !after);
    const beside = [{ theirs: line, ours: ours[place], above: after }, ...other];
    const moved = atNeighboursDepth(added, beside, inside, stringLines(added, { lines: owners, start: at }));
    if (moved === null) return null;
    // (Past sdkgen's statements right below that set what it sets, which would undo it, or in their place where it
    // sets all of it on every path: reassigned-after.ts.)
    const over = inside ? { ours, into, dropped: [] } : overReassignments(ours, into, moved);
    // (Every name it reads bound there, none bound after it: insertion-bindings.ts.)
    if (!readsBoundAt(over.ours, over.into, moved, inside)) continue;
    const placed = [...over.ours.slice(0, over.into), ...moved, ...over.ours.slice(over.into)];
    return over.dropped.length === 0 ? placed : withoutUnreadHelpers(placed, over.dropped);
  }
  return null;
}

/**
 * The code line on the other side of an insertion placed at `into` of `ours` (below it, or above it where `above`),
 * with Stainless's line there (`theirs[at]`, passing blank lines and comments), where both are the same line.
 */
function otherSide(theirs: string[], ours: string[], at: number, into: number, above: boolean): Neighbour[] {
  const step = above ? -1 : 1;
  let [i, j] = [at, above ? into - 1 : into];
  while (i >= 0 && i < theirs.length && !isCode(theirs[i])) i += step;
  while (j >= 0 && j < ours.length && !isCode(ours[j])) j += step;
  const [mine, sdkgens] = [theirs[i], ours[j]];
  return mine !== undefined && sdkgens !== undefined && mine.trim() === sdkgens.trim()
    ? [{ theirs: mine, ours: sdkgens, above }]
    : [];
}

/** Whether the innermost scope of line `at` is a function (`Foo.create`, not the class body `Foo`). */
function inFunction(lines: string[], at: number, scope: string): boolean {
  const enclosing = enclosingFunction(lines, at);
  const name = /^\s*(?:async\s+)?def\s+(\w+)/.exec(enclosing[0] ?? '')?.[1];
  return name !== undefined && name === scope.split('.').pop();
}

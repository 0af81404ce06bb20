/**
 * A method's `@overload` variants and its implementation are one member: groq's owners turned Stainless's one
 * `Completions.create` into three overloads (`stream: Literal[True]` → `Stream[ChatCompletionChunk]`, …) and an
 * implementation, in the sync class and the async one. sdkgen's class writes its own set for the method (from the
 * config's `streaming`), of other definitions in another order; carried line by line, the owners' overloads landed
 * beside sdkgen's, some of the async class's in the sync class (pyright: an overload without its implementation, a
 * method obscured by another of its name).
 *
 * Where the owners changed a method's definitions, the set of them has an `@overload` in the owners' class, and the
 * owners', Stainless's and sdkgen's sets are not of one count (so no definition of one stands for one of another), the
 * owners' set (the one their users ran) takes the place of sdkgen's as a whole, in the class sdkgen writes for
 * Stainless's of that name. It is made in Stainless's text too, so that the owners' other edits (their imports, other
 * members) are carried line by line as any other. It counts as carried, no step left for a person: the owners' set is
 * whole, and later generations merge against sdkgen's as for any edit; migrate's report lists it (replacedOverloadSets). A set sdkgen's class lacks, or of another
 * indentation, is left to the line-by-line carry.
 */
import type { CarriedMoves } from './moved-members';
import { definitionSpan, withoutUnreadImports } from './owners-methods';

export type WithOverloadSets = CarriedMoves & {
  /** The members (`Class.method`, Stainless's class name) whose owners' set took sdkgen's place. */
  overloadSets: string[];
};

const CLASS_LINE = /^class\s+([A-Za-z_]\w*)\s*(\([^)]*\))?\s*:/;
const DEF_LINE = /^(\s+)(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/;
const OVERLOAD = /^\s*@(?:[\w.]+\.)?overload\s*(?:#.*)?$/;

/** `moves` with each owners' overload set (as said above) in place of sdkgen's and of Stainless's. */
export function withOwnersOverloadSets(moves: CarriedMoves, edited: string): WithOverloadSets {
  const [baseLines, editedLines, targetLines] = [moves.base, edited, moves.target].map((text) => text.split('\n'));
  const baseClasses = classesOf(baseLines);
  const editedClasses = new Map(classesOf(editedLines).map((c) => [c.name, c]));
  const targetClasses = classesOf(targetLines);
  const baseEdits: Edit[] = [];
  const targetEdits: Edit[] = [];
  const overloadSets: string[] = [];
  for (const baseClass of baseClasses) {
    const editedClass = editedClasses.get(baseClass.name);
    const targetClass = counterpart(baseClass, targetClasses);
    if (editedClass === undefined || targetClass === undefined) continue;
    for (const [name, theirs] of editedClass.sets) {
      const stainless = baseClass.sets.get(name);
      const mine = targetClass.sets.get(name);
      if (stainless === undefined || mine === undefined || !theirs.overloaded) continue;
      const owners = editedLines.slice(theirs.start, theirs.end);
      if (owners.join('\n') === baseLines.slice(stainless.start, stainless.end).join('\n')) continue;
      // Definitions of one count are carried one for one, line by line.
      if (theirs.count === stainless.count && stainless.count === mine.count) continue;
      if (indentOf(targetLines[mine.start]) !== indentOf(owners[0])) continue;
      baseEdits.push({ start: stainless.start, end: stainless.end, lines: owners });
      targetEdits.push({ start: mine.start, end: mine.end, lines: owners });
      overloadSets.push(`${baseClass.name}.${name}`);
    }
  }
  if (overloadSets.length === 0) return { ...moves, overloadSets };
  return {
    base: applied(baseLines, baseEdits),
    // (What sdkgen's module imported for its own set alone, `required_args`, is read no more: pyright would say so.)
    target: withoutUnreadImports(moves.target, applied(targetLines, targetEdits)),
    moved: moves.moved + overloadSets.length,
    alreadyThere: moves.alreadyThere,
    overloadSets,
  };
}

interface DefinitionSet {
  /** First line of the first definition (its decorators') and the line after the last one. */
  start: number;
  end: number;
  count: number;
  overloaded: boolean;
}

interface ClassSets {
  name: string;
  bases: string;
  sets: Map<string, DefinitionSet>;
}

/**
 * The top-level classes and, of each, the definitions of each method name that follow one another (blank lines and
 * comments between them); a name defined apart from its other definitions is no set of one member, and is left out.
 */
function classesOf(lines: string[]): ClassSets[] {
  const out: ClassSets[] = [];
  let current: ClassSets | null = null;
  let indent = -1;
  const spans = new Map<string, Array<{ start: number; end: number; overload: boolean }>>();
  const apart = new Set<string>();
  let last: string | null = null;
  const close = () => {
    if (current === null) return;
    for (const [name, defs] of spans)
      if (!apart.has(name))
        current.sets.set(name, {
          start: defs[0].start,
          end: defs[defs.length - 1].end,
          count: defs.length,
          overloaded: defs.some((d) => d.overload),
        });
    out.push(current);
    spans.clear();
    apart.clear();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const klass = CLASS_LINE.exec(line);
    if (klass !== null) {
      close();
      current = { name: klass[1], bases: (klass[2] ?? '').replace(/\s+/g, ''), sets: new Map() };
      indent = -1;
      last = null;
      continue;
    }
    if (current === null || line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (indentOf(line) === 0) {
      close();
      current = null;
      continue;
    }
    if (indent < 0) indent = indentOf(line);
    if (indentOf(line) !== indent) continue;
    const def = DEF_LINE.exec(line);
    const span = def === null ? null : definitionSpan(lines, i);
    if (def === null || span === null) {
      // A statement or decorator of the body: the member before it is no longer the one a `def` would follow.
      if (!line.trimStart().startsWith('@')) last = null;
      continue;
    }
    const name = def[2];
    const overload = lines.slice(span.start, i).some((l) => OVERLOAD.test(l));
    if (spans.has(name) && last !== name) apart.add(name);
    spans.set(name, [...(spans.get(name) ?? []), { start: span.start, end: span.end, overload }]);
    last = name;
    i = span.end - 1;
  }
  close();
  return out;
}

/**
 * sdkgen's class for Stainless's: the one of its name, else the one class of the same bases whose name starts with it
 * (sdkgen names resource classes as Stainless's later SDKs do: `CompletionsResource` for `Completions`).
 */
function counterpart(stainless: ClassSets, classes: ClassSets[]): ClassSets | undefined {
  const named = classes.find((c) => c.name === stainless.name);
  if (named !== undefined) return named;
  const like = classes.filter((c) => c.bases === stainless.bases && c.name.startsWith(stainless.name));
  return like.length === 1 ? like[0] : undefined;
}

interface Edit {
  start: number;
  end: number;
  lines: string[];
}

/** The lines with each span replaced, bottom up so that the line numbers of those above stay right. */
function applied(lines: string[], edits: Edit[]): string {
  let out = lines;
  for (const { start, end, lines: replacement } of [...edits].sort((a, b) => b.start - a.start))
    out = [...out.slice(0, start), ...replacement, ...out.slice(end)];
  return out.join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

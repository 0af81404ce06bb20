/**
 * Whether an owners' pure insertion (lines of theirs, no line of Stainless's taken out), or the lines of a replacement
 * placed by the lines it takes out, may stand at a line of sdkgen's function: every name it reads is bound there, and
 * nothing after it binds what it reads. Placed by a neighbouring
 * line alone (same-function-lines.ts), an insertion lands where sdkgen's function orders its statements otherwise:
 * openai's `if workload_identity is not None: … is_httpx2_sync_client(self._client)` went above `super().__init__(`,
 * which sets `self._client`, and into `AsyncOpenAI.__init__`, whose signature has no `workload_identity`.
 *
 * Bound, for a name it reads: a builtin, a name its own lines bind, a parameter of sdkgen's function, a local that
 * function assigns above the insertion point, or a name of the module's top level (imports, defs, classes, module
 * assignments; a class body's `x: int` is not one). For `self.<attr>` it reads: an attribute its lines set, one the
 * function sets above the point (`self.x = …`, or any after a `super().__init__(…)` call above it, which sets the base
 * class's), or one the class gives a value or a method; in another method than `__init__` (the object built), one the
 * class declares (`x: int`) or any of its methods sets. Read from the text alone; where unsure, not bound.
 */
import { bindsIn, moduleBinds, parameterNames, PYTHON_KEYWORDS } from '../soundness/function-scopes';
import { PYTHON_BUILTINS } from './owners-method-merge';
import { definitionSpan } from './owners-methods';
import { readModule, type ModuleLines } from '../source/statements';
import type { Hunk } from '../../../write/merge';

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
const DEF = /^[ \t]*(?:async\s+)?def\s+(\w+)/;
const CLASS = /^[ \t]*class\s+\w+/;
/** A statement line setting `self.<attr>` (`self.x = …`, `self.x: T = …`, `self.x += …`): the attribute. */
const SETS_ATTRIBUTE = /^[ \t]*self\.(\w+)\s*(?::[^=\n]*)?[-+*/%&|^@]?=(?!=)/;
const SUPER_INIT = /\bsuper\s*\([^)]*\)\s*\.\s*__init__\s*\(/;

interface Reads {
  names: Set<string>;
  attributes: Set<string>;
}

/**
 * The names and `self.<attr>`s `added` reads that its own lines do not bind (call keywords, targets left out); lines
 * `inside` a statement's brackets (a call's arguments) bind nothing.
 */
function readsOf(added: string[], inside: boolean): Reads {
  const module = readModule(added.join('\n'));
  const names = new Set<string>();
  const attributes = new Set<string>();
  const statements = inside ? [] : statementLines(module, 0, module.lines.length);
  const ownNames = bindsIn(statements.map((i) => module.code[i]).join('\n'));
  const ownAttributes = new Set(statements.flatMap((i) => SETS_ATTRIBUTE.exec(module.code[i])?.[1] ?? []));
  module.words.forEach((line, i) => {
    // (A call's keywords, `workload_identity=` of `Auth(workload_identity=…)`, read nothing; an assignment's target
    // neither.)
    let words = line.replace(/([(,]\s*)[A-Za-z_]\w*\s*=(?!=)/g, '$1');
    words =
      inside || module.continues[i]
        ? words.replace(/^\s*[A-Za-z_]\w*\s*=(?!=)/, '')
        : words.replace(/^\s*(?:self\.)?[A-Za-z_]\w*\s*(?::[^=]*)?=(?!=)/, '');
    for (const m of words.matchAll(/(?<![\w.])self\s*\.\s*(\w+)/g)) attributes.add(m[1]);
    for (const m of words.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)) names.add(m[0]);
  });
  for (const name of names)
    if (ownNames.has(name) || PYTHON_BUILTINS.has(name) || PYTHON_KEYWORDS.has(name)) names.delete(name);
  for (const attribute of attributes) if (ownAttributes.has(attribute)) attributes.delete(attribute);
  return { names, attributes };
}

/** The lines of [from, to) that begin a statement (not a continuation, not blank). */
function statementLines(module: ModuleLines, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i++) if (!module.continues[i] && module.code[i].trim() !== '') found.push(i);
  return found;
}

/** The `def` line of the innermost function whose body would hold a line indented `indent` put before line `into`, or -1. */
export function enclosingDef(lines: string[], into: number, indent: number): number {
  for (let i = into - 1; i >= 0; i--) {
    if (lines[i].trim() === '' || indentOf(lines[i]) >= indent) continue;
    if (!DEF.test(lines[i])) {
      // (A line of a multi-line signature, `) -> None:`, or a block opener inside the function: look further up.)
      continue;
    }
    const span = definitionSpan(lines, i);
    // (Its body, or the blank lines after its last line: an insertion there ends the function.)
    return span !== null && lines.slice(span.end, into).every((line) => line.trim() === '') ? i : -1;
  }
  return -1;
}

/** The class whose body holds line `at` (the `class` line and one past its end), or null. */
function enclosingClass(module: ModuleLines, at: number): { head: number; end: number } | null {
  const { lines } = module;
  for (let i = at - 1; i >= 0; i--) {
    if (module.continues[i] || module.code[i].trim() === '' || indentOf(lines[i]) >= indentOf(lines[at])) continue;
    if (!CLASS.test(module.code[i])) return null;
    const span = definitionSpan(lines, i);
    return span === null ? null : { head: i, end: span.end };
  }
  return null;
}

/** The attributes a class gives a value (`x = …`, `x: T = …`), a method or property, and (`declared`) those only annotated. */
function classAttributes(
  module: ModuleLines,
  head: number,
  end: number,
): { valued: Set<string>; declared: Set<string> } {
  const valued = new Set<string>();
  const declared = new Set<string>();
  const body = statementLines(module, head + 1, end);
  const indent = body.length > 0 ? indentOf(module.lines[body[0]]) : 0;
  for (const i of body) {
    if (indentOf(module.lines[i]) !== indent) continue;
    const code = module.code[i];
    const def = DEF.exec(code)?.[1];
    const assigned = /^[ \t]*(\w+)\s*(?::[^=\n]*)?=(?!=)/.exec(code)?.[1];
    const annotated = /^[ \t]*(\w+)\s*:(?!=)/.exec(code)?.[1];
    if (def !== undefined) valued.add(def);
    else if (assigned !== undefined) valued.add(assigned);
    else if (annotated !== undefined) declared.add(annotated);
  }
  return { valued, declared };
}

interface BoundOptions {
  /** Names counted as bound (a parameter the owners added, which added-parameters.ts carries next). */
  deferred?: Set<string>;
  /** Only these names are judged, when given (those the owners' text binds where they put the lines). */
  judged?: Set<string> | null;
  /** The lines `added` replaces at `into` (already taken out of `ours`): what they read is read there already. */
  replaced?: string[];
}

/**
 * Whether `added` (as it would stand, indented) may be inserted before line `into` of `ours`, in the function that
 * would hold it: see the file's comment. `inside`: the owners put the lines inside a statement's brackets (a call's
 * argument); they go so in sdkgen's, and between statements otherwise.
 */
export function readsBoundAt(
  ours: string[],
  into: number,
  added: string[],
  inside: boolean,
  { deferred = new Set(), judged = null, replaced = [] }: BoundOptions = {},
): boolean {
  const module = readModule(ours.join('\n'));
  if ((into < ours.length && module.continues[into]) !== inside) return false;
  const first = added.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (first === undefined) return true;
  const head = enclosingDef(ours, into, indentOf(first));
  const span = head < 0 ? null : definitionSpan(ours, head);
  if (span === null) return false;
  const { names: read, attributes: readAttributes } = readsOf(added, inside);
  // (What the replaced lines read there, sdkgen's own code read at that point: not judged again.)
  const before = readsOf(replaced, inside);
  const attributes = new Set([...readAttributes].filter((a) => !before.attributes.has(a)));
  // (Only the names the owners' text binds where they put the lines, when given: another is unbound wherever it goes.)
  const names = new Set([...read].filter((name) => !before.names.has(name) && (judged === null || judged.has(name))));
  const above = statementLines(module, span.signatureEnd + 1, into);
  const below = statementLines(module, into, span.end);
  const bindsOf = (at: number[]) => bindsIn(at.map((i) => module.code[i]).join('\n'));
  const setsOf = (at: number[]) => new Set(at.flatMap((i) => SETS_ATTRIBUTE.exec(module.code[i])?.[1] ?? []));
  const signature = module.code.slice(head, span.signatureEnd + 1).join('\n');
  const known = new Set([...parameterNames(signature), ...bindsOf(above), ...moduleBinds(module), ...deferred]);
  if ([...names].some((name) => !known.has(name))) return false;
  // Never above a statement binding what it reads (its value would be the one before).
  const later = bindsOf(below);
  if ([...names].some((name) => later.has(name))) return false;
  if (attributes.size === 0) return true;
  const setLater = setsOf(below);
  if ([...attributes].some((a) => setLater.has(a)) || below.some((i) => SUPER_INIT.test(module.code[i]))) return false;
  const owner = enclosingClass(module, head);
  const { valued, declared } = owner ? classAttributes(module, owner.head, owner.end) : { valued: new Set<string>() };
  const constructing = DEF.exec(ours[head])?.[1] === '__init__';
  const setAbove = setsOf(above);
  const initialised = above.some((i) => SUPER_INIT.test(module.code[i]));
  const setInClass = owner && !constructing ? setsOf(statementLines(module, owner.head, owner.end)) : new Set();
  return [...attributes].every(
    (a) =>
      valued.has(a) ||
      setAbove.has(a) ||
      initialised ||
      (!constructing && ((declared?.has(a) ?? false) || setInClass.has(a))),
  );
}

/**
 * readsBoundAt for reapply/hunks.ts (`insertionBound`): the owners' lines of `hunk` (in `edited`; `base` is
 * Stainless's; lines as they end in newlines) before line `into` of `target`, where they stand in a function of the
 * owners'; an insertion outside any function (a module's or a class body's line) is not judged here, nor a name the
 * owners' module binds at its top level (their import is carried apart, its placement in the function changes
 * nothing). A parameter the
 * owners added to that function's signature counts as bound: added-parameters.ts carries it next, and where it does
 * not, function-units.ts puts the half-carried function back as sdkgen's.
 */
export function insertionBoundInText(
  target: string[],
  into: number,
  base: string[],
  edited: string[],
  hunk: Hunk,
): boolean {
  const strip = (lines: string[]) => lines.map((line) => line.replace(/\r?\n$/, ''));
  const owners = strip(edited);
  const added = owners.slice(hunk.start, hunk.end);
  const first = added.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (first < 0) return true;
  const indent = indentOf(added[first]);
  const head = enclosingDef(owners, hunk.start + first, indent);
  if (head < 0) return true;
  const inside = readModule(owners.join('\n')).continues[hunk.start + first];
  const stainless = strip(base);
  const theirs = enclosingDef(stainless, hunk.baseStart, indent);
  const given = new Set(theirs < 0 ? [] : signatureParameters(stainless, theirs));
  const ownersParameters = signatureParameters(owners, head);
  const ownersAdded = ownersParameters.filter((name) => !given.has(name));
  const ownersModule = readModule(owners.join('\n'));
  const span = definitionSpan(owners, head);
  const above = span === null ? [] : statementLines(ownersModule, span.signatureEnd + 1, hunk.start);
  // (A name of the module's top level is bound wherever in the function the lines go: its import is carried apart.)
  const ownersBound = new Set([...ownersParameters, ...bindsIn(above.map((i) => ownersModule.code[i]).join('\n'))]);
  return readsBoundAt(strip(target), into, added, inside, { deferred: new Set(ownersAdded), judged: ownersBound });
}

/** The parameter names of the signature of the `def` at line `head`. */
function signatureParameters(lines: string[], head: number): string[] {
  const span = definitionSpan(lines, head);
  if (span === null) return [];
  return [...parameterNames(readModule(lines.slice(head, span.signatureEnd + 1).join('\n')).code.join('\n'))];
}

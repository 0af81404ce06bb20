/**
 * An owners' edit that only widens parameters' annotations of a function of Stainless's (stagehand's `strip_not_given`
 * overload in `_utils/_utils.py`: `obj: Mapping[_K, _V | NotGiven]` → `Mapping[_K, _V | NotGiven | Omit]`, so that
 * callers may hand it `omit` values too), where sdkgen's function of the same name in the same class takes that
 * parameter as `object`, `Any`, or a union holding the widened type: every call the edit lets through, sdkgen's
 * function takes already, so the edit's effect is in sdkgen's code and it is done, not left for a person.
 *
 * Sound only for a widening: every value the old type held, the new one holds (a union's members kept, members added;
 * in a container's covariant slot alone, `Mapping`'s values, `Sequence`'s items: `list[int]` → `list[int | str]` is no
 * widening, and a `Callable`'s parameters widened narrow what it accepts). A narrowing wants calls refused, which
 * sdkgen's wider parameter does not do; a hunk changing anything else as well (the return type, a default, a line
 * added) is the owners' whole. Read line by line (each changed line a `def` on one line or a parameter on its own),
 * else as the whole signature the hunk lies in (an annotation laid out over lines: `obj: Union[` … `],`, a member line
 * added or changed), compared parameter by parameter before and after the hunk.
 *
 * Hook: same-functions.ts' `withSameFunctionsDone` (plan.ts), before the module's edits are carried.
 */
import { diff, lines } from '../../../write/merge';
import { scopeOf } from './comment-only';

/** One member of a union: a name and its subscript's arguments (`Mapping[_K, _V]`), null without one. */
interface Term {
  name: string;
  args: Annotation[] | null;
}
/** A type read as a union of terms (`X` alone is a union of one). */
type Annotation = Term[];

/** typing's aliases of the builtins, read as the builtins (sdkgen writes `Dict`, Stainless `dict`). */
const BUILTIN_ALIAS: Record<string, string> = {
  Dict: 'dict',
  List: 'list',
  Type: 'type',
  Tuple: 'tuple',
  Set: 'set',
  FrozenSet: 'frozenset',
};

/** The slots of a generic that hold its values covariantly (a wider type there holds every value the narrower did). */
const COVARIANT_SLOTS: Record<string, number[] | 'all'> = {
  Mapping: [1],
  Sequence: [0],
  Iterable: [0],
  Iterator: [0],
  AsyncIterable: [0],
  AsyncIterator: [0],
  Collection: [0],
  AbstractSet: [0],
  frozenset: [0],
  Awaitable: [0],
  type: [0],
  tuple: 'all',
  Annotated: [0],
};

/** A type expression read into its union; null where it does not read (unbalanced, empty). */
function readAnnotation(text: string): Annotation | null {
  const members = splitTop(text.trim(), '|');
  if (members === null) return null;
  const terms: Term[] = [];
  for (const member of members) {
    const open = member.indexOf('[');
    const name = (open < 0 ? member : member.slice(0, open)).trim().replace(/^(?:typing|typing_extensions|t)\./, '');
    if (!/^[\w.]+$|^(["']).*\1$/.test(name)) return null;
    if (open < 0) {
      terms.push({ name: BUILTIN_ALIAS[name] ?? name, args: null });
      continue;
    }
    if (!member.trimEnd().endsWith(']')) return null;
    // (A subscript laid out over lines ends its last argument with a comma.)
    const inner = splitTop(member.slice(open + 1, member.trimEnd().length - 1).replace(/,\s*$/, ''), ',');
    const args = inner?.map((arg) => readAnnotation(arg));
    if (args === undefined || args.some((arg) => arg === null)) return null;
    const read = args as Annotation[];
    // `Union[A, B]` and `Optional[A]` are unions; `Literal[a, b]` a union of literals.
    if (name === 'Union') terms.push(...read.flat());
    else if (name === 'Optional' && read.length === 1) terms.push(...read[0]!, { name: 'None', args: null });
    else if (name === 'Literal')
      terms.push(...read.flat().map((term) => ({ name: `Literal[${term.name}]`, args: null })));
    else terms.push({ name: BUILTIN_ALIAS[name] ?? name, args: read });
  }
  return terms;
}

/** `text` split at `separator` outside brackets, each part trimmed; null where brackets do not balance or a part is empty. */
function splitTop(text: string, separator: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c !== undefined && '([{'.includes(c)) depth++;
    else if (c !== undefined && ')]}'.includes(c)) depth--;
    if (depth < 0) return null;
    if (c === undefined || (c === separator && depth === 0)) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return depth === 0 && parts.every((part) => part !== '') ? parts : null;
}

const shown = (annotation: Annotation): string =>
  annotation
    .map((term) => (term.args === null ? term.name : `${term.name}[${term.args.map(shown).join(',')}]`))
    .sort()
    .join('|');

/** Whether every value of `before` is a value of `after`, read member by member (covariant slots only). */
function holds(after: Annotation, before: Annotation): boolean {
  return before.every((term) => after.some((wider) => termHolds(wider, term)));
}

function termHolds(wider: Term, term: Term): boolean {
  if (wider.name !== term.name || (wider.args === null) !== (term.args === null)) return false;
  if (wider.args === null || term.args === null) return true;
  if (wider.args.length !== term.args.length) return false;
  const covariant = COVARIANT_SLOTS[term.name];
  return term.args.every((arg, i) =>
    covariant === 'all' || covariant?.includes(i) ? holds(wider.args![i]!, arg) : shown(wider.args![i]!) === shown(arg),
  );
}

/** Whether sdkgen's annotation takes every value of `widened`: `object`/`Any` in its union, or the widened type's members. */
function takes(ours: Annotation, widened: Annotation): boolean {
  return (
    ours.some((term) => term.args === null && /^(?:object|Any|builtins\.object)$/.test(term.name)) ||
    holds(ours, widened)
  );
}

interface Parameter {
  name: string;
  type: string | null;
  /** The rest of its declaration (its default), whitespace out. */
  rest: string;
}

/** A signature's parameters (the text between its outer parentheses). */
function parametersOf(inner: string): Parameter[] | null {
  if (inner.trim() === '') return [];
  const parts = splitTop(inner.replace(/,\s*$/, ''), ',');
  return parts?.map(parameterOf).every((p) => p !== null) ? (parts.map(parameterOf) as Parameter[]) : null;
}

/** `name: type = default` (or `name`, `*`, `/`). */
function parameterOf(text: string): Parameter | null {
  const head = /^(\*{0,2}\w+|\*|\/)\s*(.*)$/s.exec(text.trim());
  if (head === null) return null;
  const rest = head[2]!;
  if (!rest.startsWith(':')) return { name: head[1]!, type: null, rest: rest.replace(/\s+/g, '') };
  const split = splitTop(`${rest.slice(1)}`, '=');
  if (split === null || split.length > 2) return null;
  return { name: head[1]!, type: split[0]!, rest: split.length === 2 ? `=${split[1]!.replace(/\s+/g, '')}` : '' };
}

/** A `def` opening on a line: its indent, `async`, name, and where its parameters begin. */
const DEF = /^(\s*(?:async\s+)?def\s+(\w+)\s*)\(/;
/** A parameter on a line of its own (`    name: type = default,`). */
const PARAMETER_LINE = /^(\s+)(\*{0,2}\w+\s*:.*?),?\s*$/;

/** Where the bracket opened at `open` closes in `text`; -1 where it does not. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    depth += '([{'.includes(text[i]!) ? 1 : ')]}'.includes(text[i]!) ? -1 : 0;
    if (depth === 0) return i;
  }
  return -1;
}

/** Whether line `at` of `text` stands inside the parentheses of a signature opened on a line above it. */
function inSignature(text: string[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (!DEF.test(text[i]!)) continue;
    const opened = text.slice(i, at).join('\n');
    return closing(opened, opened.indexOf('(')) < 0;
  }
  return false;
}

/** The parameters a line declares, the function they are of, and the rest of the line; null for any other line. */
function declaredOn(
  line: string,
  scope: string,
  inParameters: boolean,
): { fn: string; params: Parameter[]; rest: string } | null {
  const text = line.replace(/\n$/, '');
  const def = DEF.exec(text);
  if (def !== null) {
    const open = def[0].length - 1;
    const close = closing(text, open);
    const params = close < 0 ? null : parametersOf(text.slice(open + 1, close));
    if (params === null) return null;
    const rest = `${def[1]}()${text.slice(close + 1)}`.replace(/\s+/g, '');
    return { fn: scope === '' ? def[2]! : `${scope}.${def[2]!}`, params, rest };
  }
  const param = PARAMETER_LINE.exec(text);
  if (param === null || !inParameters || scope === '') return null;
  const read = parameterOf(param[2]!);
  return read === null ? null : { fn: scope, params: [read], rest: '' };
}

/** The names of parameters a changed line widens (else identical), or null where it changes anything else. */
function widenedOn(
  before: string,
  after: string,
  scope: string,
  inParameters: boolean,
): { fn: string; widened: Map<string, Annotation> } | null {
  const [old, now] = [declaredOn(before, scope, inParameters), declaredOn(after, scope, inParameters)];
  if (old === null || now === null || old.fn !== now.fn || old.rest !== now.rest) return null;
  if (old.params.length !== now.params.length) return null;
  const widened = new Map<string, Annotation>();
  for (let i = 0; i < old.params.length; i++) {
    const [was, is] = [old.params[i]!, now.params[i]!];
    if (was.name !== is.name || was.rest !== is.rest || (was.type === null) !== (is.type === null)) return null;
    if (was.type === null || is.type === null || was.type.replace(/\s+/g, '') === is.type.replace(/\s+/g, '')) continue;
    const [narrow, wide] = [readAnnotation(was.type), readAnnotation(is.type)];
    if (narrow === null || wide === null || !holds(wide, narrow) || holds(narrow, wide)) return null;
    widened.set(is.name, wide);
  }
  return widened.size > 0 ? { fn: now.fn, widened } : null;
}

/**
 * The signature (its lines `[start, end]`) a hunk of `text` removing lines `[from, to)` (an insertion before `from`
 * where they are equal) lies in whole, from its `def` line to the line its parentheses close on; null where it lies
 * in none.
 */
function signatureAround(text: string[], from: number, to: number): { start: number; end: number } | null {
  const first = to > from ? from : from - 1;
  for (let i = first; i >= 0 && i > first - 200; i--) {
    if (!DEF.test(text[i]!)) continue;
    let depth = 0;
    for (let end = i; end < text.length; end++) {
      for (const c of withoutComment(text[end]!)) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
      if (depth > 0) continue;
      return end >= Math.max(first, to - 1) && (to > from || end >= from) ? { start: i, end } : null;
    }
    return null;
  }
  return null;
}

const withoutComment = (line: string) => line.replace(/\s*#[^'"\n]*$/, '');

/** The parameters a hunk widens read over the whole signature it lies in (before and after it), or null. */
function widenedInSignature(
  theirs: string[],
  hunk: { baseStart: number; baseEnd: number },
  added: string[],
): { fn: string; widened: Map<string, Annotation> } | null {
  const span = signatureAround(theirs, hunk.baseStart, hunk.baseEnd);
  if (span === null) return null;
  const before = theirs.slice(span.start, span.end + 1);
  const after = [
    ...theirs.slice(span.start, hunk.baseStart),
    ...added.map((line) => line.replace(/\n$/, '')),
    ...theirs.slice(hunk.baseEnd, span.end + 1),
  ];
  const joined = (signature: string[]) => signature.map(withoutComment).join('\n');
  return widenedOn(joined(before), joined(after), scopeOf(theirs, span.start), false);
}

/**
 * sdkgen's annotations of each parameter of each function by scope (`Client.send`): of its `@overload`s where it has
 * some (what callers are checked against), else of its one definition.
 */
function sdkgensParameters(ours: string): Map<string, Array<Map<string, Annotation | null>>> {
  const text = ours.split('\n');
  const found = new Map<
    string,
    { overloads: Array<Map<string, Annotation | null>>; defs: Array<Map<string, Annotation | null>> }
  >();
  for (let at = 0; at < text.length; at++) {
    const def = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(text[at]!);
    if (def === null) continue;
    // The signature runs to where its parentheses close.
    let signature = '';
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      signature += `${text[i]}\n`;
      for (const c of text[i]!) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
      if (depth === 0) break;
    }
    const open = signature.indexOf('(');
    let close = open;
    for (let d = 0; close < signature.length; close++) {
      d += '([{'.includes(signature[close]!) ? 1 : ')]}'.includes(signature[close]!) ? -1 : 0;
      if (d === 0) break;
    }
    const params = parametersOf(signature.slice(open + 1, close).replace(/#[^\n]*/g, ''));
    if (params === null) continue;
    const scope = scopeOf(text, at);
    const key = scope === '' ? def[1]! : `${scope}.${def[1]!}`;
    const annotations = new Map(params.map((p) => [p.name, p.type === null ? null : readAnnotation(p.type)]));
    const entry = found.get(key) ?? { overloads: [], defs: [] };
    let above = at - 1;
    while (above >= 0 && /^\s*@/.test(text[above]!) && !/^\s*@(?:typing\.)?overload\b/.test(text[above]!)) above--;
    (above >= 0 && /^\s*@(?:typing\.)?overload\b/.test(text[above]!) ? entry.overloads : entry.defs).push(annotations);
    found.set(key, entry);
  }
  return new Map([...found].map(([key, { overloads, defs }]) => [key, overloads.length > 0 ? overloads : defs]));
}

/**
 * `edited` with Stainless's lines back for each hunk that only widens parameters' annotations sdkgen's function of
 * the same name (`ours`) takes already, and how many hunks that was; null where there is none.
 */
export function withWidenedAnnotationsDone(
  pristine: string,
  edited: string,
  ours: string,
): { text: string; alreadyThere: number } | null {
  if (pristine === edited || !/\bdef\s/.test(ours)) return null;
  const [a, b] = [lines(pristine), lines(edited)];
  const hunks = diff(a, b);
  if (hunks === null) return null;
  const theirs = pristine.split('\n');
  let sdkgens: ReturnType<typeof sdkgensParameters> | null = null;
  const out: string[] = [];
  let at = 0;
  let done = 0;
  for (const hunk of hunks) {
    const [removed, added] = [a.slice(hunk.baseStart, hunk.baseEnd), b.slice(hunk.start, hunk.end)];
    const sdkgenTakes = (widened: { fn: string; widened: Map<string, Annotation> } | null) => {
      if (widened === null) return false;
      sdkgens ??= sdkgensParameters(ours);
      const defs = sdkgens.get(widened.fn) ?? [];
      return [...widened.widened].every(([name, wide]) =>
        defs.some((params) => {
          const annotation = params.get(name);
          return annotation !== undefined && annotation !== null && takes(annotation, wide);
        }),
      );
    };
    const lineByLine =
      removed.length > 0 &&
      removed.length === added.length &&
      removed.every((line, i) => {
        const where = hunk.baseStart + i;
        return sdkgenTakes(widenedOn(line, added[i]!, scopeOf(theirs, where), inSignature(theirs, where)));
      });
    if (!lineByLine && !sdkgenTakes(widenedInSignature(theirs, hunk, added))) continue;
    out.push(...b.slice(at, hunk.start), ...removed);
    at = hunk.end;
    done++;
  }
  if (done === 0) return null;
  out.push(...b.slice(at));
  return { text: out.join(''), alreadyThere: done };
}

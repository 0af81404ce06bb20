/**
 * What the owners added by hand to a module of Stainless's that sdkgen's module declares already: the spec caught up.
 * anchorbrowser-python's owners added `async_: bool | Omit = omit,` to `tools.perform_web_task`, a `tags` field to
 * `Session` and a class `BrowserForcePopupsAsTabs` to `session_create_params.py`, all of which a later spec gives
 * sdkgen's module. Carried, the signature names the parameter twice (which Python refuses, so the whole module was left
 * for a person) and the class and fields come twice, spliced into sdkgen's. Their lines about such a name are its
 * result already and are not carried:
 * - a parameter line of a def whose namesake (same class, same name) in sdkgen's module has that parameter, with its
 *   `name:` paragraph of the def's docstring and a request-dict entry whose value is that parameter alone (sdkgen's
 *   dict sends it under the spec's name);
 * - a field line (`name: Type`) of a class whose namesake in sdkgen's module has that field, with its docstring;
 * - a whole class sdkgen's module declares by that name (at the same nesting) with each of its fields.
 * Only names a def or class of Stainless's did not have (an added name, not a changed one; not in a def they wrote). Their other added lines (a
 * parameter sdkgen's method lacks: `directly_open_url`) stay theirs, to carry.
 *
 * Hook: same-functions.ts (`withSameFunctionsDone`), before the module's edits are re-applied.
 */
import { diff, lines } from '../../../write/merge';
import { readModule, statementsAt, type Statement } from '../source/statements';
import { oneSpelling } from './annotation-spelling';

const DEF = /^(\s*)(?:async\s+)?def\s+(\w+)\s*\(/;
const CLASS = /^(\s*)class\s+(\w+)\b/;
/** One parameter on its line: `name: type = default,`. */
const PARAMETER_LINE = /^\s+(\w+)\s*:[^=]+?(?:=.+)?,\s*(?:#.*)?$/;
/** A class body's field: `name: Type` or `name: Type = default` (with its line's end, as `lines` gives it). */
const FIELD_LINE = /^\s+(\w+)\s*:\s*[^=\s][^=]*?(?:=.+)?\n?$/;
/** A docstring's `name: words` paragraph opening. */
const DOC_PARAGRAPH = /^\s+(\w+):\s+\S/;
/** A request-dict entry sending one parameter as it is: `"key": name,`. */
const DICT_ENTRY = /^\s+(["'])[^"']+\1\s*:\s*(\w+),\s*$/;

interface Scope {
  kind: 'def' | 'class';
  /** Enclosing classes and its own name, dotted. */
  key: string;
  /** Its opening line's index. */
  at: number;
  /** The index of the line closing a def's signature (a class: its opening line). */
  headEnd: number;
  /** The index after its last line. */
  end: number;
  indent: number;
  /** The indentation of its body's first line (a class's fields are at it). */
  bodyIndent: number;
  /** A def's parameter names, a class's field names; each with how it is declared (annotation, default). */
  names: Map<string, Set<string>>;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Each def and class of a module's lines, nested ones keyed under their classes. */
function scopesOf(text: string[]): Scope[] {
  const out: Scope[] = [];
  const classes: Scope[] = [];
  for (let at = 0; at < text.length; at++) {
    const line = text[at]!;
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    const opening = DEF.exec(line) ?? CLASS.exec(line);
    if (!opening) continue;
    while (classes.length > 0 && classes[classes.length - 1]!.indent >= indent) classes.pop();
    const kind = DEF.test(line) ? 'def' : 'class';
    const owner = classes[classes.length - 1];
    let headEnd = at;
    let head = '';
    if (kind === 'def') {
      let depth = 0;
      for (let i = at; i < text.length; i++) {
        const code = text[i]!.replace(/#.*$/, '');
        head += code;
        for (const char of code) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
        if (depth === 0) {
          headEnd = i;
          break;
        }
      }
    }
    let end = headEnd + 1;
    while (end < text.length && (text[end]!.trim() === '' || indentOf(text[end]!) > indent)) end++;
    const firstBody = text.slice(headEnd + 1, end).find((l) => l.trim() !== '');
    const scope: Scope = {
      kind,
      key: owner ? `${owner.key}.${opening[2]}` : opening[2]!,
      at,
      headEnd,
      end,
      indent,
      bodyIndent: firstBody === undefined ? indent + 4 : indentOf(firstBody),
      names: kind === 'def' ? parameterNames(head) : fieldNames(text.slice(headEnd + 1, end)),
    };
    out.push(scope);
    if (kind === 'class') classes.push(scope);
  }
  return out;
}

/** The parameter names of a signature's text, in order (annotations and defaults aside; `*args`, `*`, `/` as written). */
export function signatureParameters(signature: string): string[] {
  return signatureParts(signature).map((part) => part.name);
}

/**
 * Each parameter of a signature's text, in order: its name (`*args`, `*`, `/` as written) and what follows it, its
 * annotation and default as `declared` reads them.
 */
export function signatureParts(signature: string): Array<{ name: string; rest: string }> {
  const inner = signature.slice(signature.indexOf('(') + 1, signature.lastIndexOf(')'));
  const parts: Array<{ name: string; rest: string }> = [];
  let depth = 0;
  let current = '';
  for (const char of `${inner},`) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      const name = /^\s*(\*{0,2}\w+|\*|\/)/.exec(current);
      if (name !== null) parts.push({ name: name[1]!, rest: declared(current.slice(name[0].length)) });
      current = '';
    } else current += char;
  }
  return parts;
}

/**
 * An annotation and default (`: bool | NotGiven = NOT_GIVEN`) as compared between generators: types in one spelling,
 * Stainless's older `NotGiven`/`NOT_GIVEN` as its newer `Omit`/`omit` (both mean "not sent"), whitespace and the
 * trailing comma and comment out. Two declarations that read alike so run alike.
 */
function declared(text: string): string {
  return (
    oneSpelling(text.replace(/\s+#.*$/, '').trim())
      .replace(/\bNotGiven\b/g, 'Omit')
      .replace(/\bNOT_GIVEN\b/g, 'omit')
      .replace(/\s+/g, '')
      .replace(/,$/, '')
      // (A call's trailing comma, as a formatter leaves it over lines, says nothing.)
      .replace(/,([)\]}])/g, '$1')
  );
}

/** The named parameters of a signature's text (not `*args`, `**kwargs`, nor the markers `*` and `/`), as declared. */
function parameterNames(signature: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { name, rest } of signatureParts(signature)) if (/^\w+$/.test(name)) out.set(name, new Set([rest]));
  return out;
}

/**
 * The field names a class body declares at its own indentation, each with its whole declaration (type, default, a
 * `FieldInfo(alias=…)` over lines as on one).
 */
function fieldNames(body: string[]): Map<string, Set<string>> {
  const first = body.find((line) => line.trim() !== '');
  const names = new Map<string, Set<string>>();
  if (first === undefined) return names;
  const indent = indentOf(first);
  body.forEach((line, at) => {
    if (line.trim() === '' || indentOf(line) !== indent) return;
    const field = FIELD_LINE.exec(line);
    if (field === null) return;
    const whole = body.slice(at, fieldEnd(body, at)).map((part) => part.trim());
    names.set(field[1]!, new Set([declared(whole.join(' ').slice(field[1]!.length))]));
  });
  return names;
}

/** The index after a field's last line: its brackets closed (`= FieldInfo(` goes on to its `)`). */
function fieldEnd(text: string[], at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text[i]!.replace(/(["'])(?:(?!\1)[^\\]|\\.)*\1/g, '""').replace(/#.*$/, '');
    for (const char of code) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
    if (depth <= 0) return i + 1;
  }
  return text.length;
}

/**
 * Whether sdkgen's scope declares `name` as the owners' scope does (the same annotation and default, as `declared`
 * reads them): the spec caught up with their line. Declared otherwise (another type, another default), sdkgen's is
 * not their edit's result, and their line stays theirs, to carry or for a person.
 */
function declaresAlike(theirs: Scope, sdkgens: Scope | undefined, name: string): boolean {
  const [mine, ours] = [theirs.names.get(name), sdkgens?.names.get(name)];
  return mine !== undefined && ours !== undefined && [...mine].some((form) => ours.has(form));
}

/**
 * `edited` without the owners' added lines about names sdkgen's module declares already, and how many of their edits
 * that took out whole; null where there is none.
 */
export function withDeclaredAlready(
  pristine: string,
  edited: string,
  ours: string,
): { text: string; alreadyThere: number } | null {
  if (pristine === edited || !/^\s*(?:async\s+def|def|class)\s/m.test(edited)) return null;
  const [a, b] = [lines(pristine), lines(edited)];
  const hunks = diff(a, b);
  if (hunks === null) return null;
  const byKey = (text: string[]) => {
    const out = new Map<string, Scope>();
    for (const scope of scopesOf(text)) {
      const known = out.get(scope.key);
      // (A name bound twice, as `@overload`s are: their names together.)
      if (known)
        for (const [name, forms] of scope.names)
          known.names.set(name, new Set([...(known.names.get(name) ?? []), ...forms]));
      else out.set(scope.key, { ...scope, names: new Map(scope.names) });
    }
    return out;
  };
  const [sdkgens, stainless] = [byKey(lines(ours)), byKey(a)];
  const scopes = scopesOf(b);
  // An owners' `@overload` set of another count than Stainless's or sdkgen's takes the place of sdkgen's whole
  // (overload-sets.ts): its parameters are not said twice, and one taken out of an overload leaves it without (a bare
  // `*`, which Python refuses) and its implementation without the parameter its body reads.
  const counts = (text: string[]) => {
    const out = new Map<string, number>();
    for (const scope of scopesOf(text)) if (scope.kind === 'def') out.set(scope.key, (out.get(scope.key) ?? 0) + 1);
    return out;
  };
  const [theirCounts, stainlessCounts, sdkgenCounts] = [counts(b), counts(a), counts(lines(ours))];
  const wholeSet = (key: string) => {
    const theirs = theirCounts.get(key) ?? 0;
    return theirs > 1 && (theirs !== stainlessCounts.get(key) || theirs !== sdkgenCounts.get(key));
  };
  const added = new Set(hunks.flatMap((hunk) => range(hunk.start, hunk.end)));
  const dropped = new Set<number>();
  const scopeAt = (i: number) => scopes.filter((scope) => scope.at < i && i < scope.end).pop();
  // Names each scope gains by the owners' hand that sdkgen's namesake declares.
  const done = new Map<Scope, Set<string>>();
  for (const i of added) {
    const own = scopes.find((scope) => scope.at === i);
    // A whole class of theirs sdkgen's module declares: its lines go (with the blank lines they added in it).
    // (A class of data alone: one with methods is weighed member by member, repeated-members.ts.)
    const methods = own !== undefined && scopes.some((s) => s.kind === 'def' && s.at > own.at && s.at < own.end);
    const theirs = own?.kind === 'class' && !methods ? sdkgens.get(own.key) : undefined;
    // (Only where sdkgen's class has each field of theirs: a field the spec lacks keeps the class theirs.)
    if (
      own &&
      theirs &&
      !stainless.has(own.key) &&
      [...own.names.keys()].every((name) => declaresAlike(own, theirs, name))
    ) {
      // (Its added lines: a line the diff matched to one of Stainless's stays, as Stainless's.)
      for (let j = i; j < own.end; j++) if (added.has(j)) dropped.add(j);
      continue;
    }
    const scope = scopeAt(i);
    if (scope === undefined || (scope.kind === 'def' && wholeSet(scope.key))) continue;
    const name = (
      scope.kind === 'def'
        ? i <= scope.headEnd
          ? PARAMETER_LINE.exec(b[i]!)
          : null
        : indentOf(b[i]!) === scope.bodyIndent
          ? FIELD_LINE.exec(b[i]!)
          : null
    )?.[1];
    if (name === undefined) continue;
    // (A def or class of Stainless's they added to, not one they wrote whole: repeated-members.ts weighs those.)
    const before = stainless.get(scope.key);
    if (before === undefined || before.names.has(name) || !declaresAlike(scope, sdkgens.get(scope.key), name)) continue;
    done.set(scope, (done.get(scope) ?? new Set<string>()).add(name));
  }
  for (const i of added) {
    if (dropped.has(i)) continue;
    const scope = scopeAt(i);
    const names = scope === undefined ? undefined : done.get(scope);
    if (scope === undefined || names === undefined) continue;
    const line = b[i]!;
    if (scope.kind === 'class') {
      if (names.has(FIELD_LINE.exec(line)?.[1] ?? '') && indentOf(line) === scope.bodyIndent) {
        // (Its lines go together, a `FieldInfo(` over lines to its `)`: each one theirs, added.)
        const end = fieldEnd(b, i);
        if (!range(i, end).every((j) => added.has(j))) continue;
        for (const j of range(i, end)) dropped.add(j);
        dropDocstringAfter(b, end - 1, added, dropped);
      }
    } else if (i <= scope.headEnd) {
      if (names.has(PARAMETER_LINE.exec(line)?.[1] ?? '')) dropped.add(i);
    } else if (names.has(DICT_ENTRY.exec(line)?.[2] ?? '')) dropped.add(i);
    else if (names.has(DOC_PARAGRAPH.exec(line)?.[1] ?? '')) {
      // (The paragraph: its lines indented deeper, then the blank line they added after it.)
      let j = i;
      dropped.add(j++);
      while (added.has(j) && b[j]!.trim() !== '' && indentOf(b[j]!) > indentOf(line)) dropped.add(j++);
      if (added.has(j) && b[j]!.trim() === '') dropped.add(j);
    }
  }
  // A whole module-level assignment of theirs (a type alias) that sdkgen's module makes as they wrote it: its lines go.
  for (const [start, end] of assignmentsAlreadyMade(pristine, edited, ours))
    if (range(start, end).every((i) => added.has(i))) for (const i of range(start, end)) dropped.add(i);
  if (dropped.size === 0) return null;
  // An insertion left with blank lines alone is done whole: its blank lines were layout around what went.
  const insertions = hunks.filter((hunk) => hunk.baseStart === hunk.baseEnd && hunk.start < hunk.end);
  let alreadyThere = 0;
  for (const hunk of insertions) {
    const span = range(hunk.start, hunk.end);
    if (!span.some((i) => dropped.has(i)) || !span.every((i) => dropped.has(i) || b[i]!.trim() === '')) continue;
    for (const i of span) dropped.add(i);
    alreadyThere++;
  }
  return { text: b.filter((_, i) => !dropped.has(i)).join(''), alreadyThere };
}

/** A field's docstring the owners added after it (one line or several), then a blank line they added. */
function dropDocstringAfter(b: string[], field: number, added: Set<number>, dropped: Set<number>): void {
  let j = field + 1;
  const opening = /^\s*[rRuU]?("""|''')/.exec(b[j] ?? '');
  if (!added.has(j) || opening === null) return;
  const quote = opening[1]!;
  const rest = b[j]!.trim().slice(b[j]!.trim().indexOf(quote) + 3);
  let k = j;
  if (!rest.includes(quote)) {
    k++;
    while (k < b.length && added.has(k) && !b[k]!.includes(quote)) k++;
    if (!added.has(k)) return;
  }
  for (; j <= k; j++) dropped.add(j);
  if (added.has(j) && b[j]!.trim() === '') dropped.add(j);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * The line spans [start, end) of `edited`'s module-level assignments binding a name Stainless's module (`pristine`) did
 * not bind at its top level, which sdkgen's module (`ours`) makes with the same text (its layout aside).
 */
function assignmentsAlreadyMade(pristine: string, edited: string, ours: string): Array<[number, number]> {
  const top = (text: string) => {
    const module = readModule(text);
    const statements = statementsAt(module, 0, module.lines.length, 0);
    const source = (s: Statement) => module.lines.slice(s.head, s.end).join(' ').replace(/\s+/g, ' ').trim();
    return statements.map((s) => ({ statement: s, source: source(s) }));
  };
  const before = new Set(top(pristine).flatMap(({ statement }) => statement.binds));
  const made = new Set(
    top(ours)
      .filter(({ statement }) => statement.kind === 'assign')
      .map(({ source }) => source),
  );
  return top(edited)
    .filter(
      ({ statement, source }) =>
        statement.kind === 'assign' && !statement.binds.some((name) => before.has(name)) && made.has(source),
    )
    .map(({ statement }) => [statement.head, statement.end]);
}

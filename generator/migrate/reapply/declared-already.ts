/**
 * Top-level declarations the owners added to a module of Stainless's that sdkgen's module of that path declares
 * already (issue 89, metronome-ts: the webhook header helpers `getRequiredHeader`, `isHeadersProtocol`, `getHeader` and
 * the `HeadersProtocol` interface appended to src/internal/headers.ts, which sdkgen's headers module writes under
 * Stainless's names). Carried, each name is declared twice (TS2451, "Duplicate identifier") and no module of the
 * package compiles. An insertion (it removes nothing) whose every line of code belongs to whole top-level declarations
 * of that kind is done, its result there in sdkgen's form, where for each one:
 * - Stainless's module did not declare the name (an added name: a changed declaration is the owners' edit to carry);
 * - sdkgen's module declares it at its top level, in the same space (a type, a value) and exported where theirs is;
 * - a function (or a const bound to an arrow or function expression) has sdkgen's namesake taking the same parameter
 *   names, in order, so that their calls still fit; an interface has sdkgen's namesake declaring each of its members;
 *   anything else (a type alias, a class, an enum, another const) is declared by sdkgen as they wrote it, layout aside.
 * Any other hunk stays the owners', carried or left for a person as before. (Python's judge of the same kind, stricter
 * about a function's statements: python/already-done/same-functions.ts and declared-already.ts.)
 *
 * Each hunk such a declaration goes from is counted already there; their other lines are carried as any others.
 *
 * Hook: generated-file-edits.ts, on a source module's edits before they are re-applied.
 */
import { diff, lines } from '../../write/merge';
import { topLevelStatements } from '../repository/top-level';

const DECLARATION =
  /^(export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(interface|type|class|enum|const|let|var|function)\s+([A-Za-z_$][\w$]*)/;

interface TopDeclaration {
  name: string;
  kind: string;
  exported: boolean;
  /** Lines [start, end) of the module: the comments above it, then the declaration. */
  start: number;
  code: number;
  end: number;
  /** Its text from its first line of code, whitespace as one space. */
  text: string;
  /** A function's (or a function-valued const's) parameter names; null for anything else. */
  parameters: string[] | null;
}

/** The top-level declarations of a module's lines (each line with or without its newline). */
function declarationsIn(text: string[]): TopDeclaration[] {
  const bare = text.map((line) => line.replace(/\n$/, ''));
  return topLevelStatements(bare).flatMap(({ start, code, end }) => {
    const m = DECLARATION.exec(bare[code]);
    if (m === null) return [];
    const source = bare.slice(code, end).join('\n');
    return [
      {
        name: m[3],
        kind: m[2],
        exported: m[1] !== undefined,
        start,
        code,
        end,
        text: source.replace(/\s+/g, ' ').trim(),
        parameters: parametersOf(m[2], source.slice(m[0].length)),
      },
    ];
  });
}

/** The parameter names of a function declaration (`rest`: after its name), or of a const bound to a function. */
function parametersOf(kind: string, rest: string): string[] | null {
  let from: string;
  if (kind === 'function') from = rest;
  else if (kind === 'const' || kind === 'let' || kind === 'var') {
    // `= (a, b): T => …`, `= async <T>(a) => …`, `= function (a) {…}` (a type annotation on the binding aside).
    const value = /^\s*(?::[^=]*)?=\s*(?:async\s+)?(?:function\b\s*[\w$]*\s*)?/.exec(rest);
    if (value === null) return null;
    from = rest.slice(value[0].length);
    if (!/^(?:<[^(]*>\s*)?\(/.test(from)) return null;
    const close = matchingParen(from, from.indexOf('('));
    if (close < 0 || !/^\s*(?::[^{=]*)?(?:=>|\{)/.test(from.slice(close + 1))) return null;
  } else return null;
  const open = from.indexOf('(');
  const close = open < 0 ? -1 : matchingParen(from, open);
  if (close < 0) return null;
  return splitTopLevel(from.slice(open + 1, close))
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => /^(?:\.\.\.)?[A-Za-z_$][\w$]*/.exec(part)?.[0] ?? part.replace(/\s+/g, ''));
}

/** The index of the `)` closing the `(` at `open`, or -1. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A parameter list split at its commas outside brackets. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let [depth, current] = [0, ''];
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if ('([{<'.includes(char)) depth++;
    else if (')]}'.includes(char) || (char === '>' && list[i - 1] !== '=')) depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  return [...parts, current];
}

/** The names an interface's body declares at its own depth (`name?: T;`, `name(…): T;`, `readonly name: T;`). */
function interfaceMembers(text: string): Set<string> {
  const body = text.slice(text.indexOf('{') + 1, text.lastIndexOf('}'));
  const names = new Set<string>();
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (depth === 0 && atStart) {
      const m = /^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\s*\??\s*[:(]/.exec(body.slice(i));
      if (m) names.add(m[1]);
      atStart = false;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if ((char === ';' || char === ',' || char === '\n') && depth === 0) atStart = true;
  }
  return names;
}

/** Which names a declaration binds: a type, a value, or both. */
function spaceOf(kind: string): Set<'type' | 'value'> {
  if (kind === 'interface' || kind === 'type') return new Set(['type']);
  if (kind === 'class' || kind === 'enum') return new Set(['type', 'value']);
  return new Set(['value']);
}

/** Whether sdkgen's declaration `ours` is the owners' added declaration `theirs` in sdkgen's form (see above). */
function standsFor(theirs: TopDeclaration, ours: TopDeclaration): boolean {
  if (![...spaceOf(theirs.kind)].some((space) => spaceOf(ours.kind).has(space))) return false;
  if (theirs.exported && !ours.exported) return false;
  if (theirs.parameters !== null)
    return ours.parameters !== null && ours.parameters.join(',') === theirs.parameters.join(',');
  if (theirs.kind === 'interface') {
    if (ours.kind !== 'interface' && ours.kind !== 'type') return false;
    const have = interfaceMembers(ours.text);
    return [...interfaceMembers(theirs.text)].every((member) => have.has(member));
  }
  return theirs.text.replace(/^export /, '') === ours.text.replace(/^export /, '');
}

/**
 * `edited` without the top-level declarations the owners added whole (every line of each added by one hunk) that
 * sdkgen's module (`target`) declares already in its form and Stainless's (`pristine`) does not (see above), each with
 * a blank line they added beside it; and how many of their hunks that takes out whole. Null where there is none. The
 * other declarations a hunk adds stay in it, to carry (an owners' helper appended beside Stainless's, say); each hunk
 * a declaration went from is counted.
 */
export function withoutDeclaredAlready(
  pristine: string,
  edited: string,
  target: string,
): { text: string; alreadyThere: number } | null {
  if (pristine === edited) return null;
  const [base, own] = [lines(pristine), lines(edited)];
  const hunks = diff(base, own);
  if (hunks === null) return null;
  const added = new Set(hunks.flatMap((hunk) => range(hunk.start, hunk.end)));
  const stainless = new Set(declarationsIn(base).map((d) => d.name));
  let sdkgens: Map<string, TopDeclaration[]> | null = null;
  const dropped = new Set<number>();
  for (const theirs of declarationsIn(own)) {
    if (!range(theirs.code, theirs.end).every((i) => added.has(i)) || stainless.has(theirs.name)) continue;
    sdkgens ??= declarationsByName(target);
    if (!(sdkgens.get(theirs.name) ?? []).some((ours) => standsFor(theirs, ours))) continue;
    // (With the comments above it they added; one of Stainless's stays.)
    for (const i of range(theirs.start, theirs.end)) if (added.has(i)) dropped.add(i);
    // (One blank line of theirs beside it: the layout that came with it.)
    const blank = [theirs.start - 1, theirs.end].find((i) => added.has(i) && !dropped.has(i) && own[i]?.trim() === '');
    if (blank !== undefined) dropped.add(blank);
  }
  if (dropped.size === 0) return null;
  // (Each hunk a declaration went from counts; an insertion left with blank lines alone goes whole.)
  let alreadyThere = 0;
  for (const hunk of hunks) {
    const span = range(hunk.start, hunk.end);
    if (!span.some((i) => dropped.has(i))) continue;
    alreadyThere++;
    if (hunk.baseStart === hunk.baseEnd && span.every((i) => dropped.has(i) || own[i].trim() === ''))
      for (const i of span) dropped.add(i);
  }
  return { text: own.filter((_, i) => !dropped.has(i)).join(''), alreadyThere };
}

/** sdkgen's module's top-level declarations by name. */
function declarationsByName(target: string): Map<string, TopDeclaration[]> {
  const byName = new Map<string, TopDeclaration[]>();
  for (const declaration of declarationsIn(target.split('\n')))
    byName.set(declaration.name, [...(byName.get(declaration.name) ?? []), declaration]);
  return byName;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * A TypeScript module's top-level declarations read from its layout (declared-already.ts and declared-otherwise.ts
 * judge an owners' added declaration against sdkgen's namesake by them): each one's kind, name, whether it is
 * exported, a function's parameter names, an interface's members.
 */
import { topLevelStatements } from '../repository/top-level';

const DECLARATION =
  /^(export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(interface|type|class|enum|const|let|var|function)\s+([A-Za-z_$][\w$]*)/;

export interface TopDeclaration {
  name: string;
  kind: string;
  exported: boolean;
  /** Lines [start, end) of the module: the comments above it, then the declaration. */
  start: number;
  code: number;
  end: number;
  /** Its text from its first line of code, whitespace as one space. */
  text: string;
  /** Its text from its first line of code, as written. */
  source: string;
  /** A function's (or a function-valued const's) parameter names; null for anything else. */
  parameters: string[] | null;
}

/** The top-level declarations of a module's lines (each line with or without its newline). */
export function declarationsIn(text: string[]): TopDeclaration[] {
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
        source,
        parameters: parametersOf(m[2], source.slice(m[0].length)),
      },
    ];
  });
}

/** A module's top-level declarations by name. */
export function declarationsByName(target: string): Map<string, TopDeclaration[]> {
  const byName = new Map<string, TopDeclaration[]>();
  for (const declaration of declarationsIn(target.split('\n')))
    byName.set(declaration.name, [...(byName.get(declaration.name) ?? []), declaration]);
  return byName;
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

/** A member of an interface: its name, its text (whitespace as one space, no `;`), whether it is optional. */
export interface InterfaceMember {
  name: string;
  text: string;
  optional: boolean;
}

/** The start of a member: `name?: T`, `readonly 'a-b': T`, `name(…): T`, `name<T>(…)`, `[key: string]: T`. */
const MEMBER_START = /^(?:readonly\s+)?(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)"|(\[[^\]]*\]))\s*(\?)?\s*[:(<]/;
/** A line going on with the member above: a union's, an intersection's or a conditional type's next line. */
const CONTINUATION = /^[|&?:=>)\]}.]/;

/**
 * The members an interface's body declares at its own depth, read from its source without its comments (a member's
 * doc comment hides none); a line going on with a type (`| 'b'`, a union written over lines) goes on the one above.
 */
export function interfaceMembers(source: string): InterfaceMember[] {
  const bare = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const body = bare.slice(bare.indexOf('{') + 1, bare.lastIndexOf('}'));
  const parts: string[] = [];
  let [depth, current] = [0, ''];
  for (const char of body) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    if ((char === ';' || char === '\n') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  const members: InterfaceMember[] = [];
  for (const part of parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '')) {
    const last = members.at(-1);
    if (CONTINUATION.test(part) && last !== undefined) {
      last.text = `${last.text} ${part}`;
      continue;
    }
    // (A call or construct signature, or anything else unread, is a member named by its text: never overlooked.)
    const m = MEMBER_START.exec(part);
    const name = m === null ? part : (m[1] ?? m[2] ?? m[3] ?? m[4].replace(/\s+/g, ''));
    members.push({ name, text: part, optional: m?.[5] === '?' });
  }
  return members;
}

/** Which names a declaration binds: a type, a value, or both. */
export function spaceOf(kind: string): Set<'type' | 'value'> {
  if (kind === 'interface' || kind === 'type') return new Set(['type']);
  if (kind === 'class' || kind === 'enum') return new Set(['type', 'value']);
  return new Set(['value']);
}

/** Whether two declarations bind a name in the same space (a type and a value of one name stand apart). */
export function sameSpace(a: string, b: string): boolean {
  return [...spaceOf(a)].some((space) => spaceOf(b).has(space));
}

/**
 * A client module's classes and methods read from its text: which class is the SDK's client (in Stainless's layout and
 * in sdkgen's), a method of a class from its doc comment to the `}` that closes its body, the methods the owners added.
 */
import { CLASS_LINE } from '../reapply/hunks';

export interface Method {
  /** The method, its doc comment included. */
  text: string;
  /** Its body, from the `{` that opens it. */
  body: string;
}

export function classNameOf(line: string): string | null {
  return CLASS_LINE.exec(line)?.[1] ?? null;
}

/**
 * The client class of Stainless's client.ts: the one that extends a base of the same name (`Acme extends
 * BaseAcme`, tree-shakable SDKs; their hooks are in the base), else the first exported.
 */
export function clientClass(text: string): string | null {
  const classes = text.split('\n').flatMap((line) => {
    const match = /^export\s+class\s+([A-Za-z_$][\w$]*)(?:\s+extends\s+([A-Za-z_$][\w$.]*))?/.exec(line);
    return match ? [{ name: match[1], base: match[2] }] : [];
  });
  const withBase = classes.find((c) => c.base === `Base${c.name}`);
  return withBase ? withBase.base! : (classes[0]?.name ?? null);
}

/**
 * The SDK's client class in a client module, in Stainless's layout and in sdkgen's: the first class it exports that
 * no other class of the module extends (a tree-shakable Stainless SDK exports `BaseAcme` and `Acme extends BaseAcme`,
 * and `Acme` is the client its users construct).
 */
export function clientClassOf(text: string | null): string | null {
  if (text === null) return null;
  const classes = [...text.matchAll(/^export class ([A-Za-z_$][\w$]*)(?:\s+extends\s+([A-Za-z_$][\w$]*))?/gm)];
  const extended = new Set(classes.map((match) => match[2]));
  return (classes.find((match) => !extended.has(match[1])) ?? classes[0])?.[1] ?? null;
}

/** The methods the owners added to `className` (none of that name in `base`), each as their module has it. */
export function addedMethods(base: string, current: string, className: string): Array<{ name: string; text: string }> {
  const lines = current.split('\n');
  const start = lines.findIndex((line) => classNameOf(line) === className);
  const end = lines.findIndex((line, i) => i > start && /^}\s*$/.test(line));
  if (start < 0 || end < 0) return [];
  const names = lines
    .slice(start + 1, end)
    .flatMap(
      (line) => /^ {2}(?:(?:protected|public|private|async|static)\s+)*([A-Za-z_$][\w$]*)\s*[(<]/.exec(line)?.[1] ?? [],
    );
  return [...new Set(names)].flatMap((name) => {
    if (name === 'constructor' || methodOf(base, className, name) !== null) return [];
    const method = methodOf(current, className, name);
    return method === null ? [] : [{ name, text: method.text }];
  });
}

/** A method of `className`, from its doc comment to the `}` that closes its body; null when it has none. */
export function methodOf(text: string, className: string, name: string): Method | null {
  const lines = text.split('\n');
  const classStart = lines.findIndex((line) => classNameOf(line) === className);
  if (classStart < 0) return null;
  const classEnd = lines.findIndex((line, i) => i > classStart && /^}\s*$/.test(line));
  // At the class members' indentation (that of the first line in the class), so that no call is taken for it.
  const indent = /^\s*/.exec(lines.slice(classStart + 1).find((line) => line.trim() !== '') ?? '')![0];
  const signature = new RegExp(`^${indent}(?:(?:protected|public|private|override|async)\\s+)*${name}\\s*[(<]`);
  const at = lines.findIndex((line, i) => i > classStart && (classEnd < 0 || i < classEnd) && signature.test(line));
  if (at < 0) return null;
  const end = bodyEnd(lines, at);
  if (end === null) return null;
  let start = at;
  if (/^\s*\*\/\s*$/.test(lines[at - 1] ?? '')) {
    start = at - 1;
    while (start > classStart && !/^\s*\/\*\*/.test(lines[start])) start--;
  }
  const declaration = lines.slice(at, end + 1).join('\n');
  return {
    text: lines.slice(start, end + 1).join('\n'),
    body: declaration.slice(bodyOpen(declaration)),
  };
}

/** Where the parameter list that opens `code` closes (the index after its `)`), or 0. */
function parametersEnd(code: string): number {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i + 1;
  }
  return 0;
}

/**
 * Where the body of the method `code` declares opens: the first `{` after its parameters outside the return type's
 * `<…>` (`Promise<{ req: …; url: string }>`); -1 when there is none.
 */
export function bodyOpen(code: string): number {
  let angles = 0;
  for (let i = parametersEnd(code); i < code.length; i++) {
    const c = code[i];
    if (c === '<') angles++;
    else if (c === '>' && code[i - 1] !== '=') angles--;
    else if (c === '{' && angles === 0) return i;
  }
  return -1;
}

/** The line where the body of the method declared at line `at` closes: its braces counted after its parameters. */
function bodyEnd(lines: string[], at: number): number | null {
  const code = lines.slice(at).join('\n');
  const open = bodyOpen(code);
  if (open < 0) return null;
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    // A comment's words are no code (an apostrophe in one, `aren't`, opens no string).
    if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*')
      i = code.indexOf('*/', i + 2) < 0 ? code.length : code.indexOf('*/', i + 2) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      // Skip a string (template literals' `${}` are counted as code, which balances).
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return at + code.slice(0, i).split('\n').length - 1;
  }
  return null;
}

/**
 * An owners' rewrite of a generated method's request statement, carried into sdkgen's method of the same name. The
 * owners replaced Stainless's final `return this._client.post(…) as …;` with statements of theirs around the same call
 * (`const req = this._client.post(…); … return req._thenUnwrap(…);`). sdkgen makes the same request in a form of its
 * own (`this._client.request<…>({ method, path, … }, options)`, or a call of a `funcs/` module) and may name the
 * method's parameters otherwise (`params` for Stainless's `body`): the owners' statements are written around sdkgen's
 * call in place of Stainless's, the parameters they read named as sdkgen's signature names them.
 *
 * Nothing is guessed: the owners' text must hold Stainless's call once, as it was (its spacing aside), every
 * parameter it reads must be one sdkgen's method has, and a name Stainless's other statements declare (a `rest` of a
 * destructured body) must be declared in sdkgen's body too. Otherwise null: the hunk stays for a person.
 */
import { codeMask, maskedText } from '../repository/code-mask';

/** What the owners' rewrite needs of one generator's method. */
export interface MethodText {
  /** The implementation's signature, from its name to the `{` that opens the body. */
  signature: string;
  /** The body's final statement, `return …;`: the request the method makes. */
  request: string;
  /** The body's other statements, which the owners' rewrite leaves as they were. */
  others: string;
}

/**
 * The owners' statements (`replacement`, at sdkgen's indentation) with Stainless's request call replaced by sdkgen's
 * and Stainless's parameters named as sdkgen's; null where that cannot be done soundly.
 */
export function rewriteOfRequest(replacement: string[], stainless: MethodText, sdkgen: MethodText): string[] | null {
  const from = requestCall(stainless.request);
  const to = requestCall(sdkgen.request);
  if (from === null || to === null || !from.includes('this._client')) return null;
  const text = replacement.join('');
  const at = findOnce(text, from);
  if (at === null) return null;
  const masked = maskedText(text, codeMask(text));
  const outside = (name: string) => usesOutside(masked, name, at);
  const renames = parameterRenames(stainless.signature, sdkgen.signature);
  if (renames === null) return null;
  for (const [name, renamed] of renames) {
    if (!outside(name)) continue;
    if (renamed === null || declares(masked, name) || (renamed !== name && outside(renamed))) return null;
  }
  // A name sdkgen's call reads that the owners' code declares (their own `path`) would be theirs, not sdkgen's.
  if (identifiersOf(to).some((name) => declares(masked, name))) return null;
  // A name declared by a statement of Stainless's the owners kept, read by their new code: sdkgen's body declares it.
  const declaredBySdkgen = declaredNames(sdkgen.others);
  if (declaredNames(stainless.others).some((name) => outside(name) && !declaredBySdkgen.includes(name))) return null;

  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const [name, renamed] of renames) {
    if (renamed === null || renamed === name) continue;
    for (const use of uses(masked, name, at))
      edits.push({ ...use, text: use.shorthand ? `${name}: ${renamed}` : renamed });
  }
  edits.push({ ...at, text: reindented(to, indentOfLineAt(text, at.start) - indentOfLineAt(sdkgen.request, 0)) });
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.split(/(?<=\n)/);
}

/** The call a `return …;` statement makes: what follows `return`, without its final `;` or a cast (`as …`) of it. */
function requestCall(statement: string): string | null {
  const masked = maskedText(statement, codeMask(statement));
  const start = /^\s*return\s+/.exec(masked)?.[0].length;
  if (start === undefined) return null;
  let end = masked.trimEnd().length;
  if (masked[end - 1] === ';') end--;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = masked[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && /^as\s/.test(masked.slice(i, i + 3)) && /[\s)]/.test(masked[i - 1])) {
      end = i;
      break;
    }
  }
  const call = statement.slice(start, end).trimEnd();
  return call.endsWith(')') ? call : null;
}

/** Code without whitespace or trailing commas (two formatters' wrappings of it alike), with where each character was. */
function compact(text: string): { code: string; at: number[] } {
  const mask = codeMask(text);
  let code = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (mask[i] === 1 && /\s/.test(c)) continue;
    if (mask[i] === 1 && c === ',' && /^\s*[)\]}]/.test(text.slice(i + 1))) continue;
    code += c;
    at.push(i);
  }
  return { code, at };
}

/** Where `needle` is in `text`, its spacing aside: once only, else null. */
function findOnce(text: string, needle: string): { start: number; end: number } | null {
  const hay = compact(text);
  const key = compact(needle).code;
  const first = hay.code.indexOf(key);
  if (first < 0 || key === '' || hay.code.indexOf(key, first + 1) >= 0) return null;
  const start = hay.at[first];
  if (start > 0 && /[\w$.]/.test(text[start - 1])) return null;
  return { start, end: hay.at[first + key.length - 1] + 1 };
}

/** The names of a signature's parameters in order (null for a destructured one). */
function parameterNames(signature: string): Array<string | null> | null {
  const masked = maskedText(signature, codeMask(signature));
  const open = masked.indexOf('(');
  if (open < 0) return null;
  const parts: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < masked.length; i++) {
    const c = masked[i];
    if (c === '=' && masked[i + 1] === '>') {
      i++;
      continue;
    }
    if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c)) {
      if (depth === 0) {
        parts.push(signature.slice(from, i));
        return parts
          .map((part) => part.trim())
          .filter((part) => part !== '')
          .map(
            (part) =>
              /^(?:\.\.\.)?(?:(?:public|private|protected|readonly)\s+)*([A-Za-z_$][\w$]*)/.exec(part)?.[1] ?? null,
          );
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      parts.push(signature.slice(from, i));
      from = i + 1;
    }
  }
  return null;
}

/**
 * Each parameter of Stainless's signature and the name sdkgen's gives it: by position where both have as many, else
 * by name (null: sdkgen's has none of that name). Null where a signature cannot be read.
 */
function parameterRenames(stainless: string, sdkgen: string): Map<string, string | null> | null {
  const theirs = parameterNames(stainless);
  const ours = parameterNames(sdkgen);
  if (theirs === null || ours === null) return null;
  const renames = new Map<string, string | null>();
  theirs.forEach((name, i) => {
    if (name === null) return;
    const samePlace = theirs.length === ours.length ? ours[i] : null;
    renames.set(name, samePlace ?? (ours.includes(name) ? name : null));
  });
  return renames;
}

const NAME = (name: string) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/** The places code reads `name` as a variable (not a member after `.`, nor an object's key), outside `skip`. */
function uses(
  masked: string,
  name: string,
  skip: { start: number; end: number },
): Array<{ start: number; end: number; shorthand: boolean }> {
  const found: Array<{ start: number; end: number; shorthand: boolean }> = [];
  for (const match of masked.matchAll(NAME(name))) {
    const start = match.index;
    const end = start + name.length;
    if (start < skip.end && end > skip.start) continue;
    const before = masked.slice(0, start).trimEnd();
    const after = masked.slice(end).trimStart();
    if (before.endsWith('.') && !before.endsWith('...')) continue;
    const afterKey = /[{,]$/.test(before);
    if (afterKey && after.startsWith(':')) continue;
    const shorthand = afterKey && /^[,}]/.test(after) && innermostOpen(masked, start) === '{';
    found.push({ start, end, shorthand });
  }
  return found;
}

const usesOutside = (masked: string, name: string, skip: { start: number; end: number }) =>
  uses(masked, name, skip).length > 0;

/** The bracket left open around position `at`. */
function innermostOpen(masked: string, at: number): string | null {
  const open: string[] = [];
  for (let i = 0; i < at; i++) {
    const c = masked[i];
    if ('([{'.includes(c)) open.push(c);
    else if (')]}'.includes(c)) open.pop();
  }
  return open[open.length - 1] ?? null;
}

/** Whether code declares `name` itself (a variable, a function's or arrow's parameter, a catch binding). */
function declares(masked: string, name: string): boolean {
  const has = (part: string) => NAME(name).test(part);
  const patterns = [
    /\b(?:const|let|var)\s+([^=;]*?)(?:=|;|\bof\b|\bin\b)/g,
    /\(([^()]*)\)\s*(?::[^=;{]*)?=>/g,
    /\bfunction\b[^(]*\(([^()]*)\)/g,
    /\bcatch\s*\(([^()]*)\)/g,
    /(?<![\w$.])([A-Za-z_$][\w$]*)\s*=>/g,
  ];
  return patterns.some((pattern) => [...masked.matchAll(pattern)].some((m) => has(m[1])));
}

/** The names statements declare with `const`, `let` or `var` (those of a destructuring pattern too). */
function declaredNames(code: string): string[] {
  const masked = maskedText(code, codeMask(code));
  const names: string[] = [];
  for (const m of masked.matchAll(/\b(?:const|let|var)\s+([^=;]*?)\s*(?:=|;)/g)) {
    const pattern = m[1].trim();
    // In `{ a: b, ...rest }` the variables are `b` and `rest`, not the key `a`; `x: Type` declares `x`.
    const bound = /^[{[]/.test(pattern)
      ? pattern.replace(/[\w$]+\s*:/g, '').replace(/\.\.\./g, ' ')
      : (/^[\w$]+/.exec(pattern)?.[0] ?? '');
    for (const id of bound.matchAll(/(?<![\w$.])[A-Za-z_$][\w$]*/g)) names.push(id[0]);
  }
  return names;
}

/** The names code reads (not members after a `.`). */
function identifiersOf(code: string): string[] {
  const masked = maskedText(code, codeMask(code));
  return [...new Set([...masked.matchAll(/(?<![\w$]|(?<!\.\.)\.)[A-Za-z_$][\w$]*/g)].map((m) => m[0]))];
}

/** The indentation of the line holding position `at`. */
function indentOfLineAt(text: string, at: number): number {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1);
  return line.length - line.trimStart().length;
}

/** A multi-line call moved `by` columns: its lines after the first (the first stays where the owners' code has it). */
function reindented(call: string, by: number): string {
  if (by === 0) return call;
  return call
    .split('\n')
    .map((line, i) => {
      if (i === 0 || line.trim() === '') return line;
      const indent = line.length - line.trimStart().length;
      return ' '.repeat(Math.max(0, indent + by)) + line.trimStart();
    })
    .join('\n');
}

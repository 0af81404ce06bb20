/**
 * Keyword arguments the owners added to a call that sdkgen's call passes already. groq's owners made Stainless's
 * `chat.completions.create` stream by hand, adding `stream=stream or False,` and
 * `stream_cls=Stream[ChatCompletionChunk],` to its `self._post(…)`; sdkgen's method streams from the derived config and
 * passes both itself. Placed beside sdkgen's, the call names a keyword twice, which Python refuses to compile (the
 * whole module fails at import). A keyword sdkgen's call passes with the owners' value is done; one it passes with
 * another value is the owners' line in the place of sdkgen's (theirs is what their users ran, as with a member both
 * define: python/already-done/repeated-members.ts); the others are added where the edit placed them. Where sdkgen's
 * line passes a parameter of its function on (`by_alias=by_alias`) and theirs a constant (dedalus-python's
 * `by_alias=True` in `_compat.model_dump`), their constant becomes the parameter's default instead, as a person
 * merging by hand writes it: in sdkgen's line's place it would leave the parameter doing nothing.
 *
 * Only an edit whose lines are each one whole keyword argument (`name=value,`) is read so, inside a call of sdkgen's
 * whose own keyword arguments each stand on lines of their own. Strings and comments are read as blanks.
 */

/** What placing `added` at `start`–`end` of `target` comes to, or null where the edit is no such keyword edit. */
export type KeywordsPassed = { kind: 'done' } | { kind: 'placed'; lines: string[]; end: number };

const KEYWORD = /^\s*([A-Za-z_]\w*)\s*=(?!=)/;
const OPENERS = '([{';
const CLOSERS = ')]}';

/** sdkgen's lines with `added` put in place of `start`–`end`, keywords its call passes already passed once. */
export function keywordsPassed(target: string[], start: number, end: number, added: string[]): KeywordsPassed | null {
  const own = added.filter((line) => line.trim() !== '');
  if (own.length === 0 || !own.every(wholeKeyword)) return null;
  const call = enclosingCall(target, start);
  if (call === null) return null;
  const passed = new Map<string, number>();
  for (let i = call.open + 1; i < call.close; i++) {
    if (i >= start && i < end) continue;
    if (depthBefore(target, call.open, i) !== 1) continue;
    const name = wholeKeyword(target[i]) ? KEYWORD.exec(target[i])![1] : null;
    if (name !== null) passed.set(name, i);
  }
  const same = (a: string, b: string) => a.trim().replace(/,$/, '') === b.trim().replace(/,$/, '');
  // sdkgen's line of a keyword the owners pass otherwise becomes theirs where it stands, at sdkgen's indent.
  const replaced = new Map<number, string>();
  const kept: string[] = [];
  for (const line of added) {
    const at = line.trim() === '' ? undefined : passed.get(KEYWORD.exec(line)![1]);
    if (at === undefined) kept.push(line);
    else if (!same(target[at], line)) {
      // (Where sdkgen's line passes a parameter of its function on, their constant is that parameter's default.)
      const defaulted = asParameterDefault(target, call.open, target[at], line);
      if (defaulted === null) replaced.set(at, /^\s*/.exec(target[at])![0] + line.trimStart());
      else if (defaulted.line !== target[defaulted.at]) replaced.set(defaulted.at, defaulted.line);
    }
  }
  if (kept.length === added.length) return null;
  if (replaced.size === 0 && kept.every((line) => line.trim() === '') && start === end) return { kind: 'done' };
  const theirs = (from: number, to: number) => target.slice(from, to).map((line, i) => replaced.get(from + i) ?? line);
  return {
    kind: 'placed',
    lines: [...theirs(0, start), ...kept, ...theirs(end, target.length)],
    end: start + kept.length,
  };
}

/** A constant: `True`, `False`, `None`, a number or a string of one line. */
const CONSTANT = /^(?:True|False|None|-?\d+(?:\.\d+)?|"[^"\\]*"|'[^'\\]*')$/;

/**
 * Where sdkgen's keyword line `ours` (`name=name,`, in the call opened at line `open`) passes on a parameter of its
 * enclosing function that is declared with a default (`name: T = default`; a parameter a line, or a signature on one
 * line or wrapped alike), and the owners' `theirs` passes a constant (`name=True,`): the line of that parameter's
 * default with their constant in its place, and its index. Null for any other keyword line.
 */
function asParameterDefault(
  target: string[],
  open: number,
  ours: string,
  theirs: string,
): { at: number; line: string } | null {
  const name = KEYWORD.exec(ours)![1];
  const given = theirs
    .slice(theirs.indexOf('=') + 1)
    .trim()
    .replace(/,$/, '')
    .trim();
  if (!CONSTANT.test(given) || ours.trim().replace(/,$/, '').replace(/\s/g, '') !== `${name}=${name}`) return null;
  const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
  const depth = indentOf(target[open]);
  // (The nearest `def` above the call, less deep than it.)
  let i = open;
  while (i >= 0 && !(indentOf(target[i]) < depth && /^\s*(?:async\s+)?def\s/.test(target[i]))) i--;
  const def = i < 0 ? null : /^\s*(?:async\s+)?def\s+\w+\s*\(/.exec(code(target[i]));
  if (def == null || closing(target, i, def[0].length - 1) === null) return null;
  const declared = parameterDefault(target, i, def[0].length - 1, name);
  if (declared === null) return null;
  const line = target[declared.at];
  return { at: declared.at, line: line.slice(0, declared.from) + given + line.slice(declared.to) };
}

/**
 * The default of parameter `name` in the parameter list opened at line `at`, column `column` (a signature on one line,
 * wrapped, or a parameter a line alike): its line and the columns it spans, where it stands on one line. Parameters
 * are parted by the commas outside brackets and strings; the default is what follows the parameter's `=`.
 */
function parameterDefault(
  target: string[],
  at: number,
  column: number,
  name: string,
): { at: number; from: number; to: number } | null {
  let depth = 0;
  let head = '';
  let named = false;
  let start: { at: number; column: number } | null = null;
  let end: { at: number; column: number } | null = null;
  // (One parameter read: the default found where it is `name`'s and stands on one line.)
  const found = () =>
    head.trim() === name && start !== null && end !== null && start.at === end.at
      ? { at: start.at, from: start.column, to: end.column + 1 }
      : null;
  for (let k = at; k < target.length; k++) {
    const line = code(target[k]);
    for (let c = k === at ? column : 0; c < line.length; c++) {
      const char = line[c];
      if (OPENERS.includes(char)) depth++;
      else if (CLOSERS.includes(char)) depth--;
      if (depth === 0 || (depth === 1 && char === ',')) {
        if (found() !== null) return found();
        if (depth === 0) return null;
        [head, named, start, end] = ['', false, null, null];
        continue;
      }
      if (depth === 1 && c === column && k === at) continue;
      if (start === null && depth === 1 && char === '=' && !/[=!<>]/.test(line[c - 1]) && line[c + 1] !== '=') {
        start = { at: -1, column: -1 };
        continue;
      }
      if (start === null) {
        // (The parameter's name: what stands before its annotation or its `=`.)
        if (depth === 1 && char === ':') named = true;
        else if (!named) head += char;
        continue;
      }
      if (char.trim() === '') continue;
      if (start.at < 0) start = { at: k, column: c };
      end = { at: k, column: c };
    }
  }
  return null;
}

/** A line that is one keyword argument whole: `name=value,` with its brackets paired. */
function wholeKeyword(line: string): boolean {
  if (!KEYWORD.test(line)) return false;
  let depth = 0;
  for (const c of code(line)) {
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** The call `(` open at line `at` (its line, and the line of its `)`), or null where `at` is in no call. */
function enclosingCall(target: string[], at: number): { open: number; close: number } | null {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const line = code(target[i]);
    for (let j = line.length - 1; j >= 0; j--) {
      if (CLOSERS.includes(line[j])) depth++;
      else if (OPENERS.includes(line[j]) && depth-- === 0) {
        if (line[j] !== '(' || !/[\w)\]]\s*$/.test(line.slice(0, j)) || /\bdef\s+\w+\s*$/.test(line.slice(0, j)))
          return null;
        const close = closing(target, i, j);
        return close === null ? null : { open: i, close };
      }
    }
  }
  return null;
}

/** The line of the bracket closing the one at line `i`, column `j`. */
function closing(target: string[], i: number, j: number): number | null {
  let depth = 0;
  for (let k = i; k < target.length; k++) {
    const line = code(target[k]);
    for (let c = k === i ? j : 0; c < line.length; c++) {
      if (OPENERS.includes(line[c])) depth++;
      else if (CLOSERS.includes(line[c]) && --depth === 0) return k;
    }
  }
  return null;
}

/** The bracket depth at the start of line `at`, counted from the start of line `from`. */
function depthBefore(target: string[], from: number, at: number): number {
  let depth = 0;
  for (let k = from; k < at; k++)
    for (const c of code(target[k])) {
      if (OPENERS.includes(c)) depth++;
      else if (CLOSERS.includes(c)) depth--;
    }
  return depth;
}

/** A line with its strings' contents and its comment blanked (one line's reading: enough for argument lines). */
function code(line: string): string {
  return line
    .replace(/\n$/, '')
    .replace(/(["'])(?:\\.|(?!\1).)*\1/g, (m) => m[0] + ' '.repeat(m.length - 2) + m[0])
    .replace(/#.*$/, '');
}

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
  // (Each keyword argument whole, over the lines its brackets span: `include=(`, `"a",`, `),`.)
  const groups = keywordArguments(added);
  if (groups === null || !groups.some((group) => group[0].trim() !== '')) return null;
  const call = enclosingCall(target, start);
  if (call === null) return null;
  const passed = new Map<string, number>();
  for (let i = call.open + 1; i < call.close; i++) {
    if (i >= start && i < end) continue;
    if (depthBefore(target, call.open, i) !== 1) continue;
    const name = wholeKeyword(target[i]) ? KEYWORD.exec(target[i])![1] : null;
    if (name !== null) passed.set(name, i);
  }
  const flat = (lines: string[]) =>
    lines
      .map((line) => line.trim())
      .join('')
      .replace(/,$/, '');
  // sdkgen's line of a keyword the owners pass otherwise becomes theirs where it stands, at sdkgen's indent.
  const replaced = new Map<number, Replacement>();
  const kept: string[] = [];
  let passedAlready = false;
  for (const group of groups) {
    const at = group[0].trim() === '' ? undefined : passed.get(KEYWORD.exec(group[0])![1]);
    if (at === undefined) {
      kept.push(...group);
      continue;
    }
    passedAlready = true;
    if (flat([target[at]]) === flat(group)) continue;
    // (Where sdkgen's line passes a parameter of its function on, their constant is that parameter's default.)
    const defaulted = asParameterDefault(target, call.open, target[at], group);
    if (defaulted === null) replaced.set(at, { to: at, lines: reindented(group, indentOf(target[at])) });
    else if (flat(defaulted.lines) !== flat(target.slice(defaulted.at, defaulted.to + 1))) {
      replaced.set(defaulted.at, { to: defaulted.to, lines: defaulted.lines });
    }
  }
  if (!passedAlready) return null;
  if (replaced.size === 0 && kept.every((line) => line.trim() === '') && start === end) return { kind: 'done' };
  const theirs = (from: number, to: number) => {
    const lines: string[] = [];
    for (let i = from; i < to; i++) {
      const replacement = replaced.get(i);
      if (replacement === undefined) lines.push(target[i]);
      else {
        lines.push(...replacement.lines);
        i = replacement.to;
      }
    }
    return lines;
  };
  const before = theirs(0, start);
  return {
    kind: 'placed',
    lines: [...before, ...kept, ...theirs(end, target.length)],
    end: before.length + kept.length,
  };
}

/** sdkgen's lines `at`–`to` (inclusive) replaced by `lines`. */
interface Replacement {
  to: number;
  lines: string[];
}

/**
 * The added lines as keyword arguments, each whole over the lines its brackets span (a blank line one of its own), or
 * null where a line begins no keyword argument.
 */
function keywordArguments(added: string[]): string[][] | null {
  const groups: string[][] = [];
  let depth = 0;
  for (const line of added) {
    if (depth > 0) groups[groups.length - 1].push(line);
    else if (line.trim() === '') groups.push([line]);
    else if (KEYWORD.test(line)) groups.push([line]);
    else return null;
    for (const c of code(line)) {
      if (OPENERS.includes(c)) depth++;
      else if (CLOSERS.includes(c) && --depth < 0) return null;
    }
  }
  return depth === 0 ? groups : null;
}

/** The lines at `indent`, the deeper ones as much deeper as they were than the first. */
function reindented(lines: string[], indent: number): string[] {
  const base = indentOf(lines[0]);
  return lines.map((line) =>
    line.trim() === ''
      ? line.replace(/^[ \t]+/, '')
      : ' '.repeat(Math.max(indent, indent + indentOf(line) - base)) + line.trimStart(),
  );
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/**
 * A constant: `True`, `False`, `None`, a number, a string of one line, and what is built of them alone, over one line
 * or several: a tuple, list, set or dict of constants, or a call (a name's) given only constants.
 */
export function isConstant(value: string): boolean {
  const blanked = value.replace(/(["'])(?:\\.|(?!\1)[^\n])*\1/g, '\u00a7');
  if (!/\S/.test(blanked)) return false;
  for (const m of blanked.matchAll(
    /\s+|([A-Za-z_][\w.]*)(\s*\(|\s*=(?!=))?|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[()[\]{},:\u00a7]|(.)/g,
  )) {
    if (m[3] !== undefined) return false;
    if (m[1] !== undefined && m[2] === undefined && !['True', 'False', 'None'].includes(m[1])) return false;
  }
  return true;
}

/**
 * A value ruff's B006 reads as mutable: a list, dict or set display or comprehension (anywhere in it), or a call of
 * `list`, `dict`, `set`, `bytearray` or a `collections` container.
 */
export function isMutable(value: string): boolean {
  const blanked = value.replace(/(["'])(?:\\.|(?!\1)[^\n])*\1/g, '""').replace(/#.*$/gm, '');
  return (
    /(?:^|[^\w)\]\s])\s*[[{]/.test(blanked) ||
    /(?<![\w.])(?:collections\.)?(?:list|dict|set|bytearray|deque|defaultdict|OrderedDict|Counter)\s*\(/.test(blanked)
  );
}

/**
 * How often the body of the function whose `def` is at line `def` reads its parameter `name` (a keyword argument's
 * name and an assignment's target not counted).
 */
function readsOfParameter(target: string[], def: number, name: string): number {
  const depth = indentOf(target[def]);
  const read = new RegExp(`(?<![\\w.])${name}(?!\\w)(?!\\s*=(?!=))`, 'g');
  let reads = 0;
  let inBody = false;
  for (let k = def; k < target.length; k++) {
    const line = code(target[k]);
    if (k > def && line.trim() !== '' && indentOf(line) <= depth && inBody) break;
    if (inBody) reads += (line.match(read) ?? []).length;
    else if (/\)\s*(?:->[^:]*)?:\s*$/.test(line)) inBody = true;
  }
  return reads;
}

/**
 * Where sdkgen's keyword line `ours` (`name=name,`, in the call opened at line `open`) passes on a parameter of its
 * enclosing function that is declared with a default (`name: T = default`; a parameter a line, or a signature on one
 * line or wrapped alike; the default on one line or several), and the owners' keyword argument `theirs` (its lines)
 * passes a constant (`name=True,`, a tuple over lines): the lines of that parameter's default with their constant in
 * its place, and the lines they replace (`at`–`to`). Null for any other keyword line.
 */
function asParameterDefault(
  target: string[],
  open: number,
  ours: string,
  theirs: string[],
): { at: number; to: number; lines: string[] } | null {
  const name = KEYWORD.exec(ours)![1];
  // (Lines read without their ends; each but the last given sdkgen's line end again below.)
  const eol = target[open].endsWith('\n') ? '\n' : '';
  const bare = theirs.map((line) => line.replace(/\n$/, ''));
  const given = [bare[0].slice(bare[0].indexOf('=') + 1).trim(), ...bare.slice(1)];
  given[given.length - 1] = given[given.length - 1].replace(/,\s*$/, '').trimEnd();
  if (!isConstant(given.join('\n')) || ours.trim().replace(/,$/, '').replace(/\s/g, '') !== `${name}=${name}`)
    return null;
  const depth = indentOf(target[open]);
  // (The nearest `def` above the call, less deep than it.)
  let i = open;
  while (i >= 0 && !(indentOf(target[i]) < depth && /^\s*(?:async\s+)?def\s/.test(target[i]))) i--;
  const def = i < 0 ? null : /^\s*(?:async\s+)?def\s+\w+\s*\(/.exec(code(target[i]));
  if (def == null || closing(target, i, def[0].length - 1) === null) return null;
  const declared = parameterDefault(target, i, def[0].length - 1, name);
  if (declared === null) return null;
  // (A mutable value is shared by every call as a default: only where the function passes the parameter on alone.)
  if (isMutable(given.join('\n')) && readsOfParameter(target, i, name) > 1) return null;
  // (Their value's later lines as deep under the parameter's line as they were under their keyword's.)
  const step = indentOf(target[declared.at]) - indentOf(bare[0]);
  const lines = [
    target[declared.at].slice(0, declared.from) + given[0],
    ...given
      .slice(1)
      .map((line) => (line.trim() === '' ? '' : ' '.repeat(Math.max(0, indentOf(line) + step)) + line.trimStart())),
  ];
  const last = lines.length - 1;
  return {
    at: declared.at,
    to: declared.endAt,
    lines: lines.map((line, k) => (k === last ? line + target[declared.endAt].slice(declared.to) : line + eol)),
  };
}

/**
 * The default of parameter `name` in the parameter list opened at line `at`, column `column` (a signature on one line,
 * wrapped, or a parameter a line alike): the lines and columns it spans (from `at`, `from` to `endAt`, `to`). Parameters
 * are parted by the commas outside brackets and strings; the default is what follows the parameter's `=`.
 */
function parameterDefault(
  target: string[],
  at: number,
  column: number,
  name: string,
): { at: number; from: number; endAt: number; to: number } | null {
  let depth = 0;
  let head = '';
  let named = false;
  let start: { at: number; column: number } | null = null;
  let end: { at: number; column: number } | null = null;
  // (One parameter read: the default found where it is `name`'s, on one line or several.)
  const found = () =>
    head.trim() === name && start !== null && end !== null && start.at >= 0
      ? { at: start.at, from: start.column, endAt: end.at, to: end.column + 1 }
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

/**
 * An owners' edit of a resource method of Stainless's that sends a request header from the same-named field of the
 * method's params, where sdkgen's method of that name sends it so already (issue 89, writer's `files.upload`: the
 * owners destructure `'Content-Type': contentType` from the params and send it as `headers: { 'Content-Type':
 * contentType, …, ...options?.headers }` in place of Stainless's fixed `text/plain`; sdkgen's `upload` destructures the
 * same field and sends it as the same header). Read by what the methods do, not by their text: a line the owners add
 * to the method is done when it is
 * - an entry of the method's headers object sending header H from params field F, where sdkgen's method sends H from F;
 * - `...options?.headers` as the headers object's last entry (the call's headers win), where sdkgen's method hands
 *   the call's options to the client, whose base client layers their headers over the method's (core/base-client.ts);
 * - an entry of the params' destructuring binding a field sdkgen's method binds from its params too, whose every use
 *   in the owners' method is such a header entry or a line of Stainless's method (a use as Stainless made it);
 * - the frame of the destructuring or of the headers object (`const {`, `} = params;`, `headers: {`, `},`).
 * Either method may write its destructuring or headers object on one line, as Prettier does where it fits (writer's
 * `headers: { 'Content-Disposition': contentDisposition, 'Content-Type': contentType },` once sdkgen's upload had no
 * Content-Length header): a line holding several entries is done when each of them is.
 */

/** A method of a class, as lines `[start, end)` of its module, with its first parameter's name. */
interface Method {
  name: string;
  params: string;
  start: number;
  end: number;
}

const METHOD = /^ {2}(?:async )?([\w$]+)\(([\w$]+)\??:/;

/** The class method (at a class body's indentation) holding line `at` of `lines`, or null. */
function methodAt(lines: string[], at: number): Method | null {
  for (let i = at; i >= 0; i--) {
    const m = METHOD.exec(lines[i]);
    if (m === null) {
      if (/^ {2}\}$/.test(lines[i].replace(/\n$/, '')) && i < at) return null;
      continue;
    }
    const end = lines.findIndex((line, j) => j > i && /^ {2}\}$/.test(line.replace(/\n$/, '')));
    return end < 0 || end < at ? null : { name: m[1], params: m[2], start: i, end: end + 1 };
  }
  return null;
}

/** The method named `name` of `lines`, or null. */
function methodNamed(lines: string[], name: string): Method | null {
  const start = lines.findIndex((line) => METHOD.exec(line)?.[1] === name);
  return start < 0 ? null : methodAt(lines, start);
}

/** What a method does with its params and headers: each bound variable's field, each header's source, by line. */
interface Reading {
  /** Variable → params field, and the index of the line binding it. */
  bound: Map<string, { field: string; line: number }>;
  /** Header → `param:<field>` or the value's text, and the index of its line. */
  headers: Map<string, { source: string; line: number }>;
  /** The index of the headers object's `...options?.headers` line, where it is that object's last entry. */
  optionsLast: number | null;
  /** The lines of the destructuring's and headers object's frames. */
  frames: Set<number>;
  /** Whether the method hands the call's options to the client. */
  passesOptions: boolean;
}

const KEY = String.raw`(?:'([^']+)'|"([^"]+)"|([\w$]+))`;
const ENTRY = new RegExp(String.raw`^${KEY}(?:\s*:\s*([\w$]+))?,?$`);
const HEADER_ENTRY = new RegExp(String.raw`^${KEY}\s*:\s*(.+?),?$`);

function read(lines: string[], method: Method): Reading {
  const reading: Reading = {
    bound: new Map(),
    headers: new Map(),
    optionsLast: null,
    frames: new Set(),
    passesOptions: false,
  };
  const text = (i: number) => lines[i].replace(/\n$/, '').trim();
  const bind = (entry: string, line: number) => {
    const m = ENTRY.exec(entry);
    if (m === null) return;
    const field = m[1] ?? m[2] ?? m[3];
    reading.bound.set(m[4] ?? field, { field, line });
  };
  const send = (entry: string, line: number, last: boolean) => {
    if (/^\.\.\.options\?\.headers,?$/.test(entry) && last) reading.optionsLast = line;
    const m = HEADER_ENTRY.exec(entry);
    if (m === null) return;
    const param = reading.bound.get(m[4]);
    reading.headers.set((m[1] ?? m[2] ?? m[3]).toLowerCase(), { source: param ? `param:${param.field}` : m[4], line });
  };
  for (let i = method.start + 1; i < method.end; i++) {
    // Written on one line where it fits (Prettier): `const { a, 'B': b } = params;`, `headers: { 'B': b },`.
    const oneLine =
      new RegExp(String.raw`^const \{ (.+) \} = ${method.params.replace(/\$/g, '\\$')};$`).exec(text(i)) ??
      /^headers: \{ (.+) \},?$/.exec(text(i));
    if (oneLine !== null) {
      const entries = topLevelEntries(oneLine[1]);
      entries.forEach((entry, k) =>
        text(i).startsWith('const') ? bind(entry, i) : send(entry, i, k === entries.length - 1),
      );
    } else if (text(i) === 'const {') {
      const close = lines.findIndex((_, j) => j > i && j < method.end && /^\}\s*=/.test(text(j)));
      if (close < 0 || text(close) !== `} = ${method.params};`) continue;
      reading.frames.add(i).add(close);
      for (let j = i + 1; j < close; j++) bind(text(j), j);
      i = close;
    } else if (text(i) === 'headers: {') {
      const close = lines.findIndex((_, j) => j > i && j < method.end && /^\},?$/.test(text(j)));
      if (close < 0) continue;
      reading.frames.add(i).add(close);
      for (let j = i + 1; j < close; j++) send(text(j), j, j === close - 1);
      i = close;
    } else if (/^\.\.\.options,?$|^options,?$|^\},\s*options\)?[;,]?$/.test(text(i))) {
      reading.passesOptions = true;
    }
  }
  return reading;
}

/** The entries of an object literal's or pattern's body written on one line, split at its top-level commas. */
function topLevelEntries(body: string): string[] {
  const entries: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      entries.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = body.slice(start).trim();
  return last === '' ? entries : [...entries, last];
}

/**
 * Whether line `at` of `edited` (the owners' module) is done by sdkgen's method of the same name in `target`, as the
 * module's doc says; `base` is Stainless's module.
 */
export function headerFromParamsDone(at: number, edited: string[], base: string[], target: string[]): boolean {
  const theirs = methodAt(edited, at);
  const ours = theirs && methodNamed(target, theirs.name);
  if (theirs === null || ours === null) return false;
  const owners = read(edited, theirs);
  const sdkgen = read(target, ours);
  // Each entry of a line is read (a headers object or destructuring on one line holds several): all must be done.
  const sendsAsSdkgen = (line: number) => {
    const entries = [...owners.headers].filter(([, entry]) => entry.line === line);
    return (
      entries.length > 0 &&
      entries.every(
        ([header, { source }]) => source.startsWith('param:') && sdkgen.headers.get(header)?.source === source,
      )
    );
  };
  const stainless = new Set(base.map((line) => line.trim()));
  const bindingDone = (variable: string, field: string) => {
    if (![...sdkgen.bound.values()].some((b) => b.field === field)) return false;
    const uses = new RegExp(String.raw`(?<![\w$'"])${variable.replace(/\$/g, '\\$')}(?![\w$'"])`);
    for (let i = theirs.start + 1; i < theirs.end; i++) {
      if (i === at || owners.frames.has(i) || !uses.test(edited[i])) continue;
      if (!sendsAsSdkgen(i) && !stainless.has(edited[i].trim())) return false;
    }
    return true;
  };
  if (owners.frames.has(at)) return true;
  const headers = [...owners.headers.values()].filter((entry) => entry.line === at);
  const bindings = [...owners.bound].filter(([, { line }]) => line === at);
  if (headers.length === 0 && bindings.length === 0 && owners.optionsLast !== at) return false;
  return (
    (headers.length === 0 || sendsAsSdkgen(at)) &&
    (owners.optionsLast !== at || sdkgen.passesOptions) &&
    bindings.every(([variable, { field }]) => bindingDone(variable, field))
  );
}

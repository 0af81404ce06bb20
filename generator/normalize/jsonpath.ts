/**
 * A small JSONPath evaluator for the subset Stainless transforms use (they run JSONPath Plus):
 *
 *   $                      the document
 *   .name  ['name']        a member (a dot name runs to the next `.` or `[`, so `$.paths./v1/users.get` works)
 *   [n]                    an array element (negative counts from the end)
 *   .*  [*]                every member / element
 *   ..name  ..*  ..[…]     the same, at any depth
 *   [?(@.a.b == 'x')]      members / elements for which a comparison (==, !=, ===, !==) or `@.a` holds
 *
 * Nothing is evaluated as code: a filter is parsed into a path and a literal. Only own properties are followed,
 * so `$.constructor` or `$.__proto__` match nothing.
 */

export type PathToken = string | number;

type Selector =
  | { kind: 'name'; name: string }
  | { kind: 'wildcard' }
  | { kind: 'index'; index: number }
  | { kind: 'filter'; path: string[]; op: '==' | '!=' | null; literal: unknown };

interface Segment {
  descend: boolean;
  sel: Selector;
}

export interface CompiledPath {
  source: string;
  segments: Segment[];
}

/** One node a path matched: its value and where it sits (parent null for the document itself). */
export interface PathMatch {
  value: unknown;
  parent: Record<string, unknown> | unknown[] | null;
  key: PathToken | null;
  path: PathToken[];
}

export class JsonPathError extends Error {}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => v !== null && typeof v === 'object';
const hasOwn = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k);

export function compileJsonPath(source: string): CompiledPath {
  const fail = (why: string, at: number): never => {
    throw new JsonPathError(`${why} at position ${at} of ${JSON.stringify(source)}`);
  };
  const s = source.trim();
  if (!s.startsWith('$')) fail('a JSONPath starts with `$`', 0);
  const segments: Segment[] = [];
  let i = 1;
  while (i < s.length) {
    let descend = false;
    if (s.startsWith('..', i)) {
      descend = true;
      i += 2;
      if (s[i] === '[') {
        const [sel, next] = parseBracket(s, i, fail);
        segments.push({ descend, sel });
        i = next;
        continue;
      }
    } else if (s[i] === '.') {
      i += 1;
    } else if (s[i] === '[') {
      const [sel, next] = parseBracket(s, i, fail);
      segments.push({ descend, sel });
      i = next;
      continue;
    } else {
      fail('expected `.` or `[`', i);
    }
    let end = i;
    while (end < s.length && s[end] !== '.' && s[end] !== '[') end++;
    const name = s.slice(i, end);
    if (name === '') fail('empty member name', i);
    segments.push({ descend, sel: name === '*' ? { kind: 'wildcard' } : { kind: 'name', name } });
    i = end;
  }
  return { source, segments };
}

function parseBracket(s: string, start: number, fail: (why: string, at: number) => never): [Selector, number] {
  let i = start + 1;
  const close = (sel: Selector): [Selector, number] => {
    while (s[i] === ' ') i++;
    if (s[i] !== ']') fail('expected `]`', i);
    return [sel, i + 1];
  };
  while (s[i] === ' ') i++;
  if (s[i] === '*') {
    i++;
    return close({ kind: 'wildcard' });
  }
  if (s[i] === "'" || s[i] === '"') {
    const [name, next] = readString(s, i, fail);
    i = next;
    return close({ kind: 'name', name });
  }
  const num = /^-?\d+/.exec(s.slice(i));
  if (num) {
    i += num[0].length;
    return close({ kind: 'index', index: Number(num[0]) });
  }
  if (s.startsWith('?(', i)) {
    // Find the `)` that closes the filter, skipping quoted strings.
    let j = i + 2;
    let depth = 1;
    while (j < s.length && depth > 0) {
      if (s[j] === "'" || s[j] === '"') j = readString(s, j, fail)[1];
      else {
        if (s[j] === '(') depth++;
        else if (s[j] === ')') depth--;
        j++;
      }
    }
    if (depth !== 0) fail('unclosed filter `?(`', i);
    const sel = parseFilter(s.slice(i + 2, j - 1), i + 2, fail);
    i = j;
    return close(sel);
  }
  return fail("unsupported bracket expression (supported: [n], [*], ['name'], [?(@.a == literal)])", i);
}

function readString(s: string, start: number, fail: (why: string, at: number) => never): [string, number] {
  const quote = s[start];
  let out = '';
  let i = start + 1;
  while (i < s.length && s[i] !== quote) {
    if (s[i] === '\\' && i + 1 < s.length) i++;
    out += s[i];
    i++;
  }
  if (i >= s.length) fail('unterminated string', start);
  return [out, i + 1];
}

/** `@.a.b OP literal` or `@.a.b` (holds when the member exists and is truthy, as in JavaScript). */
function parseFilter(text: string, offset: number, fail: (why: string, at: number) => never): Selector {
  const m = /^\s*@((?:\.[A-Za-z_$][\w$-]*|\[\s*(?:'[^']*'|"[^"]*")\s*\])*)\s*(?:(===|!==|==|!=)\s*(.+?))?\s*$/.exec(
    text,
  );
  if (!m) return fail('unsupported filter (supported: @.a.b == literal, !=, or @.a.b alone)', offset);
  const path = [...m[1].matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/g)].map(
    (p) => p[1] ?? p[2] ?? p[3],
  );
  if (m[2] === undefined) return { kind: 'filter', path, op: null, literal: undefined };
  const op = m[2].startsWith('=') ? '==' : '!=';
  const raw = m[3];
  let literal: unknown;
  if (/^(['"]).*\1$/.test(raw)) literal = readString(raw, 0, fail)[0];
  else if (/^-?\d+(\.\d+)?$/.test(raw)) literal = Number(raw);
  else if (raw === 'true' || raw === 'false') literal = raw === 'true';
  else if (raw === 'null') literal = null;
  else return fail(`unsupported filter operand ${JSON.stringify(raw)} (a string, number, true, false or null)`, offset);
  return { kind: 'filter', path, op, literal };
}

function childrenOf(m: PathMatch): PathMatch[] {
  const v = m.value;
  if (Array.isArray(v)) return v.map((value, index) => ({ value, parent: v, key: index, path: [...m.path, index] }));
  if (isContainer(v)) {
    const o = v as Record<string, unknown>;
    return Object.keys(o).map((key) => ({ value: o[key], parent: o, key, path: [...m.path, key] }));
  }
  return [];
}

/** The node and everything below it, depth first; a node already on the way down is not entered again. */
function selfAndDescendants(m: PathMatch, out: PathMatch[] = [], onPath = new Set<unknown>()): PathMatch[] {
  out.push(m);
  if (isContainer(m.value) && !onPath.has(m.value)) {
    onPath.add(m.value);
    for (const child of childrenOf(m)) selfAndDescendants(child, out, onPath);
    onPath.delete(m.value);
  }
  return out;
}

function filterHolds(sel: Extract<Selector, { kind: 'filter' }>, value: unknown): boolean {
  let cur: unknown = value;
  for (const name of sel.path) {
    // A missing member reads as undefined, as in JavaScript: `@.a != 'x'` holds when there is no `a`.
    cur = isContainer(cur) && !Array.isArray(cur) && hasOwn(cur, name) ? cur[name] : undefined;
  }
  if (sel.op === null) return Boolean(cur);
  return sel.op === '==' ? cur === sel.literal : cur !== sel.literal;
}

function select(m: PathMatch, sel: Selector): PathMatch[] {
  const v = m.value;
  switch (sel.kind) {
    case 'name':
      if (!isContainer(v) || Array.isArray(v) || !hasOwn(v, sel.name)) return [];
      return [{ value: v[sel.name], parent: v, key: sel.name, path: [...m.path, sel.name] }];
    case 'index': {
      if (!Array.isArray(v)) return [];
      const index = sel.index < 0 ? v.length + sel.index : sel.index;
      if (index < 0 || index >= v.length) return [];
      return [{ value: v[index], parent: v, key: index, path: [...m.path, index] }];
    }
    case 'wildcard':
      return childrenOf(m);
    case 'filter':
      return childrenOf(m).filter((c) => filterHolds(sel, c.value));
  }
}

/** Every node `path` matches in `root`, in document order, each once. */
export function queryJsonPath(root: unknown, path: CompiledPath): PathMatch[] {
  let current: PathMatch[] = [{ value: root, parent: null, key: null, path: [] }];
  for (const seg of path.segments) {
    const next: PathMatch[] = [];
    const seen = new Set<string>();
    for (const m of current) {
      for (const base of seg.descend ? selfAndDescendants(m) : [m]) {
        for (const hit of select(base, seg.sel)) {
          const id = JSON.stringify(hit.path);
          if (seen.has(id)) continue;
          seen.add(id);
          next.push(hit);
        }
      }
    }
    current = next;
  }
  return current;
}

/** `$.components.schemas['a.b'][0]`: a match's location, for messages. */
export function formatPath(path: PathToken[]): string {
  return path.reduce<string>(
    (acc, t) =>
      acc +
      (typeof t === 'number'
        ? `[${t}]`
        : /^[A-Za-z_$][\w$-]*$/.test(t)
          ? `.${t}`
          : `['${t.replace(/[\\']/g, '\\$&')}']`),
    '$',
  );
}

/**
 * The names a function of a carried Python module reads that nothing binds where it runs, though the owners' version
 * of the same function binds them: a body of theirs carried into sdkgen's function whose signature hunk (or the line
 * assigning the local) found no place reads `stream`, and would fail with a NameError when called. Module-level
 * names are sound-module.ts's; this reads function scopes: the parameters, the locals, the enclosing functions' and
 * the module's names. Read from the text alone, generously (any binding form anywhere in a function counts for it), so
 * that a name is called lost only where the owners' function shows where it came from.
 */
import { readModule, statementsAt, type ModuleLines } from '../source/statements';

export interface FunctionScope {
  /** `SessionsResource.chat`, a nested one `outer.inner`. */
  name: string;
  /** The names it binds (parameters, locals) and those of the functions enclosing it. */
  bound: Set<string>;
  /** The names its own body reads (keyword argument names left out). */
  reads: Set<string>;
  /** Its own lines (those of the functions nested in it left out), each with the names it reads. */
  lines: Map<number, Set<string>>;
  /** Its parameters' names, as its signature declares them. */
  params: Set<string>;
  /** Its `def` line (0-based): its signature is that line and those continuing it. */
  head: number;
}

/**
 * `function: name` for each name a function of `carried` reads, binds nowhere it can see, and that the owners'
 * function of the same name (in `edited`) binds; less those sdkgen's module (`target`) already reads so.
 */
export function lostFunctionNames(carried: string, edited: string, target: string): string[] {
  const lost = (text: string) => {
    const module = readModule(text);
    const moduleNames = moduleBinds(module);
    const owners = new Map(functionScopes(readModule(edited)).map((f) => [f.name, f.bound]));
    return functionScopes(module).flatMap((f) => {
      const theirs = owners.get(f.name);
      if (theirs === undefined) return [];
      return (
        [...f.reads]
          // (A keyword the owners' signature words name, `-> None`, is bound by none.)
          .filter((n) => !f.bound.has(n) && !moduleNames.has(n) && theirs.has(n) && !PYTHON_KEYWORDS.has(n))
          .map((n) => `${f.name}: ${n}`)
      );
    });
  };
  const already = new Set(lost(target));
  return [...new Set(lost(carried))].filter((entry) => !already.has(entry)).sort();
}

/**
 * `function: name` for each local a function of `carried` assigns and never reads, where the owners' function of the
 * same name (in `edited`) reads it: their hunk binding it (`result = f(…)` for `return f(…)`) was carried and those
 * reading it found no place, so the function computes a value it drops (and falls through where they returned it).
 * Less those sdkgen's module (`target`) already leaves unread.
 */
export function unreadFunctionNames(carried: string, edited: string, target: string): string[] {
  const ownersModule = readModule(edited);
  const owners = new Map(functionScopes(ownersModule).map((f) => [f.name, f]));
  const unread = (text: string) => {
    const module = readModule(text);
    return functionScopes(module).flatMap((f) => {
      const theirs = owners.get(f.name);
      if (theirs === undefined) return [];
      return [...f.reads]
        .filter(
          (n) =>
            !PYTHON_KEYWORDS.has(n) &&
            // (A parameter is bound by the call: an overload's `streaming: Literal[False] = False,` is no local.)
            !f.params.has(n) &&
            onlyAssigned(module, f, n) &&
            !onlyAssigned(ownersModule, theirs, n) &&
            theirs.reads.has(n),
        )
        .map((n) => `${f.name}: ${n}`);
    });
  };
  const already = new Set(unread(target));
  return [...new Set(unread(carried))].filter((entry) => !already.has(entry)).sort();
}

/** Whether every own line of `scope` naming `name` is a plain assignment to it (`name = …`, `name: T = …`). */
function onlyAssigned(module: ModuleLines, scope: FunctionScope, name: string): boolean {
  const assigns = new RegExp(`^\\s*${name}\\s*(?::[^=]*)?=(?!=)(.*)$`);
  const lines = [...scope.lines].filter(([, names]) => names.has(name));
  return (
    lines.length > 0 &&
    lines.every(([line]) => {
      const assigned = assigns.exec(module.code[line]);
      return assigned !== null && !new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(assigned[1]);
    })
  );
}

/**
 * The lines of `text` (0-based) on which the function an entry of lostFunctionNames names (`function: name`) reads
 * that name in its own body: in the owners' module, the lines of theirs a carried function lost the name for.
 */
export function linesReading(text: string, entries: string[]): number[] {
  const module = readModule(text);
  const scopes = functionScopes(module);
  const found = new Set<number>();
  for (const entry of entries) {
    const [, fn, name] = /^(.*?): ((?:self\.|super\(\)\.|\w+\.)?\w+|@override)$/.exec(entry) ?? [];
    // (`self.<attr>`, an attribute nothing sets: unset-attributes.ts; `super().<x>`, `options.<x>`, a member of the
    // runtime sdkgen's lacks, and `@override`, the method's own `def` line: runtime-members.ts.)
    const attribute = name?.includes('.') ? new RegExp(`(?<![\\w.])${name.replace(/[().]/g, '\\$&')}(?!\\w)`) : null;
    for (const scope of scopes.filter((s) => s.name === fn)) {
      if (name === '@override') found.add(scope.head);
      else
        for (const [line, names] of scope.lines)
          if (attribute ? attribute.test(module.code[line]) : names.has(name)) found.add(line);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The module's text and the own lines (nested functions' left out) of its one function named `fn`
 * (`Class.method`), each with the names it reads; null where the module has no such function, or more than one.
 */
export function functionLines(
  text: string,
  fn: string,
): { module: ModuleLines; lines: Map<number, Set<string>> } | null {
  const module = readModule(text);
  const scopes = functionScopes(module).filter((s) => s.name === fn);
  return scopes.length === 1 ? { module, lines: scopes[0].lines } : null;
}

const DEF = /^([ \t]*)(?:async\s+)?def\s+(\w+)/;
const CLASS = /^([ \t]*)class\s+(\w+)/;

/** Every function of the module with what it binds and reads; methods named after their class. */
export function functionScopes(module: ModuleLines): FunctionScope[] {
  const scopes: FunctionScope[] = [];
  /** The open classes and functions, innermost last. */
  const open: Array<{ indent: number; name: string; fn: FunctionScope | null }> = [];
  for (let i = 0; i < module.lines.length; i++) {
    if (module.continues[i] || module.code[i].trim() === '') continue;
    const indent = /^[ \t]*/.exec(module.lines[i])![0].length;
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    const def = DEF.exec(module.code[i]);
    const cls = def ? null : CLASS.exec(module.code[i]);
    if (!def && !cls) continue;
    const name = [...open.map((o) => o.name), (def ?? cls)![2]].join('.');
    if (cls) {
      open.push({ indent, name: cls[2], fn: null });
      continue;
    }
    const end = blockEnd(module, i, indent);
    const enclosing = [...open].reverse().find((o) => o.fn !== null)?.fn ?? null;
    const body = module.code.slice(i, end).join('\n');
    const bound = new Set([...(enclosing?.bound ?? []), ...bindsIn(body)]);
    // Its own reads: its lines less those of the functions nested in it (theirs are judged in their own scope).
    const lines = readsByLine(module, i + 1, end, indent);
    const reads = new Set([...lines.values()].flatMap((names) => [...names]));
    const scope = { name, bound, reads, lines, params: parameterNames(body), head: i };
    scopes.push(scope);
    open.push({ indent, name: def![2], fn: scope });
  }
  return scopes;
}

/** The names of the parameters the first signature of `code` (`def f(a, *, b: int = 1, **kw)`) declares. */
export function parameterNames(code: string): Set<string> {
  const open = /\bdef\s+\w+\s*\(/.exec(code);
  const names = new Set<string>();
  if (open === null) return names;
  let depth = 1;
  let item = '';
  const items: string[] = [];
  for (let i = open.index + open[0].length; i < code.length && depth > 0; i++) {
    const c = code[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (depth === 0 || (depth === 1 && c === ',')) {
      items.push(item);
      item = '';
    } else item += c;
  }
  for (const each of items) {
    const name = /^\s*\*{0,2}\s*([A-Za-z_]\w*)/.exec(each);
    if (name) names.add(name[1]);
  }
  return names;
}

/** One past the last line of the block whose head is at `head` (indented `indent`). */
function blockEnd(module: ModuleLines, head: number, indent: number): number {
  let end = head + 1;
  for (let i = head + 1; i < module.lines.length; i++) {
    if (module.continues[i] || module.code[i].trim() === '') continue;
    if (/^[ \t]*/.exec(module.lines[i])![0].length <= indent) break;
    end = i + 1;
  }
  while (end < module.lines.length && module.continues[end]) end++;
  return end;
}

/**
 * The names each of lines [from, to) reads, less nested functions' lines and call keywords (`stream=` of
 * `f(stream=x)`).
 */
function readsByLine(module: ModuleLines, from: number, to: number, indent: number): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  let nested: number | null = null;
  for (let i = from; i < to; i++) {
    const lineIndent = /^[ \t]*/.exec(module.lines[i])![0].length;
    if (!module.continues[i] && module.code[i].trim() !== '') {
      if (nested !== null && lineIndent <= nested) nested = null;
      if (nested === null && lineIndent > indent && DEF.test(module.code[i])) nested = lineIndent;
    }
    if (nested !== null) continue;
    let words = module.words[i].replace(/([(,]\s*)[A-Za-z_]\w*\s*=(?!=)/g, '$1');
    if (module.continues[i]) words = words.replace(/^\s*[A-Za-z_]\w*\s*=(?!=)/, '');
    byLine.set(i, new Set([...words.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)].map((m) => m[0])));
  }
  return byLine;
}

/** What the module binds at its top level: its statements' names, and anything assigned or imported there. */
export function moduleBinds(module: ModuleLines): Set<string> {
  const names = new Set<string>();
  for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
    statement.binds.forEach((n) => names.add(n));
    if (statement.kind !== 'def' && statement.kind !== 'class')
      bindsIn(module.code.slice(statement.start, statement.end).join('\n')).forEach((n) => names.add(n));
  }
  return names;
}

/** Every name code binds: definitions, parameters, assignments, imports, loop, `as`, walrus and lambda targets. */
export function bindsIn(code: string): Set<string> {
  const names = new Set<string>();
  const add = (list: string) => {
    for (const m of list.matchAll(/[A-Za-z_]\w*/g)) names.add(m[0]);
  };
  for (const m of code.matchAll(/\b(?:def|class)\s+(\w+)/g)) names.add(m[1]);
  for (const m of code.matchAll(/^[ \t]*((?:from\s+\S+\s+)?import\s+(?:\([^)]*\)|[^\n]+))/gm)) add(m[1]);
  for (const m of code.matchAll(/^[ \t]*([\w \t,()[\]*]+?)\s*(?::[^=\n]+)?[-+*/%&|^@]?=(?!=)/gm)) add(m[1]);
  for (const m of code.matchAll(/\b(?:global|nonlocal)\s+([\w \t,]+)/g)) add(m[1]);
  for (const m of code.matchAll(/\bfor\s+([\w \t,()*]+?)\s+in\b/g)) add(m[1]);
  for (const m of code.matchAll(/\bas\s+(\w+)/g)) names.add(m[1]);
  for (const m of code.matchAll(/(\w+)\s*:=/g)) names.add(m[1]);
  for (const m of code.matchAll(/\blambda\b([^:]*):/g)) add(m[1]);
  // A signature's words: its parameters (annotations and defaults too, which only widens the set).
  for (const m of code.matchAll(/\bdef\s+\w+\s*\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const from = i;
    while (i < code.length && depth > 0) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
      i++;
    }
    add(code.slice(from, i - 1));
  }
  return names;
}

/**
 * Python's keywords and constants, which no function binds: the owners' signature words (`-> None`) are no binding of
 * them. (A builtin, `id`, may be a parameter of theirs that sdkgen's function lacks: it stays a name that can be lost.)
 */
export const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/**
 * The evidence removed-already.ts asks of an owners' deletion from Stainless's runtime before calling it done: that
 * sdkgen's module does not do what each statement taken out did. sdkgen's module lacking the lines word for word is no
 * such evidence (its runtime words the same work otherwise: Stainless's `headers[idempotency_header] = …` against
 * sdkgen's `headers.setdefault(self._idempotency_header, …)`). A statement is absent from sdkgen's module where it names
 * something sdkgen's module never names: a name it reads from outside itself (an attribute, a function, a module, a
 * class), or the name it defines (a `def`, a `class`, a module-level assignment); a `def` or `class` so absent takes
 * its body with it. The names it binds inside a function (a local, a loop's target) are its wording, no evidence; nor
 * is a key string sdkgen's module lacks as a literal (it may compute a header's name: `f"x-stainless-{key}"`). A
 * statement naming nothing outside itself (keywords alone, `else:`, `pass`, `return`, `break`; the deletion's own
 * locals) names nothing either way: it goes with the statements around it, and a deletion of such statements alone
 * has no evidence.
 */
import { PYTHON_KEYWORDS } from '../../../naming/python';
import { readModule } from '../source/module-lines';

/** Builtins whose absence from a module says nothing of what it does. */
const BUILTINS = new Set([
  'self',
  'cls',
  'str',
  'int',
  'float',
  'bool',
  'bytes',
  'dict',
  'list',
  'tuple',
  'set',
  'len',
]);

/**
 * Whether every statement of `removed` (the lines a hunk takes out, as written) names something sdkgen's module
 * (`ours`) never names. Comments and blank lines need none: they run nothing; nor does a statement the owners' module
 * still has line for line (`kept`, each line trimmed): moved, not taken out.
 */
export function eachStatementAbsent(removed: string[], ours: string, kept: (line: string) => boolean): boolean {
  const named = (name: string) => new RegExp(`(?<![\\w])${name}(?!\\w)`).test(ours);
  const statements = logicalLines(removed);
  if (statements === null) return false;
  const locals = new Set(statements.filter((s) => s.indent > 0).flatMap((s) => boundLocally(s.code)));
  // The indentation of a `def` or `class` taken out that sdkgen's module does not have: its body goes with it.
  let coveredBelow: number | null = null;
  const defines = (code: string) => /^\s*(?:async\s+)?(?:def|class)\s+(\w+)/.exec(code)?.[1];
  // (Whether a statement naming nothing outside itself was taken out, and whether one with evidence was.)
  let neutral = false;
  let evidenced = false;
  for (const [at, { indent, code, lines }] of statements.entries()) {
    if (coveredBelow !== null && indent > coveredBelow) continue;
    coveredBelow = null;
    if (code.trim() === '' || lines.every((line) => kept(line.trim()))) continue;
    // (A decorator goes with the `def` or `class` taken out after it.)
    const next = statements.slice(at + 1).find((s) => !s.code.trimStart().startsWith('@'));
    if (code.trimStart().startsWith('@') && next?.indent === indent && defines(next.code) !== undefined) continue;
    const defined = defines(code);
    if (defined !== undefined) {
      if (named(defined)) return false;
      coveredBelow = indent;
      evidenced = true;
      continue;
    }
    const assigned = indent === 0 ? /^(\w+)\s*(?::[^=]+)?=(?!=)/.exec(code)?.[1] : undefined;
    const reads = [...code.matchAll(/[A-Za-z_]\w*/g)]
      .map((m) => m[0])
      .filter((name) => !PYTHON_KEYWORDS.has(name) && !BUILTINS.has(name) && (indent === 0 || !locals.has(name)));
    // (A statement naming nothing outside itself, keywords alone (`else:`, `pass`, `return`), the deletion's own
    // locals, a string, names nothing either way: the statements around it do.)
    if (assigned === undefined && reads.length === 0) {
      neutral = true;
      continue;
    }
    const sign = (assigned !== undefined && !named(assigned)) || reads.some((name) => !named(name));
    if (!sign) return false;
    evidenced = true;
  }
  return evidenced || !neutral;
}

/** A statement over one or more lines (its brackets and strings closed): its indentation and its code. */
interface LogicalLine {
  indent: number;
  /** Its code, strings and comments out. */
  code: string;
  /** Its lines, as written. */
  lines: string[];
}

/**
 * The statements of the lines taken out, read with the shared reader (source/module-lines.ts): a string over lines (a
 * docstring) is one statement whose words are no code. Null where the lines end inside a string or a bracket (the
 * deletion begins or ends within one): what they do cannot be read from them.
 */
function logicalLines(lines: string[]): LogicalLine[] | null {
  // (A line after the last: whether the deletion leaves a string or a bracket open.)
  const module = readModule([...lines, ''].join('\n'));
  if (module.continues[lines.length]) return null;
  const out: LogicalLine[] = [];
  let open: LogicalLine | null = null;
  for (const [at, line] of lines.entries()) {
    const code = module.code[at];
    if (!module.continues[at]) {
      if (code.trim() === '') {
        open = null;
        continue;
      }
      open = { indent: line.length - line.trimStart().length, code, lines: [line] };
      out.push(open);
    } else if (open !== null) {
      open.code += ` ${code.trim()}`;
      open.lines.push(line);
    }
  }
  return out;
}

/** The names a statement binds: assignment targets, loop and comprehension targets, `as` names, `:=`, a lambda's. */
function boundLocally(code: string): string[] {
  const names: string[] = [];
  const target = /^\s*([\w\s,()]+?)\s*(?::[^=]+)?(?:[-+*/|&%]|\/\/|\*\*)?=(?!=)/.exec(code);
  if (target !== null && !/^\s*(?:if|elif|while|return|assert)\b/.test(code)) names.push(...identifiers(target[1]));
  for (const m of code.matchAll(/\bfor\s+([\w\s,()]+?)\s+in\b/g)) names.push(...identifiers(m[1]));
  for (const m of code.matchAll(/\bas\s+(\w+)/g)) names.push(m[1]);
  for (const m of code.matchAll(/(\w+)\s*:=/g)) names.push(m[1]);
  for (const m of code.matchAll(/\blambda\s+([^:]*):/g)) names.push(...identifiers(m[1]));
  return names;
}

const identifiers = (text: string) => (text.match(/[A-Za-z_]\w*/g) ?? []).filter((name) => !PYTHON_KEYWORDS.has(name));

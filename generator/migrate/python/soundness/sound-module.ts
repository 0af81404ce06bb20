/**
 * Whether a module with the owners' edits carried into sdkgen's text still loads and still has what their code reads.
 * Carrying hunk by hunk can take a function of theirs without the helpers it calls (a fixture calling the owners'
 * `_ensure_mock_server`, whose hunk found no place), or put a block at an indent sdkgen's function does not have: the
 * module would not import. Read from the text alone, as the rest of the Python move is.
 *
 * What the carried code reads of the owners' module-level definitions is carried with it (their statements, in their
 * order, before the first statement reading them, with the imports those need); what still does not hold together is
 * said, so that the caller writes no broken module.
 */
import { bindsIn, lostFunctionNames, unreadFunctionNames } from './function-scopes';
import { bindsOf } from '../source/import-resolution';
import { withImportsKept, withImportsNeeded } from '../reapply/imports-needed';
import { namesRead, readModule, statementsAt, type ModuleLines, type Statement } from '../source/statements';
import { newStatementProblem } from './statement-structure';
import { unsetAttributeReads } from './unset-attributes';
import { readBeforeDefinedProblem } from './read-before-defined';
import { boundTwiceProblem } from './bound-twice';
import { runtimeMemberReads, type RuntimeClasses } from './runtime-members';

export type SoundCarry =
  | { kind: 'sound'; text: string; definitionsAdded: string[] }
  /** `lost`: where only names a function lost are wrong, those (`function: name`, as lostFunctionNames says them). */
  | { kind: 'broken'; reason: string; lost?: string[]; unread?: string[] };

/**
 * `carried` (sdkgen's module `target` with the owners' edits) made whole from `edited` (the owners' module), or why it
 * cannot be. A name `target` itself reads unbound is none the edits lost (a star import this reading cannot follow).
 */
export function soundCarried(
  edited: string,
  carriedAsIs: string,
  target: string,
  runtime?: RuntimeClasses,
): SoundCarry {
  // An import of sdkgen's the owners took out where their code stopped using the name (a params module their query
  // helper replaced), while sdkgen's code still reads it: sdkgen's import stays. A name the carried code reads that only
  // the owners imported (their import hunk found no place: llama-cloud's `json`, `cast`) is imported as they did.
  const carried = withImportsKept(target, edited, withImportsNeeded(edited, withImportsNeeded(target, carriedAsIs)));
  // (Python would refuse the module: its indentation, its brackets and arguments, or how its statements nest.)
  const problem = compileProblem(carried, target, edited);
  if (problem !== null) return { kind: 'broken', reason: problem };
  const owners = readModule(edited);
  const ownersTop = statementsAt(owners, 0, owners.lines.length, 0).filter(
    (s) => s.kind !== 'import' && s.kind !== 'future',
  );
  const definedBy = new Map<string, Statement>();
  for (const statement of ownersTop)
    for (const name of bindsOf(owners, statement)) if (!definedBy.has(name)) definedBy.set(name, statement);

  const ownMissing = new Set(missingNames(target, definedBy));
  for (const name of ownMissing) definedBy.delete(name);
  const missing = missingNames(carried, definedBy);
  if (missing.length === 0)
    return lostInFunctions(carried, edited, target, runtime) ?? { kind: 'sound', text: carried, definitionsAdded: [] };

  // The owners' statements defining them, and those these read that the carried module lacks, to a fixed point.
  const carriedBound = boundNames(carried);
  const wanted = new Set<Statement>();
  const queue = [...missing];
  while (queue.length > 0) {
    const statement = definedBy.get(queue.pop()!);
    if (statement === undefined || wanted.has(statement)) continue;
    wanted.add(statement);
    for (const name of namesRead(owners, statement.start, statement.end))
      if (definedBy.has(name) && !carriedBound.has(name)) queue.push(name);
  }
  const block: string[] = [];
  for (const statement of ownersTop.filter((s) => wanted.has(s)))
    block.push(...owners.lines.slice(statement.start, statement.end), '', '');
  const text = withImportsNeeded(edited, insertBeforeFirstReader(carried, block, new Set(missing)));
  const still = missingNames(text, definedBy);
  const problemNow = compileProblem(text, target, edited);
  if (problemNow !== null) return { kind: 'broken', reason: problemNow };
  if (still.length > 0)
    return { kind: 'broken', reason: `it reads ${quoted(still)}, which only your version of it defines` };
  const definitionsAdded = [...wanted].flatMap((s) => bindsOf(owners, s));
  return lostInFunctions(text, edited, target, runtime) ?? { kind: 'sound', text, definitionsAdded };
}

/** Why Python would refuse to compile `text` (sdkgen's `target` with the owners' `edited` carried), or null. */
function compileProblem(text: string, target: string, edited: string): string | null {
  return (
    indentProblem(text) ??
    newSyntaxProblem(text, target, edited) ??
    newStatementProblem(text, target, edited) ??
    // (A name read as the module loads, above its definition: read-before-defined.ts.)
    readBeforeDefinedProblem(text, target, edited) ??
    // (A module-level name defined twice, the earlier definition lost: bound-twice.ts.)
    boundTwiceProblem(text, target, edited)
  );
}

/**
 * Why `text` is broken where a function of it reads a name only the owners' version of it binds (a parameter whose
 * signature hunk found no place: it would raise NameError when called); null where none does.
 */
function lostInFunctions(text: string, edited: string, target: string, runtime?: RuntimeClasses): SoundCarry | null {
  // (And `self.<attr>` an owners' method reads that nothing in sdkgen's class sets: unset-attributes.ts; a member of
  // Stainless's runtime that sdkgen's lacks or types otherwise: runtime-members.ts.)
  const lost = [
    ...new Set([
      ...lostFunctionNames(text, edited, target),
      ...unsetAttributeReads(text, edited, target),
      ...(runtime === undefined ? [] : runtimeMemberReads(text, edited, target, runtime)),
    ]),
  ];
  // (A local of theirs assigned and never read: the hunks reading it found no place, their edit is carried half.)
  const unread = unreadFunctionNames(text, edited, target);
  if (lost.length === 0 && unread.length === 0) return null;
  const shown = (entries: string[]) => entries.map((entry) => entry.replace(/^(.*): ([\w.]+)$/, '`$2` in `$1`'));
  const reasons = [
    ...(lost.length > 0
      ? [
          `it reads ${shown(lost).join(', ')}, which only your version of the function binds (a parameter or local whose line found no place)`,
        ]
      : []),
    ...(unread.length > 0
      ? [`it assigns ${shown(unread).join(', ')} and never reads it (the lines of yours reading it found no place)`]
      : []),
  ];
  return { kind: 'broken', reason: reasons.join('; '), lost, ...(unread.length > 0 ? { unread } : {}) };
}

const quoted = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');

/** Names the owners' module defines at its top level that `text` reads and binds nowhere. */
function missingNames(text: string, definedBy: Map<string, Statement>): string[] {
  const module = readModule(text);
  const bound = boundNames(text);
  return [...namesRead(module, 0, module.lines.length)].filter((n) => definedBy.has(n) && !bound.has(n)).sort();
}

/**
 * Every name `text` binds anywhere (its definitions, assignments, imports, parameters, loop and `as` targets): read
 * generously, so that a name is called missing only where nothing in the module could bind it.
 */
export function boundNames(text: string): Set<string> {
  return bindsIn(readModule(text).code.join('\n'));
}

/** `block` put before the first top-level statement of `text` that reads one of `names` (else at its end). */
function insertBeforeFirstReader(text: string, block: string[], names: Set<string>): string {
  const module = readModule(text);
  const top = statementsAt(module, 0, module.lines.length, 0);
  const reader = top.find(
    (s) =>
      s.kind !== 'import' && s.kind !== 'future' && [...namesRead(module, s.start, s.end)].some((n) => names.has(n)),
  );
  const lines = module.lines;
  if (reader === undefined) {
    const body = lines.join('\n').replace(/\n+$/, '');
    return `${body}\n\n\n${block.join('\n').replace(/\n+$/, '')}\n`;
  }
  return [...lines.slice(0, reader.start), ...block, ...lines.slice(reader.start)].join('\n');
}

/**
 * Where the module's indentation is one Python refuses: a line indented under no block, a block with no body, or a
 * line dedented to a level no enclosing block has. Null where every line is in place.
 */
export function indentProblem(text: string): string | null {
  const module = readModule(text);
  const stack = [0];
  let opensBlock = false;
  for (let i = 0; i < module.lines.length; i++) {
    if (module.continues[i] || module.code[i].trim() === '') continue;
    const indent = indentOf(module.lines[i]);
    const top = stack[stack.length - 1];
    if (opensBlock) {
      if (indent <= top) return `line ${i + 1} should be indented under the block above it`;
      stack.push(indent);
    } else if (indent > top) return `line ${i + 1} is indented under no block`;
    else {
      while (stack[stack.length - 1] > indent) stack.pop();
      if (stack[stack.length - 1] !== indent) return `line ${i + 1} is dedented to a level no block has`;
    }
    opensBlock = /:\s*$/.test(lastLineOf(module, i));
  }
  return opensBlock ? 'the module ends with a block that has no body' : null;
}

/** A line's indentation as Python counts it: a form feed among the leading blanks starts the count again. */
function indentOf(line: string): number {
  const leading = /^[ \t\f]*/.exec(line)![0];
  return leading.length - (leading.lastIndexOf('\f') + 1);
}

/** The code of the last line of the statement line starting at `at` (its continuation lines). */
function lastLineOf(module: ModuleLines, at: number): string {
  let end = at + 1;
  while (end < module.lines.length && module.continues[end]) end++;
  return module.code[end - 1];
}

/**
 * `text`'s syntaxProblem, where sdkgen's module and the owners' each read as having none: a form this reading
 * misjudges (a string continued by a backslash) is in one of them, which Python takes.
 */
function newSyntaxProblem(text: string, target: string, edited: string): string | null {
  const problem = syntaxProblem(text);
  return problem === null || syntaxProblem(target) !== null || syntaxProblem(edited) !== null ? null : problem;
}

/** Words before a `(` that make it no call's: `if (…)`, `return (…)`, `in (…)`. */
const NOT_CALLED =
  /\b(?:and|assert|await|del|elif|else|except|for|from|if|import|in|is|lambda|not|or|return|while|with|yield)\s*$/;

/**
 * Where the module's brackets or arguments are ones Python refuses to compile: a bracket closed by another kind or never
 * closed, a keyword argument given twice in one call (sdkgen's `stream=` beside the owners' `stream=`), a parameter
 * named twice in one signature. Null where there is none. Strings and comments are read as blanks.
 */
export function syntaxProblem(text: string): string | null {
  const module = readModule(text);
  interface Frame {
    open: string;
    line: number;
    /** The keywords (of a call) or parameters (of a def) named so far; null for other brackets. */
    names: Set<string> | null;
    def: boolean;
  }
  const frames: Frame[] = [];
  let argumentStarts = false;
  for (let i = 0; i < module.code.length; i++) {
    const line = module.code[i];
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (c === '(' || c === '[' || c === '{') {
        const before = line.slice(0, j);
        const def = c === '(' && /\bdef\s+\w+\s*$/.test(before);
        const called = c === '(' && /[\w)\]]\s*$/.test(before) && !NOT_CALLED.test(before);
        frames.push({ open: c, line: i, names: def || called ? new Set() : null, def });
        argumentStarts = true;
      } else if (c === ')' || c === ']' || c === '}') {
        const frame = frames.pop();
        if (frame === undefined || frame.open !== { ')': '(', ']': '[', '}': '{' }[c])
          return `line ${i + 1} closes with \`${c}\` a bracket it does not pair with`;
        argumentStarts = false;
      } else if (c === ',') argumentStarts = true;
      else if (!/\s/.test(c) && argumentStarts) {
        argumentStarts = false;
        const frame = frames[frames.length - 1];
        if (frame?.names == null) continue;
        const rest = line.slice(j);
        const name = (frame.def ? /^\*{0,2}([A-Za-z_]\w*)\s*(?=[:=,)]|$)/ : /^([A-Za-z_]\w*)\s*=(?!=)/).exec(rest)?.[1];
        if (name === undefined) continue;
        if (frame.names.has(name))
          return frame.def
            ? `line ${i + 1} names the parameter \`${name}\` twice in the signature on line ${frame.line + 1}`
            : `line ${i + 1} repeats the keyword argument \`${name}=\` of the call on line ${frame.line + 1}`;
        frame.names.add(name);
      }
    }
  }
  const open = frames.pop();
  return open === undefined ? null : `the \`${open.open}\` on line ${open.line + 1} is never closed`;
}

/**
 * The owners' edits of one function of Stainless's are one edit: where hunk by hunk only some of them found their
 * place in sdkgen's function, and the function now reads a name that nothing binds (a local their rewrite took out,
 * still read by sdkgen's lines around the hunk that did place: `existing` after they replaced the loop that set it),
 * the function is half theirs and half sdkgen's, and does not run. Such a function stays sdkgen's, word for word, and
 * every hunk of theirs in it goes to a person. A partly carried function that reads nothing unbound is left as it is
 * (the hunk that did not place may be one sdkgen's function has already).
 *
 * Read from the text alone: the functions of a module and the methods of its classes, by name.
 */
import { editsAsHunks, type Reapplied } from '../../reapply/hunks';
import { boundNames } from '../soundness/sound-module';
import { readModule, statementsAt, type ModuleLines } from '../source/statements';

interface Unit {
  /** First line (decorators and comment lines above it), 0-based. */
  start: number;
  /** One past its last line. */
  end: number;
}

/** `result` (the owners' edits carried into `target`) with every half-carried function that reads an unbound name put back as sdkgen's. */
export function withWholeFunctionEdits(base: string, edited: string, target: string, result: Reapplied): Reapplied {
  if (result.rejected.length === 0 || result.text === target) return result;
  const carried = readModule(result.text);
  const targetModule = readModule(target);
  const [carriedUnits, targetUnits] = [unitsOf(carried), unitsOf(targetModule)];
  const [baseUnits, editedUnits] = [unitsOf(readModule(base)), unitsOf(readModule(edited))];
  const baseLines = base.split('\n');
  const editedLines = edited.split('\n');
  const carriedBound = moduleBound(carried, carriedUnits);
  const targetBound = moduleBound(targetModule, targetUnits);

  // (A hunk changing lines of two functions is read as one hunk of each: a restored function takes its own part.)
  const rejected = result.rejected.flatMap((hunk) =>
    splitByUnits(hunk, baseLines, editedLines, baseUnits, editedUnits),
  );
  const restored: { name: string; at: Unit; lines: string[]; hunks: string[]; own: Set<string> }[] = [];
  for (const [name, at] of carriedUnits) {
    const [t, b, e] = [targetUnits.get(name), baseUnits.get(name), editedUnits.get(name)];
    if (t === undefined || b === undefined || e === undefined) continue;
    const targetText = targetModule.lines.slice(t.start, t.end);
    if (carried.lines.slice(at.start, at.end).join('\n') === targetText.join('\n')) continue;
    const own = rejected.filter((hunk) => withinBase(hunk, b));
    if (own.length === 0) continue;
    const unbound = unboundNames(carried, at, carriedBound);
    for (const n of unboundNames(targetModule, t, targetBound)) unbound.delete(n);
    if (unbound.size === 0) continue;
    const onlyThis = [...baseLines.slice(0, b.start), ...editedLines.slice(e.start, e.end), ...baseLines.slice(b.end)];
    restored.push({ name, at, lines: targetText, hunks: editsAsHunks(base, onlyThis.join('\n')), own: new Set(own) });
  }
  if (restored.length === 0) return result;

  const out = [...carried.lines];
  for (const { at, lines } of [...restored].sort((x, y) => y.at.start - x.at.start))
    out.splice(at.start, at.end - at.start, ...lines);
  const own = new Set(restored.flatMap((r) => [...r.own]));
  const hunks = restored.flatMap((r) => r.hunks);
  // The hunks of those functions that had placed are no longer carried.
  const undone = restored.reduce((n, r) => n + Math.max(0, r.hunks.length - r.own.size), 0);
  return {
    ...result,
    text: out.join('\n'),
    applied: Math.max(0, result.applied - undone),
    rejected: [...rejected.filter((h) => !own.has(h)), ...hunks],
    // (Named, so that no pass placing by a function's name carries part of the edit into it: same-function-lines.ts.)
    wholeFunctions: [...(result.wholeFunctions ?? []), ...restored.map((r) => r.name)],
  };
}

/** The module's functions and its classes' methods, by name (`Client._send`); a name defined twice is left out. */
function unitsOf(module: ModuleLines): Map<string, Unit> {
  const units = new Map<string, Unit>();
  const twice = new Set<string>();
  const add = (name: string, unit: Unit) => {
    if (units.has(name)) twice.add(name);
    units.set(name, unit);
  };
  for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
    const name = statement.binds[0];
    if (statement.kind === 'def') add(name, { start: statement.start, end: statement.end });
    if (statement.kind !== 'class') continue;
    const body = module.lines.slice(statement.head + 1, statement.end).find((l, i) => {
      const code = module.code[statement.head + 1 + i];
      return code.trim() !== '' && !module.continues[statement.head + 1 + i];
    });
    if (body === undefined) continue;
    const indent = /^[ \t]*/.exec(body)![0].length;
    for (const member of statementsAt(module, statement.head + 1, statement.end, indent))
      if (member.kind === 'def') add(`${name}.${member.binds[0]}`, { start: member.start, end: member.end });
  }
  for (const name of twice) units.delete(name);
  return units;
}

/** Names the module binds outside its functions: its imports, definitions and assignments, class attributes too. */
function moduleBound(module: ModuleLines, units: Map<string, Unit>): Set<string> {
  const spans = [...units.values()];
  const outside = module.lines.map((line, i) => (spans.some((u) => i >= u.start && i < u.end) ? '' : line));
  const bound = boundNames(outside.join('\n'));
  for (const name of units.keys()) if (!name.includes('.')) bound.add(name);
  return bound;
}

/**
 * Whether a unified-diff hunk (`@@ -12,3 +12,4 @@`, 1-based lines of the base) changes the function's base lines: its
 * removed lines, or where it inserts, not its context lines (the last lines of the function before may be the context
 * of a hunk of the next one's first lines).
 */
function withinBase(hunk: string, unit: Unit): boolean {
  const header = /^@@ -(\d+)(?:,(\d+))?/.exec(hunk);
  if (header === null) return false;
  // (0-based line of the base the next hunk line stands at.)
  let at = Number(header[1]) - (header[2] === '0' ? 0 : 1);
  for (const line of hunk.split('\n').slice(1)) {
    if (line.startsWith('-')) {
      if (at >= unit.start && at < unit.end) return true;
      at++;
    } else if (line.startsWith('+')) {
      // An insertion before line `at` goes after line `at - 1`: inside where that line and the next are the function's.
      if (at > unit.start && at < unit.end) return true;
    } else if (line.startsWith(' ')) at++;
  }
  return false;
}

/** A line a hunk removes (at `old` of the base) or adds (at `new` of the edited text), and whose unit it changes. */
interface Change {
  kind: '-' | '+';
  text: string;
  old: number;
  new: number;
  unit: string | null;
}

/**
 * A unified-diff hunk whose lines change two functions or more (a function the owners deleted and the signature of
 * the next, one run of changed lines) as one hunk of each, split by the lines each changes (a removed line by where it
 * stands in the base, an added one by where it stands in the edited text; a line of neither, a blank line between,
 * with the function before it), each with its base lines around it as context. A hunk of one function, or one whose
 * lines are not the base's where its header says, is as it is.
 */
function splitByUnits(
  hunk: string,
  base: string[],
  edited: string[],
  baseUnits: Map<string, Unit>,
  editedUnits: Map<string, Unit>,
): string[] {
  const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(hunk);
  if (header === null) return [hunk];
  let old = Number(header[1]) - (header[2] === '0' ? 0 : 1);
  let now = Number(header[3]) - (header[4] === '0' ? 0 : 1);
  const unitAt = (units: Map<string, Unit>, line: number) =>
    [...units].find(([, unit]) => line >= unit.start && line < unit.end)?.[0] ?? null;
  const changes: Change[] = [];
  for (const line of hunk.split('\n').slice(1)) {
    const text = line.slice(1);
    if (line.startsWith('-')) {
      if (base[old] !== text) return [hunk];
      changes.push({ kind: '-', text, old, new: now, unit: unitAt(baseUnits, old) });
      old++;
    } else if (line.startsWith('+')) {
      changes.push({ kind: '+', text, old, new: now, unit: unitAt(editedUnits, now) });
      now++;
    } else if (line.startsWith(' ')) {
      old++;
      now++;
    }
  }
  const names = [...new Set(changes.map((c) => c.unit).filter((u) => u !== null))];
  if (names.length < 2) return [hunk];
  let previous = names[0];
  for (const change of changes) previous = change.unit ??= previous;
  return names.map((name) => {
    const own = changes.filter((c) => c.unit === name);
    const [removed, added] = [own.filter((c) => c.kind === '-'), own.filter((c) => c.kind === '+')];
    const baseStart = (removed[0] ?? added[0]).old;
    const baseEnd = removed.length > 0 ? removed[removed.length - 1].old + 1 : baseStart;
    const editedStart = (added[0] ?? removed[0]).new;
    const before = base.slice(Math.max(0, baseStart - 3), baseStart);
    const after = base.slice(baseEnd, baseEnd + 3);
    const counts = [before.length + removed.length + after.length, before.length + added.length + after.length];
    return [
      `@@ -${baseStart - before.length + 1},${counts[0]} +${editedStart - before.length + 1},${counts[1]} @@`,
      ...before.map((l) => ` ${l}`),
      ...removed.map((c) => `-${c.text}`),
      ...added.map((c) => `+${c.text}`),
      ...after.map((l) => ` ${l}`),
      '',
    ].join('\n');
  });
}

/**
 * The names a function's code reads that neither it nor the module binds, nor Python itself: strings and comments
 * left out, attributes (`x.name`) and keyword arguments (`f(name=…)`) too.
 */
function unboundNames(module: ModuleLines, unit: Unit, bound: Set<string>): Set<string> {
  const code = module.code.slice(unit.start, unit.end);
  const own = boundNames(module.lines.slice(unit.start, unit.end).join('\n'));
  const names = new Set<string>();
  for (const line of code)
    for (const m of line.matchAll(/(?<![\w.])[A-Za-z_]\w*(?!\s*=(?!=))/g)) {
      const name = m[0];
      // (A name cut short by the lookahead, `nam` of `name=`, is no name: the match must end the word.)
      const next = line[m.index + name.length] ?? '';
      if (/\w/.test(next)) continue;
      if (!PYTHON.has(name) && !own.has(name) && !bound.has(name)) names.add(name);
    }
  return names;
}

const PYTHON = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield _ case match type self ' +
    'cls ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError ' +
    'BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ' +
    'ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning ' +
    'EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError FloatingPointError FutureWarning ' +
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError ' +
    'KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError ' +
    'NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ' +
    'ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning ' +
    'StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError ' +
    'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError ' +
    'UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool ' +
    'breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod ' +
    'enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int ' +
    'isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print ' +
    'property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars ' +
    'zip __name__ __file__ __class__ __doc__ __all__ __dict__ __module__ __qualname__ __debug__'
  ).split(' '),
);

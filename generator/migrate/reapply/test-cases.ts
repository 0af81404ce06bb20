/**
 * The owners' edits of Stainless's test cases (a Python `def test_…`, a TypeScript `test(…)`/`it(…)`) in a test
 * module sdkgen writes its own of, merged three ways case by case: Stainless's case is the base, the owners' the one
 * side, sdkgen's case of the same name (its class and function, or its describes and test name) the other. Where
 * sdkgen's case differs from Stainless's only in lines the owners left as they were (a path parameter passed by
 * keyword, say), theirs goes onto sdkgen's: their un-skipped test, their new argument or assertion, a test they took
 * out. Where sdkgen's differs in a line they changed too, the case stays sdkgen's whole and their edit of it goes to
 * a person (Python's owners-methods.ts may then put their whole case in place of sdkgen's, as it does a method's):
 * never half of it, which line by line could leave a test reading a name its other half defined (anthropic's `results`
 * in `test_raw_response_results`), or put an edit in the test of another method (julep's `is_closed is False`). What
 * is not a case of Stainless's that sdkgen also writes (a test they added, an import, a helper) is left to the
 * line-by-line carry (`rest`), as before.
 */
import { diff, lines as splitLines } from '../../write/merge';
import { editsAsHunks, withImportsFrom, type Reapplied } from './hunks';
import { nearestLine, type FoundAt } from './already-there';
import { readModule, statementsAt, type ModuleLines } from '../python/source/statements';
import { testNodes, type TestNode } from '../owners/described-tests';

export type TestLanguage = 'python' | 'typescript';

/** A test case of a module: its key (`TestBatches.test_method_results`; `resource batch > create: …`), its lines. */
interface Case {
  key: string;
  /** Lines [start, end) of the module, with its decorators and the comment lines right above it. */
  start: number;
  end: number;
}

/** Whether the edit lines (removed, added) are the old generator's later output, not a hand edit (hunks.ts). */
type Generated = (removed: string[], added: string[]) => boolean;

/** The line-by-line carry (hunks.ts): of a module's other edits, and of one case's that do not merge as lines. */
export interface CaseCarry {
  /** The owners' edits of the module but for the cases settled, on `base` (theirs for those) and `target`. */
  rest: (base: string, target: string) => Reapplied;
  /**
   * One case's edits placed as hunks (where sdkgen's case words Stainless's lines as it names them otherwise, a
   * resource property it renamed): taken only where all of them place.
   */
  oneCase?: (base: string, edited: string, target: string) => Reapplied;
  generated?: Generated;
}

/**
 * `carry.rest(base, target)` run with the owners' changed cases already settled: in `base` as the owners left them
 * (so that their edits of them are not carried twice), in `target` merged where that merges cleanly. The cases
 * carried count as hunks applied; the others' hunks are rejected.
 */
export function withTestCasesMerged(
  language: TestLanguage,
  base: string,
  edited: string,
  target: string,
  { rest, oneCase, generated }: CaseCarry,
): Reapplied {
  const [b, e, t] = [base.split('\n'), edited.split('\n'), target.split('\n')];
  const found = (text: string[]) => (language === 'python' ? pythonCases(text) : typescriptCases(text));
  if (base === edited || !hasCases(language, base)) return rest(base, target);
  const [inBase, inEdited, inTarget] = [found(b), found(e), found(t)];
  const baseEdits: Array<{ start: number; end: number; lines: string[] }> = [];
  const targetEdits: Array<{ start: number; end: number; lines: string[] }> = [];
  const conflicts: string[] = [];
  let carried = 0;
  let held = 0;
  const heldAt: FoundAt[] = [];
  const sdkgenNames = caseNames(language, t);
  for (const [key, baseCase] of inBase) {
    const sdkgens = inTarget.get(key);
    const owners = inEdited.get(key);
    const stainless = b.slice(baseCase.start, baseCase.end);
    const theirs = owners === undefined ? [] : e.slice(owners.start, owners.end);
    if (same(stainless, theirs)) continue;
    // (Stainless's later output of the case, not the owners' edit: left to `rest`, which leaves it out.)
    if (generated && editsOf(stainless, theirs).some(([removed, added]) => generated(removed, added))) continue;
    if (sdkgens === undefined) {
      // A case their module no longer has, of a name no case of sdkgen's module has (under any describe or class):
      // what taking it out made holds in sdkgen's module already.
      if (owners === undefined && inEdited.size > 0 && !sdkgenNames.has(caseName(language, key))) {
        baseEdits.push({ ...removalRange(b, baseCase), lines: [] });
        held++;
      }
      // A case of a method Stainless wrote without overloads, which sdkgen's module writes one case an overload
      // (`…_overload_1`, Stainless's names for a method the owners made stream): done where one of those cases has
      // their result already, else theirs whole for a person (line by line, an edit of the call's form could land in
      // the other form's case: `stream=False` in the streaming test).
      const split = language === 'python' && owners !== undefined ? overloadCases(inTarget, key) : [];
      if (split.length > 0) {
        baseEdits.push({ ...baseCase, lines: theirs });
        const edits = editsOf(stainless, theirs);
        const holding = split.find((found) => holdsIn(edits, t.slice(found.start, found.end)));
        if (holding === undefined) {
          const onlyThis = [...b.slice(0, baseCase.start), ...theirs, ...b.slice(baseCase.end)];
          conflicts.push(...editsAsHunks(base, onlyThis.join('\n')));
          continue;
        }
        held += edits.length;
        heldAt.push(resultIn(edits, t, holding));
      }
      continue;
    }
    const ours = t.slice(sdkgens.start, sdkgens.end);
    const merged = mergedCase(language, stainless, theirs, ours) ?? caseCarried(oneCase, stainless, theirs, ours);
    const removal = owners === undefined;
    baseEdits.push(removal ? { ...removalRange(b, baseCase), lines: [] } : { ...baseCase, lines: theirs });
    if (merged === null) {
      const onlyThis = [...b.slice(0, baseCase.start), ...theirs, ...b.slice(baseCase.end)];
      conflicts.push(...editsAsHunks(base, (removal ? withRemoved(b, baseCase) : onlyThis).join('\n')));
      continue;
    }
    targetEdits.push(removal ? { ...removalRange(t, sdkgens), lines: [] } : { ...sdkgens, lines: merged });
    carried += editsOf(stainless, theirs).length;
  }
  if (baseEdits.length === 0) return rest(base, target);
  const result = rest(withEdits(b, baseEdits).join('\n'), withEdits(t, targetEdits).join('\n'));
  // What the cases carried use that sdkgen's module does not import, as the owners' module imports it. (A Python
  // module is made whole so after the carry: python/plan.ts.)
  const used = targetEdits.flatMap((edit) => edit.lines.map((line) => `${line}\n`));
  const text = language === 'typescript' ? withImportsFrom(edited, used, target, result.text) : result.text;
  const alreadyThere = (result.alreadyThere ?? 0) + held;
  const written = splitLines(text);
  const alreadyThereAt = [
    ...heldAt.map((found) => ({ ...found, line: nearestLine(written, found) })),
    ...(result.alreadyThereAt ?? []),
  ];
  return {
    ...result,
    text,
    applied: result.applied + carried,
    rejected: [...conflicts, ...result.rejected],
    ...(alreadyThere > 0 ? { alreadyThere } : {}),
    ...(alreadyThereAt.length > 0 ? { alreadyThereAt } : {}),
  };
}

/** sdkgen's cases named as Stainless names a case of `key` for each overload of its method (`key_overload_1`, …). */
function overloadCases(cases: Map<string, Case>, key: string): Case[] {
  return [...cases].flatMap(([name, found]) =>
    name.startsWith(`${key}_overload_`) && /^\d+$/.test(name.slice(key.length + '_overload_'.length)) ? [found] : [],
  );
}

/** The first line of sdkgen's case `found` that an edit adds (else its first line), with its end: where their result stands. */
function resultIn(edits: Array<[string[], string[]]>, target: string[], found: Case): FoundAt {
  const added = new Set(edits.flatMap(([, lines]) => lines.map((line) => line.trim()).filter((line) => line !== '')));
  let line = found.start;
  while (line < found.end && !added.has(target[line].trim())) line++;
  if (line === found.end) line = found.start;
  return { line, text: `${target[line]}\n` };
}

/**
 * Whether a case's lines have the result of every edit (removed, added lines): the lines each adds there, those it
 * takes out (and does not add back) not, read without indentation; not an edit of blank lines or punctuation alone.
 */
function holdsIn(edits: Array<[string[], string[]]>, lines: string[]): boolean {
  const there = new Set(lines.map((line) => line.trim()));
  return edits.every(([removed, added]) => {
    const [out, into] = [removed, added].map((side) => side.map((line) => line.trim()).filter((line) => line !== ''));
    if (![...out, ...into].some((line) => /\w/.test(line))) return false;
    return into.every((line) => there.has(line)) && out.every((line) => into.includes(line) || !there.has(line));
  });
}

/** A case's own name, without its describes or class (`resource batch > create: …` → `create: …`). */
function caseName(language: TestLanguage, key: string): string {
  return key.split(language === 'python' ? '.' : ' > ').pop() ?? key;
}

/** The own names of every case of a module, those two cases share too. */
function caseNames(language: TestLanguage, text: string[]): Set<string> {
  const keys: string[] = [];
  const visit = (nodes: TestNode[], names: string[]) => {
    for (const node of nodes)
      if (node.kind === 'describe') visit(node.children, [...names, node.name]);
      else if (node.kind === 'test') keys.push(node.name);
  };
  if (language === 'typescript') visit(testNodes(text, 0, text.length, 0), []);
  else for (const found of pythonCaseList(text)) keys.push(found.key);
  return new Set(keys.map((key) => caseName(language, key)));
}

/** Whether a module has test cases at all, read cheaply before it is parsed. */
function hasCases(language: TestLanguage, text: string): boolean {
  return language === 'python' ? /^\s*(?:async\s+)?def\s+test/m.test(text) : /^\s*(?:test|it)(?:\.\w+)?\(/m.test(text);
}

/**
 * The owners' case on sdkgen's, each re-indented to the other's indentation first and read at sdkgen's; null where
 * sdkgen's case changed a line of Stainless's the owners changed too.
 */
function mergedCase(language: TestLanguage, stainless: string[], owners: string[], sdkgens: string[]): string[] | null {
  const indent = indentOf(firstCode(sdkgens));
  const [base, ours, theirs] = [stainless, owners, sdkgens].map(dedented);
  // (A test called `test(…)` in one and `it(…)` in the other is the same test: read in sdkgen's spelling.)
  const spelled = language === 'typescript' ? (text: string[]) => callSpelledAs(text, theirs) : (x: string[]) => x;
  if (ours.length === 0) return same(base, theirs) ? [] : null;
  const merged = mergedLines(spelled(base), spelled(ours), theirs);
  return merged && merged.map((line) => (line.trim() === '' ? '' : ' '.repeat(indent) + line));
}

/**
 * A three-way merge of lines where only edits of the same lines conflict (an insertion within the other side's
 * change too): an owners' edit of a test's opening line (`test.skip(` → `test(`) takes, beside sdkgen's call on the
 * line after it written otherwise, where `git merge-file` (write/merge.ts) would call the two a conflict.
 */
function mergedLines(base: string[], ours: string[], theirs: string[]): string[] | null {
  const [o, t] = [diff(base, ours), diff(base, theirs)];
  if (o === null || t === null) return null;
  const edits = [
    ...o.map((hunk) => ({ ...hunk, lines: ours.slice(hunk.start, hunk.end) })),
    ...t.map((hunk) => ({ ...hunk, lines: theirs.slice(hunk.start, hunk.end) })),
  ].sort((x, y) => x.baseStart - y.baseStart || x.baseEnd - y.baseEnd);
  const out: string[] = [];
  let at = 0;
  for (const [n, edit] of edits.entries()) {
    const previous = edits[n - 1];
    // (The same edit on both sides is made once.)
    if (previous && sameEdit(previous, edit)) continue;
    const inserts = edit.baseStart === edit.baseEnd;
    if (edit.baseStart < at || (inserts && previous?.baseStart === edit.baseStart && previous.baseEnd === at))
      return null;
    out.push(...base.slice(at, edit.baseStart), ...edit.lines);
    at = edit.baseEnd;
  }
  return [...out, ...base.slice(at)];
}

function sameEdit(
  a: { baseStart: number; baseEnd: number; lines: string[] },
  b: { baseStart: number; baseEnd: number; lines: string[] },
): boolean {
  return a.baseStart === b.baseStart && a.baseEnd === b.baseEnd && a.lines.join('\n') === b.lines.join('\n');
}

/** The case as `oneCase` carries the owners' edits onto sdkgen's, where it places every one of them; else null. */
function caseCarried(
  oneCase: CaseCarry['oneCase'],
  stainless: string[],
  owners: string[],
  sdkgens: string[],
): string[] | null {
  if (oneCase === undefined) return null;
  const text = (lines: string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  const carried = oneCase(text(stainless), text(owners), text(sdkgens));
  if (carried.rejected.length > 0 || (carried.applied === 0 && !carried.alreadyThere)) return null;
  const lines = carried.text.replace(/\n$/, '').split('\n');
  return lines.every((line) => line.trim() === '') ? [] : lines;
}

/** The Python test functions of a module (`def test_…`), at its top level or in a class, keyed by `Class.name`. */
function pythonCases(text: string[]): Map<string, Case> {
  return unique(pythonCaseList(text));
}

/** The Python test functions of a module, those of a key two share too. */
function pythonCaseList(text: string[]): Case[] {
  const module = readModule(text.join('\n'));
  const cases: Case[] = [];
  for (const statement of statementsAt(module, 0, text.length, 0)) {
    const name = statement.binds[0] ?? '';
    if (statement.kind === 'def' && /^test/.test(name)) cases.push({ key: name, ...statement });
    if (statement.kind !== 'class') continue;
    for (const member of classMembers(module, statement.head, statement.end))
      if (member.kind === 'def' && /^test/.test(member.binds[0] ?? ''))
        cases.push({ key: `${name}.${member.binds[0]}`, start: member.start, end: member.end });
  }
  return cases;
}

function classMembers(module: ModuleLines, head: number, end: number) {
  let body = head + 1;
  while (body < end && module.continues[body]) body++;
  let first = body;
  while (first < end && module.code[first].trim() === '') first++;
  return first < end ? statementsAt(module, body, end, indentOf(module.lines[first])) : [];
}

/** The TypeScript tests of a module (`test(…)`, `it(…)`), keyed by the names of their describes and theirs. */
function typescriptCases(text: string[]): Map<string, Case> {
  const cases: Case[] = [];
  const visit = (nodes: TestNode[], names: string[]) => {
    for (const node of nodes)
      if (node.kind === 'describe') visit(node.children, [...names, node.name]);
      else if (node.kind === 'test') cases.push({ key: [...names, node.name].join(' > '), ...node });
  };
  visit(testNodes(text, 0, text.length, 0), []);
  return unique(cases);
}

/** The cases by key, but for keys two cases share (which of them an edit was made to is not known). */
function unique(cases: Case[]): Map<string, Case> {
  const byKey = new Map<string, Case>();
  const twice = new Set<string>();
  for (const found of cases) {
    if (byKey.has(found.key)) twice.add(found.key);
    byKey.set(found.key, { key: found.key, start: found.start, end: found.end });
  }
  for (const key of twice) byKey.delete(key);
  return byKey;
}

/** The lines a case taken out leaves: the case, and the blank lines that set it apart from the one before it. */
function removalRange(lines: string[], found: Case): { start: number; end: number } {
  let start = found.start;
  while (start > 0 && lines[start - 1].trim() === '') start--;
  // (The first of its class or describe: the blank lines after it go instead.)
  if (start === found.start || indentOf(lines[start - 1] ?? '') < indentOf(lines[found.start])) {
    let end = found.end;
    while (end < lines.length && lines[end].trim() === '') end++;
    return { start: found.start, end };
  }
  return { start, end: found.end };
}

function withRemoved(lines: string[], found: Case): string[] {
  const { start, end } = removalRange(lines, found);
  return [...lines.slice(0, start), ...lines.slice(end)];
}

/** `lines` with each of `edits` (lines [start, end) replaced), which do not overlap. */
function withEdits(lines: string[], edits: Array<{ start: number; end: number; lines: string[] }>): string[] {
  let out = lines;
  for (const edit of [...edits].sort((x, y) => y.start - x.start))
    out = [...out.slice(0, edit.start), ...edit.lines, ...out.slice(edit.end)];
  return out;
}

/** The edits from one case to another, as (removed, added) line lists. */
function editsOf(from: string[], to: string[]): Array<[string[], string[]]> {
  const [a, b] = [splitLines(from.join('\n') + '\n'), splitLines(to.join('\n') + '\n')];
  const hunks = diff(a, b) ?? [{ baseStart: 0, baseEnd: a.length, start: 0, end: b.length }];
  return hunks.map((hunk) => [a.slice(hunk.baseStart, hunk.baseEnd), b.slice(hunk.start, hunk.end)]);
}

/** Two cases alike but for indentation and trailing space. */
function same(a: string[], b: string[]): boolean {
  const normal = (text: string[]) =>
    dedented(text)
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  return normal(a) === normal(b);
}

/** A case's lines with its own indentation (its first line's) taken off. */
function dedented(text: string[]): string[] {
  const indent = indentOf(firstCode(text));
  return text.map((line) => (line.trim() === '' ? '' : line.slice(Math.min(indent, indentOf(line))).trimEnd()));
}

/** `text`'s opening call (`test(`, `it.skip(`) named as `as`'s is. */
function callSpelledAs(text: string[], as: string[]): string[] {
  const CALL = /^(\s*)(test|it)(?=[.(])/;
  const at = text.findIndex((line) => CALL.test(line));
  const wanted = as.map((line) => CALL.exec(line)?.[2]).find(Boolean);
  if (at < 0 || wanted === undefined) return text;
  return [...text.slice(0, at), text[at].replace(CALL, `$1${wanted}`), ...text.slice(at + 1)];
}

const firstCode = (text: string[]) => text.find((line) => line.trim() !== '') ?? '';
const indentOf = (line: string) => /^ */.exec(line)![0].length;

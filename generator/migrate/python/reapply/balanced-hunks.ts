/**
 * Hand edits of a Python module carried as units that keep its brackets balanced. A hunk that opens a bracket
 * another hunk closes (an owners' `return cast("Session", self._post(` … `),` around Stainless's call) is only
 * half an edit: carried alone, it leaves a module that does not parse. Such hunks go together or not at all; a
 * group that does not place whole is reported with its diff, for a person.
 */
import { editsAsHunks, reapplyEdits, withBannerSetAside, withHunks, type Reapplied } from '../../reapply/hunks';
import { diff, lines, type Hunk } from '../../../write/merge';
import { intoModuleLists } from './list-items';
import { intoModuleConstants } from './module-constants';
import { withImportsNeeded } from './imports-needed';
import { intoImportLines } from './import-lines';
import { withImportsAlreadyDone } from '../already-done/imports-already-done';
import { addedMembers } from './added-members';
import { indentProblem } from '../soundness/sound-module';
import { withWholeFunctionEdits } from './function-units';
import { inSdkgenWords } from '../already-done/comment-wording';
import { inSdkgenDocstrings } from '../already-done/docstring-wording';
import { inSdkgenSpelling } from '../already-done/annotation-spelling';
import { withWholeDeletionsOwners } from './split-deletions';
import { withOneSidedInsertions } from './one-sided-insertions';
import { withAddedParameters } from './added-parameters';
import { withoutImportsOnlyFor } from '../already-done/typing-only-imports';
import { withTestCasesMerged } from '../../reapply/test-cases';
import { scopeOf } from '../already-done/comment-only';
import { insertionBoundInText } from './insertion-bindings';
import { insertionDepthInText, stringLinesIn } from './insertion-depth';
import { withBlocksOverReassignments } from './placed-over-reassignments';

type ReapplyOptions = Parameters<typeof reapplyEdits>[3];

/**
 * The owners' edits of a Python module on sdkgen's: bracket-balanced groups, then names added to lists, new values of
 * module constants and imports, then import edits whose result sdkgen's module has; methods they added to a class
 * as whole members where line by line leaves some behind.
 */
export function reapplyPythonEdits(base: string, edited: string, target: string, given: ReapplyOptions): Reapplied {
  // (Code Stainless writes twice, the sync and the async client's, takes an edit in the copy it was made in.)
  // (An insertion placed by its neighbouring lines alone goes where the names it reads are bound: insertion-bindings.ts.)
  // (And at the depth the lines around it have in sdkgen's module: insertion-depth.ts.)
  const options: ReapplyOptions = {
    ...given,
    scopeOf,
    insertionBound: insertionBoundInText,
    insertionDepth: insertionDepthInText,
    // (A replacement moved to sdkgen's depth keeps the bytes of its lines inside a multi-line string: reindent.ts.)
    stringLines: stringLinesIn,
    tokens: 'python',
  };
  // (Stainless's banner is never an owners' edit, in a Python module as in a TypeScript one: reapply/hunks.ts.)
  return withBannerSetAside(base, edited, target, (from, owners) =>
    // (Stainless's test functions the owners changed, which sdkgen's module has too, merged case by case: test-cases.ts.)
    withTestCasesMerged('python', from, owners, target, {
      rest: (stainless, sdkgens) => carryModuleEdits(stainless, owners, sdkgens, options),
      oneCase: (stainless, theirs, sdkgens) => reapplyEdits(stainless, theirs, sdkgens, options),
      generated: options?.generated,
    }),
  );
}

function carryModuleEdits(base: string, edited: string, target: string, options: ReapplyOptions): Reapplied {
  // (Stainless's comments that sdkgen words otherwise read in sdkgen's words: comment-wording.ts.)
  // (And a one-line docstring of Stainless's the owners rewrote, where sdkgen's says it otherwise: docstring-wording.ts.)
  const comments = inSdkgenWords(base, edited, target);
  const worded = { ...comments, base: inSdkgenDocstrings(comments.base, comments.edited, target) };
  // (Stainless's lines that sdkgen's module has with its types spelled otherwise read in sdkgen's spelling too.)
  const spelled = inSdkgenSpelling(worded.base, worded.edited, target);
  // (A definition the owners deleted whole is theirs to delete in every piece of the diff: split-deletions.ts.)
  const judged: ReapplyOptions =
    options?.generated === undefined
      ? options
      : { ...options, generated: withWholeDeletionsOwners(options.generated, spelled.base, spelled.edited) };
  // A function some of whose edits placed and some did not, reading a name nothing binds, stays sdkgen's whole.
  const done = withWholeFunctionEdits(
    spelled.base,
    spelled.edited,
    target,
    // (Insertions sdkgen's function has one side of the context of, word for word: one-sided-insertions.ts; then
    // parameters added to a signature sdkgen writes otherwise: added-parameters.ts.)
    withAddedParameters(
      spelled.base,
      spelled.edited,
      withOneSidedInsertions(spelled.base, carryPythonEdits(spelled.base, spelled.edited, target, judged)),
      judged ?? {},
    ),
  );
  // (An owners' block placed above sdkgen's statements that set what it sets goes past them: placed-over-reassignments.ts.)
  const over = withBlocksOverReassignments(spelled.base, spelled.edited, done.text);
  const carried = over === done.text ? done : { ...done, text: over };
  if (spelled.constants.length === 0) return carried;
  // A constant of sdkgen's the owners' new value took the place of, that nothing else reads, is no longer imported.
  const unread = spelled.constants.map((name) => `@@\n+${name}`);
  return { ...carried, text: withoutImportsOnlyFor(carried.text, unread, base).text };
}

function carryPythonEdits(base: string, edited: string, target: string, options: ReapplyOptions): Reapplied {
  const lineByLine = carryLines(base, edited, target, options);
  if (lineByLine.rejected.length === 0 && indentProblem(lineByLine.text) === null) return lineByLine;
  // Methods the owners added to a class, which line by line did not all place whole: carried as members instead,
  // where that leaves fewer edits for a person and a module Python takes (added-members.ts).
  const members = addedMembers(base, edited, target);
  if (members === null) return lineByLine;
  const carried = carryLines(base, members.edited, target, options);
  // (The blank lines the owners left between their last method and the next class are layout, sdkgen's formatter's.)
  const rest = { ...carried, rejected: carried.rejected.filter((hunk) => !blankLinesOnly(hunk)) };
  const { text, placed } = members.place(rest.text);
  const asMembers = { ...rest, text: withImportsNeeded(edited, text), applied: rest.applied + placed };
  if (placed < members.count || indentProblem(asMembers.text) !== null) return lineByLine;
  const better =
    rest.rejected.length < lineByLine.rejected.length ||
    (rest.rejected.length === lineByLine.rejected.length && indentProblem(lineByLine.text) !== null);
  return better ? asMembers : lineByLine;
}

/** Whether every line a unified-diff hunk takes out or adds is blank. */
function blankLinesOnly(hunk: string): boolean {
  return hunk
    .split('\n')
    .slice(1)
    .filter((line) => /^[-+]/.test(line))
    .every((line) => line.slice(1).trim() === '');
}

function carryLines(base: string, edited: string, target: string, options: ReapplyOptions): Reapplied {
  const carried = withImportsAlreadyDone(
    intoImportLines(intoModuleConstants(intoModuleLists(base, balancedEdits(base, edited, target, options)))),
    base,
    options?.definedAt,
  );
  return carried.applied > 0
    ? { ...carried, text: withFutureImportsFirst(withImportsNeeded(edited, carried.text)) }
    : carried;
}

/**
 * The module without a one-line import statement repeated word for word at its top level (`import typing` placed by
 * the owners' hunk and again as a name their code needs): the later copy rebinds nothing, and pyright reports it.
 */
export function withoutRepeatedImports(text: string): string {
  const seen = new Set<string>();
  const lines = text.split('\n');
  const kept = lines.filter((line) => {
    if (!/^(?:import\s+[\w.]+(?:\s+as\s+\w+)?|from\s+\S+\s+import\s+[\w., ]+)\s*$/.test(line)) return true;
    const statement = line.trim().replace(/\s+/g, ' ');
    if (seen.has(statement)) return false;
    seen.add(statement);
    return true;
  });
  return kept.length === lines.length ? text : kept.join('\n');
}

/**
 * The module with its `from __future__ import …` statements first, where a carried edit placed one below other code
 * (sdkgen's module has no such line for the owners' to follow, so it landed after sdkgen's imports): Python refuses a
 * future import anywhere but at the module's top, after its docstring and comments.
 */
export function withFutureImportsFirst(text: string): string {
  const lines = text.split('\n');
  const future = (line: string) => /^from\s+__future__\s+import\s/.test(line);
  const code = (line: string) => line.trim() !== '' && !line.startsWith('#');
  let top = 0;
  while (top < lines.length && !code(lines[top])) top++;
  // (A module docstring comes before it.)
  const docstring = /^[rRuU]?("""|''')/.exec(lines[top] ?? '');
  if (docstring) {
    const quote = docstring[1];
    const closesOnFirst = lines[top].indexOf(quote) !== lines[top].lastIndexOf(quote);
    top = closesOnFirst ? top + 1 : lines.findIndex((line, i) => i > top && line.includes(quote)) + 1;
    while (top < lines.length && !code(lines[top])) top++;
  }
  const misplaced = lines.flatMap((line, i) =>
    future(line) && lines.slice(top, i).some((above) => code(above) && !future(above)) ? [i] : [],
  );
  if (misplaced.length === 0) return text;
  const moved = misplaced.map((i) => lines[i]);
  const rest = lines.filter((_, i) => !misplaced.includes(i));
  const apart = future(rest[top] ?? '') ? [] : [''];
  return [...rest.slice(0, top), ...moved, ...apart, ...rest.slice(top)].join('\n');
}

function balancedEdits(base: string, edited: string, target: string, options: ReapplyOptions): Reapplied {
  const [b, e] = [lines(base), lines(edited)];
  const hunks = base === edited ? null : diff(b, e);
  const groups = hunks === null ? [] : unbalancedGroups(hunks, b, e);
  if (hunks === null || groups.length === 0) return reapplyEdits(base, edited, target, options);
  const grouped = new Set(groups.flat());
  const first = reapplyEdits(
    base,
    withHunks(
      b,
      e,
      hunks.filter((h) => !grouped.has(h)),
    ),
    target,
    options,
  );
  let text = first.text;
  let applied = first.applied;
  const rejected = [...first.rejected];
  for (const group of groups) {
    const alone = withHunks(b, e, group);
    const carried = reapplyEdits(base, alone, text, options);
    if (carried.rejected.length === 0 && bracketDepth(lines(carried.text)) === bracketDepth(lines(text))) {
      text = carried.text;
      applied += carried.applied;
    } else rejected.push(...editsAsHunks(base, alone));
  }
  return { ...first, text, applied, rejected };
}

/** Runs of hunks whose brackets balance only together (each run's hunks in order), where one alone does not. */
function unbalancedGroups(hunks: Hunk[], base: string[], edited: string[]): Hunk[][] {
  const groups: Hunk[][] = [];
  let open: Hunk[] = [];
  let depth = 0;
  for (const hunk of hunks) {
    const delta =
      bracketDepth(edited.slice(hunk.start, hunk.end)) - bracketDepth(base.slice(hunk.baseStart, hunk.baseEnd));
    if (open.length === 0 && delta === 0) continue;
    open.push(hunk);
    depth += delta;
    if (depth === 0) [groups[groups.length], open] = [open, []];
  }
  if (open.length > 0) groups.push(open);
  return groups;
}

const STRING_OR_COMMENT = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#.*$/gm;

/** Opening brackets minus closing ones in Python lines, strings and comments left out. */
function bracketDepth(code: string[]): number {
  let depth = 0;
  for (const char of code.join('').replace(STRING_OR_COMMENT, '')) {
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
  }
  return depth;
}

/**
 * Hand edits of a Python module carried as units that keep its brackets balanced. A hunk that opens a bracket
 * another hunk closes (an owners' `return cast("Session", self._post(` … `),` around Stainless's call) is only
 * half an edit: carried alone, it leaves a module that does not parse. Such hunks go together or not at all; a
 * group that does not place whole is reported with its diff, for a person.
 */
import { editsAsHunks, reapplyEdits, type Reapplied } from '../reapply/hunks';
import { diff, lines, type Hunk } from '../../write/merge';
import { intoModuleLists } from './list-items';
import { intoModuleConstants } from './module-constants';
import { withImportsNeeded } from './imports-needed';
import { intoImportLines } from './import-lines';
import { withImportsAlreadyDone } from './imports-already-done';

type ReapplyOptions = Parameters<typeof reapplyEdits>[3];

/**
 * The owners' edits of a Python module on sdkgen's: bracket-balanced groups, then names added to lists, new values of
 * module constants and imports, then import edits whose result sdkgen's module has.
 */
export function reapplyPythonEdits(base: string, edited: string, target: string, options: ReapplyOptions): Reapplied {
  const carried = withImportsAlreadyDone(
    intoImportLines(intoModuleConstants(intoModuleLists(base, balancedEdits(base, edited, target, options)))),
    base,
  );
  return carried.applied > 0 ? { ...carried, text: withImportsNeeded(edited, carried.text) } : carried;
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

/** `base` with only `hunks` of the edits applied. */
function withHunks(base: string[], edited: string[], hunks: Hunk[]): string {
  const out: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    out.push(...base.slice(at, hunk.baseStart), ...edited.slice(hunk.start, hunk.end));
    at = hunk.baseEnd;
  }
  return [...out, ...base.slice(at)].join('');
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

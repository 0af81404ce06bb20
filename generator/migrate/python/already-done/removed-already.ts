/**
 * The owners' edits to Stainless's runtime that sdkgen's module has the result of without them carried:
 *
 * - an edit that only takes lines out (an import its other edits left unused, a pydantic-1 helper class) or changes
 *   blank lines, where sdkgen's module has none of the lines it takes out: done; so is one that only re-indents
 *   statements sdkgen's module has none of (it re-lays code sdkgen does not write);
 * - an edit replacing lines sdkgen's module has none of left, whose own lines the owners' other edits carried there;
 * - an edit of a name's definition in one branch of Stainless's module (`if TYPE_CHECKING:` / Python 3.8's `else:`),
 *   where sdkgen's module defines the name once, with the same change (llama-cloud's `FileContent` gains `str` in
 *   both of Stainless's branches; sdkgen's one `FileContent` has it, carried from their edit of the other);
 * - an edit taking pydantic 1's support out of a function (`if (not PYDANTIC_V1) or …` fallbacks, pydantic 1's config
 *   names), where sdkgen's module, written for pydantic 2 alone, names none of it: it does not apply.
 *
 * Lines are compared trimmed: the same statement at another indent is still there, and the edit is not done.
 */
import { inPackageMatching } from '../../../emit/python/package-root';
import type { MigrationPlan } from '../../migration-plan';
import { eachStatementAbsent } from './absent-statements';

/** Stainless's runtime (the package's `_models.py`, `_utils/…`; pathInPackage) and the tests' helpers (`tests/utils.py`). */
const RUNTIME = /^(?:_[^/]*\.py$|_utils\/.*\.py$)/;
const TEST_HELPER = /^tests\/(?!api_resources\/)[^/]*\.py$/;

/** What names pydantic 1's API in Stainless's runtime: its switch (either of its names), and names only pydantic 1 has. */
const PYDANTIC_1 = /\b_?PYDANTIC_V[12]\b|\ballow_population_by_field_name\b|\b__root__\b|\bupdate_forward_refs\b/;

export function setAsideDoneInRuntime(
  plan: Pick<MigrationPlan, 'rejected' | 'notApplicable' | 'alreadyThere'>,
  written: (path: string) => string | null,
  requiresPydantic2: boolean,
  importName: string,
  owners: (path: string) => string | null = () => null,
  stainless: (path: string) => string | null = () => null,
): void {
  plan.rejected = plan.rejected.flatMap(({ path, hunks }) => {
    const ours = TEST_HELPER.test(path) || inPackageMatching(path, importName, RUNTIME) ? written(path) : null;
    if (ours === null) return [{ path, hunks }];
    const has = new Set(ours.split('\n').map((line) => line.trim()));
    const oursLower = ours.toLowerCase();
    // (A line the owners' module has as often as sdkgen's is none their edit left behind: one they moved, apollo's
    // `from pydantic import ConfigDict` out of an `if TYPE_CHECKING:` block to the module's imports.)
    const [ourCounts, ownerCounts] = [lineCounts(ours), lineCounts(owners(path) ?? '')];
    const leftOver = (line: string) => (ourCounts.get(line) ?? 0) > (ownerCounts.get(line) ?? 0);
    const stainlessCounts = lineCounts(stainless(path) ?? '');
    // (A line sdkgen's module has more often than Stainless's had it came with the owners' edits carried, not by
    // chance of sdkgen's own code.)
    const carriedIn = (line: string) => (ourCounts.get(line) ?? 0) > (stainlessCounts.get(line) ?? 0);
    const done: string[] = [];
    const v1: string[] = [];
    const left: string[] = [];
    for (const hunk of hunks) {
      const body = hunk.split('\n').slice(1);
      // (A line of punctuation alone, `)`, says nothing: it is in every module.)
      const removed = body
        .filter((l) => l.startsWith('-'))
        .map((l) => l.slice(1).trim())
        .filter(saysSomething);
      const added = body.filter((l) => l.startsWith('+')).map((l) => l.slice(1).trim());
      const removedAsWritten = body.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
      // (A definition taken out whose name sdkgen's module defines otherwise is an edit of its meaning: not done.)
      const noneLeft = removed.every((line) => !leftOver(line)) && !removed.some((line) => definesAsOurs(line, ours));
      // (A deletion whose string sdkgen's module still names is of code sdkgen words otherwise: Stainless's
      // `headers["x-stainless-retry-count"] = …` taken out, sdkgen's `headers["X-Stainless-Retry-Count"] = …` sent.)
      const wordedOtherwise = removed.some((line) => namedStrings(line).some((text) => oursLower.includes(text)));
      // (An edit only re-indenting statements sdkgen's module has none of, which another of the owners' edits took
      // out of a branch — groq's `return …` of `is_union` once its Python < 3.10 branch was gone: nothing to re-lay.)
      const reindentOnly =
        added.length === removed.length &&
        added.length > 0 &&
        added.every((line, i) => line === removed[i]) &&
        removed.every((line) => !has.has(line));
      // (An edit replacing lines that sdkgen's module has none of left, whose own lines are there, carried by the
      // owners' other edits: turbopuffer's second `data = response.json()` → `data = json.loads(response.content)` in
      // Stainless's `_parse`, where sdkgen's `_parse` has the one such line, which their first edit changed.)
      const addedCode = added.filter(saysSomething);
      const replacedAlready =
        removed.length > 0 &&
        addedCode.length > 0 &&
        removed.every((line) => !leftOver(line)) &&
        addedCode.every((line) => has.has(line) && carriedIn(line));
      // (An edit of one branch's definition of a name that sdkgen's module defines once, with the same change.)
      const twinCarried = sameChangeOnOneDefinition(removed, added, ours, stainless(path) ?? '');
      // (And each statement taken out names what sdkgen's module does not: else sdkgen's may do it in its own words,
      // Stainless's `headers[idempotency_header] = …` taken out, sdkgen's `headers.setdefault(self._idempotency_header, …)`.)
      const deletedOnly =
        noneLeft &&
        !wordedOtherwise &&
        added.every((line) => line === '') &&
        eachStatementAbsent(removedAsWritten, ours, (line) => (ownerCounts.get(line) ?? 0) > 0);
      if (deletedOnly || reindentOnly || replacedAlready || twinCarried) done.push(hunk);
      else if (
        requiresPydantic2 &&
        // (What pydantic 2 runs stays, one level out: those lines are the edit's as much as sdkgen's.)
        removed.every((line) => !has.has(line) || added.includes(line)) &&
        removed.some((line) => PYDANTIC_1.test(line)) &&
        !added.some((line) => PYDANTIC_1.test(line)) &&
        !PYDANTIC_1.test(ours)
      )
        v1.push(hunk);
      else left.push(hunk);
    }
    const there = plan.alreadyThere.find((entry) => entry.path === path);
    if (there !== undefined) there.hunks += done.length;
    else if (done.length > 0) plan.alreadyThere.push({ path, hunks: done.length });
    if (v1.length > 0)
      plan.notApplicable.push({
        path,
        reason:
          "takes pydantic 1's support out of Stainless's code; sdkgen's module, written for pydantic 2 alone, has " +
          'none of it: what your edit leaves is what sdkgen runs',
        hunks: v1,
      });
    return left.length > 0 ? [{ path, hunks: left }] : [];
  });
}

/** An assignment's name and its value, its comment left out (`FileContent = Union[…]  # …`). */
const ASSIGNMENT = /^(\w+)\s*(?::[^=]+)?=(?!=)\s*(.*?)\s*(?:#.*)?$/;

/**
 * Whether the one-line edit `removed` → `added` of an assignment (trimmed lines) changes a definition Stainless's module
 * makes more than once (in branches), where sdkgen's module `ours` makes it once and its value ends as the edit's
 * changed value ends, from the changed text on: the same change at the same place from the end.
 */
function sameChangeOnOneDefinition(removed: string[], added: string[], ours: string, stainless: string): boolean {
  const addedCode = added.filter((line) => line !== '');
  if (removed.length !== 1 || addedCode.length !== 1) return false;
  const [before, after] = [ASSIGNMENT.exec(removed[0]), ASSIGNMENT.exec(addedCode[0])];
  if (before === null || after === null || before[1] !== after[1] || before[2] === after[2]) return false;
  const name = before[1];
  const definitions = (text: string) =>
    text.split('\n').flatMap((line) => {
      const m = ASSIGNMENT.exec(line.trim());
      return m !== null && m[1] === name ? [m[2]] : [];
    });
  const ourValues = definitions(ours);
  if (!inTopLevelBranches(stainless, name) || ourValues.length !== 1) return false;
  // The values' common start; what follows it in the edited value (the change and the rest of the line) ends ours.
  const [old, edited] = [before[2], after[2]];
  let start = 0;
  while (start < old.length && old[start] === edited[start]) start++;
  // (A value replaced whole is another definition, not the same change.)
  if (start === 0) return false;
  const changedOn = edited.slice(start);
  const rest = old.slice(start);
  // (What the change leaves of Stainless's value after it must be a true end, not all of the changed text.)
  return changedOn.length > rest.length && ourValues[0].endsWith(changedOn);
}

/** Whether the module defines `name` more than once, each in a branch of a top-level `if` (`else:`, `elif …:`). */
function inTopLevelBranches(text: string, name: string): boolean {
  const lines = text.split('\n');
  const defining = lines.flatMap((line, i) => (ASSIGNMENT.exec(line.trim())?.[1] === name ? [i] : []));
  const branchOf = (at: number) => {
    if (!/^\s/.test(lines[at])) return false;
    for (let i = at - 1; i >= 0; i--)
      if (lines[i].trim() !== '' && !/^\s/.test(lines[i])) return /^(?:if|elif|else)\b/.test(lines[i]);
    return false;
  };
  return defining.length >= 2 && defining.every(branchOf);
}

/** A line's string literals that name something (six characters or more, a letter among them), lower-cased, without quotes. */
function namedStrings(line: string): string[] {
  return (line.match(/(["'])(?:(?!\1)[^\\]|\\.){6,}\1/g) ?? [])
    .filter((text) => /[a-z]/i.test(text))
    .map((text) => text.slice(1, -1).toLowerCase());
}

const saysSomething = (line: string): boolean => (line.match(/[A-Za-z0-9_]/g) ?? []).length >= 3;

/** Whether the line defines a name (a def, a class, an assignment) that `ours` defines too. */
function definesAsOurs(line: string, ours: string): boolean {
  const name = /^(?:async\s+)?(?:def|class)\s+(\w+)|^(\w+)\s*(?::[^=]+)?=(?!=)/.exec(line);
  const defined = name?.[1] ?? name?.[2];
  if (defined === undefined) return false;
  return new RegExp(
    `^\\s*(?:async\\s+)?(?:def|class)\\s+${defined}\\b|^\\s*${defined}\\s*(?::[^=\\n]+)?=(?!=)`,
    'm',
  ).test(ours);
}

/** How many times each trimmed line is in a text. */
function lineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  return counts;
}

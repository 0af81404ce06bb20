/**
 * Stainless's scripts (`scripts/`, `bin/`) the owners edited, where sdkgen writes none in their place (a script
 * sdkgen writes at the same path is rewritten-scripts.ts's): the owners' edit made each theirs, as an edit to an
 * example program does (theirs-by-edits.ts). Never removed with the edit left for a person:
 *
 * - one a workflow, script or package.json script that stays calls is their working pipeline: it stays, as it is
 *   (removed-calls.ts's editedScriptsCalled says which, and which package.json scripts stay with it);
 * - one nothing that stays calls (mixedbread's edit to Stainless's `scripts/utils/make-dist-package-json.cjs`, which
 *   only Stainless's `scripts/build` ran: sdkgen's build publishes from the package's root and writes no such file) is
 *   kept whole as the owners' file too: their edit is in it, where they made it, for them to run from their pipeline
 *   or delete. Removing it would leave the edit in git's history only, and a person to carry it nowhere.
 *
 * As rewritten-scripts.ts has it, a script that names a file of the repository the migrated tree does not have (the
 * script it runs, a config it reads) is no working script of theirs once that goes: it goes too, its edits listed.
 * So does one whose edits only touched its comments (nothing of theirs is lost).
 */
import type { MigrationPlan } from '../migration-plan';
import { inputsNamed } from './rewritten-scripts';
import { editedScriptsCalled } from './removed-calls';

/**
 * Keeps the scripts of `edited` (path → text: Stainless's scripts the owners edited, that the plan removes) in
 * `plan`: those called as their pipeline (`plan.keptCalledScripts`), and those nothing calls that name no file that
 * goes (`plan.kept`, theirs). Returns the package.json scripts that stay with the called ones.
 */
export function keepEditedScripts(
  plan: MigrationPlan,
  current: Array<{ path: string; text: string | null }>,
  edited: ReadonlyMap<string, string>,
  packageJsons: { stainless: string | null; generated: string | null },
): Record<string, string> {
  const staying = new Set([...plan.kept, ...plan.keptRepositoryFiles]);
  const goes = new Set(plan.removed);
  const called = editedScriptsCalled(current, staying, goes, edited, packageJsons);
  plan.keptCalledScripts = called.files;
  const calledSet = new Set(called.files);
  const known = new Set(current.map((f) => f.path));
  const rejected = new Set(plan.rejected.map((r) => r.path));
  const uncalled = [...edited]
    .filter(([path]) => !calledSet.has(path) && rejected.has(path))
    .filter(([path, text]) => inputsNamed(text, (named) => known.has(named)).every((n) => n === path || !goes.has(n)))
    .map(([path]) => path);
  const keep = new Set([...called.files, ...uncalled]);
  if (keep.size === 0) return called.packageScripts;
  plan.kept.push(...uncalled);
  plan.removed = plan.removed.filter((path) => !keep.has(path));
  plan.rejected = plan.rejected.filter(({ path }) => !keep.has(path));
  plan.commentOnlyEdits = plan.commentOnlyEdits.filter((path) => !keep.has(path));
  plan.needsHand = plan.needsHand.filter(({ path }) => !keep.has(path));
  return called.packageScripts;
}

/**
 * Of Stainless's files sdkgen writes none of, those that stay because a file that stays needs them (plan.ts): the
 * modules the owners' code imports, the scripts and nox sessions a workflow or script that stays runs, the data files
 * a module that stays opens by name (runway's `tests/sample_file.txt`, which their upload test reads).
 */
import type { RepoFile } from '../../repository/checkout-files';
import { LOCKFILES, NOXFILE, RUNS_NOX, SCRIPT } from '../file-kinds';
import { modulesImportedBy } from '../source/imports';
import { mayRunScripts, namesScript } from '../project/script-calls';

/**
 * Of Stainless's files sdkgen writes none of, those a file that stays needs: a module the owners' code imports (and the
 * modules it imports, in turn), a script a workflow or script that stays names.
 */
export function keptForOthers(
  candidates: RepoFile[],
  staying: RepoFile[],
  importName: string,
  written: Set<string>,
): Map<string, 'imported' | 'called' | 'read'> {
  const reasons = new Map<string, 'imported' | 'called' | 'read'>();
  const byPath = new Map(candidates.map((f) => [f.path, f]));
  const queue = staying.filter((f) => f.text !== null && f.path.endsWith('.py'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const module of modulesImportedBy(file.path, file.text!, importName)) {
      const found = byPath.get(module);
      if (found === undefined || reasons.has(module) || written.has(module)) continue;
      reasons.set(module, 'imported');
      if (found.text !== null) queue.push(found);
    }
  }
  const texts = staying.filter((f) => f.text !== null && mayRunScripts(f.path)).map((f) => f.text!);
  for (const file of candidates)
    if (SCRIPT.test(file.path) && !reasons.has(file.path) && texts.some((text) => namesScript(text, file.path)))
      reasons.set(file.path, 'called');
  // (A lockfile names nox too, `# via nox`, but runs nothing.)
  const runners = staying.filter((f) => f.text !== null && mayRunScripts(f.path) && !LOCKFILES.test(f.path));
  for (const file of candidates)
    if (NOXFILE.test(file.path) && !reasons.has(file.path) && runners.some((f) => RUNS_NOX.test(f.text!)))
      reasons.set(file.path, 'called');
  const modules = staying.filter((f) => f.text !== null && f.path.endsWith('.py')).map((f) => f.text!);
  for (const file of candidates)
    if (
      !file.path.endsWith('.py') &&
      !reasons.has(file.path) &&
      modules.some((text) => quotesFileName(text, file.path))
    )
      reasons.set(file.path, 'read');
  return reasons;
}

/** Whether `text` has a string literal ending in the file name of `path` (`"sample_file.txt"`, `"data/x.json"`). */
function quotesFileName(text: string, path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`["'](?:[^"'\\n]*/)?${name}["']`).test(text);
}

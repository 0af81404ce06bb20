/**
 * planPythonMigration's package-manager step, once pyproject.toml is sdkgen's: the owners' commands of Stainless's Rye
 * scripts go into sdkgen's scripts (rye-script-edits.ts); the lockfiles nothing that stays reads go, and the calls
 * of Rye or of a manager whose lockfile no longer matches are listed (manager-lockfiles.ts, rye-calls.ts).
 */
import type { MigrationPlan } from '../../migration-plan';
import type { RepoFile } from '../../repository/checkout-files';
import { mayRunScripts } from './script-calls';
import { ryeCallsLeft } from './rye-calls';
import { withOwnersRyeCommands } from './rye-script-edits';
import { staleLockfiles } from './manager-lockfiles';

export function settlePackageManager(
  plan: MigrationPlan,
  stainlessPyproject: string | null,
  byPath: ReadonlyMap<string, RepoFile>,
): void {
  // The owners' commands of Stainless's Rye scripts, in the steps of sdkgen's scripts that ran Stainless's.
  withOwnersRyeCommands(plan, stainlessPyproject, byPath.get('pyproject.toml')?.text ?? null);
  // Rye's commands of the workflows and scripts that stay, using what Stainless's pyproject.toml had (rye-calls.ts).
  const finalWrites = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const stayingText = [...plan.kept, ...plan.keptRepositoryFiles, ...plan.keptCalledScripts]
    .filter((path) => !finalWrites.has(path))
    .map((path) => ({ path, text: byPath.get(path)?.text ?? null }));
  // The lockfiles of Stainless's package manager nothing that stays reads once pyproject.toml is sdkgen's: they go
  // (manager-lockfiles.ts); a call of that manager whose lockfile no longer matches is listed.
  const lockfiles = staleLockfiles(
    plan.keptRepositoryFiles.map((path) => ({ path, text: byPath.get(path)?.text ?? null })),
    [...plan.writes.map((f) => ({ path: f.path, text: f.contents })), ...stayingText].filter(
      (f): f is { path: string; text: string } =>
        f.text !== null && mayRunScripts(f.path) && f.path !== 'pyproject.toml',
    ),
    byPath.get('pyproject.toml')?.text ?? null,
    finalWrites.get('pyproject.toml') ?? null,
  );
  for (const stale of lockfiles.stale) {
    plan.keptRepositoryFiles = plan.keptRepositoryFiles.filter((path) => !stale.paths.includes(path));
    plan.removed.push(...stale.paths);
    plan.removedExtras.push({ option: null, what: stale.what, paths: stale.paths });
  }
  plan.removedCalls.push(...lockfiles.relock);
  plan.removedCalls.push(
    ...ryeCallsLeft(
      [...plan.writes.map((f) => ({ path: f.path, text: f.contents })), ...stayingText].filter(
        (f): f is { path: string; text: string } => f.text !== null,
      ),
      byPath.get('pyproject.toml')?.text ?? null,
      finalWrites.get('pyproject.toml') ?? null,
    ),
  );
}

/**
 * A script of Stainless's (`scripts/`, `bin/`) the owners edited in ways that do not go onto sdkgen's script, or that
 * sdkgen writes none in place of, is their pipeline now: theirs stays whole, and sdkgen writes none there from now on
 * (the manifest's inputs.deleted, as migrate/python/plan.ts does for Python). Conductor's `scripts/mock` runs Prism on
 * a spec embedded in it when no URL is given; their `scripts/utils/upload-artifact.sh` names their package. Half of
 * their edits on sdkgen's script would run neither, and listed for a person they made migrate exit 1 with nothing
 * lost to show for it.
 */
import { STAINLESS_SCRIPT } from '../repository/file-kinds';
import type { MigrationPlan } from '../migration-plan';
import type { RepoFile } from '../repository/stainless-repo';

/** `plan` with each script of Stainless's whose edits were not carried kept whole, as the owners have it. */
export function keepRewrittenScripts(plan: MigrationPlan, byPath: ReadonlyMap<string, RepoFile>): MigrationPlan {
  const scripts = new Set(
    plan.rejected
      .map((r) => r.path)
      .filter((path) => STAINLESS_SCRIPT.test(path) && (byPath.get(path)?.text ?? null) !== null),
  );
  if (scripts.size === 0) return plan;
  const theirs = (path: string) => byPath.get(path)!.text!;
  const writes = plan.writes.filter((f) => !scripts.has(f.path));
  return {
    ...plan,
    writes: [...writes, ...[...scripts].map((path) => ({ path, contents: theirs(path) }))],
    generated: plan.generated.filter((f) => !scripts.has(f.path)),
    removed: plan.removed.filter((path) => !scripts.has(path)),
    rejected: plan.rejected.filter((r) => !scripts.has(r.path)),
    reapplied: plan.reapplied.filter((r) => !scripts.has(r.path)),
    keptRewrittenScripts: [...plan.keptRewrittenScripts, ...scripts],
  };
}

/**
 * A script of Stainless's (`scripts/`, `bin/`) the owners edited in ways that do not go onto the script sdkgen writes
 * there is their pipeline now: theirs stays whole, and sdkgen writes none there from now on (the manifest's
 * inputs.deleted, as migrate/python/plan.ts does for Python). Conductor's `scripts/mock` runs Prism on a spec embedded
 * in it when no URL is given; half of their edits on sdkgen's script would run neither, and listed for a person they
 * made migrate exit 1 with nothing lost to show for it.
 *
 * Not kept whole, so still listed with the edits to carry:
 * - a script sdkgen writes none in place of: with nothing staying that calls it (removed-calls.ts keeps those that
 *   are called) it goes, its edits listed, as for any file of Stainless's that goes;
 * - a script that runs another script of the repository the migrated tree does not have (Stainless's `scripts/build`
 *   running `scripts/utils/fix-index-exports.cjs`): kept whole in place of sdkgen's, it would no longer run;
 * - a script that reads another file of the repository the migrated tree does not have (`tsc -p tsconfig.build.json`,
 *   `--config jest.config.ts`, a `.env.example` it copies), a file of Stainless's that goes: it would fail the same.
 *   Any word of the script that is the path of a file of the repository (from its root; `./`, `$ROOT/`, `…}/` before
 *   it aside) is such an input.
 */
import { STAINLESS_SCRIPT } from '../repository/file-kinds';
import type { MigrationPlan } from '../migration-plan';
import type { RepoFile } from '../repository/checkout-files';

/** Paths of the repository's scripts a script's text names (`./scripts/x`, `bin/y`, `"$ROOT/scripts/z.sh"`). */
const SCRIPT_REFERENCE = /(?:(?:^|[\s"'`=(])(?:\.\/)?|[})]\/)((?:scripts|bin)\/[\w.@/-]*\w)/g;

/** The scripts of the repository `text` runs, by their path from its root. */
export function scriptsNamed(text: string): string[] {
  return [...new Set([...text.matchAll(SCRIPT_REFERENCE)].map((m) => m[1]))];
}

/** The words of a script's text that could name a file, as a path from the repository's root. */
function words(text: string): string[] {
  return text
    .split(/[\s"'`=(),;|&<>{}[\]]+/)
    .map((word) => word.replace(/^(?:\$\w+\/|\$\{\w+\}\/|\.\/)+/, '').replace(/^.*\}\//, ''))
    .filter((word) => word !== '' && !word.endsWith('/'));
}

/** The files of the repository (`isFile`) a script's text names: the scripts it runs, and what else it reads. */
export function inputsNamed(text: string, isFile: (path: string) => boolean): string[] {
  return [...new Set([...scriptsNamed(text), ...words(text).filter(isFile)])];
}

/** `plan` with each script of Stainless's whose edits did not go onto sdkgen's script kept whole, as the owners have it. */
export function keepRewrittenScripts(plan: MigrationPlan, byPath: ReadonlyMap<string, RepoFile>): MigrationPlan {
  const written = new Set(plan.generated.map((f) => f.path));
  const removed = new Set(plan.removed);
  const staying = (path: string) =>
    plan.writes.some((f) => f.path === path) || (byPath.has(path) && !removed.has(path));
  const scripts = new Set(
    plan.rejected
      .map((r) => r.path)
      .filter((path) => {
        const text = byPath.get(path)?.text ?? null;
        return (
          STAINLESS_SCRIPT.test(path) &&
          text !== null &&
          written.has(path) &&
          inputsNamed(text, (named) => byPath.has(named)).every((named) => named === path || staying(named))
        );
      }),
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

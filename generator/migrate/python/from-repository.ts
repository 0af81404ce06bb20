/**
 * The Python move's plan with what only the repository's history tells: which later generations' lines are the
 * owners' code Stainless's merge carried (custom-code-carried.ts), who deleted a file of the base
 * (deleted-by-generation.ts), and which files of a base the owners committed themselves are theirs (owners-in-base.ts).
 */
import type { MigrationPlan } from '../migration-plan';
import { withoutCustomCodeCarried } from './owners/custom-code-carried';
import { deletedByGeneration } from './owners/deleted-by-generation';
import { ownersFilesInBase, withoutOwnersFiles } from './owners/owners-in-base';
import { planPythonMigration, type PythonMigrationInputs } from './plan';
import { isStainlessMachinery } from './file-kinds';
import { withTwinCustomFiles } from './owners/bot-custom-files';

export function planPythonMigrationIn(repo: string, inputs: PythonMigrationInputs): MigrationPlan {
  const later = inputs.laterGenerations;
  const rendered = new Set(inputs.rendered.map((f) => f.path));
  const base =
    inputs.base &&
    withoutOwnersFiles(
      inputs.base,
      ownersFilesInBase(repo, inputs.base, (path) => rendered.has(path) || isStainlessMachinery(path)),
    );
  return planPythonMigration({
    ...inputs,
    repo,
    base: base && withTwinCustomFiles(repo, base),
    laterGenerations: later === undefined ? undefined : withoutCustomCodeCarried(repo, later, inputs.importName),
    deletedByGeneration: base ? deletedByGeneration(repo) : undefined,
  });
}

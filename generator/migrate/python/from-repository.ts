/**
 * The Python move's plan with what only the repository's history tells: which later generations' lines are the
 * owners' code Stainless's merge carried (custom-code-carried.ts), and who deleted a file of the base
 * (deleted-by-generation.ts).
 */
import type { MigrationPlan } from '../migration-plan';
import { withoutCustomCodeCarried } from './custom-code-carried';
import { deletedByGeneration } from './deleted-by-generation';
import { planPythonMigration, type PythonMigrationInputs } from './plan';

export function planPythonMigrationIn(repo: string, inputs: PythonMigrationInputs): MigrationPlan {
  const later = inputs.laterGenerations;
  return planPythonMigration({
    ...inputs,
    laterGenerations: later === undefined ? undefined : withoutCustomCodeCarried(repo, later),
    deletedByGeneration: inputs.base ? deletedByGeneration(repo) : undefined,
  });
}

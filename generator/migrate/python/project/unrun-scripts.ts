/**
 * The owners' edits to a script of Stainless's tooling that goes with the move: sdkgen writes none at its path and no
 * file that stays runs it (plan.ts's keptForOthers looked; turbopuffer's typing fixes to `scripts/utils/ruffen-docs.py`,
 * which only Stainless's `scripts/format` ran, replaced by sdkgen's). Nothing runs the edited lines any more: the
 * edit has nothing to change, and is reported with its hunks rather than left to a person.
 */
import type { MigrationPlan } from '../../migration-plan';

export function unrunScriptEdits(path: string, hunks: string[]): MigrationPlan['notApplicable'][number] {
  return {
    path,
    reason:
      "edits a script of Stainless's tooling that nothing staying runs (Stainless's own scripts ran it; sdkgen's " +
      'do that work without it): it goes with them (git keeps it)',
    hunks,
  };
}

/**
 * Why each of the owners' rejected edits needs a person (planPythonMigration's report step): a module their edits
 * would leave broken, the edits of Stainless's runtime that sdkgen's does otherwise (runtime-hunks.ts), the hunks left
 * out for reading a name sdkgen's function lacks, or simply what could not be carried, with where sdkgen has the same.
 */
import { runtimeEntryShown } from '../soundness/runtime-members';
import type { MigrationPlan } from '../../migration-plan';
import { placesInSdkgen } from '../already-done/comment-only';
import { runtimeHunksReason } from '../soundness/runtime-hunks';

export interface RejectedFacts {
  /** Stainless's text of a file (the base's), and sdkgen's. */
  stainlessText: (path: string) => string | undefined;
  renderedText: ReadonlyMap<string, string>;
  /** Stainless's tests whose owners' tests conflict: told of already. */
  testConflicts: ReadonlySet<string>;
  /** Modules the carried edits would leave broken, with why. */
  brokenCarries: ReadonlyMap<string, string>;
  /** The names (`function: name`) a module's left-out hunks read, which sdkgen's function does not bind. */
  lostReads: ReadonlyMap<string, string[]>;
  /** Stainless's text each module's edits were read against. */
  readAgainst: ReadonlyMap<string, string>;
  /** The package's import name. */
  pkg: string;
}

export function explainRejected(plan: MigrationPlan, facts: RejectedFacts): void {
  const { renderedText, pkg } = facts;
  for (const { path, hunks } of plan.rejected) {
    if (facts.testConflicts.has(path)) continue;
    const stainless = facts.stainlessText(path);
    const ours = renderedText.get(path);
    const places = path.endsWith('.py') && stainless && ours ? placesInSdkgen(hunks, stainless, ours) : '';
    const broken = facts.brokenCarries.get(path);
    if (broken !== undefined) {
      plan.needsHand.push({
        path,
        reason:
          `your edits, carried into sdkgen's module one by one, would leave it broken (${broken}): sdkgen's file ` +
          'is written without them; see the hunks',
      });
      continue;
    }
    const lost = facts.lostReads
      .get(path)
      ?.map((entry) => runtimeEntryShown(entry) ?? entry.replace(/^(.*): ([\w.]+)$/, '`$2` in `$1`'));
    // (Of Stainless's runtime, where sdkgen writes its own: said edit by edit, runtime-hunks.ts.)
    // (Read on the module as written: the owners' edits that were carried bind names too.)
    const written = ours === undefined ? undefined : (plan.writes.find((f) => f.path === path)?.contents ?? ours);
    const against = facts.readAgainst.get(path) ?? stainless;
    const runtime = against && written && !lost ? runtimeHunksReason(path, hunks, against, written, pkg) : null;
    plan.needsHand.push({
      path,
      reason: runtime
        ? runtime
        : renderedText.has(path)
          ? "your edits to the file Stainless wrote could not all be carried over to sdkgen's: see the hunks" +
            (places ? ` (sdkgen's file has ${places} too, where they would go)` : '') +
            (lost
              ? `; those reading ${lost.join(', ')} are left out, as sdkgen's function binds no such name, nor its ` +
                "class (with sdkgen's runtime, `_base_client.py`, `_models.py`, …) such a member, or has it as " +
                "another type than Stainless's runtime did (they would raise NameError, AttributeError): the rest " +
                'are carried'
              : '')
          : "Stainless's file, which sdkgen does not write, had your edits: it goes (git keeps it); see the hunks",
    });
  }
}

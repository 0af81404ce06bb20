/**
 * A package the owners renamed by hand (package.json, imports): sdkgen writes the config's name, so the edits that
 * only renamed it need nothing more once the config has the new name, and a config with the old one needs it.
 */
import type { MigrationPlan } from '../migration-plan';
import { onlyRenames, publishedAs } from '../repository/release';

/** Drops the hunks that only rename the package and reports a config naming another; returns the config's name. */
export function packageNameInPlan(
  plan: Pick<MigrationPlan, 'rejected' | 'needsHand'>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
  /** Stainless's package.json in the base. */
  stainlessPackage: string | null,
  /** The name the repository's package.json publishes. */
  published: string | null,
): string | null {
  const configured = publishedAs(rendered.find((f) => f.path === 'package.json')?.contents ?? null).name;
  // Stainless wrote the name its config had then; the owners' edits from that to the published name are renames.
  const stainlessName = publishedAs(stainlessPackage).name ?? configured;
  let renames = 0;
  if (stainlessName !== null && published !== null && stainlessName !== published) {
    plan.rejected = plan.rejected
      .map(({ path, hunks }) => {
        const kept = hunks.filter((hunk) => !onlyRenames(hunk, stainlessName, published));
        renames += hunks.length - kept.length;
        return { path, hunks: kept };
      })
      .filter(({ hunks }) => hunks.length > 0);
  }
  if (configured !== null && published !== null && configured !== published) {
    plan.needsHand.push({
      path: 'package.json',
      reason:
        `published as ${published}, but the config names ${configured}: sdkgen writes the config's name (README, ` +
        `docs, examples), so set the package name there (targets.typescript.package_name)` +
        (renames > 0 ? `; ${renames} hand edit(s) that only renamed the package need nothing more then` : ''),
    });
  }
  return configured;
}

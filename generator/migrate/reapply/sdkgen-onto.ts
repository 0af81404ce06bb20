/**
 * sdkgen's module as the owners' edits are placed onto it (migrate/plan.ts): with the owners' doc comments on members
 * it declares already (member-docs.ts), and a callable resource whose property they took out of Stainless's client
 * made the method alone (callable-resources.ts).
 */
import { withOwnersDroppedResources } from './callable-resources';
import { withOwnersMemberDocs } from './member-docs';

/** `target` (sdkgen's module at `path`) made ready for the owners' edits of `base` (`edited`). */
export function sdkgenOnto(base: string, edited: string, target: string, path: string): string {
  return withOwnersDroppedResources(base, edited, withOwnersMemberDocs(base, edited, target, path));
}

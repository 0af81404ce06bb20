import type { Resource } from '../../ir/types';
import { pyClassName } from '../../naming/python';

/** The runtime's resource base classes, which every resource module imports. */
const RESOURCE_BASES = new Set(['SyncAPIResource', 'AsyncAPIResource']);

/** A resource's class name without `Resource`; never one that makes a runtime base's name (`API` → `Api`). */
export function resourceClassStem(resource: Resource): string {
  const stem = pyClassName(resource.className);
  const clashes = RESOURCE_BASES.has(`${stem}Resource`) || RESOURCE_BASES.has(`Async${stem}Resource`);
  return clashes ? stem.charAt(0) + stem.slice(1).toLowerCase() : stem;
}

/**
 * A resource's module under `resources/`, from its attribute chain: a folder per resource with subresources, whose
 * own module is named as it. A subresource named as its parent takes a `_` (`teams/teams_.py`): its module would be
 * the parent's own (`teams/teams.py`), or its folder would hide that module.
 */
export function resourceModulePath(chain: string[], leaf: boolean): string {
  const folders = chain.map((name, i) => (i > 0 && name === chain[i - 1] ? `${name}_` : name));
  return `${folders.join('/')}${leaf ? '' : `/${folders[folders.length - 1]}`}`;
}

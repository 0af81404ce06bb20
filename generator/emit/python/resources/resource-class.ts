import type { Resource } from '../../../ir/types';
import { pyClassName, type PyCasings } from '../../../naming/python';

/** The runtime's resource base classes, which every resource module imports. */
const RESOURCE_BASES = new Set(['SyncAPIResource', 'AsyncAPIResource']);

/** The stem each resource's parent took, recorded when the parent's is settled (parents are settled first). */
const parentStems = new WeakMap<Resource, string>();

/**
 * A resource's class name without `Resource`; never one that makes a runtime base's name (`API` → `Api`).
 *
 * Stainless names a Python resource class after its own key alone (`files.metadata` → `MetadataResource`): the
 * `Resource` suffix keeps it apart from the models, so the IR's class name, settled against every type of the SDK
 * (`FileMetadata`, `UserResource` beside a model `User`), is taken back to the key's part of it. Only a subresource
 * named as its parent keeps the settled name: the parent's module imports it beside its own class. Its words are
 * cased as `casings` (the config's `custom_casings`) write them: `qa: { initialism: true }` gives `QAResource`.
 */
export function resourceClassStem(
  resource: Resource,
  modelNames: ReadonlySet<string> = new Set(),
  casings: PyCasings = new Map(),
): string {
  const settled = pyClassName(resource.className, casings);
  const natural = keyPart(settled, resource.configKey ?? resource.property);
  let stem = natural === parentStems.get(resource) ? settled : natural;
  // A model of the same name (`SlotConfigNamesResource`) would be shadowed in the module that imports it: the
  // parent's stem goes first, then a number, until no model has the name.
  const parent = parentStems.get(resource) ?? '';
  for (let n = 1; modelNames.has(`${stem}Resource`) || modelNames.has(`Async${stem}Resource`); n++)
    stem = n === 1 && parent && !stem.startsWith(parent) ? `${parent}${stem}` : `${stem.replace(/\d+$/, '')}${n}`;
  for (const sub of resource.subresources) parentStems.set(sub, stem);
  const clashes = RESOURCE_BASES.has(`${stem}Resource`) || RESOURCE_BASES.has(`Async${stem}Resource`);
  return clashes ? stem.charAt(0) + stem.slice(1).toLowerCase() : stem;
}

/**
 * The part of a settled class name that spells the resource's key, in the settled name's casing (`FileMetadata`
 * and `metadata` → `Metadata`; `UserResource` and `user` → `User`); the settled name when no end of it does.
 */
function keyPart(settled: string, key: string): string {
  const part = keyPartOf(settled, key);
  // A key of digits (`/status/100`) makes no class name of its own.
  return /^[0-9]/.test(part) ? settled : part;
}

function keyPartOf(settled: string, key: string): string {
  const letters = key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const lower = settled.toLowerCase();
  if (!letters || lower === letters) return settled;
  if (lower.endsWith(letters)) return settled.slice(settled.length - letters.length);
  if (lower.startsWith(letters) && settled.slice(letters.length) === 'Resource')
    return settled.slice(0, letters.length);
  return settled;
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

/**
 * A resource's attribute and its attributes from the client down (`chain`). A top-level resource named as a method of
 * the client (Resource.callable: a Stainless config's `$client.methods.namespaces` beside the resource `namespaces`)
 * keeps its name, as Stainless's did: `client.namespaces` is the resource and, called, runs the method (its class's
 * `__call__`, PyResource.call).
 */
export function resourceChains(chain: string[]): { attribute: string; chain: string[] } {
  return { attribute: chain[chain.length - 1] ?? '', chain };
}

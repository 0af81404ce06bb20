/** The resources of an `Api` as one list, for the stages that go over all of them regardless of nesting. */
import type { Api, Resource } from './types';

/** `resources` and every subresource under them, depth first, each resource before its subresources. */
export function flattenResources(resources: readonly Resource[]): Resource[] {
  const out: Resource[] = [];
  const visit = (resource: Resource): void => {
    out.push(resource);
    resource.subresources.forEach(visit);
  };
  resources.forEach(visit);
  return out;
}

/** Every resource with methods: the client's own methods (`topLevel`) first, then the resource tree, depth first. */
export function resourcesWithTopLevel(api: Api): Resource[] {
  return [...(api.topLevel ? [api.topLevel] : []), ...flattenResources(api.resources)];
}

/** How many methods the SDK has, the client's own included. */
export function methodCount(api: Api): number {
  return resourcesWithTopLevel(api).reduce((n, resource) => n + resource.methods.length, 0);
}

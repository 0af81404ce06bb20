/**
 * Resources no method is on or below (a config entry with only models, or only such children). Stainless writes no
 * module, class, client attribute or test folder for them: they are in api.md only (their models go to types/ as
 * any). A `standalone_api` one among them still gets its package's `__init__.py` and test folder, both empty.
 */
import type { Resource } from '../../../ir/types';
import type { PyResource } from '../types/model';
import type { StainlessPythonForms } from '../../../stainless/python-era';

/** Whether a method (a webhook unwrap too) is on the resource or below it. */
export function hasMethodsBelow(resource: PyResource): boolean {
  const own = resource.methods.length > 0 || resource.ir.webhookUnwraps.length > 0;
  return own || resource.subresources.some(hasMethodsBelow);
}

/**
 * Whether the resource has `with_raw_response` / `with_streaming_response` and its four wrapper classes: an HTTP method
 * on it or below it. Webhook unwraps send no request, so a resource of unwraps alone has none: no wrapper class, no
 * wrapper property on its parent's wrappers or the client's (imagekit-python's `WebhooksResource`).
 */
export function hasResponseWrappers(resource: PyResource): boolean {
  // (The client's method a resource is too, its `__call__`, is one of its HTTP methods.)
  const own = resource.methods.length > 0 || resource.call !== undefined;
  return own || resource.subresources.some(hasResponseWrappers);
}

/** The suffixes of a resource's wrapper classes, and of its wrapper properties' classes. */
export type WrapperKind = 'WithRawResponse' | 'WithStreamingResponse';

/**
 * The wrapper classes the resource has in the era of `forms` (hasResponseWrappers): raw and streaming, raw alone in
 * SDKs of late 2023, none before (python-era.ts: RAW_RESPONSE_WRAPPERS_SINCE, STREAMING_RESPONSE_WRAPPERS_SINCE).
 */
export function wrapperKinds(
  resource: PyResource,
  forms: Pick<StainlessPythonForms, 'rawResponseWrappers' | 'streamingResponseWrappers'>,
): WrapperKind[] {
  if (!hasResponseWrappers(resource)) return [];
  const kinds: WrapperKind[] = [];
  if (forms.rawResponseWrappers) kinds.push('WithRawResponse');
  if (forms.streamingResponseWrappers) kinds.push('WithStreamingResponse');
  return kinds;
}

/** The resources with a method on or below them, their subresources likewise. */
export function resourcesWithMethods(resources: PyResource[]): PyResource[] {
  return resources
    .filter(hasMethodsBelow)
    .map((resource) => ({ ...resource, subresources: resourcesWithMethods(resource.subresources) }));
}

/** The `standalone_api` resources of the tree with no method below them. */
export function methodlessStandalone(resources: PyResource[]): PyResource[] {
  return resources.flatMap((resource) => [
    ...(resource.ir.standaloneApi && !hasMethodsBelow(resource) ? [resource] : []),
    ...methodlessStandalone(resource.subresources),
  ]);
}

/** A methodless resource's package folder: `resources/ilgs/v1` of `resources/ilgs/v1/v1`. */
export function packageFolder(resource: PyResource): string {
  return resource.module.slice(0, resource.module.lastIndexOf('/'));
}

/**
 * Whether Stainless writes the IR resource as a package (`resources/<name>/<name>.py` and an `__init__.py`) rather than
 * a module: it is `standalone_api`, or the config gives it subresources, even ones with no method (isaacus's
 * `enrichments` and its models-only `ilgsv1`: `resources/enrichments/enrichments.py`, an empty test folder).
 */
export function writtenAsPackage(resource: Resource): boolean {
  return resource.standaloneApi || resource.subresources.length > 0;
}

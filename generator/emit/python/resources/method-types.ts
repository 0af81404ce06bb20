/**
 * Every type the API's methods use, in one walk: what the Python model asks of them (which named schemas something
 * names, which a method's response alone names) is read from it, each asker keeping what it needs.
 */
import type { Api, Method, Resource, TypeRef } from '../../../ir/types';

/**
 * Where a method uses a type: a param (positional, body or query field, a variant's field), its JSON response, the
 * events it streams (or those of an unmarked stream it reads as text), the items of its pages.
 */
export type MethodTypeUse = 'param' | 'response' | 'event' | 'page-item';

/**
 * Calls `visit` with each type a method of `api` uses (its resources', the client's own), and each field type of the
 * pagination schemes (`method` null then).
 */
export function forEachMethodType(
  api: Api,
  visit: (type: TypeRef, use: MethodTypeUse | 'page-field', method: Method | null) => void,
): void {
  const walk = (resource: Resource) => {
    for (const method of resource.methods) {
      for (const param of method.positional) visit(param.type, 'param', method);
      for (const field of method.params?.fields ?? []) visit(field.type, 'param', method);
      for (const variant of method.params?.variants ?? [])
        for (const field of variant.fields) visit(field.type, 'param', method);
      if (method.response.kind === 'json') visit(method.response.type, 'response', method);
      if (method.response.kind === 'sse') visit(method.response.event, 'event', method);
      // (An event stream a config leaves unmarked, which the package may stream: unmarked-stream.ts.)
      if (method.response.kind === 'text' && method.response.event) visit(method.response.event, 'event', method);
      if (method.response.kind === 'binary' && method.response.lines) visit(method.response.lines, 'event', method);
      if (method.pagination) visit(method.pagination.item, 'page-item', method);
      if (method.streamWhen) visit(method.streamWhen.event, 'event', method);
    }
    resource.subresources.forEach(walk);
  };
  api.resources.forEach(walk);
  if (api.topLevel) walk(api.topLevel);
  for (const scheme of api.paginationSchemes)
    for (const field of scheme.fields ?? []) visit(field.type, 'page-field', null);
}

/**
 * Which methods Stainless's TypeScript SDKs give an `@example`: every method of a top-level resource (its
 * subresources' too) where the schema of some method's request body or success response has an `example`, on itself
 * or on anything in it at any depth (through named schemas and `allOf`, not through `oneOf`/`anyOf` variants; of a
 * response, through an array's items but not an object's fields: responseHasExample). A
 * parameter's example or a media type's `example`/`examples` for the response do not count (phoebe's `data`
 * resources have both and no `@example`; its `ref.hotspot.list` has none but its `ref` siblings' response schemas
 * do). Checked against the mirrored SDKs' 356 methods (phoebe, knock, knock-mgmt, parsecular, luma, imagekit,
 * isaacus, honcho, zori, leadsnap). The example of a property that can take one value only (hypeman's health
 * `status: enum [ok]`, example `ok`) tells nothing and does not count either (hypeman-ts's `health.check`). Newer
 * Stainless SDKs count a response by its schema's own example alone (`fieldsOfResponses: false`: grid-js-sdk's
 * `exchangeRates`, whose response's fields alone give examples, has no `@example`). A path parameter's own example
 * counts (see pathParameterHasExample).
 */
import type { Method, NamedSchema, Resource, TypeRef } from '../ir/types';

export function stainlessResourceShowsExamples(
  roots: readonly Resource[],
  resource: Resource,
  schemas: ReadonlyMap<string, NamedSchema>,
  fieldsOfResponses = true,
): boolean {
  const root = roots.find((r) => r === resource || contains(r, resource)) ?? resource;
  const responseCounts = (m: Method) =>
    fieldsOfResponses ? responseHasExample(m, schemas) : m.responseExample === true;
  return subtreeMethods(root).some(
    (m) => requestHasExample(m, schemas) || responseCounts(m) || pathParameterHasExample(m),
  );
}

/**
 * Whether a path parameter gives an example of its own (on the parameter, not its schema): OneBusAway's js-sdk shows
 * calls for `arrivalAndDeparture` and `routesForAgency`, whose stop and agency ids have one, and none for the
 * resources whose query parameters alone have one (`routesForLocation`'s `lat`); grid-js-sdk's `receiver`, whose
 * account id's example is on its schema, has none.
 */
export function pathParameterHasExample(method: Method): boolean {
  const inPath = [...method.positional, ...(method.params?.fields ?? [])].filter((p) => p.in === 'path');
  return inPath.some((p) => p.exampleOnParameter === true);
}

/** Whether the spec gives an example of the request body or of anything in its schema. */
export function requestHasExample(method: Method, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  if (method.bodyExample !== undefined) return true;
  // (A body that is one of several objects is a union: its variants' examples do not count.)
  if (!method.params || method.params.variants) return false;
  const body = method.params.fields.filter((f) => f.in === 'body');
  return body.some((f) => f.docs.example !== undefined || typeHasExample(f.type, schemas));
}

/**
 * Whether the success response has an example: the schema's own, or, in an array response or a page, one on its
 * items or anything in them. The fields of an object response do not count: tolstoy-ts's `status`, `health` and `auth`
 * (2025-08-08) and getformo-node's `webhooks` (2025-12-23), whose responses' fields alone give examples, named or
 * inline, have no `@example`; phoebe-node's `ref` resources (2025-11-25), arrays of such items, have them.
 */
export function responseHasExample(method: Method, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  // (The schema's own example, which the IR keeps apart where the response is inlined.)
  if (method.responseExample) return true;
  const returned = method.response.kind === 'json' ? method.response.type : null;
  // (An object's fields do not count, an array's items' do: see the module's comment.)
  const items = returned !== null && isArray(returned, schemas) ? returned : null;
  return [items, method.pagination?.item ?? null].some((t) => t !== null && typeHasExample(t, schemas));
}

/** Whether a response is an array (a named one too). */
function isArray(type: TypeRef, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  const resolved = type.kind === 'ref' ? schemas.get(type.schemaId)?.type : type;
  return resolved?.kind === 'array';
}

function contains(root: Resource, resource: Resource): boolean {
  return root.subresources.some((r) => r === resource || contains(r, resource));
}

function subtreeMethods(resource: Resource): Method[] {
  return [...resource.methods, ...resource.subresources.flatMap(subtreeMethods)];
}

/** Whether a type, or anything in it at any depth (through named schemas and intersections), has an example. */
function typeHasExample(root: TypeRef, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  const seen = new Set<string>();
  const typeHas = (type: TypeRef): boolean => {
    switch (type.kind) {
      case 'ref': {
        if (seen.has(type.schemaId)) return false;
        seen.add(type.schemaId);
        const schema = schemas.get(type.schemaId);
        return schema !== undefined && (schema.docs.example !== undefined || typeHas(schema.type));
      }
      case 'object':
        return (
          type.properties.some((p) => (p.docs.example !== undefined && !oneValue(p.type)) || typeHas(p.type)) ||
          (type.additional !== null && typeHas(type.additional))
        );
      case 'array':
        return typeHas(type.items);
      case 'tuple':
        return type.items.some(typeHas) || (type.rest !== null && typeHas(type.rest));
      case 'union': {
        // Only a nullable type (`T | null`) is looked into: the variants of a real union are not.
        const present = type.variants.filter((v) => v.kind !== 'null');
        return present.length === 1 && typeHas(present[0]!);
      }
      case 'intersection':
        return type.parts.some(typeHas);
      default:
        return false;
    }
  };
  return typeHas(root);
}

/** Whether a type allows one value only: a constant, or an enum of one member. */
function oneValue(type: TypeRef): boolean {
  return type.kind === 'literal' || (type.kind === 'enum' && type.values.length === 1);
}

/**
 * Whether the spec gives an example for anything a method's request takes: a parameter's or body field's `example`,
 * at any depth (through named schemas too), or the body's own. Stainless's SDKs write a method's `@example` only then.
 */
import type { Method, NamedSchema, TypeRef } from '../ir/types';

export function requestHasExample(method: Method, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  if (method.bodyExample !== undefined) return true;
  const fields = [...method.positional, ...(method.params?.fields ?? [])];
  return fields.some((f) => f.docs.example !== undefined || typeHasExample(f.type, schemas));
}

/**
 * Whether the spec gives an example of what a method returns (a JSON response or a page's items), or of anything in
 * it: the response's own example counts even where it is inlined (`responseExample`).
 */
export function responseHasExample(method: Method, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  if (method.responseExample) return true;
  const returned = method.response.kind === 'json' ? method.response.type : null;
  return [returned, method.pagination?.item ?? null].some((t) => t !== null && typeHasExample(t, schemas));
}

/** Whether a type, or anything in it at any depth (through named schemas too), has an example. */
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
          type.properties.some((p) => p.docs.example !== undefined || typeHas(p.type)) ||
          (type.additional !== null && typeHas(type.additional))
        );
      case 'array':
        return typeHas(type.items);
      case 'tuple':
        return type.items.some(typeHas) || (type.rest !== null && typeHas(type.rest));
      case 'union':
        return type.variants.some(typeHas);
      case 'intersection':
        return type.parts.some(typeHas);
      default:
        return false;
    }
  };
  return typeHas(root);
}

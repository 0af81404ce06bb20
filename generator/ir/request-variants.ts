/**
 * Pass 2, request-only variants: `Structure` → `Structure` in which each request-side variant that no response
 * reaches has taken its schema's place.
 *
 * A schema whose shape differs by direction has a request-side variant (`PetParam`) beside its response shape
 * (`Pet`). When no response reaches the schema (it is only sent), the response shape would be a type nothing
 * uses and the variant a second name for the only shape that matters: the variant takes the schema's place,
 * under the schema's own name. Schemas no method uses at all have no variant (it is made on a request's first
 * use) and keep their response shape.
 */
import { rewriteMethodTypes, type ResourceNode, type Structure } from './structure';
import type { TypeRef } from './types';
import { refIds, TypeRewriter } from './walk';

export function foldRequestOnlyVariants(structure: Structure): Structure {
  const variants = structure.requestVariants;
  if (variants.size === 0) return structure;
  const responseReached = new Set<string>();
  const stack: TypeRef[] = [];
  const reach = (type: TypeRef | null) => {
    if (type) stack.push(type);
    while (stack.length > 0) {
      for (const id of refIds(stack.pop()!)) {
        if (responseReached.has(id)) continue;
        responseReached.add(id);
        const schema = structure.schemas.get(id);
        if (schema) stack.push(schema.type);
      }
    }
  };
  for (const r of structure.resources.values()) {
    for (const { method } of r.methods) {
      if (method.response.kind === 'json') reach(method.response.type);
      if (method.response.kind === 'sse') reach(method.response.event);
      if (method.response.kind === 'text') reach(method.response.event ?? null);
      if (method.response.kind === 'binary' && method.response.lines) reach(method.response.lines);
      method.errors.forEach((e) => reach(e.type));
      reach(method.pagination?.item ?? null);
    }
  }
  for (const scheme of structure.schemes) scheme.fields.forEach((f) => reach(f.type));

  // Variant id → the schema whose place it takes.
  const redirect = new Map<string, string>();
  for (const [baseId, variantId] of variants) if (!responseReached.has(baseId)) redirect.set(variantId, baseId);
  if (redirect.size === 0) return structure;
  const folded = new Map([...redirect].map(([variantId, baseId]) => [baseId, variantId]));
  const rewrite = new TypeRewriter((_, type) =>
    type.kind === 'ref' && redirect.has(type.schemaId) ? { ...type, schemaId: redirect.get(type.schemaId)! } : type,
  );
  const schemas = new Map(
    [...structure.schemas]
      .filter(([id]) => !redirect.has(id))
      .map(([id, schema]) => {
        const shape = folded.has(id) ? structure.schemas.get(folded.get(id)!)!.type : schema.type;
        return [id, { ...schema, type: rewrite.type(shape) }];
      }),
  );
  const resources = new Map<string, ResourceNode>(
    [...structure.resources].map(([key, r]) => [
      key,
      { ...r, methods: r.methods.map((m) => ({ ...m, method: rewriteMethodTypes(m.method, rewrite) })) },
    ]),
  );
  return {
    resources,
    schemas,
    requestVariants: new Map([...variants].filter(([baseId]) => !folded.has(baseId))),
    schemes: structure.schemes.map((s) => ({ ...s, fields: s.fields.map((f) => rewrite.property(f)) })),
  };
}

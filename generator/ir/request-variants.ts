/** Request-side variants that no response reaches take their schema's place. */
import type { BuildState } from './context';
import type { TypeRef } from './types';
import { redirectRefs, walkRefs } from './walk';

/**
 * A schema whose shape differs by direction has a request-side variant (`PetParam`) beside its response shape
 * (`Pet`). When no response reaches the schema (it is only sent), the response shape would be a type nothing
 * uses and the variant a second name for the only shape that matters: the variant takes the schema's place,
 * under the schema's own name. Schemas no method uses at all have no variant (it is made on a request's first
 * use) and keep their response shape.
 */
export function foldRequestOnlyVariants(ctx: BuildState): void {
  const variants = ctx.types.requestVariants;
  if (variants.size === 0) return;
  const responseReached = new Set<string>();
  const stack: TypeRef[] = [];
  const reach = (type: TypeRef | null) => {
    if (type) stack.push(type);
    while (stack.length > 0) {
      walkRefs(stack.pop()!, (id) => {
        if (responseReached.has(id)) return;
        responseReached.add(id);
        const schema = ctx.types.schemas.get(id);
        if (schema) stack.push(schema.type);
      });
    }
  };
  for (const r of ctx.resources.values()) {
    for (const { method } of r.methods) {
      if (method.response.kind === 'json') reach(method.response.type);
      if (method.response.kind === 'sse') reach(method.response.event);
      method.errors.forEach((e) => reach(e.type));
      reach(method.pagination?.item ?? null);
    }
  }
  for (const scheme of ctx.schemes) scheme.fields.forEach((f) => reach(f.type));

  const redirect = new Map<string, string>();
  for (const [baseId, variantId] of variants) {
    if (responseReached.has(baseId)) continue;
    const base = ctx.types.schemas.get(baseId)!;
    base.type = ctx.types.schemas.get(variantId)!.type;
    ctx.types.schemas.delete(variantId);
    redirect.set(variantId, baseId);
  }
  if (redirect.size === 0) return;
  for (const schema of ctx.types.schemas.values()) redirectRefs(schema.type, redirect);
  for (const r of ctx.resources.values()) {
    for (const { method } of r.methods) {
      for (const p of [...method.positional, ...(method.params?.fields ?? [])]) redirectRefs(p.type, redirect);
    }
  }
}

/**
 * A model used in requests as it is declared, in an SDK made from a Stainless config. The IR gives a named schema
 * whose shape differs by direction (it has readOnly or writeOnly properties, or reaches one that does) a request-side
 * variant (`PlatformCurrencyConfig` → `PlatformCurrencyConfigParam`, its readOnly properties left out). Stainless's
 * TypeScript SDKs declare each model once and use that declaration in params too: grid's `ConfigUpdateParams` has
 * `supportedCurrencies?: Array<PlatformCurrencyConfig>`, readOnly properties and all, and none of the Stainless
 * TypeScript SDKs at hand declares a model beside a `…Param` form of it. So, for that layout, every reference to a
 * request-side variant names its schema, and the variants are not declared. (Inline request objects still leave
 * readOnly properties out: only the named models are concerned.)
 */
import type { Api, Resource, TypeRef } from '../../ir/types';

/** `api` with each request-side variant replaced by the schema it is a variant of; `api` itself when it has none. */
export function withoutRequestVariants(api: Api): Api {
  const variantOf = new Map<string, string>();
  for (const schema of api.schemas)
    if (schema.requestVariantOf !== undefined) variantOf.set(schema.id, schema.requestVariantOf);
  if (variantOf.size === 0) return api;
  const seen = new Map<object, unknown>();
  // Plain data, shared where nothing changes: a ref to a variant names its schema.
  const rewrite = <T>(value: T): T => {
    if (value === null || typeof value !== 'object') return value;
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    let result: unknown = value;
    if (Array.isArray(value)) {
      const items = value.map(rewrite);
      if (items.some((item, i) => item !== value[i])) result = items;
    } else {
      const ref = value as Partial<Extract<TypeRef, { kind: 'ref' }>>;
      const base = ref.kind === 'ref' && typeof ref.schemaId === 'string' ? variantOf.get(ref.schemaId) : undefined;
      const entries = Object.entries(value).map(([key, field]) => [key, rewrite(field)] as const);
      const changed =
        base !== undefined || entries.some(([key, field]) => field !== (value as Record<string, unknown>)[key]);
      if (changed) {
        const copy: Record<string, unknown> = Object.fromEntries(entries);
        if (base !== undefined) copy.schemaId = base;
        result = copy;
      }
    }
    seen.set(value, result);
    return result as T;
  };
  const resource = (r: Resource): Resource => {
    const rewritten = rewrite(r);
    const schemaIds = r.schemaIds.filter((id) => !variantOf.has(id));
    const subresources = r.subresources.map(resource);
    return { ...rewritten, schemaIds, subresources };
  };
  return {
    ...api,
    schemas: api.schemas.filter((s) => !variantOf.has(s.id)).map(rewrite),
    resources: api.resources.map(resource),
    ...(api.topLevel ? { topLevel: resource(api.topLevel) } : {}),
    ...Object.fromEntries(
      Object.entries(api)
        .filter(([key]) => !['schemas', 'resources', 'topLevel'].includes(key))
        .map(([key, value]) => [key, rewrite(value)]),
    ),
  };
}

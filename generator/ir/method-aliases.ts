/**
 * The types a method declares for what it returns, named after it (`<method id>#response`), and how a response's type
 * is read through the schemas that only stand for another (methods.ts).
 */
import { NO_DOCS } from './docs';
import type { StructureContext } from './drafts';
import type { Docs, Method, TypeRef } from './types';

/** `type` as a named type `id` (named after its method); with a `sharedKey`, one type for all who share it. */
export function methodAlias(
  ctx: StructureContext,
  sharedKey: string | null,
  type: TypeRef,
  id: string,
  source: Method['source'],
  ownDocs: Docs = NO_DOCS,
): TypeRef {
  const existing = sharedKey === null ? undefined : ctx.registry.sharedAliases.get(sharedKey);
  if (existing) return { kind: 'ref', schemaId: existing };
  if (sharedKey !== null) ctx.registry.sharedAliases.set(sharedKey, id);
  const docs = type.kind === 'ref' ? (ctx.types.schemas.get(type.schemaId)?.docs ?? ownDocs) : ownDocs;
  ctx.types.synthetic(id, type, docs, source);
  return { kind: 'ref', schemaId: id };
}

/**
 * A model's field that a method returns in its place (`unwrap_response_fields`) typed by the method's name for it, as
 * Stainless declares it: `ListDatasetsResponse { data: DatasetListResponse }`, not the field's type written out twice.
 */
export function retypeField(ctx: StructureContext, schemaId: string, field: string, alias: TypeRef): void {
  const schema = ctx.types.schemas.get(schemaId);
  if (schema?.type.kind !== 'object' || alias.kind !== 'ref' || alias.schemaId === schemaId) return;
  const properties = schema.type.properties.map((p) => (p.key === field ? { ...p, type: alias } : p));
  ctx.types.schemas.set(schemaId, { ...schema, type: { ...schema.type, properties } });
}

/**
 * A schema that only stands for another (`SetTenantResponse: { oneOf: [Tenant] }`) is that one, as Stainless reads
 * it: the method returns `Tenant`. A model of the config keeps its own name.
 */
export function throughAliases(ctx: StructureContext, type: TypeRef): TypeRef {
  const seen = new Set<string>();
  let current = type;
  while (current.kind === 'ref' && !ctx.models.of(current.schemaId) && !seen.has(current.schemaId)) {
    seen.add(current.schemaId);
    const target = ctx.types.schemas.get(current.schemaId)?.type;
    if (target?.kind !== 'ref') break;
    current = target;
  }
  return current;
}

/**
 * A model or null (`anyOf: [{ $ref: AgentState }, { type: 'null' }]`), which Stainless returns as written,
 * `AgentState | null`, with no type of the method's own.
 */
export function nullableModel(ctx: StructureContext, type: TypeRef): boolean {
  if (type.kind !== 'union' || type.variants.length !== 2) return false;
  const model = type.variants.find((variant) => variant.kind === 'ref');
  return (
    model?.kind === 'ref' &&
    Boolean(ctx.models.of(model.schemaId)) &&
    type.variants.some((variant) => variant.kind === 'null')
  );
}

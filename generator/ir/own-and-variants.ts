/**
 * A schema with properties of its own beside a `oneOf`/`anyOf` (`{ properties: { type }, anyOf: [A, B] }`): a value
 * matches the properties and one variant, so each variant is typed with the schema's properties merged in. One union
 * of objects every target can write and send, where `Own & (A | B)` is an intersection with a union that some
 * targets cannot declare (a Python TypedDict keeps one side and sends a body no variant accepts).
 */
import type { SchemaNode } from '../normalize/schema';
import { mergedObject } from './merged-object';
import { isConstraintOnly } from './schema-shape';
import type { ObjectType, TypeRef } from './types';

/** One variant: its type, and its schema with `$ref`s followed (null when it cannot be). */
export interface VariantOf {
  type: TypeRef;
  schema: SchemaNode | null;
}

/**
 * Each variant with `own`'s properties merged in, as the variant narrows them (its own declaration of a key wins);
 * null when a variant is not an object or a named object (a string variant is not narrowed by properties, and an
 * intersection with it would type nothing), so the caller keeps the intersection.
 */
export function variantsWithOwn(own: ObjectType, variants: VariantOf[]): TypeRef[] | null {
  if (!variants.every(({ type, schema }) => type.kind === 'null' || isObjectVariant(type, schema))) return null;
  if (!variants.some(({ type }) => type.kind !== 'null')) return null;
  return variants.map(({ type, schema }) => {
    if (type.kind === 'object') return withOwn(own, type, new Set(schema?.required));
    if (type.kind !== 'ref') return type;
    // A named variant stays named: it is extended by the properties it does not declare itself.
    const declared = new Set(schema?.properties.map((p) => p.key) ?? []);
    const rest = own.properties.filter((p) => !declared.has(p.key));
    if (rest.length === 0) return type;
    return { kind: 'intersection', parts: [type, { ...own, properties: rest, declareAs: null }] };
  });
}

function isObjectVariant(type: TypeRef, schema: SchemaNode | null): boolean {
  if (type.kind === 'object') return true;
  if (type.kind !== 'ref' || schema === null) return false;
  if (schema.oneOf || schema.anyOf || schema.enum !== null || schema.const !== null) return false;
  if (schema.types) return schema.types.every((t) => t === 'object');
  return schema.properties.length > 0 || schema.allOf !== null;
}

/**
 * The variant with `own`'s properties first, then its own; its docs and names stay the variant's. A key the variant
 * requires without declaring it (`required: [conclusion]`) is required of the property `own` declares.
 */
function withOwn(own: ObjectType, variant: ObjectType, variantRequires: ReadonlySet<string>): ObjectType {
  const properties = own.properties.map((p) => (variantRequires.has(p.key) ? { ...p, required: true } : p));
  const merged = mergedObject([{ ...own, properties, docs: variant.docs }, variant], variant.docs);
  if (variant.variantName !== undefined) merged.variantName = variant.variantName;
  if (variant.title !== undefined) merged.title = variant.title;
  if (variant.declareAs !== null) merged.declareAs = variant.declareAs;
  return merged;
}

/** The variants of the schema's one `oneOf` or `anyOf` (not both), when it has one that adds types. */
export function oneUnionOf(node: SchemaNode): SchemaNode[] | null {
  if (node.oneOf && node.anyOf) return null;
  const variants = node.oneOf ?? node.anyOf;
  return variants && variants.length > 0 && !variants.every(isConstraintOnly) ? variants : null;
}

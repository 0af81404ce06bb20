/**
 * The objects a type is made of, for a reader that wants their properties however the spec joined them: a ref is the
 * schema it names, an `allOf` each of its parts, an object its bases (`extends`) and then itself.
 */
import type { NamedSchema, TypeRef } from './types';

export type ObjectTypeRef = Extract<TypeRef, { kind: 'object' }>;

/**
 * The object types `type` reaches through refs, intersections' parts and objects' bases, in declaration order (a base
 * before the object extending it, a part before the next): a property a later one declares again is the later one's.
 * Each named schema is entered once, so a cycle through refs ends; a ref `schemaOf` does not know reaches nothing.
 */
export function objectParts(
  type: TypeRef,
  schemaOf: (id: string) => NamedSchema | undefined,
  entered: Set<string> = new Set(),
): ObjectTypeRef[] {
  if (type.kind === 'ref') {
    if (entered.has(type.schemaId)) return [];
    entered.add(type.schemaId);
    const schema = schemaOf(type.schemaId);
    return schema ? objectParts(schema.type, schemaOf, entered) : [];
  }
  if (type.kind === 'intersection') return type.parts.flatMap((part) => objectParts(part, schemaOf, entered));
  if (type.kind !== 'object') return [];
  return [...(type.extends ?? []).flatMap((base) => objectParts(base.ref, schemaOf, entered)), type];
}

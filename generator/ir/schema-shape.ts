/**
 * What a schema node says of its shape, read without building its type: whether it only constrains, only allows
 * null, or only refers to another schema.
 */
import type { SchemaNode } from '../normalize/schema';

/** A schema that only constrains an object's own keywords (`{ required: [email] }`): no type, shape or reference. */
export function isConstraintOnly(node: SchemaNode): boolean {
  return node.required.length > 0 && saysNoShape(node);
}

/** A 3.0 schema whose only say is `nullable: true`: no type, structure, values or composition. */
export function isNullOnly(node: SchemaNode): boolean {
  return node.nullable && node.required.length === 0 && saysNoShape(node);
}

/** No type, no reference, no properties, items or values, no composition. */
function saysNoShape(node: SchemaNode): boolean {
  return (
    node.ref === null &&
    node.types === null &&
    node.properties.length === 0 &&
    node.enum === null &&
    node.const === null &&
    node.additionalProperties === null &&
    node.patternProperties.length === 0 &&
    node.items === null &&
    node.prefixItems === null &&
    !node.allOf?.length &&
    !node.anyOf?.length &&
    !node.oneOf?.length
  );
}

/**
 * The one schema `node` refers to, when it says nothing else of its shape: itself as a `$ref` (`ref`); the lone member
 * of its `allOf`, or the `$ref` of a `oneOf`/`anyOf` beside 3.0's `{ nullable: true }` (`merged`: Stainless reads
 * these as the schema itself, its description included); or the `$ref` of one beside `{ type: 'null' }` (`nullable`).
 */
export function referredSchema(node: SchemaNode): { node: SchemaNode; via: 'ref' | 'merged' | 'nullable' } | null {
  if (node.ref !== null) return { node, via: 'ref' };
  if (node.properties.length > 0 || node.items !== null) return null;
  if (node.allOf?.length === 1 && node.allOf[0].ref !== null && !node.anyOf && !node.oneOf)
    return { node: node.allOf[0], via: 'merged' };
  const members = node.anyOf ?? node.oneOf;
  if (members?.length === 2 && !node.allOf) {
    const ref = members.find((m) => m.ref !== null);
    const other = members.find((m) => m !== ref);
    if (ref && other && isNullOnly(other)) return { node: ref, via: 'merged' };
    if (ref && other?.types?.length === 1 && other.types[0] === 'null') return { node: ref, via: 'nullable' };
  }
  return null;
}

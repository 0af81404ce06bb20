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

/**
 * An object that says nothing of its members, as Stainless's SDKs read one (they type it `unknown`): no `properties`
 * keyword as written (`properties: {}` says there are none: a map), no `additionalProperties` or `propertyNames`;
 * `patternProperties` alone says nothing of them either (inbound's `headers`).
 */
export function saysNothingOfMembers(node: SchemaNode): boolean {
  return !node.propertiesWritten && node.additionalProperties === null && node.propertyNames === null;
}

/** A schema that says nothing at all (`{}`, or a description alone): any value. */
export function saysNothing(node: SchemaNode): boolean {
  return saysNoShape(node) && node.required.length === 0 && !node.nullable;
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
 * The one schema `node` refers to, when it says nothing else of its shape: itself as a `$ref` (`ref`); or (`merged`:
 * Stainless reads these as the schema itself, its description standing over the property's own) the lone member of its
 * `allOf`, or of its `oneOf`/`anyOf` (3.0's `nullable: true, oneOf: [X]`: knock-mgmt's `preprocess_script` is its
 * `SourcePreprocessScript`'s "A script that runs…"), the `$ref` of a `oneOf`/`anyOf` beside 3.0's `{ nullable: true }`
 * or beside `{ type: 'null' }` (papr's `SearchResponse.data`, `anyOf: [SearchResult, null]`, is documented as
 * `SearchResult`), and the other member of a `oneOf` beside `{ type: 'null' }`.
 */
export function referredSchema(node: SchemaNode): { node: SchemaNode; via: 'ref' | 'merged' } | null {
  if (node.ref !== null) return { node, via: 'ref' };
  if (node.properties.length > 0 || node.items !== null) return null;
  if (node.allOf?.length === 1 && node.allOf[0].ref !== null && !node.anyOf && !node.oneOf)
    return { node: node.allOf[0], via: 'merged' };
  const members = node.anyOf ?? node.oneOf;
  if (members?.length === 1 && !node.allOf && !(node.anyOf && node.oneOf)) return { node: members[0], via: 'merged' };
  if (members?.length === 2 && !node.allOf) {
    // A `oneOf` of one schema and `{ type: 'null' }` too, inline or not (isaacus's `ChunkingOptions.size`, in both its
    // TypeScript and Python SDKs, is "A whole number…", its member's description).
    const nonNull = members.filter((m) => !(m.types?.length === 1 && m.types[0] === 'null'));
    if (!node.anyOf && nonNull.length === 1) return { node: nonNull[0], via: 'merged' };
    const ref = members.find((m) => m.ref !== null);
    const other = members.find((m) => m !== ref);
    if (ref && other && (isNullOnly(other) || (other.types?.length === 1 && other.types[0] === 'null')))
      return { node: ref, via: 'merged' };
  }
  return null;
}

/** A structural fingerprint of a schema node for inline-`id` dedupe (docs ignored). */
export function shapeKey(node: SchemaNode): string {
  const seen = new Set<SchemaNode>();
  const walk = (n: SchemaNode): unknown => {
    if (seen.has(n)) return '<cycle>';
    seen.add(n);
    const out = {
      ref: n.ref,
      types: n.types,
      format: n.format,
      enum: n.enum,
      const: n.const,
      required: n.required,
      properties: n.properties.map((p) => [p.key, walk(p.schema)]),
      additional:
        typeof n.additionalProperties === 'object' && n.additionalProperties
          ? walk(n.additionalProperties)
          : n.additionalProperties,
      items: n.items ? walk(n.items) : null,
      allOf: n.allOf?.map(walk) ?? null,
      anyOf: n.anyOf?.map(walk) ?? null,
      oneOf: n.oneOf?.map(walk) ?? null,
    };
    seen.delete(n);
    return out;
  };
  return JSON.stringify(walk(node));
}

/** Types implied by structure when `type` is absent. */
export function inferTypes(node: SchemaNode): string[] | null {
  if (node.properties.length > 0 || node.additionalProperties !== null || node.propertyNames) return ['object'];
  if (node.items || node.prefixItems) return ['array'];
  if (node.format === 'binary') return ['string'];
  return null;
}

/** Whether the schema declares object structure of its own (properties, or a type for additional ones). */
export function hasOwnStructure(node: SchemaNode): boolean {
  return node.properties.length > 0 || (node.additionalProperties !== null && node.additionalProperties !== false);
}

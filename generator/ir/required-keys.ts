/**
 * The `required` keys a schema's type does not carry (types are kept as Stainless writes them), attached to the type
 * for the validators (emit/typescript/print-validator.ts), which must still refuse what the spec refuses.
 */
import type { SchemaGraph, SchemaNode } from '../normalize/schema';
import { isConstraintOnly } from './schema-shape';
import type { RequiredKeys, TypeRef } from './types';

/**
 * `type`, built from `node`, with the keys `node` requires that its properties do not (see RequiredKeys); as it is when
 * there are none, or when its kind cannot hold them (a `required` list only applies to objects anyway). Responses
 * only: a key a response requires may be a readOnly property another part declares, which no request sends.
 */
export function withRequiredKeys(
  type: TypeRef,
  node: SchemaNode,
  direction: 'request' | 'response',
  graph: SchemaGraph,
): TypeRef {
  // (The common case first: no list of alternatives and every required key a property of its own.)
  if (node.allOf === null && node.anyOf === null && node.oneOf === null && node.required.length === 0) return type;
  // (A part that only requires, `allOf: [Base, { required: [name] }]`, is checked by the schema holding it.)
  if (direction === 'request' || isConstraintOnly(node)) return type;
  const required = requiredKeysOf(node, graph);
  if (required === null) return type;
  switch (type.kind) {
    case 'object':
    case 'union':
    case 'intersection':
    case 'ref':
    case 'unknown':
      return { ...type, requiredKeys: required };
    default:
      return type;
  }
}

function requiredKeysOf(node: SchemaNode, graph: SchemaGraph): RequiredKeys | null {
  const declared = new Set(node.properties.map((p) => p.key));
  const keys = new Set(node.required.filter((key) => !declared.has(key)));
  // `allOf: [{ $ref: Base }, { required: [name] }]`: the part that only requires is typed as nothing.
  for (const part of node.allOf ?? []) if (isConstraintOnly(part)) for (const key of part.required) keys.add(key);
  const lists: string[][][] = [];
  for (const union of [node.anyOf, node.oneOf])
    if (union && union.length > 0 && union.every(isConstraintOnly)) lists.push(union.map((v) => [...v.required]));
  if (keys.size === 0 && lists.length === 0) return null;
  // A writeOnly property is no part of a response, required or not (OpenAPI).
  const writeOnly = writeOnlyKeys(node, graph);
  const kept = (list: string[]) => list.filter((key) => !writeOnly.has(key));
  // A list left empty is always met, and so is the union it is in.
  const alternatives = lists.map((union) => union.map(kept)).filter((union) => union.every((list) => list.length > 0));
  const all = kept([...keys]);
  return all.length > 0 || alternatives.length > 0 ? { keys: all, alternatives } : null;
}

/** The properties `node` and its `allOf` parts (through `$ref`s) declare writeOnly. */
function writeOnlyKeys(node: SchemaNode, graph: SchemaGraph): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<SchemaNode>();
  const deref = (n: SchemaNode): SchemaNode | null => {
    try {
      return graph.deref(n);
    } catch {
      return null; // a dangling $ref: reported where its type is built
    }
  };
  const visit = (n: SchemaNode) => {
    const target = deref(n);
    if (!target || seen.has(target)) return;
    seen.add(target);
    for (const p of target.properties) if (p.schema.writeOnly || deref(p.schema)?.writeOnly) keys.add(p.key);
    for (const part of target.allOf ?? []) visit(part);
  };
  visit(node);
  return keys;
}

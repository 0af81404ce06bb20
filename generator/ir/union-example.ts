/**
 * A union's own example. A `oneOf`/`anyOf` that is no model of its own is written out where it is used, and a union it
 * is a member of flattens it (union.ts): its `example` would be lost with it. Stainless's tests write that example
 * where nothing nearer gives a value (no example of the request around it, none of the property): knock-mgmt's
 * `actor: { id: 'project_1', collection: 'projects' }` of `anyOf: [RecipientReference, InlineIdentifyUserRequest,
 * null]`, RecipientReference being a `oneOf` of a string and an object with that example.
 */
import type { SchemaNode } from '../normalize/schema';
import type { TypeRef } from './types';

type Union = Extract<TypeRef, { kind: 'union' }>;

/** How long a union's example may be, serialized, to be kept (as a schema's in a Stainless config's docs). */
const LONGEST = 20_000;

/**
 * `union` with `node`'s own example, where it has one; else the one of a union it flattened, kept as it is; else
 * `memberExample` (its first member's, a scalar component's: scalar-example.ts).
 */
export function withUnionExample(union: Union, node: SchemaNode, memberExample: string | null = null): Union {
  // (A null example says nothing of the union's values: a union with a null member takes one.)
  const example = node.example && node.example.value !== null ? exampleJson(node.example.value) : null;
  if (example === null && union.example === undefined && memberExample !== null)
    return { ...union, example: memberExample };
  if (example === null) return union.example === undefined ? union : { ...union, exampleFromMember: true };
  return example === union.example ? union : { ...union, example };
}

function exampleJson(value: unknown): string | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined || text.length > LONGEST ? null : text;
  } catch {
    return null;
  }
}

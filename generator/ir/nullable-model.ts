/**
 * A model that may be null: an object schema with properties that says it may be null (`nullable: true`, `type:
 * [object, 'null']`, or `anyOf`/`oneOf` of the object and a null). Stainless's SDKs declare the object under the
 * model's name and write the null where the model is used: writer's `logprobs` (`type: object, nullable: true`) is
 * `class Logprobs(BaseModel)` with `logprobs: Optional[Logprobs] = None` in Python and `interface Logprobs` with
 * `logprobs?: Shared.Logprobs | null` in TypeScript, where a union alias of an `Item` class and None would be
 * written otherwise.
 */
import type { SchemaNode } from '../normalize/schema';
import { isNullOnly } from './schema-shape';
import type { TypeRef } from './types';

/** Whether the named schema `node` declares a nullable model (see above). */
export function isNullableModel(node: SchemaNode): boolean {
  if (node.ref !== null || node.enum !== null || node.const !== null || node.allOf?.length) return false;
  const members = node.anyOf ?? node.oneOf;
  if (node.anyOf && node.oneOf) return false;
  if (!members) return saysNull(node) && isObjectWithProperties(node);
  // The union is the schema's only say: no properties or type of its own beside it.
  if (members.length !== 2 || node.properties.length > 0 || node.types !== null || node.nullable) return false;
  const nulls = members.filter(isNullMember);
  const object = members.find((m) => !isNullMember(m));
  return nulls.length === 1 && object !== undefined && object.ref === null && isObjectWithProperties(object);
}

/**
 * The type the named schema `node` declares, built as `type`: a nullable model's object alone (with `stainless`, a
 * Stainless config's types), its null written where it is used.
 */
export function declaredModel(type: TypeRef, node: SchemaNode, stainless: boolean): TypeRef {
  if (!stainless || type.kind !== 'union' || !isNullableModel(node)) return type;
  const objects = type.variants.filter((v) => v.kind !== 'null');
  return objects.length === 1 && objects[0].kind === 'object' && objects.length + 1 === type.variants.length
    ? objects[0]
    : type;
}

function saysNull(node: SchemaNode): boolean {
  return node.nullable || (node.types?.includes('null') ?? false);
}

/** An object with properties, of no other type but null, not composed. */
function isObjectWithProperties(node: SchemaNode): boolean {
  const types = node.types?.filter((t) => t !== 'null') ?? ['object'];
  return (
    types.length === 1 &&
    types[0] === 'object' &&
    node.properties.length > 0 &&
    !node.anyOf?.length &&
    !node.oneOf?.length &&
    !node.allOf?.length
  );
}

function isNullMember(node: SchemaNode): boolean {
  return isNullOnly(node) || (node.ref === null && node.types?.length === 1 && node.types[0] === 'null');
}

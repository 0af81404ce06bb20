/**
 * The example of a scalar component (a string, number, integer or boolean schema, an enum among them): with a Stainless
 * config such a component is no model, it is written out where a `$ref` names it, and its own `example` goes with it.
 * Stainless's tests give the `$ref` that example (xquik's enum `toolType: 'follower_explorer'`; stagehand's
 * `model: "openai/gpt-5-nano"`, the example of `ModelName`, a string component, the first member of `ModelConfig`'s
 * `anyOf`), not a value built from its type.
 */
import type { SchemaNode } from '../normalize/schema';

const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

/** Whether `target` is a scalar schema: a type of the scalar ones (null aside), no properties, no composition. */
export function isScalarSchema(target: SchemaNode | null): target is SchemaNode {
  if (target === null || target.properties.length > 0 || target.allOf || target.oneOf || target.anyOf) return false;
  if (target.enum != null) return true;
  const types = target.types?.filter((type) => type !== 'null') ?? [];
  return types.length > 0 && types.every((type) => SCALARS.has(type));
}

/** Whether `target` is a scalar schema whose example is a scalar value (an example it cannot take says nothing). */
export function hasScalarExample(target: SchemaNode | null): target is SchemaNode {
  if (!isScalarSchema(target) || !target.example) return false;
  const value = target.example.value;
  return value !== null && ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * The first member of a `oneOf`/`anyOf` (a null one aside) when it is a `$ref` to a scalar component with an example of
 * a scalar value: that example, as JSON; else null.
 */
export function firstMemberScalarExample(
  members: readonly SchemaNode[],
  resolve: (node: SchemaNode) => SchemaNode | null,
): string | null {
  const first = members.find((member) => !(member.types?.length === 1 && member.types[0] === 'null'));
  if (!first || first.ref === null) return null;
  const target = resolve(first);
  return hasScalarExample(target) ? JSON.stringify(target.example!.value) : null;
}

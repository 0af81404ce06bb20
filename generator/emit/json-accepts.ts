/**
 * Whether a schema takes a JSON value, as a server checking a request would tell, for every target: how an example
 * from the spec picks the variant of a union it is a value of. It errs toward yes (an object takes properties it does
 * not declare unless it is closed; formats and patterns are not checked: a spec's pattern is never run on its own
 * examples, which could be written to make it run for ever).
 */
import type { NamedSchema, NumberConstraints, TypeRef } from '../ir/types';

/**
 * Whether a schema of `type` takes the JSON value `value`. `extrasAreObjects`: as Stainless's tests read a schema to
 * choose the variant of a union an example is (example-choices.ts), an object that declares properties and takes any
 * others (`additionalProperties: true`) takes an undeclared key only with an object value.
 */
export function acceptsJson(
  type: TypeRef,
  value: unknown,
  schemaOf: (id: string) => NamedSchema | undefined,
  expanding: string[] = [],
  extrasAreObjects = false,
): boolean {
  const accepts = (t: TypeRef, v: unknown, seen = expanding) => acceptsJson(t, v, schemaOf, seen, extrasAreObjects);
  switch (type.kind) {
    case 'string': {
      if (typeof value !== 'string') return false;
      const c = type.constraints;
      if (c?.minLength !== undefined && value.length < c.minLength) return false;
      return c?.maxLength === undefined || value.length <= c.maxLength;
    }
    case 'number':
      return typeof value === 'number' && withinBounds(value, type.constraints);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && withinBounds(value, type.constraints);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'literal':
      return value === type.value;
    case 'enum':
      return type.values.some((v) => v === value);
    case 'unknown':
    case 'any':
      return true;
    case 'file':
      return false;
    case 'array':
      return Array.isArray(value) && value.every((item) => accepts(type.items, item));
    case 'tuple':
      return (
        Array.isArray(value) &&
        value.every((item, i) => {
          const itemType = i < type.items.length ? type.items[i] : type.rest;
          return itemType === null || accepts(itemType, item);
        })
      );
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      if (type.properties.some((p) => p.required && !Object.hasOwn(value, p.key))) return false;
      return Object.entries(value).every(([key, v]) => {
        const own = type.properties.find((p) => p.key === key)?.type;
        const declared = own ?? type.additional;
        if (declared === null) return type.closed !== true;
        if (own === undefined && extrasAreObjects && type.properties.length > 0 && isUnknown(declared))
          return typeof v === 'object' && v !== null && !Array.isArray(v);
        return accepts(declared, v);
      });
    }
    case 'union':
      return type.variants.some((variant) => accepts(variant, value));
    case 'intersection':
      return type.parts.every((part) => accepts(part, value));
    case 'ref': {
      if (expanding.includes(type.schemaId)) return true;
      const schema = schemaOf(type.schemaId);
      return schema === undefined || accepts(schema.type, value, [...expanding, type.schemaId]);
    }
  }
}

const isUnknown = (type: TypeRef) => type.kind === 'unknown' || type.kind === 'any';

/** Whether a number meets a schema's bounds. */
function withinBounds(value: number, c: NumberConstraints | undefined): boolean {
  if (!c) return true;
  return !(
    (c.minimum !== undefined && value < c.minimum) ||
    (c.maximum !== undefined && value > c.maximum) ||
    (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) ||
    (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) ||
    (c.multipleOf !== undefined && c.multipleOf > 0 && !Number.isInteger(value / c.multipleOf))
  );
}

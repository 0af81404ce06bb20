/**
 * Whether a schema takes a JSON value, as a server checking a request would tell: how an example of a union picks a
 * value that only one variant takes (generator/emit/typescript/examples.ts).
 */
import type { NamedSchema, NumberConstraints, ObjectType, Param, TypeRef } from '../../ir/types';
import { entry, jsonOf, NOT_JSON, type ExampleValue, type Json } from './example-value';
import { NO_DOCS } from '../../ir/docs';

/**
 * Whether a schema of `type` takes the JSON value `value`, as a server validating a request reads it. It errs
 * toward yes (an object takes properties it does not declare unless it is closed, `additionalProperties: false`;
 * formats and patterns are not checked: a spec's pattern is never run on its own examples, which could be written to
 * make it run for ever): it only tells whether a union's value is its variant's alone.
 */
export function accepts(
  type: TypeRef,
  value: Json,
  schemaOf: (id: string) => NamedSchema,
  expanding: string[] = [],
): boolean {
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
      return Array.isArray(value) && value.every((item) => accepts(type.items, item, schemaOf, expanding));
    case 'tuple':
      return (
        Array.isArray(value) &&
        value.every((item, i) => {
          const itemType = i < type.items.length ? type.items[i] : type.rest;
          return itemType === null || accepts(itemType, item, schemaOf, expanding);
        })
      );
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      if (type.properties.some((p) => p.required && !Object.hasOwn(value, p.key))) return false;
      return Object.entries(value).every(([key, v]) => {
        const declared = type.properties.find((p) => p.key === key)?.type ?? type.additional;
        if (declared === null) return type.closed !== true;
        return accepts(declared, v, schemaOf, expanding);
      });
    }
    case 'union':
      return type.variants.some((variant) => accepts(variant, value, schemaOf, expanding));
    case 'intersection':
      return type.parts.every((part) => accepts(part, value, schemaOf, expanding));
    case 'ref':
      return (
        expanding.includes(type.schemaId) ||
        accepts(schemaOf(type.schemaId).type, value, schemaOf, [...expanding, type.schemaId])
      );
  }
}

/** The body a params variant's body fields make, as an object type (closed when the variant's object is). */
export function bodyObjectType(fields: Param[], closed = false): ObjectType {
  const type: ObjectType = {
    kind: 'object',
    properties: fields
      .filter((f) => f.in === 'body')
      .map((f) => ({
        key: f.wireName,
        type: f.type,
        required: f.required,
        docs: NO_DOCS,
      })),
    additional: null,
    propertyNames: null,
    declareAs: null,
    docs: NO_DOCS,
  };
  if (closed) type.closed = true;
  return type;
}

/** The JSON body of a params object (`objectOf`'s value for `fields`): its body fields by wire name. */
export function bodyJson(fields: Param[], params: ExampleValue): Json | typeof NOT_JSON {
  if (params.kind !== 'object') return NOT_JSON;
  const body: ExampleValue = { kind: 'object', entries: [] };
  for (const e of params.entries) {
    const field = fields.find((f) => f.key === e.name);
    if (field?.in === 'body') body.entries.push(entry(field.wireName, e.value));
  }
  return jsonOf(body);
}

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

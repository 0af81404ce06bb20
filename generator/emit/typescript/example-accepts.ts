/**
 * Whether a schema takes a JSON value, as a server checking a request would tell: how an example of a union picks a
 * value that only one variant takes (generator/emit/typescript/examples.ts).
 */
import type { NamedSchema, ObjectType, Param, TypeRef } from '../../ir/types';
import { entry, jsonOf, NOT_JSON, type ExampleValue, type Json } from './example-value';
import { NO_DOCS } from '../../ir/docs';
import { acceptsJson } from '../json-accepts';

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
  return acceptsJson(type, value, schemaOf, expanding);
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

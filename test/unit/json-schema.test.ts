/**
 * The MCP tools' input schemas (emit/typescript/json-schema.ts): an object the spec closes (`additionalProperties: false`) is
 * closed in the JSON Schema too, unless it is a part of an `allOf`, where it would refuse the other parts'
 * properties. Given a type, want its schema; each schema must accept what the SDK's type accepts (ajv).
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { JsonSchemaPrinter } from '../../generator/emit/typescript/json-schema';
import type { NamedSchema, ObjectType, TypeRef } from '../../generator/ir/types';

const docs: ObjectType['docs'] = {};
const str: TypeRef = { kind: 'string', format: null } as TypeRef;

const property = (key: string, type: TypeRef = str) => ({
  key,
  type,
  required: false,
  docs,
});

function object(keys: string[], closed: boolean, extra: Partial<ObjectType> = {}): ObjectType {
  return {
    kind: 'object',
    properties: keys.map((key) => property(key)),
    additional: null,
    propertyNames: null,
    declareAs: null,
    docs,
    ...(closed ? { closed: true as const } : {}),
    ...extra,
  } as ObjectType;
}

const named: NamedSchema = {
  id: '#/components/schemas/Name',
  name: 'Name',
  module: 'resources/shared',
  type: object(['first'], true),
  docs,
} as unknown as NamedSchema;
const ref: TypeRef = { kind: 'ref', schemaId: named.id };
const printer = new JsonSchemaPrinter(new Map([[named.id, named]]));
const ajv = new Ajv({ strict: false });
const accepts = (type: TypeRef, value: unknown) => ajv.compile(printer.schema(type))(value);

describe('closed objects in tool input schemas', () => {
  it('closes an object the spec closes, and leaves an open one open', () => {
    expect(printer.schema(object(['a'], true))).toMatchObject({ additionalProperties: false });
    expect(printer.schema(object(['a'], false))).not.toHaveProperty('additionalProperties');
    expect(accepts(object(['a'], true), { a: 'x' })).toBe(true);
    expect(accepts(object(['a'], true), { a: 'x', b: 'y' })).toBe(false);
    expect(accepts(object(['a'], false), { a: 'x', b: 'y' })).toBe(true);
  });

  it('closes a named schema where it is inlined, and the objects of a union', () => {
    const union: TypeRef = { kind: 'union', variants: [ref, object(['b'], true)], discriminator: null } as TypeRef;
    expect(accepts(ref, { first: 'x', middle: 'y' })).toBe(false);
    expect(accepts(union, { b: 'x' })).toBe(true);
    expect(accepts(union, { first: 'x' })).toBe(true);
    expect(accepts(union, { first: 'x', b: 'y' })).toBe(false);
  });

  it('leaves the parts of an allOf open, and the union variants inside them, but not the objects they hold', () => {
    const inner = object(['deep'], true);
    const part = object([], true, { properties: [property('a'), property('nested', inner)] });
    const union: TypeRef = { kind: 'union', variants: [ref, object(['b'], true)], discriminator: null } as TypeRef;
    const all: TypeRef = { kind: 'intersection', parts: [part, union] } as TypeRef;
    const schema = printer.schema(all) as { allOf: Array<Record<string, unknown>> };
    expect(schema.allOf[0]).not.toHaveProperty('additionalProperties');
    expect(accepts(all, { a: 'x', first: 'y' })).toBe(true);
    expect(accepts(all, { a: 'x', b: 'y', nested: { deep: 'z' } })).toBe(true);
    expect(accepts(all, { a: 'x', first: 'y', nested: { deep: 'z', other: 1 } })).toBe(false);
  });

  it('gives additional properties their schema where the object has one', () => {
    const map = object([], true, { additional: str });
    expect(printer.schema(map)).toMatchObject({ additionalProperties: { type: 'string' } });
  });
});

/**
 * TypeRef → validator text: the expression that builds a type's Standard Schema validator from the combinators of
 * the runtime's `core/schema` (imported as `v`). It walks the same IR nodes print-type.ts prints as types, so the
 * validator checks what the type says: objects (required, additional properties, closed), enums, literals, unions
 * (with their discriminator, or the property whose constant tells their objects apart), intersections, arrays and tuples; nullability is a union with null; string formats and
 * bounds are not checked (a date is a string, as its type is). Named schemas are referenced lazily (`v.ref`), so
 * recursive schemas and schemas of modules that import each other need no order.
 */
import type { Discriminator, ObjectType, Param, ParamsType, TypeRef } from '../ir/types';
import { quoteString } from './print-doc';

export interface ValidatorContext {
  /** The combinators' namespace in the printing module: "v". */
  v: string;
  /** The validator of a named schema, as an expression of the printing module: "Server", "ServersSchemas.Server". */
  ref(schemaId: string): string;
  /** The type of a named schema (to find the tag of a union of objects). */
  typeOf(schemaId: string): TypeRef;
}

/** The validator of `type`; `typeArgument` ("<ServersTypes.Server>") types the outermost call. */
export function printValidator(type: TypeRef, ctx: ValidatorContext, typeArgument = ''): string {
  const v = ctx.v;
  const inner = (t: TypeRef) => printValidator(t, ctx);
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
      return typed(`${v}.${type.kind}`, typeArgument);
    case 'null':
      return typed(`${v}.nul`, typeArgument);
    // An upload is whatever the runtime can send (a Blob, a File, a stream…): not a JSON value to check.
    case 'unknown':
    case 'any':
    case 'file':
      return typed(`${v}.unknown`, typeArgument);
    case 'literal':
      return `${v}.literal${typeArgument}(${literalText(type.value)})`;
    case 'enum':
      return `${v}.enumOf${typeArgument}([${type.values.map(literalText).join(', ')}])`;
    case 'array':
      return `${v}.array${typeArgument}(${inner(type.items)})`;
    case 'tuple':
      return `${v}.tuple${typeArgument}([${type.items.map(inner).join(', ')}], ${type.rest ? inner(type.rest) : 'null'})`;
    case 'object':
      return objectValidator(
        type.properties.map((p) => [p.key, p.type, p.required]),
        type,
        ctx,
        typeArgument,
      );
    case 'union': {
      const variants = `[${type.variants.map(inner).join(', ')}]`;
      const d = type.discriminator?.mapping.length ? type.discriminator : tagOf(type.variants, ctx);
      if (!d) return `${v}.union${typeArgument}(${variants})`;
      const mapping = d.mapping.map((m) => `[${quoteString(m.value)}, ${m.variant}]`).join(', ');
      return `${v}.union${typeArgument}(${variants}, ${quoteString(d.property)}, [${mapping}])`;
    }
    case 'intersection':
      return `${v}.all${typeArgument}([${type.parts.map(inner).join(', ')}])`;
    case 'ref':
      return `${v}.ref${typeArgument}(() => ${ctx.ref(type.schemaId)})`;
  }
}

/**
 * The property that tells a union's objects apart where the spec names none: one every variant requires with a
 * string constant of its own (`state: 'connected'`, `state: 'disconnected'`), so that a value naming a variant the
 * spec does not know yet is forgiven as the spec's discriminators are. Null when there is none.
 */
function tagOf(variants: TypeRef[], ctx: ValidatorContext): Discriminator | null {
  const objects = variants.map((variant) => {
    const type = variant.kind === 'ref' ? ctx.typeOf(variant.schemaId) : variant;
    return type.kind === 'object' ? type : null;
  });
  if (objects.length < 2 || objects.some((o) => o === null)) return null;
  const tags = (o: ObjectType) =>
    new Map(
      o.properties
        .filter((p) => p.required && p.type.kind === 'literal' && typeof p.type.value === 'string')
        .map((p) => [p.key, (p.type as { value: string }).value]),
    );
  const all = objects.map((o) => tags(o!));
  for (const key of all[0]!.keys()) {
    const values = all.map((t) => t.get(key));
    if (values.every((value) => value !== undefined) && new Set(values).size === values.length)
      return { property: key, mapping: values.map((value, variant) => ({ value: value!, variant })) };
  }
  return null;
}

/** The validator of a method's params object: its fields by key, or the union of its body's variants. */
export function paramsValidator(params: ParamsType, ctx: ValidatorContext, typeArgument: string): string {
  const fieldsOf = (fields: Param[]) => fields.map((f): [string, TypeRef, boolean] => [f.key, f.type, f.required]);
  if (!params.variants || params.variants.length === 0)
    return objectValidator(fieldsOf(params.fields), null, ctx, typeArgument);
  const variants = params.variants.map((variant) =>
    objectValidator(fieldsOf(variant.fields), variant.closed ? { additional: null, closed: true } : null, ctx, ''),
  );
  return `${ctx.v}.union${typeArgument}([${variants.join(', ')}])`;
}

function objectValidator(
  properties: Array<[key: string, type: TypeRef, required: boolean]>,
  object: Pick<ObjectType, 'additional' | 'closed'> | null,
  ctx: ValidatorContext,
  typeArgument: string,
): string {
  const entries = properties.map(
    ([key, type, required]) => `[${quoteString(key)}, ${printValidator(type, ctx)}, ${required}]`,
  );
  const args = [`[${entries.join(', ')}]`];
  const additional = object?.additional ?? null;
  if (additional || object?.closed) args.push(additional ? printValidator(additional, ctx) : 'null');
  if (object?.closed && !additional) args.push('true');
  return `${ctx.v}.object${typeArgument}(${args.join(', ')})`;
}

/** A constant as a validator's argument; a number JSON cannot hold (never in a spec's enum) as null. */
function literalText(value: string | number | boolean): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return String(value);
}

/** `v.string` with a type argument has none to take: the constants are typed already, unless asked otherwise. */
function typed(constant: string, typeArgument: string): string {
  return typeArgument ? `${constant} as ${schemaTypeOf(constant, typeArgument)}` : constant;
}

function schemaTypeOf(constant: string, typeArgument: string): string {
  return `${constant.slice(0, constant.indexOf('.'))}.Schema${typeArgument}`;
}

/**
 * TypeRef → validator text: the expression that builds a type's Standard Schema validator from the combinators of
 * the runtime's `core/schema` (imported as `v`). It walks the same IR nodes print-type.ts prints as types, so the
 * validator checks what the type says: objects (required, additional properties, closed), enums, literals, unions
 * (with their discriminator, or the property whose constant tells their objects apart), intersections, arrays and
 * tuples; nullability is a union with null; string formats and bounds are not checked (a date is a string, as its
 * type is). What the spec requires that the type does not say (RequiredKeys) is checked beside it. Named schemas are
 * referenced lazily (`v.ref`), so recursive schemas and schemas of modules that import each other need no order.
 */
import type { ObjectType, Param, ParamsType, SourceRef, TypeRef } from '../../ir/types';
import { quoteString } from './print-doc';

export interface ValidatorContext {
  /** The combinators' namespace in the printing module: "v". */
  v: string;
  /** The validator of a named schema, as an expression of the printing module: "Server", "ServersSchemas.Server". */
  ref(schemaId: string): string;
  /** The type of a named schema (to find the tag of a union of objects). */
  typeOf(schemaId: string): TypeRef;
  /** The spec's name of a component schema (a discriminator's implicit value), null for another named schema. */
  componentName(schemaId: string): string | null;
  /** The named schema declared from the spec's schema at `source`, null where none is (it is inlined). */
  schemaAt(source: SourceRef): string | null;
}

/** The validator of `type`; `typeArgument` ("<ServersTypes.Server>") types the outermost call. */
export function printValidator(type: TypeRef, ctx: ValidatorContext, typeArgument = ''): string {
  const required = 'requiredKeys' in type ? type.requiredKeys : undefined;
  if (!required) return shapeValidator(type, ctx, typeArgument);
  // What the spec requires beyond the type's properties (RequiredKeys), checked beside the type.
  const keys = (list: string[]) => `[${list.map(quoteString).join(', ')}]`;
  const alternatives = required.alternatives.map((lists) => `[${lists.map(keys).join(', ')}]`);
  const requires = `${ctx.v}.requires(${keys(required.keys)}, [${alternatives.join(', ')}])`;
  return `${ctx.v}.all${typeArgument}([${shapeValidator(type, ctx)}, ${requires}])`;
}

function shapeValidator(type: TypeRef, ctx: ValidatorContext, typeArgument = ''): string {
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
      const d = discriminatorOf(type, ctx);
      if (!d) return `${v}.union${typeArgument}(${variants})`;
      const mapping = d.mapping.map(([value, variant]) => `[${quoteString(value)}, ${variant}]`).join(', ');
      const outside = (type.discriminator?.outside ?? []).flatMap((o) => {
        const schemaId = ctx.schemaAt(o.schema);
        return schemaId === null ? [] : [`[${quoteString(o.value)}, ${inner({ kind: 'ref', schemaId })}]`];
      });
      const rest = outside.length > 0 ? `, [${outside.join(', ')}]` : '';
      return `${v}.union${typeArgument}(${variants}, ${quoteString(d.property)}, [${mapping}]${rest})`;
    }
    case 'intersection':
      return `${v}.all${typeArgument}([${type.parts.map(inner).join(', ')}])`;
    case 'ref':
      return `${v}.ref${typeArgument}(() => ${ctx.ref(type.schemaId)})`;
  }
}

/** A union's discriminating property and its values, each → the index of its variant (-1: several variants take it). */
interface TagMapping {
  property: string;
  mapping: Array<[value: string, variant: number]>;
}

/**
 * The spec's discriminator, with the values its mapping leaves out: those a variant's property allows alone (through
 * `$ref`s, `allOf` parts and nullable objects), else a `$ref` variant's schema name (OpenAPI's implicit mapping). So a
 * value naming a variant the spec does not know is told apart from a variant it does, and forgiven. Where the spec
 * names no discriminator, the property every object of the union requires with constants of its own (tagOf).
 */
function discriminatorOf(union: Extract<TypeRef, { kind: 'union' }>, ctx: ValidatorContext): TagMapping | null {
  const spec = union.discriminator;
  if (!spec) return tagOf(union.variants, ctx);
  // The spec's own entries first; values found in the variants (the IR's inferred ones too) only where it names none,
  // and where two variants take a value, either (-1).
  const byValue = new Map<string, number>();
  const named = new Set<string>();
  for (const m of spec.mapping)
    if (!m.inferred && !named.has(m.value)) {
      byValue.set(m.value, m.variant);
      named.add(m.value);
    }
  const add = (value: string, index: number) => {
    if (named.has(value)) return;
    const before = byValue.get(value);
    byValue.set(value, before === undefined || before === index ? index : -1);
  };
  const mapped = new Set(spec.mapping.filter((m) => !m.inferred).map((m) => m.variant));
  union.variants.forEach((variant, index) => {
    if (mapped.has(index) || variant.kind === 'null') return;
    let values = tagValues(variant, spec.property, ctx, false, new Set());
    if (!values && variant.kind === 'ref') {
      const name = ctx.componentName(variant.schemaId);
      values = name === null ? null : [name];
    }
    for (const value of values ?? []) add(value, index);
  });
  for (const m of spec.mapping) if (m.inferred) add(m.value, m.variant);
  return { property: spec.property, mapping: [...byValue] };
}

/**
 * The property that tells a union's objects apart where the spec names none: one every variant but null requires
 * with string constants of its own (`state: 'connected'`, `state: 'disconnected'`), so that a value naming a variant
 * the spec does not know yet is forgiven as the spec's discriminators are. Null when there is none.
 */
function tagOf(variants: TypeRef[], ctx: ValidatorContext): TagMapping | null {
  const objects = variants.map((variant, index) => ({ variant, index })).filter((o) => o.variant.kind !== 'null');
  if (objects.length === 0) return null;
  for (const key of constantKeys(objects[0]!.variant, ctx, new Set())) {
    const mapping: Array<[string, number]> = [];
    for (const { variant, index } of objects)
      for (const value of tagValues(variant, key, ctx, true, new Set()) ?? []) mapping.push([value, index]);
    const tagged = new Set(mapping.map(([, index]) => index));
    const values = mapping.map(([value]) => value);
    // Every object tagged, and no value shared.
    if (tagged.size === objects.length && new Set(values).size === values.length) return { property: key, mapping };
  }
  return null;
}

/** The strings a value of `type` may hold in `property`, each alone (constants, enums): null where any would do. */
function tagValues(
  type: TypeRef,
  property: string,
  ctx: ValidatorContext,
  required: boolean,
  seen: Set<string>,
): string[] | null {
  switch (type.kind) {
    case 'ref':
      if (seen.has(type.schemaId)) return null;
      seen.add(type.schemaId);
      return tagValues(ctx.typeOf(type.schemaId), property, ctx, required, seen);
    case 'object': {
      const p = type.properties.find((candidate) => candidate.key === property);
      return p && (p.required || !required) ? constantsOf(p.type, ctx, new Set()) : null;
    }
    case 'intersection':
      // Every part holds: the part that narrows the property (`allOf: [Base, { type: { const: key } }]`) tells it.
      for (const part of type.parts) {
        const values = tagValues(part, property, ctx, required, seen);
        if (values) return values;
      }
      return null;
    case 'union': {
      // A nullable object, or a union nested in this one: the values of each of its variants.
      const values: string[] = [];
      for (const variant of type.variants) {
        if (variant.kind === 'null') continue;
        const own = tagValues(variant, property, ctx, required, seen);
        if (!own) return null;
        values.push(...own);
      }
      return values.length > 0 ? values : null;
    }
    default:
      return null;
  }
}

/** The strings a value of `type` may be, all listed (a constant, an enum of strings): null where others may. */
function constantsOf(type: TypeRef, ctx: ValidatorContext, seen: Set<string>): string[] | null {
  if (type.kind === 'literal') return typeof type.value === 'string' ? [type.value] : null;
  if (type.kind === 'enum')
    return type.values.every((value) => typeof value === 'string') ? (type.values as string[]) : null;
  if (type.kind === 'ref' && !seen.has(type.schemaId)) {
    seen.add(type.schemaId);
    return constantsOf(ctx.typeOf(type.schemaId), ctx, seen);
  }
  return null;
}

/** The required properties of an object (through refs, intersections, nullable unions) that hold constants. */
function constantKeys(type: TypeRef, ctx: ValidatorContext, seen: Set<string>): string[] {
  switch (type.kind) {
    case 'ref':
      if (seen.has(type.schemaId)) return [];
      seen.add(type.schemaId);
      return constantKeys(ctx.typeOf(type.schemaId), ctx, seen);
    case 'object':
      return type.properties.filter((p) => p.required && constantsOf(p.type, ctx, new Set())).map((p) => p.key);
    case 'intersection':
      return [...new Set(type.parts.flatMap((part) => constantKeys(part, ctx, seen)))];
    case 'union': {
      const first = type.variants.find((variant) => variant.kind !== 'null');
      return first ? constantKeys(first, ctx, seen) : [];
    }
    default:
      return [];
  }
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

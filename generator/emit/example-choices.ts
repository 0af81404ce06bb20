/**
 * The choices Stainless's endpoint tests make of the spec's examples, made here once for both targets: TypeScript's
 * value builder (typescript/example-build.ts, typescript/examples.ts) and Python's (python/tests/example-values.ts)
 * read them and keep no copy of their own. Each takes IR values only; what a target prints stays the target's.
 *
 * `asGiven` is the era's form (stainless/era.ts, EXAMPLES_AS_GIVEN_SINCE): from Stainless's "docs: update examples" of
 * 2026-04-11 on (isaacus's TypeScript and Python SDKs, on the same spec), its tests take the examples more as the spec
 * gives them: a body schema's `examples` before its fields' own, a scalar given null stays null, and a `oneOf` with a
 * null member keeps its own example.
 */
import type { Method, NamedSchema, NumberConstraints, ObjectType, Param, TypeRef } from '../ir/types';
import { acceptsJson } from './json-accepts';
import { numberWithin } from './scalar-values';

type Union = Extract<TypeRef, { kind: 'union' }>;

/**
 * The spec's example a param's value is built from: a query param's example written on the parameter itself is not
 * used (its schema's is); a header's is (phoebe's `Accept-Language: en`), as a path param's and a body field's.
 */
export function stainlessParamExample(p: Pick<Param, 'in' | 'exampleOnParameter' | 'docs'>): string | undefined {
  return p.in === 'query' && p.exampleOnParameter ? undefined : p.docs.example;
}

/**
 * A number as Stainless's tests write it: its minimum where it has one (phoebe's `lat: -90`), else its maximum
 * (onebusaway's `maxCount: 1000`), rounded into an integer's range; else the smallest "nice" one within its bounds.
 */
export function stainlessNumber(c: NumberConstraints | undefined, integer: boolean): number {
  if (c?.minimum !== undefined) return integer ? Math.ceil(c.minimum) : c.minimum;
  if (c?.maximum !== undefined) return integer ? Math.floor(c.maximum) : c.maximum;
  return numberWithin(c, integer);
}

/**
 * The example a union's value is built from where nothing nearer gives one (ir/union-example.ts; knock-mgmt's `actor`):
 * its own, unless that is null. Before the era's change (`asGiven` false), a `oneOf` with a null member's is not
 * (isaacus's embeddings `dimensions: 1`, its integer's, not the property's `1792`).
 */
export function unionOwnExample(type: TypeRef, asGiven: boolean): string | null {
  if (type.kind !== 'union' || type.example === undefined || type.example === 'null') return null;
  return asGiven || !type.nullMember || type.exampleFromMember ? type.example : null;
}

/**
 * The example of a param (a top-level field of the call) of type `type` its value is built from where the body's
 * example does not give it: its own; but before the era's change, none for a `oneOf` with a null member (isaacus's
 * `dimensions: 1`; a property inside an object keeps its own, its chunking's `overlap_tokens: 10`).
 */
export function fieldOwnExample<T extends string | null | undefined>(
  type: TypeRef,
  own: T,
  asGiven: boolean,
): T | null {
  return !asGiven && type.kind === 'union' && type.nullMember ? null : own;
}

/** What a field an example gives as null is written as (see `givenNull`). */
export type GivenNull =
  /** null, as given. */
  | { kind: 'null' }
  /** A value of the union's first variant, a model, built from its type alone (not its example nor the union's). */
  | { kind: 'model'; schemaId: string }
  /** A value of the union built from `example` (the field's own), else from its type. */
  | { kind: 'built'; example: string | null };

/**
 * What Stainless's tests write for a field of union type `type` that an example gives as null. A map, object or array
 * (through named schemas, from the era's change on) is built all the same (knock's subscription `properties: { foo:
 * 'bar' }`, knock-mgmt's step `conditions`); a scalar stays null (knock's `ending_at`, knock-mgmt's `channel_group_key`,
 * and from the era's change on isaacus's chunking `size: null`). Before it, a `oneOf` with a null member was built
 * too: from the field's own example when that is not null (isaacus's `size: 512`), else its first variant, a model's,
 * from its type (knock's `actor: 'string'`).
 */
export function givenNull(
  type: Union,
  ownExample: string | null | undefined,
  asGiven: boolean,
  schemaOf: (id: string) => NamedSchema | undefined,
): GivenNull {
  const built = asGiven ? type.variants.some((v) => isContainer(v, schemaOf)) : type.nullMember === true;
  if (!built && !type.variants.some((v) => v.kind === 'object' || v.kind === 'array')) return { kind: 'null' };
  const own = ownExample !== undefined && ownExample !== null && parseJson(ownExample) !== null ? ownExample : null;
  const first = type.variants.find((v) => v.kind !== 'null');
  if (own === null && first?.kind === 'ref') return { kind: 'model', schemaId: first.schemaId };
  return { kind: 'built', example: own };
}

/**
 * Whether a value of `type` may be an object, map or array (through named schemas, and a union's variants: knock-mgmt's
 * `ConditionGroup`, an `anyOf` of two objects).
 */
function isContainer(type: TypeRef, schemaOf: (id: string) => NamedSchema | undefined, seen: string[] = []): boolean {
  if (type.kind === 'object' || type.kind === 'array' || type.kind === 'tuple' || type.kind === 'intersection')
    return true;
  if (type.kind === 'union') return type.variants.some((v) => isContainer(v, schemaOf, seen));
  if (type.kind !== 'ref' || seen.includes(type.schemaId)) return false;
  const schema = schemaOf(type.schemaId);
  return schema !== undefined && isContainer(schema.type, schemaOf, [...seen, type.schemaId]);
}

/**
 * The example a value of object type `type` is built from where nothing nearer gives one (no example of the request
 * around it, none of its property): its own, an inline schema's (knock's `categories` map of 2025-06, `{ marketing:
 * …, transactional: true }`) as a component's written out (imagekit's `transformation`: `post` from
 * `TransformationObject`'s example, `pre` from its property's). None where it is no object (leadsnap's `example: []`).
 */
export function objectOwnExample(type: TypeRef): string | null {
  if (type.kind !== 'object' || type.docs.example === undefined || type.propertyNames !== null) return null;
  return isRecord(parseJson(type.docs.example)) ? type.docs.example : null;
}

/**
 * An object the example around it gives for a named schema (or a component written out), with the keys it lacks from
 * that schema's own `ownExample`, as Stainless's tests take them from its "improve example values" of 2025-09-22 on
 * (OWN_EXAMPLE_KEYS_SINCE; knock's audience member `user`: `id` and `email` from the request's example, `channel_data`
 * from the user schema's; knock-mgmt's broadcast step `description` from its step schema's). A map keeps the keys it
 * is given (knock's `channels: { 'aef6…': true }`), and a value given as anything but an object is left as it is.
 * Of a union, only when the own example is of the variant the given object is (a step's example of another kind of
 * step says nothing of this one), and only that variant's keys.
 */
export function withOwnExampleKeys(
  type: TypeRef,
  ownExample: string | null | undefined,
  given: unknown,
  schemaOf: (id: string) => NamedSchema | undefined,
): unknown {
  if (!isRecord(given) || !ownExample || (type.kind === 'object' && isMap(type))) return given;
  const own = parseJson(ownExample);
  if (!isRecord(own)) return given;
  let declared: ((key: string) => boolean) | null = null;
  if (type.kind === 'union') {
    const { variants } = type;
    const variantOf = (value: unknown) => variants.findIndex((v) => acceptsJson(v, value, schemaOf));
    const index = variantOf(given);
    const object = index < 0 ? null : objectThrough(variants[index], schemaOf);
    if (object === null || variantOf(own) !== index) return given;
    declared = (key) => object.properties.some((p) => p.key === key);
  }
  const filled = Object.entries(own).filter(([key]) => !Object.hasOwn(given, key) && (declared?.(key) ?? true));
  return filled.length === 0 ? given : { ...given, ...Object.fromEntries(filled) };
}

/**
 * The index of the variant of a union an example is written as, as Stainless's tests choose it: the first that takes
 * it, where an object that declares properties and takes any others takes an undeclared key only with an object value
 * (json-accepts.ts). knock's tenant `{ id: 'tenant_1', name: 'Acme Corp, Inc.' }` of 2025-06 (`name` not declared
 * then) is no `TenantRequest`: its `tenants: ['string']`, of the union's first variant built (`['[object Object]']` in
 * its docs); -1 when none takes it.
 */
export function exampleVariant(
  variants: readonly TypeRef[],
  example: unknown,
  schemaOf: (id: string) => NamedSchema | undefined,
): number {
  return variants.findIndex((v) => acceptsJson(v, example, schemaOf, [], true));
}

/** The object type `type` is, through named schemas; null when it is none. */
function objectThrough(
  type: TypeRef,
  schemaOf: (id: string) => NamedSchema | undefined,
  seen: string[] = [],
): ObjectType | null {
  if (type.kind === 'object') return type;
  if (type.kind !== 'ref' || seen.includes(type.schemaId)) return null;
  const schema = schemaOf(type.schemaId);
  return schema ? objectThrough(schema.type, schemaOf, [...seen, type.schemaId]) : null;
}

/** Whether an object is a map: additional properties only. */
function isMap(type: ObjectType): boolean {
  return type.properties.length === 0 && type.additional !== null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A union without its own example (ir/union-example.ts); any other type as it is. */
export function withoutUnionExample(type: TypeRef): TypeRef {
  if (type.kind !== 'union' || type.example === undefined) return type;
  const { example: _example, ...rest } = type;
  return rest;
}

/**
 * The items of an array an example gives, as Stainless's tests take them; null where the array is built instead: an
 * empty one gets an item (knock-mgmt's `mappings: []`).
 */
export function exampleItems(example: unknown): unknown[] | null {
  return Array.isArray(example) && example.length > 0 ? example : null;
}

/**
 * The value the spec's example of the whole request body gives body field `p` (`{ value }`), or null where Stainless's
 * tests do not take it from there: a field with an example of its own comes before a body schema's `examples` (isaacus's
 * `texts` of 2026-03) though not before its `example` (papr's `query`; `bodyExampleFirst`), and from the era's change on
 * not before either (isaacus's `texts` of 2026-04); a body that is one of several objects, its variants' fields the
 * params, takes none: neither its schema's (its first variant's fields' own: imagekit's `origins.create`) nor its media
 * type's (imagekit's `files.update` of 2025-09: `removeAITags: ['string']` in both its SDKs, as in their tests of the
 * schema's example since).
 */
export function bodyExampleValue(
  method: Pick<Method, 'bodyExample' | 'bodyExampleOfSchema' | 'bodyExampleFirst' | 'params'>,
  p: Pick<Param, 'in' | 'wireName'>,
  ownExample: string | null | undefined,
  asGiven: boolean,
): { value: unknown } | null {
  const body = method.bodyExample;
  if (p.in !== 'body' || body === undefined) return null;
  // (A field's example the IR cut short, as a long one, is not one.)
  const own = ownExample !== undefined && ownExample !== null && parseJson(ownExample) !== undefined;
  const schemaFirst = method.bodyExampleFirst === true || asGiven;
  if (method.params?.variants || (method.bodyExampleOfSchema && own && !schemaFirst)) return null;
  return Object.hasOwn(body, p.wireName) ? { value: body[p.wireName] } : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

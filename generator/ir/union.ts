/**
 * Unions of types as the IR writes them: nested unions flattened, repeated simple variants dropped, `null` last.
 */
import { NULL, UNKNOWN } from './scalars';
import type { SchemaNode } from '../normalize/schema';
import type { Docs, TypeRef } from './types';

/**
 * Flatten nested unions, drop duplicate primitives, keep `null` last; a single variant is returned as is. An unknown
 * variant makes the whole unknown, unless `keepUnknown` (see unionKeepingObjects) or it comes from a nested union that
 * kept it.
 */
export function unionOf(types: TypeRef[], keepUnknown = false): TypeRef {
  // (The common case, a type or null, without the search: `X | null` for a nullable schema.)
  if (types.length === 2 && types[1].kind === 'null' && isOneVariant(types[0]))
    return { kind: 'union', variants: [types[0], NULL], discriminator: null };
  const out: TypeRef[] = [];
  const seen: Seen = { hasNull: false, hasUnknown: false };
  for (let i = 0; i < types.length; i++) addVariant(out, types[i], seen, keepUnknown);
  if (seen.hasUnknown) return UNKNOWN;
  if (seen.hasNull) out.push(NULL);
  if (out.length === 0) return NULL;
  if (out.length === 1) return out[0];
  // (A flattened union's own example stays with the union it is now part of: union-example.ts.)
  const example = seen.example === undefined ? {} : { example: seen.example };
  return { kind: 'union', variants: out, discriminator: null, ...example };
}

/** A type that is one variant of a union as it is: not null, unknown or a union to flatten. */
function isOneVariant(t: TypeRef): boolean {
  return t.kind !== 'null' && t.kind !== 'unknown' && !(t.kind === 'union' && t.discriminator === null);
}

/** What unionOf notes of its variants: a null, an unknown, and the first example of a union it flattens. */
interface Seen {
  hasNull: boolean;
  hasUnknown: boolean;
  example?: string;
}

/**
 * unionOf's step: `t` added to `out` (a union without discriminator flattened), null and unknown noted in `seen`; an
 * unknown `keep`t is a variant as another (a union holds it once).
 */
function addVariant(out: TypeRef[], t: TypeRef, seen: Seen, keep: boolean): void {
  if (t.kind === 'union' && t.discriminator === null) {
    if (t.example !== undefined) seen.example ??= t.example;
    // (A union's unknown member is one it kept: unionKeepingObjects.)
    for (let i = 0; i < t.variants.length; i++) addVariant(out, t.variants[i], seen, true);
    return;
  }
  if (t.kind === 'null') {
    seen.hasNull = true;
    return;
  }
  if (t.kind === 'unknown') {
    if (!keep) seen.hasUnknown = true;
    else if (!out.some((variant) => variant.kind === 'unknown')) out.push(t);
    return;
  }
  const simple =
    t.kind === 'ref' ||
    t.kind === 'string' ||
    t.kind === 'number' ||
    t.kind === 'integer' ||
    t.kind === 'boolean' ||
    t.kind === 'literal';
  // A repeat of a simple variant is dropped (compared as JSON only against variants of its kind: most have none).
  if (simple) for (let i = 0; i < out.length; i++) if (sameSimpleType(out[i], t)) return;
  out.push(t);
}

/**
 * Whether two variants are the same type, compared as JSON. The fields that tell most apart (a ref's schema id, a
 * literal's value, a string's format) are compared first: values that differ never print the same JSON.
 */
function sameSimpleType(a: TypeRef, b: TypeRef): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'ref' && b.kind === 'ref' && a.schemaId !== b.schemaId) return false;
  if (a.kind === 'literal' && b.kind === 'literal' && a.value !== b.value) return false;
  if (a.kind === 'string' && b.kind === 'string' && a.format !== b.format) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the type is null or a union with null. */
export function containsNull(type: TypeRef): boolean {
  return type.kind === 'null' || (type.kind === 'union' && type.variants.some((v) => v.kind === 'null'));
}

/**
 * The type `node`'s `oneOf`/`anyOf` of one inline object without a description of its own (3.0's `nullable: true,
 * oneOf: [{…}]`) has, documented by the union's description (`docs`; false: not with a Stainless config), as Stainless
 * reads the member as the schema itself (knock-mgmt's `DefaultSettings.PreprocessingScript` interface is documented
 * as its `preprocessing_script` property).
 */
export function asLoneMember(node: SchemaNode, type: TypeRef, docs: Docs | false): TypeRef {
  const members = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  const member = members.length === 1 ? members[0] : null;
  if (!docs || docs.description === undefined || member === null || member.ref !== null) return type;
  return type.kind === 'object' && member.description === null && node.description !== null ? { ...type, docs } : type;
}

/**
 * A union with members that are objects saying nothing of their members, as Stainless's SDKs type it: each such member
 * an unknown one in its place, where `unionOf` would fold the whole to unknown (llama-stack's `additionalProperties:
 * oneOf [null, boolean, number, string, array, object]` is `Union[bool, float, str, Iterable[object], object, None]`
 * in its Python params, `boolean | number | string | Array<unknown> | unknown | null` in TypeScript; a nullable one,
 * `anyOf: [{type: object}, {type: null}]`, is openplugin's `Optional[object]`). `parts`: the members' types,
 * `objectSaid(i)`: whether the schema of the i-th says `type: object`. Null where no unknown member says so, or where
 * another unknown member does not (a `{}`, which takes anything: the union is unknown).
 */
export function unionKeepingObjects(parts: TypeRef[], objectSaid: (at: number) => boolean): TypeRef | null {
  let said = false;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind !== 'unknown') continue;
    if (!objectSaid(i)) return null;
    said = true;
  }
  return said ? unionOf(parts, true) : null;
}

/**
 * Helpers of examples.ts that need none of its state: JSON as a literal, and what kinds of value types hold.
 */
import type { NamedSchema, TypeRef } from '../../ir/types';
import { entry, mapEntry, NOT_JSON, scalar, type ExampleValue, type Json, type ObjectEntry } from './example-value';

/** Why no value of a type could be written (strict mode only). */
export class NoExample extends Error {}

/** Any JSON value as a literal (for `unknown` types). */
export function anyJson(value: unknown): ExampleValue | null {
  if (value === null) return scalar(null);
  if (typeof value === 'string') return value.length < 200 ? scalar(value) : null;
  if (typeof value === 'number') return Number.isFinite(value) ? scalar(value) : null;
  if (typeof value === 'boolean') return scalar(value);
  if (Array.isArray(value)) {
    const items = value.map(anyJson);
    return items.every((i): i is ExampleValue => i !== null) ? { kind: 'array', items } : null;
  }
  if (typeof value === 'object') {
    const entries: ObjectEntry[] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const written = anyJson(v);
      if (written === null) return null;
      entries.push(entry(key, written));
    }
    return { kind: 'object', entries, verbatim: true };
  }
  return null;
}

export function nullLast(variants: TypeRef[]): TypeRef[] {
  return [...variants.filter((v) => v.kind !== 'null'), ...variants.filter((v) => v.kind === 'null')];
}

/** What kind of JavaScript value a (non-object) type holds, to tell whether two intersection parts can meet. */
export function valueKind(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return type.kind;
    case 'integer':
      return 'number';
    case 'literal':
      return typeof type.value;
    case 'enum':
      return [...new Set(type.values.map((v) => typeof v))].join(' or ');
    case 'array':
    case 'tuple':
      return 'array';
    case 'file':
      return 'file';
    default:
      return type.kind;
  }
}

export function sameType(a: TypeRef, b: TypeRef): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Of the values built in `order` (`build(candidate)`, one candidate at a time), the first that no other choice takes
 * too (`takenByAnother`), else the first built. A value that is not all JSON (a file, a placeholder) cannot be
 * checked: taken as it is when it comes first, passed over after. A build that finds no value (NoExample) is passed over; when none is built, the
 * first such failure is thrown. Null when `build` gives null (nothing to write) or `order` is empty.
 */
export function ownValue<C>(
  order: Iterable<C>,
  build: (candidate: C) => ExampleValue | null,
  jsonOfValue: (candidate: C, value: ExampleValue) => Json | typeof NOT_JSON,
  takenByAnother: (candidate: C, json: Json) => boolean,
): ExampleValue | null {
  let firstFailure: NoExample | null = null;
  let ambiguous: ExampleValue | null = null;
  for (const candidate of order) {
    let value: ExampleValue | null;
    try {
      value = build(candidate);
    } catch (error) {
      if (!(error instanceof NoExample)) throw error;
      firstFailure ??= error;
      continue;
    }
    if (value === null) return null;
    const json = jsonOfValue(candidate, value);
    if (json === NOT_JSON) {
      if (ambiguous === null) return value;
      continue;
    }
    if (!takenByAnother(candidate, json)) return value;
    ambiguous ??= value;
  }
  if (ambiguous) return ambiguous;
  if (firstFailure) throw firstFailure;
  return null;
}

/**
 * The candidates of ownValue for choices whose smallest value may be another's too: each choice as it is, in `order`,
 * then each with one of its optional parts more (`extrasOf`), listed only when ownValue gets that far.
 */
export function* smallestThenOneMore<E>(
  order: number[],
  extrasOf: (choice: number) => readonly E[],
): Generator<{ choice: number; extra: E | null }> {
  for (const choice of order) yield { choice, extra: null };
  for (const choice of order) for (const extra of extrasOf(choice)) yield { choice, extra };
}

/**
 * `value` written as a literal of `type`, or null when it is not one. Checked the way TypeScript checks an object
 * literal: every required property present, no property the type does not declare (or its additional
 * properties allow), every value of its property's type. Intersections are not matched (their parts' excess
 * property checks interact): a value is built for them instead. `dropUndeclared`: an object's undeclared keys are
 * left out instead (as Stainless's `@example`s leave them out of the spec's example of a body).
 */
export function jsonValue(
  schemaOf: (schemaId: string) => NamedSchema,
  type: TypeRef,
  value: unknown,
  expanding: string[],
  dropUndeclared = false,
): ExampleValue | null {
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' && value.length < 200 ? scalar(value) : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? scalar(value) : null;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? scalar(value) : null;
    case 'boolean':
      return typeof value === 'boolean' ? scalar(value) : null;
    case 'null':
      return value === null ? scalar(null) : null;
    case 'unknown':
    case 'any':
      return anyJson(value);
    case 'literal':
      return value === type.value ? scalar(type.value) : null;
    case 'enum':
      return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
        type.values.includes(value)
        ? scalar(value)
        : null;
    case 'array': {
      if (!Array.isArray(value)) return null;
      const items = value.map((v) => jsonValue(schemaOf, type.items, v, expanding, dropUndeclared));
      return items.every((i): i is ExampleValue => i !== null) ? { kind: 'array', items } : null;
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || type.propertyNames !== null)
        return null;
      const record = value as Record<string, unknown>;
      if (type.properties.some((p) => p.required && !Object.hasOwn(record, p.key))) return null;
      const entries: ObjectEntry[] = [];
      for (const [key, v] of Object.entries(record)) {
        const declared = type.properties.find((p) => p.key === key);
        const propertyType = declared?.type ?? type.additional;
        if (!propertyType && dropUndeclared) continue;
        if (!propertyType) return null;
        const written = jsonValue(schemaOf, propertyType, v, expanding, dropUndeclared);
        if (written === null) return null;
        entries.push(declared ? entry(key, written) : mapEntry(key, written));
      }
      return { kind: 'object', entries };
    }
    case 'union':
      for (const variant of type.variants) {
        const written = jsonValue(schemaOf, variant, value, expanding);
        if (written !== null) return written;
      }
      // (A variant that takes the value as it is first, then one that takes it without its undeclared keys.)
      if (dropUndeclared)
        for (const variant of type.variants) {
          const written = jsonValue(schemaOf, variant, value, expanding, true);
          if (written !== null) return written;
        }
      return null;
    case 'ref': {
      if (expanding.includes(type.schemaId)) return null;
      return jsonValue(schemaOf, schemaOf(type.schemaId).type, value, [...expanding, type.schemaId], dropUndeclared);
    }
    default:
      return null;
  }
}

/**
 * The variant of a union an object no variant takes is written as, as Stainless writes the spec's example of it: the
 * object variant its discriminating value names (a property of one literal or one-value enum that the object has),
 * else the first variant where it is an object; else -1.
 */
export function variantFor(
  schemaOf: (schemaId: string) => NamedSchema,
  variants: readonly TypeRef[],
  record: Record<string, unknown>,
  expanding: string[] = [],
): number {
  const objects = variants.map((v) => objectThrough(schemaOf, v, expanding));
  const names = (p: { key: string; type: TypeRef }) =>
    (p.type.kind === 'literal' && record[p.key] === p.type.value) ||
    (p.type.kind === 'enum' && p.type.values.length === 1 && record[p.key] === p.type.values[0]);
  const named = objects.findIndex((o) => o !== null && o.properties.some(names));
  if (named >= 0) return named;
  // Else the first variant, where it is an object (knock's tenant of 2025-06, of `string | TenantRequest`: `'string'`).
  const first = variants.findIndex((v) => v.kind !== 'null');
  return first >= 0 && objects[first] !== null ? first : -1;
}

/** The object type `type` is, through references; null when it is none. */
export function objectThrough(
  schemaOf: (schemaId: string) => NamedSchema,
  type: TypeRef,
  seen: string[] = [],
): Extract<TypeRef, { kind: 'object' }> | null {
  if (type.kind === 'object') return type;
  if (type.kind !== 'ref' || seen.includes(type.schemaId)) return null;
  return objectThrough(schemaOf, schemaOf(type.schemaId).type, [...seen, type.schemaId]);
}

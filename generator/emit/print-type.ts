/**
 * TypeRef → TypeScript type text. A pure recursive function; the context resolves named schemas and
 * records which imports the printed text needs.
 */
import type { ObjectType, TypeRef } from '../ir/types';
import { fieldDoc, propertyKey, quoteString } from './print-doc';

export interface PrintContext {
  /** Name of a named schema; records the import when it lives in another module. */
  ref(schemaId: string): string;
  /** Name of the upload type; records its import. */
  uploadable(): string;
}

/**
 * Print `type`. `ns` is the namespace in which nested interfaces of the current declaration live
 * ("Server" or "Server.Connection"): an inline object with `declareAs` prints as `${ns}.${declareAs}`.
 */
export function printType(type: TypeRef, ctx: PrintContext, ns: string | null): string {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    case 'any':
      return 'any';
    case 'literal':
      return literal(type.value);
    case 'enum':
      return type.values.map(literal).join(' | ');
    case 'array':
      return `Array<${printType(type.items, ctx, ns)}>`;
    case 'tuple': {
      const items = type.items.map((t) => printType(t, ctx, ns));
      if (type.rest) items.push(`...Array<${printType(type.rest, ctx, ns)}>`);
      return `[${items.join(', ')}]`;
    }
    case 'object':
      if (type.declareAs !== null && ns !== null) return `${ns}.${type.declareAs}`;
      return printObjectLiteral(type, ctx, ns);
    case 'union':
      return type.variants.map((v) => wrap(v, printType(v, ctx, ns), 'union')).join(' | ');
    case 'intersection':
      return type.parts.map((p) => wrap(p, printType(p, ctx, ns), 'intersection')).join(' & ');
    case 'file':
      return ctx.uploadable();
    case 'ref':
      return ctx.ref(type.schemaId);
  }
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'number';
  return String(value);
}

function wrap(type: TypeRef, text: string, within: 'union' | 'intersection'): string {
  if (within === 'intersection' && (type.kind === 'union' || type.kind === 'enum')) return `(${text})`;
  if (within === 'union' && type.kind === 'intersection') return `(${text})`;
  return text;
}

/**
 * What every object inherits (TypeScript's `Object` interface). An object without an optional property of one of
 * these names still has the inherited member, so the property's type admits it (else `{}` is not assignable);
 * `globalThis.` because the spec may name a type `Object`.
 */
const INHERITED_MEMBERS = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

/** Members of an object type: property signatures with JSDoc, then the index signature. */
export function printMembers(type: ObjectType, ctx: PrintContext, ns: string | null): string {
  let out = '';
  for (const p of type.properties) {
    out += fieldDoc(p.docs, p.type);
    const inherited = !p.required && INHERITED_MEMBERS.has(p.key) ? ` | globalThis.Object[${quoteString(p.key)}]` : '';
    out += `${propertyKey(p.key)}${p.required ? '' : '?'}: ${printType(p.type, ctx, ns)}${inherited};\n`;
  }
  if (type.additional) {
    const value = printType(type.additional, ctx, ns);
    // An index signature must admit every named property's type.
    const widened = type.properties.length > 0 && type.additional.kind !== 'unknown' ? 'unknown' : value;
    out += `[key: string]: ${widened};\n`;
  }
  return out;
}

function printObjectLiteral(type: ObjectType, ctx: PrintContext, ns: string | null): string {
  if (type.properties.length === 0) {
    if (!type.additional) return 'Record<string, never>';
    const value = printType(type.additional, ctx, ns);
    if (type.propertyNames) return `Partial<Record<${printType(type.propertyNames, ctx, ns)}, ${value}>>`;
    return `{ [key: string]: ${value} }`;
  }
  return `{\n${printMembers(type, ctx, ns)}}`;
}

/** True when the object should be declared as an interface (it has named members). */
export function isInterfaceLike(type: TypeRef): type is ObjectType {
  return (
    type.kind === 'object' && (type.properties.length > 0 || (type.additional !== null && type.propertyNames === null))
  );
}

/**
 * Short, one-line renderings of types for change reports ("before"/"after"): named types print as
 * their name, objects as their keys, long unions are cut. Not valid TypeScript in every case — it is
 * for reading, not compiling.
 */
import type { NamedSchema, TypeRef } from '../ir/types';

const MAX_ITEMS = 8;

export function shortType(type: TypeRef, schemas: Map<string, NamedSchema>, depth = 0): string {
  switch (type.kind) {
    case 'string':
      return type.format ? `string (${type.format})` : 'string';
    case 'integer':
      return 'integer';
    case 'number':
    case 'boolean':
    case 'null':
    case 'unknown':
    case 'any':
      return type.kind;
    case 'file':
      return 'Uploadable';
    case 'literal':
      return literal(type.value);
    case 'enum':
      return cut(type.values.map(literal), ' | ');
    case 'ref':
      return schemas.get(type.schemaId)?.name ?? type.schemaId;
    case 'array': {
      const inner = shortType(type.items, schemas, depth + 1);
      return /^[\w.$]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
    }
    case 'tuple':
      return `[${type.items.map((t) => shortType(t, schemas, depth + 1)).join(', ')}${type.rest ? `, ...${shortType(type.rest, schemas, depth + 1)}[]` : ''}]`;
    case 'object': {
      if (depth > 0 && type.declareAs) return type.declareAs;
      const keys = type.properties.map((p) => `${p.key}${p.required ? '' : '?'}`);
      if (type.additional) keys.push(`[key: string]: ${shortType(type.additional, schemas, depth + 1)}`);
      if (keys.length === 0) return '{}';
      return `{ ${cut(keys, ', ')} }`;
    }
    case 'union':
      return cut(
        type.variants.map((v) => shortType(v, schemas, depth + 1)),
        ' | ',
      );
    case 'intersection':
      return type.parts.map((p) => shortType(p, schemas, depth + 1)).join(' & ');
  }
}

export function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}

function cut(items: string[], sep: string): string {
  return items.length > MAX_ITEMS ? `${items.slice(0, MAX_ITEMS).join(sep)}${sep}…` : items.join(sep);
}

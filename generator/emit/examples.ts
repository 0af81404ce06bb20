/**
 * Example values and calls for docs and generated tests: a valid argument for every required field,
 * printed as TypeScript source. Spec examples are used when they fit the type; all text goes through
 * `quoteString`, so an example can never become code.
 */
import type { Api, Method, NamedSchema, NumberConstraints, Param, TypeRef } from '../ir/types';
import { quoteString, valueKey } from './print-doc';

export class Examples {
  private readonly schemas: Map<string, NamedSchema>;

  constructor(api: Api) {
    this.schemas = new Map(api.schemas.map((s) => [s.id, s]));
  }

  /** A value of `type` as TypeScript source. `depth` guards recursive schemas. */
  value(type: TypeRef, depth = 0, example: string | null = null): string {
    if (example !== null && depth < 8) {
      const fromSpec = this.fromExample(type, example);
      if (fromSpec !== null) return fromSpec;
    }
    switch (type.kind) {
      case 'string':
        if (type.constraints?.minLength !== undefined || type.constraints?.maxLength !== undefined) {
          const min = type.constraints.minLength ?? 0;
          const max = type.constraints.maxLength ?? Math.max(min, 6);
          return quoteString('string'.padEnd(min, 'x').slice(0, Math.max(min, Math.min(6, max))));
        }
        return type.format === 'date-time' ? "'2019-12-27T18:11:19.117Z'" : type.format === 'date' ? "'2019-12-27'" : type.format === 'uri' || type.format === 'url' ? "'https://example.com'" : type.format === 'uuid' ? "'182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e'" : type.format === 'email' ? "'user@example.com'" : "'string'";
      case 'number':
      case 'integer':
        return String(numberWithin(type.constraints, type.kind === 'integer'));
      case 'boolean':
        return 'true';
      case 'null':
        return 'null';
      case 'unknown':
      case 'any':
        return '{}';
      case 'literal':
        return typeof type.value === 'string' ? quoteString(type.value) : String(type.value);
      case 'enum': {
        const first = type.values[0];
        return typeof first === 'string' ? quoteString(first) : String(first);
      }
      case 'array':
        return depth > 6 ? '[]' : `[${this.value(type.items, depth + 1)}]`;
      case 'tuple':
        return `[${type.items.map((t) => this.value(t, depth + 1)).join(', ')}]`;
      case 'object': {
        if (depth > 6) return '{}';
        const required = type.properties.filter((p) => p.required);
        if (required.length === 0) return '{}';
        return `{ ${required.map((p) => `${valueKey(p.key)}: ${this.value(p.type, depth + 1, p.docs.example ?? p.docs.default)}`).join(', ')} }`;
      }
      case 'union': {
        const nonNull = type.variants.filter((v) => v.kind !== 'null');
        return nonNull.length > 0 ? this.value(nonNull[0], depth + 1) : 'null';
      }
      case 'intersection': {
        // Merge the object parts' required fields.
        const parts = type.parts.map((p) => this.value(p, depth + 1)).filter((p) => p !== '{}');
        if (parts.length === 0) return '{}';
        if (parts.every((p) => p.startsWith('{'))) return `{ ${parts.map((p) => p.slice(1, -1).trim()).filter(Boolean).join(', ')} }`;
        return parts[0];
      }
      case 'file':
        return "await toFile(new TextEncoder().encode('example'), 'example.txt')";
      case 'ref': {
        const schema = this.schemas.get(type.schemaId);
        return schema && depth < 8 ? this.value(schema.type, depth + 1, schema.docs.example) : '{}';
      }
    }
  }

  /** Use the spec's JSON example when it is a primitive that fits the type. */
  private fromExample(type: TypeRef, example: string): string | null {
    let value: unknown;
    try {
      value = JSON.parse(example);
    } catch {
      return null;
    }
    const target = type.kind === 'ref' ? this.schemas.get(type.schemaId)?.type ?? type : type;
    if (typeof value === 'string' && target.kind === 'string' && value.length < 200) return quoteString(value);
    if (typeof value === 'number' && (target.kind === 'number' || (target.kind === 'integer' && Number.isInteger(value))) && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean' && target.kind === 'boolean') return String(value);
    return null;
  }

  /** The arguments of a call with only what is required: `'id', { qualifiedName: 'qualifiedName' }`. */
  callArgs(method: Method, { all = false } = {}): string {
    const args: string[] = method.positional.map((p) => this.paramValue(p));
    if (method.params) {
      const fields = method.params.fields.filter((f) => all || f.required);
      if (fields.length > 0) args.push(`{ ${fields.map((f) => `${valueKey(f.key)}: ${this.paramValue(f)}`).join(', ')} }`);
      else if (method.params.required) args.push('{}');
    }
    return args.join(', ');
  }

  private paramValue(p: Param): string {
    if (p.in === 'path' && (p.type.kind === 'string' || p.type.kind === 'unknown')) return quoteString(p.wireName);
    return this.value(p.type, 0, p.docs.example ?? p.docs.default);
  }

  /** Whether a call with only required arguments needs `toFile`. */
  needsToFile(method: Method): boolean {
    return this.callArgs(method).includes('toFile(');
  }
}

/** The smallest "nice" number that satisfies the bounds (0 when unconstrained). */
function numberWithin(c: NumberConstraints | undefined, integer: boolean): number {
  if (!c) return 0;
  let value = 0;
  if (c.minimum !== undefined && value < c.minimum) value = c.minimum;
  if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) value = integer ? Math.floor(c.exclusiveMinimum) + 1 : c.exclusiveMinimum + 1;
  if (c.maximum !== undefined && value > c.maximum) value = c.maximum;
  if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) value = integer ? Math.ceil(c.exclusiveMaximum) - 1 : c.exclusiveMaximum - 1;
  if (integer) value = Math.ceil(value);
  if (c.multipleOf !== undefined && value % c.multipleOf !== 0) value = Math.ceil(value / c.multipleOf) * c.multipleOf;
  return value;
}

/**
 * Example values and calls for docs and generated tests: a valid argument for every required field,
 * printed as TypeScript source. Spec examples are used when they fit the type; all text goes through
 * `quoteString`, so an example can never become code.
 *
 * A generated test must type-check, so its arguments are built strictly: when no value of a type can be
 * written (a required property that refers back to its own type with no way out, `string & number`, or a value
 * too large to write out), the test is skipped with the reason (`testCallArgs`). Docs are built leniently:
 * there the unbuildable spot prints as `{}` (or the first part of an impossible intersection).
 */
import type { Method, NamedSchema, NumberConstraints, ObjectType, Param, Property, TypeRef } from '../ir/types';
import { quoteString, valueKey } from './print-doc';

/** At most this many values (objects, arrays, scalars) in one argument; beyond it, it is too large to write out. */
const MAX_VALUES = 2000;

/** Why no value of a type could be written (strict mode only). */
class NoExample extends Error {}

/** State of building one argument. */
interface Build {
  /** Test arguments must type-check (throw NoExample); docs may hold a placeholder. */
  strict: boolean;
  /** Named schemas being expanded, outermost first: a reference back into one of them is a cycle. */
  expanding: string[];
  /** Values written so far (see MAX_VALUES). */
  count: number;
}

export class Examples {
  private readonly schemas: Map<string, NamedSchema>;

  constructor(schemas: NamedSchema[]) {
    this.schemas = new Map(schemas.map((s) => [s.id, s]));
  }

  /** The arguments of a call with only what is required, for docs: `'id', { qualifiedName: 'qualifiedName' }`. */
  callArgs(method: Method, { all = false } = {}): string {
    return this.args(method, all, false);
  }

  /**
   * The arguments of a call for a generated test, or why none that type-checks can be written (one line of
   * plain text naming the parameter).
   */
  testCallArgs(method: Method, { all = false } = {}): { args: string } | { skipReason: string } {
    try {
      return { args: this.args(method, all, true) };
    } catch (error) {
      if (error instanceof NoExample) return { skipReason: error.message };
      throw error;
    }
  }

  private args(method: Method, all: boolean, strict: boolean): string {
    const args: string[] = method.positional.map((p) => this.paramValue(p, strict));
    if (method.params) {
      const fields = method.params.fields.filter((f) => all || f.required);
      if (fields.length > 0) args.push(`{ ${fields.map((f) => `${valueKey(f.key)}: ${this.paramValue(f, strict)}`).join(', ')} }`);
      else if (method.params.required) args.push('{}');
    }
    return args.join(', ');
  }

  private paramValue(p: Param, strict: boolean): string {
    if (p.in === 'path' && (p.type.kind === 'string' || p.type.kind === 'unknown')) return quoteString(p.wireName);
    try {
      return this.build(p.type, { strict, expanding: [], count: 0 }, p.docs.example ?? p.docs.default);
    } catch (error) {
      if (error instanceof NoExample) throw new NoExample(`no value of parameter ${JSON.stringify(p.key)} type-checks: ${error.message}`);
      throw error;
    }
  }

  /** In strict mode, fail with `reason`; otherwise the placeholder. */
  private unbuildable(b: Build, reason: string, placeholder: string): string {
    if (b.strict) throw new NoExample(reason);
    return placeholder;
  }

  private build(type: TypeRef, b: Build, example: string | null = null): string {
    if (++b.count > MAX_VALUES) return this.unbuildable(b, 'the smallest valid value is too large to write out', '{}');
    if (example !== null) {
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
        // One item when one can be written; an empty array is valid too (the IR has no minItems).
        return this.attempt(() => `[${this.build(type.items, b)}]`) ?? '[]';
      case 'tuple':
        return `[${type.items.map((t) => this.build(t, b)).join(', ')}]`;
      case 'object':
        return this.object(type.properties, b);
      case 'union': {
        // The first variant that can be written, null last.
        const variants = [...type.variants.filter((v) => v.kind !== 'null'), ...type.variants.filter((v) => v.kind === 'null')];
        let firstFailure: NoExample | null = null;
        for (const variant of variants) {
          try {
            return this.build(variant, b);
          } catch (error) {
            if (!(error instanceof NoExample)) throw error;
            firstFailure ??= error;
          }
        }
        if (firstFailure) throw firstFailure;
        return this.unbuildable(b, 'a union without variants has no values', 'null');
      }
      case 'intersection':
        return this.intersection(type.parts, b);
      case 'file':
        return "await toFile(new TextEncoder().encode('example'), 'example.txt')";
      case 'ref': {
        // A value that needs a value of its own schema inside it (with no optional, array or union way out) has no end.
        const schema = this.schema(type.schemaId);
        if (b.expanding.includes(schema.id)) return this.unbuildable(b, `${schema.name} requires a value of itself`, '{}');
        b.expanding.push(schema.id);
        try {
          return this.build(schema.type, b, schema.docs.example);
        } finally {
          b.expanding.pop();
        }
      }
    }
  }

  /** `write()`, or null when it finds no value (the values it counted stay spent). */
  private attempt(write: () => string): string | null {
    try {
      return write();
    } catch (error) {
      if (error instanceof NoExample) return null;
      throw error;
    }
  }

  private schema(schemaId: string): NamedSchema {
    const schema = this.schemas.get(schemaId);
    if (!schema) throw new Error(`generator bug: unknown schema ${schemaId}`);
    return schema;
  }

  /** An object literal with the required properties. */
  private object(properties: Property[], b: Build): string {
    const required = properties.filter((p) => p.required);
    if (required.length === 0) return '{}';
    return `{ ${required.map((p) => `${valueKey(p.key)}: ${this.build(p.type, b, p.docs.example ?? p.docs.default)}`).join(', ')} }`;
  }

  /**
   * A value of every part at once. Object parts (named or not, nested intersections included) are merged into one
   * object: a property in several parts gets a value of all its types; `unknown` parts add nothing. Otherwise
   * the parts must be one kind of value (`string & 'a'`); `string & number` has none. A union part is tried one
   * variant at a time: `(A | B) & C` is `A & C`, else `B & C`.
   */
  private intersection(parts: TypeRef[], b: Build): string {
    // The parts with references resolved and nested intersections flattened, in order.
    const flat: TypeRef[] = [];
    const collect = (part: TypeRef): void => {
      if (part.kind === 'ref') {
        const schema = this.schema(part.schemaId);
        if (b.expanding.includes(schema.id)) {
          if (b.strict) throw new NoExample(`${schema.name} requires a value of itself`);
          return;
        }
        b.expanding.push(schema.id);
        collect(schema.type);
      } else if (part.kind === 'intersection') part.parts.forEach(collect);
      else if (part.kind !== 'unknown' && part.kind !== 'any') flat.push(part);
    };
    const depth = b.expanding.length;
    try {
      parts.forEach(collect);
      const union = flat.findIndex((t) => t.kind === 'union');
      if (union >= 0) {
        const { variants } = flat[union] as Extract<TypeRef, { kind: 'union' }>;
        for (const variant of [...variants.filter((v) => v.kind !== 'null'), ...variants.filter((v) => v.kind === 'null')]) {
          const value = this.attempt(() => this.intersection(flat.map((t, i) => (i === union ? variant : t)), b));
          if (value !== null) return value;
        }
        return this.unbuildable(b, 'no variant of a union meets the other parts of an intersection', '{}');
      }
      const objects = flat.filter((t): t is ObjectType => t.kind === 'object');
      const others = flat.filter((t) => t.kind !== 'object');
      if (objects.length > 0 && others.length === 0) return this.mergedObject(objects, b);
      if (flat.length === 0) return '{}';
      if (objects.length === 0 && others.length === 1) return this.build(others[0], b);
      const kinds = new Set([...others.map(valueKind), ...(objects.length > 0 ? ['object'] : [])]);
      if (kinds.size > 1) {
        if (b.strict) throw new NoExample(`no value is ${[...kinds].join(' and ')} at once`);
        return this.build(others[0], b);
      }
      // One kind: the most specific part (a literal or enum over a plain string, an integer over a number).
      const specific = others.find((t) => t.kind === 'literal' || t.kind === 'enum') ?? others.find((t) => t.kind === 'integer') ?? others[0];
      return this.build(specific, b);
    } finally {
      // The schemas the parts referred to are expanded until here.
      b.expanding.length = depth;
    }
  }

  /** One object literal satisfying every object part. */
  private mergedObject(objects: ObjectType[], b: Build): string {
    const byKey = new Map<string, { required: boolean; types: TypeRef[]; example: string | null }>();
    for (const object of objects) {
      for (const p of object.properties) {
        const entry = byKey.get(p.key) ?? { required: false, types: [], example: null };
        entry.required ||= p.required;
        if (!entry.types.some((t) => sameType(t, p.type))) entry.types.push(p.type);
        entry.example ??= p.docs.example ?? p.docs.default;
        byKey.set(p.key, entry);
      }
    }
    const fields: string[] = [];
    for (const [key, entry] of byKey) {
      if (!entry.required) continue;
      const type: TypeRef = entry.types.length === 1 ? entry.types[0] : { kind: 'intersection', parts: entry.types };
      fields.push(`${valueKey(key)}: ${this.build(type, b, entry.types.length === 1 ? entry.example : null)}`);
    }
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
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
}

/** What kind of JavaScript value a (non-object) type holds, to tell whether two intersection parts can meet. */
function valueKind(type: TypeRef): string {
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

function sameType(a: TypeRef, b: TypeRef): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
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

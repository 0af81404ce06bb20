/**
 * Example values and calls for docs and generated tests: a valid argument for every required field,
 * printed as TypeScript source. Spec examples are used when they fit the type; all text goes through
 * `quoteString`, so an example can never become code.
 *
 * A generated test must type-check, so its arguments are built strictly: when no value of a type can be
 * written (a required property that refers back to its own type with no way out, `string & number`, or a value
 * too large to write out), the test is skipped with the reason (`testCallArgs`). Docs are built leniently:
 * there the unbuildable spot prints as `{}` (or the first part of an impossible intersection).
 *
 * Only expressions are built here (printed by example-value.ts: the arguments, and a call laid out as Prettier would): the
 * README's programs around the calls are templates (partials/readme-*.hbs).
 */
import type { Method, NamedSchema, ObjectType, Param, Property, TypeRef } from '../ir/types';
import { accepts, bodyJson, bodyObjectType } from './example-accepts';
import { FORMAT_VALUES, numberWithin, valueMatching } from './scalar-values';
import type { PatternBudget } from './spec-pattern';
import {
  code,
  emptyObject,
  entry,
  flatText,
  jsonOf,
  NOT_JSON,
  scalar,
  type ExampleValue,
  type Json,
  type ObjectEntry,
} from './example-value';

/** At most this many values (objects, arrays, scalars) in one argument; beyond it, it is too large to write out. */
const MAX_VALUES = 2000;

/** A spec example longer than this (as JSON) is not copied into docs and tests: it would drown the call. */
const MAX_EXAMPLE_JSON = 600;

/**
 * How a file (an `Uploadable`) is written: a stream of a local file in docs, bytes in tests (no file system);
 * the README's upload section shows the other ways too.
 */
export type FileStyle = 'stream' | 'file' | 'toFile' | 'bytes';

const FILE_VALUES: Record<FileStyle, string> = {
  stream: "fs.createReadStream('path/to/file')",
  file: "new File(['my bytes'], 'file.txt')",
  toFile: "await toFile(Buffer.from('my bytes'), 'file.txt')",
  bytes: "await toFile(new TextEncoder().encode('example'), 'example.txt')",
};

/** Why no value of a type could be written (strict mode only). */
class NoExample extends Error {}

/** State of building one argument. */
interface Build {
  /** Test arguments must type-check (throw NoExample); docs may hold a placeholder. */
  strict: boolean;
  files: FileStyle;
  /** Named schemas being expanded, outermost first: a reference back into one of them is a cycle. */
  expanding: string[];
  /** Values written so far (see MAX_VALUES). */
  count: number;
}

export interface CallOptions {
  /** Every params field, not only the required ones. */
  all?: boolean;
  /** Also the first optional field that takes a file (an upload example that uploads something). */
  withFile?: boolean;
  files?: FileStyle;
  /**
   * Values chosen for the call (a Stainless config's README request), by parameter name: used where they are values
   * of the parameter's type, and the optional parameters they name are passed too.
   */
  given?: Record<string, unknown>;
  /** Values chosen for the body's fields alone (the spec's example of the request body), as `given`. */
  givenBody?: Record<string, unknown>;
}

export class Examples {
  private readonly schemas: Map<string, NamedSchema>;
  /** What the spec's patterns have cost this generation (spec-pattern.ts). */
  private readonly patterns: PatternBudget = { timedOut: 0 };

  constructor(schemas: NamedSchema[]) {
    this.schemas = new Map(schemas.map((s) => [s.id, s]));
  }

  /** The arguments of a call with only what is required, for docs, on one line: `'id', { qualifiedName: 'qualifiedName' }`. */
  callArgs(method: Method, options: CallOptions = {}): string {
    return this.callValues(method, options).map(flatText).join(', ');
  }

  /** Each method's call with the default options: the class's docs, the function's and the reference page print it. */
  private readonly defaultCalls = new WeakMap<Method, ExampleValue[]>();

  /** The arguments of a call for docs, as values (for `printCall`). Files are streams unless `files` says otherwise. */
  callValues(
    method: Method,
    { all = false, withFile = false, files = 'stream', given, givenBody }: CallOptions = {},
  ): ExampleValue[] {
    const byDefault = !all && !withFile && files === 'stream' && given === undefined && givenBody === undefined;
    const known = byDefault ? this.defaultCalls.get(method) : undefined;
    if (known) return [...known];
    const values = this.args(
      method,
      { all, withFile, given, givenBody },
      { strict: false, files, expanding: [], count: 0 },
    );
    if (byDefault) this.defaultCalls.set(method, [...values]);
    return values;
  }

  /**
   * The arguments of a call for a generated test, or why none that type-checks can be written (one line of
   * plain text naming the parameter).
   */
  testCallArgs(method: Method, { all = false } = {}): { args: string } | { skipReason: string } {
    try {
      return {
        args: this.args(method, { all, withFile: false }, { strict: true, files: 'bytes', expanding: [], count: 0 })
          .map(flatText)
          .join(', '),
      };
    } catch (error) {
      if (error instanceof NoExample) return { skipReason: error.message };
      throw error;
    }
  }

  /** Whether a value of `type` holds a file somewhere (directly, or in an array, union or object). */
  takesFile(type: TypeRef, seen = new Set<string>()): boolean {
    switch (type.kind) {
      case 'file':
        return true;
      case 'array':
        return this.takesFile(type.items, seen);
      case 'union':
        return type.variants.some((v) => this.takesFile(v, seen));
      case 'intersection':
        return type.parts.some((p) => this.takesFile(p, seen));
      case 'object':
        return type.properties.some((p) => this.takesFile(p.type, seen));
      case 'ref': {
        if (seen.has(type.schemaId)) return false;
        seen.add(type.schemaId);
        return this.takesFile(this.schema(type.schemaId).type, seen);
      }
      default:
        return false;
    }
  }

  private args(
    method: Method,
    {
      all,
      withFile,
      given,
      givenBody,
    }: { all: boolean; withFile: boolean; given?: Record<string, unknown>; givenBody?: Record<string, unknown> },
    b: Build,
  ): ExampleValue[] {
    const chosen = (p: Param): ExampleValue | null => {
      const values = p.in === 'body' && givenBody ? givenBody : given;
      const name =
        values && Object.hasOwn(values, p.key)
          ? p.key
          : values && Object.hasOwn(values, p.wireName)
            ? p.wireName
            : null;
      return name === null ? null : this.jsonValue(p.type, values![name], []);
    };
    // A method that streams when asked is called without streaming, as Stainless's tests call it: `stream: false`.
    const streamParam = method.streamWhen?.param;
    const value = (p: Param): ExampleValue =>
      chosen(p) ??
      (p.key === streamParam ? { kind: 'code', text: 'false', json: false } : this.paramValue(p, { ...b, count: 0 }));
    const args: ExampleValue[] = method.positional.map(value);
    const params = method.params;
    if (params) {
      const objectOf = (variantFields: Param[], extra: Param | null = null): ExampleValue | null => {
        const fileField =
          withFile && !all ? variantFields.find((f) => !f.required && this.takesFile(f.type)) : undefined;
        const fields = variantFields.filter(
          (f) => all || f.required || f === fileField || f === extra || chosen(f) !== null,
        );
        if (fields.length > 0) return { kind: 'object', entries: fields.map((f) => entry(f.key, value(f))) };
        return params.required ? { kind: 'object', entries: [] } : null;
      };
      const object = params.variants ? this.oneVariantParams(params.variants, objectOf, all) : objectOf(params.fields);
      if (object) args.push(object);
    }
    return args;
  }

  /**
   * The params of a method whose body is one of several objects: those of the first variant whose body no other
   * variant's takes too, as in a union (see `build`); else, when every variant's smallest body is another's too
   * (objects with only optional properties, `{}`), the first with one optional body field more that makes it its
   * own (`{ text }` is a closed `{ text?, … }`'s alone); else the first variant's.
   */
  private oneVariantParams(
    variants: Array<{ fields: Param[]; closed?: true }>,
    objectOf: (fields: Param[], extra?: Param | null) => ExampleValue | null,
    all: boolean,
  ): ExampleValue | null {
    const bodyTypes = variants.map(({ fields, closed }) => bodyObjectType(fields, closed));
    // Params left out are sent as `{}`: as a body, that is checked like any other.
    const omitted: ExampleValue = { kind: 'object', entries: [] };
    const chosen = ownValue(
      smallestThenOneMore(
        variants.map((_, i) => i),
        (variant) => (all ? [] : variants[variant].fields.filter((f) => !f.required && f.in === 'body')),
      ),
      ({ choice, extra }) => objectOf(variants[choice].fields, extra) ?? omitted,
      ({ choice }, object) => bodyJson(variants[choice].fields, object),
      ({ choice }, body) => bodyTypes.some((other, i) => i !== choice && accepts(other, body, this.schemaOf)),
    );
    return chosen === omitted ? null : chosen;
  }

  private paramValue(p: Param, b: Build): ExampleValue {
    try {
      // A path parameter says what it is: `get('qualifiedName')` (or its example).
      if (p.in === 'path' && p.type.kind === 'unknown') return scalar(p.wireName);
      if (p.in === 'path') return this.build(p.type, b, p.docs.example ?? p.docs.default, p.wireName);
      return this.build(p.type, b, p.docs.example ?? p.docs.default, p.key);
    } catch (error) {
      if (error instanceof NoExample)
        throw new NoExample(`no value of parameter ${JSON.stringify(p.key)} type-checks: ${error.message}`);
      throw error;
    }
  }

  /** In strict mode, fail with `reason`; otherwise the placeholder. */
  private unbuildable(b: Build, reason: string, placeholder: string): ExampleValue {
    if (b.strict) throw new NoExample(reason);
    return code(placeholder);
  }

  /**
   * A value of `type`: the spec's example when it is one (checked against the type, so it type-checks), else one
   * built from the schema. `name` is the property or parameter it is for: a plain string says it
   * (`qualifiedName: 'qualifiedName'`), as the API's own docs tend to.
   */
  private build(type: TypeRef, b: Build, example: string | null = null, name: string | null = null): ExampleValue {
    if (++b.count > MAX_VALUES) return this.unbuildable(b, 'the smallest valid value is too large to write out', '{}');
    if (example !== null) {
      const fromSpec = this.fromExample(type, example);
      if (fromSpec !== null) return fromSpec;
    }
    switch (type.kind) {
      case 'string': {
        // A format or a pattern first (a server checks them), when its value is of an allowed length.
        const min = type.constraints?.minLength ?? 0;
        const max = type.constraints?.maxLength ?? Infinity;
        const fits = (value: string) => value.length >= min && value.length <= max;
        const byFormat = FORMAT_VALUES[type.format ?? ''];
        if (byFormat && fits(byFormat)) return scalar(byFormat);
        const pattern = type.constraints?.pattern;
        if (pattern !== undefined) {
          const matching = valueMatching(pattern, name, this.patterns);
          if (matching !== null && fits(matching)) return scalar(matching);
        }
        if (type.constraints?.minLength !== undefined || type.constraints?.maxLength !== undefined) {
          const longest = type.constraints.maxLength ?? Math.max(min, 6);
          return scalar('string'.padEnd(min, 'x').slice(0, Math.max(min, Math.min(6, longest))));
        }
        // A name is a fine value for a string with no format or pattern to meet.
        const sayName = name !== null && pattern === undefined && name.length > 0 && name.length <= 40;
        return scalar(sayName ? name : 'string');
      }
      case 'number':
      case 'integer':
        return scalar(numberWithin(type.constraints, type.kind === 'integer'));
      case 'boolean':
        return scalar(true);
      case 'null':
        return scalar(null);
      case 'unknown':
      case 'any':
        return emptyObject();
      case 'literal':
        return scalar(type.value);
      case 'enum':
        return scalar(type.values[0]);
      case 'array': {
        // One item when one can be written; an empty array is valid too (the IR has no minItems).
        const item = this.attempt(() => this.build(type.items, b, null, name));
        return { kind: 'array', items: item ? [item] : [] };
      }
      case 'tuple':
        return { kind: 'array', items: type.items.map((t) => this.build(t, b)) };
      case 'object':
        return this.object(type.properties, b);
      case 'union': {
        // The first variant that can be written, null last; but not a value another variant takes too, when a later
        // variant's is its own: a `oneOf` accepts a value that exactly one variant accepts (a server or mock
        // checking the request refuses the others), and one only a variant's required properties make often
        // fits its siblings. When every variant's is another's too (objects of optional properties: `{}`), an
        // object variant's value with one optional property more can be its own (a closed object's).
        const order = type.variants.map((_, i) => i);
        order.sort((i, j) => Number(type.variants[i].kind === 'null') - Number(type.variants[j].kind === 'null'));
        const value = ownValue(
          smallestThenOneMore(order, (variant) =>
            (this.objectTypeOf(type.variants[variant])?.properties ?? []).filter((p) => !p.required),
          ),
          ({ choice, extra }) => {
            const built =
              extra === null
                ? this.build(type.variants[choice], b, null, name)
                : this.objectWith(type.variants[choice], extra, b);
            return this.withDiscriminator(built, type, choice);
          },
          (_candidate, built) => jsonOf(built),
          ({ choice }, json) => type.variants.some((other, i) => i !== choice && accepts(other, json, this.schemaOf)),
        );
        return value ?? this.unbuildable(b, 'a union without variants has no values', 'null');
      }
      case 'intersection':
        return this.intersection(type.parts, b);
      case 'file':
        return code(FILE_VALUES[b.files]);
      case 'ref': {
        // A value that needs a value of its own schema inside it (with no optional, array or union way out) has no end.
        const schema = this.schema(type.schemaId);
        if (b.expanding.includes(schema.id))
          return this.unbuildable(b, `${schema.name} requires a value of itself`, '{}');
        b.expanding.push(schema.id);
        try {
          return this.build(schema.type, b, schema.docs.example, name);
        } finally {
          b.expanding.pop();
        }
      }
    }
  }

  /**
   * A discriminated union's object value with its discriminator property, optional ones too (`role: 'user'`): the
   * property says which variant the value is, to a reader and to a server that picks the variant by it. Left as it is
   * when the variant does not declare the property, or declares a type its mapped value is not of.
   */
  private withDiscriminator(
    value: ExampleValue,
    union: Extract<TypeRef, { kind: 'union' }>,
    variantIndex: number,
  ): ExampleValue {
    const discriminator = union.discriminator;
    if (discriminator === null || value.kind !== 'object') return value;
    if (value.entries.some((e) => e.name === discriminator.property)) return value;
    const mapped = discriminator.mapping.find((m) => m.variant === variantIndex)?.value;
    const declared = this.propertyType(union.variants[variantIndex], discriminator.property, []);
    if (mapped === undefined || declared === null || !accepts(declared, mapped, this.schemaOf)) return value;
    return { kind: 'object', entries: [entry(discriminator.property, scalar(mapped)), ...value.entries] };
  }

  /** The type an object type (named, or an intersection of objects) declares for property `key`, or null. */
  private propertyType(type: TypeRef, key: string, expanding: string[]): TypeRef | null {
    switch (type.kind) {
      case 'object':
        return type.properties.find((p) => p.key === key)?.type ?? null;
      case 'ref':
        if (expanding.includes(type.schemaId)) return null;
        return this.propertyType(this.schema(type.schemaId).type, key, [...expanding, type.schemaId]);
      case 'intersection':
        for (const part of type.parts) {
          const found = this.propertyType(part, key, expanding);
          if (found !== null) return found;
        }
        return null;
      default:
        return null;
    }
  }

  /** `write()`, or null when it finds no value (the values it counted stay spent). */
  private attempt<T>(write: () => T): T | null {
    try {
      return write();
    } catch (error) {
      if (error instanceof NoExample) return null;
      throw error;
    }
  }

  private readonly schemaOf = (schemaId: string): NamedSchema => this.schema(schemaId);

  private schema(schemaId: string): NamedSchema {
    const schema = this.schemas.get(schemaId);
    if (!schema) throw new Error(`generator bug: unknown schema ${schemaId}`);
    return schema;
  }

  /** An object literal with the required properties. */
  /** An object of the required `properties` (and `extra`, an optional one, when given). */
  private object(properties: Property[], b: Build, extra: Property | null = null): ExampleValue {
    return {
      kind: 'object',
      entries: properties
        .filter((p) => p.required || p === extra)
        .map((p) => entry(p.key, this.build(p.type, b, p.docs.example ?? p.docs.default, p.key))),
    };
  }

  /** The object type `type` is, through references, or null. */
  private objectTypeOf(type: TypeRef): ObjectType | null {
    const seen: string[] = [];
    let current = type;
    while (current.kind === 'ref' && !seen.includes(current.schemaId)) {
      seen.push(current.schemaId);
      current = this.schema(current.schemaId).type;
    }
    return current.kind === 'object' ? current : null;
  }

  /** A value of the object type `type` is (see objectTypeOf) with its required properties and `extra`. */
  private objectWith(type: TypeRef, extra: Property, b: Build): ExampleValue {
    if (type.kind !== 'ref') return this.object(this.objectTypeOf(type)!.properties, b, extra);
    const schema = this.schema(type.schemaId);
    if (b.expanding.includes(schema.id)) return this.unbuildable(b, `${schema.name} requires a value of itself`, '{}');
    b.expanding.push(schema.id);
    try {
      return this.objectWith(schema.type, extra, b);
    } finally {
      b.expanding.pop();
    }
  }

  /**
   * A value of every part at once. Object parts (named or not, nested intersections included) are merged into one
   * object: a property in several parts gets a value of all its types; `unknown` parts add nothing. Otherwise
   * the parts must be one kind of value (`string & 'a'`); `string & number` has none. A union part is tried one
   * variant at a time: `(A | B) & C` is `A & C`, else `B & C`.
   */
  private intersection(parts: TypeRef[], b: Build): ExampleValue {
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
        for (const variant of nullLast(variants)) {
          const value = this.attempt(() =>
            this.intersection(
              flat.map((t, i) => (i === union ? variant : t)),
              b,
            ),
          );
          if (value !== null) return value;
        }
        return this.unbuildable(b, 'no variant of a union meets the other parts of an intersection', '{}');
      }
      const objects = flat.filter((t): t is ObjectType => t.kind === 'object');
      const others = flat.filter((t) => t.kind !== 'object');
      if (objects.length > 0 && others.length === 0) return this.mergedObject(objects, b);
      if (flat.length === 0) return emptyObject();
      if (objects.length === 0 && others.length === 1) return this.build(others[0], b);
      const kinds = new Set([...others.map(valueKind), ...(objects.length > 0 ? ['object'] : [])]);
      if (kinds.size > 1) {
        if (b.strict) throw new NoExample(`no value is ${[...kinds].join(' and ')} at once`);
        return this.build(others[0], b);
      }
      // One kind: the most specific part (a literal or enum over a plain string, an integer over a number).
      const specific =
        others.find((t) => t.kind === 'literal' || t.kind === 'enum') ??
        others.find((t) => t.kind === 'integer') ??
        others[0];
      return this.build(specific, b);
    } finally {
      // The schemas the parts referred to are expanded until here.
      b.expanding.length = depth;
    }
  }

  /** One object literal satisfying every object part. */
  private mergedObject(objects: ObjectType[], b: Build): ExampleValue {
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
    const entries: ObjectEntry[] = [];
    for (const [key, merged] of byKey) {
      if (!merged.required) continue;
      const type: TypeRef = merged.types.length === 1 ? merged.types[0] : { kind: 'intersection', parts: merged.types };
      entries.push(entry(key, this.build(type, b, merged.types.length === 1 ? merged.example : null, key)));
    }
    return { kind: 'object', entries };
  }

  /** The spec's JSON example as a value, when it is one of the type (else null: a value is built instead). */
  private fromExample(type: TypeRef, example: string): ExampleValue | null {
    if (example.length > MAX_EXAMPLE_JSON) return null;
    let value: unknown;
    try {
      value = JSON.parse(example);
    } catch {
      return null;
    }
    return this.jsonValue(type, value, []);
  }

  /**
   * `value` written as a literal of `type`, or null when it is not one. Checked the way TypeScript checks an object
   * literal: every required property present, no property the type does not declare (or its additional
   * properties allow), every value of its property's type. Intersections are not matched (their parts' excess
   * property checks interact): a value is built for them instead.
   */
  private jsonValue(type: TypeRef, value: unknown, expanding: string[]): ExampleValue | null {
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
        const items = value.map((v) => this.jsonValue(type.items, v, expanding));
        return items.every((i): i is ExampleValue => i !== null) ? { kind: 'array', items } : null;
      }
      case 'object': {
        if (value === null || typeof value !== 'object' || Array.isArray(value) || type.propertyNames !== null)
          return null;
        const record = value as Record<string, unknown>;
        if (type.properties.some((p) => p.required && !(p.key in record))) return null;
        const entries: ObjectEntry[] = [];
        for (const [key, v] of Object.entries(record)) {
          const declared = type.properties.find((p) => p.key === key);
          const propertyType = declared?.type ?? type.additional;
          if (!propertyType) return null;
          const written = this.jsonValue(propertyType, v, expanding);
          if (written === null) return null;
          entries.push(entry(key, written));
        }
        return { kind: 'object', entries };
      }
      case 'union':
        for (const variant of type.variants) {
          const written = this.jsonValue(variant, value, expanding);
          if (written !== null) return written;
        }
        return null;
      case 'ref': {
        if (expanding.includes(type.schemaId)) return null;
        return this.jsonValue(this.schema(type.schemaId).type, value, [...expanding, type.schemaId]);
      }
      default:
        return null;
    }
  }
}

/**
 * Of the values built in `order` (`build(candidate)`, one candidate at a time), the first that no other choice takes
 * too (`takenByAnother`), else the first built. A value that is not all JSON (a file, a placeholder) cannot be
 * checked: taken as it is when it comes first, passed over after. A build that finds no value (NoExample) is passed over; when none is built, the
 * first such failure is thrown. Null when `build` gives null (nothing to write) or `order` is empty.
 */
function ownValue<C>(
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
function* smallestThenOneMore<E>(
  order: number[],
  extrasOf: (choice: number) => readonly E[],
): Generator<{ choice: number; extra: E | null }> {
  for (const choice of order) yield { choice, extra: null };
  for (const choice of order) for (const extra of extrasOf(choice)) yield { choice, extra };
}

/** Any JSON value as a literal (for `unknown` types). */
function anyJson(value: unknown): ExampleValue | null {
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
    return { kind: 'object', entries };
  }
  return null;
}

function nullLast(variants: TypeRef[]): TypeRef[] {
  return [...variants.filter((v) => v.kind !== 'null'), ...variants.filter((v) => v.kind === 'null')];
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

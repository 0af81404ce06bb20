/**
 * Values of a type, printed as TypeScript source (example-value.ts) for the examples of docs and generated tests
 * (examples.ts, which writes calls of them): the spec's example where it is one of the type, else one built from the
 * type, as strictly as `Build` asks.
 */
import type { NamedSchema, ObjectType, Property, TypeRef } from '../../ir/types';
import { accepts } from './example-accepts';
import { partsOrder, requiredFirst } from '../parts-order';
import { exampleOfFormat, FORMAT_VALUES, literalOfPattern, numberWithin, valueMatching } from '../scalar-values';
import {
  exampleItems,
  exampleVariant,
  fieldOwnExample,
  givenNull,
  objectOwnExample,
  stainlessNumber,
  unionOwnExample,
  withOwnExampleKeys,
  withoutUnionExample,
} from '../example-choices';
import type { PatternBudget } from '../spec-pattern';
import { formsOfEra } from '../../stainless/era';
import {
  anyJson,
  jsonValue,
  NoExample,
  nullLast,
  ownValue,
  sameType,
  smallestThenOneMore,
  valueKind,
} from './example-types';
import { objectThrough, variantFor } from './example-types';
import {
  code,
  emptyObject,
  entry,
  mapEntry,
  jsonOf,
  scalar,
  type ExampleValue,
  type ObjectEntry,
} from './example-value';
import {
  fitsLengths,
  FILE_VALUES,
  isRecord,
  isUnknown,
  MAX_DEEP_VALUES,
  MAX_EXAMPLE_JSON,
  MAX_VALUES,
  nullable,
  parseJson,
  STAINLESS_EMAIL,
  stainlessUpload,
  type Build,
  type TestForms,
} from './example-build-state';

/** Builds values of the types of one API's schemas. */
export class ValueBuilder {
  private readonly schemas: Map<string, NamedSchema>;
  /** What the spec's patterns have cost this generation (spec-pattern.ts); a test may give them a shorter limit. */
  protected readonly patterns: PatternBudget = { timedOut: 0 };
  /** How deep the value being written is in a value's own example (build): an enum there keeps it (merged). */
  private ownExamples = 0;
  /** The objects an intersection's parts make (merged): their properties are in Stainless's order already. */
  private readonly partsObjects = new WeakSet<ObjectType>();

  /** `forms`: the SDK's era's forms of the endpoint tests (the newest by default). */
  constructor(
    schemas: NamedSchema[],
    protected readonly forms: TestForms = formsOfEra(null),
  ) {
    this.schemas = new Map(schemas.map((s) => [s.id, s]));
  }

  /**
   * `example` (a value from the spec's example of the request body) as a value of `type`, as Stainless's tests write
   * it: an object's properties in the type's order, each from the example where it has it (the required ones only,
   * unless `b.deep`), else built; every item of an array; an `unknown` as `'bar'` (an object as it is given: below); a scalar the type does not take,
   * built.
   */
  protected merged(type: TypeRef, example: unknown, b: Build, name: string | null): ExampleValue {
    if (++b.count > MAX_VALUES) return this.unbuildable(b, 'the smallest valid value is too large to write out', '{}');
    const record = isRecord(example) ? example : null;
    switch (type.kind) {
      case 'ref': {
        const schema = this.schema(type.schemaId);
        if (b.expanding.includes(schema.id)) return this.build(type, b, null, name);
        b.expanding.push(schema.id);
        try {
          return this.merged(schema.type, this.withOwnExample(schema.type, schema.docs.example, example, b), b, name);
        } finally {
          b.expanding.pop();
        }
      }
      case 'object': {
        if (record === null || type.propertyNames !== null) break;
        // (A component schema written out takes the keys it is not given from its own example, as a named one.)
        const values = type.inlinedFrom
          ? (this.withOwnExample(type, type.docs.example, record, b) as Record<string, unknown>)
          : record;
        const entries: ObjectEntry[] = [];
        for (const p of this.partsObjects.has(type) ? type.properties : requiredFirst(type.properties)) {
          const given = Object.hasOwn(values, p.key);
          if (given && (p.required || b.deep))
            entries.push(entry(p.key, this.mergedField(p.type, values[p.key], b, p.key, p.docs.example)));
          else if (p.required) entries.push(entry(p.key, this.build(p.type, b, p.docs.example, p.key)));
          else if (b.deep && b.count < MAX_DEEP_VALUES) {
            const value = this.attempt(() => this.build(p.type, b, p.docs.example, p.key));
            if (value !== null) entries.push(entry(p.key, value));
          }
        }
        const additional = type.additional;
        if (additional)
          for (const [key, value] of Object.entries(values))
            if (!type.properties.some((p) => p.key === key))
              entries.push(
                mapEntry(key, isUnknown(additional) ? scalar('bar') : this.merged(additional, value, b, key)),
              );
        return { kind: 'object', entries };
      }
      case 'array':
        // (An empty one is built, an item in it, as Stainless's tests write it: example-choices.ts.)
        if (!Array.isArray(example) || (b.stainless && exampleItems(example) === null)) break;
        return { kind: 'array', items: example.map((item) => this.merged(type.items, item, b, null)) };
      case 'intersection': {
        // Objects all (an `allOf` of them): one object of their properties, in the order Stainless writes them.
        const objects = record === null ? null : this.objectParts(type.parts, []);
        if (objects === null) break;
        const properties = [...partsOrder(objects).values()];
        const object: ObjectType = {
          kind: 'object',
          properties,
          additional: null,
          propertyNames: null,
          declareAs: null,
          docs: {},
        };
        this.partsObjects.add(object);
        return this.merged(object, record, b, name);
      }
      case 'union': {
        let index = exampleVariant(type.variants, example, this.schemaOf);
        // One no variant takes goes into the one Stainless writes it as (grid's US_ACCOUNT `accountInfo`: BRL's).
        let given = example;
        if (index < 0 && b.stainless && record !== null) {
          index = variantFor(this.schemaOf, type.variants, record);
          // (Without the keys that variant does not declare: another variant's.)
          const declared = index < 0 ? [] : objectThrough(this.schemaOf, type.variants[index])!.properties;
          given = Object.fromEntries(Object.entries(record).filter(([k]) => declared.some((p) => p.key === k)));
        }
        // (Built as if nothing gave it a value: its own example is what no variant took.)
        if (index < 0) return this.build(withoutUnionExample(type), b, null, name);
        return this.withDiscriminator(this.merged(type.variants[index], given, b, null), type, index, true);
      }
      case 'unknown':
      case 'any': {
        // A value of no known shape given as an object is that object, as it is (tolstoy's `headers: {
        // 'Content-Type': 'application/json', … }`, its steps' `config`); a map's values are `'bar'` however given
        // (knock-mgmt's `payload: { body: 'bar', headers: 'bar' }`), as is one given as anything else.
        const written = b.stainless && record !== null ? anyJson(record) : null;
        return written ?? scalar('bar');
      }
      default: {
        // (An enum given a value by an example around it, the request body's, is its first value instead in
        // Stainless's tests of before the era's change: luma's `aspect_ratio: '1:1'` where the body's example says
        // '16:9'. What its own example gives it stays: embed-node's 2024 `order: 'desc'`, `auth_schemes: ['oauth2']`.)
        if (b.stainless && type.kind === 'enum' && !this.forms.enumExamples && this.ownExamples === 0) break;
        // (Stainless writes a string example however long: papr's 207-character `query`; but not one its schema's
        // lengths refuse, which a mock server refuses too: conductor's `shipmentOrigin`, longer than its maxLength.)
        if (b.stainless && type.kind === 'string' && typeof example === 'string') {
          if (fitsLengths(type, example) && exampleOfFormat(type.format, example)) return scalar(example);
        } else {
          const written = jsonValue(this.schemaOf, type, example, []);
          if (written !== null) return written;
        }
      }
    }
    return this.build(type, b, null, name);
  }

  /**
   * A field's value from the one an example gives it. Given null where null is one of its union's `oneOf`/`anyOf`
   * members (`nullMember`), Stainless's tests write a value instead: from the field's own example when that is not
   * null (isaacus's chunking `size: 512`), else the union's first variant that can be written (knock's `actor:
   * 'string'`); a `nullable` field given null stays null (knock's `ending_at`).
   */
  protected mergedField(
    type: TypeRef,
    given: unknown,
    b: Build,
    name: string | null,
    ownExample: string | null | undefined,
  ): ExampleValue {
    if (given !== null || !b.stainless || type.kind !== 'union') return this.merged(type, given, b, name);
    // (Null, or a value built: the choice is example-choices.ts's, both targets'.)
    const choice = givenNull(type, ownExample, this.forms.examplesAsGiven, (id) => this.schemas.get(id));
    if (choice.kind === 'null') return this.merged(type, given, b, name);
    if (choice.kind === 'model' && !b.expanding.includes(choice.schemaId)) {
      b.expanding.push(choice.schemaId);
      try {
        const modelType = withoutUnionExample(this.schema(choice.schemaId).type);
        const value = this.attempt(() => this.build(modelType, b, null, name));
        if (value !== null) return value;
      } finally {
        b.expanding.pop();
      }
    }
    return this.build(type, b, choice.kind === 'built' ? choice.example : null, name);
  }

  /**
   * An object given for a named schema, with the keys it lacks from the schema's own example (in a Stainless-style
   * argument, from the era's change on: example-choices.ts, both targets'). (Stainless's generations of before it
   * build the keys no example given gives: papr-ts's of 2025-07.)
   */
  private withOwnExample(type: TypeRef, example: string | null | undefined, given: unknown, b: Build): unknown {
    if (!b.stainless || !this.forms.ownExampleKeys) return given;
    return withOwnExampleKeys(type, example, given, (id) => this.schemas.get(id));
  }

  /** The example a param's value is built from where the body's example does not give it (example-choices.ts). */
  protected ownExample(p: Pick<Property, 'type' | 'docs'>, b: Build): string | null | undefined {
    return b.stainless ? fieldOwnExample(p.type, p.docs.example, this.forms.examplesAsGiven) : p.docs.example;
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
  protected build(type: TypeRef, b: Build, example: string | null = null, name: string | null = null): ExampleValue {
    if (++b.count > MAX_VALUES) return this.unbuildable(b, 'the smallest valid value is too large to write out', '{}');
    // An object's own example is what Stainless takes its values from (papr's `users: [{ external_id: 'user123' }]`,
    // CreateUserRequest's example, a component written out: example-choices.ts).
    if (example === null && b.stainless) example = objectOwnExample(type) ?? example;
    // So is a union's own example, where nothing nearer gives one (knock-mgmt's `actor`: example-choices.ts).
    if (example === null && b.stainless) example = unionOwnExample(type, this.forms.examplesAsGiven) ?? example;
    if (example !== null && b.stainless) {
      const parsed = parseJson(example);
      if (parsed !== undefined) {
        // (What a value's own example gives it, however deep, counts as its own: see merged's enums.)
        this.ownExamples++;
        try {
          return this.mergedField(type, parsed, b, name, null);
        } finally {
          this.ownExamples--;
        }
      }
    } else if (example !== null) {
      const fromSpec = this.fromExample(type, example);
      if (fromSpec !== null) return fromSpec;
    }
    switch (type.kind) {
      case 'string': {
        // A format or a pattern first (a server checks them), when its value is of an allowed length.
        const min = type.constraints?.minLength ?? 0;
        const max = type.constraints?.maxLength ?? Infinity;
        const fits = (value: string) => value.length >= min && value.length <= max;
        // Stainless's tests write an email as Stainless's own address.
        if (b.stainless && type.format === 'email' && fits(STAINLESS_EMAIL)) return scalar(STAINLESS_EMAIL);
        const byFormat = FORMAT_VALUES[type.format ?? ''];
        if (byFormat && fits(byFormat)) return scalar(byFormat);
        const pattern = type.constraints?.pattern;
        // (Stainless's tests give a pattern that is a literal alone, `^conn_`, as that literal: `'conn_'`.)
        const literal = pattern === undefined || !b.stainless ? null : literalOfPattern(pattern);
        if (literal !== null && fits(literal)) return scalar(literal);
        if (pattern !== undefined) {
          const matching = valueMatching(pattern, name, this.patterns, { min, max });
          if (matching !== null) return scalar(matching);
        }
        // Stainless's tests write a string of a least length as that many x's, else its name when it fits (`'string'`
        // in an era before names: stainless/era.ts).
        if (b.stainless && pattern === undefined && !byFormat) {
          if (min > 0) return scalar('x'.repeat(min));
          if (!this.forms.namedStrings && fits('string')) return scalar('string');
          if (name !== null && name.length > 0 && fits(name)) return scalar(name);
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
      case 'integer': {
        // Stainless's examples and tests write a number's minimum where it has one (phoebe's `lat: -90`), else its
        // maximum (onebusaway's `maxCount: 1000`).
        const integer = type.kind === 'integer';
        return scalar(
          b.stainless ? stainlessNumber(type.constraints, integer) : numberWithin(type.constraints, integer),
        );
      }
      case 'boolean':
        return scalar(true);
      case 'null':
        return scalar(null);
      // A value of no known shape is an empty object, which a server checking `type: object` takes (a string is
      // refused); a map of them is `{ foo: 'bar' }` all the same (above).
      case 'unknown':
      case 'any':
        return emptyObject();
      case 'literal':
        return scalar(type.value);
      case 'enum':
        return scalar(type.values[0]);
      case 'array': {
        // One item when one can be written; an empty array is valid too (the IR has no minItems). (Stainless's tests
        // of an era before one-item arrays repeat it: `['string', 'string', 'string']`, stainless/era.ts.)
        const item = this.attempt(() => this.build(type.items, b, null, b.stainless ? null : name));
        const times = b.stainless ? this.forms.arrayItems : 1;
        return { kind: 'array', items: item ? Array.from({ length: times }, () => item) : [] };
      }
      case 'tuple':
        return { kind: 'array', items: type.items.map((t) => this.build(t, b)) };
      case 'object':
        if (b.stainless && type.properties.length === 0 && type.additional && type.propertyNames === null) {
          return {
            kind: 'object',
            entries: [entry('foo', isUnknown(type.additional) ? scalar('bar') : this.build(type.additional, b))],
          };
        }
        return this.object(type.properties, b);
      case 'union': {
        // The first variant that can be written, null last; but not a value another variant takes too, when a later
        // variant's is its own: a `oneOf` accepts a value that exactly one variant accepts (a server or mock
        // checking the request refuses the others), and one only a variant's required properties make often
        // fits its siblings. When every variant's is another's too (objects of optional properties: `{}`), an
        // object variant's value with one optional property more can be its own (a closed object's).
        const order = type.variants.map((_, i) => i);
        order.sort((i, j) => Number(type.variants[i].kind === 'null') - Number(type.variants[j].kind === 'null'));
        // (With every optional property too, Stainless's tests take the first variant, not an object one: knock's
        // `chat: true` of `boolean | PreferenceSetChannelTypeSetting`, llama-stack's `query: 'string'`.)
        const value = ownValue(
          smallestThenOneMore(order, (variant) =>
            (this.objectTypeOf(type.variants[variant])?.properties ?? []).filter((p) => !p.required),
          ),
          ({ choice, extra }) => {
            const built =
              extra === null
                ? this.build(type.variants[choice], b, null, b.stainless && !nullable(type) ? null : name)
                : this.objectWith(type.variants[choice], extra, b);
            return this.withDiscriminator(built, type, choice, b.stainless);
          },
          (_candidate, built) => jsonOf(built),
          ({ choice }, json) => type.variants.some((other, i) => i !== choice && accepts(other, json, this.schemaOf)),
        );
        return value ?? this.unbuildable(b, 'a union without variants has no values', 'null');
      }
      case 'intersection':
        return this.intersection(type.parts, b);
      case 'file':
        // (Stainless's tests upload `Buffer.from(…)`: the harness gives `Buffer` where Node's types are not loaded.)
        return code(b.stainless && b.files === 'bytes' ? stainlessUpload(this.forms.uploadText) : FILE_VALUES[b.files]);
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
    stainless = false,
  ): ExampleValue {
    const discriminator = union.discriminator;
    if (discriminator === null || value.kind !== 'object') return value;
    if (value.entries.some((e) => e.name === discriminator.property)) return value;
    const mapped = discriminator.mapping.find((m) => m.variant === variantIndex)?.value;
    const declared = this.propertyType(union.variants[variantIndex], discriminator.property, []);
    if (mapped === undefined || declared === null || !accepts(declared, mapped, this.schemaOf)) return value;
    const added = entry(discriminator.property, scalar(mapped));
    // Stainless's tests write it where the variant declares it: after the required properties.
    return { kind: 'object', entries: stainless ? [...value.entries, added] : [added, ...value.entries] };
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
  protected attempt<T>(write: () => T): T | null {
    try {
      return write();
    } catch (error) {
      if (error instanceof NoExample) return null;
      throw error;
    }
  }

  protected readonly schemaOf = (schemaId: string): NamedSchema => this.schema(schemaId);

  protected schema(schemaId: string): NamedSchema {
    const schema = this.schemas.get(schemaId);
    if (!schema) throw new Error(`generator bug: unknown schema ${schemaId}`);
    return schema;
  }

  /** An object of the required `properties` (and `extra`, an optional one, when given; every one when `b.deep`). */
  private object(properties: Property[], b: Build, extra: Property | null = null): ExampleValue {
    const entries: ObjectEntry[] = [];
    for (const p of b.stainless ? requiredFirst(properties) : properties) {
      const example = b.stainless ? p.docs.example : (p.docs.example ?? p.docs.default);
      if (p.required || p === extra) entries.push(entry(p.key, this.build(p.type, b, example, p.key)));
      else if (b.deep && b.count < MAX_DEEP_VALUES) {
        const counted = b.count;
        const value = this.attempt(() => this.build(p.type, b, example, p.key));
        if (value === null) b.count = counted;
        else entries.push(entry(p.key, value));
      }
    }
    return { kind: 'object', entries };
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

  /** The object types an intersection's parts are, references resolved; null where one is not an object. */
  private objectParts(parts: readonly TypeRef[], expanding: readonly string[]): ObjectType[] | null {
    const objects: ObjectType[] = [];
    for (const part of parts) {
      if (part.kind === 'object') objects.push(part);
      else if (part.kind === 'ref' && !expanding.includes(part.schemaId)) {
        const inner = this.objectParts([this.schema(part.schemaId).type], [...expanding, part.schemaId]);
        if (inner === null) return null;
        objects.push(...inner);
      } else if (part.kind === 'intersection') {
        const inner = this.objectParts(part.parts, expanding);
        if (inner === null) return null;
        objects.push(...inner);
      } else return null;
    }
    return objects;
  }

  /** One object literal satisfying every object part. */
  private mergedObject(objects: ObjectType[], b: Build): ExampleValue {
    const byKey = new Map<string, { required: boolean; types: TypeRef[]; example: string | null }>();
    for (const object of objects) {
      for (const p of object.properties) {
        const entry = byKey.get(p.key) ?? { required: false, types: [], example: null };
        entry.required ||= p.required;
        if (!entry.types.some((t) => sameType(t, p.type))) entry.types.push(p.type);
        entry.example ??= (b.stainless ? p.docs.example : (p.docs.example ?? p.docs.default)) ?? null;
        byKey.set(p.key, entry);
      }
    }
    const entries: ObjectEntry[] = [];
    const keys = b.stainless ? [...partsOrder(objects).keys()] : [...byKey.keys()];
    for (const key of keys) {
      const merged = byKey.get(key)!;
      if (!merged.required && !(b.deep && b.count < MAX_DEEP_VALUES)) continue;
      const type: TypeRef = merged.types.length === 1 ? merged.types[0] : { kind: 'intersection', parts: merged.types };
      const write = () => this.build(type, b, merged.types.length === 1 ? merged.example : null, key);
      const counted = b.count;
      const value = merged.required ? write() : this.attempt(write);
      if (value === null) b.count = counted;
      else entries.push(entry(key, value));
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
    return jsonValue(this.schemaOf, type, value, []);
  }
}

/**
 * The values of the generated tests' (and the README programs') arguments, from the params' types: the spec's
 * examples where they fit, else values Stainless's tests use (a string says its name, a date is 2019-12-27, …).
 */
import type { NamedSchema, ObjectType, Param, Property, StringConstraints, TypeRef } from '../../../ir/types';
import { sampleOfPattern } from '../../pattern-sample';
import { exampleOfFormat, FORMAT_VALUES, valueMatching } from '../../scalar-values';
import {
  bodyExampleValue,
  exampleItems,
  exampleVariant,
  fieldOwnExample,
  givenNull,
  objectOwnExample,
  stainlessNumber,
  stainlessParamExample,
  unionOwnExample,
  withOwnExampleKeys,
  withoutUnionExample,
} from '../../example-choices';
import { firstMatching, type PatternBudget } from '../../spec-pattern';
import { acceptsJson } from '../../json-accepts';
import { pyParamKey } from '../../../naming/python';
import type { PyMethod, PyParam } from '../types/model';
import { alonePositional } from './method-facts';
import { partsOrder, requiredFirst } from '../../parts-order';
import { pyCode, pyDict, pyList, type PyValue } from '../types/py-literal';
import { givenValue } from '../resources/given-values';

/** At most this many values in one argument; past it, optional properties are left out. */
const MAX_VALUES = 400;

/** The most scalars a nested param's value may hold for the README to show it whole (Stainless's programs do so). */
const README_WHOLE_SCALARS = 2;

const DATE = 'parse_date("2019-12-27")';
const DATE_TIME = 'parse_datetime("2019-12-27T18:11:19.117Z")';
const FILE_CONTENTS = 'b"raw file contents"';
const STAINLESS_EMAIL = 'dev@stainless.com';
/** Values of the network formats a mock server validates (a field's name is no address): documentation addresses. */
const NETWORK_FORMATS: Record<string, string> = {
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  hostname: 'example.com',
};
/**
 * The value of a required field no finite value satisfies (`TreeNode.parent`, a `TreeNode` again): the call stays
 * well-typed and complete; the server may still refuse it (`cast` and `Any` are imported by every test module).
 */
const UNTYPED_EMPTY = pyCode('cast(Any, {})');
/**
 * A value of no known shape (`{}`, or an object that says nothing of its members): an empty object, as Stainless's
 * tests write it, which a server checking `type: object` takes (a string is refused).
 */
const unknownValue = (): PyValue => pyDict([]);
const isUnknown = (type: TypeRef) => type.kind === 'unknown' || type.kind === 'any';

/** Values of params and their types as Stainless's tests write them. */
export class ExampleValues {
  private readonly schemas: Map<string, NamedSchema>;
  usedDate = false;
  usedDateTime = false;
  private count = 0;
  /** What the spec's patterns have cost this generation (spec-pattern.ts). */
  private readonly patterns: PatternBudget = { timedOut: 0 };
  /** Whether a required property no finite value satisfies is written `UNTYPED_EMPTY` (else: unwritable). */
  private lenient = false;
  /** Whether a call with every param writes only the keys an example gives (and the required ones): the README's. */
  private exampleKeysOnly = false;
  /** Whether the value is JSON the API sends (eventValue): keys as on the wire, read-only properties too. */
  private wire = false;

  /**
   * `asGiven`: the SDK's era takes the spec's examples as given (example-choices.ts; the form `examplesAsGiven` of
   * stainless/python-era.ts). `pathOwnExample`: a positional path param takes its parameter object's own example
   * (the form `pathParamOwnExample`). `ownExampleKeys`: an object an example gives for a named schema takes the keys
   * it lacks from the schema's own example (the form `ownExampleKeys`). `enumExamples`: an enum takes the spec's
   * example of it, else its first value (the form `enumExamples`). `arrayItems`: how many items an array built with
   * no example holds (the form `arrayItems`). `namedStrings`: a string with no example says its name, else `"string"`
   * (the form `namedStrings`). Default: the newest forms.
   */
  constructor(
    schemas: NamedSchema[],
    private readonly asGiven = true,
    private readonly pathOwnExample = true,
    private readonly ownExampleKeys = true,
    private readonly enumExamples = true,
    private readonly arrayItems = 1,
    private readonly namedStrings = true,
  ) {
    this.schemas = new Map(schemas.map((s) => [s.id, s]));
  }

  /** A path param's value, of its type: the spec's example, else a plain string says its wire name. */
  pathValue(method: PyMethod, param: PyParam): PyValue {
    const ir = irParam(method, param);
    // Before its era's change, Stainless's Python tests read the example of a path param passed positionally from its
    // schema alone (knock's `"message_id"`); one passed by keyword took its parameter's (`message_id="1jNa…"`).
    const schemaOnly = ir?.exampleOnParameter && !this.pathOwnExample && alonePositional(method);
    const given = schemaOnly ? undefined : ir?.docs.example;
    const example = parseExample(given);
    if (param.type.kind === 'string' && !param.type.format) {
      if (typeof example === 'string') return example;
      // As Stainless's, a path param says its name; unless its length is out of the schema's bounds or it fails
      // the schema's pattern (a mock server checks both). One of a least length is that many x's, as in its
      // TypeScript tests (vaif's `linked_accounts.delete("x")`, of `minLength: 1`): built below.
      const { minLength = 0, maxLength = Infinity, pattern } = param.type.constraints ?? {};
      const named = pattern === undefined || firstMatching(pattern, [param.wireName], this.patterns) !== null;
      if (named && minLength === 0 && param.wireName.length <= maxLength) {
        // (In an era before names, `"string"`, as a body's string: embed-python's `client.proxy.delete("string", …)`.)
        if (!this.namedStrings && pattern === undefined && 'string'.length <= maxLength) return 'string';
        return param.wireName;
      }
    }
    this.count = 0;
    this.lenient = true;
    try {
      const value = this.build(param.type, param.wireName, false, [], given);
      // An object whose properties are all optional would be `{}`, an empty segment: its properties are written.
      const empty = typeof value === 'object' && value !== null && value.kind === 'dict' && value.entries.length === 0;
      return empty ? ((this.count = 0), this.build(param.type, param.wireName, true, [], given)) : value;
    } catch (error) {
      if (error instanceof Unwritable) return UNTYPED_EMPTY;
      throw error;
    }
  }

  /**
   * The value of `param` in a call with every param (`all`) or the required ones (None where the spec's example gives
   * it as null); undefined when none can be written. `variant`: the index of the body's object the call sends, where
   * the body is one of several (an overload).
   */
  param(method: PyMethod, param: PyParam, all: boolean, variant: number | null = null): PyValue | undefined {
    const ir = irParam(method, param, variant);
    const media = mediaTypeHeaderValue(param, ir);
    if (media !== null) return media;
    // Like Stainless's, an example written on a query parameter itself is not used, its schema's is; a header's is
    // (example-choices.ts, both targets').
    const own = ir ? stainlessParamExample(ir) : undefined;
    const fromBody = bodyExampleValue(
      method.ir,
      { in: param.in, wireName: ir?.wireName ?? param.wireName },
      own,
      this.asGiven,
    );
    const example = fieldOwnExample(param.type, own, this.asGiven) ?? undefined;
    // A required param is written whole: where no finite value is found, again with `UNTYPED_EMPTY` at the cycles.
    for (const lenient of param.required ? [false, true] : [false]) {
      this.count = 0;
      this.lenient = lenient;
      try {
        if (fromBody) return this.mergedField(param.type, fromBody.value, param.wireName, all, [], own);
        const given = this.exampleKeysOnly ? all && this.exampled(param.type, example) : all;
        return this.build(param.type, param.wireName, given, [], example);
      } catch (error) {
        if (!(error instanceof Unwritable)) throw error;
      }
    }
    return param.required ? UNTYPED_EMPTY : undefined;
  }

  /**
   * `param` (of nested objects) as the README's program on nested params writes it, as Stainless's do: where the spec
   * gives the param an example (its own, the request body's, or its type's as the tests take it: `exampled`), the
   * example's keys with the object's required ones;
   * else the value with every key where it holds at most `README_WHOLE_SCALARS` scalars (`{"id": 1, "name": "Dogs"}`),
   * else the object's required keys alone (`{"id": "id"}`, or `{}` where every key is optional).
   */
  readmeNested(method: PyMethod, param: PyParam): PyValue | undefined {
    this.exampleKeysOnly = true;
    let shown: PyValue | undefined;
    try {
      shown = this.param(method, param, true);
    } finally {
      this.exampleKeysOnly = false;
    }
    const ir = irParam(method, param);
    const own = ir?.docs.example;
    const key = { in: param.in, wireName: ir?.wireName ?? param.wireName };
    const exampled = this.exampled(param.type, fieldOwnExample(param.type, own, this.asGiven) ?? undefined);
    if (exampled || bodyExampleValue(method.ir, key, own, this.asGiven) !== null) return shown;
    const whole = this.param(method, param, true);
    return whole !== undefined && scalarsIn(whole) <= README_WHOLE_SCALARS ? whole : shown;
  }

  /**
   * Whether a value of `type` is built from an example: the field's own (`example`), else, as `build` takes them, a
   * union's or an object's own, or a named schema's (through a nullable union): imagekit's upload `transformation`,
   * from `TransformationObject`'s, in its README as in its tests.
   */
  private exampled(type: TypeRef, example: string | undefined, seen: string[] = []): boolean {
    if (parseExample(example) !== undefined) return true;
    if (parseExample(unionOwnExample(type, this.asGiven) ?? objectOwnExample(type) ?? undefined) !== undefined)
      return true;
    if (type.kind === 'union') {
      const variants = type.variants.filter((v) => v.kind !== 'null');
      return variants.length === 1 && this.exampled(variants[0], undefined, seen);
    }
    const schema = type.kind === 'ref' && !seen.includes(type.schemaId) ? this.schemas.get(type.schemaId) : undefined;
    return schema !== undefined && this.exampled(schema.type, schema.docs.example, [...seen, schema.id]);
  }

  /**
   * `example` (a value from the spec: a field's, a schema's, the request body's) as a value of `type`, as Stainless's
   * tests write it: an object's properties in the type's order, each from the example where it has it (the required
   * ones only, unless `deep`), else built; every item of an array; a union's as the variant that takes it; a scalar
   * the type takes as it is; anything else built as if there were no example.
   */
  private merged(type: TypeRef, example: unknown, name: string | null, deep: boolean, expanding: string[]): PyValue {
    if (++this.count > MAX_VALUES * 4) throw new Unwritable();
    switch (type.kind) {
      case 'ref': {
        const schema = this.schemas.get(type.schemaId);
        if (!schema || expanding.includes(schema.id)) break;
        const filled = this.withOwnKeys(schema.type, schema.docs.example, example);
        return this.merged(schema.type, filled, name, deep, [...expanding, schema.id]);
      }
      case 'object': {
        // (A component written out takes the keys it is not given from its own example, as a named one.)
        const given = type.inlinedFrom ? this.withOwnKeys(type, type.docs.example, example) : example;
        if (!isRecord(given)) break;
        // (An object that says nothing of its members, `{type: object}`, Stainless's `object`: the example whole, as
        // sam's `"properties": {"location": {"description": …}}` and retell's `"metadata": {"customer_id": …}`. A map,
        // `additionalProperties: true`, writes the example's keys valued `"bar"` below, as knock's `data`.)
        if (type.unsaidMembers && type.properties.length === 0) return givenValue(given, null, this.schemas);
        const entries: Array<[string, PyValue]> = [];
        const ordered = requiredFirst(type.properties);
        for (const p of ordered) {
          if (p.readOnly && !this.wire) continue;
          const has = Object.hasOwn(given, p.key);
          if (has && (p.required || deep))
            entries.push([
              this.keyOf(p.key),
              this.mergedField(p.type, given[p.key], p.key, deep, expanding, p.docs.example),
            ]);
          else if (p.required) entries.push([this.keyOf(p.key), this.required(p, deep, expanding)]);
          else if (deep && !this.exampleKeysOnly && this.count < MAX_VALUES) {
            try {
              entries.push([this.keyOf(p.key), this.build(p.type, p.key, deep, expanding, p.docs.example)]);
            } catch (error) {
              if (!(error instanceof Unwritable)) throw error;
            }
          }
        }
        // (The example's keys that are no property: a map's entries. An object of declared properties that takes
        // others writes its declared ones alone, as Stainless's tests do (knock's `objects=[{"id": "project_1"}]`,
        // sam's `input_schema` without its example's `required`): its TypedDict takes no other key for pyright. The
        // JSON of an event (`wire`) keeps them.)
        if (type.additional && (type.properties.length === 0 || (this.wire && deep)))
          for (const [key, value] of Object.entries(given))
            if (!type.properties.some((p) => p.key === key))
              entries.push([
                key,
                isUnknown(type.additional) ? 'bar' : this.merged(type.additional, value, key, deep, expanding),
              ]);
        return pyDict(entries);
      }
      case 'array': {
        // (An empty one is built, an item in it: example-choices.ts.)
        const items = exampleItems(example);
        if (items === null) break;
        return pyList(items.map((item) => this.merged(type.items, item, null, deep, expanding)));
      }
      case 'union': {
        const schemaOf = (id: string) => this.schemas.get(id);
        const index = exampleVariant(type.variants, example, schemaOf);
        if (index < 0) break;
        const variant = type.variants[index];
        const keepName = type.variants.filter((v) => v.kind !== 'null').length === 1 ? name : null;
        return this.withDiscriminator(type, variant, this.merged(variant, example, keepName, deep, expanding));
      }
      case 'unknown':
      case 'any':
        // (Stainless's `object`: an object example whole, as for `{type: object}` above.)
        return isRecord(example) ? givenValue(example, null, this.schemas) : unknownValue();
      default: {
        const scalar = this.scalarOf(type, example);
        if (scalar !== undefined) return scalar;
      }
    }
    // (Built without the type's own example too: it is what did not fit.)
    return this.build(type, name, deep, expanding, undefined, false);
  }

  /** `given` with the keys it lacks from `type`'s own example, from the era's change on (example-choices.ts). */
  private withOwnKeys(type: TypeRef, ownExample: string | undefined, given: unknown): unknown {
    if (!this.ownExampleKeys) return given;
    return withOwnExampleKeys(type, ownExample, given, (id) => this.schemas.get(id));
  }

  /** A scalar example as a value of the scalar `type` where the type takes it (a date as `parse_date(…)`). */
  private scalarOf(type: TypeRef, example: unknown): PyValue | undefined {
    switch (type.kind) {
      case 'string':
        if (typeof example !== 'string' || !acceptsJson(type, example, () => undefined)) return undefined;
        if (!exampleOfFormat(type.format, example)) return undefined;
        if (type.format === 'date') {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(example)) return undefined;
          return ((this.usedDate = true), pyCode(`parse_date(${JSON.stringify(example)})`));
        }
        if (type.format === 'date-time') {
          if (!ISO_DATE_TIME.test(example)) return undefined;
          return ((this.usedDateTime = true), pyCode(`parse_datetime(${JSON.stringify(example)})`));
        }
        return example;
      case 'enum':
        if (!this.enumExamples) return undefined;
        return acceptsJson(type, example, () => undefined) ? (example as PyValue) : undefined;
      case 'integer':
      case 'number':
      case 'boolean':
      case 'null':
      case 'literal':
        return acceptsJson(type, example, () => undefined) ? (example as PyValue) : undefined;
      default:
        return undefined;
    }
  }

  private build(
    type: TypeRef,
    name: string | null,
    deep: boolean,
    expanding: string[],
    example?: string,
    ownExamples = true,
  ): PyValue {
    // The spec's example, where it is one of the type, is the value (its gaps filled); a union's or an object's own
    // where nothing nearer gives one (example-choices.ts).
    let parsed = parseExample(example);
    if (parsed === undefined && ownExamples)
      parsed = parseExample(unionOwnExample(type, this.asGiven) ?? objectOwnExample(type) ?? undefined);
    if (parsed !== undefined) return this.mergedField(type, parsed, name, deep, expanding, undefined);
    if (++this.count > MAX_VALUES * 4) throw new Unwritable();
    switch (type.kind) {
      case 'string': {
        if (type.format === 'date') return ((this.usedDate = true), pyCode(DATE));
        if (type.format === 'date-time') return ((this.usedDateTime = true), pyCode(DATE_TIME));
        // A mock server validates formats: a field's name is no URI.
        if (type.format === 'uri' || type.format === 'url') return 'https://example.com';
        if (type.format === 'uuid') return '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e';
        if (type.format === 'time') return FORMAT_VALUES.time;
        const address = NETWORK_FORMATS[type.format ?? ''];
        if (address !== undefined) return address;
        const min = type.constraints?.minLength ?? 0;
        const max = type.constraints?.maxLength ?? Infinity;
        // Of a least length and a pattern, a value meeting the pattern (the name where it does) before x's, as in the
        // TypeScript tests (agentex's schedule `name="name"`, of `minLength: 1` and `^[a-z0-9][a-z0-9-]*[a-z0-9]$`).
        const pattern = type.constraints?.pattern;
        if (pattern !== undefined && min > 0 && type.format !== 'email') {
          const matching = valueMatching(pattern, name, this.patterns, { min, max });
          if (matching !== null) return matching;
        }
        // Stainless's tests write an email as its own address (a field's name is no email), when the length allows.
        const fitsEmail = STAINLESS_EMAIL.length >= min && STAINLESS_EMAIL.length <= max;
        const plain =
          type.format === 'email' && fitsEmail
            ? STAINLESS_EMAIL
            : min > 0
              ? 'x'.repeat(min)
              : ((this.namedStrings ? name : null) ?? 'string');
        // A name longer than the schema allows is cut to its maximum (a mock server checks it).
        const bounded = plain.slice(0, Math.max(min, max));
        return this.meetingPattern(type.constraints, bounded, name);
      }
      case 'integer':
      case 'number': {
        // Stainless's tests write a bounded number as its bound (an `int`'s rounded into the range: example-choices.ts).
        return stainlessNumber(type.constraints, type.kind === 'integer');
      }
      case 'boolean':
        return true;
      case 'null':
        return null;
      case 'unknown':
      case 'any':
        return unknownValue();
      case 'literal':
        return type.value;
      case 'enum':
        return type.values[0] ?? null;
      case 'file':
        return pyCode(FILE_CONTENTS);
      case 'array': {
        try {
          const item = this.build(type.items, null, deep, expanding);
          return pyList(Array.from({ length: this.arrayItems }, () => item));
        } catch (error) {
          if (error instanceof Unwritable) return pyList([]);
          throw error;
        }
      }
      case 'tuple':
        return pyList(type.items.map((t) => this.build(t, null, deep, expanding)));
      case 'object':
        return this.object(type.properties, type.additional, deep, expanding);
      case 'intersection': {
        // As the annotation (print-types.ts): a class of the parts' properties when every part is an object, else
        // the first part's type.
        if (!type.parts.every((part) => part.kind === 'object' || this.isClassRef(part)))
          return this.build(type.parts[0], name, deep, expanding, example);
        const objects = type.parts.flatMap((part) => this.objectTypeOf(part) ?? []);
        return this.object([...partsOrder(objects).values()], null, deep, expanding, { ordered: true });
      }
      case 'union': {
        const variants = type.variants.filter((v) => v.kind !== 'null');
        if (variants.length === 0) return null;
        // A nullable value keeps its name; a real union's string says `string`, as Stainless's do.
        const keepName = variants.length === 1 ? name : null;
        // The first that can be written, with every optional property too, as TypeScript's (knock's `"chat": True` of
        // `bool | PreferenceSetChannelTypeSetting`), not an object one.
        for (const variant of variants) {
          try {
            return this.withDiscriminator(type, variant, this.build(variant, keepName, deep, expanding));
          } catch (error) {
            if (!(error instanceof Unwritable)) throw error;
          }
        }
        throw new Unwritable();
      }
      case 'ref': {
        const schema = this.schemas.get(type.schemaId);
        if (!schema || expanding.includes(schema.id)) throw new Unwritable();
        return this.build(schema.type, name, deep, [...expanding, schema.id], schema.docs.example);
      }
    }
  }

  /**
   * `plain` when the schema's `pattern` accepts it (or there is none); else a value it accepts within the length
   * bounds (a mock server checks both): a short candidate (the name, `string`, …), else one built from the pattern;
   * `plain` again when none is found.
   */
  private meetingPattern(constraints: StringConstraints | undefined, plain: string, name: string | null): string {
    const pattern = constraints?.pattern;
    if (pattern === undefined || firstMatching(pattern, [plain], this.patterns) !== null) return plain;
    const { minLength = 0, maxLength = Infinity } = constraints ?? {};
    const fits = (value: string | null): value is string =>
      value !== null && value.length >= minLength && value.length <= maxLength;
    // (Of the lengths allowed: a run of one character where no word is, `111111111` of `^[0-9]*$`, as TypeScript's.)
    const short = valueMatching(pattern, name, this.patterns, { min: minLength, max: maxLength });
    if (fits(short)) return short;
    const built = sampleOfPattern(pattern, this.patterns);
    return fits(built) ? built : plain;
  }

  /** A discriminated union's object value says which variant it is: its discriminator, after what is required. */
  private withDiscriminator(union: Extract<TypeRef, { kind: 'union' }>, variant: TypeRef, value: PyValue): PyValue {
    const discriminator = union.discriminator;
    if (!discriminator || typeof value !== 'object' || value === null || value.kind !== 'dict') return value;
    const key = this.keyOf(discriminator.property);
    if (value.entries.some(([entry]) => entry === key)) return value;
    const index = union.variants.indexOf(variant);
    const mapped = discriminator.mapping.find((m) => m.variant === index)?.value;
    if (mapped === undefined || !this.objectOf(variant)?.some((p) => p.key === discriminator.property)) return value;
    return pyDict([...value.entries, [key, mapped]]);
  }

  /**
   * Whether a value of `type` may hold a property left out of a call with what is required: an optional property of an
   * object within it (through refs, unions, intersections and required properties; not in an array's items nor a map's
   * values). Stainless writes a method's `with_all_params` test for such a param even where every param is required
   * (imagekit's `custom_metadata_fields.create`, whose `schema` has optional fields; knock's `set_channel_data`, whose
   * `data` is a union of objects some with optional fields), not for a list of such objects (knock's
   * `users.bulk.identify`, `users=[{"id": "user_1"}]`; honcho's `messages.batch`).
   */
  holdsOptional(type: TypeRef, seen = new Set<string>()): boolean {
    switch (type.kind) {
      case 'object':
        return type.properties.some((p) => !p.readOnly && (!p.required || this.holdsOptional(p.type, seen)));
      case 'ref': {
        // (Each named schema looked into once a question: what it reaches is the same from anywhere.)
        if (seen.has(type.schemaId)) return false;
        seen.add(type.schemaId);
        const schema = this.schemas.get(type.schemaId);
        return schema !== undefined && this.holdsOptional(schema.type, seen);
      }
      case 'union':
        return type.variants.some((t) => this.holdsOptional(t, seen));
      case 'intersection':
        return type.parts.some((t) => this.holdsOptional(t, seen));
      default:
        return false;
    }
  }

  /**
   * A value of `type` as the API sends it, every optional property too, keys as on the wire: the event a webhook
   * unwrap's test signs (webhook-tests.ts); undefined where none can be written.
   */
  eventValue(type: TypeRef): PyValue | undefined {
    this.count = 0;
    this.lenient = false;
    this.wire = true;
    try {
      return this.build(type, null, true, []);
    } catch (error) {
      if (error instanceof Unwritable) return undefined;
      throw error;
    } finally {
      this.wire = false;
      this.usedDate = this.usedDateTime = false;
    }
  }

  private keyOf(wireKey: string): string {
    return this.wire ? wireKey : pyParamKey(wireKey);
  }

  /** A ref to a named object with properties: a class the annotation may take as a base. */
  private isClassRef(type: TypeRef): boolean {
    if (type.kind !== 'ref') return false;
    const target = this.schemas.get(type.schemaId)?.type;
    return target?.kind === 'object' && target.properties.length > 0;
  }

  private objectOf(type: TypeRef): Property[] | null {
    return this.objectTypeOf(type)?.properties ?? null;
  }

  private objectTypeOf(type: TypeRef, seen: string[] = []): ObjectType | null {
    if (type.kind === 'object') return type;
    if (type.kind === 'ref' && !seen.includes(type.schemaId)) {
      const schema = this.schemas.get(type.schemaId);
      return schema ? this.objectTypeOf(schema.type, [...seen, type.schemaId]) : null;
    }
    return null;
  }

  /** The object's value; its required properties first unless `ordered` says the properties are in their order. */
  private object(
    properties: Property[],
    additional: TypeRef | null,
    deep: boolean,
    expanding: string[],
    { ordered = false } = {},
  ): PyValue {
    if (properties.length === 0 && additional) {
      // A map's value of no known shape is a string, as Stainless's `{"foo": "bar"}`.
      const value = isUnknown(additional) ? 'bar' : this.build(additional, null, deep, expanding);
      return pyDict([['foo', value]]);
    }
    const entries: Array<[string, PyValue]> = [];
    for (const p of ordered ? properties : requiredFirst(properties)) {
      if (p.readOnly && !this.wire) continue;
      if (p.required) entries.push([this.keyOf(p.key), this.required(p, deep, expanding)]);
      else if (deep && !this.exampleKeysOnly && this.count < MAX_VALUES) {
        try {
          entries.push([this.keyOf(p.key), this.build(p.type, p.key, deep, expanding, p.docs.example)]);
        } catch (error) {
          if (!(error instanceof Unwritable)) throw error;
        }
      }
    }
    return pyDict(entries);
  }

  /**
   * A field's value from the one an example gives it: given null, null or a value built, as example-choices.ts's
   * `givenNull` decides (both targets').
   */
  private mergedField(
    type: TypeRef,
    given: unknown,
    name: string | null,
    deep: boolean,
    expanding: string[],
    own: string | undefined,
  ): PyValue {
    if (given !== null || type.kind !== 'union') return this.merged(type, given, name, deep, expanding);
    const choice = givenNull(type, own, this.asGiven, (id) => this.schemas.get(id));
    if (choice.kind === 'null') return this.merged(type, given, name, deep, expanding);
    if (choice.kind === 'model' && !expanding.includes(choice.schemaId)) {
      const schema = this.schemas.get(choice.schemaId);
      if (schema) {
        try {
          return this.build(withoutUnionExample(schema.type), name, deep, [...expanding, schema.id]);
        } catch (error) {
          if (!(error instanceof Unwritable)) throw error;
        }
      }
    }
    return this.build(type, name, deep, expanding, choice.kind === 'built' ? (choice.example ?? undefined) : undefined);
  }

  /** A required property's value; where none can be written (a cycle back to its own type), `UNTYPED_EMPTY`. */
  private required(property: Property, deep: boolean, expanding: string[]): PyValue {
    try {
      return this.build(property.type, property.key, deep, expanding, property.docs.example);
    } catch (error) {
      if (error instanceof Unwritable && this.lenient) return UNTYPED_EMPTY;
      throw error;
    }
  }
}

class Unwritable extends Error {}

/** How many scalars (strings, numbers, code…) a value holds, in its lists and dicts. */
function scalarsIn(value: PyValue): number {
  if (typeof value !== 'object' || value === null || value.kind === 'code') return 1;
  const parts = value.kind === 'list' ? value.items : value.entries.map(([, entry]) => entry);
  return parts.reduce<number>((n, part) => n + scalarsIn(part), 0);
}

function parseExample(example: string | undefined): unknown {
  if (example === undefined || example.length > 600) return undefined;
  try {
    return JSON.parse(example) as unknown;
  } catch {
    return undefined;
  }
}

/** Headers whose value is a media type: a server parses it (Prism exits on one it cannot). */
const MEDIA_TYPE_HEADERS = new Set(['accept', 'content-type']);
const MEDIA_TYPE = /^[\w.+*-]+\/[\w.+*-]+(\s*;.*)?$/;

/**
 * A string header param that names a media type (`Accept`, `Content-Type`): its schema's example or default when
 * that is a media type, else one any server takes; null for every other param (its name is its value).
 */
function mediaTypeHeaderValue(param: PyParam, ir: Param | undefined): string | null {
  const header = param.wireName.toLowerCase();
  if (param.in !== 'header' || !MEDIA_TYPE_HEADERS.has(header) || param.type.kind !== 'string') return null;
  for (const given of [ir?.docs.example, ir?.docs.default]) {
    const value = parseExample(given);
    if (typeof value === 'string' && MEDIA_TYPE.test(value)) return value;
  }
  return header === 'accept' ? '*/*' : 'application/json';
}

/**
 * The IR's param behind a Python one (its docs hold the spec's example): of the body's `variant`th object where the
 * body is one of several, else of the method's fields.
 */
function irParam(method: PyMethod, param: PyParam, variant: number | null = null): Param | undefined {
  const own = variant === null ? undefined : method.ir.params?.variants?.[variant]?.fields;
  const all = [...method.ir.positional, ...(own ?? []), ...(method.ir.params?.fields ?? [])];
  return all.find((p) => p.wireName === param.wireName && p.in === param.in);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A date-time `parse_datetime` reads (RFC 3339, as a spec's examples write one). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

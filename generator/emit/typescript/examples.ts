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
import type { Method, Param, TypeRef } from '../../ir/types';
import { collidingParamKey } from '../../naming/rules';
import { accepts, bodyJson, bodyObjectType } from './example-accepts';
import { jsonValue, NoExample, ownValue, smallestThenOneMore } from './example-types';
import { ValueBuilder } from './example-build';
import type { Build, FileStyle } from './example-build-state';
import { requiredFirst } from '../parts-order';
import { bodyExampleValue, stainlessParamExample } from '../example-choices';
import {
  entry,
  flatText,
  jsonOf,
  NOT_JSON,
  stainlessText,
  scalar,
  type ExampleValue,
  type ObjectEntry,
} from './example-value';

export type { FileStyle } from './example-build-state';

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
  /** The values Stainless's examples have (an SDK from a Stainless config's `@example`s), as its tests' (testCallArgs). */
  stainless?: boolean;
}

export class Examples extends ValueBuilder {
  /** The arguments of a call with only what is required, for docs, on one line: `'id', { qualifiedName: 'qualifiedName' }`. */
  callArgs(method: Method, options: CallOptions = {}): string {
    return this.callValues(method, options).map(flatText).join(', ');
  }

  /** Each method's call with the default options: the class's docs, the function's and the reference page print it. */
  private readonly defaultCalls = new WeakMap<Method, ExampleValue[]>();

  /** The arguments of a call for docs, as values (for `printCall`). Files are streams unless `files` says otherwise. */
  callValues(
    method: Method,
    { all = false, withFile = false, files = 'stream', given, givenBody, stainless = false }: CallOptions = {},
  ): ExampleValue[] {
    const byDefault =
      !all && !withFile && files === 'stream' && given === undefined && givenBody === undefined && !stainless;
    const known = byDefault ? this.defaultCalls.get(method) : undefined;
    if (known) return [...known];
    const values = this.args(
      method,
      { all, withFile, given, givenBody },
      { strict: false, files, expanding: [], count: 0, stainless },
    );
    if (byDefault) this.defaultCalls.set(method, [...values]);
    return values;
  }

  /**
   * The arguments of a call for a generated test, or why none that type-checks can be written (one line of
   * plain text naming the parameter).
   */
  testCallArgs(method: Method, { all = false, stainless = false } = {}): { args: string } | { skipReason: string } {
    const b: Build = { strict: true, files: 'bytes', expanding: [], count: 0, stainless, deep: stainless && all };
    try {
      return {
        args: this.args(method, { all, withFile: false }, b)
          .map((value) => (stainless ? stainlessText(value, this.forms.brokenObjects) : flatText(value)))
          .join(', '),
      };
    } catch (error) {
      if (error instanceof NoExample) return { skipReason: error.message };
      throw error;
    }
  }

  /**
   * The JSON text of the event a webhook unwrap's test signs and unwraps, as Stainless's tests write it: a value of the
   * first of the events' union, every optional property too, the spec's examples where they fit (imagekit's
   * `{"id":"id","type":"video.transformation.accepted",…}`); null where none can be written as JSON.
   */
  webhookPayload(event: TypeRef): string | null {
    const b: Build = { strict: true, files: 'bytes', expanding: [], count: 0, stainless: true, deep: true };
    let type = event;
    for (let seen = 0; type.kind === 'ref' && seen < 8; seen++) type = this.schema(type.schemaId).type;
    const first = type.kind === 'union' ? type.variants.find((v) => v.kind !== 'null') : event;
    const value = first === undefined ? null : this.attempt(() => this.build(first, b));
    const json = value === null ? NOT_JSON : jsonOf(value);
    return json === NOT_JSON ? null : JSON.stringify(json);
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
      if (name === null) return null;
      return jsonValue(this.schemaOf, p.type, values![name], [], p.in === 'body' && givenBody !== undefined);
    };
    // A method that streams when asked is called without streaming, as Stainless's tests call it: `stream: false`.
    const streamParam = method.streamWhen?.param;
    // Stainless's tests write a body field the spec's example of the body has from that example, its gaps filled.
    const exampled = (p: Param): ExampleValue | null => {
      // (Whether the body's example gives it, before its own: example-choices.ts, both targets'.)
      const given = bodyExampleValue(method, p, p.docs.example, this.forms.examplesAsGiven);
      if (given === null) return null;
      return this.attempt(() => this.mergedField(p.type, given.value, { ...b, count: 0 }, p.key, p.docs.example));
    };
    const value = (p: Param): ExampleValue =>
      // (A value chosen for the call, the docs' whole example of the body, before the tests' merged one.)
      chosen(p) ??
      (b.stainless ? exampled(p) : null) ??
      (p.key === streamParam ? { kind: 'code', text: 'false', json: false } : this.paramValue(p, { ...b, count: 0 }));
    // Stainless's tests give a param the spec requires that a client option fills in as a required one (their client
    // sets no such option): turbopuffer's `deleteAll({ namespace: 'namespace' })`, stainless-api's `list({ project })`.
    // A body of sdkgen's own that must take one of several sets of fields has the first set's too, and not the other
    // sets' where it may take only one (ir/method-tests.ts `testFieldSetOf`): else the mock server answers 422.
    const fieldSet = (f: Param, of: 'required' | 'leftOut') =>
      f.in === 'body' && (method.testFieldSet?.[of].includes(f.wireName) ?? false);
    const required = (f: Param) =>
      f.required || fieldSet(f, 'required') || (b.stainless === true && b.strict && f.requiredBySpec === true);
    // Stainless's tests leave out an optional param no value of which can be written.
    const values = (fields: Param[]): ObjectEntry[] =>
      (b.stainless
        ? requiredFirst(fields.map((f) => ({ f, required: required(f) }))).map(({ f }) => f)
        : fields
      ).flatMap((f) => {
        const v = b.stainless && !required(f) ? this.attempt(() => value(f)) : value(f);
        return v === null ? [] : [entry(f.key, v)];
      });
    const args: ExampleValue[] = method.positional.map(value);
    const params = method.params;
    if (params) {
      const objectOf = (variantFields: Param[], extra: Param | null = null): ExampleValue | null => {
        const fileField =
          withFile && !all ? variantFields.find((f) => !f.required && this.takesFile(f.type)) : undefined;
        const fields = variantFields.filter(
          (f) =>
            (all || required(f) || f === fileField || f === extra || chosen(f) !== null) && !fieldSet(f, 'leftOut'),
        );
        if (fields.length > 0) return { kind: 'object', entries: values(fields) };
        // (Params of no fields, all asked for: `{}`, as Stainless's tests pass them before the request options.)
        return params.required || (all && variantFields.length === 0) ? { kind: 'object', entries: [] } : null;
      };
      // (Stainless's `@example`s and tests call a method whose params are one of several objects with the first:
      // knock-mgmt's `guides.activate('guide_key', { environment: 'development', status: true })`.)
      const object = !params.variants
        ? objectOf(params.fields)
        : b.stainless
          ? objectOf(params.variants[0].fields)
          : this.oneVariantParams(params.variants, objectOf, all);
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
      // Stainless's tests take a query parameter's example from its schema only; a header's from the parameter too
      // (example-choices.ts, both targets').
      const example = !b.stainless
        ? (p.docs.example ?? p.docs.default)
        : this.ownExample({ type: p.type, docs: { ...p.docs, example: stainlessParamExample(p) } }, b);
      // (So does a param prefixed with where it goes, `body_id`: `'id'`, as Stainless's tests and Python's give it.)
      if (p.in === 'path' || p.key === collidingParamKey(p.wireName, p.in))
        return this.build(p.type, b, example, p.wireName);
      return this.build(p.type, b, example, p.key);
    } catch (error) {
      if (error instanceof NoExample)
        throw new NoExample(`no value of parameter ${JSON.stringify(p.key)} type-checks: ${error.message}`);
      throw error;
    }
  }
}

/**
 * Do the generated validators (`validation: true`) agree with a reference JSON Schema validator (Ajv 2020) on a
 * spec's schemas? For every component schema the SDK declares as a model (request variants aside: they leave out
 * readOnly properties, which the spec's schema does not), valid instances (the spec's examples, and two built from
 * the model: required properties only, and every property) and invalid ones mutated from them (a required property
 * removed, a property of the wrong type, the whole value of the wrong type, an unknown property, an enum value the
 * spec does not list, null for an optional property, a discriminator value the spec does not list) get a verdict
 * from both.
 *
 * The keywords compared: type, properties, required, additionalProperties, items / prefixItems, enum, const,
 * anyOf, oneOf (checked as anyOf: a value two variants take passes ours), allOf, nullable (3.0) and null in
 * types. Not checked by the validators, so stripped from Ajv's copy: formats, patterns, bounds (min/max of lengths,
 * values, items, properties), multipleOf, uniqueItems, propertyNames, patternProperties, not, if/then/else,
 * dependencies, contains.
 *
 * Readings of the SDK's, which its types make and so its validators too, are applied to Ajv's copy:
 * - a schema with properties (or additionalProperties) and no type is an object, one with items and no type an array;
 * - `type: null` beside a union, and `nullable` beside a `$ref`, make it nullable;
 * - a writeOnly property is no property of the model, nor required (the models compared are response shapes).
 *
 * Ours is compared in its strict mode (`conforms`: nothing forgiven), which must match Ajv; the forgiving verdict
 * (`'~standard'.validate`) is recorded beside it, for the deliberate disagreements.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import yaml from 'js-yaml';
import { generate } from '../../generator/generate';
import type { Api, NamedSchema, TypeRef } from '../../generator/ir/types';
import { schemaModule } from '../../generator/emit/typescript/plan-schemas';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface LoadedValidator {
  '~standard': { validate(value: unknown): { issues?: unknown[] } };
}
interface SchemaRuntime {
  conforms(schema: LoadedValidator, value: unknown): boolean;
}

export type MutationKind =
  | 'valid'
  | 'drop-required'
  | 'wrong-type'
  | 'root-wrong-type'
  | 'unknown-property'
  | 'additional-value'
  | 'unknown-enum'
  | 'null-optional'
  | 'unknown-tag';

export interface Verdict {
  schema: string;
  kind: MutationKind;
  /** Where the mutation is (JSON pointer). */
  at: string;
  ajv: boolean;
  /** Ours, nothing forgiven. */
  strict: boolean;
  /** Ours, as `'~standard'.validate` answers. */
  forgiving: boolean;
  /** Where Ajv and ours (strict) differ: Ajv's first error and the value, to read. */
  detail?: string;
}

export interface SpecAgreement {
  spec: string;
  schemas: number;
  verdicts: Verdict[];
  /** Schemas Ajv could not compile (a $ref outside the components…), left out. */
  skipped: string[];
}

/** Generates `spec`'s validators (with `validation: true`) into `dir`: the runtime and every `src/schemas/` module. */
export async function writeValidators(spec: string, dir: string): Promise<{ api: Api; modules: string[] }> {
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'sdkgen.config.yaml');
  writeFileSync(config, 'validation: true\n');
  const { api, files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
  const sources = files.filter((f) => f.path === 'src/core/schema.ts' || f.path.startsWith('src/schemas/'));
  for (const file of sources) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.contents);
  }
  return { api, modules: sources.filter((f) => f.path.startsWith('src/schemas/')).map((f) => f.path) };
}

/**
 * The validator modules written by writeValidators, bundled into one ES module in `dir` and imported: module i of
 * `modules` as `m<i>`, and with `runtime` the SDK's schema runtime as `runtime`.
 */
export async function importValidators<V>(
  dir: string,
  modules: string[],
  { runtime = false }: { runtime?: boolean } = {},
): Promise<Record<string, Record<string, V>>> {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    (runtime ? `export * as runtime from './src/core/schema.ts';\n` : '') +
      modules.map((m, i) => `export * as m${i} from './${m}';`).join('\n'),
  );
  const out = path.join(dir, 'validators.mjs');
  buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(out).href)) as Record<string, Record<string, V>>;
}

/** Generates the SDK's validators for `spec` into `dir`, loads them, and compares them with Ajv. */
export async function agreement(
  spec: string,
  dir: string,
  { maxSchemas = Infinity }: { maxSchemas?: number } = {},
): Promise<SpecAgreement> {
  const { api, modules } = await writeValidators(spec, dir);
  const loaded = await importValidators<LoadedValidator>(dir, modules, { runtime: true });
  const runtime = loaded.runtime as unknown as SchemaRuntime;
  const validatorOf = (s: NamedSchema) =>
    loaded[`m${modules.indexOf(`src/${schemaModule(s.module)}.ts`)}`]?.[s.name] ?? null;

  const doc = readDocument(spec);
  const { ajv, pointerBase } = referenceValidator(doc);
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  const result: SpecAgreement = { spec: path.basename(spec), schemas: 0, verdicts: [], skipped: [] };
  const models = api.schemas.filter(
    (s) => !s.requestVariantOf && s.source.pointer.startsWith(pointerBase) && s.source.pointer.split('/').length === 4,
  );
  for (const model of models.slice(0, maxSchemas)) {
    const validator = validatorOf(model);
    if (!validator) continue;
    let reference: ((value: unknown) => boolean) | null = null;
    let explain: () => string = () => '';
    try {
      const check = ajv.compile({ $ref: `spec${model.source.pointer}` });
      reference = (value) => check(value) as boolean;
      explain = () => JSON.stringify(check.errors?.[0] ?? null);
    } catch {
      result.skipped.push(model.name);
      continue;
    }
    result.schemas++;
    const raw = pointerGet(doc, model.source.pointer) as Record<string, Json> | undefined;
    const valid: Json[] = [];
    if (raw && 'example' in raw) valid.push(raw.example);
    if (raw && Array.isArray(raw.examples)) valid.push(...raw.examples);
    valid.push(instanceOf(model.type, schemas, false, 0), instanceOf(model.type, schemas, true, 0));
    const judge = (value: unknown, kind: MutationKind, at: string) => {
      const verdict: Verdict = {
        schema: model.name,
        kind,
        at,
        ajv: reference!(value),
        strict: runtime.conforms(validator, value),
        forgiving: !validator['~standard'].validate(value).issues,
      };
      if (verdict.ajv !== verdict.strict) {
        reference!(value);
        verdict.detail = `${explain()} value: ${JSON.stringify(value).slice(0, 300)}`;
      }
      result.verdicts.push(verdict);
    };
    for (const value of valid) {
      judge(value, 'valid', '');
      // Mutants only of what both take: a mutant of a value Ajv refuses says nothing more.
      if (!reference(value)) continue;
      for (const mutant of mutants(value, model.type, schemas)) judge(mutant.value, mutant.kind, mutant.at);
      // A discriminator's value the spec does not list (a variant the server added): forgiven.
      const tag = discriminatorProperty(raw);
      if (tag !== null && typeof value === 'object' && value !== null && !Array.isArray(value) && tag in value)
        judge({ ...value, [tag]: 'zz-unknown-tag' }, 'unknown-tag', `/${tag}`);
    }
  }
  return result;
}

/** The spec as JSON (YAML read too). */
function readDocument(spec: string): Record<string, Json> {
  const text = readFileSync(spec, 'utf8');
  return (spec.endsWith('.json') ? JSON.parse(text) : yaml.load(text)) as Record<string, Json>;
}

/** Ajv 2020 over the spec's component schemas, each in 3.1 form and stripped of the keywords not compared. */
function referenceValidator(doc: Record<string, Json>): { ajv: Ajv2020; pointerBase: string } {
  const swagger = typeof doc.swagger === 'string';
  const components = (swagger ? doc.definitions : (doc.components as Record<string, Json> | undefined)?.schemas) as
    | Record<string, Json>
    | undefined;
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(components ?? {})) schemas[name] = referenceSchema(schema, doc);
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  const root = swagger ? { definitions: schemas } : { components: { schemas } };
  ajv.addSchema(root as object, 'spec');
  return { ajv, pointerBase: swagger ? '#/definitions/' : '#/components/schemas/' };
}

const UNCHECKED = [
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'patternProperties',
  'not',
  'if',
  'then',
  'else',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
  'contains',
  'minContains',
  'maxContains',
  'unevaluatedProperties',
  'unevaluatedItems',
  'discriminator',
  'default',
  '$schema',
  '$id',
  'id',
];

/**
 * A schema as Ajv gets it: 3.0's `nullable` as null in its type (or a union with null), oneOf as anyOf. `writeOnly`:
 * the writeOnly properties of the `allOf` it is a part of.
 */
function referenceSchema(schema: Json, doc: Json, writeOnly: ReadonlySet<string> = new Set()): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const inner = (s: Json) => referenceSchema(s, doc);
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (UNCHECKED.includes(key) || key.startsWith('x-')) continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value))
      out.properties = Object.fromEntries(
        Object.entries(value)
          // The models compared are the response shapes, which leave writeOnly properties out.
          .filter(([, s]) => !(s && typeof s === 'object' && (s as Record<string, Json>).writeOnly === true))
          .map(([k, s]) => [k, inner(s)]),
      );
    else if (['items', 'additionalProperties', 'additionalItems'].includes(key))
      out[key] = Array.isArray(value) ? value.map(inner) : inner(value);
    else if (key === 'allOf' && Array.isArray(value)) {
      const parts = writeOnlyKeys(schema, doc, new Set());
      out.allOf = value.map((part) => referenceSchema(part, doc, parts));
    } else if (['anyOf', 'oneOf', 'prefixItems'].includes(key) && Array.isArray(value))
      out[key === 'oneOf' ? 'anyOf' : key] = value.map(inner);
    else if (key === '$ref' && typeof value === 'string') out.$ref = value.startsWith('#') ? `spec${value}` : value;
    else out[key] = value;
  }
  // A writeOnly property, left out of the response shapes, is not required of them either (OpenAPI says so), nor is
  // one another part of the same allOf declares.
  if (Array.isArray(out.required)) {
    const skipped = new Set([...writeOnly, ...writeOnlyKeys(schema, doc, new Set())]);
    out.required = out.required.filter((name) => typeof name !== 'string' || !skipped.has(name));
  }
  // Draft 4's array `items` (a tuple) is 2020's `prefixItems`.
  if (Array.isArray(out.items)) {
    out.prefixItems = out.items;
    if (out.additionalItems !== undefined) out.items = out.additionalItems;
    else delete out.items;
    delete out.additionalItems;
  }
  // Where the SDK reads the spec its own way (its types say so, and the validators check the types):
  // a schema with properties (or additionalProperties) and no type is an object;
  const union = out.allOf !== undefined || out.anyOf !== undefined || out.oneOf !== undefined;
  const objectKeywords = out.properties !== undefined || out.additionalProperties !== undefined;
  if (out.type === undefined && objectKeywords && !union) out.type = 'object';
  // a schema with items and no type is an array;
  if (out.type === undefined && out.items !== undefined && !union) out.type = 'array';
  // `type: null` beside a union is the union or null;
  if (out.type === 'null' && (out.anyOf !== undefined || out.oneOf !== undefined)) {
    delete out.type;
    out.nullable = true;
  }
  const nullable = out.nullable === true || out['x-nullable'] === true;
  delete out.nullable;
  if (!nullable) return out;
  // `nullable` beside a `$ref` (which 3.0 says hides its siblings) makes the referenced schema nullable.
  if (typeof out.$ref === 'string') return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** The properties `schema` and its `allOf` parts (`$ref`s followed in `doc`) declare writeOnly. */
function writeOnlyKeys(schema: Json, doc: Json, seen: Set<Json>): Set<string> {
  const keys = new Set<string>();
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || seen.has(schema)) return keys;
  seen.add(schema);
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#'))
    return writeOnlyKeys(pointerGet(doc, schema.$ref) ?? null, doc, seen);
  const properties = schema.properties;
  if (properties && typeof properties === 'object' && !Array.isArray(properties))
    for (const [key, property] of Object.entries(properties)) {
      const target =
        property && typeof property === 'object' && !Array.isArray(property) && typeof property.$ref === 'string'
          ? pointerGet(doc, property.$ref)
          : property;
      const isWriteOnly = (s: Json | undefined) =>
        !!s && typeof s === 'object' && !Array.isArray(s) && s.writeOnly === true;
      if (isWriteOnly(property) || isWriteOnly(target)) keys.add(key);
    }
  if (Array.isArray(schema.allOf))
    for (const part of schema.allOf) for (const key of writeOnlyKeys(part, doc, seen)) keys.add(key);
  return keys;
}

function pointerGet(doc: Json, pointer: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/** A value of `type`: with `full`, every optional property too (nested as deep as 4 levels). */
export function instanceOf(
  type: TypeRef,
  schemas: ReadonlyMap<string, NamedSchema>,
  full: boolean,
  depth: number,
): Json {
  const inner = (t: TypeRef) => instanceOf(t, schemas, full, depth + 1);
  switch (type.kind) {
    case 'string':
      return 'text';
    case 'number':
      return 1.5;
    case 'integer':
      return 2;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'unknown':
    case 'any':
    case 'file':
      return {};
    case 'literal':
      return type.value;
    case 'enum':
      return type.values[0]!;
    case 'array':
      return depth > 4 ? [] : [inner(type.items)];
    case 'tuple':
      return type.items.map(inner);
    case 'object': {
      const out: Record<string, Json> = {};
      for (const p of type.properties)
        if (p.required || (full && depth <= 4 && p.type.kind !== 'ref')) out[p.key] = inner(p.type);
      return withRequiredKeys(out, type, schemas, inner);
    }
    case 'union': {
      // A variant that is not null, when there is one.
      const variant = type.variants.find((v) => v.kind !== 'null') ?? type.variants[0]!;
      return withRequiredKeys(inner(variant), type, schemas, inner);
    }
    case 'intersection': {
      const parts = type.parts.map(inner);
      if (parts.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p)))
        return withRequiredKeys(Object.assign({}, ...(parts as object[])) as Json, type, schemas, inner);
      return parts[0]!;
    }
    case 'ref': {
      const target = schemas.get(type.schemaId);
      return withRequiredKeys(target && depth <= 6 ? inner(target.type) : {}, type, schemas, inner);
    }
  }
}

/** `value` (an object) with the keys the type requires beyond its properties (RequiredKeys): of each list, the first. */
function withRequiredKeys(
  value: Json,
  type: TypeRef,
  schemas: ReadonlyMap<string, NamedSchema>,
  inner: (t: TypeRef) => Json,
): Json {
  const required = 'requiredKeys' in type ? type.requiredKeys : undefined;
  if (!required || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out = { ...value };
  for (const key of [...required.keys, ...required.alternatives.flatMap((lists) => lists[0] ?? [])])
    if (!(key in out)) {
      const declared = propertyOf(type, key, schemas, new Set());
      out[key] = declared ? inner(declared) : 'text';
    }
  return out;
}

/** The type of the property `key` of an object type (refs, intersections and unions followed), if one declares it. */
function propertyOf(
  type: TypeRef,
  key: string,
  schemas: ReadonlyMap<string, NamedSchema>,
  seen: Set<string>,
): TypeRef | null {
  switch (type.kind) {
    case 'object':
      return type.properties.find((p) => p.key === key)?.type ?? null;
    case 'ref': {
      const target = schemas.get(type.schemaId);
      if (!target || seen.has(type.schemaId)) return null;
      seen.add(type.schemaId);
      return propertyOf(target.type, key, schemas, seen);
    }
    case 'intersection':
    case 'union':
      for (const t of type.kind === 'union' ? type.variants : type.parts) {
        const found = propertyOf(t, key, schemas, seen);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** The object type of a named or inline type, when it is one (refs followed). */
function objectOf(
  type: TypeRef,
  schemas: ReadonlyMap<string, NamedSchema>,
): Extract<TypeRef, { kind: 'object' }> | null {
  if (type.kind === 'ref') {
    const target = schemas.get(type.schemaId);
    return target ? objectOf(target.type, schemas) : null;
  }
  return type.kind === 'object' ? type : null;
}

/** The property a schema's `discriminator` names, when it has one. */
function discriminatorProperty(raw: Record<string, Json> | undefined): string | null {
  const discriminator = raw?.discriminator;
  if (!discriminator || typeof discriminator !== 'object' || Array.isArray(discriminator)) return null;
  return typeof discriminator.propertyName === 'string' ? discriminator.propertyName : null;
}

/** Invalid values made from a valid one, at its root and at each of its properties (objects one level down too). */
function* mutants(
  value: Json,
  type: TypeRef,
  schemas: ReadonlyMap<string, NamedSchema>,
): Generator<{ value: Json; kind: MutationKind; at: string }> {
  yield { value: wrongTypeOf(value), kind: 'root-wrong-type', at: '' };
  const object = objectOf(type, schemas);
  if (!object || typeof value !== 'object' || value === null || Array.isArray(value)) return;
  // An undeclared property: drift, unless the object says what its other properties hold (then 1 may be wrong).
  const kind = object.additional ? 'additional-value' : 'unknown-property';
  yield { value: { ...value, zzUnknownProperty: 1 }, kind, at: '/zzUnknownProperty' };
  for (const p of object.properties) {
    const at = `/${p.key}`;
    if (p.required) {
      const { [p.key]: _dropped, ...rest } = value;
      yield { value: rest, kind: 'drop-required', at };
    }
    if (!(p.key in value)) continue;
    yield { value: { ...value, [p.key]: wrongTypeOf(value[p.key]!) }, kind: 'wrong-type', at };
    if (!p.required) yield { value: { ...value, [p.key]: null }, kind: 'null-optional', at };
    const enumType = p.type.kind === 'enum' ? p.type : null;
    if (enumType && typeof value[p.key] === 'string')
      yield { value: { ...value, [p.key]: 'zz-unlisted-value' }, kind: 'unknown-enum', at };
  }
}

/** A value of another JSON type. */
function wrongTypeOf(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'true';
  if (value === null) return 7;
  return Array.isArray(value) ? 'an array' : ['an object'];
}

/** Verdicts where ours (nothing forgiven) and Ajv differ. */
export function disagreements(result: SpecAgreement): Verdict[] {
  return result.verdicts.filter((v) => v.ajv !== v.strict);
}

export type { Api };

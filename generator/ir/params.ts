/**
 * Part of pass 1 (structure): a method's parameters and request body → its positional arguments and the fields of
 * its params type (query, header, cookie, body fields, other path parameters), each a new `Param` with its TS key,
 * local name and wire name (naming/rules.ts), and the `RequestBody` that says how the body is sent.
 */
import { pointerJoin } from '../diagnostics';
import { camelCase, pascalCase } from '../naming/case';
import { isIdentifierName, isSafeIdentifier, OBJECT_PROTOTYPE_KEYS } from '../naming/reserved';
import { claimLocal, safeParamKey } from '../naming/rules';
import type { SchemaGraph, SchemaNode } from '../normalize/schema';
import { safeResolve } from './shape-types';
import { isConstraintOnly } from './schema-shape';
import { oneUnionOf } from './own-and-variants';
import { docsFrom, sourceOf } from './docs';
import type { BuildContext } from './context';
import { componentName } from './schema-names';
import { isReadOnly } from './direction';
import { pickRequestMediaType, requestEncoding } from './media';
import { bodyObjectProperties, bodyPropertyNames, multipartParts } from './multipart-encoding';
import type { Operation, Parameter } from '../normalize/operations';
import type { Param, ParamStyle, Property, RequestBody, TypeRef } from './types';
import { bracketedArrayField } from './param-wire-names';

/** Serialisation styles OpenAPI defines for query parameters. */
const QUERY_STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/**
 * Whether a cookie parameter of this type can be sent: a value (`isCookieScalar`), or an array or object of values,
 * which OpenAPI's `form` style writes (`id=3,4,5`, `id=role,admin`; exploded, cookies of their own: `id=3; id=4`,
 * `role=admin; name=Al`). Nested arrays and objects have no form.
 */
export function isCookieValue(ctx: BuildContext, type: TypeRef, seen: Set<string>): boolean {
  let resolved: TypeRef | undefined = type;
  if (type.kind === 'ref') {
    if (seen.has(type.schemaId)) return false;
    seen.add(type.schemaId);
    resolved = ctx.types.schemas.get(type.schemaId)?.type;
  }
  if (resolved === undefined) return false;
  const present = resolved.kind === 'union' ? resolved.variants.filter((v) => v.kind !== 'null') : [];
  // A nullable array or object (`null` is left out like undefined).
  if (present.length === 1) return isCookieValue(ctx, present[0], seen);
  if (resolved.kind === 'array') return isCookieScalar(ctx, resolved.items, new Set(seen));
  if (resolved.kind === 'object')
    return (
      resolved.properties.every((prop) => isCookieScalar(ctx, prop.type, new Set(seen))) &&
      (resolved.additional === null || isCookieScalar(ctx, resolved.additional, new Set(seen)))
    );
  return isCookieScalar(ctx, resolved, seen);
}

/**
 * Whether a value of the type is one cookie value: strings, numbers, booleans, their enums and unions (null is left
 * out like undefined).
 */
function isCookieScalar(ctx: BuildContext, type: TypeRef, seen: Set<string>): boolean {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
    case 'literal':
    case 'enum':
      return true;
    case 'union':
      return type.variants.every((v) => isCookieScalar(ctx, v, seen));
    case 'intersection':
      return type.parts.every((part) => isCookieScalar(ctx, part, seen));
    case 'ref': {
      if (seen.has(type.schemaId)) return false;
      seen.add(type.schemaId);
      const named = ctx.types.schemas.get(type.schemaId);
      return named !== undefined && isCookieScalar(ctx, named.type, seen);
    }
    default:
      return false;
  }
}

/** Whether a value of the type is an array or an object (through refs, nullable and all-structured unions). */
function structured(ctx: BuildContext, type: TypeRef, seen: Set<string>): boolean {
  switch (type.kind) {
    case 'array':
    case 'tuple':
    case 'object':
    case 'intersection':
      return true;
    case 'union': {
      const present = type.variants.filter((v) => v.kind !== 'null');
      return present.length > 0 && present.every((v) => structured(ctx, v, seen));
    }
    case 'ref': {
      if (seen.has(type.schemaId)) return false;
      seen.add(type.schemaId);
      const named = ctx.types.schemas.get(type.schemaId);
      return named !== undefined && structured(ctx, named.type, seen);
    }
    default:
      return false;
  }
}

export function paramSchema(_ctx: BuildContext, p: Parameter): SchemaNode | null {
  return p.schema;
}

export function readParam(ctx: BuildContext, p: Parameter, locals: Set<string>, positional: boolean): Param {
  const node = paramSchema(ctx, p);
  let type: TypeRef = node ? ctx.types.type(node, 'request') : { kind: 'string', format: null };
  // A path segment or a cookie value is text: a free-form schema ({}) there is a string.
  if ((p.in === 'path' || p.in === 'cookie') && type.kind === 'unknown') type = { kind: 'string', format: null };
  // `x-stainless-param` / `x-stainless-naming` method_argument, on the parameter or its schema; without a Stainless
  // config, `x-stainless-param-name` too. Stainless does not read that one: its SDKs keep the parameter's name.
  const spelled = p.hints.paramNameSpelling ?? node?.hints.paramNameSpelling ?? null;
  const named = p.hints.propertyName ?? node?.hints.propertyName ?? (ctx.stainless ? null : spelled);
  if (ctx.stainless && spelled !== null && named === null)
    ctx.diags.warn(
      'stainless-hint-ignored',
      p.loc.doc.file,
      p.loc.pointer,
      `x-stainless-param-name ${JSON.stringify(spelled)} on parameter ${JSON.stringify(p.name)} is not an extension Stainless reads: as in Stainless's SDKs, the parameter keeps its name`,
      'to rename it, use x-stainless-param',
    );
  const key = safeParamKey(named ?? p.name);
  let style: ParamStyle | null = null;
  if (p.in === 'query' && (p.style || p.explode !== null)) {
    const s = QUERY_STYLES.has(p.style ?? 'form') ? ((p.style ?? 'form') as ParamStyle['style']) : 'form';
    if (p.style && !QUERY_STYLES.has(p.style)) {
      ctx.diags.warn(
        'unsupported-parameter-style',
        p.loc.doc.file,
        pointerJoin(p.loc.pointer, 'style'),
        `query parameter style ${JSON.stringify(p.style)} is not supported; "form" is used`,
        'use form, spaceDelimited, pipeDelimited or deepObject',
      );
    }
    const explode = p.explode ?? s === 'form';
    if (!(s === 'form' && explode)) style = { style: s, explode };
  } else if (p.in === 'query' && ctx.stainless) style = stainlessQueryStyle(ctx, type);
  else if (p.in === 'path' && (p.style === 'label' || p.style === 'matrix' || (p.style === 'simple' && p.explode)))
    style = { style: p.style, explode: p.explode ?? false };
  // A header has one style (`simple`); `explode` writes an object's members `role=admin,name=Al`.
  else if (p.in === 'header' && p.explode === true && structured(ctx, type, new Set()))
    style = { style: 'simple', explode: true };
  // A cookie has one style (`form`), exploded unless it says not: an array's or object's parts as cookies of their own.
  else if (p.in === 'cookie' && structured(ctx, type, new Set())) style = { style: 'form', explode: p.explode ?? true };
  const local = claimLocal(
    positional
      ? (ctx.stainless?.names.pathArgument(named ?? p.name, ctx.stainless.legacy) ?? camelCase(key)) || 'id'
      : key,
    locals,
  );
  const { description: schemaDescription, example: schemaExample } = ctx.types.docsThroughRef(node);
  const docs = docsFrom({
    description: p.description ?? schemaDescription,
    deprecated: p.hints.deprecationMessage ?? (p.deprecated || (node?.deprecated ?? false)),
    // (With a Stainless config, a `$ref` to an enum component has its example: SchemaDocs.throughRef.)
    example:
      p.example !== undefined
        ? (JSON.stringify(p.example) ?? null)
        : node?.example
          ? (JSON.stringify(node.example.value) ?? null)
          : ctx.stainless && node?.ref != null
            ? (schemaExample ?? null)
            : null,
    default: node?.default ? (JSON.stringify(node.default.value) ?? null) : null,
  });
  const source = sourceOf(p.loc);
  const { name: wireName, required } = p;
  // (The optional key written out in place, not spread: a spread in the middle of an object literal takes V8's slow
  // path, and this runs for each of a spec's parameters.)
  const param: Param =
    ctx.stainless && p.example !== undefined && !node?.example
      ? { key, local, wireName, in: p.in, type, required, style, exampleOnParameter: true, docs, source }
      : { key, local, wireName, in: p.in, type, required, style, docs, source };
  if (schemaDescription) param.schemaDescription = schemaDescription;
  return param;
}

export function readBody(
  ctx: BuildContext,
  op: Operation,
  locals: Set<string>,
  addField: (p: Param) => void,
  bodyParamName: string | null,
  takenKeys: ReadonlySet<string> = new Set(),
): { body: RequestBody | null; variants: BodyVariant[] | null } {
  if (op.requestBody === null) return { body: null, variants: null };
  const raw = op.requestBody.value;
  if (!raw || typeof raw !== 'object') return { body: null, variants: null };
  const rb = raw as {
    content?: Record<string, { schema?: unknown; encoding?: unknown }>;
    required?: unknown;
    description?: unknown;
  };
  const content = rb.content ?? {};
  const mediaType = pickRequestMediaType(Object.keys(content));
  if (!mediaType) return { body: null, variants: null };
  const media = content[mediaType] ?? {};
  const node = op.requestBody.schema(mediaType);
  // A JSON media type with no schema declares no body: Stainless's SDKs take and send none (stainless-api's
  // `branches.delete`, `content: { application/json: {} }`).
  if (ctx.stainless && !node && requestEncoding(mediaType) === 'json') return { body: null, variants: null };
  // A `format: binary` string is octets whatever its media type (`text/plain` first among a file upload's types): a file.
  const encoding =
    requestEncoding(mediaType) === 'text' && node?.format === 'binary' ? 'binary' : requestEncoding(mediaType);
  const required = rb.required === true;
  const source = sourceOf(op.requestBody);
  // A JSON body the operation also takes as a form: Stainless's SDKs send it as one when it holds a file.
  const formToo =
    encoding === 'json' && Object.keys(content).some((t) => t.toLowerCase().startsWith('multipart/form-data'))
      ? { multipartToo: true as const }
      : {};
  // Parts sent their own way (OpenAPI `encoding`): JSON parts, arrays repeating the part's name (multipart-encoding.ts).
  const { jsonParts, repeatParts, partStyles, partContentTypes, reservedParts } = multipartParts(
    ctx,
    encoding,
    media.encoding,
    { file: source.file, pointer: pointerJoin(source.pointer, 'content', mediaType) },
    media.encoding ? bodyPropertyNames(ctx.reader, node) : null,
    media.encoding ? bodyObjectProperties(ctx.reader, node) : new Set(),
  );

  // A JSON body that is one of several objects: the params are one of several objects too (a union of params
  // types, as Stainless declares it), each with that variant's body fields; the first is the params' fields.
  // (A code sample that passes the body whole, `{ body: … }`, is followed: samples show the call shape.)
  const variants =
    node && encoding === 'json' && !bodyParamName
      ? bodyVariantFields(ctx, node, locals, takenKeys, op.sample?.paramKeys ?? [])
      : null;
  // The body when its fields are the params' fields (spread), however they were found.
  const fieldsBody: RequestBody = {
    encoding,
    contentType: mediaType,
    shape: 'fields',
    bodyParam: null,
    required,
    jsonParts,
    ...(repeatParts.length > 0 ? { repeatParts } : {}),
    ...(partStyles ? { partStyles } : {}),
    ...(partContentTypes ? { partContentTypes } : {}),
    ...(reservedParts ? { reservedParts } : {}),
    source,
    ...formToo,
  };
  const named = node ? (ctx.types.namedIdOf(node) ?? nullableNamedIdOf(ctx, node)) : null;
  if (named !== null) fieldsBody.schemaId = named;
  if (variants) {
    for (const field of variants[0]!.fields) addField(field);
    return { body: fieldsBody, variants };
  }
  // `body_param_name` (Stainless config): the whole body is one params field of that name.
  const flat = node && encoding !== 'binary' && encoding !== 'text' && !bodyParamName ? flattenObject(ctx, node) : null;
  // A free-form object (`type: object` and nothing else) has no fields to spread: it is sent whole. With a Stainless
  // config, one that writes out `properties: {}` is an object of no fields, as Stainless's SDKs declare it (letta's
  // `templates.delete`: `body?: TemplateDeleteParams | null | undefined`, `interface TemplateDeleteParams {}`).
  if (flat && (flat.properties.length > 0 || !isFreeForm(ctx, node!) || (ctx.stainless && noFields(ctx, node!)))) {
    const names = new Set(flat.properties.map((p) => p.key));
    for (const prop of flat.properties) {
      const base = encoding === 'multipart' || encoding === 'form' ? bracketedArrayField(prop.key, prop.type) : null;
      const keyed = base !== null && !names.has(base) ? { ...prop, key: base } : prop;
      const field = bodyField(keyed, claimLocal(keyed.key, locals));
      field.wireName = prop.key;
      addField(field);
    }
    if (safeResolve(ctx.types, node!)?.additionalProperties === true) fieldsBody.additionalFields = true;
    return { body: fieldsBody, variants: null };
  }
  const bodyKey =
    bodyParamName && isIdentifierName(bodyParamName)
      ? bodyParamName
      : typeof (raw as Record<string, unknown>)['x-body-name'] === 'string' &&
          isSafeIdentifier(camelCase((raw as Record<string, string>)['x-body-name']))
        ? camelCase((raw as Record<string, string>)['x-body-name'])
        : 'body';
  // A whole body has no rest element to clash with: it can be the local `body` itself.
  if (bodyKey === 'body') locals.delete('body');
  let type: TypeRef;
  if (encoding === 'binary') type = { kind: 'file' };
  else if (encoding === 'text') type = { kind: 'string', format: null };
  else type = node ? ctx.types.type(node, 'request') : { kind: 'unknown' };
  addField({
    key: bodyKey,
    local: claimLocal(bodyKey, locals),
    wireName: bodyKey,
    in: 'body',
    type,
    required,
    style: null,
    docs: docsFrom({
      description: typeof rb.description === 'string' ? rb.description : (node?.description ?? null),
      example: encoding === 'binary' || encoding === 'text' ? null : mediaExampleJson(ctx, op),
    }),
    source,
  });
  return {
    body: {
      encoding,
      contentType: mediaType,
      shape: 'whole',
      bodyParam: bodyKey,
      ...(bodyParamName && bodyKey === bodyParamName ? { bodyParamByConfig: true as const } : {}),
      required,
      jsonParts,
      ...(repeatParts.length > 0 ? { repeatParts } : {}),
      ...(partStyles ? { partStyles } : {}),
      ...(partContentTypes ? { partContentTypes } : {}),
      ...(reservedParts ? { reservedParts } : {}),
      source,
    },
    variants: null,
  };
}

/** A body property as a params field under its own name, with `local` as its local variable. */
function bodyField(prop: FlatProperty, local: string): Param {
  const field: Param = {
    key: safeParamKey(prop.key),
    local,
    wireName: prop.key,
    in: 'body',
    type: prop.type,
    required: prop.required,
    style: null,
    docs: prop.docs,
    source: prop.source,
  };
  // (Added, not spread: see flattenObject.)
  if (prop.fixedValue !== undefined) field.fixedValue = prop.fixedValue;
  return field;
}

/** One object a body may be: its name in the params type's namespace ("Variant0", or its `variantName`). */
export interface BodyVariant {
  name: string;
  fields: Param[];
  /** The variant takes no property it does not declare (`additionalProperties: false`, and no `allOf` to merge). */
  closed?: true;
}

/**
 * The body fields of each variant of a `oneOf`/`anyOf` body whose variants are all plain objects; null when it is
 * not one, or when a field could not travel as it is named (a key the SDK renames, a constant the SDK fills in, a
 * key a parameter already has): such a body stays one `body` field.
 */
function bodyVariantFields(
  ctx: BuildContext,
  node: SchemaNode,
  locals: Set<string>,
  takenKeys: ReadonlySet<string>,
  sampleKeys: readonly string[],
): BodyVariant[] | null {
  const target = safeResolve(ctx.types, node);
  const options = target ? oneUnionOf(target) : null;
  if (!target || !options || options.length < 2 || target.allOf) return null;
  // Properties beside the union are every variant's too, as its type has them (see own-and-variants.ts).
  const own = target.properties.length > 0 ? flattenObject(ctx, { ...target, oneOf: null, anyOf: null }) : null;
  if (target.properties.length > 0 && own === null) return null;
  const flattened = options.map((option) =>
    withOwnFields(own, flattenObject(ctx, option), new Set(safeResolve(ctx.types, option)?.required)),
  );
  if (flattened.some((f) => f === null || f.properties.length === 0)) return null;
  // Locals are claimed below, once the variants are known to be sendable.
  const variants = flattened.map((f) => f!.properties.map((prop) => bodyField(prop, prop.key)));
  const sendable = (p: Param) => p.key === p.wireName && p.fixedValue === undefined && !takenKeys.has(p.key);
  if (!variants.every((fields) => fields.every(sendable))) return null;
  if (sampleKeys.includes('body') && !variants.some((fields) => fields.some((p) => p.key === 'body'))) return null;
  // Named as the spec names the variants (`x-stainless-variantName`) when it names each differently; with a
  // Stainless config, as Stainless names them otherwise: by title, else by the component a variant refers to.
  const given = options.map((option) => {
    const resolved = safeResolve(ctx.types, option);
    const name = option.hints.variantName ?? resolved?.hints.variantName ?? null;
    if (name !== null) return pascalCase(name, { acronyms: false });
    const label = ctx.stainless && resolved ? (resolved.title ?? componentName(resolved.loc)) : null;
    return label ? ctx.stainless!.names.pascal(label) : null;
  });
  const named = given.every((n) => n !== null && isIdentifierName(n)) && new Set(given).size === given.length;
  // Locals are claimed once a key, in the first variant that has it.
  const claimed = new Map<string, string>();
  return variants.map((fields, i) => {
    const option = safeResolve(ctx.types, options[i]!);
    const closed =
      option !== null &&
      option.additionalProperties === false &&
      option.patternProperties.length === 0 &&
      !option.allOf;
    return {
      name: named ? given[i]! : `Variant${i}`,
      fields: fields.map((p) => {
        if (!claimed.has(p.key)) claimed.set(p.key, claimLocal(p.key, locals));
        return { ...p, local: claimed.get(p.key)! };
      }),
      ...(closed ? { closed: true as const } : {}),
    };
  });
}

/**
 * A sample's params keys are the SDK's: a key the sample writes that no field has, but that spells a field's wire
 * name in another case (`conductorEndUserId` for the header `Conductor-End-User-Id`), renames that field.
 */
export function keysFromSample(sampleKeys: string[], fields: Param[]): Param[] {
  const letters = (name: string) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  let out = fields;
  for (const key of sampleKeys) {
    if (out.some((f) => f.key === key) || !isIdentifierName(key) || OBJECT_PROTOTYPE_KEYS.has(key)) continue;
    const matches = out.filter((f) => letters(f.wireName) === letters(key));
    if (matches.length === 1 && matches[0].key === safeParamKey(matches[0].wireName))
      out = out.map((f) => (f === matches[0] ? { ...f, key } : f));
  }
  return out;
}

export function isFreeForm(ctx: BuildContext, node: SchemaNode): boolean {
  let target: SchemaNode;
  try {
    target = ctx.reader.deref(node);
  } catch {
    return false;
  }
  return (
    target.properties.length === 0 &&
    !target.allOf &&
    target.additionalProperties !== false &&
    !target.hints.emptyObject
  );
}

/** An object that writes out `properties: {}` and says nothing of other members: one of no fields. */
function noFields(ctx: BuildContext, node: SchemaNode): boolean {
  const target = safeResolve(ctx.types, node);
  return (
    target !== null &&
    target.propertiesWritten &&
    target.properties.length === 0 &&
    target.additionalProperties === null &&
    target.propertyNames === null
  );
}

/** Properties of an object body (allOf parts merged), or null when the body is not a plain object. */
type FlatProperty = Property & { source: ReturnType<typeof sourceOf>; fixedValue?: string | number | boolean };

export function flattenObject(ctx: BuildContext, node: SchemaNode): { properties: FlatProperty[] } | null {
  const out: FlatProperty[] = [];
  const safeDeref = (n: SchemaNode): SchemaNode | null => safeResolve(ctx.types, n);
  const visit = (n: SchemaNode, depth: number): boolean => {
    let target: SchemaNode;
    try {
      target = ctx.reader.deref(n);
    } catch {
      return false;
    }
    if (depth > 8) return false;
    // A body that may be null (`anyOf: [{ $ref: Filter }, { type: 'null' }]`) has the fields of the object it may
    // be, as in Stainless's SDKs: a call that sets none of them sends `{}`.
    // A union of one object (`oneOf: [{ title: …, properties: … }]`, often with a discriminator) is that object:
    // Stainless's SDKs spread its fields as the params', as they do a plain object's.
    const object =
      orNull(ctx, target.anyOf) ?? orNull(ctx, target.oneOf) ?? onlyOption(target.anyOf) ?? onlyOption(target.oneOf);
    if (object && target.properties.length === 0 && !target.allOf) return visit(object, depth + 1);
    const composes = (variants: SchemaNode[] | null) => variants !== null && !variants.every(isConstraintOnly);
    if (composes(target.oneOf) || composes(target.anyOf) || target.hints.any) return false;
    if (target.additionalProperties && target.additionalProperties !== true) return false;
    if (target.additionalProperties === true && target.properties.length === 0) return false;
    if (target.types && !target.types.includes('object')) return false;
    for (const part of target.allOf ?? []) if (!visit(part, depth + 1)) return false;
    if (!target.allOf && target.properties.length === 0 && !target.types) return false;
    const required = new Set(target.required);
    for (const { key, schema } of target.properties) {
      if (schema.hints.skip) continue;
      const existing = out.findIndex((p) => p.key === key);
      const fixed = fixedValueOf(schema, ctx.reader);
      // (Each value in its own variable, the optional key written out in place: a spread in the middle of an
      // object literal takes V8's slow path, and this runs for each of a spec's body properties.)
      const type = ctx.types.type(schema, 'request');
      const isRequired = fixed === undefined && (required.has(key) || (existing >= 0 && out[existing].required));
      const readOnly = isReadOnly(schema, safeDeref);
      const docs = ctx.types.docsThroughRef(schema);
      const source = sourceOf(schema.loc);
      if (readOnly) continue; // readOnly properties are never sent
      const prop: FlatProperty =
        fixed === undefined
          ? { key, type, required: isRequired, docs, source }
          : { key, type, required: isRequired, fixedValue: fixed, docs, source };
      if (existing >= 0) out[existing] = prop;
      else out.push(prop);
    }
    // Its own `required` names its `allOf` parts' properties too (`{ allOf: [Props], required: [model] }`); with a
    // Stainless config only where it says it is an object, as for models (outer-required.ts).
    if (target.allOf && ctx.stainless && !target.types?.includes('object') && target.properties.length === 0)
      return true;
    for (const [i, p] of out.entries())
      if (!p.required && p.fixedValue === undefined && required.has(p.key)) out[i] = { ...p, required: true };
    return true;
  };
  if (!visit(node, 0)) return null;
  return { properties: out };
}

/**
 * A variant's fields with the object's own merged in, in the order of its type (own-and-variants.ts): a variant's
 * declaration wins, and a key it requires is required.
 */
function withOwnFields(
  own: { properties: FlatProperty[] } | null,
  variant: { properties: FlatProperty[] } | null,
  variantRequires: ReadonlySet<string>,
): { properties: FlatProperty[] } | null {
  if (own === null || variant === null) return variant;
  const mine = new Map(variant.properties.map((p) => [p.key, p]));
  const merged = own.properties.map((p) => {
    const narrowed = mine.get(p.key);
    const required = p.required || variantRequires.has(p.key);
    return narrowed ? { ...narrowed, required: narrowed.required || required } : { ...p, required };
  });
  const ownKeys = new Set(own.properties.map((p) => p.key));
  return { properties: [...merged, ...variant.properties.filter((p) => !ownKeys.has(p.key))] };
}

/** The one option of a union of a single option that is not a mere constraint; null for any other union. */
function onlyOption(variants: SchemaNode[] | null): SchemaNode | null {
  return variants?.length === 1 && !isConstraintOnly(variants[0]!) ? variants[0]! : null;
}

/** X of a union `X | null` (`anyOf: [X, { type: 'null' }]`); null when the variants are anything else. */
function orNull(ctx: BuildContext, variants: SchemaNode[] | null): SchemaNode | null {
  if (variants === null) return null;
  const others = variants.filter((v) => {
    try {
      const t = ctx.reader.deref(v);
      return !(t.types?.length === 1 && t.types[0] === 'null');
    } catch {
      return true;
    }
  });
  return others.length === 1 && variants.length > 1 ? others[0]! : null;
}

/** The value of an `x-stainless-const` schema (its `const`, or its single enum value), if any. */
export function fixedValueOf(schema: SchemaNode, reader: SchemaGraph): string | number | boolean | undefined {
  let target = schema;
  try {
    target = reader.deref(schema);
  } catch {
    return undefined;
  }
  if (!(schema.hints.constValue || target.hints.constValue)) return undefined;
  const value = target.const?.value ?? (target.enum?.length === 1 ? target.enum[0] : undefined);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/**
 * A query parameter's style from a Stainless config's `query_settings`, where the spec says none: arrays
 * `comma`-joined (`tag=a,b`), repeated (`tag=a&tag=b`), in `brackets` (`tag[]=a`) or with `indices` (`tag[0]=a`);
 * objects in `brackets` (`filter[status]=x`) or `dots` (`filter.status=x`). Unset, they are what Stainless's SDKs
 * sent: arrays comma-joined and objects in brackets (its `qs.stringify(query, { arrayFormat: 'comma' })`).
 */
function stainlessQueryStyle(ctx: BuildContext, type: TypeRef): ParamStyle | null {
  const settings = ctx.stainless!.config.querySettings;
  const arrayFormat = settings.arrayFormat ?? 'comma';
  const nestedFormat = settings.nestedFormat ?? 'brackets';
  const shape = type.kind === 'ref' ? ctx.types.schemas.get(type.schemaId)?.type.kind : type.kind;
  if (shape === 'array') {
    if (arrayFormat === 'comma') return { style: 'form', explode: false };
    if (arrayFormat === 'brackets' || arrayFormat === 'indices') return { style: arrayFormat, explode: true };
  }
  if (shape === 'object') {
    if (nestedFormat === 'brackets') return { style: 'deepObject', explode: true };
    if (nestedFormat === 'dots') return { style: 'dots', explode: true };
  }
  return null;
}

/**
 * The example the spec gives of the request body's fields, where it is an object: the media type's (`example`, else
 * the first of its `examples` written in place), which a Stainless SDK's `@example` calls the method with whole; else
 * the body schema's own `example` (`fromSchema`), of which Stainless's examples keep the required properties.
 */
export function requestBodyExample(
  ctx: BuildContext,
  op: Operation,
): { example: Record<string, unknown>; fromSchema: boolean; saysExample?: true } | null {
  const raw = op.requestBody?.value as { content?: Record<string, unknown> } | null | undefined;
  const content = raw && typeof raw === 'object' && isPlainObject(raw.content) ? raw.content : null;
  const mediaType = content && pickRequestMediaType(Object.keys(content));
  const media = mediaType ? (content[mediaType] as { example?: unknown; examples?: unknown }) : null;
  if (!isPlainObject(media)) return null;
  const examples = isPlainObject(media.examples) ? Object.values(media.examples) : [];
  const first = examples.find((e): e is { value: unknown } => isPlainObject(e) && 'value' in e && !('$ref' in e));
  const example = media.example !== undefined ? media.example : first?.value;
  if (example !== undefined) return isPlainObject(example) ? { example, fromSchema: false } : null;
  const node = mediaType ? op.requestBody!.schema(mediaType) : null;
  const holder = node && (node.example ? node : ctx.reader.deref(node));
  const own = holder?.example;
  if (!own || !isPlainObject(own.value)) return null;
  // Written `example:` (not 3.1's `examples:`), it comes before the fields' own (papr's `SearchRequest`).
  return { example: own.value, fromSchema: true, ...(own.written ? { saysExample: true as const } : {}) };
}

/**
 * With a Stainless config, the media type's example of a body sent whole (its `example`, else the first of its
 * `examples`), as JSON: Stainless's tests pass it as the body param (grid's `customers.update`, its `individualUpdate`
 * example, not one built from the schemas' own). Null where the media type gives none, or it is too long to write.
 */
function mediaExampleJson(ctx: BuildContext, op: Operation): string | null {
  const given = ctx.stainless ? requestBodyExample(ctx, op) : null;
  if (!given || given.fromSchema) return null;
  const text = JSON.stringify(given.example);
  return text.length <= 20_000 ? text : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The named schema a nullable body wraps: `anyOf` (or `oneOf`) of one `$ref` to it and `{ type: null }` (letta's
 * compact body, `anyOf: [$ref CompactionRequest, {type: null}]`, whose fields are that model's); null otherwise.
 */
function nullableNamedIdOf(ctx: BuildContext, node: SchemaNode): string | null {
  const target = safeResolve(ctx.types, node);
  const variants = target?.anyOf ?? target?.oneOf ?? null;
  if (!variants) return null;
  const isNull = (v: SchemaNode) => v.ref === null && v.types !== null && v.types.length === 1 && v.types[0] === 'null';
  const others = variants.filter((v) => !isNull(v));
  if (others.length !== 1 || others.length === variants.length || others[0]!.ref === null) return null;
  return ctx.types.namedIdOf(others[0]!);
}

/**
 * How each part of a `multipart/form-data` body is sent, from the media type's `encoding` map (OpenAPI 3.0 to 3.2,
 * the Encoding Object): a language-neutral fact of the IR that both runtimes act on.
 *
 * - `contentType` naming JSON (`application/json`, `…+json`): the property's value is one part, its JSON text, however
 *   it is nested (OpenAPI's default for an object part; here because the spec says it for this one).
 * - `style: form` (OpenAPI's default style) with `explode` true or left out: an array's items are parts of their own,
 *   each under the property's own name (RFC 7578's repeated field), not `name[]`; an object's properties are parts of
 *   their own, each under the property's name (as a form-exploded query object: `x=1&y=2`). OpenAPI 3.1 says an
 *   explicit `style` or `explode` makes `contentType` ignored, so such a part is never a JSON one.
 * - OpenAPI 3.0 (3.0.3 §4.7.15, the Encoding Object) gives `style`, `explode` and `allowReserved` to
 *   `application/x-www-form-urlencoded` bodies alone: they "SHALL be ignored" for any other media type, multipart
 *   included (3.1 names multipart/form-data beside it). A 3.0 multipart part's style is ignored (a warning says so)
 *   and its `contentType` read as if no style were there; `form` exploded without a `contentType` still repeats an
 *   array part, since that is 3.0's own default for an array part (a part per item: its "multiple files" example).
 *   An object part's is ignored too: 3.0's default for an object part is one `application/json` part.
 * - Another style (`deepObject`, `form` with `explode: false`, `spaceDelimited`, `pipeDelimited`): the value is sent
 *   as a query parameter of that style would be, each of its name-value pairs a part (`styles`): `meta[owner]=x`
 *   (deepObject), `tags=a,b` (form), `tags=a b`, `tags=a|b`. A style no body has (`matrix`, `label`, `simple`) is
 *   returned in `unsupported`, for the caller to warn.
 * - A `contentType` that is one concrete media type and not JSON (`text/plain`): the part carries it (`contentTypes`).
 * - Anything else (no entry, a range of media types): the part is sent as the SDK sends any part (with a Stainless
 *   config, Stainless's own way: nested values under bracketed keys; else OpenAPI's defaults).
 */
import { pointerJoin } from '../diagnostics';
import type { SchemaGraph, SchemaNode } from '../normalize/schema';
import type { BuildContext } from './context';
import type { Api, BodyEncoding, Method, PartStyle, Resource, SourceRef, TypeRef } from './types';

/** The parts of one multipart body that are not sent the default way, by property (wire) name. */
export interface PartEncodings {
  /** Properties sent as one JSON part. */
  jsonParts: string[];
  /** Array properties whose items are each a part under the property's own name. */
  repeatParts: string[];
  /**
   * Properties with another style (`deepObject`, `form` not exploded, `spaceDelimited`, `pipeDelimited`): each sent as
   * a query parameter of that style would be, its name-value pairs parts (OpenAPI 3.1's Encoding Object).
   */
  styles: Record<string, PartStyle>;
  /** Properties with a `contentType` of their own that is one concrete media type and not JSON, with it. */
  contentTypes: Record<string, string>;
  /** Properties whose encoding asks for a style no body has (`matrix`, `label`, `simple`), with it. */
  unsupported: Array<{ part: string; style: string; explode: boolean }>;
  /** Properties whose encoding gives the part headers of its own (`headers`), which are not sent: their names. */
  headers: Array<{ part: string; names: string[] }>;
  /** Properties whose `style` or `explode` is ignored (a multipart body of an OpenAPI 3.0 spec). */
  ignoredStyles: string[];
  /** Properties whose encoding says `allowReserved: true`. */
  reserved: string[];
}

const JSON_MEDIA = /^\s*(?:application\/json|[\w.+-]+\/[\w.-]+\+json|text\/json)\b/i;

/** Whether a `contentType` (one media type or a comma-separated list of them) names a JSON one first. */
function namesJson(contentType: string): boolean {
  const first = contentType.split(',')[0] ?? '';
  return JSON_MEDIA.test(first);
}

const BODY_STYLES: ReadonlySet<string> = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

function isBodyStyle(style: string): style is PartStyle['style'] {
  return BODY_STYLES.has(style);
}

/**
 * The media type a part is sent with where `contentType` names one and only one, without a wildcard (`text/plain`,
 * `image/png`); null for a list or a range (`image/png, image/jpeg`, `image/*`: a file's own type is sent then).
 */
function concreteMediaType(contentType: string): string | null {
  const types = contentType
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (types.length !== 1) return null;
  const type = types[0]!;
  return /^[\w.+-]+\/[\w.+-]+(?:\s*;.*)?$/.test(type) ? type : null;
}

/**
 * The parts of a multipart body's `encoding` map (the raw value under the media type) that are sent their own way.
 * `stylesApply`: whether `style` and `explode` apply to these parts (false for a multipart body of an OpenAPI 3.0
 * spec: they are then listed in `ignoredStyles` and the part read by its `contentType` alone). `objectParts`: the
 * properties whose schema is an object (where styles do not apply, an exploded `form` is not kept for them).
 */
export function readPartEncodings(
  encoding: unknown,
  stylesApply = true,
  objectParts: ReadonlySet<string> = new Set(),
): PartEncodings {
  const result: PartEncodings = {
    jsonParts: [],
    repeatParts: [],
    styles: {},
    contentTypes: {},
    unsupported: [],
    headers: [],
    ignoredStyles: [],
    reserved: [],
  };
  if (encoding === null || typeof encoding !== 'object' || Array.isArray(encoding)) return result;
  for (const [part, raw] of Object.entries(encoding as Record<string, unknown>)) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) continue;
    const entry = raw as {
      contentType?: unknown;
      style?: unknown;
      explode?: unknown;
      headers?: unknown;
      allowReserved?: unknown;
    };
    if (entry.allowReserved === true) result.reserved.push(part);
    const headers = entry.headers;
    if (headers !== null && typeof headers === 'object' && !Array.isArray(headers)) {
      // `Content-Type` is described by `contentType` and ignored here, as OpenAPI says.
      const names = Object.keys(headers).filter((name) => name.toLowerCase() !== 'content-type');
      if (names.length > 0) result.headers.push({ part, names });
    }
    const hasStyle = typeof entry.style === 'string' || typeof entry.explode === 'boolean';
    if (hasStyle) {
      const style = typeof entry.style === 'string' ? entry.style : 'form';
      // `explode` defaults to true for the form style, false for the others (as for parameters).
      const explode = typeof entry.explode === 'boolean' ? entry.explode : style === 'form';
      const repeat = style === 'form' && explode;
      // Where styles do not apply (OpenAPI 3.0), `form` exploded is what an array part gets anyway unless a
      // `contentType` says otherwise: 3.0's default for an array part is a part per item (its "multiple files"
      // example). An object part's default is one JSON part, which its style does not change.
      if (stylesApply || (repeat && typeof entry.contentType !== 'string' && !objectParts.has(part))) {
        if (repeat) result.repeatParts.push(part);
        else if (isBodyStyle(style)) result.styles[part] = { style, explode };
        else result.unsupported.push({ part, style, explode });
        continue;
      }
      result.ignoredStyles.push(part);
    }
    if (typeof entry.contentType !== 'string') continue;
    if (namesJson(entry.contentType)) result.jsonParts.push(part);
    else {
      const type = concreteMediaType(entry.contentType);
      if (type !== null) result.contentTypes[part] = type;
    }
  }
  return result;
}

/** What `multipartParts` gives a request body (`RequestBody`'s fields of the same names). */
export interface MultipartParts {
  jsonParts: string[];
  repeatParts: string[];
  partStyles?: Record<string, PartStyle>;
  partContentTypes?: Record<string, string>;
  reservedParts?: string[];
}

/**
 * A request body's JSON and repeated parts (`RequestBody.jsonParts`, `repeatParts`). Only a multipart body's parts
 * are repeated; an encoding sdkgen does not send as asked is a warning at the encoding entry, and the part is sent
 * the default way.
 */
export function multipartParts(
  ctx: Pick<BuildContext, 'diags'> & Partial<Pick<BuildContext, 'spec'>>,
  bodyEncoding: BodyEncoding,
  encoding: unknown,
  source: SourceRef,
  propertyNames: ReadonlySet<string> | null = null,
  objectParts: ReadonlySet<string> = new Set(),
): MultipartParts {
  const openapi30 = ctx.spec !== undefined && declaresOpenApi30(ctx.spec.root.root);
  const parts = readPartEncodings(encoding, !(bodyEncoding === 'multipart' && openapi30), objectParts);
  if (propertyNames && encoding !== null && typeof encoding === 'object' && !Array.isArray(encoding)) {
    for (const part of Object.keys(encoding)) {
      if (propertyNames.has(part)) continue;
      // OpenAPI: an Encoding Object's key is a property of the schema (at its top level), else it is ignored.
      ctx.diags.warn(
        'unknown-part-encoding',
        source.file,
        pointerJoin(source.pointer, 'encoding', part),
        `multipart part ${JSON.stringify(part)}: the body's schema has no property of that name at its top level, ` +
          'so this encoding applies to no part and is ignored',
        `name one of the schema's properties${propertyNames.size > 0 ? ` (${[...propertyNames].join(', ')})` : ''}`,
      );
    }
  }
  if (bodyEncoding !== 'multipart' && bodyEncoding !== 'form') return { jsonParts: parts.jsonParts, repeatParts: [] };
  const kind = bodyEncoding === 'form' ? 'form field' : 'multipart part';
  for (const { part, style, explode } of parts.unsupported) {
    ctx.diags.warn(
      'unsupported-part-encoding',
      source.file,
      pointerJoin(source.pointer, 'encoding', part),
      `${kind} ${JSON.stringify(part)}: style ${JSON.stringify(style)} (explode: ${explode}) is not a style ` +
        `of a body ${bodyEncoding === 'form' ? 'field' : 'part'} (form, spaceDelimited, pipeDelimited, deepObject); ` +
        `it is sent as the SDK sends any ${bodyEncoding === 'form' ? 'field' : 'part'}`,
      bodyEncoding === 'form'
        ? 'use style: form (exploded or not), spaceDelimited, pipeDelimited or deepObject'
        : 'use style: form (a part per item), deepObject, or contentType: application/json (one JSON part)',
    );
  }
  if (bodyEncoding === 'form') {
    // A form is written as a query string is (OpenAPI: `form` exploded unless `encoding` says otherwise), each
    // field by its own style; `allowReserved` keeps RFC 3986's reserved characters as they are.
    return {
      jsonParts: parts.jsonParts,
      repeatParts: [],
      ...(Object.keys(parts.styles).length > 0 ? { partStyles: parts.styles } : {}),
      ...(parts.reserved.length > 0 ? { reservedParts: parts.reserved } : {}),
    };
  }
  for (const part of parts.ignoredStyles) {
    ctx.diags.warn(
      'ignored-part-style',
      source.file,
      pointerJoin(source.pointer, 'encoding', part),
      `multipart part ${JSON.stringify(part)}: OpenAPI 3.0 applies an encoding's style and explode to ` +
        'application/x-www-form-urlencoded bodies alone (3.0.3, the Encoding Object: "SHALL be ignored" otherwise), ' +
        'so the part is sent as its contentType (or the default) says',
      'declare `openapi: 3.1.0` (3.1 applies style and explode to multipart/form-data parts too), or drop them',
    );
  }
  for (const { part, names } of parts.headers) {
    ctx.diags.warn(
      'unsupported-part-headers',
      source.file,
      pointerJoin(source.pointer, 'encoding', part, 'headers'),
      `multipart part ${JSON.stringify(part)}: its headers (${names.join(', ')}) are not sent: the SDKs send a part ` +
        'with its Content-Disposition (and a file its Content-Type) alone',
      'send the value in the part itself, or as a header of the request',
    );
  }
  return {
    jsonParts: parts.jsonParts,
    repeatParts: parts.repeatParts,
    ...(Object.keys(parts.styles).length > 0 ? { partStyles: parts.styles } : {}),
    ...(Object.keys(parts.contentTypes).length > 0 ? { partContentTypes: parts.contentTypes } : {}),
  };
}

/** Whether a root document declares OpenAPI 3.0 (a Swagger 2.0 document is converted to 3.0 before this is read). */
function declaresOpenApi30(root: unknown): boolean {
  if (root === null || typeof root !== 'object') return false;
  const version = (root as { openapi?: unknown }).openapi;
  // `openapi: 3.0` unquoted in YAML is the number 3.
  return typeof version === 'number' ? version === 3 : typeof version === 'string' && /^3\.0(\.|$)/.test(version);
}

/**
 * The names of a request body schema's top-level properties (the keys an `encoding` map may name), through `$ref`s
 * and each `allOf`, `anyOf` and `oneOf` member (a name any variant has is one a body may send), or null where the
 * schema allows other names too (`additionalProperties`, `patternProperties`), names none, or cannot be read: then no
 * key is flagged.
 */
export function bodyPropertyNames(reader: SchemaGraph, node: SchemaNode | null): Set<string> | null {
  if (node === null) return null;
  const names = new Set<string>();
  const seen = new Set<SchemaNode>();
  const visit = (n: SchemaNode): boolean => {
    let target: SchemaNode;
    try {
      target = reader.deref(n);
    } catch {
      return false;
    }
    if (seen.has(target)) return true;
    seen.add(target);
    if (target.additionalProperties !== null && target.additionalProperties !== false) return false;
    if (target.patternProperties.length > 0) return false;
    for (const { key } of target.properties) names.add(key);
    for (const member of [...(target.allOf ?? []), ...(target.anyOf ?? []), ...(target.oneOf ?? [])])
      if (!visit(member)) return false;
    return true;
  };
  // A schema naming no property at all (a free-form object) says nothing of the keys.
  return visit(node) && names.size > 0 ? names : null;
}

/**
 * The top-level properties of a request body schema (through `$ref`s and `allOf` members) whose schema is an object:
 * a `type` of `object` alone (beside `null`), or properties and no `type`. A name an array or scalar has in any
 * member is left out.
 */
export function bodyObjectProperties(reader: SchemaGraph, node: SchemaNode | null): Set<string> {
  const objects = new Set<string>();
  const others = new Set<string>();
  const seen = new Set<SchemaNode>();
  const deref = (n: SchemaNode): SchemaNode | null => {
    try {
      return reader.deref(n);
    } catch {
      return null;
    }
  };
  const visit = (n: SchemaNode) => {
    const target = deref(n);
    if (target === null || seen.has(target)) return;
    seen.add(target);
    for (const { key, schema } of target.properties) {
      const property = deref(schema);
      const types = property?.types?.filter((t) => t !== 'null') ?? null;
      const isObject =
        property !== null &&
        (types === null ? property.properties.length > 0 : types.length === 1 && types[0] === 'object');
      (isObject ? objects : others).add(key);
    }
    for (const member of target.allOf ?? []) visit(member);
  };
  if (node !== null) visit(node);
  for (const key of others) objects.delete(key);
  return objects;
}

/**
 * The form of the SDK's generic multipart encoder: the one hand-written code calls with a body and nothing of the spec
 * (Stainless's `createForm` and `multipartFormRequestOptions` in TypeScript, `extract_files` in Python), which has
 * only the values to go by.
 *
 * - `values`: a value holding no file is one JSON part; a value holding files is split so that each file is a part, an
 *   array's items under the field's own name (not `name[]`). Chosen where the SDK is made from a Stainless config and
 *   its spec gives every nested part of every multipart body (an array or object property) an `encoding` that says so:
 *   `contentType` JSON for each one holding no file, `style: form` exploded for each array holding files (an object
 *   holding files is `key[name]` in both forms). The generic encoder then sends as the SDK's methods do.
 * - otherwise `api.multipartNested`: Stainless's bracketed keys with a Stainless config, else OpenAPI's defaults.
 */
export function genericMultipartForm(api: Api): 'values' | Api['multipartNested'] {
  if (api.multipartNested !== 'brackets') return api.multipartNested;
  const { deref, holdsFile } = schemaTypeReaders(api);
  /** 'array', 'object', or null for a scalar (a union of one kind and null is that kind). */
  const shape = (type: TypeRef): 'array' | 'object' | null => {
    const t = deref(type);
    if (t.kind === 'array' || t.kind === 'tuple') return 'array';
    if (t.kind === 'object' || t.kind === 'intersection') return 'object';
    if (t.kind !== 'union') return null;
    const kinds = new Set(t.variants.filter((v) => deref(v).kind !== 'null').map(shape));
    return kinds.size === 1 ? [...kinds][0]! : null;
  };
  let nestedParts = 0;
  for (const method of methodsOf([...(api.topLevel ? [api.topLevel] : []), ...api.resources])) {
    const body = method.body;
    if (body === null || body.encoding !== 'multipart' || body.shape !== 'fields') continue;
    for (const field of (method.params?.fields ?? []).filter((p) => p.in === 'body')) {
      const kind = shape(field.type);
      if (kind === null) continue;
      nestedParts += 1;
      if (!holdsFile(field.type, new Set())) {
        if (!body.jsonParts.includes(field.wireName)) return 'brackets';
      } else if (kind === 'array' && !(body.repeatParts ?? []).includes(field.wireName)) return 'brackets';
    }
  }
  return nestedParts > 0 ? 'values' : 'brackets';
}

/**
 * Readers of the API's types through its named schemas: `deref` follows references to the type they name; `holdsFile`
 * says whether a file is anywhere inside (a reference read once, so cycles end).
 */
export function schemaTypeReaders(api: Api): {
  deref: (type: TypeRef) => TypeRef;
  holdsFile: (type: TypeRef, seen?: Set<string>) => boolean;
} {
  const schemas = new Map(api.schemas.map((s) => [s.id, s.type]));
  const deref = (type: TypeRef, seen = new Set<string>()): TypeRef => {
    if (type.kind !== 'ref' || seen.has(type.schemaId)) return type;
    seen.add(type.schemaId);
    const target = schemas.get(type.schemaId);
    return target ? deref(target, seen) : type;
  };
  const holdsFile = (type: TypeRef, seen = new Set<string>()): boolean => {
    if (type.kind === 'ref') {
      if (seen.has(type.schemaId)) return false;
      seen.add(type.schemaId);
      const target = schemas.get(type.schemaId);
      return target !== undefined && holdsFile(target, seen);
    }
    return typeParts(type).some((part) => part.kind === 'file' || holdsFile(part, seen));
  };
  return { deref: (type) => deref(type), holdsFile };
}

/** The types directly inside `type` (an array's items, an object's properties, a union's variants). */
function typeParts(type: TypeRef): TypeRef[] {
  switch (type.kind) {
    case 'array':
      return [type.items];
    case 'tuple':
      return [...type.items, ...(type.rest ? [type.rest] : [])];
    case 'object':
      return [...type.properties.map((p) => p.type), ...(type.additional ? [type.additional] : [])];
    case 'union':
      return type.variants;
    case 'intersection':
      return type.parts;
    default:
      return [];
  }
}

function methodsOf(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methodsOf(r.subresources)]);
}

/**
 * Swagger 2.0 → OpenAPI 3.0.3: the converter's options, constants and small helpers shared by the three phases
 * (see swagger2.ts).
 */
import { escapePointerToken, pointerJoin } from '../diagnostics';

export type Obj = Record<string, unknown>;

export interface Swagger2Options {
  /**
   * Returns the parsed, NOT yet converted document that a `$ref`'s file part names (exactly as written
   * in the ref, e.g. `"common.yaml"`), or undefined when unknown. With it the converter can tell body
   * parameters in other files from ordinary ones (`other.yaml#/parameters/X` becomes
   * `other.yaml#/components/requestBodies/X`) and map deep pointers into them; without it, external
   * `#/parameters/X` refs are assumed to be non-body parameters (with a warning).
   */
  resolveExternal?: (refFile: string) => Record<string, unknown> | undefined;
}

export const OPENAPI_VERSION = '3.0.3';
export const DEFAULT_MEDIA_TYPE = 'application/json';
export const BINARY_MEDIA_TYPE = 'application/octet-stream';
export const FORM_URLENCODED = 'application/x-www-form-urlencoded';
export const MULTIPART = 'multipart/form-data';

/** Operation keys of a path item (`trace` is 3.0 only, accepted anyway). */
export const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Fields of a Swagger 2.0 parameter, header or items object that describe the value itself; in 3.0 they
 * move into the `schema` of the parameter/header.
 */
export const VALUE_SCHEMA_KEYS = new Set([
  'type',
  'format',
  'items',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
  'title',
  'readOnly',
  'nullable',
  'x-nullable',
]);

/** Vendor extensions that describe a value's enum; on a non-body parameter they move into its schema. */
export const SCHEMA_EXTENSIONS = new Set(['x-enum-varnames', 'x-enumNames', 'x-enum-names', 'x-enum-descriptions']);

/** Top-level Swagger 2.0 fields that are consumed by the conversion (everything else non-`x-` is dropped). */
export const TOP_LEVEL_KEYS = new Set([
  'swagger',
  'info',
  'host',
  'basePath',
  'schemes',
  'consumes',
  'produces',
  'paths',
  'definitions',
  'parameters',
  'responses',
  'securityDefinitions',
  'security',
  'tags',
  'externalDocs',
]);

/** Operation fields copied as they are. */
export const OPERATION_COPY_KEYS = new Set([
  'tags',
  'summary',
  'description',
  'externalDocs',
  'operationId',
  'deprecated',
  'security',
  'servers',
  'callbacks',
]);

/** Swagger 2.0 oauth2 `flow` → OpenAPI 3.0 `flows` key, and which URLs that flow needs. */
export const OAUTH2_FLOWS: Record<string, { name: string; urls: string[] }> = {
  implicit: { name: 'implicit', urls: ['authorizationUrl'] },
  password: { name: 'password', urls: ['tokenUrl'] },
  application: { name: 'clientCredentials', urls: ['tokenUrl'] },
  accessCode: { name: 'authorizationCode', urls: ['authorizationUrl', 'tokenUrl'] },
};

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isExt = (key: string): boolean => key.startsWith('x-');
export const hasOwn = (o: Obj, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A media-type list: a string or an array of strings (messy specs use both); undefined when absent/empty. */
export function mediaList(v: unknown): string[] | undefined {
  const raw = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  const list = [
    ...new Set(raw.filter((m): m is string => typeof m === 'string' && m.trim() !== '').map((m) => m.trim())),
  ];
  return list.length > 0 ? list : undefined;
}

export const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
export const isMultipart = (mt: string): boolean => mt.toLowerCase().startsWith(MULTIPART);
export const isUrlEncoded = (mt: string): boolean => mt.toLowerCase().startsWith(FORM_URLENCODED);
/** Media types that carry structured text rather than raw bytes. */
export const isStructured = (mt: string): boolean => /json|xml|^text\//i.test(mt);

/** Media types of a response with the given (original) schema. A `type: file` schema is a download. */
export function responseMediaTypes(produces: string[], schema: unknown): string[] {
  if (isObj(schema) && schema.type === 'file') {
    const binary = produces.filter((mt) => !isStructured(mt));
    return binary.length > 0 ? binary : [BINARY_MEDIA_TYPE];
  }
  return produces;
}

/** Decode one JSON-pointer token of a URI fragment: percent-decoding first, then `~1`/`~0` (RFC 6901 §6). */
export function decodeToken(raw: string): string {
  let s = raw;
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // not valid percent-encoding: take it literally
    }
  }
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Walk decoded pointer tokens through plain data. */
export function walk(root: unknown, tokens: string[]): unknown {
  let cur = root;
  for (const t of tokens) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(t) ? cur[Number(t)] : undefined;
    else if (isObj(cur)) cur = hasOwn(cur, t) ? cur[t] : undefined;
    else return undefined;
  }
  return cur;
}

/**
 * `pointerJoin(base, token)` for the hot recursive paths: same result, but skips the escaping regexes
 * when the token needs no escaping (almost always), which matters on multi-MB documents.
 */
export function child(base: string, token: string | number): string {
  if (typeof token === 'number' || (token.indexOf('~') < 0 && token.indexOf('/') < 0)) return `${base}/${token}`;
  return pointerJoin(base, token);
}

/** `ref` + one more pointer token (`#/parameters/X` + `schema` → `#/parameters/X/schema`). */
export function refChild(ref: string, token: string): string {
  return `${ref}${ref.includes('#') ? '' : '#'}/${escapePointerToken(token)}`;
}

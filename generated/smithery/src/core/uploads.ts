// File uploads: what a file field accepts, `toFile`, and the multipart encoder generated methods pass to the client.

import { SDKError } from './error.js';
import { isAsyncIterable } from '../internal/utils.js';

/** Node's `fs.ReadStream` (from `fs.createReadStream(path)`), recognised by shape: no `fs` import needed. */
export interface FsReadStreamLike extends AsyncIterable<unknown> {
  path: string | { toString(): string };
}

/** A part `new File(parts)` takes, by the platform's own `File` (DOM's lib or Node's types alone). */
type BlobSource = ConstructorParameters<typeof File>[0][number];

/** Anything a file field (or a binary body) accepts. */
export type Uploadable =
  | File
  | Blob
  | Response
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | FsReadStreamLike;

/** Whether `value` is an `Uploadable` (strings are not: they are sent as text fields). */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof Response ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof ReadableStream ||
    isAsyncIterable(value)
  );
}

/**
 * A `File` with the contents of `value` (read fully), named `name` (default: the value's own name, file path or
 * URL, else "unknown_file", as Stainless's `toFile` names it) and typed `options.type` (default: the value's own type).
 */
export async function toFile(
  value: Uploadable | PromiseLike<Uploadable>,
  name?: string | null,
  options: { type?: string | undefined } = {},
): Promise<File> {
  const upload = await value;
  const fileName = name ?? nameOf(upload) ?? 'unknown_file';
  const type =
    options.type ??
    (upload instanceof Blob
      ? upload.type
      : upload instanceof Response
        ? (upload.headers.get('content-type') ?? '')
        : '');
  const isFile = typeof File !== 'undefined' && upload instanceof File;
  if (isFile && upload.name === fileName && upload.type === type) return upload;
  return makeFile(await partsOf(upload), fileName, type);
}

/**
 * A binary request body as a Blob (what methods with a binary body pass the client as `binary`): a `Response` or
 * an async iterable (a Node stream) is read whole first, since a retry has to send the same bytes again and
 * fetch cannot replay a stream; a Blob is kept as it is, other bodies read through `Response`.
 */
export async function toBlob(body: unknown): Promise<Blob> {
  if (body instanceof Blob) return body;
  if (body instanceof Response) return body.blob();
  // (Where streams are async-iterable, a ReadableStream is read here too.)
  if (isAsyncIterable(body)) {
    const parts: BlobSource[] = [];
    for await (const chunk of body) parts.push(chunk as BlobSource);
    return new Blob(parts);
  }
  // ReadableStream, ArrayBuffer, typed arrays, strings.
  return new Response(body as ConstructorParameters<typeof Response>[0]).blob();
}

/**
 * Encodes a multipart body. `undefined`/`null` fields are skipped, uploadables become file parts, the fields
 * listed in `jsonParts` are sent as JSON whatever their value, each item of an array listed in `repeatParts` is a
 * part under the field's own name (OpenAPI's `style: form`, exploded; an item holding files is split,
 * `appendSplit`) and each property of an object listed there a part under the property's name, the fields `encodings` styles as their style says (`appendStyled`: `deepObject`'s `key[name]`, a
 * non-exploded `form`'s `key=a,b`) and the fields it gives a media type send it (`contentType: text/plain`). Other
 * nested values: with `nested: 'json'` (the default), arrays of scalars or files repeat the
 * field and objects (and arrays holding objects) are sent as JSON, their files taken out as parts of their own
 * (`appendSplit`: a file is never lost); with `nested: 'brackets'` (as Stainless's SDKs
 * send them) each array item is a `key[]` field and each property of an object a `key[name]` field, at any depth.
 */
export async function toFormData(
  body: unknown,
  jsonParts: string[] = [],
  repeatParts: string[] = [],
  nested: 'json' | 'brackets' = 'json',
  encodings: PartEncodings = {},
): Promise<FormData> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new SDKError('A multipart body must be an object of fields.');
  }
  const form = new FormData();
  // The parts written with a media type of their own (JSON parts, the spec's `contentType`), by name.
  const typed = new Map<string, string>();
  const { styles = {}, contentTypes = {} } = encodings;
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const style = Object.prototype.hasOwnProperty.call(styles, key) ? styles[key] : undefined;
    const contentType = Object.prototype.hasOwnProperty.call(contentTypes, key)
      ? contentTypes[key]
      : undefined;
    if (jsonParts.includes(key)) {
      form.append(key, JSON.stringify(value));
      typed.set(key, 'application/json');
    } else if (style !== undefined && !(style.style !== 'deepObject' && hasUploadableValue(value))) {
      // (A file cannot be joined into a delimited part: such a value is sent the default way below.)
      await appendStyled(form, key, value, style);
    } else if (contentType !== undefined && !isPlainObject(value)) {
      await appendTyped(form, typed, key, value, contentType);
    } else if (contentType !== undefined && Array.isArray(value) && !value.some(isPlainObject)) {
      // An array's `contentType` is its items' (OpenAPI: an array part's media type is its items'): a part per item,
      // named as the array's items are otherwise (`key`, `key[]` in Stainless's bracketed form).
      const itemKey = nested === 'brackets' && !key.endsWith('[]') ? `${key}[]` : key;
      for (const item of value) await appendTyped(form, typed, itemKey, item, contentType);
    } else if (Array.isArray(value) && repeatParts.includes(key)) {
      for (const item of value) await appendRepeatedItem(form, key, item);
    } else if (isPlainObject(value) && repeatParts.includes(key)) {
      await appendExplodedObject(form, value as Record<string, unknown>);
    } else if (nested === 'brackets') {
      await appendBracketed(form, key, value);
    } else if (Array.isArray(value) && !value.some(isPlainObject)) {
      for (const item of value) await appendField(form, key, item);
    } else {
      await appendSplit(form, key, value, true);
      // A part the spec's `encoding` says nothing of is sent in OpenAPI's default media type: an object's (and an
      // array of objects', one JSON value here) is `application/json`, so its JSON text says so.
      if (isPlainObject(value) || Array.isArray(value)) typed.set(key, 'application/json');
    }
  }
  if (typed.size > 0) {
    typedPartsOf.set(form, typed);
    // `encodeBody` finds the writer under this registered symbol without importing this module, so that uploads still
    // tree-shake away from programs that send none.
    Object.defineProperty(form, Symbol.for('sdkgen.multipartBody'), { value: () => multipartBody(form) });
  }
  return form;
}

/**
 * A scalar or a file as a part with the spec's media type (`contentType: text/plain`): a file without a type of its own
 * is given it, a scalar part carries it (`typed`, read by `multipartBody`).
 */
async function appendTyped(
  form: FormData,
  typed: Map<string, string>,
  key: string,
  value: unknown,
  contentType: string,
): Promise<void> {
  if (value === undefined || value === null) return;
  if (isUploadable(value)) {
    const file = await toFile(value, nameOf(value) ?? 'file');
    form.append(key, file.type ? file : await toFile(file, file.name, { type: contentType }), file.name);
  } else {
    form.append(key, value instanceof Date ? value.toISOString() : String(value));
    typed.set(key, contentType);
  }
}

/**
 * The parts of the forms `toFormData` made that carry a media type of their own (the spec's `contentType`:
 * `application/json`, `text/plain`), by form: part name → media type.
 */
const typedPartsOf = new WeakMap<FormData, ReadonlyMap<string, string>>();

/**
 * A form with JSON parts as a multipart body written out, and its Content-Type; null for any other form (sent as
 * `FormData`, fetch writing it). A JSON part carries `Content-Type: application/json` and no file name, as the spec's
 * `encoding` asks (and as the Python SDK sends it): `FormData` can give a part a media type only as a file, with a
 * file name that servers read as an upload. Files keep their names and types.
 */
export function multipartBody(form: FormData): [Blob, string] | null {
  const typed = typedPartsOf.get(form);
  if (typed === undefined) return null;
  const boundary = `----sdkgen${Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('')}`;
  // Quotes and line breaks in a name, as the HTML standard escapes them in a form's body.
  const quoted = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const parts: BlobSource[] = [];
  // (forEach, not entries(): an SDK's tsconfig may leave out the DOM.Iterable lib.)
  form.forEach((value, name) => {
    const disposition = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"`;
    if (typeof value === 'string') {
      const media = typed.get(name);
      const type = media === undefined ? '' : `\r\nContent-Type: ${media}`;
      parts.push(`${disposition}${type}\r\n\r\n`, value, '\r\n');
    } else {
      const type = value.type || 'application/octet-stream';
      parts.push(
        `${disposition}; filename="${quoted(value.name)}"\r\nContent-Type: ${type}\r\n\r\n`,
        value,
        '\r\n',
      );
    }
  });
  parts.push(`--${boundary}--\r\n`);
  return [new Blob(parts), `multipart/form-data; boundary=${boundary}`];
}

/** How a multipart part with a style is sent (OpenAPI's `style` and `explode`, as for a query parameter). */
export interface PartStyle {
  style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
}

/** The spec's `encoding` of a multipart body's parts beyond JSON and repeated parts, by part name. */
export interface PartEncodings {
  /** Parts with a style (`deepObject`, `form` not exploded, `spaceDelimited`, `pipeDelimited`). */
  styles?: Record<string, PartStyle>;
  /** Parts with a media type of their own that is not JSON (`text/plain`). */
  contentTypes?: Record<string, string>;
}

/**
 * The encoder a method whose multipart body has styled or typed parts passes (`multipart: styledFormData(…)`):
 * `toFormData` with the spec's `encoding` of those parts, nested values otherwise as `nested` says.
 */
export function styledFormData(
  encodings: PartEncodings,
  nested: 'json' | 'brackets' = 'json',
): (body: unknown, jsonParts: string[], repeatParts: string[]) => Promise<FormData> {
  return (body, jsonParts, repeatParts) => toFormData(body, jsonParts, repeatParts, nested, encodings);
}

const DELIMITERS = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' } as const;

/**
 * A part with a style, as a query parameter of that style is written (OpenAPI 3.1's Encoding Object), each name-value
 * pair a part: `deepObject` an object's properties under `key[name]` (deeper `key[a][b]`, an array's items
 * `key[0]`), its files parts of their own there; `form`, `spaceDelimited` and `pipeDelimited` not exploded one part of
 * the items (an object's names and values) joined by `,`, ` ` or `|`, exploded a part per item under `key` (an
 * object's properties each under its own name). A scalar is one part in every style; a nested value in a joined
 * or exploded one is its JSON text.
 */
async function appendStyled(
  form: FormData,
  key: string,
  value: unknown,
  { style, explode }: PartStyle,
): Promise<void> {
  if (value === undefined || value === null) return;
  if (style === 'deepObject') return appendDeep(form, key, value);
  if (!Array.isArray(value) && !isPlainObject(value)) return appendField(form, key, value);
  const text = (item: unknown) =>
    item instanceof Date
      ? item.toISOString()
      : typeof item === 'object'
        ? JSON.stringify(item)
        : String(item);
  const pairs: [string, unknown][] = Array.isArray(value)
    ? value.filter((item) => item !== undefined && item !== null).map((item) => [key, item])
    : Object.entries(value as Record<string, unknown>).filter(
        ([, item]) => item !== undefined && item !== null,
      );
  if (explode) {
    for (const [name, item] of pairs) form.append(name, text(item));
  } else {
    const items = Array.isArray(value) ? pairs.map(([, item]) => item) : pairs.flat();
    form.append(key, items.map(text).join(DELIMITERS[style]));
  }
}

/** `key[a][b]=x`, `key[0]=x`: a value under deepObject's bracketed names, at any depth. */
async function appendDeep(form: FormData, key: string, value: unknown): Promise<void> {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) await appendDeep(form, `${key}[${i}]`, (value as unknown[])[i]);
  } else if (isPlainObject(value)) {
    for (const [name, item] of Object.entries(value as Record<string, unknown>))
      await appendDeep(form, `${key}[${name}]`, item);
  } else {
    await appendField(form, key, value);
  }
}

/**
 * An item of an array sent as parts under the field's own name (`style: form`, exploded). An object holding files is
 * split, since JSON cannot carry a file (`appendSplit`); any other item is one part.
 */
async function appendRepeatedItem(form: FormData, key: string, item: unknown): Promise<void> {
  if (!isPlainObject(item) || Array.isArray(item)) return appendField(form, key, item);
  return appendSplit(form, key, item, false);
}

/**
 * An object part of `style: form`, exploded: each property a part under the property's own name, as a form-exploded
 * query object is written (`x=1&y=2`, OpenAPI 3.1's Encoding Object), not one JSON part. A property holding files has
 * them as parts of their own under its name (`name`, `name[]` in an array, `name[key]` in an object: `appendSplit`).
 */
async function appendExplodedObject(form: FormData, value: Record<string, unknown>): Promise<void> {
  for (const [name, item] of Object.entries(value)) await appendSplit(form, name, item, false);
}

/**
 * An object, or an array holding objects, as one JSON part under `key`, its files taken out: JSON cannot carry a file,
 * so each file is a part of its own under `key[name]` (`key[a][b]` deeper; the field's own array's items under `key`
 * itself, an array deeper in it `key[name][]`), and the rest, its files taken out, is the JSON part (`{}` where only
 * files were left: one part per value), as the Python SDK sends it (`extract_files`, `multipart_parts`). `own`: the
 * value is the field's own (not an item of a repeated field).
 */
async function appendSplit(form: FormData, key: string, value: unknown, own: boolean): Promise<void> {
  if (isUploadable(value) || !hasUploadableValue(value)) return appendField(form, key, value);
  const files: [string, unknown][] = [];
  const rest = withoutFiles(value, key, files, own);
  // An array that held only files (`pages: [[file, file], [file]]`) has no JSON part: as Python takes a list emptied
  // of its files out of the body. An object keeps its `{}`.
  if (rest !== undefined || !Array.isArray(value)) form.append(key, JSON.stringify(rest ?? {}));
  for (const [name, file] of files) await appendField(form, name, file);
}

/** `value` with its files taken out (into `files`, with their field names); `undefined` where only files were. */
function withoutFiles(value: unknown, key: string, files: [string, unknown][], own = false): unknown {
  if (isUploadable(value)) {
    files.push([key, value]);
    return undefined;
  }
  if (!hasUploadableValue(value)) return value;
  if (Array.isArray(value)) {
    const itemKey = own ? key : `${key}[]`;
    const kept = value.map((item) => withoutFiles(item, itemKey, files)).filter((item) => item !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  const kept: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    const rest = withoutFiles(item, `${key}[${name}]`, files);
    if (rest !== undefined) kept[name] = rest;
  }
  return kept;
}

async function appendField(form: FormData, key: string, value: unknown): Promise<void> {
  if (value === undefined || value === null) return;
  if (isUploadable(value)) {
    // A nameless part stays `file`, as the SDK's multipart bodies have always named it.
    const file = await toFile(value, nameOf(value) ?? 'file');
    form.append(key, file, file.name);
  } else if (value instanceof Date) {
    form.append(key, value.toISOString());
  } else {
    form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}

/**
 * Stainless's `createForm` (its `internal/uploads`), for hand-written code and tests that call it: `body`'s fields as
 * form data, whatever the spec says of them (its `fetch` argument is not needed: every runtime sdkgen supports has
 * `FormData`). A field left `undefined` is left out; a `null` anywhere is a `TypeError` (as Stainless's encoder threw:
 * form data has no null; send the string `'null'`). `nested` says how a nested value is sent:
 *
 * - `'brackets'` (the default): Stainless's own form, each array item a `key[]` field and each property a `key[name]`
 *   field, at any depth.
 * - `'values'`: by what the value holds. A value holding no file is one part, its JSON text (an object,
 *   an array, of any depth: OpenAPI's `application/json` part); a value holding files is split so that each file is a
 *   part of its own: a field's own array's items under the field's own name (RFC 7578's repeated field, not `name[]`),
 *   an object's properties under `key[name]`, an array deeper in it as Stainless names any array, `key[name][]`. This is the form an SDK whose spec gives every nested part an `encoding`
 *   sends (`contentType: application/json`, or `style: form` for an array of files).
 * - `'objects'`: an object holding no file is one part, its JSON text (no part where none of its properties is
 *   defined); arrays, and objects holding files, as `'brackets'` sends them, their items and properties each by the
 *   same rule (an item that is an object holding no file is a JSON part under `key[]`). The form of the Stainless
 *   encoders their owners patched so (the config's `multipart_form: { json: objects }`).
 *
 * `bracketed`: fields sent in `'brackets'`' form whatever the form of the others (`env_vars[KEY]`).
 *
 * At `internal/uploads`, Stainless's path, `createForm` is this with the SDK's own form (generator/ir/
 * multipart-encoding.ts, `genericMultipartForm`; the config's `multipart_form`).
 */
export async function createForm(
  body: unknown,
  _fetch?: unknown,
  nested: FormNesting = 'brackets',
  bracketed: readonly string[] = [],
): Promise<FormData> {
  const form = new FormData();
  if (body === undefined || body === null) return form;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new TypeError('A multipart body must be an object of fields.');
  }
  for (const [key, value] of Object.entries(body))
    await addFormValue(form, key, value, bracketed.includes(key) ? 'brackets' : nested, true);
  return form;
}

/** How `createForm` sends nested values (see there). */
export type FormNesting = 'values' | 'brackets' | 'objects';

/** One value of a form; `field`: the value is a field's own (a list there repeats the field's name in `'values'`). */
async function addFormValue(
  form: FormData,
  key: string,
  value: unknown,
  nested: FormNesting,
  field = false,
): Promise<void> {
  if (value === undefined) return;
  if (value === null) {
    throw new TypeError(
      `Received null for "${key}"; to pass null in FormData, you must use the string 'null'`,
    );
  }
  if (!Array.isArray(value) && !isPlainObject(value)) return appendField(form, key, value);
  if (nested === 'values' && !hasUploadableValue(value)) {
    form.append(key, JSON.stringify(value));
  } else if (nested === 'objects' && !Array.isArray(value) && !hasUploadableValue(value)) {
    // (Under brackets an object of undefined properties sends nothing; so here.)
    if (Object.values(value as Record<string, unknown>).some((item) => item !== undefined))
      form.append(key, JSON.stringify(value));
  } else if (Array.isArray(value)) {
    // (A field named with its brackets, `timestamp_granularities[]`, is not given a second pair.)
    const itemKey = (nested === 'values' || key.endsWith('[]')) && field ? key : `${key}[]`;
    for (const item of value) await addFormValue(form, itemKey, item, nested);
  } else {
    for (const [name, item] of Object.entries(value as Record<string, unknown>))
      await addFormValue(form, `${key}[${name}]`, item, nested);
  }
}

/** Whether a file is anywhere in `value` (what makes a body multipart where JSON would do otherwise). */
export function hasUploadableValue(value: unknown): boolean {
  if (isUploadable(value)) return true;
  if (Array.isArray(value)) return value.some(hasUploadableValue);
  return isPlainObject(value) && Object.values(value as Record<string, unknown>).some(hasUploadableValue);
}

/** `toFormData` with nested arrays and objects under bracketed keys, as Stainless's SDKs send them. */
export function toBracketedFormData(
  body: unknown,
  jsonParts: string[] = [],
  repeatParts: string[] = [],
): Promise<FormData> {
  return toFormData(body, jsonParts, repeatParts, 'brackets');
}

/**
 * `tags[]=a`, `meta[owner][name]=x`: nested values under bracketed keys; null and undefined left out. A field whose
 * name has its brackets (`timestamp_granularities[]`, an array) is not given a second pair (`top`: the field itself).
 */
async function appendBracketed(form: FormData, key: string, value: unknown, top = true): Promise<void> {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const itemKey = top && key.endsWith('[]') ? key : `${key}[]`;
    for (const item of value) await appendBracketed(form, itemKey, item, false);
  } else if (isPlainObject(value)) {
    for (const [name, item] of Object.entries(value as Record<string, unknown>))
      await appendBracketed(form, `${key}[${name}]`, item, false);
  } else {
    await appendField(form, key, value);
  }
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !isUploadable(value) && !(value instanceof Date);
}

/** The name an upload carries: a File's name, a read stream's file name, the last segment of a Response's URL. */
function nameOf(value: Uploadable): string | undefined {
  const named = value as { name?: unknown; path?: unknown; url?: unknown };
  const source =
    typeof named.name === 'string' ? named.name : value instanceof Response ? named.url : named.path;
  const text = source == null || source === '' ? '' : String(source);
  return text.split(/[\\/]/).pop()?.split(/[?#]/)[0] || undefined;
}

/** The bytes of an upload, as Blob parts. */
async function partsOf(value: Uploadable): Promise<BlobSource[]> {
  if (value instanceof Blob) return [value];
  if (value instanceof Response) return [await value.blob()];
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return [value as BlobSource];
  if (value instanceof ReadableStream) return [await new Response(value).blob()];
  const parts: BlobSource[] = [];
  for await (const chunk of value) parts.push(chunk as BlobSource);
  return parts;
}

/** `new File(...)`, or a Blob with a name where `File` is missing (Node 18). */
function makeFile(parts: BlobSource[], name: string, type: string): File {
  if (typeof File !== 'undefined') return new File(parts, name, { type });
  const blob = new Blob(parts, { type });
  return Object.assign(blob, { name, lastModified: Date.now(), webkitRelativePath: '' }) as unknown as File;
}

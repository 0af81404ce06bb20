/**
 * The spec the SDK was generated from, written into the package under `mock/` so that its own `npm test` can start
 * Prism mocking it (scripts/mock-server.mjs). It is the document as sdkgen read it (Swagger 2.0 converted, a
 * Stainless config's transformations applied), one JSON file per loaded document at its path relative to the root
 * document's folder, so that `$ref`s between files resolve as they did. JSON is valid YAML: each file keeps its name.
 * A JSON document nothing changed is a copy of its file (fileCopy): a spec's change shows in `mock/` as it was made,
 * and a large spec is not printed again.
 * A Stainless config's model moved out of another schema (stainless/nested-models.ts) is named as a spec may name a
 * component. Path parameters the path has no place for are left out, as the SDK's methods leave them out (Prism would refuse
 * every request for lacking them). A query parameter the SDK sends in a Stainless config's format is described as
 * Prism can read it, or not required where it cannot (mockQueryParams).
 *
 * Not written (null) when a document lies outside the root's folder, or its path is not plain (letters, digits,
 * `_.$-` and `/`: output paths never carry anything else): the mock then needs TEST_API_BASE_URL.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { pointerTokens } from '../diagnostics';
import { fileStamp, readStamped } from '../file-stamp';
import { flattenResources } from '../ir/resources';
import type { Api } from '../ir/types';
import type { LoadedSpec } from '../load/load';
import { withNestedModelsNamed } from '../stainless/nested-models';
import type { SpecDocument } from '../load/types';
import type { RenderedFile } from './render';

/** A relative path inside the root's folder, made of plain names. */
const PLAIN_PATH = /^(?!\.\.?\/)[A-Za-z0-9_$-][A-Za-z0-9_.$-]*(\/[A-Za-z0-9_$-][A-Za-z0-9_.$-]*)*$/;
const PRETTY_MAX = 2_000_000;
/** How many levels of objects a large mock spec's parts open (the root, `paths`, each path). */
const PARTS_DEPTH = 3;

export function mockSpecFiles(
  spec: LoadedSpec,
  api: Api | null = null,
): { root: string; files: RenderedFile[] } | null {
  const rootName = mockSpecRoot(spec);
  if (rootName === null) return null;
  const queryParams = api ? mockQueryParams(api) : new Map<string, Map<string, ParamChange>>();
  const files: RenderedFile[] = [];
  for (const doc of spec.documents.values()) {
    const relative = relativeToRoot(spec, doc.absPath);
    let root = withNestedModelsNamed(withoutUnsendablePathParams(doc.root));
    for (const [pointer, change] of queryParams.get(doc.file) ?? [])
      root = changedAt(root, pointerTokens(pointer), change);
    const file = `mock/${relative}`;
    files.push((root === doc.root ? fileCopy(doc, file) : null) ?? specJsonFile(file, root));
  }
  return { root: rootName, files };
}

/**
 * The document's file as it is, when its value is what the file's JSON says and the bytes are its text (`asInFile`),
 * and the file is still the one read (its stamp); else null. A large file is a copy (RenderedFile.copyOf): its text is
 * never read here.
 */
export function fileCopy(doc: SpecDocument, file: string): RenderedFile | null {
  if (doc.asInFile !== true || doc.stamp === undefined) return null;
  let size: number;
  try {
    const stat = statSync(doc.absPath);
    if (fileStamp(stat) !== doc.stamp) return null;
    size = stat.size;
  } catch {
    return null;
  }
  const copyOf = { file: doc.absPath, stamp: doc.stamp, size };
  if (size < PRETTY_MAX) {
    try {
      return { path: file, contents: readStamped(copyOf.file, copyOf.stamp).toString('utf8') };
    } catch {
      return null;
    }
  }
  let contents: string | null = null;
  return {
    path: file,
    get contents() {
      return (contents ??= readStamped(copyOf.file, copyOf.stamp).toString('utf8'));
    },
    copyOf,
  };
}

/** The root document's name under mock/ (what mockSpecFiles() returns as `root`), or null when no mock is written. */
export function mockSpecRoot(spec: LoadedSpec): string | null {
  for (const doc of spec.documents.values()) if (!PLAIN_PATH.test(relativeToRoot(spec, doc.absPath))) return null;
  return path.basename(spec.root.absPath);
}

/** A document's path relative to the root document's folder, with `/`. */
function relativeToRoot(spec: LoadedSpec, absPath: string): string {
  return path.relative(path.dirname(spec.root.absPath), absPath).split(path.sep).join('/');
}

/** What becomes of a parameter object of the mock spec. */
type ParamChange = (param: Record<string, unknown>) => Record<string, unknown>;

/**
 * The query parameters a Stainless config's `query_settings` has the SDK send in a format the spec does not name,
 * by spec file and pointer, with what Prism needs to read what is sent: `filter[status]=x` (nested brackets) is a
 * `deepObject`, `tag=a,b` (comma) `form` without `explode`. Bracketed arrays (`tag[]=a`), indices (`tag[0]=a`) and
 * dots (`filter.status=x`) Prism cannot read under any description (it looks for `tag` alone): such a parameter is
 * not required in the mock, which then lets a request through whether or not it has one. An array that may be null
 * (`anyOf: [{ type: array }, { type: 'null' }]`) is an array in the mock: Prism reads a query value as an array only
 * when its schema says `type: array`, and null is never sent (the SDK leaves such a parameter out).
 */
function mockQueryParams(api: Api): Map<string, Map<string, ParamChange>> {
  const changes = new Map<string, Map<string, ParamChange>>();
  const resources = [...(api.topLevel ? [api.topLevel] : []), ...flattenResources(api.resources)];
  for (const method of resources.flatMap((r) => r.methods)) {
    for (const param of method.params?.fields ?? []) {
      if (param.in !== 'query' || param.members) continue;
      const { style, explode } = param.style ?? { style: null, explode: true };
      const keys: Record<string, unknown> | null =
        style === 'deepObject' || (style === 'form' && !explode)
          ? { style, explode }
          : (style === 'brackets' || style === 'indices' || style === 'dots') && param.required
            ? { required: false }
            : null;
      const nullableArray =
        param.type.kind === 'union' &&
        param.type.variants.length === 2 &&
        param.type.variants.some((v) => v.kind === 'null') &&
        param.type.variants.some((v) => v.kind === 'array');
      // Only the parameters that change: each change copies the objects on its way (the paths object among them).
      if (!keys && !nullableArray) continue;
      const byPointer = changes.get(param.source.file) ?? new Map<string, ParamChange>();
      byPointer.set(param.source.pointer, (raw) => withoutNullVariant(keys ? { ...raw, ...keys } : raw));
      changes.set(param.source.file, byPointer);
    }
  }
  return changes;
}

/** A parameter whose schema is an array or null (`anyOf`/`oneOf` of the two) with the array as its schema. */
function withoutNullVariant(param: Record<string, unknown>): Record<string, unknown> {
  const schema = param.schema;
  if (!isPlainObject(schema)) return param;
  const variants = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(variants) || variants.length !== 2) return param;
  const isNull = (v: unknown) => isPlainObject(v) && v.type === 'null' && Object.keys(v).length === 1;
  const array = variants.find((v) => !isNull(v));
  if (!variants.some(isNull) || !isPlainObject(array) || array.type !== 'array') return param;
  return { ...param, schema: array };
}

/** `root` with the object at `tokens` given `change`'s keys: the objects on the way are copied, `root` is not changed. */
function changedAt(root: unknown, tokens: readonly string[], change: ParamChange): unknown {
  if (tokens.length === 0) return isPlainObject(root) ? change(root) : root;
  const [token, ...rest] = tokens;
  if (Array.isArray(root)) {
    const index = Number(token);
    if (!Number.isInteger(index) || index < 0 || index >= root.length) return root;
    const copy = [...root];
    copy[index] = changedAt(root[index], rest, change);
    return copy;
  }
  if (!isPlainObject(root) || !Object.hasOwn(root, token)) return root;
  return { ...root, [token]: changedAt(root[token], rest, change) };
}

/**
 * A spec document as JSON (the mock's, the documented spec): pretty when a reader may open it; compact when very large
 * (indenting it would double its size), and then in parts (RenderedFile.contentsParts).
 */
export function specJsonFile(file: string, value: unknown): RenderedFile {
  const parts: string[] = [];
  if (isPlainObject(value)) compactParts(value, PARTS_DEPTH, parts);
  else parts.push(JSON.stringify(value));
  if (parts.reduce((length, part) => length + part.length, 0) < PRETTY_MAX)
    return { path: file, contents: `${JSON.stringify(value, null, 2)}\n` };
  parts.push('\n');
  let contents: string | null = null;
  return {
    path: file,
    get contents() {
      return (contents ??= parts.join(''));
    },
    contentsParts: parts,
  };
}

/**
 * JSON.stringify(value) in parts whose concatenation it is: objects opened `depth` levels down, the values below
 * stringified whole. JSON.stringify's text is two bytes a character from its first character beyond Latin-1 to its
 * end (a large spec's, most of it); in parts, only the parts holding one are, and the output worker is handed half
 * the bytes.
 */
function compactParts(value: Record<string, unknown>, depth: number, parts: string[]): void {
  parts.push('{');
  let comma = '';
  for (const key of Object.keys(value)) {
    const child = value[key];
    const opened = depth > 1 && isPlainObject(child);
    const text = opened ? '' : (JSON.stringify(child) as string | undefined);
    // (JSON.stringify leaves out a key whose value it cannot print: undefined, a function, a symbol.)
    if (text === undefined) continue;
    parts.push(`${comma}${JSON.stringify(key)}:`);
    comma = ',';
    if (opened) compactParts(child, depth - 1, parts);
    else parts.push(text);
  }
  parts.push('}');
}

const OPERATION_KEYS = ['parameters', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * `doc` without the path parameters (written inline) whose name its path has no `{name}` for, in path items and
 * operations; the objects on the way are copied, the loaded document is not changed. `doc` itself when it has none.
 */
function withoutUnsendablePathParams(doc: unknown): unknown {
  if (!isPlainObject(doc) || !isPlainObject(doc.paths)) return doc;
  let paths: Record<string, unknown> | null = null;
  for (const [route, item] of Object.entries(doc.paths)) {
    if (!isPlainObject(item)) continue;
    const names = new Set([...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
    const sendable = (p: unknown) =>
      !(isPlainObject(p) && p.in === 'path' && typeof p.name === 'string' && !names.has(p.name));
    let copy: Record<string, unknown> | null = null;
    for (const key of OPERATION_KEYS) {
      const holder = key === 'parameters' ? item : item[key];
      const list = isPlainObject(holder) ? holder.parameters : undefined;
      if (!Array.isArray(list) || list.every(sendable)) continue;
      copy ??= { ...item };
      const kept = list.filter(sendable);
      if (key === 'parameters') copy.parameters = kept;
      else copy[key] = { ...(holder as Record<string, unknown>), parameters: kept };
    }
    if (copy) (paths ??= { ...doc.paths })[route] = copy;
  }
  return paths ? { ...doc, paths } : doc;
}

/** An object JSON.stringify prints as its own keys and values (no toJSON, no class of its own). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

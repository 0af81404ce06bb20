/**
 * The component schemas each endpoint of the spec's SDK reaches ("post /v1/things" → schema keys): its request body's
 * and its response's, and the schemas those refer to in turn (a union's variants, a property's type). For
 * python-models.ts, where a type api.md lists has two schemas of its name or shape (a FastAPI spec keys its schemas by
 * module when two share a name: `pkg__agents__CompactionRequest`, `pkg__conversations__CompactionRequest`): the one
 * the methods of its api.md section send or return is it.
 */
import { pointerTokens } from '../../../diagnostics';
import type { Api, Method, Resource } from '../../../ir/types';
import type { Shape } from '../../derived-config/config';
import { namesNoType } from '../../derived-config/alias-shapes';
import { namesAgree } from '../../derived-config/schema-match';

export function endpointSchemasOf(api: Api, document: unknown = null): Map<string, string[]> {
  const byId = new Map(api.schemas.map((schema) => [schema.id, schema]));
  const reached = new Map<string, Set<string>>();
  const add = (endpoint: string, keys: Iterable<string>) => {
    const set = reached.get(endpoint) ?? new Set<string>();
    for (const key of keys) set.add(key);
    if (set.size > 0) reached.set(endpoint, set);
  };
  /** The schema ids a schema reaches, itself included (a cycle ends at a schema already on the way). */
  const reach = (id: string, into: Set<string>) => {
    if (into.has(id)) return;
    into.add(id);
    const schema = byId.get(id);
    if (schema) for (const next of refsIn(schema.type)) reach(next, into);
  };
  const visit = (resource: Resource) => {
    for (const method of resource.methods) {
      const ids = new Set<string>();
      for (const start of methodRefs(method)) reach(start, ids);
      add(
        `${method.http} ${api.basePath}${method.path}`,
        [...ids].flatMap((id) => schemaKey(id) ?? []),
      );
    }
    resource.subresources.forEach(visit);
  };
  api.resources.forEach(visit);
  if (api.topLevel) visit(api.topLevel);
  // The spec as written too: a body the IR reads as its fields (`anyOf: [{ $ref }, { type: null }]`, an optional
  // body FastAPI writes) names its schema nowhere in the IR.
  for (const [endpoint, keys] of documentSchemas(document)) add(endpoint, keys);
  return new Map([...reached].map(([endpoint, keys]) => [endpoint, [...keys].sort()]));
}

/** Each operation of a parsed spec and the component schemas its request body and responses reach (local `$ref`s). */
function documentSchemas(document: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (document === null || typeof document !== 'object') return out;
  const root = document as { paths?: Record<string, Record<string, unknown>> };
  const resolve = (pointer: string): unknown => {
    let node: unknown = root;
    for (const token of pointerTokens(pointer)) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[token];
    }
    return node;
  };
  const collect = (node: unknown, keys: Set<string>, seen: Set<string>) => {
    if (Array.isArray(node)) {
      for (const item of node) collect(item, keys, seen);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string' && record.$ref.startsWith('#')) {
      const ref = record.$ref;
      if (seen.has(ref)) return;
      seen.add(ref);
      const key = schemaKey(ref);
      if (key !== null) keys.add(key);
      collect(resolve(ref.slice(1)), keys, seen);
      return;
    }
    for (const [name, value] of Object.entries(record))
      if (name !== 'example' && name !== 'examples') collect(value, keys, seen);
  };
  for (const [path, item] of Object.entries(root.paths ?? {})) {
    if (item === null || typeof item !== 'object') continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP.has(method) || operation === null || typeof operation !== 'object') continue;
      const { requestBody, responses } = operation as { requestBody?: unknown; responses?: unknown };
      const keys = new Set<string>();
      collect([requestBody, responses], keys, new Set());
      if (keys.size > 0) out.set(`${method} ${path}`, keys);
    }
  }
  return out;
}

const HTTP = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The schema ids a method's request (its body's schema, its params' types) and its response name directly. */
function methodRefs(method: Method): string[] {
  const refs: string[] = [];
  if (method.body?.schemaId) refs.push(method.body.schemaId);
  refs.push(...refsIn(method.params));
  refs.push(...refsIn(method.response));
  return refs;
}

/** Every `{ kind: 'ref', schemaId }` inside a value of the IR (a type, params, a response), outermost first. */
function refsIn(value: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.kind === 'ref' && typeof record.schemaId === 'string') {
      out.push(record.schemaId);
      return;
    }
    for (const key of Object.keys(record)) if (key !== 'docs') walk(record[key]);
  };
  walk(value);
  return out;
}

/** `spec.yaml#/components/schemas/Name` → `Name` (the key derived-config/input.ts names schemas by). */
function schemaKey(id: string): string | null {
  const hash = id.indexOf('#');
  if (hash < 0) return null;
  const tokens = pointerTokens(id.slice(hash));
  if (tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas') return tokens[2];
  return tokens.length === 2 && tokens[0] === 'definitions' ? tokens[1] : null;
}

/**
 * The schema a type api.md lists is, where matching by name or shape (schemaFor) found none or two: of the schemas
 * keyed by module whose last part is its name (`pkg__conversations__CompactionRequest` for `CompactionRequest`), else
 * of those of its declared shape, the one of its declared shape and detail (a constant, `mcp_server_type=sse`), else
 * the one the methods of its api.md section send or return (`endpoints`, through `reached`). Null when none or still
 * two: a person names it.
 */
export function schemaBySection(
  name: string,
  schemas: ReadonlyArray<{ key: string; shape: Shape | null }>,
  shape: Shape | null,
  endpoints: readonly string[],
  reached: ReadonlyMap<string, readonly string[]> | undefined,
): string | null {
  const loose = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const qualified = schemas.filter((s) => s.key.includes('__') && loose(s.key.split('__').pop()!) === loose(name));
  const sameShape = (s: { shape: Shape | null }) =>
    shape !== null && s.shape !== null && s.shape.kind === shape.kind && same(s.shape.members, shape.members);
  // (A list of some named type is no schema its name does not agree with: namesNoType.)
  const shaped = (s: { key: string; shape: Shape | null }) =>
    sameShape(s) && (!namesNoType(shape) || namesAgree(name, s.key));
  let candidates = qualified.length > 0 ? qualified : shape && shape.members.length > 0 ? schemas.filter(shaped) : [];
  if (candidates.length === 0) return null;
  // (A schema of its name but another shape is not it, where one of its shape is.)
  if (shape !== null && candidates.some(sameShape)) candidates = candidates.filter(sameShape);
  if (candidates.length === 1) return candidates[0].key;
  const detailed = candidates.filter((s) => shape?.detail && same(s.shape?.detail ?? [], shape.detail));
  if (detailed.length === 1) return detailed[0].key;
  const sent = new Set(endpoints.flatMap((endpoint) => reached?.get(endpoint) ?? []));
  const bySection = candidates.filter((s) => sent.has(s.key));
  return bySection.length === 1 ? bySection[0].key : null;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

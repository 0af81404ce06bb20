/**
 * An index over one `Api` for the diff: every method with its dotted SDK path, every resource by path,
 * named schemas by id and by name, and where each named schema is used (which decides its variance).
 */
import { walkRefs } from '../ir/walk';
import type { Api, Method, NamedSchema, Resource, TypeRef } from '../ir/types';

export interface MethodEntry {
  resource: Resource;
  method: Method;
  /** "servers.releases.get". */
  key: string;
}

/** Where a named schema is used, directly or through other schemas. */
export interface Usage {
  request: boolean;
  response: boolean;
  error: boolean;
  /** "servers.get (response)", "ServersPage (page)", in first-seen order. */
  users: string[];
}

export interface Surface {
  api: Api;
  /** Methods in SDK order (depth-first over resources). */
  methods: MethodEntry[];
  /** Resources by dotted path, in SDK order. */
  resources: Map<string, Resource>;
  schemasById: Map<string, NamedSchema>;
  schemasByName: Map<string, NamedSchema>;
  /** Schema id → where it is used. */
  usage: Map<string, Usage>;
  /** Module path ("resources/servers/servers") → resource path ("servers"). */
  moduleToResource: Map<string, string>;
}

export function buildSurface(api: Api): Surface {
  const methods: MethodEntry[] = [];
  const resources = new Map<string, Resource>();
  const moduleToResource = new Map<string, string>();
  const visit = (list: Resource[]) => {
    for (const resource of list) {
      resources.set(resource.path, resource);
      moduleToResource.set(resource.module, resource.path);
      for (const method of resource.methods) methods.push({ resource, method, key: `${resource.path}.${method.name}` });
      visit(resource.subresources);
    }
  };
  visit(api.resources);
  const schemasById = new Map(api.schemas.map((s) => [s.id, s]));
  const schemasByName = new Map(api.schemas.map((s) => [s.name, s]));
  return {
    api,
    methods,
    resources,
    schemasById,
    schemasByName,
    usage: computeUsage(api, methods, schemasById),
    moduleToResource,
  };
}

/** Propagate each use of a type through every named schema it reaches. */
function computeUsage(api: Api, methods: MethodEntry[], byId: Map<string, NamedSchema>): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  /** Record a use of `type` and of every named schema it reaches (with `reach: false`, of `type`'s own ref only). */
  const use = (
    type: TypeRef | null | undefined,
    side: 'request' | 'response' | 'error',
    user: string,
    reach = true,
  ) => {
    if (!type) return;
    const seen = new Set<string>();
    const stack: TypeRef[] = [type];
    while (stack.length > 0) {
      walkRefs(stack.pop()!, (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        let entry = usage.get(id);
        if (!entry) usage.set(id, (entry = { request: false, response: false, error: false, users: [] }));
        entry[side] = true;
        const label = `${user} (${side})`;
        if (!entry.users.includes(label)) entry.users.push(label);
        const schema = byId.get(id);
        if (schema && reach) stack.push(schema.type);
      });
    }
  };
  // A body whose properties were flattened into the params object no longer refers to its named
  // schema (`CreateTokenRequest`); the fields' source pointers still lead to it. What it refers to is used
  // through the fields' types (its own type is its response shape: a readOnly property is not a field).
  const bodySchema = (pointerFile: string, pointer: string): string | null => {
    const tokens = pointer.split('/');
    for (let n = tokens.length - 1; n > 1; n--) {
      const id = `${pointerFile}${tokens.slice(0, n).join('/')}`;
      if (byId.has(id)) return id;
    }
    return null;
  };
  for (const { method, key } of methods) {
    for (const p of method.positional) use(p.type, 'request', key);
    for (const p of method.params?.fields ?? []) {
      use(p.type, 'request', key);
      const id = p.in === 'body' ? bodySchema(p.source.file, p.source.pointer) : null;
      if (id) use({ kind: 'ref', schemaId: id }, 'request', key, false);
    }
    if (method.response.kind === 'json') use(method.response.type, 'response', key);
    if (method.response.kind === 'sse') use(method.response.event, 'response', key);
    if (method.pagination) use(method.pagination.item, 'response', key);
    for (const e of method.errors) use(e.type, 'error', key);
  }
  for (const scheme of api.paginationSchemes) {
    for (const f of scheme.fields) use(f.type, 'response', scheme.className);
  }
  return usage;
}

/**
 * A schema id that survives moving the spec: the root file's name is replaced by "<root>", so
 * `specs/a.yml#/components/schemas/X` and `/tmp/x/specs/a.yml#/components/schemas/X` compare equal.
 */
export function portableSchemaId(api: Api, id: string): string {
  const hash = id.indexOf('#');
  if (hash === -1) return id;
  const file = id.slice(0, hash);
  return file === api.source.file ? `<root>${id.slice(hash)}` : id;
}

/** Parent of a dotted resource path ("servers.releases" → "servers"), or null at the top. */
export function parentPath(path: string): string | null {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? null : path.slice(0, dot);
}

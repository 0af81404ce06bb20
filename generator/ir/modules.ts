/**
 * Pass 4, placement: the structure and the resources' modules → the module that declares each named schema.
 * Schema names depend on it (a type used by one resource may take that resource's singular as a prefix), so it
 * runs between the resources' names and the types' names.
 */
import { SHARED_MODULE } from '../naming/rules';
import type { BuildContext } from './context';
import type { ResourceNames } from './names';
import type { Structure } from './structure';
import type { TypeRef } from './types';
import { forEachRef, refIds } from './walk';

type RefType = Extract<TypeRef, { kind: 'ref' }>;

/**
 * Which module declares each named schema: the one resource module that uses it (through its methods, directly
 * or through other schemas), else resources/shared. Only "none, one module (which), several" matters, so each
 * schema's label is raised at most twice and passed on to the schemas it refers to: linear in the schema graph
 * (walking every resource's whole closure would be quadratic on densely linked schemas).
 */
export function schemaModules(
  ctx: BuildContext,
  structure: Structure,
  resources: ReadonlyMap<string, ResourceNames>,
  { sharedClosure = true } = {},
): Map<string, string> {
  const schemaRefs = new Map<string, readonly string[]>();
  for (const schema of structure.schemas.values()) schemaRefs.set(schema.id, refIds(schema.type));
  const SEVERAL = Symbol('several modules');
  const usedBy = new Map<string, string | typeof SEVERAL>();
  const queue: string[] = [];
  const raise = (id: string, user: string | typeof SEVERAL) => {
    const current = usedBy.get(id);
    if (current === SEVERAL || current === user) return;
    usedBy.set(id, current === undefined ? user : SEVERAL);
    queue.push(id);
  };
  for (const r of structure.resources.values()) {
    const module = resources.get(r.key)!.module;
    const direct = new Set<string>();
    const add = (ref: RefType) => direct.add(ref.schemaId);
    // (Indexes, not for…of: these run for each method, parameter and error response of the API.)
    for (let i = 0; i < r.methods.length; i++) {
      const { method } = r.methods[i];
      forEachTypeRef(method.positional, add);
      if (method.params) {
        forEachTypeRef(method.params.fields, add);
        for (const v of method.params.variants ?? []) forEachTypeRef(v.fields, add);
      }
      if (method.response.kind === 'json') forEachRef(method.response.type, add);
      if (method.response.kind === 'sse') forEachRef(method.response.event, add);
      if (method.response.kind === 'text' && method.response.event) forEachRef(method.response.event, add);
      if (method.response.kind === 'binary' && method.response.lines) forEachRef(method.response.lines, add);
      forEachTypeRef(method.errors, add);
      if (method.pagination) forEachRef(method.pagination.item, add);
    }
    for (const id of direct) raise(id, module);
  }
  while (queue.length > 0) {
    const id = queue.pop()!;
    const user = usedBy.get(id)!;
    const refs = schemaRefs.get(id) ?? [];
    for (let i = 0; i < refs.length; i++) raise(refs[i], user);
  }
  // Page classes' field types live in src/pagination.ts, which imports from wherever they are.
  const usedByPages = new Set<string>();
  const usedByPage = (ref: RefType) => usedByPages.add(ref.schemaId);
  for (const scheme of structure.schemes) for (const f of scheme.fields) forEachRef(f.type, usedByPage);
  // The module of the method each method-named type (response, page item) comes from.
  const methodModule = new Map<string, string>();
  for (const r of ctx.stainless ? structure.resources.values() : []) {
    for (const m of r.methods) {
      methodModule.set(`${m.id}#response`, resources.get(r.key)!.module);
      methodModule.set(`${m.id}#item`, resources.get(r.key)!.module);
    }
  }
  const owners = new Map<string, string>();
  for (const schema of structure.schemas.values()) {
    const user = usedBy.get(schema.id);
    owners.set(schema.id, typeof user === 'string' && !usedByPages.has(schema.id) ? user : SHARED_MODULE);
    // A Stainless model is declared where the config puts it, a method's own type in the method's module.
    const model = ctx.models.of(schema.id);
    if (model) {
      // (Stainless's api.md lists a `$client` model in resources/top-level.ts, openint's `Connector`.)
      const resource = model.resource || model.client ? resources.get(model.resource) : undefined;
      owners.set(schema.id, resource?.module ?? SHARED_MODULE);
    } else if (ctx.stainless && methodModule.has(schema.id)) owners.set(schema.id, methodModule.get(schema.id)!);
  }
  // Stainless's shared module imports from no resource (its SDKs from SHARED_CLOSURE_SINCE on): a model of a resource
  // that a shared model refers to (through the types it inlines too) is shared as well (knock-mgmt's
  // MessageTypeTextField, declared in message_types, which the shared MessageTypeButtonField refers to).
  if (!sharedClosure) return owners;
  const sharedQueue = [...structure.schemas.keys()].filter(
    (id) => ctx.models.of(id)?.resource === '' && owners.get(id) === SHARED_MODULE,
  );
  const reached = new Set(sharedQueue);
  for (let id = sharedQueue.pop(); id !== undefined; id = sharedQueue.pop()) {
    for (const next of schemaRefs.get(id) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      sharedQueue.push(next);
      if (ctx.models.of(next)) owners.set(next, SHARED_MODULE);
    }
  }
  return owners;
}

/** forEachRef over the type of each of `holders` (parameters, fields, error responses). */
function forEachTypeRef(holders: ReadonlyArray<{ type: TypeRef }>, visit: (ref: RefType) => void): void {
  for (let i = 0; i < holders.length; i++) forEachRef(holders[i].type, visit);
}

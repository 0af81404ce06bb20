/**
 * Pass 3, names. `resourceNames`: the resource tree → each resource's class, property, singular and module (the
 * module decides where types are placed, pass 4). `settleTypeNames`: the structure and the placement → every
 * exported name settled in one SDK-wide scope (resource classes, schemas, params types, page classes), plus the
 * names that had to change. The rules (what each thing asks for, what it tries when taken, who settles first) are
 * naming/rules.ts and, with a Stainless config, naming/stainless.ts; this pass only applies them. Nothing is renamed
 * in place: the assemble pass reads the names from what this returns.
 */
import {
  methodPascal,
  methodTypeNames,
  modelNameAlternatives,
  NAME_PRIORITY,
  pageClassAlternatives,
  requestVariantName,
  resourceClassAlternatives,
  resourceClassName,
  resourceModule,
  resourceSingular,
  schemaNameAlternatives,
  schemaTypeName,
  SHARED_MODULE,
  stainlessTypeOrder,
  takenTypeNames,
  TOP_LEVEL_MODULE,
  type WantedName,
} from '../naming/rules';
import { settleNames, type NameRequest, type Rename, type SettledNames } from '../naming/scope';
import type { BuildContext } from './context';
import type { Structure } from './structure';
import type { TypeRef } from './types';
import { refIds, walkRefs } from './walk';

export interface ResourceNames {
  className: string;
  /** The name of the class's namespace, when not the class's own (see modelNamespaces). */
  namespaceName?: string;
  property: string;
  /** The property is also a method of the client's own (Resource.callable). */
  callable?: true;
  singular: string;
  /** Module path without extension: `resources/servers/releases`. */
  module: string;
}

export interface Names {
  /** By resource key, with the settled class name. */
  readonly resources: ReadonlyMap<string, ResourceNames>;
  /** By schema id. */
  readonly schemas: ReadonlyMap<string, string>;
  /** By schema id: the name a schema asked for when only a reserved name (TypeScript's `Partial`) refused it. */
  readonly reservedOut: ReadonlyMap<string, string>;
  /** Params type name by method id. */
  readonly params: ReadonlyMap<string, string>;
  /** Page class by scheme key. */
  readonly pages: ReadonlyMap<string, string>;
  /** Names that had to change because of a collision (for `--verbose`). */
  readonly renames: Rename[];
}

/** A name to settle, with what it names: a resource (by key), a params type (by method id), a schema, a page class. */
interface TypeNameRequest extends NameRequest {
  kind: 'resource' | 'params' | 'schema' | 'page';
  id: string;
}

/** Each resource's names as its key and the config say, before collisions are settled. */
export function resourceNames(ctx: BuildContext, structure: Structure): Map<string, ResourceNames> {
  const out = new Map<string, ResourceNames>();
  // The client's own methods: a top-level resource of one of their names is that method too (Resource.callable).
  const clientMethods = new Set(structure.resources.get('')?.methods.map((m) => m.placement.method) ?? []);
  for (const r of structure.resources.values()) {
    if (r.path.length === 0) {
      // The client's own methods: no class of their own, their types in Stainless's `resources/top-level`.
      out.set(r.key, { className: ctx.identity.clientName, property: '', singular: '', module: TOP_LEVEL_MODULE });
      continue;
    }
    const configured = ctx.stainless?.resources.get(r.key);
    const property = r.path[r.path.length - 1];
    out.set(r.key, {
      className: configured?.className ?? resourceClassName(property),
      property,
      ...(r.path.length === 1 && clientMethods.has(property) ? { callable: true as const } : {}),
      singular: configured?.singular ?? resourceSingular(property),
      // A resource with an api.md of its own has a folder of its own, as one with subresources has.
      module: resourceModule(
        r.path.map((_, i) => ctx.stainless?.resources.get(r.path.slice(0, i + 1).join('.'))?.file ?? r.path[i]),
        r.children.length > 0 || configured?.standaloneApi === true,
      ),
    });
  }
  return out;
}

/** Settle every exported name in one SDK-wide scope. `modules` is the module of each schema (pass 4). */
export function settleTypeNames(
  ctx: BuildContext,
  structure: Structure,
  resources: ReadonlyMap<string, ResourceNames>,
  modules: ReadonlyMap<string, string>,
): Names {
  const requests: TypeNameRequest[] = [];
  // Top-level resource classes first: `client.health` is of type Health, whatever the schemas are called. Nested
  // ones are settled after, per parent (nestedClassNames).
  for (const r of structure.resources.values()) {
    if (r.path.length !== 1) continue;
    const { className } = resources.get(r.key)!;
    requests.push({
      kind: 'resource',
      id: r.key,
      key: `resource:${r.key}`,
      preferred: className,
      alternatives: resourceClassAlternatives(className, r.path.length > 1 ? r.path[r.path.length - 2] : null),
      priority: NAME_PRIORITY.resource,
      order: r.path.length * 1_000_000 + r.order,
    });
  }

  // Methods name their synthetic types after the resource: ReleaseGetParams, ReleaseGetResponse.
  const syntheticPrefix = new Map<string, WantedName>();
  // With a Stainless config, the depth of the resource of each method's type: the shallower settles first.
  const depthOf = new Map<string, number>();
  const typeOrder = (id: string, order: number) =>
    ctx.stainless && depthOf.has(id) ? stainlessTypeOrder(depthOf.get(id)!, order) : order;
  for (const r of structure.resources.values()) {
    const names = resources.get(r.key)!;
    const parent = r.path.length > 1 ? resources.get(r.path.slice(0, -1).join('.'))! : null;
    for (const m of r.methods) {
      const method = {
        singular: names.singular,
        parentSingular: parent?.singular ?? null,
        clientName: ctx.identity.clientName,
        methodPascal: ctx.stainless ? ctx.stainless.names.pascal(m.method.name) : methodPascal(m.method.name),
      };
      const response = methodTypeNames(method, 'Response');
      syntheticPrefix.set(`${m.id}#response`, response);
      syntheticPrefix.set(`${m.id}#item`, response);
      if (ctx.stainless)
        for (const suffix of ['#response', '#item', '#params']) depthOf.set(`${m.id}${suffix}`, r.path.length);
      if (m.paramsOrder !== null) {
        const derived = methodTypeNames(method, 'Params');
        // `streaming.params_type_name` (Stainless): the base name of a dual-mode method's params types.
        const given = m.placement.stainless?.streaming?.paramsTypeName;
        const named = given && m.method.streamWhen ? ctx.stainless!.names.typeName(given) : null;
        requests.push({
          kind: 'params',
          id: m.id,
          key: `params:${m.id}#params`,
          ...(named ? { preferred: named, alternatives: [derived.preferred, ...derived.alternatives] } : derived),
          priority: NAME_PRIORITY.params(ctx.stainless !== null),
          order: typeOrder(`${m.id}#params`, m.paramsOrder),
        });
      }
    }
  }

  // A method's response type no signature shows: the method returns the value as is (Stainless: `-> unknown`).
  const declaredOnly = new Set<string>();
  for (const r of structure.resources.values())
    for (const m of r.methods)
      if (m.method.response.kind === 'json' && m.method.response.type.kind !== 'ref')
        declaredOnly.add(`${m.id}#response`);

  // A schema that is one method's response can take that method's response name when its own is taken.
  const responseOf = new Map<string, string[]>();
  for (const r of structure.resources.values()) {
    const names = resources.get(r.key)!;
    for (const m of r.methods) {
      const t = m.method.response.kind === 'json' && !m.method.pagination ? m.method.response.type : null;
      if (t?.kind === 'ref')
        responseOf.set(t.schemaId, [
          ...(responseOf.get(t.schemaId) ?? []),
          methodTypeNames(
            {
              singular: names.singular,
              parentSingular: null,
              clientName: '',
              methodPascal: methodPascal(m.method.name),
            },
            'Response',
          ).preferred,
        ]);
    }
  }
  // The first resource (in creation order) of each module names its singular.
  const singularOfModule = new Map<string, string>();
  for (const names of resources.values())
    if (!singularOfModule.has(names.module)) singularOfModule.set(names.module, names.singular);
  for (const schema of structure.schemas.values()) {
    if (schema.requestVariantOf !== undefined) continue; // named after their schema, below
    const synthetic = syntheticPrefix.get(schema.id);
    const asResponse = responseOf.get(schema.id);
    const owner = modules.get(schema.id);
    const ownerSingular = owner && owner !== SHARED_MODULE ? (singularOfModule.get(owner) ?? null) : null;
    const model = ctx.models.of(schema.id);
    if (model) {
      requests.push({
        kind: 'schema',
        id: schema.id,
        key: `schema:${schema.id}`,
        preferred: model.name,
        alternatives: modelNameAlternatives(model.name),
        priority: NAME_PRIORITY.model,
        order: schema.order,
      });
      continue;
    }
    const preferred = synthetic ? synthetic.preferred : schemaTypeName(schema.nameHint ?? '');
    const alternatives = synthetic
      ? synthetic.alternatives
      : schemaNameAlternatives(preferred, { asResponse, ownerSingular, clientName: ctx.identity.clientName });
    const priority = NAME_PRIORITY.schema(
      {
        explicit: schema.explicitName,
        methodNamed: synthetic !== undefined,
        declaredOnly: declaredOnly.has(schema.id),
      },
      ctx.stainless !== null,
    );
    requests.push({
      kind: 'schema',
      id: schema.id,
      key: `schema:${schema.id}`,
      preferred,
      alternatives,
      priority,
      order: typeOrder(schema.id, schema.order),
    });
  }
  for (const scheme of structure.schemes) {
    requests.push({
      kind: 'page',
      id: scheme.key,
      key: `page:${scheme.key}`,
      preferred: scheme.preferredName,
      alternatives: pageClassAlternatives(scheme.preferredName),
      priority: NAME_PRIORITY.page,
      order: -1,
    });
  }
  const taken = takenTypeNames(ctx.identity.clientName, { stainless: ctx.stainless !== null });
  const flat = settleNames(requests, taken);
  // With a Stainless config, each module is a scope of its own: what each one sees, by name key.
  const seen = ctx.stainless ? moduleSights(structure, resources, modules) : null;
  const settled = seen ? moduleScopedNames(structure, requests, flat, taken, seen) : flat;
  // Request-side variants are named after their schema's settled name (Pet → PetParam), after every other
  // name: a schema the spec calls `PetParam` keeps its name and the variant takes the next free one.
  const variantRequests: TypeNameRequest[] = [];
  for (const schema of structure.schemas.values()) {
    if (schema.requestVariantOf === undefined) continue;
    const baseName = settled.names.get(`schema:${schema.requestVariantOf}`)!;
    variantRequests.push({
      kind: 'schema',
      id: schema.id,
      key: `schema:${schema.id}`,
      preferred: requestVariantName(baseName),
      alternatives: [],
      priority: NAME_PRIORITY.requestVariant,
      order: schema.order,
    });
  }
  const variants =
    variantRequests.length > 0
      ? settleNames(variantRequests, new Set([...taken, ...settled.names.values()]))
      : { names: new Map<string, string>(), renames: [] };
  // The names by kind, keyed by what assemble looks them up with (the ids as the structure holds them); and the
  // names of types a nested class may not take.
  const byKind: Record<TypeNameRequest['kind'], Map<string, string>> = {
    resource: new Map(),
    params: new Map(),
    schema: new Map(),
    page: new Map(),
  };
  const typeNames = new Set(taken);
  const sort = (from: readonly TypeNameRequest[], names: SettledNames['names']) => {
    // (An index, not for…of: this runs for each named type, parameter type and resource class.)
    for (let i = 0; i < from.length; i++) {
      const request = from[i];
      const name = names.get(request.key)!;
      byKind[request.kind].set(request.id, name);
      if (request.kind !== 'resource') typeNames.add(name);
    }
  };
  sort(requests, settled.names);
  sort(variantRequests, variants.names);
  const reservedOut = new Map<string, string>();
  const schemaNames = new Set(byKind.schema.values());
  for (const request of requests) {
    if (request.kind !== 'schema') continue;
    const got = byKind.schema.get(request.id);
    if (got !== request.preferred && !schemaNames.has(request.preferred) && taken.has(request.preferred))
      reservedOut.set(request.id, request.preferred);
  }
  const topLevelClasses = byKind.resource;
  const nested = nestedClassNames(
    structure,
    resources,
    topLevelClasses,
    seen
      ? seenNamesTaken(
          seen,
          new Map([...settled.names, ...variants.names]),
          taken,
          byKind.page,
          modelsBeside(structure, modules),
        )
      : () => typeNames,
  );
  const resourceClasses = new Map([...topLevelClasses, ...nested.names]);
  const namespaces = modelNamespaces(structure, resources, resourceClasses, modules, byKind.schema);
  return {
    resources: new Map(
      [...resources].map(([key, names]) => [
        key,
        {
          ...names,
          className: resourceClasses.get(key) ?? names.className,
          ...(namespaces.has(key) ? { namespaceName: namespaces.get(key) } : {}),
        },
      ]),
    ),
    schemas: byKind.schema,
    reservedOut,
    params: byKind.params,
    pages: byKind.page,
    renames: [...settled.renames, ...variants.renames, ...nested.renames].map((r) => ({
      ...r,
      key: r.key.replace(/^\w+:/, ''),
    })),
  };
}

/**
 * A nested class that only declares models (no methods, no nested resources) and did not get its name because a model
 * of its own module has it: its namespace takes the model's name, so that the module's types are reached under it, as
 * in Stainless's SDKs (its users write `Recipients.ChannelData.SlackChannelData`). A class beside an interface of
 * its module keeps its name and merges with it (ModelBeside); this is for a class that did not, which another type
 * of the name its modules see took. By resource key.
 */
function modelNamespaces(
  structure: Structure,
  resources: ReadonlyMap<string, ResourceNames>,
  settled: ReadonlyMap<string, string>,
  modules: ReadonlyMap<string, string>,
  /** Schema names by id. */
  names: ReadonlyMap<string, string>,
): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const r of structure.resources.values()) {
    if (r.path.length < 2 || r.methods.length > 0 || r.webhookUnwraps.length > 0 || r.children.length > 0) continue;
    const { module, className } = resources.get(r.key)!;
    if (settled.get(r.key) !== className) wanted.set(`${module}\0${className}`, r.key);
  }
  const out = new Map<string, string>();
  if (wanted.size === 0) return out;
  for (const [id, module] of modules) {
    const name = names.get(id);
    const key = wanted.get(`${module}\0${name}`);
    const type = structure.schemas.get(id)?.type;
    if (key !== undefined && name !== undefined && type?.kind === 'object' && type.properties.length > 0)
      out.set(key, name);
  }
  return out;
}

/** The names a nested resource class may not take, given its module and its parent's (and its resource's key). */
type TakenForClass = (module: string, parentModule: string, key: string) => { has(name: string): boolean };

/**
 * The models a nested resource class of the same name may stand beside, by name key: one its parent's module declares
 * (the parent reaches the class through its module's namespace: imagekit's `files.metadata` is `MetadataAPI.Metadata`
 * beside `files.ts`'s `Metadata`), and an interface its own module declares when the class declares nothing of its own
 * (no methods, no nested resources: knock's `recipients.channel_data` is the class `ChannelData`, which TypeScript
 * merges with the interface `ChannelData`, adding no member to it but the resource's client). Stainless's SDKs keep
 * such a class's name. Asked with the name key, the class's module, its parent's, and its resource's key.
 */
type ModelBeside = (nameKey: string, module: string, parentModule: string, resourceKey: string) => boolean;

function modelsBeside(structure: Structure, modules: ReadonlyMap<string, string>): ModelBeside {
  return (nameKey, module, parentModule, resourceKey) => {
    if (!nameKey.startsWith('schema:')) return false;
    const id = nameKey.slice('schema:'.length);
    const home = modules.get(id);
    if (home === parentModule) return true;
    if (home !== module) return false;
    const r = structure.resources.get(resourceKey);
    const type = structure.schemas.get(id)?.type;
    return (
      r !== undefined &&
      r.methods.length === 0 &&
      r.webhookUnwraps.length === 0 &&
      r.children.length === 0 &&
      type?.kind === 'object' &&
      type.properties.length > 0
    );
  };
}

/**
 * Nested resource classes, by resource key (renames keyed `resource:<key>`). Such a class is declared in its own
 * module and imported only by its parent's, so it needs a name free among its siblings, unlike its parent's and
 * unlike the type names of those two modules (`typesTaken`: every type name, unless each module is a scope), but not
 * unlike other resources' classes: as in Stainless's SDKs, `billing.org` and `enterprise.org` are both `Org`, and
 * `projects.users` is `Users` beside a top-level `Users`, told apart by module and namespace (`Billing.Org`,
 * `Projects.Users`).
 */
function nestedClassNames(
  structure: Structure,
  resources: ReadonlyMap<string, ResourceNames>,
  topLevel: ReadonlyMap<string, string>,
  typesTaken: TakenForClass,
): SettledNames {
  const names = new Map(topLevel);
  const renames: Rename[] = [];
  const nested = [...structure.resources.values()]
    .filter((r) => r.path.length > 1)
    .sort((a, b) => a.path.length - b.path.length || a.order - b.order);
  const byParent = new Map<string, Array<(typeof nested)[number]>>();
  for (const r of nested) {
    const parent = r.path.slice(0, -1).join('.');
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(r);
    else byParent.set(parent, [r]);
  }
  // A nested class may be called `Function` (the global is never referred to in the modules that see the class) or
  // `Stream`, as in Stainless's SDKs, unless its module or its parent's imports the runtime's `Stream`.
  const streams = (key: string) =>
    structure.resources
      .get(key)
      ?.methods.some((m) => m.method.response.kind === 'sse' || m.method.streamWhen !== null) ?? false;
  // Parents settle before their children (`nested` is sorted by depth, and a Map keeps insertion order).
  for (const [parent, children] of byParent) {
    const parentName = names.get(parent)!;
    const parentModule = resources.get(parent)!.module;
    const free = new Set(['Function']);
    if (!streams(parent) && !children.some((r) => streams(r.key))) free.add('Stream');
    // A class is settled against the types its own module and its parent's see; siblings against each other.
    const typesOf = new Map(
      children.map((r) => [r.key, typesTaken(resources.get(r.key)!.module, parentModule, r.key)]),
    );
    const settled = settleNames(
      children.map((r) => {
        const { className } = resources.get(r.key)!;
        return {
          key: `resource:${r.key}`,
          preferred: className,
          alternatives: resourceClassAlternatives(className, r.path[r.path.length - 2]),
          priority: NAME_PRIORITY.resource,
          order: r.order,
        };
      }),
      // Asked of the type names as they are, not of a copy per parent: a copy costs as many names as the API has.
      {
        has: (name, key) =>
          !free.has(name) && (name === parentName || typesOf.get(key!.slice('resource:'.length))!.has(name)),
      },
    );
    for (const [key, name] of settled.names) names.set(key.slice('resource:'.length), name);
    renames.push(...settled.renames);
  }
  for (const key of topLevel.keys()) names.delete(key);
  return { names, renames };
}

/**
 * What each module sees, by name key: what it declares, what its declarations and methods refer to, and what its
 * namespace re-exports (its nested resources' types; the client's: the top-level resources' and the shared ones).
 */
function moduleSights(
  structure: Structure,
  resources: ReadonlyMap<string, ResourceNames>,
  modules: ReadonlyMap<string, string>,
): Map<string, Set<string>> {
  const declared = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, module: string, key: string) => {
    let set = map.get(module);
    if (!set) map.set(module, (set = new Set()));
    set.add(key);
  };
  for (const [id, module] of modules) add(declared, module, `schema:${id}`);
  const seen = new Map<string, Set<string>>();
  for (const [module, keys] of declared) for (const key of keys) add(seen, module, key);
  for (const [id, module] of modules) {
    const schema = structure.schemas.get(id);
    if (schema) for (const ref of refIds(schema.type)) add(seen, module, `schema:${ref}`);
  }
  for (const r of structure.resources.values()) {
    const module = resources.get(r.key)!.module;
    for (const { id, method } of r.methods) {
      const refer = (type: TypeRef) => walkRefs(type, (ref) => add(seen, module, `schema:${ref}`));
      if (method.params) {
        add(declared, module, `params:${id}#params`);
        add(seen, module, `params:${id}#params`);
      }
      method.positional.forEach((p) => refer(p.type));
      method.params?.fields.forEach((p) => refer(p.type));
      method.params?.variants?.forEach((v) => v.fields.forEach((p) => refer(p.type)));
      if (method.response.kind === 'json') refer(method.response.type);
      if (method.response.kind === 'sse') refer(method.response.event);
      if (method.response.kind === 'text' && method.response.event) refer(method.response.event);
      if (method.response.kind === 'binary' && method.response.lines) refer(method.response.lines);
      method.errors.forEach((e) => refer(e.type));
      if (method.pagination) refer(method.pagination.item);
      if (method.streamWhen) refer(method.streamWhen.event);
    }
  }
  // A parent's namespace re-exports its nested resources' types: the parent's module sees them too.
  for (const r of structure.resources.values()) {
    const parent = r.path.length > 1 ? resources.get(r.path.slice(0, -1).join('.'))!.module : CLIENT_SCOPE;
    for (const key of declared.get(resources.get(r.key)!.module) ?? []) add(seen, parent, key);
  }
  for (const key of declared.get(SHARED_MODULE) ?? []) add(seen, CLIENT_SCOPE, key);
  return seen;
}

/**
 * What a nested resource class may not be called, with each module a scope: a name its own module or its parent's
 * sees (as settled in `names`, by key), a name nothing may take, or a page class's (which any module may import).
 */
function seenNamesTaken(
  seen: ReadonlyMap<string, ReadonlySet<string>>,
  names: ReadonlyMap<string, string>,
  taken: ReadonlySet<string>,
  pages: ReadonlyMap<string, string>,
  beside: ModelBeside,
): TakenForClass {
  const pageNames = new Set(pages.values());
  return (module, parentModule, resourceKey) => {
    // The names the two modules see, but a model the class may stand beside (ModelBeside).
    const seenNames = new Set<string | undefined>();
    for (const key of [...(seen.get(module) ?? []), ...(seen.get(parentModule) ?? [])])
      if (!beside(key, module, parentModule, resourceKey)) seenNames.add(names.get(key));
    return { has: (name) => taken.has(name) || pageNames.has(name) || seenNames.has(name) };
  };
}

/** The client module's scope, among the modules' (no module path is empty). */
const CLIENT_SCOPE = '';

/**
 * With a Stainless config, a method's types keep the name they want when another module's type has it, as in
 * Stainless's SDKs, where each module is a scope (`onboard.ts` and `builder/onboard.ts` both declare
 * `OnboardCreateResponse`). Such a name is given back, shallower resources first, only where no module that sees
 * the type (declares it, refers to it, or re-exports it in its namespace: the parent's module, the client's for a
 * top-level resource) sees another type of that name; the package's flat exports keep the shallower one (emit).
 */
function moduleScopedNames(
  structure: Structure,
  requests: readonly NameRequest[],
  flat: SettledNames,
  taken: ReadonlySet<string>,
  seen: ReadonlyMap<string, ReadonlySet<string>>,
): SettledNames {
  const renamed = new Map(flat.renames.map((r) => [r.key, r]));
  // The method types that did not get the name they want, with their resource's depth.
  const depthOf = new Map<string, number>();
  for (const r of structure.resources.values()) {
    for (const m of r.methods)
      for (const key of [`params:${m.id}#params`, `schema:${m.id}#response`, `schema:${m.id}#item`])
        if (renamed.has(key)) depthOf.set(key, r.path.length);
  }
  if (depthOf.size === 0) return flat;

  const sight = new Map<string, string[]>();
  for (const [module, keys] of seen)
    for (const key of keys) {
      const list = sight.get(key);
      if (list) list.push(module);
      else sight.set(key, [module]);
    }
  // How many keys of each name each module sees.
  const names = new Map(flat.names);
  const counts = new Map<string, Map<string, number>>();
  for (const [module, keys] of seen) {
    const count = new Map<string, number>();
    for (const key of keys) {
      const name = names.get(key);
      if (name !== undefined) count.set(name, (count.get(name) ?? 0) + 1);
    }
    counts.set(module, count);
  }
  const given = new Set<string>();
  // In the order names were settled: the shallower resource's types first.
  const order = [...requests]
    .filter((r) => depthOf.has(r.key))
    .sort((a, b) => depthOf.get(a.key)! - depthOf.get(b.key)! || a.priority - b.priority || a.order - b.order);
  for (const request of order) {
    const wanted = renamed.get(request.key)!.wanted;
    const current = names.get(request.key)!;
    const where = sight.get(request.key) ?? [];
    if (taken.has(wanted) || where.some((module) => (counts.get(module)?.get(wanted) ?? 0) > 0)) continue;
    for (const module of where) {
      const count = counts.get(module)!;
      count.set(current, count.get(current)! - 1);
      count.set(wanted, 1);
    }
    names.set(request.key, wanted);
    given.add(request.key);
  }
  return { names, renames: flat.renames.filter((r) => !given.has(r.key)) };
}

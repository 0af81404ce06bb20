/** The built resources, methods and schemas, named and placed → the `Api`. */
import { pascalCase, singularize } from '../naming/case';
import { functionNames } from '../naming/funcs';
import { RESERVED_TYPE_NAMES, TAKEN_TYPE_NAMES } from '../naming/reserved';
import { NestedScope } from '../naming/scope';
import { NO_DOCS, type PendingSchema } from './build-schema';
import { readAuth } from './auth';
import { isHttpUrl, readServers } from './client';
import type { BuildState } from './context';
import { readLicense } from './license';
import type { PendingMethod, PendingResource } from './methods';
import type { Api, NamedSchema, Resource, TypeRef } from './types';
import { foldRequestOnlyVariants } from './request-variants';
import { settle } from './names';
import type { Placement } from './resource-tree';
import { buildMethod, resourceAt } from './methods';
import type { BuildResult } from './build';

export function assemble(ctx: BuildState, placements: Placement[]): BuildResult {
  for (const placement of placements) {
    const resource = resourceAt(ctx, placement.resourcePath);
    const built = buildMethod(ctx, placement, resource);
    if (built) resource.methods.push(built);
  }
  const root = ctx.spec.root.root as Record<string, unknown>;
  const info = (root.info ?? {}) as Record<string, unknown>;
  foldRequestOnlyVariants(ctx);
  const renames = settle(ctx);
  const { resources, schemas } = finish(ctx);
  // A path prefix every operation shares (`/v1`, `/api/where`) is part of the base URL, not of each method's path,
  // when the spec names a server to add it to (without one, the caller's baseURL is the server and paths stay whole).
  const basePath = ctx.basePath;
  const servers = readServers(root).map((s) => ({ ...s, url: `${s.url}${basePath}` }));
  const api: Api = {
    title: typeof info.title === 'string' ? info.title : ctx.identity.clientName,
    specVersion: typeof info.version === 'string' || typeof info.version === 'number' ? String(info.version) : '0.0.0',
    clientName: ctx.identity.clientName,
    packageName: ctx.identity.packageName,
    packageVersion: ctx.config.client.version ?? '0.1.0',
    envPrefix: ctx.identity.envPrefix,
    baseUrl: ctx.stainless?.config.environments[0]?.url ?? servers.find((s) => isHttpUrl(s.url))?.url ?? null,
    basePath,
    servers,
    environments: ctx.stainless?.config.environments ?? [],
    requestOptionsInParams: ctx.stainless?.legacy ?? false,
    readmeExamples: readmeExamples(ctx, resources),
    auth: readAuth(ctx, root),
    idempotencyHeader: ctx.config.client.idempotencyHeader,
    resources,
    schemas,
    paginationSchemes: ctx.schemes.map(({ key: _key, ...scheme }) => scheme),
    license: readLicense(info, ctx.config.client.license),
    docs: {
      summary: null,
      description: typeof info.description === 'string' ? info.description : null,
      deprecated: false,
      example: null,
      default: null,
    },
    source: { file: ctx.spec.root.file, pointer: '#' },
  };
  return { api, renames };
}

/** The Stainless config's README requests, each on the method serving its endpoint (`post /quotes`); others left out. */
export function readmeExamples(ctx: BuildState, resources: Resource[]): Api['readmeExamples'] {
  const flat = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(flat)];
  const all = resources.flatMap(flat);
  const out: Api['readmeExamples'] = [];
  for (const [role, { endpoint, params }] of ctx.stainless?.config.readmeExamples ?? []) {
    const match = /^\s*(\w+)\s+(\S+)\s*$/.exec(endpoint);
    if (!match) continue;
    const [, verb, path] = match;
    for (const r of all) {
      const m = r.methods.find((m) => m.http === verb!.toLowerCase() && m.path === path);
      if (m) {
        out.push({ role, resourcePath: r.path, method: m.name, params });
        break;
      }
    }
  }
  return out;
}

/**
 * A resource's description: that of the first tag (in its first method's order) every one of its methods carries,
 * its own methods or, for a resource that only groups others, those below it. Null when no tag is shared or the
 * shared tag has no description.
 */
export function tagDescription(ctx: BuildState, resource: PendingResource): string | null {
  const below = (r: PendingResource): PendingMethod[] => [
    ...r.methods,
    ...r.children.flatMap((key) => below(ctx.resources.get(key)!)),
  ];
  const methods = resource.methods.length > 0 ? resource.methods : below(resource);
  if (methods.length === 0) return null;
  const tags = (ctx.spec.root.root as { tags?: unknown }).tags;
  const described = new Map<string, string>();
  if (Array.isArray(tags)) {
    for (const tag of tags) {
      const { name, description } = (tag ?? {}) as { name?: unknown; description?: unknown };
      if (typeof name === 'string' && typeof description === 'string' && description.trim() && !described.has(name))
        described.set(name, description.trim());
    }
  }
  const shared = methods[0].placement.op.tags.find((tag) => methods.every((m) => m.placement.op.tags.includes(tag)));
  return shared === undefined ? null : (described.get(shared) ?? null);
}

export function finish(ctx: BuildState): { resources: Resource[]; schemas: NamedSchema[] } {
  const owners = ctx.owners;
  const schemas: NamedSchema[] = [...ctx.types.schemas.values()]
    .sort((a, b) => a.order - b.order)
    .map((s: PendingSchema) => ({
      id: s.id,
      name: ctx.finalNames.get(`schema:${s.id}`)!,
      module: owners.get(s.id)!,
      type: s.type,
      docs: s.docs,
      source: s.source,
      ...(s.requestVariantOf !== undefined ? { requestVariantOf: s.requestVariantOf } : {}),
      ...(s.requestVariantOf === undefined && ctx.models.of(s.id) ? { configModel: true as const } : {}),
    }));
  const nameOf = new Map(schemas.map((s) => [s.id, s.name]));
  const schemaIdsByModule = new Map<string, string[]>();
  for (const s of schemas) {
    const ids = schemaIdsByModule.get(s.module);
    if (ids) ids.push(s.id);
    else schemaIdsByModule.set(s.module, [s.id]);
  }
  // Nested interface names for inline objects, per namespace.
  for (const schema of schemas) assignNestedNames(schema.type, new NestedScope([], [schema.name]), true);
  for (const [key, entry] of ctx.paramsTypes) {
    const scope = new NestedScope([], [ctx.finalNames.get(`params:${key}`)!]);
    for (const field of entry.method.params!.fields)
      field.type = assignNested(field.type, scope, pascalCase(field.key, { acronyms: false }));
  }
  for (const [key, entry] of ctx.paramsTypes) entry.method.params!.typeName = ctx.finalNames.get(`params:${key}`)!;

  const build = (key: string): PendingTree => {
    const r = ctx.resources.get(key)!;
    const names = ctx.resourceNames.get(key)!;
    const methods = r.methods.map((m) => {
      const method = m.method;
      if (method.response.kind === 'json' && method.response.type.kind === 'ref') {
        method.response = { ...method.response, typeName: nameOf.get(method.response.type.schemaId) ?? null };
      }
      // Stainless SDKs name each page type: VectorStoresOpenAICursorPage.
      if (ctx.stainless && method.pagination?.item.kind === 'ref') {
        const item = nameOf.get(method.pagination.item.schemaId);
        if (item) method.pagination.alias = ctx.stainless.names.pageOf(item, method.pagination.scheme);
      }
      return method;
    });
    return {
      className: names.className,
      property: names.property,
      singular: names.singular,
      path: r.path.join('.'),
      module: names.module,
      methods,
      subresources: r.children.map(build),
      schemaIds: [...(schemaIdsByModule.get(names.module) ?? [])],
      docs: { ...NO_DOCS, description: tagDescription(ctx, r) },
    };
  };
  const resources = [...ctx.resources.values()]
    .filter((r) => r.path.length === 1)
    .sort((a, b) => a.order - b.order)
    .map((r) => build(r.key));
  return { resources: withFunctionNames(resources), schemas };
}

/** The resource tree with each method's standalone function named, over the whole tree so the names are unique. */
function withFunctionNames(resources: Array<PendingTree>): Resource[] {
  const flat = (r: PendingTree): PendingTree[] => [r, ...r.subresources.flatMap(flat)];
  const methods = resources.flatMap(flat).flatMap((r) => r.methods.map((m) => [r.path, m.name] as [string, string]));
  const names = functionNames(methods);
  let next = 0;
  const name = (r: PendingTree): Resource => ({
    ...r,
    methods: r.methods.map((m) => ({ ...m, functionName: names[next++] })),
    subresources: r.subresources.map(name),
  });
  return resources.map(name);
}

/** A resource before its methods' functions are named. */
type PendingTree = Omit<Resource, 'methods' | 'subresources'> & {
  methods: Array<PendingMethod['method']>;
  subresources: PendingTree[];
};

/** Give inline objects of a named type nested interface names (`Server.Connection`). The root object is the type itself. */
function assignNestedNames(type: TypeRef, scope: NestedScope, isRoot: boolean): void {
  if (isRoot && type.kind === 'object') {
    for (const p of type.properties) p.type = assignNested(p.type, scope, pascalCase(p.key, { acronyms: false }));
    if (type.additional) type.additional = assignNested(type.additional, scope, 'Value');
    return;
  }
  assignNested(type, scope, 'Item');
}

/**
 * Returns `type` with every inline object that has properties marked `declareAs`, naming it after the
 * place it appears (property → PascalCase key, array item → singular, union member → title / UnionMember<n>).
 * Objects share one namespace per named type; nested objects get their own nested namespace.
 */
function assignNested(type: TypeRef, scope: NestedScope, label: string): TypeRef {
  switch (type.kind) {
    case 'object': {
      if (type.properties.length === 0) {
        if (type.additional) type.additional = assignNested(type.additional, scope, `${label}Value`);
        return type;
      }
      const name = scope.claim(validNested(label));
      const inner = scope.child(name);
      for (const p of type.properties) p.type = assignNested(p.type, inner, pascalCase(p.key, { acronyms: false }));
      if (type.additional) type.additional = assignNested(type.additional, inner, 'Value');
      type.declareAs = name;
      return type;
    }
    case 'array':
      type.items = assignNested(type.items, scope, singularize(label));
      return type;
    case 'tuple':
      type.items = type.items.map((t, i) => assignNested(t, scope, `${label}${i}`));
      return type;
    case 'union':
      type.variants = type.variants.map((v, i) => {
        const named = v.kind === 'object' ? (v.variantName ?? v.docs.summary) : null;
        const title = named ? pascalCase(named, { acronyms: false }) : null;
        const discriminated = type.discriminator?.mapping.find((m) => m.variant === i)?.value;
        return assignNested(
          v,
          scope,
          title ?? (discriminated ? pascalCase(discriminated, { acronyms: false }) : `UnionMember${i}`),
        );
      });
      return type;
    case 'intersection':
      type.parts = type.parts.map((p, i) => assignNested(p, scope, i === 0 ? label : `${label}${i}`));
      return type;
    default:
      return type;
  }
}

function validNested(label: string): string {
  const name = pascalCase(label, { acronyms: false });
  if (!name || !/^[A-Za-z_$]/.test(name)) return `Type${name}`;
  return RESERVED_TYPE_NAMES.has(name.toLowerCase()) || TAKEN_TYPE_NAMES.has(name) ? `${name}Type` : name;
}

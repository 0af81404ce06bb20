/**
 * Pass 5, assemble: the structure, the names and the placement → the `Api`, built once. Types get their nested
 * interface names here (as new objects), methods their types' names and standalone functions, and the whole `Api`
 * is frozen where tests run (see freeze.ts), to prove that nothing after this pass changes it.
 */
import { compareStrings } from '../naming/case';
import { SHARED_MODULE } from '../naming/rules';
import { extend } from '../extend';
import { docsFrom } from './docs';
import { readAuth, stainlessSettingOptions } from './auth';
import { isHttpUrl, readServers, resolveEnvironments, type SpecServer } from './client';
import { configWarning, type BuildContext } from './context';
import { readLicense, spdxLicense } from './license';
import { apiSecurityNames } from './security';
import type { Names } from './names';
import { modelCopies } from './model-copies';
import { nestedNames } from './nested-names';
import { type MethodNode, type ResourceNode, type Structure } from './structure';
import { flattenResources } from './resources';
import { inStainlessOrder, sortedParams } from './property-order';
import type { Api, Docs, Method, NamedSchema, Param, Resource, SettingOption, TypeRef } from './types';
import { sameOrNew, sameRefIds, TypeRewriter } from './walk';
import { keepsConfigOrder } from '../stainless/plan';
import { lineOfPath } from '../stainless/yaml-lines';

/**
 * The docs of a named type whose interface extends models (`FileUpdateResponse extends File`) and says nothing of its
 * own: the first model's description that has one, as Stainless's SDKs document it (imagekit's `files.update` returns
 * `allOf: [FileDetails, {extensionStatus}]`, documented "Object containing details of a file or file version." in both
 * the TypeScript and the Python SDK). Members merged into a written-out object are no base: their descriptions are not
 * taken (imagekit's `VideoTransformationReadyEvent.Data.Transformation`).
 */
function docsOfExtending(docs: Docs, type: TypeRef, docsOf: (id: string) => Docs | undefined): Docs {
  if (docs.description !== undefined || docs.summary !== undefined) return docs;
  // (`Model & { … }`, the object of which extends the models.)
  const parts = type.kind === 'intersection' ? type.parts : [type];
  const bases = parts.find((p) => p.kind === 'object' && p.extends !== undefined);
  if (bases?.kind !== 'object' || !bases.extends) return docs;
  for (const base of bases.extends) {
    const description = base.ref.kind === 'ref' ? docsOf(base.ref.schemaId)?.description : undefined;
    if (description !== undefined) return docsFrom({ ...docs, description });
  }
  return docs;
}

export function assembleApi(
  ctx: BuildContext,
  structure: Structure,
  names: Names,
  modules: ReadonlyMap<string, string>,
  /** The SDK's era names every page alias `<Items>Page` (stainless/page-alias-names.ts). */
  pageSuffix = false,
): Api {
  const pending = [...structure.schemas.values()].sort((a, b) => a.order - b.order);
  const nameOf = (id: string) => names.schemas.get(id)!;
  // Params types in the order their methods were built, each in its resource's module.
  const withParams = [...structure.resources.values()]
    .flatMap((r) => r.methods.map((m) => ({ m, module: names.resources.get(r.key)!.module })))
    .filter(({ m }) => m.method.params !== null)
    .sort((a, b) => a.m.paramsOrder! - b.m.paramsOrder!);
  const nested = nestedNames(
    pending.map((s) => ({ name: nameOf(s.id), module: modules.get(s.id)!, type: s.type })),
    withParams.map(({ m, module }) => ({
      name: names.params.get(m.id)!,
      module,
      fields: m.method.params!.fields,
      ...(m.method.params!.variants ? { variants: m.method.params!.variants } : {}),
    })),
    ctx.stainless
      ? {
          member: (title) => ctx.stainless!.names.pascal(title),
          nameOf: (ref) => (ref.kind === 'ref' ? nameOf(ref.schemaId) : ''),
          propertiesOf: (ref) => {
            const target = ref.kind === 'ref' ? structure.schemas.get(ref.schemaId)?.type : undefined;
            return target?.kind === 'object' ? target.properties : null;
          },
        }
      : null,
    // A Stainless SDK's nested interface may take a model's name: where it shadows the model, the model is printed
    // qualified (print-declarations.ts), as Stainless prints it.
    ctx.stainless ? null : nameOf,
  );
  // Stainless orders properties as it outputs them, once every type is named: a name that counts its kind in the
  // module (`unnamed_schema_with_map_parent_0`) follows the spec's order.
  const sorted = ctx.stainless?.config.sortSchemaProperties ?? false;
  const rewrite = new TypeRewriter((original, rebuilt) => {
    if (rebuilt.kind !== 'object') return rebuilt;
    const type = sorted ? inStainlessOrder(rebuilt) : rebuilt;
    const name = nested.names.get(original);
    const bases = nested.extendsOf.get(original);
    if (name === undefined && bases === undefined) return type;
    return extend(type, { declareAs: name ?? null, ...(bases ? { extends: bases } : {}) });
  }, true);
  const paramsInOrder = sorted ? sortedParams : (fields: Param[]) => fields;
  const built: NamedSchema[] = pending.map((s) => {
    // A request-side variant is not the model the config names: its response shape is.
    const model = s.requestVariantOf === undefined ? ctx.models.of(s.id) : null;
    const type = rewrite.type(s.type);
    // (Named, a type refers to what it did; with its properties sorted, in another order.)
    if (!sorted) sameRefIds(s.type, type);
    const name = nameOf(s.id);
    return {
      id: s.id,
      name,
      ...(names.reservedOut.has(s.id) ? { requestedName: names.reservedOut.get(s.id)! } : {}),
      module: modules.get(s.id)!,
      type,
      docs: ctx.stainless ? docsOfExtending(s.docs, type, (id) => structure.schemas.get(id)?.docs) : s.docs,
      source: s.source,
      ...(s.requestVariantOf !== undefined ? { requestVariantOf: s.requestVariantOf } : {}),
      ...(model ? { configModel: true as const } : {}),
      // (A model that had to give up its config name for another is named by that name alone.)
      ...(model?.key !== undefined && model.name === name ? { configKey: model.key } : {}),
      ...(model?.listOrder !== undefined ? { listOrder: model.listOrder } : {}),
    };
  });
  const moduleOf = (resource: string) => (resource ? names.resources.get(resource)?.module : SHARED_MODULE);
  built.push(...modelCopies(ctx, built, moduleOf));
  const schemas = ctx.stainless ? inStainlessDeclarationOrder(built) : built;
  const schemaIdsByModule = new Map<string, string[]>();
  for (const s of schemas) {
    const ids = schemaIdsByModule.get(s.module);
    if (ids) ids.push(s.id);
    else schemaIdsByModule.set(s.module, [s.id]);
  }

  // Each resource's methods in the order they are declared, and each method's standalone function, named over the
  // whole tree (the client's own methods first, then the top-level resources, each before its subresources) so the
  // names are unique.
  const roots = [
    ...(structure.resources.has('') ? [structure.resources.get('')!] : []),
    ...[...structure.resources.values()].filter((r) => r.path.length === 1).sort((a, b) => a.order - b.order),
  ];
  const ordered = new Map<string, readonly MethodNode[]>();
  const inOrder: MethodNode[] = [];
  const calls: Array<[resourcePath: string, method: string]> = [];
  const order = (r: ResourceNode): void => {
    const methods = methodsInOrder(ctx, r.methods);
    ordered.set(r.key, methods);
    const path = r.path.join('.');
    for (const m of methods) {
      inOrder.push(m);
      calls.push([path, m.method.name]);
    }
    for (const child of r.children) order(structure.resources.get(child)!);
  };
  roots.forEach(order);

  // (One copy of each method: its params, response and page with their names, its types rewritten.)
  const param = (p: Param): Param => {
    const type = rewrite.type(p.type);
    return type === p.type ? p : { ...p, type };
  };
  /**
   * Items written inline in the model a paged method returns are that model's nested type (`Sessionslist.Session`,
   * steel's `sessions: Array<…>` of `Sessionslist`): Stainless names the page after both, joined
   * (`SessionslistSessionsSessionsCursor`), not after the method's item type. Null for any other items.
   */
  const modelItemName = (node: MethodNode, schemeKey: string): string | null => {
    const { response } = node.method;
    if (response.kind !== 'json' || response.type.kind !== 'ref' || !ctx.models.of(response.type.schemaId)) return null;
    const model = structure.schemas.get(response.type.schemaId)?.type;
    const path = structure.schemes.find((s) => s.key === schemeKey)?.response.items;
    if (model?.kind !== 'object' || path?.length !== 1) return null;
    let field = model.properties.find((p) => p.key === path[0])?.type;
    if (field?.kind === 'union') field = field.variants.find((v) => v.kind !== 'null');
    const nestedName = field?.kind === 'array' && field.items.kind === 'object' ? nested.names.get(field.items) : null;
    return nestedName ? `${nameOf(response.type.schemaId)}${nestedName}` : null;
  };
  const method = (node: MethodNode): Method => {
    const draft = node.method;
    const { params, response, pagination, streamWhen } = draft;
    const scheme = pagination ? names.pages.get(pagination.schemeKey)! : null;
    const item = pagination && rewrite.type(pagination.item);
    const itemName = item?.kind === 'ref' ? (names.schemas.get(item.schemaId) ?? null) : null;
    const pageItem = (pagination && ctx.stainless && modelItemName(node, pagination.schemeKey)) || itemName;
    return extend(draft, {
      positional: sameOrNew(draft.positional, param),
      params: params && {
        typeName: names.params.get(node.id)!,
        fields: paramsInOrder(params.fields.map(param)),
        required: params.required,
        ...(params.variants
          ? { variants: params.variants.map((v) => ({ ...v, fields: paramsInOrder(v.fields.map(param)) })) }
          : {}),
      },
      response:
        response.kind === 'json'
          ? extend(response, {
              type: rewrite.type(response.type),
              typeName: response.type.kind === 'ref' ? (names.schemas.get(response.type.schemaId) ?? null) : null,
            })
          : response.kind === 'sse'
            ? { ...response, event: rewrite.type(response.event) }
            : response.kind === 'text' && response.event
              ? { ...response, event: rewrite.type(response.event) }
              : response,
      errors: sameOrNew(draft.errors, (e) => {
        const type = rewrite.type(e.type);
        return type === e.type ? e : { ...e, type };
      }),
      pagination: pagination && {
        scheme: scheme!,
        item: item!,
        // Stainless SDKs name each page type: VectorStoresOpenAICursorPage (some, whatever the class: VectorStoresPage).
        alias: ctx.stainless && pageItem ? ctx.stainless.names.pageOf(pageItem, pageSuffix ? 'Page' : scheme!) : null,
      },
      streamWhen: streamWhen && { ...streamWhen, event: rewrite.type(streamWhen.event) },
    });
  };
  const described = describedTags(ctx);
  const resource = (r: ResourceNode): Resource => {
    const resourceNames = names.resources.get(r.key)!;
    const configured = ctx.stainless?.resources.get(r.key);
    return {
      className: resourceNames.className,
      ...(resourceNames.namespaceName ? { namespaceName: resourceNames.namespaceName } : {}),
      property: resourceNames.property,
      ...(resourceNames.callable ? { callable: true as const } : {}),
      ...(r.path.length > 0 && configured ? { configKey: configured.key } : {}),
      singular: resourceNames.singular,
      path: r.path.join('.'),
      module: resourceNames.module,
      methods: ordered.get(r.key)!.map(method),
      webhookUnwraps: r.webhookUnwraps.map((u) => ({
        name: u.name,
        event: { kind: 'ref', schemaId: u.eventId },
        keyOption: u.keyOption,
        ...(u.discriminator !== null ? { discriminator: u.discriminator } : {}),
        docs: u.docs,
      })),
      subresources: r.children.map((key) => resource(structure.resources.get(key)!)),
      schemaIds: schemaIdsByModule.get(resourceNames.module) ?? [],
      ...(configured?.standaloneApi ? { standaloneApi: true as const } : {}),
      docs: docsFrom({ description: tagDescription(structure, r, described) }),
    };
  };
  const named = roots.map(resource);
  const topLevel = structure.resources.has('') ? named[0] : null;
  const resources = topLevel ? named.slice(1) : named;

  const root = ctx.spec.root.root as Record<string, unknown>;
  const info = (root.info ?? {}) as Record<string, unknown>;
  // A path prefix every operation shares (`/v1`, `/api/where`) is part of the base URL, not of each method's path,
  // when the spec names a server to add it to (without one, the caller's baseURL is the server and paths stay whole).
  const basePath = ctx.basePath;
  const specServers = readServers(root);
  const servers = specServers.map((s) => ({ url: `${s.url}${basePath}`, description: s.description }));
  const environments = resolveEnvironments(ctx.stainless?.config.environments ?? [], specServers);
  for (const name of environments.invalid)
    configWarning(ctx, 'stainless-environment', `environments.${name}`, 'is not a URL; the environment is left out');
  for (const name of environments.relative)
    configWarning(
      ctx,
      'stainless-environment',
      `environments.${name}`,
      'is a relative URL and the spec names no http(s) server to resolve it against; outside a browser, callers pass baseURL or a fetch that resolves it',
    );
  // Client options naming a variable of the default server (`server_variable`) fill it in; environments win.
  const server = environments.resolved.length === 0 ? specServers.find((s) => isHttpUrl(s.url)) : undefined;
  const settingOptions = stainlessSettingOptions(ctx, server);
  const boundVariables = settingOptions.filter((o) => o.serverVariable !== null);
  const configDocs = ctx.stainless?.config.docsUrl ?? null;
  if (configDocs !== null && !isHttpUrl(configDocs))
    configWarning(ctx, 'stainless-docs', 'organization.docs', 'is not an http(s) URL; the README does not link it');
  const externalDocs = (root.externalDocs ?? {}) as { url?: unknown };
  const docsUrl =
    [configDocs, externalDocs.url].find((url): url is string => typeof url === 'string' && isHttpUrl(url)) ?? null;
  const api: Api = {
    title: typeof info.title === 'string' ? info.title : ctx.identity.clientName,
    ...(ctx.stainless?.config.target?.readmeTitle ? { readmeTitle: ctx.stainless.config.target.readmeTitle } : {}),
    docsUrl,
    securityContact: ctx.stainless?.config.securityContact ?? null,
    repository: ctx.stainless?.config.target?.productionRepo ?? null,
    ...(ctx.stainless?.config.target?.npmTrustedPublishing ? { npmTrustedPublishing: true } : {}),
    specVersion: typeof info.version === 'string' || typeof info.version === 'number' ? String(info.version) : '0.0.0',
    clientName: ctx.identity.clientName,
    packageName: ctx.identity.packageName,
    packageVersion: ctx.config.client.version ?? '0.1.0',
    envPrefix: ctx.identity.envPrefix,
    baseUrl: environments.resolved[0]?.url ?? servers.find((s) => isHttpUrl(s.url))?.url ?? null,
    baseUrlTemplate: server && boundVariables.length > 0 ? baseUrlTemplate(server, basePath, boundVariables) : null,
    basePath,
    servers,
    environments: environments.resolved.length > 1 ? environments.resolved : [],
    readmeExamples: readmeExamples(ctx, resources),
    auth: readAuth(ctx, root),
    ...securityOf(apiSecurityNames(ctx.spec, ctx.stainless?.config ?? null)),
    idempotencyHeader: ctx.config.client.idempotencyHeader ?? ctx.stainless?.config.idempotencyHeader ?? null,
    browserRefusal: ctx.stainless?.config.browserRefusal ?? null,
    multipartNested: ctx.stainless ? 'brackets' : 'json',
    ...(ctx.stainless?.config.multipartForm ? { multipartForm: ctx.stainless.config.multipartForm } : {}),
    apiMdListsParams: !ctx.stainless,
    apiMdSharedFirst: !!ctx.stainless,
    settingOptions,
    requestDefaults: {
      timeoutMs: ctx.stainless?.config.defaultTimeoutMs ?? null,
      maxRetries: ctx.stainless?.config.defaultMaxRetries ?? null,
    },
    retryBackoff: retryBackoff(ctx.stainless?.config.retryDelaysMs ?? null),
    streamEventRules: ctx.stainless?.config.streamEventRules ?? [],
    resources,
    topLevel,
    schemas,
    paginationSchemes: structure.schemes.map(({ key, preferredName: _preferred, ...scheme }) => ({
      className: names.pages.get(key)!,
      ...scheme,
      fields: scheme.fields.map((f) => rewrite.property(f)),
    })),
    license: readLicense(info, ctx.config.client.license ?? stainlessLicense(ctx)),
    fileHeader: ctx.config.client.fileHeader ?? ctx.stainless?.config.fileHeader ?? null,
    docs: docsFrom({ description: typeof info.description === 'string' ? info.description : null }),
    source: { file: ctx.spec.root.file, pointer: '#' },
  };
  return api;
}

/** The Stainless config's README requests, each on the method serving its endpoint (`post /quotes`); others left out. */
export function readmeExamples(ctx: BuildContext, resources: Resource[]): Api['readmeExamples'] {
  const all = flattenResources(resources);
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
 * A resource's methods as Stainless's SDKs of the config's edition order them: in the config's order where they keep
 * it (keepsConfigOrder), their response types staying in the order the methods were built in, as there.
 */
function methodsInOrder(ctx: BuildContext, methods: readonly MethodNode[]): readonly MethodNode[] {
  const stainless = ctx.stainless;
  if (stainless === null || !keepsConfigOrder(stainless.config)) return methods;
  const line = (m: MethodNode) =>
    (m.placement.stainless && lineOfPath(stainless.config.text, m.placement.stainless.where)) ?? Infinity;
  return [...methods].sort((a, b) => line(a) - line(b));
}

/**
 * A resource's description: that of the last described tag (in its first method's order) every one of its methods
 * carries, its own methods or, for a resource that only groups others, those below it, as Stainless's SDKs describe
 * theirs. Null when no described tag is shared.
 */
export function tagDescription(
  structure: Structure,
  resource: ResourceNode,
  described: ReadonlyMap<string, string>,
): string | null {
  const below = (r: ResourceNode): MethodNode[] => [
    ...r.methods,
    ...r.children.flatMap((key) => below(structure.resources.get(key)!)),
  ];
  const methods = resource.methods.length > 0 ? resource.methods : below(resource);
  if (methods.length === 0) return null;
  // The last: an operation's tags go from the general to the particular (knock's `Users`, `Bulk operations`).
  const shared = methods[0].placement.op.tags.filter(
    (tag) => described.has(tag) && methods.every((m) => m.placement.op.tags.includes(tag)),
  );
  return shared.length === 0 ? null : described.get(shared[shared.length - 1])!;
}

/** The spec's tags that have a description: their descriptions by name (the first of a name). */
function describedTags(ctx: BuildContext): Map<string, string> {
  const tags = (ctx.spec.root.root as { tags?: unknown }).tags;
  const described = new Map<string, string>();
  if (Array.isArray(tags)) {
    for (const tag of tags) {
      const { name, description } = (tag ?? {}) as { name?: unknown; description?: unknown };
      // (Trimmed but for a first empty line, which Stainless's SDKs keep in a resource's comment: leadsnap's.)
      if (typeof name === 'string' && typeof description === 'string' && description.trim() && !described.has(name))
        described.set(name, `${/^[ \t]*\n/.test(description) ? '\n' : ''}${description.trim()}`);
    }
  }
  return described;
}

/** The default server's URL in parts, each variable a client option names taken from that option. */
function baseUrlTemplate(server: SpecServer, basePath: string, options: SettingOption[]): Api['baseUrlTemplate'] {
  const parts: NonNullable<Api['baseUrlTemplate']> = [];
  for (const piece of server.template.split(/(\{[^}]+\})/)) {
    const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
    const option = name === undefined ? undefined : options.find((o) => o.serverVariable === name);
    const text = name === undefined ? piece : option ? null : (server.variables.get(name) ?? piece);
    if (option) parts.push({ option: option.option, fallback: server.variables.get(name!) ?? '' });
    else if (text) parts.push({ text });
  }
  if (basePath) parts.push({ text: basePath });
  return parts;
}

/** A Stainless config's `settings.license` as an SPDX expression; another value warns and is left out. */
function stainlessLicense(ctx: BuildContext): string | null {
  const given = ctx.stainless?.config.license ?? null;
  if (given === null) return null;
  const id = spdxLicense(given);
  if (id === null)
    configWarning(
      ctx,
      'stainless-config-invalid',
      'settings.license',
      `${JSON.stringify(given)} is no SPDX license expression; ignored`,
    );
  return id;
}

/** The runtime's backoff (templates/base/src/internal/retry.ts), which a config's delays replace one by one. */
const RUNTIME_BACKOFF = { initialMs: 500, maxMs: 8000 };

function retryBackoff(delays: { initialMs: number | null; maxMs: number | null } | null): Api['retryBackoff'] {
  if (delays === null) return null;
  return { initialMs: delays.initialMs ?? RUNTIME_BACKOFF.initialMs, maxMs: delays.maxMs ?? RUNTIME_BACKOFF.maxMs };
}

/**
 * The schemas in the order Stainless's SDKs declare them in a module (and list them in api.md): the config's models by
 * name, then those with a list order (webhook events), in it, then the other types, as they were built.
 */
function inStainlessDeclarationOrder(schemas: NamedSchema[]): NamedSchema[] {
  // By the config's key (`agent` before `api_response_agent`: `Agent` before `APIResponseAgent`, lobehub's).
  const byConfigKey = (s: NamedSchema) => s.configKey ?? s.name;
  const rank = (s: NamedSchema) => (!s.configModel ? 2 : s.listOrder === undefined ? 0 : 1);
  return schemas
    .map((schema, built) => ({ schema, built }))
    .sort(
      (a, b) =>
        rank(a.schema) - rank(b.schema) ||
        (rank(a.schema) === 0 ? compareStrings(byConfigKey(a.schema), byConfigKey(b.schema)) : 0) ||
        (a.schema.listOrder ?? 0) - (b.schema.listOrder ?? 0) ||
        a.built - b.built,
    )
    .map(({ schema }) => schema);
}

/** `Api.security`: present only where the API names a security of its own. */
function securityOf(security: string[][] | null): Pick<Api, 'security'> {
  return security === null ? {} : { security };
}

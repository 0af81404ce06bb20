/**
 * IR build: normalized spec (normalize/normalize.ts) + config → `Api`. The only place that decides what the SDK
 * looks like; emit only prints what this returns. It reads the spec only through the normalized model.
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import { readSecurityScheme } from './security';
import { camelCase, kebabCase, pascalCase, singularize, words, compareStrings } from '../naming/case';
import {
  BASE_CLIENT_MEMBERS,
  isIdentifierName,
  isSafeIdentifier,
  OBJECT_PROTOTYPE_KEYS,
  RESERVED_TYPE_NAMES,
  RUNTIME_ERROR_CLASSES,
  RESERVED_WORDS,
  TAKEN_TYPE_NAMES,
} from '../naming/reserved';
import { errorClassName, functionNames } from '../naming/funcs';
import { NestedScope, settleNames, type NameRequest, type Rename } from '../naming/scope';
import type { NormalizedSpec } from '../normalize/normalize';
import type { SchemaGraph, SchemaNode } from '../normalize/schema';
import { docsOf, NO_DOCS, safeResolve, sourceOf, TypeBuilder, unionOf, type PendingSchema } from './build-schema';
import { isReadOnly, isWriteOnly } from './direction';
import type { CodeSample, Operation, Parameter } from '../normalize/operations';
import { detectPagination } from './pagination';
import { placeOperations, sharedPathPrefix, type Placement } from './resource-tree';
import { planStainless, placeStainless, type StainlessPlan } from '../stainless/plan';
import { ITEMS_FIELDS, matchStainlessScheme, STAINLESS_TYPE } from './pagination';
import { StainlessNames } from '../naming/stainless';
import { lineOfPath } from '../stainless/yaml-lines';
import { readLicense } from './license';
import type {
  Api,
  AuthScheme,
  BodyEncoding,
  Docs,
  ErrorResponse,
  Method,
  NamedSchema,
  PaginationScheme,
  Param,
  ParamStyle,
  Property,
  RequestBody,
  Resource,
  ResponseKind,
  TypeRef,
} from './types';

export interface BuildResult {
  api: Api;
  /** Names that had to change because of a collision (for `--verbose`). */
  renames: Rename[];
}

export function buildIr(spec: NormalizedSpec, config: SdkConfig, diags: Diagnostics): BuildResult {
  const reader = spec.schemas;
  const types = new TypeBuilder(spec, diags);
  types.registerComponents();
  const operations = spec.operations;
  const stainless = config.stainless ? planStainless(config.stainless) : null;
  const placements = stainless
    ? placeStainless(operations, stainless, diags)
    : placeOperations(operations, config, diags);
  const identity = clientIdentity(spec, operations, config, stainless);
  const builder = new ApiBuilder(
    spec,
    config,
    diags,
    reader,
    types,
    identity,
    stainless,
    stainless ? [] : sharedPathPrefix(operations.map((o) => o.path)),
  );
  return builder.build(placements);
}

interface ClientIdentity {
  clientName: string;
  packageName: string;
  envPrefix: string;
  apiKeyEnv: string | null;
  /**
   * Client options the code samples read from the environment (`new Acme({ bearerToken: process.env['ACME_KEY'] })`),
   * the most shown first: the credential options' names and variables.
   */
  sampleOptions: Array<{ option: string; envVar: string }>;
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? null;
}

/** A valid npm package name (scoped or not). */
const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

const GENERIC_TITLE_WORDS = new Set([
  'the',
  'api',
  'apis',
  'rest',
  'restful',
  'open',
  'openapi',
  'swagger',
  'service',
  'services',
  'public',
  'http',
  'https',
  'web',
  'my',
  'sample',
  'an',
  'for',
  'of',
  'and',
  'to',
  'client',
  'sdk',
  'spec',
  'specification',
  'definition',
  'documentation',
  'reference',
  'v1',
  'v2',
  'v3',
  'v4',
]);

function clientIdentity(
  spec: NormalizedSpec,
  operations: Operation[],
  config: SdkConfig,
  stainless: StainlessPlan | null,
): ClientIdentity {
  const info = ((spec.root.root as { info?: { title?: unknown } }).info ?? {}) as { title?: unknown };
  const title = typeof info.title === 'string' ? info.title : '';
  const samples = operations.map((o) => o.sample).filter((s) => s !== null);
  if (stainless) {
    // The Stainless config names the client; sdkgen's own config keys still win.
    const organization = stainless.config.organizationName;
    const keyOption = stainless.config.clientOpts.find((o) => o.auth && o.auth.role === 'value' && o.readEnv);
    config = {
      ...config,
      client: {
        ...config.client,
        name: config.client.name ?? (organization ? stainless.names.clientName(organization) : null),
        package: config.client.package ?? stainless.config.target?.packageName ?? null,
        envPrefix:
          config.client.envPrefix ??
          stainless.config.envPrefix ??
          (organization ? stainless.names.envPrefix(organization) : null),
        apiKeyEnv: config.client.apiKeyEnv ?? keyOption?.readEnv ?? null,
      },
    };
  }
  let clientName = config.client.name ?? mostCommon(samples.map((s) => s.clientName));
  if (!clientName || !/^[A-Z][A-Za-z0-9]*$/.test(clientName)) {
    // The first telling word of the title, split on spaces and punctuation only, so brand names keep their
    // inner capitals ("GitHub v3 REST API" → GitHub, "NetBox" → NetBox, "eDRV API" → EDRV).
    const tokens = title
      .split(/[^A-Za-z0-9]+/)
      .filter((t) => t.length > 1 && /^[A-Za-z]/.test(t) && !GENERIC_TITLE_WORDS.has(t.toLowerCase()));
    const first = tokens[0] ?? 'Client';
    clientName = first.charAt(0).toUpperCase() + first.slice(1);
  }
  if (TAKEN_TYPE_NAMES.has(clientName) || RESERVED_TYPE_NAMES.has(clientName.toLowerCase()))
    clientName = `${clientName}Client`;
  const npmName = (name: string | null) => (name && NPM_NAME.test(name) && name.length <= 214 ? name : null);
  const packageName =
    npmName(config.client.package) ??
    npmName(mostCommon(samples.map((s) => s.packageName))) ??
    `${(kebabCase(title) || kebabCase(clientName)).slice(0, 200)}-sdk`;
  const sampleOptions = optionsShown(samples);
  const apiKeyEnv =
    config.client.apiKeyEnv ?? sampleOptions.find((o) => !BASE_CLIENT_MEMBERS.has(o.option))?.envVar ?? null;
  const fromEnv = apiKeyEnv?.replace(/_(API_KEY|APIKEY|TOKEN|KEY|ACCESS_TOKEN|BEARER_TOKEN)$/, '');
  const envPrefix = config.client.envPrefix ?? (fromEnv && fromEnv !== apiKeyEnv ? fromEnv : constantCase(clientName));
  return { clientName, packageName, envPrefix, apiKeyEnv, sampleOptions };
}

/** Each client option the samples read from the environment, with its most common variable; most shown first. */
function optionsShown(samples: CodeSample[]): ClientIdentity['sampleOptions'] {
  const byOption = new Map<string, Array<string | null>>();
  for (const sample of samples) {
    for (const { option, envVar } of sample.envOptions) byOption.set(option, [...(byOption.get(option) ?? []), envVar]);
  }
  return [...byOption.entries()]
    .sort((a, b) => b[1].length - a[1].length || compareStrings(a[0], b[0]))
    .filter(([option]) => isSafeIdentifier(option))
    .map(([option, envVars]) => ({ option, envVar: mostCommon(envVars)! }));
}

/** Serialisation styles OpenAPI defines for query parameters. */
const QUERY_STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

function constantCase(text: string): string {
  return words(text)
    .map((w) => w.toUpperCase())
    .join('_');
}

/** A method being built, before names are final. */
interface PendingMethod {
  placement: Placement;
  resourceKey: string;
  method: Omit<Method, 'functionName'>;
  /** Synthetic type ids this method registered (params/response), to name them after the resource. */
  paramsKey: string | null;
  /** Inline-object namespaces of params fields. */
}

interface PendingResource {
  key: string;
  path: string[];
  methods: PendingMethod[];
  children: string[];
  order: number;
}

class ApiBuilder {
  private readonly resources = new Map<string, PendingResource>();
  private readonly paramsTypes = new Map<
    string,
    { preferred: string; alternatives: string[]; order: number; method: PendingMethod['method'] }
  >();
  private readonly schemes: Array<PaginationScheme & { key: string }> = [];
  private readonly placedOperations = new Map<string, number>();
  private order = 0;

  constructor(
    private readonly spec: NormalizedSpec,
    private readonly config: SdkConfig,
    private readonly diags: Diagnostics,
    private readonly reader: SchemaGraph,
    private readonly types: TypeBuilder,
    private readonly identity: ClientIdentity,
    private readonly stainless: StainlessPlan | null,
    private readonly prefix: string[],
  ) {
    this.basePathOfApi = this.basePath(readServers(spec.root.root as Record<string, unknown>));
  }

  /** The shared path prefix the base URL carries (`/v1`), cut from every method's path; '' for none. */
  private readonly basePathOfApi: string;

  build(placements: Placement[]): BuildResult {
    for (const placement of placements) {
      const resource = this.resource(placement.resourcePath);
      const built = this.method(placement, resource);
      if (built) resource.methods.push(built);
    }
    const root = this.spec.root.root as Record<string, unknown>;
    const info = (root.info ?? {}) as Record<string, unknown>;
    this.foldRequestOnlyVariants();
    const renames = this.settle();
    const { resources, schemas } = this.finish();
    // A path prefix every operation shares (`/v1`, `/api/where`) is part of the base URL, not of each method's path,
    // when the spec names a server to add it to (without one, the caller's baseURL is the server and paths stay whole).
    const basePath = this.basePathOfApi;
    const servers = readServers(root).map((s) => ({ ...s, url: `${s.url}${basePath}` }));
    const api: Api = {
      title: typeof info.title === 'string' ? info.title : this.identity.clientName,
      specVersion:
        typeof info.version === 'string' || typeof info.version === 'number' ? String(info.version) : '0.0.0',
      clientName: this.identity.clientName,
      packageName: this.identity.packageName,
      packageVersion: this.config.client.version ?? '0.1.0',
      envPrefix: this.identity.envPrefix,
      baseUrl: this.stainless?.config.environments[0]?.url ?? servers.find((s) => isHttpUrl(s.url))?.url ?? null,
      basePath,
      servers,
      environments: this.stainless?.config.environments ?? [],
      requestOptionsInParams: this.stainless?.legacy ?? false,
      readmeExamples: this.readmeExamples(resources),
      auth: this.auth(root),
      idempotencyHeader: this.config.client.idempotencyHeader,
      resources,
      schemas,
      paginationSchemes: this.schemes.map(({ key: _key, ...scheme }) => scheme),
      license: readLicense(info, this.config.client.license),
      docs: {
        summary: null,
        description: typeof info.description === 'string' ? info.description : null,
        deprecated: false,
        example: null,
        default: null,
      },
      source: { file: this.spec.root.file, pointer: '#' },
    };
    return { api, renames };
  }

  /** `/v1` when every operation's path starts with it (see sharedPathPrefix) and it moves to the base URL; else ''. */
  private basePath(servers: Array<{ url: string }>): string {
    if (this.stainless || this.prefix.length === 0) return '';
    const server = servers.find((s) => isHttpUrl(s.url));
    if (!server) return '';
    const prefix = `/${this.prefix.join('/')}`;
    // A server that already ends with the prefix means the API really is under it twice: paths stay as written.
    if (new URL(server.url).pathname.replace(/\/+$/, '').endsWith(prefix)) return '';
    return prefix;
  }

  /** The Stainless config's README requests, each on the method serving its endpoint (`post /quotes`); others left out. */
  private readmeExamples(resources: Resource[]): Api['readmeExamples'] {
    const flat = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(flat)];
    const all = resources.flatMap(flat);
    const out: Api['readmeExamples'] = [];
    for (const [role, { endpoint, params }] of this.stainless?.config.readmeExamples ?? []) {
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
  private tagDescription(resource: PendingResource): string | null {
    const below = (r: PendingResource): PendingMethod[] => [
      ...r.methods,
      ...r.children.flatMap((key) => below(this.resources.get(key)!)),
    ];
    const methods = resource.methods.length > 0 ? resource.methods : below(resource);
    if (methods.length === 0) return null;
    const tags = (this.spec.root.root as { tags?: unknown }).tags;
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

  private resource(path: string[]): PendingResource {
    let parent: PendingResource | null = null;
    for (let i = 1; i <= path.length; i++) {
      const key = path.slice(0, i).join('.');
      let resource = this.resources.get(key);
      if (!resource) {
        resource = { key, path: path.slice(0, i), methods: [], children: [], order: this.order++ };
        this.resources.set(key, resource);
        if (parent) parent.children.push(key);
      }
      parent = resource;
    }
    return parent!;
  }

  // ─── methods ──────────────────────────────────────────────────────────────────────────────────────

  private method(placement: Placement, resource: PendingResource): PendingMethod | null {
    const op = placement.op;
    let source = sourceOf(op.loc);
    const templateVars = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    let broken = false;
    for (const name of templateVars) {
      if (!pathParams.some((p) => p.name === name)) {
        this.diags.error(
          'undeclared-path-parameter',
          op.loc.doc.file,
          op.loc.pointer,
          `path ${op.path} uses {${name}} but the operation declares no path parameter "${name}"`,
          `add a parameter { name: ${name}, in: path, required: true } to the operation or its path item`,
        );
        broken = true;
      }
    }
    for (const p of pathParams) {
      if (!templateVars.includes(p.name)) {
        this.diags.error(
          'unused-path-parameter',
          p.loc.doc.file,
          p.loc.pointer,
          `path parameter "${p.name}" does not appear in the path ${op.path}`,
          `rename it to one of: ${templateVars.map((v) => `{${v}}`).join(', ') || '(the path has no variables)'}, or remove it`,
        );
        broken = true;
      }
    }
    if (broken) return null;

    // Path parameters in template order; the last ones are positional, as many as the call shape says (a sample's
    // `retrieve('msg_1', 'att_1')` takes two, in path order).
    const orderedPath = templateVars.map((v) => pathParams.find((p) => p.name === v)!);
    // Legacy Stainless SDKs (`targets.node`) take every path parameter positionally: items.delete(conversationId, itemId).
    const allPositional = placement.stainless !== undefined && this.stainless?.legacy === true;
    const positionalCount =
      allPositional && placement.positional > 0
        ? orderedPath.length
        : Math.min(placement.positional, orderedPath.length);
    const positionalRaw = orderedPath.slice(orderedPath.length - positionalCount);
    const locals = new Set([
      'params',
      'options',
      'body',
      'query',
      'headers',
      'path',
      'cookieHeader',
      'stringifyQuery',
      'client',
      'this',
    ]);
    const positional: Param[] = positionalRaw.map((p) => this.param(p, locals, true));

    const fields: Param[] = [];
    const keys = new Set<string>();
    const addField = (param: Param) => {
      if (keys.has(param.key)) {
        const renamed = `${param.key}_${param.in}`;
        this.diags.warn(
          'parameter-name-collision',
          op.loc.doc.file,
          op.loc.pointer,
          `${op.http.toUpperCase()} ${op.path}: two parameters are called "${param.key}"; the ${param.in} one is "${renamed}" in the SDK (still sent as "${param.wireName}")`,
          'rename one of them, or set x-stainless-param on the parameter',
        );
        param.key = renamed;
      }
      keys.add(param.key);
      fields.push(param);
    };
    for (const p of orderedPath.slice(0, orderedPath.length - positionalRaw.length))
      addField(this.param(p, locals, false));
    for (const p of op.parameters) {
      if (p.in === 'query' || p.in === 'header') addField(this.param(p, locals, false));
      else if (p.in === 'cookie') {
        const param = this.param(p, locals, false);
        if (this.isCookieValue(param.type, new Set())) addField(param);
        else {
          locals.delete(param.local);
          this.diags.warn(
            'unsupported-cookie-type',
            p.loc.doc.file,
            p.loc.pointer,
            `cookie parameter ${JSON.stringify(p.name)} is an array or an object: the SDK only sends strings, numbers and booleans as cookies, so it is left out`,
            'give it a string, number or boolean schema, or send the cookie yourself with the `headers` request option (Cookie)',
          );
        }
      }
    }

    const body = this.body(op, locals, addField, placement.stainless?.bodyParamName ?? null);
    if (!this.stainless && op.sample) this.keysFromSample(op.sample.paramKeys, fields);
    const responses = this.responses(op);

    // Pagination: a GET whose body has items and page info, matched to the query parameters. With a Stainless
    // config, only its schemes page, and only where the method does not say `paginated: false`.
    let pagination: Method['pagination'] = null;
    if (this.stainless) {
      if (placement.stainless?.paginated !== false && responses.successSchema)
        pagination = this.stainlessPagination(op, responses.successSchema, placement.stainless?.paginated ?? null);
    } else if ((op.http === 'get' || op.sample?.paginated) && responses.successSchema) {
      // A GET pages when its shape says so; any method a sample iterates (`for await … of client.a.list()`) too.
      const detected = detectPagination(
        op.parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ wireName: p.name, purpose: this.paramSchema(p)?.hints.paginationPurpose ?? null })),
        responses.successSchema,
        (n) => this.reader.deref(n),
      );
      if (detected) pagination = this.pagination(detected, responses.successSchema);
      else if (op.sample?.paginated) {
        this.diags.warn(
          'sample-pagination-unknown',
          op.loc.doc.file,
          op.loc.pointer,
          `a code sample iterates ${op.http.toUpperCase()} ${op.path} with for await, but its parameters and response match no pagination scheme sdkgen knows (page number, cursor, offset, next URL); the method returns the response as is`,
          'mark the fields with x-stainless-pagination-property (items, next_cursor_param, next_cursor_field…)',
        );
      }
    }

    const unwrap = pagination ? null : this.unwrapField(responses);
    if (unwrap) responses.kind = { kind: 'json', type: unwrap.type, typeName: null };
    const streamWhen = this.streamWhen(placement, op, responses);

    const method: PendingMethod['method'] = {
      name: placement.method,
      operationId: op.operationId,
      http: op.http,
      path: op.path.slice(this.basePathOfApi.length),
      positional,
      params:
        fields.length > 0
          ? {
              typeName: '',
              fields,
              required: fields.some((f) => f.required) || (body?.required === true && body.shape === 'whole'),
            }
          : null,
      body,
      response: responses.kind,
      errors: responses.errors,
      pagination,
      unwrap: unwrap?.field ?? null,
      streamWhen,
      authenticated: !op.noAuth,
      docs: {
        summary: op.summary,
        description: op.description,
        deprecated: op.deprecated,
        example: null,
        default: null,
      },
      source,
    };
    // One operation can be placed twice (a Stainless config may alias it): each placement has its own types.
    const placedBefore = this.placedOperations.get(`${source.file}${source.pointer}`) ?? 0;
    this.placedOperations.set(`${source.file}${source.pointer}`, placedBefore + 1);
    if (placedBefore > 0) method.source = source = { ...source, pointer: `${source.pointer}#${placedBefore}` };
    const pending: PendingMethod = { placement, resourceKey: resource.key, method, paramsKey: null };
    if (method.params) {
      pending.paramsKey = `${source.file}${source.pointer}#params`;
      this.paramsTypes.set(pending.paramsKey, { preferred: '', alternatives: [], order: this.order++, method });
    }
    // With a Stainless config only models keep their schema's name: any other schema a method returns is named
    // after the first method returning it (`ToolgroupListResponse`), and later ones reuse that name.
    if (this.stainless && method.response.kind === 'json') {
      const returned = method.response.type;
      if (this.isFreeFormObject(returned))
        method.response = { kind: 'json', type: { kind: 'unknown' }, typeName: null };
      else if (unwrap?.from && this.modelOf(unwrap.from)) {
        // The same field of the same model is one type, named after the first method unwrapping it.
        method.response = {
          kind: 'json',
          type: this.methodAlias(
            `${unwrap.from}#${unwrap.field}`,
            returned,
            `${source.file}${source.pointer}#response`,
            source,
          ),
          typeName: null,
        };
      } else if (returned.kind === 'ref' && !pagination && !this.modelOf(returned.schemaId)) {
        method.response = {
          kind: 'json',
          type: this.methodAlias(null, returned, `${source.file}${source.pointer}#response`, source),
          typeName: null,
        };
      }
    }
    if (this.stainless && pagination && pagination.item.kind === 'ref' && !this.modelOf(pagination.item.schemaId)) {
      pagination.item = this.methodAlias(null, pagination.item, `${source.file}${source.pointer}#item`, source);
    }
    if (
      method.response.kind === 'json' &&
      method.response.type.kind !== 'ref' &&
      !pagination &&
      !(this.stainless && method.response.type.kind === 'unknown')
    ) {
      // Inline response schemas become `{Singular}{Method}Response`.
      const id = `${source.file}${source.pointer}#response`;
      this.types.synthetic(
        id,
        '',
        method.response.type,
        docsOf(responses.successSchema),
        sourceOf(responses.successSchema?.loc ?? op.loc),
      );
      method.response = { kind: 'json', type: { kind: 'ref', schemaId: id }, typeName: null };
    }
    if (pagination && pagination.item.kind !== 'ref') {
      const id = `${source.file}${source.pointer}#item`;
      this.types.synthetic(id, '', pagination.item, NO_DOCS, source);
      pagination.item = { kind: 'ref', schemaId: id };
    }
    return pending;
  }

  private readonly sharedAliases = new Map<string, string>();

  /** `type` as a named type `id` (named after its method); with a `sharedKey`, one type for all who share it. */
  private methodAlias(sharedKey: string | null, type: TypeRef, id: string, source: Method['source']): TypeRef {
    const existing = sharedKey === null ? undefined : this.sharedAliases.get(sharedKey);
    if (existing) return { kind: 'ref', schemaId: existing };
    if (sharedKey !== null) this.sharedAliases.set(sharedKey, id);
    const docs = type.kind === 'ref' ? (this.types.schemas.get(type.schemaId)?.docs ?? NO_DOCS) : NO_DOCS;
    this.types.synthetic(id, '', type, docs, source);
    return { kind: 'ref', schemaId: id };
  }

  /** An object with no properties and nothing said of its values: Stainless returns it as `unknown`. */
  private isFreeFormObject(type: TypeRef): boolean {
    if (
      type.kind === 'unknown' ||
      (type.kind === 'ref' && this.types.schemas.get(type.schemaId)?.type.kind === 'unknown')
    )
      return true;
    const object = this.objectOf(type);
    return (
      object !== null &&
      object.properties.length === 0 &&
      (object.additional === null || object.additional.kind === 'unknown')
    );
  }

  /**
   * Whether a cookie parameter of this type can be sent as one cookie value: strings, numbers, booleans, their
   * enums and unions (null is left out like undefined). Arrays and objects have no agreed cookie form (OpenAPI's
   * `form` style would put `,` or several pairs in the value), so they are not sent.
   */
  private isCookieValue(type: TypeRef, seen: Set<string>): boolean {
    switch (type.kind) {
      case 'string':
      case 'number':
      case 'integer':
      case 'boolean':
      case 'null':
      case 'literal':
      case 'enum':
        return true;
      case 'union':
        return type.variants.every((v) => this.isCookieValue(v, seen));
      case 'intersection':
        return type.parts.every((part) => this.isCookieValue(part, seen));
      case 'ref': {
        if (seen.has(type.schemaId)) return false;
        seen.add(type.schemaId);
        const named = this.types.schemas.get(type.schemaId);
        return named !== undefined && this.isCookieValue(named.type, seen);
      }
      default:
        return false;
    }
  }

  private paramSchema(p: Parameter): SchemaNode | null {
    return p.schema;
  }

  private param(p: Parameter, locals: Set<string>, positional: boolean): Param {
    const node = this.paramSchema(p);
    let type: TypeRef = node ? this.types.type(node, 'request') : { kind: 'string', format: null };
    // A path segment or a cookie value is text: a free-form schema ({}) there is a string.
    if ((p.in === 'path' || p.in === 'cookie') && type.kind === 'unknown') type = { kind: 'string', format: null };
    // `x-stainless-param` / `x-stainless-naming` method_argument, on the parameter or on its schema.
    const key = safeParamKey(p.hints.propertyName ?? node?.hints.propertyName ?? p.name);
    let style: ParamStyle | null = null;
    if (p.in === 'query' && (p.style || p.explode !== null)) {
      const s = QUERY_STYLES.has(p.style ?? 'form') ? ((p.style ?? 'form') as ParamStyle['style']) : 'form';
      if (p.style && !QUERY_STYLES.has(p.style)) {
        this.diags.warn(
          'unsupported-parameter-style',
          p.loc.doc.file,
          pointerJoin(p.loc.pointer, 'style'),
          `query parameter style ${JSON.stringify(p.style)} is not supported; "form" is used`,
          'use form, spaceDelimited, pipeDelimited or deepObject',
        );
      }
      const explode = p.explode ?? s === 'form';
      if (!(s === 'form' && explode)) style = { style: s, explode };
    }
    return {
      key,
      local: claimLocal(
        positional
          ? (this.stainless?.names.pathArgument(p.name, this.stainless.legacy) ?? camelCase(key)) || 'id'
          : key,
        locals,
      ),
      wireName: p.name,
      in: p.in,
      type,
      required: p.required,
      style,
      docs: {
        summary: null,
        description: p.description ?? node?.description ?? null,
        deprecated: p.hints.deprecationMessage ?? (p.deprecated || (node?.deprecated ?? false)),
        example:
          p.example !== undefined
            ? (JSON.stringify(p.example) ?? null)
            : node?.example
              ? (JSON.stringify(node.example.value) ?? null)
              : null,
        default: node?.default ? (JSON.stringify(node.default.value) ?? null) : null,
      },
      source: sourceOf(p.loc),
    };
  }

  private body(
    op: Operation,
    locals: Set<string>,
    addField: (p: Param) => void,
    bodyParamName: string | null,
  ): RequestBody | null {
    if (op.requestBody === null) return null;
    const { value: raw, ...loc } = op.requestBody;
    if (!raw || typeof raw !== 'object') return null;
    const rb = raw as {
      content?: Record<string, { schema?: unknown; encoding?: Record<string, { contentType?: string }> }>;
      required?: unknown;
      description?: unknown;
    };
    const content = rb.content ?? {};
    const mediaType = pickRequestMediaType(Object.keys(content));
    if (!mediaType) return null;
    const media = content[mediaType] ?? {};
    const encoding = requestEncoding(mediaType);
    const node = op.requestBody.schema(mediaType);
    const required = rb.required === true;
    const source = sourceOf(loc);
    const jsonParts = Object.entries(media.encoding ?? {})
      .filter(([, e]) => typeof e?.contentType === 'string' && /json/.test(e.contentType))
      .map(([k]) => k);

    // `body_param_name` (Stainless config): the whole body is one params field of that name.
    const flat =
      node && encoding !== 'binary' && encoding !== 'text' && !bodyParamName ? this.flattenObject(node) : null;
    // A free-form object (`type: object` and nothing else) has no fields to spread: it is sent whole.
    if (flat && (flat.properties.length > 0 || !this.isFreeForm(node!))) {
      for (const prop of flat.properties) {
        addField({
          key: safeParamKey(prop.key),
          local: claimLocal(prop.key, locals),
          wireName: prop.key,
          in: 'body',
          type: prop.type,
          required: prop.required,
          style: null,
          docs: prop.docs,
          source: prop.source,
          ...(prop.fixedValue !== undefined ? { fixedValue: prop.fixedValue } : {}),
        });
      }
      return { encoding, contentType: mediaType, shape: 'fields', bodyParam: null, required, jsonParts, source };
    }
    const bodyKey =
      bodyParamName && isIdentifierName(bodyParamName)
        ? bodyParamName
        : typeof (raw as Record<string, unknown>)['x-body-name'] === 'string' &&
            isSafeIdentifier(camelCase((raw as Record<string, string>)['x-body-name']))
          ? camelCase((raw as Record<string, string>)['x-body-name'])
          : 'body';
    // A whole body has no rest element to clash with: it can be the local `body` itself.
    if (bodyKey === 'body') locals.delete('body');
    let type: TypeRef;
    if (encoding === 'binary') type = { kind: 'file' };
    else if (encoding === 'text') type = { kind: 'string', format: null };
    else type = node ? this.types.type(node, 'request') : { kind: 'unknown' };
    addField({
      key: bodyKey,
      local: claimLocal(bodyKey, locals),
      wireName: bodyKey,
      in: 'body',
      type,
      required,
      style: null,
      docs: {
        ...NO_DOCS,
        description: typeof rb.description === 'string' ? rb.description : (node?.description ?? null),
      },
      source,
    });
    return { encoding, contentType: mediaType, shape: 'whole', bodyParam: bodyKey, required, jsonParts, source };
  }

  /**
   * A sample's params keys are the SDK's: a key the sample writes that no field has, but that spells a field's wire
   * name in another case (`conductorEndUserId` for the header `Conductor-End-User-Id`), renames that field.
   */
  private keysFromSample(sampleKeys: string[], fields: Param[]): void {
    const letters = (name: string) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    for (const key of sampleKeys) {
      if (fields.some((f) => f.key === key) || !isIdentifierName(key) || OBJECT_PROTOTYPE_KEYS.has(key)) continue;
      const matches = fields.filter((f) => letters(f.wireName) === letters(key));
      if (matches.length === 1 && matches[0].key === safeParamKey(matches[0].wireName)) matches[0].key = key;
    }
  }

  private isFreeForm(node: SchemaNode): boolean {
    let target: SchemaNode;
    try {
      target = this.reader.deref(node);
    } catch {
      return false;
    }
    return (
      target.properties.length === 0 &&
      !target.allOf &&
      target.additionalProperties !== false &&
      !target.hints.emptyObject
    );
  }

  /** Properties of an object body (allOf parts merged), or null when the body is not a plain object. */
  private flattenObject(node: SchemaNode): {
    properties: Array<Property & { source: ReturnType<typeof sourceOf>; fixedValue?: string | number | boolean }>;
  } | null {
    const out: Array<Property & { source: ReturnType<typeof sourceOf>; fixedValue?: string | number | boolean }> = [];
    const safeDeref = (n: SchemaNode): SchemaNode | null => safeResolve(this.types, n);
    const visit = (n: SchemaNode, depth: number): boolean => {
      let target: SchemaNode;
      try {
        target = this.reader.deref(n);
      } catch {
        return false;
      }
      if (depth > 8 || target.oneOf || target.anyOf || target.hints.any) return false;
      if (target.additionalProperties && target.additionalProperties !== true) return false;
      if (target.additionalProperties === true && target.properties.length === 0) return false;
      if (target.types && !target.types.includes('object')) return false;
      if (target.types?.includes('null')) return false;
      for (const part of target.allOf ?? []) if (!visit(part, depth + 1)) return false;
      if (!target.allOf && target.properties.length === 0 && !target.types) return false;
      const required = new Set(target.required);
      for (const { key, schema } of target.properties) {
        if (schema.hints.skip) continue;
        const existing = out.findIndex((p) => p.key === key);
        const fixed = fixedValueOf(schema, this.reader);
        const prop = {
          key,
          type: this.types.type(schema, 'request'),
          required: fixed === undefined && (required.has(key) || (existing >= 0 && out[existing].required)),
          ...(fixed !== undefined ? { fixedValue: fixed } : {}),
          readOnly: isReadOnly(schema, safeDeref),
          writeOnly: isWriteOnly(schema, safeDeref),
          docs: docsOf(schema),
          source: sourceOf(schema.loc),
        };
        if (prop.readOnly) continue; // readOnly properties are never sent
        if (existing >= 0) out[existing] = prop;
        else out.push(prop);
      }
      return true;
    };
    if (!visit(node, 0)) return null;
    return { properties: out };
  }

  private responses(op: Operation): { kind: ResponseKind; errors: ErrorResponse[]; successSchema: SchemaNode | null } {
    const raw = op.raw.responses;
    const errors: ErrorResponse[] = [];
    if (!raw || typeof raw !== 'object') return { kind: { kind: 'empty' }, errors, successSchema: null };
    const entries = Object.keys(raw as object).map((status) => ({ status, ...this.response(op, status) }));
    const success = entries
      .filter((e) => /^2(\d\d|XX)$/i.test(e.status))
      .sort((a, b) => compareStrings(a.status, b.status));
    const candidates = success.length > 0 ? success : entries.filter((e) => e.status === 'default');
    for (const e of entries) {
      if (success.includes(e) || (success.length === 0 && e.status === 'default')) continue;
      if (e.mediaType && e.node && isJsonMedia(e.mediaType))
        errors.push({
          status: e.status,
          className: errorClassName(e.status),
          contentType: e.mediaType,
          type: this.types.type(e.node, 'response'),
        });
    }
    const withContent = candidates.filter((e) => e.mediaType !== null);
    if (withContent.length === 0) return { kind: { kind: 'empty' }, errors, successSchema: null };
    const primary = withContent[0];
    const mediaType = primary.mediaType!;
    if (/^text\/event-stream/i.test(mediaType)) {
      const event = primary.node
        ? this.types.type(primary.node, 'response')
        : { kind: 'string' as const, format: null };
      return { kind: { kind: 'sse', event }, errors, successSchema: null };
    }
    if (isJsonMedia(mediaType)) {
      if (primary.node?.binary)
        return {
          kind: { kind: 'binary', contentType: mediaType, accept: this.mediaTypes(op, primary.status) },
          errors,
          successSchema: null,
        };
      const jsonOnes = withContent.filter((e) => e.mediaType && isJsonMedia(e.mediaType) && e.node);
      const typeList = jsonOnes.map((e) => this.types.type(e.node!, 'response'));
      const seen = new Set<string>();
      const distinct =
        typeList.length < 2
          ? typeList
          : typeList.filter((t) => {
              const key = JSON.stringify(t);
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            });
      const type =
        distinct.length === 0 ? { kind: 'unknown' as const } : distinct.length === 1 ? distinct[0] : unionOf(distinct);
      return {
        kind: { kind: 'json', type, typeName: null },
        errors,
        successSchema: distinct.length === 1 ? primary.node : null,
      };
    }
    if (/^text\//i.test(mediaType) && !primary.node?.binary)
      return { kind: { kind: 'text' }, errors, successSchema: null };
    return {
      kind: { kind: 'binary', contentType: mediaType, accept: this.mediaTypes(op, primary.status) },
      errors,
      successSchema: null,
    };
  }

  /** The media types a response of `status` may have, as an Accept header value: "image/png, image/jpeg". */
  private mediaTypes(op: Operation, status: string): string {
    const { value: raw } = op.responses.get(status)!;
    const content = (raw as { content?: Record<string, unknown> } | undefined)?.content;
    return Object.keys(content ?? {}).join(', ');
  }

  private response(
    op: Operation,
    status: string,
    only: RegExp | null = null,
  ): { mediaType: string | null; node: SchemaNode | null } {
    const response = op.responses.get(status)!;
    const raw = response.value;
    const content = (raw as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
    if (!content || typeof content !== 'object') return { mediaType: null, node: null };
    const mediaType = only
      ? (Object.keys(content).find((m) => only.test(m)) ?? null)
      : pickResponseMediaType(Object.keys(content));
    if (!mediaType) return { mediaType: null, node: null };
    const node = response.schema(mediaType);
    return { mediaType, node };
  }

  /** The first of the Stainless config's schemes (or the one `paginated` names) that the method's shape matches. */
  private stainlessPagination(op: Operation, body: SchemaNode, named: string | boolean | null): Method['pagination'] {
    const query = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    for (const scheme of this.stainless!.config.pagination) {
      if (typeof named === 'string' && scheme.name !== named) continue;
      const detected = matchStainlessScheme(scheme, query, body, (n) => this.reader.deref(n));
      if (detected)
        return this.pagination(detected, body, {
          key: `stainless:${scheme.name}`,
          className: this.stainless!.names.pageClass(scheme.name),
        });
    }
    return null;
  }

  /**
   * `settings.unwrap_response_fields`: a response object whose only property is one of these fields returns that
   * field's value (`{ data: [...] }` → the array).
   */
  private unwrapField(responses: {
    kind: ResponseKind;
    successSchema: SchemaNode | null;
  }): { field: string; type: TypeRef; from: string | null } | null {
    const fields = this.stainless?.config.unwrapResponseFields ?? [];
    if (fields.length === 0 || responses.kind.kind !== 'json' || !responses.successSchema) return null;
    const object = this.objectOf(responses.kind.type);
    if (!object || object.properties.length !== 1 || object.additional) return null;
    const [only] = object.properties;
    const from = responses.kind.type.kind === 'ref' ? responses.kind.type.schemaId : null;
    return fields.includes(only.key) ? { field: only.key, type: only.type, from } : null;
  }

  /**
   * `streaming.param_discriminator` (Stainless config): the method streams when that body field is true. The
   * event type is the config's `stream_event_model`, else the schema of the operation's text/event-stream response.
   */
  private streamWhen(placement: Placement, op: Operation, responses: { kind: ResponseKind }): Method['streamWhen'] {
    const streaming = placement.stainless?.streaming;
    if (!streaming?.paramDiscriminator) return null;
    let event: TypeRef | null = null;
    if (streaming.streamEventModel) {
      const [resourceKey, modelKey] = splitModelPath(streaming.streamEventModel);
      const model = [...this.stainless!.models.entries()].find(
        ([, m]) =>
          this.stainless!.names.model(modelKey) === m.name &&
          (resourceKey === null || m.resource.endsWith(this.stainless!.names.resourceProperty(resourceKey))),
      );
      const id = model ? this.types.componentId(model[0]) : null;
      if (id) event = { kind: 'ref', schemaId: id };
    }
    if (!event) {
      const stream = this.response(
        op,
        Object.keys((op.raw.responses ?? {}) as object).find((status) => /^2/.test(status)) ?? '200',
        /^text\/event-stream/i,
      );
      if (stream.node) event = this.types.type(stream.node, 'response');
    }
    if (!event) {
      this.configWarning(
        'stainless-streaming',
        `${placement.stainless!.where}.streaming`,
        'no event type (no stream_event_model, no text/event-stream response); the method does not stream',
      );
      return null;
    }
    if (responses.kind.kind === 'sse') responses.kind = { kind: 'json', type: { kind: 'unknown' }, typeName: null };
    return { param: streaming.paramDiscriminator, event };
  }

  private pagination(
    detected: NonNullable<ReturnType<typeof detectPagination>>,
    body: SchemaNode,
    named: { key: string; className: string } | null = null,
  ): Method['pagination'] {
    const bodyType = this.types.type(body, 'response');
    const bodyObject = this.objectOf(bodyType);
    const fields = (bodyObject?.properties ?? []).filter((p) => p.key !== detected.response.items[0]);
    const key =
      named?.key ??
      JSON.stringify([
        detected.style,
        detected.request,
        detected.response,
        fields.map((f) => [f.key, f.type, f.required]),
      ]);
    let scheme = this.schemes.find((s) => s.key === key);
    if (!scheme) {
      // Items under a telling key name the page (`servers` → ServersPage); under a generic one (`data`), the page is
      // named after the client as a Stainless scheme would be (AcmePage), and further such schemes after their
      // Stainless type too (AcmeCursorURLPage), so a scheme keeps its name when its style changes.
      const generic = (items: string[]) => items.length === 1 && ITEMS_FIELDS.includes(items[0]);
      const first = !this.schemes.some((s) => generic(s.response.items) && !s.key.startsWith('stainless:'));
      const base =
        named?.className ??
        (generic(detected.response.items)
          ? new StainlessNames().pageClass(
              `${this.identity.clientName} ${first ? '' : STAINLESS_TYPE[detected.style]} page`,
            )
          : `${pascalCase(detected.response.items.join(' '), { acronyms: true })}Page`);
      let className = base;
      let n = 2;
      while (this.schemes.some((s) => s.className === className)) className = `${base}${n++}`;
      scheme = {
        key,
        className,
        style: detected.style,
        fields,
        request: detected.request,
        response: detected.response,
      };
      this.schemes.push(scheme);
    }
    return { scheme: scheme.className, item: this.types.type(detected.itemSchema, 'response'), alias: null };
  }

  private objectOf(type: TypeRef): Extract<TypeRef, { kind: 'object' }> | null {
    if (type.kind === 'object') return type;
    if (type.kind === 'ref') {
      const schema = this.types.schemas.get(type.schemaId);
      return schema ? this.objectOf(schema.type) : null;
    }
    return null;
  }

  // ─── auth ─────────────────────────────────────────────────────────────────────────────────────────

  /** A warning about the Stainless config, at the line of its key path. */
  private configWarning(code: string, where: string, message: string): void {
    const config = this.stainless!.config;
    this.diags.config('warning', code, config.file, where, lineOfPath(config.text, where), message);
  }

  /**
   * With a Stainless config, the client's credentials are its `client_settings.opts` that name a security scheme
   * (of the config's `security_schemes` or the spec's): each is a client option of its own name, read from its
   * `read_env`, required unless `nullable`.
   */
  private stainlessAuth(): AuthScheme[] | null {
    const config = this.stainless?.config;
    const opts = config?.clientOpts.filter((o) => o.auth) ?? [];
    if (!config || opts.length === 0) return null;
    const out: AuthScheme[] = [];
    const basic = new Map<string, Extract<AuthScheme, { kind: 'basic' }>>();
    for (const opt of opts) {
      const schemeName = opt.auth!.securityScheme;
      const configured = config.securitySchemes?.[schemeName];
      const scheme = (
        configured && typeof configured === 'object'
          ? configured
          : readSecurityScheme(this.spec, schemeName, this.diags)
      ) as Record<string, unknown> | null;
      const where = `client_settings.opts.${opt.key}.auth.security_scheme`;
      if (!scheme) {
        this.configWarning(
          'stainless-auth',
          where,
          `no security scheme ${JSON.stringify(schemeName)} in the config or the spec; the option is left out`,
        );
        continue;
      }
      const option = this.stainless!.names.camel(opt.key, { acronyms: false });
      const docs: Docs = {
        ...NO_DOCS,
        description: opt.description ?? (typeof scheme.description === 'string' ? scheme.description : null),
      };
      const required = !opt.nullable;
      const httpScheme = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
      if (scheme.type === 'http' && httpScheme === 'basic') {
        const entry = basic.get(schemeName) ?? {
          kind: 'basic',
          name: schemeName,
          usernameOption: 'username',
          passwordOption: 'password',
          usernameEnvVar: null,
          passwordEnvVar: null,
          required,
          docs,
        };
        if (opt.auth!.role === 'password')
          Object.assign(entry, { passwordOption: option, passwordEnvVar: opt.readEnv });
        else Object.assign(entry, { usernameOption: option, usernameEnvVar: opt.readEnv });
        if (!basic.has(schemeName)) {
          basic.set(schemeName, entry);
          out.push(entry);
        }
      } else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
        out.push({ kind: 'bearer', name: schemeName, option, envVar: opt.readEnv, required, docs });
      } else if (
        scheme.type === 'apiKey' &&
        typeof scheme.name === 'string' &&
        (scheme.in === 'header' || scheme.in === 'query' || scheme.in === 'cookie')
      ) {
        // `send_as_query_param` / `send_in_header` / `send_in_cookie` say where the option goes, over the scheme.
        const placed = opt.sendAsQueryParam
          ? { in: 'query' as const, wireName: opt.sendAsQueryParam }
          : opt.sendInHeader
            ? { in: 'header' as const, wireName: opt.sendInHeader }
            : opt.sendInCookie
              ? { in: 'cookie' as const, wireName: opt.sendInCookie }
              : { in: scheme.in as 'header' | 'query' | 'cookie', wireName: scheme.name };
        out.push({ kind: 'apiKey', name: schemeName, ...placed, option, envVar: opt.readEnv, required, docs });
      } else {
        this.configWarning(
          'stainless-auth',
          where,
          `security scheme ${JSON.stringify(schemeName)} (${String(scheme.type)}) is not supported; the option is left out`,
        );
      }
    }
    for (const opt of config.clientOpts.filter((o) => !o.auth)) {
      this.configWarning(
        'stainless-config-ignored',
        `client_settings.opts.${opt.key}`,
        'client options other than credentials are not generated by sdkgen yet; ignored',
      );
    }
    return out;
  }

  private auth(root: Record<string, unknown>): AuthScheme[] {
    const configured = this.stainlessAuth();
    if (configured) return configured;
    const schemes = ((root.components as { securitySchemes?: Record<string, unknown> } | undefined)?.securitySchemes ??
      {}) as Record<string, unknown>;
    const global = Array.isArray(root.security) ? (root.security as Array<Record<string, unknown>>) : null;
    const used = new Set<string>();
    const requirementSets = global ?? [];
    for (const req of requirementSets) if (req && typeof req === 'object') Object.keys(req).forEach((k) => used.add(k));
    if (!global) {
      // No global security: the schemes operations use.
      for (const path of Object.values((root.paths ?? {}) as Record<string, Record<string, { security?: unknown }>>)) {
        for (const op of Object.values(path ?? {})) {
          if (op && typeof op === 'object' && Array.isArray(op.security)) {
            for (const req of op.security as Array<Record<string, unknown>>)
              if (req) Object.keys(req).forEach((k) => used.add(k));
          }
        }
      }
    }
    const optional =
      !global || requirementSets.some((r) => r && Object.keys(r).length === 0) || requirementSets.length > 1;
    const names = [...used]
      .filter((n) => schemes[n] && typeof schemes[n] === 'object')
      .sort((a, b) => Object.keys(schemes).indexOf(a) - Object.keys(schemes).indexOf(b));
    const out: AuthScheme[] = [];
    const options = new Set<string>();
    // One scheme: the conventional option names (apiKey, username/password). Several: each is named after its
    // scheme ("bearerAuth" → bearerAuth), so no two credentials share an option or an environment variable.
    const several = names.length > 1;
    const optionName = (preferred: string, scheme: string) => {
      let name = preferred;
      if (!isSafeIdentifier(name) || options.has(name) || BASE_CLIENT_MEMBERS.has(name))
        name = camelCase(`${scheme} ${preferred}`);
      if (!isSafeIdentifier(name) || options.has(name)) name = `${preferred}${options.size + 1}`;
      options.add(name);
      return name;
    };
    const schemeOption = (conventional: string, scheme: string) =>
      several ? camelCase(scheme) || conventional : conventional;
    const envFor = (option: string, first: boolean) =>
      first && this.identity.apiKeyEnv ? this.identity.apiKeyEnv : `${this.identity.envPrefix}_${constantCase(option)}`;
    const required = !optional && names.length === 1;
    // The samples' constructor options are authoritative: `new Acme({ bearerToken: process.env['ACME_API_KEY'] })`
    // names the credential option and its variable. One scheme takes the first credential-like option shown;
    // several take the option named after them; basic auth takes a user-like and a password-like one.
    const shownOptions = this.identity.sampleOptions.filter((o) => !BASE_CLIENT_MEMBERS.has(o.option));
    const shown = (test: (option: string) => boolean) => {
      const hit = shownOptions.find((o) => test(o.option) && !options.has(o.option));
      if (hit) options.add(hit.option);
      return hit ?? null;
    };
    // The config's apiKeyEnv still wins for the first credential.
    const sampleEnv = (hit: { envVar: string } | null, first: boolean) =>
      first && this.config.client.apiKeyEnv ? this.config.client.apiKeyEnv : (hit?.envVar ?? null);
    for (const name of names) {
      const s = readSecurityScheme(this.spec, name, this.diags);
      if (!s) continue;
      const docs: Docs = { ...NO_DOCS, description: typeof s.description === 'string' ? s.description : null };
      const first = out.length === 0;
      const forScheme = (option: string) =>
        several ? option === camelCase(name) : /key|token|secret|auth|credential|password|bearer/i.test(option);
      if (s.type === 'http' && typeof s.scheme === 'string' && s.scheme.toLowerCase() === 'basic') {
        const user = several ? null : shown((o) => /user|name|login|email|client_?id|clientId/i.test(o));
        const pass = several ? null : shown((o) => /pass|secret/i.test(o));
        const usernameOption = user?.option ?? optionName(several ? `${camelCase(name)}Username` : 'username', name);
        const passwordOption = pass?.option ?? optionName(several ? `${camelCase(name)}Password` : 'password', name);
        out.push({
          kind: 'basic',
          name,
          usernameOption,
          passwordOption,
          usernameEnvVar: user?.envVar ?? `${this.identity.envPrefix}_${constantCase(usernameOption)}`,
          passwordEnvVar: pass?.envVar ?? `${this.identity.envPrefix}_${constantCase(passwordOption)}`,
          required,
          docs,
        });
      } else if (s.type === 'http' || s.type === 'oauth2' || s.type === 'openIdConnect') {
        const hit = shown(forScheme);
        const isKey = s.type === 'http' && first && (this.identity.apiKeyEnv?.includes('KEY') ?? true);
        const option =
          hit?.option ??
          optionName(schemeOption(isKey ? 'apiKey' : s.type === 'http' ? 'bearerToken' : 'accessToken', name), name);
        out.push({
          kind: 'bearer',
          name,
          option,
          envVar: sampleEnv(hit, first) ?? envFor(option, first),
          required,
          docs,
        });
      } else if (
        s.type === 'apiKey' &&
        typeof s.name === 'string' &&
        (s.in === 'header' || s.in === 'query' || s.in === 'cookie')
      ) {
        const hit = shown(forScheme);
        const option = hit?.option ?? optionName(schemeOption('apiKey', name), name);
        out.push({
          kind: 'apiKey',
          name,
          in: s.in,
          wireName: s.name,
          option,
          envVar: sampleEnv(hit, first) ?? envFor(option, first),
          required,
          docs,
        });
      } else {
        this.diags.warn(
          'unsupported-security-scheme',
          this.spec.root.file,
          pointerJoin('#/components/securitySchemes', name),
          `security scheme "${name}" (${String(s.type)}) is not supported and is ignored`,
        );
      }
    }
    return out;
  }

  // ─── request-side variants ───────────────────────────────────────────────────────────────────────

  /**
   * A schema whose shape differs by direction has a request-side variant (`PetParam`) beside its response shape
   * (`Pet`). When no response reaches the schema (it is only sent), the response shape would be a type nothing
   * uses and the variant a second name for the only shape that matters: the variant takes the schema's place,
   * under the schema's own name. Schemas no method uses at all have no variant (it is made on a request's first
   * use) and keep their response shape.
   */
  private foldRequestOnlyVariants(): void {
    const variants = this.types.requestVariants;
    if (variants.size === 0) return;
    const responseReached = new Set<string>();
    const stack: TypeRef[] = [];
    const reach = (type: TypeRef | null) => {
      if (type) stack.push(type);
      while (stack.length > 0) {
        walkRefs(stack.pop()!, (id) => {
          if (responseReached.has(id)) return;
          responseReached.add(id);
          const schema = this.types.schemas.get(id);
          if (schema) stack.push(schema.type);
        });
      }
    };
    for (const r of this.resources.values()) {
      for (const { method } of r.methods) {
        if (method.response.kind === 'json') reach(method.response.type);
        if (method.response.kind === 'sse') reach(method.response.event);
        method.errors.forEach((e) => reach(e.type));
        reach(method.pagination?.item ?? null);
      }
    }
    for (const scheme of this.schemes) scheme.fields.forEach((f) => reach(f.type));

    const redirect = new Map<string, string>();
    for (const [baseId, variantId] of variants) {
      if (responseReached.has(baseId)) continue;
      const base = this.types.schemas.get(baseId)!;
      base.type = this.types.schemas.get(variantId)!.type;
      this.types.schemas.delete(variantId);
      redirect.set(variantId, baseId);
    }
    if (redirect.size === 0) return;
    for (const schema of this.types.schemas.values()) redirectRefs(schema.type, redirect);
    for (const r of this.resources.values()) {
      for (const { method } of r.methods) {
        for (const p of [...method.positional, ...(method.params?.fields ?? [])]) redirectRefs(p.type, redirect);
      }
    }
  }

  // ─── names and modules ───────────────────────────────────────────────────────────────────────────

  private readonly resourceNames = new Map<
    string,
    { className: string; property: string; singular: string; module: string }
  >();

  /** Settle every exported name in one SDK-wide scope. */
  private settle(): Rename[] {
    const requests: NameRequest[] = [];
    // Resource classes first: `client.health` is of type Health, whatever the schemas are called.
    for (const r of this.resources.values()) {
      const configured = this.stainless?.resources.get(r.key);
      const property = r.path[r.path.length - 1];
      const className = configured?.className ?? pascalCase(property);
      const singular = configured?.singular ?? pascalCase(singularize(property));
      const module = moduleFor(r);
      this.resourceNames.set(r.key, { className, property, singular, module });
      // Every resource class is in the SDK scope (a parent module imports its children's classes next to
      // its types); top-level ones settle first.
      const parentSingular = r.path.length > 1 ? pascalCase(singularize(r.path[r.path.length - 2])) : '';
      requests.push({
        key: `resource:${r.key}`,
        preferred: className,
        alternatives: [...(parentSingular ? [`${parentSingular}${className}`] : []), `${className}Resource`],
        priority: 0,
        order: r.path.length * 1_000_000 + r.order,
      });
    }

    // Methods name their synthetic types after the resource: ReleaseGetParams, ReleaseGetResponse.
    const syntheticPrefix = new Map<string, { preferred: string; alternatives: string[] }>();
    for (const r of this.resources.values()) {
      const names = this.resourceNames.get(r.key)!;
      const parent = r.path.length > 1 ? this.resourceNames.get(r.path.slice(0, -1).join('.'))! : null;
      for (const m of r.methods) {
        const base = `${names.singular}${this.stainless ? this.stainless.names.pascal(m.method.name) : pascalCase(m.method.name, { acronyms: false })}`;
        const qualified = parent ? `${parent.singular}${base}` : `${pascalCase(this.identity.clientName)}${base}`;
        const source = m.method.source;
        this.methodModule.set(`${source.file}${source.pointer}#response`, names.module);
        this.methodModule.set(`${source.file}${source.pointer}#item`, names.module);
        syntheticPrefix.set(`${source.file}${source.pointer}#response`, {
          preferred: `${base}Response`,
          alternatives: [`${qualified}Response`],
        });
        syntheticPrefix.set(`${source.file}${source.pointer}#item`, {
          preferred: `${base}Response`,
          alternatives: [`${qualified}Response`],
        });
        if (m.paramsKey) {
          const entry = this.paramsTypes.get(m.paramsKey)!;
          entry.preferred = `${base}Params`;
          entry.alternatives = [`${qualified}Params`];
        }
      }
    }

    // A schema that is one method's response can take that method's response name when its own is taken.
    const responseOf = new Map<string, string[]>();
    for (const r of this.resources.values()) {
      const names = this.resourceNames.get(r.key)!;
      for (const m of r.methods) {
        const t = m.method.response.kind === 'json' && !m.method.pagination ? m.method.response.type : null;
        if (t?.kind === 'ref')
          responseOf.set(t.schemaId, [
            ...(responseOf.get(t.schemaId) ?? []),
            `${names.singular}${pascalCase(m.method.name, { acronyms: false })}Response`,
          ]);
      }
    }
    const owners = this.schemaOwners();
    this.owners = owners;
    // The first resource (in creation order) of each module names its singular.
    const singularOfModule = new Map<string, string>();
    for (const names of this.resourceNames.values())
      if (!singularOfModule.has(names.module)) singularOfModule.set(names.module, names.singular);
    for (const schema of this.types.schemas.values()) {
      if (schema.requestVariantOf !== undefined) continue; // named after their schema, below
      const synthetic = syntheticPrefix.get(schema.id);
      const asResponse = responseOf.get(schema.id);
      const owner = owners.get(schema.id);
      const ownerSingular = owner && owner !== 'resources/shared' ? (singularOfModule.get(owner) ?? null) : null;
      const model = this.modelOf(schema.id);
      if (model) {
        requests.push({
          key: `schema:${schema.id}`,
          preferred: model.name,
          alternatives: [`${model.name}Model`],
          priority: 0,
          order: schema.order,
        });
        continue;
      }
      const preferred = synthetic ? synthetic.preferred : typeName(schema.nameHint);
      const alternatives = synthetic
        ? synthetic.alternatives
        : [
            ...(asResponse?.length === 1 ? asResponse : []),
            ...(ownerSingular && !preferred.startsWith(ownerSingular) ? [`${ownerSingular}${preferred}`] : []),
            `${this.identity.clientName}${preferred}`,
            `${preferred}Schema`,
          ];
      // With a Stainless config, the names its SDK had (models, method types) come before the spec's own
      // schema names, which that SDK did not export.
      const priority = this.stainless ? (synthetic ? 1 : 4) : schema.explicitName ? 1 : synthetic ? 3 : 2;
      requests.push({ key: `schema:${schema.id}`, preferred, alternatives, priority, order: schema.order });
    }
    for (const [key, entry] of this.paramsTypes) {
      requests.push({
        key: `params:${key}`,
        preferred: entry.preferred,
        alternatives: entry.alternatives,
        priority: this.stainless ? 1 : 3,
        order: entry.order,
      });
    }
    for (const scheme of this.schemes) {
      requests.push({
        key: `page:${scheme.key}`,
        preferred: scheme.className,
        alternatives: [`${scheme.className}Class`],
        priority: 0,
        order: -1,
      });
    }
    const taken = new Set([
      ...TAKEN_TYPE_NAMES,
      this.identity.clientName,
      `${this.identity.clientName}Error`,
      ...RUNTIME_ERROR_CLASSES,
      'PageNumberPage',
      'CursorPage',
      'OffsetPage',
      'NextURLPage',
      'toFile',
    ]);
    const settled = settleNames(requests, taken);
    // Request-side variants are named after their schema's settled name (Pet → PetParam), after every other
    // name: a schema the spec calls `PetParam` keeps its name and the variant takes the next free one.
    const variantRequests: NameRequest[] = [];
    for (const schema of this.types.schemas.values()) {
      if (schema.requestVariantOf === undefined) continue;
      const baseName = settled.names.get(`schema:${schema.requestVariantOf}`)!;
      variantRequests.push({
        key: `schema:${schema.id}`,
        preferred: `${baseName}Param`,
        alternatives: [],
        priority: 2,
        order: schema.order,
      });
    }
    if (variantRequests.length > 0) {
      const variants = settleNames(variantRequests, new Set([...taken, ...settled.names.values()]));
      for (const [key, name] of variants.names) settled.names.set(key, name);
      settled.renames.push(...variants.renames);
    }
    this.finalNames = settled.names;
    for (const scheme of this.schemes) {
      const name = settled.names.get(`page:${scheme.key}`)!;
      if (name !== scheme.className) {
        for (const r of this.resources.values())
          for (const m of r.methods)
            if (m.method.pagination?.scheme === scheme.className) m.method.pagination.scheme = name;
        scheme.className = name;
      }
    }
    for (const r of this.resources.values()) {
      const resourceName = settled.names.get(`resource:${r.key}`);
      if (resourceName) this.resourceNames.get(r.key)!.className = resourceName;
    }
    return settled.renames.map((r) => ({ ...r, key: r.key.replace(/^\w+:/, '') }));
  }

  /** Model ids of the Stainless config, by schema id (request-side variants are not models). */
  private modelIds: Map<string, { name: string; resource: string }> | null = null;

  private modelOf(schemaId: string): { name: string; resource: string } | null {
    if (!this.stainless) return null;
    if (!this.modelIds) {
      this.modelIds = new Map();
      for (const [pointer, model] of this.stainless.models) {
        const id = this.types.componentId(pointer);
        if (id) this.modelIds.set(id, model);
        else
          this.configWarning('stainless-model', model.where, `${pointer} is not a schema of the spec; model left out`);
      }
    }
    return this.modelIds.get(schemaId) ?? null;
  }

  private finalNames = new Map<string, string>();
  /** Module of the method each method-named type (response, page item) comes from. */
  private readonly methodModule = new Map<string, string>();
  /** Module of each named schema, settled with the names (schemas and modules do not change after). */
  private owners = new Map<string, string>();

  /**
   * Which module declares each named schema: the one resource module that uses it (through its methods, directly
   * or through other schemas), else resources/shared. Only "none, one module (which), several" matters, so each
   * schema's label is raised at most twice and passed on to the schemas it refers to: linear in the schema graph
   * (walking every resource's whole closure was quadratic: 0.2 s on Stripe's densely linked schemas).
   */
  private schemaOwners(): Map<string, string> {
    const refsOf = (type: TypeRef, out: Set<string>) => walkRefs(type, (id) => out.add(id));
    const schemaRefs = new Map<string, Set<string>>();
    for (const schema of this.types.schemas.values()) {
      const refs = new Set<string>();
      refsOf(schema.type, refs);
      schemaRefs.set(schema.id, refs);
    }
    const SEVERAL = Symbol('several modules');
    const usedBy = new Map<string, string | typeof SEVERAL>();
    const queue: string[] = [];
    const raise = (id: string, user: string | typeof SEVERAL) => {
      const current = usedBy.get(id);
      if (current === SEVERAL || current === user) return;
      usedBy.set(id, current === undefined ? user : SEVERAL);
      queue.push(id);
    };
    for (const r of this.resources.values()) {
      const module = this.resourceNames.get(r.key)!.module;
      const direct = new Set<string>();
      for (const { method } of r.methods) {
        method.positional.forEach((p) => refsOf(p.type, direct));
        method.params?.fields.forEach((p) => refsOf(p.type, direct));
        if (method.response.kind === 'json') refsOf(method.response.type, direct);
        if (method.response.kind === 'sse') refsOf(method.response.event, direct);
        method.errors.forEach((e) => refsOf(e.type, direct));
        if (method.pagination) refsOf(method.pagination.item, direct);
      }
      for (const id of direct) raise(id, module);
    }
    while (queue.length > 0) {
      const id = queue.pop()!;
      const user = usedBy.get(id)!;
      for (const next of schemaRefs.get(id) ?? []) raise(next, user);
    }
    // Page classes' field types live in src/pagination.ts, which imports from wherever they are.
    const usedByPages = new Set<string>();
    for (const scheme of this.schemes) for (const f of scheme.fields) refsOf(f.type, usedByPages);
    const owners = new Map<string, string>();
    for (const schema of this.types.schemas.values()) {
      const user = usedBy.get(schema.id);
      owners.set(schema.id, typeof user === 'string' && !usedByPages.has(schema.id) ? user : 'resources/shared');
      // A Stainless model is declared where the config puts it, a method's own type in the method's module.
      const model = this.modelOf(schema.id);
      if (model) {
        const resource = model.resource ? this.resourceNames.get(model.resource) : undefined;
        owners.set(schema.id, resource?.module ?? 'resources/shared');
      } else if (this.stainless && this.methodModule.has(schema.id))
        owners.set(schema.id, this.methodModule.get(schema.id)!);
    }
    return owners;
  }

  private finish(): { resources: Resource[]; schemas: NamedSchema[] } {
    const owners = this.owners;
    const schemas: NamedSchema[] = [...this.types.schemas.values()]
      .sort((a, b) => a.order - b.order)
      .map((s: PendingSchema) => ({
        id: s.id,
        name: this.finalNames.get(`schema:${s.id}`)!,
        module: owners.get(s.id)!,
        type: s.type,
        docs: s.docs,
        source: s.source,
        ...(s.requestVariantOf !== undefined ? { requestVariantOf: s.requestVariantOf } : {}),
        ...(s.requestVariantOf === undefined && this.modelOf(s.id) ? { configModel: true as const } : {}),
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
    for (const [key, entry] of this.paramsTypes) {
      const scope = new NestedScope([], [this.finalNames.get(`params:${key}`)!]);
      for (const field of entry.method.params!.fields)
        field.type = assignNested(field.type, scope, pascalCase(field.key, { acronyms: false }));
    }
    for (const [key, entry] of this.paramsTypes) entry.method.params!.typeName = this.finalNames.get(`params:${key}`)!;

    const build = (key: string): PendingTree => {
      const r = this.resources.get(key)!;
      const names = this.resourceNames.get(key)!;
      const methods = r.methods.map((m) => {
        const method = m.method;
        if (method.response.kind === 'json' && method.response.type.kind === 'ref') {
          method.response = { ...method.response, typeName: nameOf.get(method.response.type.schemaId) ?? null };
        }
        // Stainless SDKs name each page type: VectorStoresOpenAICursorPage.
        if (this.stainless && method.pagination?.item.kind === 'ref') {
          const item = nameOf.get(method.pagination.item.schemaId);
          if (item) method.pagination.alias = this.stainless.names.pageOf(item, method.pagination.scheme);
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
        docs: { ...NO_DOCS, description: this.tagDescription(r) },
      };
    };
    const resources = [...this.resources.values()]
      .filter((r) => r.path.length === 1)
      .sort((a, b) => a.order - b.order)
      .map((r) => build(r.key));
    return { resources: withFunctionNames(resources), schemas };
  }
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

/** "chat.chat_completion_chunk" → ["chat", "chat_completion_chunk"]; "chunk" → [null, "chunk"]. */
function splitModelPath(path: string): [string | null, string] {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? [null, path] : [path.slice(0, dot), path.slice(dot + 1)];
}

/** The value of an `x-stainless-const` schema (its `const`, or its single enum value), if any. */
function fixedValueOf(schema: SchemaNode, reader: SchemaGraph): string | number | boolean | undefined {
  let target = schema;
  try {
    target = reader.deref(schema);
  } catch {
    return undefined;
  }
  if (!(schema.hints.constValue || target.hints.constValue)) return undefined;
  const value = target.const?.value ?? (target.enum?.length === 1 ? target.enum[0] : undefined);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** A params key that an empty object does not inherit (`constructor` → `constructor_`). */
function safeParamKey(key: string): string {
  return OBJECT_PROTOTYPE_KEYS.has(key) ? `${key}_` : key;
}

function claimLocal(preferred: string, locals: Set<string>): string {
  const usable = (name: string) =>
    isIdentifierName(name) && !RESERVED_WORDS.has(name) && !OBJECT_PROTOTYPE_KEYS.has(name);
  let base = usable(preferred) ? preferred : camelCase(preferred);
  if (!base) base = 'param';
  if (!usable(base)) base = `${base}_`;
  let name = base;
  let n = 2;
  while (locals.has(name)) name = `${base}${n++}`;
  locals.add(name);
  return name;
}

/** A type name from a component key or id: kept as written when it is a valid identifier. */
function typeName(hint: string): string {
  if (isIdentifierName(hint) && /^[A-Za-z]/.test(hint) && !RESERVED_TYPE_NAMES.has(hint)) {
    return hint.charAt(0).toUpperCase() + hint.slice(1);
  }
  return pascalCase(hint, { acronyms: false }) || 'Schema';
}

function moduleFor(resource: PendingResource): string {
  const dirs = resource.path.map((p) => kebabCase(p) || p.toLowerCase());
  const hasChildren = resource.children.length > 0;
  if (hasChildren) return `resources/${dirs.join('/')}/${dirs[dirs.length - 1]}`;
  // A leaf named like its parent (teams.teams) would land on the parent's module resources/teams/teams.
  if (dirs.length > 1 && dirs[dirs.length - 1] === dirs[dirs.length - 2]) return `resources/${dirs.join('/')}-resource`;
  return `resources/${dirs.join('/')}`;
}

/** Calls `visit` with the id of every named-schema reference inside `type` (not following them). */
export function walkRefs(type: TypeRef, visit: (id: string) => void): void {
  forEachRef(type, (ref) => visit(ref.schemaId));
}

/** Point every reference to a key of `redirect` at its value instead (in place). */
function redirectRefs(type: TypeRef, redirect: Map<string, string>): void {
  forEachRef(type, (ref) => {
    ref.schemaId = redirect.get(ref.schemaId) ?? ref.schemaId;
  });
}

/** Calls `visit` with every `ref` node inside `type`. */
function forEachRef(type: TypeRef, visit: (ref: Extract<TypeRef, { kind: 'ref' }>) => void): void {
  switch (type.kind) {
    case 'ref':
      visit(type);
      return;
    case 'array':
      forEachRef(type.items, visit);
      return;
    case 'tuple':
      type.items.forEach((t) => forEachRef(t, visit));
      if (type.rest) forEachRef(type.rest, visit);
      return;
    case 'object':
      type.properties.forEach((p) => forEachRef(p.type, visit));
      if (type.additional) forEachRef(type.additional, visit);
      if (type.propertyNames) forEachRef(type.propertyNames, visit);
      return;
    case 'union':
      type.variants.forEach((t) => forEachRef(t, visit));
      return;
    case 'intersection':
      type.parts.forEach((t) => forEachRef(t, visit));
      return;
    default:
      return;
  }
}

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

function readServers(root: Record<string, unknown>): Array<{ url: string; description: string | null }> {
  const servers = Array.isArray(root.servers) ? root.servers : [];
  const out: Array<{ url: string; description: string | null }> = [];
  for (const s of servers) {
    if (!s || typeof s !== 'object' || typeof (s as { url?: unknown }).url !== 'string') continue;
    const server = s as { url: string; description?: unknown; variables?: Record<string, { default?: unknown }> };
    const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const value = server.variables?.[name]?.default;
      return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    out.push({
      url: url.replace(/\/+$/, ''),
      description: typeof server.description === 'string' ? server.description : null,
    });
  }
  return out;
}

function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || /[\s`'"<>\\]/.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function pickRequestMediaType(types: string[]): string | null {
  const lower = types.map((t) => t.toLowerCase());
  const find = (test: (t: string) => boolean) => {
    const i = lower.findIndex(test);
    return i >= 0 ? types[i] : null;
  };
  return (
    find((t) => /^application\/json\b/.test(t)) ??
    find((t) => /\+json\b/.test(t) || /\/json\b/.test(t)) ??
    find((t) => t.startsWith('multipart/form-data')) ??
    find((t) => t.startsWith('application/x-www-form-urlencoded')) ??
    find((t) => t.startsWith('multipart/')) ??
    find((t) => t.startsWith('application/octet-stream')) ??
    find((t) => t.startsWith('text/plain')) ??
    types[0] ??
    null
  );
}

function pickResponseMediaType(types: string[]): string | null {
  const lower = types.map((t) => t.toLowerCase());
  const i =
    lower.findIndex((t) => /^application\/json\b/.test(t)) >= 0
      ? lower.findIndex((t) => /^application\/json\b/.test(t))
      : lower.findIndex((t) => isJsonMedia(t)) >= 0
        ? lower.findIndex((t) => isJsonMedia(t))
        : lower.findIndex((t) => t.startsWith('text/event-stream')) >= 0
          ? lower.findIndex((t) => t.startsWith('text/event-stream'))
          : 0;
  return types[i] ?? null;
}

function isJsonMedia(mediaType: string): boolean {
  const t = mediaType.toLowerCase();
  return (
    /^application\/json\b/.test(t) ||
    /\+json\b/.test(t) ||
    /^text\/json\b/.test(t) ||
    /\/json\b/.test(t) ||
    t === '*/*' ||
    t === 'application/*'
  );
}

function requestEncoding(mediaType: string): BodyEncoding {
  const t = mediaType.toLowerCase();
  if (isJsonMedia(t)) return 'json';
  if (t.startsWith('multipart/')) return 'multipart';
  if (t.startsWith('application/x-www-form-urlencoded')) return 'form';
  if (t.startsWith('text/')) return 'text';
  return 'binary';
}

/**
 * A Stainless config written from what a Stainless SDK repository records of the config it was generated with, for
 * owners who never had the file: it lived in Stainless's dashboard. The repository's api.md gives the resources,
 * their methods and endpoints, and the models each declares; the page classes of `src/core/pagination.ts` (or the
 * older `src/pagination.ts`) give the pagination schemes; `src/client.ts` (or `src/index.ts`) the client class and
 * its environments and environment variables; the resources' `_thenUnwrap((obj) => obj.data)` the response fields
 * the methods return, and their `stream: body.stream ?? false` the methods that stream; the README's first request
 * and first paged one its `readme.example_requests`. Generating with it gives the SDK Stainless's names and layout
 * again.
 *
 * Each name is written as the key Stainless's naming turns back into it (`apiKeys` → `api_keys`); a word it would
 * case otherwise (`getKYCLink`: `kyc`) gets a `custom_casings` entry. What cannot be written so is left out with a
 * note saying what.
 */
import { methodPageClass, responseIsArray, responseProperties, unpagedThoughFitting } from './method-pages';
import yaml from 'js-yaml';
import { PARAMS_ARG, parseApiMd, type ApiMethod } from '../../diff/api-md';
import { camelCase, words } from '../../naming/case';
import { StainlessNames } from '../../naming/stainless';
import { singularClass } from '../../stainless/plan';
import type { ReadmeCall } from './readme-example';
import { pageSchemes, type PageScheme } from './page-classes';
import type { DerivedConfigInput } from './input-types';
import { referredSchemas, returnedSchemas, schemaFor, sharedWordSchemas, unionSchemas } from './schema-match';
import { listItemSchema } from './list-items';
import { nestedSchemasFound } from './nested-schemas';
import { typeKeyOf } from './type-keys';
import { unmodelledTypes, type UnmodelledType } from './unmodelled-types';
import { querySettingsOf } from './query-settings';
import { keptParamNames, namedPathParams, renamedRoute, specParamNames, type RenamedRoute } from './route-names';
import { clientOpts, environmentsOf } from './client-settings';

export type { ClientOptionUse, DerivedConfigInput, Shape } from './input-types';

/** Where the derived config is written in the repository. */
export const DERIVED_CONFIG_PATH = 'stainless.yml';

export interface DerivedConfig {
  text: string;
  counts: { resources: number; methods: number; models: number; schemes: number };
  /** What could not be written, one sentence each. */
  notes: string[];
  /** Types api.md lists that match no schema of the spec by name or shape (no model names them). */
  unmatched?: string[];
  /** The same, each with the module users import it from and why (unmodelled-types.ts). */
  unmodelled?: UnmodelledType[];
}

/** A method written as a mapping: its endpoint and what else its config says. */
interface MethodEntry {
  endpoint: string;
  paginated?: string | false;
  positional_params?: string[];
  body_param_name?: string;
  skip_test_reason?: string;
  /** (`param_discriminator: null`: the method always streams; without `streaming` it would read the stream as text.) */
  streaming?: { stream_event_model?: string; param_discriminator: string | null; params_type_name?: string };
}

interface ResourceEntry {
  /** Its api.md section is a file of its own (`src/resources/webhooks/api.md`): Stainless's `standalone_api`. */
  standalone?: true;
  models: Record<string, string>;
  methods: Record<
    string,
    string | MethodEntry | { type: 'webhook_unwrap'; discriminator?: string; webhook_key_opt?: string }
  >;
  subresources: Map<string, ResourceEntry>;
}

const newResource = (): ResourceEntry => ({ models: {}, methods: {}, subresources: new Map() });

export function deriveStainlessConfig(input: DerivedConfigInput): DerivedConfig {
  const notes: string[] = [];
  const casings = new Map<string, string>();
  const names = () => new StainlessNames(casings, { legacy: input.legacy });
  // The resources' module files (`src/resources/mongodb/aggregate.ts`) name their keys as Stainless's config did
  // (`mongodb`, which is `mongoDB` too, as is `mongo_db`): those come first.
  const fileKeys = [...input.apiMd.matchAll(/href="\.?\/?src\/resources\/([^"]+)\.ts"/g)].flatMap((m) =>
    m[1].split('/').map((segment) => segment.replace(/-/g, '_')),
  );
  /** Every name written as a key, to check once all casings are known (a later one may case an earlier name). */
  const written: Array<{ name: string; key: string; rule: (n: StainlessNames, key: string) => string }> = [];
  /** The key Stainless's `rule` turns into `name`, with the casings that takes; null when there is none. */
  const keyFor = (name: string, rule: (n: StainlessNames, key: string) => string): string | null => {
    const key = fileKeys.find((k) => rule(names(), k) === name) ?? keyOf(name, rule);
    if (key !== null) written.push({ name, key, rule });
    return key;
  };
  const keyOf = (name: string, rule: (n: StainlessNames, key: string) => string): string | null => {
    // A leading underscore is part of the key (`_update`: Stainless keeps it on the method).
    const key = `${/^_+/.exec(name)?.[0] ?? ''}${words(name)
      .map((w) => w.toLowerCase())
      .join('_')}`;
    if (rule(names(), key) === name) return key;
    // An all-capitals word Stainless would not write so (`XYZ`): a casing says how, if that is enough.
    const added = words(name).filter((w) => /^[A-Z0-9]{2,}s?$/.test(w) && !casings.has(w.toLowerCase()));
    for (const word of added) casings.set(word.toLowerCase(), word);
    if (rule(names(), key) === name) return key;
    for (const word of added) casings.delete(word.toLowerCase());
    return null;
  };
  /**
   * The resource `key`'s class named as api.md's heading names it: the casings of the key's words Stainless's naming
   * needs for it, each word as the heading spells its letters (`# ISOs` of `client.isos`: `isos: ISOs`; `# FindAll` of
   * `client.findall`: `findall: FindAll`, which every type of the resource is named after), where those are enough.
   */
  const classCased = (key: string, heading: string) => {
    const rule = (n: StainlessNames, k: string) => n.resourceClass(k);
    if (!/^[A-Za-z]\w*$/.test(heading) || rule(names(), key) === heading) return;
    const added = keyWordCasings(key, heading, names()).filter(([word]) => !casings.has(word));
    for (const [word, cased] of added) casings.set(word, cased);
    if (rule(names(), key) === heading) written.push({ name: heading, key, rule });
    else for (const [word] of added) casings.delete(word);
  };

  const surface = parseApiMd(input.apiMd, input.readApiMd);
  const schemes = pageSchemes(input.pagination);
  const schemeNames = new Map(schemes.map((s) => [s.className, keyFor(s.className, (n, k) => n.pageClass(k))]));
  const root = newResource();
  const topLevel: ResourceEntry['methods'] = {};
  const resourceAt = (path: string[]): ResourceEntry => {
    let entry = root;
    for (const key of path) {
      if (!entry.subresources.has(key)) entry.subresources.set(key, newResource());
      entry = entry.subresources.get(key)!;
    }
    return entry;
  };

  let methods = 0;
  /** The methods that stream, with their `streaming` to write once the models are known. */
  const streaming: Array<{ entry: MethodEntry; param: string | null; event: string | null; params?: string }> = [];
  /** What the methods left out return (`AgencyRetrieveResponse`): those types are theirs, not models. */
  const leftOut: string[] = [];
  /** Each resource's endpoints (by its keys, dot-joined): its models are likely among their responses. */
  const endpointsOf = new Map<string, string[]>();
  /** api.md's routes the spec names with other path parameters (route-names.ts), and every route the config names. */
  const renamed: RenamedRoute[] = [];
  const configured = new Set<string>();
  for (const method of surface.methods) {
    const [, ...chain] = method.chain.split('.');
    const name = chain.pop()!;
    // (Or api.md's method names a path parameter otherwise: Stainless's spec had `x-stainless-param`.)
    const respelled =
      renamedRoute(method.endpoint, input.specRoutes ?? []) ??
      namedPathParams(
        method.endpoint,
        method.args.filter((arg) => /^[A-Za-z_$][\w$]*$/.test(arg)),
        (param) => [param, camelCase(param), names().camel(param)],
        input.specRoutes ?? [],
      );
    const endpoint = respelled?.spec ?? method.endpoint;
    const broken = input.brokenEndpoints?.get(method.endpoint) ?? input.brokenEndpoints?.get(endpoint);
    if (broken) {
      notes.push(`${method.chain}: ${broken}; the method is left out`);
      leftOut.push(method.returns);
      continue;
    }
    const path = chain.map((property) => keyFor(property, (n, k) => n.resourceProperty(k)));
    const methodKey = keyFor(name, (n, k) => n.method(k));
    if (path.includes(null) || methodKey === null) {
      notes.push(`${method.chain}: its names cannot be written as a Stainless config's keys; the method is left out`);
      continue;
    }
    if (path.length > 0) classCased(path[path.length - 1]!, method.section);
    const target = path.length === 0 ? topLevel : resourceAt(path as string[]).methods;
    const page = methodPageClass(method.chain, schemes, input.pageClasses) ?? pageOf(method, schemes);
    // Not paged in Stainless's SDK but shaped as a page would be: `paginated: false` says so. A scheme without
    // request fields (a `fake_page`) is told by its response alone: said where the code pages by nothing.
    const query = input.queryParams.get(endpoint) ?? [];
    const pageable =
      input.paginated.has(endpoint) ||
      schemes.some((s) => {
        const fields = Object.keys(s.request);
        return fields.length > 0 && fields.every((name) => query.includes(name));
      });
    const unpaged = input.pageClasses?.get(method.chain) === null;
    // The only scheme goes unnamed where the spec alone pages the endpoint, or its query carries every field the
    // scheme asks, or there is no spec or no such operation in it; else it is named: sdkgen pages no POST list whose
    // cursor is in the body by itself (as the Python move's `pagedBy`).
    const pagedAlone = (scheme: string) =>
      input.specRoutes === undefined ||
      input.paginated.has(endpoint) ||
      !input.queryParams.has(endpoint) ||
      Object.keys(schemes.find((s) => s.className === scheme)?.request ?? {}).every((name) => query.includes(name));
    const paginated: string | false | null =
      page !== null
        ? schemes.length > 1 || !pagedAlone(page)
          ? (schemeNames.get(page) ?? null)
          : null
        : pageable ||
            unpagedThoughFitting(
              unpaged,
              schemes,
              responseProperties(endpoint, input, method.returns),
              responseIsArray(endpoint, input, method.returns),
            )
          ? false
          : null;
    // (Named as the spec's route names them: the config's positional_params are its parameters.)
    const listedPositional = positionalParams(method, input.legacy, names());
    const positional = listedPositional && specParamNames(respelled, listedPositional);
    const streams = input.streamingMethods?.get(method.chain) ?? null;
    // Its tests, where Stainless skipped them for a reason of its own: `src/resources/voice.ts` is tested in
    // `tests/api-resources/voice.test.ts`.
    const testFile = method.module
      ?.replace(/^\.?\/?src\/resources\//, 'tests/api-resources/')
      .replace(/\.ts$/, '.test.ts');
    const skip = testFile === undefined ? undefined : input.skippedTests?.get(`${testFile}#${name}`);
    const bodyParam = input.bodyParamNames?.get(method.chain);
    const entry: MethodEntry = {
      endpoint,
      ...(paginated === null ? {} : { paginated }),
      ...(positional === null ? {} : { positional_params: positional }),
      ...(bodyParam === undefined ? {} : { body_param_name: bodyParam }),
      ...(skip === undefined ? {} : { skip_test_reason: skip }),
    };
    const plain = paginated === null && positional === null && bodyParam === undefined && skip === undefined;
    target[methodKey] = plain && streams === null ? endpoint : entry;
    if (respelled && !renamed.some((r) => r.listed === respelled.listed)) renamed.push(respelled);
    configured.add(endpoint);
    // Its event model is known once the models are: see below.
    if (streams) {
      // Its params types named otherwise than the resource's singular and the method (openai-node's
      // `chat.completions.create` takes `ChatCompletionCreateParams`, not `CompletionCreateParams`).
      const singular = path.length === 0 ? '' : singularClass('', names(), path.at(-1)!);
      const byDefault = `${singular}${names().pascal(methodKey)}Params`;
      const { params, ...rest } = streams;
      streaming.push({ entry, ...rest, ...(params === undefined || params === byDefault ? {} : { params }) });
    }
    endpointsOf.set(path.join('.'), [...(endpointsOf.get(path.join('.')) ?? []), endpoint]);
    methods++;
  }

  for (const unwrap of input.webhookUnwraps) {
    const key = keyFor(unwrap.method, (n, k) => n.method(k));
    if (key === null) continue;
    const target = unwrap.resource.length === 0 ? topLevel : resourceAt(unwrap.resource).methods;
    // A method that verifies names the client option holding its key, as Stainless's config did.
    const keyOption = unwrap.keyOption ? keyFor(unwrap.keyOption, (n, k) => n.clientOption(k)) : null;
    target[key] = {
      type: 'webhook_unwrap',
      ...(unwrap.discriminator ? { discriminator: unwrap.discriminator } : {}),
      ...(keyOption ? { webhook_key_opt: keyOption } : {}),
    };
    methods++;
  }

  // Sections api.md links as files of their own: `# [Webhooks](src/resources/webhooks/api.md)`.
  for (const [, file] of input.apiMd.matchAll(/^#+ \[[^\]]*\]\(\.?\/?(src\/resources\/[^)]+)\/api\.md\)/gm)) {
    const path = resourcePathOf(`${file}.ts`, input.sharedResource);
    if (path && path.length > 0) resourceAt(path).standalone = true;
  }

  let models = 0;
  /** Each model's config path (`chat.chat_completion_chunk`), by the type name api.md lists. */
  const modelPaths = new Map<string, string>();
  const topLevelModels: ResourceEntry['models'] = {};
  /** Types api.md lists that match no schema of the spec by name or shape. */
  const unmatched: string[] = [];
  const unmatchedAt: Array<{ name: string; module: string; path: string[]; key: string }> = [];
  /** By the matcher's key: the name, or name and module where api.md lists the name in several (type-keys.ts). */
  const found = new Map<string, string | null>();
  // (A listing aliasing another of its name is that type: chat's `ChatModel = Shared.ChatModel`.)
  const listingKey = typeKeyOf(surface.types);
  const typeKey = (type: (typeof surface.types)[number]) =>
    input.typeAliases?.get(listingKey(type)) ?? listingKey(type);
  // (A method's response declared as an array of one named type: `type OrganizationModelsResponse = Array<OrgItem>`.)
  const listedBy = (method: { returns: string }) => {
    const shape = input.typeShapes.get(method.returns);
    return shape?.kind === 'array' && shape.members.length === 1 ? shape.members[0] : null;
  };
  const itemsOf = (endpoint: string) => input.responseItemSchemas?.get(endpoint);
  for (const type of surface.types) {
    const path = resourcePathOf(type.module, input.sharedResource);
    if (path === null) continue;
    const resource = path.length === 0 ? null : resourceAt(path);
    if (isMethodTypeName(type.name, path, resource?.methods ?? topLevel, names())) continue;
    const responses = (endpointsOf.get(path.join('.')) ?? []).flatMap((e) => input.responseSchemas.get(e) ?? []);
    const answers = surface.methods
      .filter((m) => m.returns === type.name)
      .map((m) => input.responseSchemas.get(m.endpoint));
    const shape = input.typeShapes.get(typeKey(type)) ?? null;
    // (Returned by no method itself: the items of the arrays its methods return, `Array<OrgItem>`: list-items.ts.)
    const items =
      answers.length > 0 ? null : listItemSchema(type.name, shape, surface.methods, listedBy, itemsOf, input.schemas);
    const returnedBy = items !== null ? [items] : answers.every((a): a is string => a !== undefined) ? answers : [];
    found.set(typeKey(type), schemaFor(type.name, input.schemas, shape, responses, returnedBy));
  }
  // Else the schema a model's property refers to, where Stainless's declaration of the model refers to the type.
  for (const [name, schema] of referredSchemas(found, input.typeReferences, input.propertyReferences))
    found.set(name, schema);
  // Else the schema its methods' operations return, unless that is an envelope the SDK takes the type out of.
  const envelope = (key: string) =>
    input.schemas.some(
      (s) => s.key === key && s.shape?.kind === 'object' && s.shape.members.some((m) => input.unwrapFields.includes(m)),
    );
  for (const [name, schema] of returnedSchemas(found, surface.methods, input.responseSchemas, envelope))
    found.set(name, schema);
  // Else, for a union, the union schema of its variants' schemas.
  for (const [name, schema] of unionSchemas(found, input.typeShapes, input.schemas)) found.set(name, schema);
  // Else a schema written out inside another (a property's, a query parameter's), of its shape: named by its pointer.
  for (const [name, pointer] of nestedSchemasFound(found, input.typeShapes, input.nestedSchemas))
    found.set(name, pointer);
  // Else, of several schemas of its shape, the one sharing most of its name's words; then what those models' properties
  // refer to, the unions of them, and what is nested in them.
  for (const [name, schema] of sharedWordSchemas(found, input.typeShapes, input.schemas)) found.set(name, schema);
  for (const [name, schema] of referredSchemas(found, input.typeReferences, input.propertyReferences))
    found.set(name, schema);
  for (const [name, schema] of unionSchemas(found, input.typeShapes, input.schemas, input.nestedSchemas))
    found.set(name, schema);
  for (const [name, pointer] of nestedSchemasFound(found, input.typeShapes, input.nestedSchemas))
    found.set(name, pointer);
  for (const type of surface.types) {
    const path = resourcePathOf(type.module, input.sharedResource);
    const schema = found.get(typeKey(type));
    if (path === null || schema === undefined) continue;
    const resource = path.length === 0 ? null : resourceAt(path);
    if (schema === null) {
      const ofLeftOut = leftOut.some((returns) => returns.split(/\W+/).includes(type.name));
      if (!ofLeftOut && !unmatched.includes(type.name)) {
        unmatched.push(type.name);
        unmatchedAt.push({ name: type.name, module: type.module, path, key: typeKey(type) });
      }
      continue;
    }
    const key = keyFor(type.name, (n, k) => n.model(k));
    if (key === null) {
      notes.push(`model ${type.name}: its name cannot be written as a Stainless model key; it is left out`);
      continue;
    }
    (resource?.models ?? topLevelModels)[key] = schema.startsWith('#') ? schema : `#/components/schemas/${schema}`;
    modelPaths.set(type.name, [...path, key].join('.'));
    models++;
  }
  // A method's events are a model's (`chat.chat_completion_chunk`); without one, the spec's text/event-stream schema
  // types them, as it does a method's own response type (`Stream<CompletionCreateResponse>`).
  const returned = new Set(surface.methods.flatMap((m) => m.returns.split(/\W+/)));
  for (const { entry, param, event, params } of streaming) {
    const model = event === null ? undefined : modelPaths.get(event);
    if (event !== null && model === undefined && !returned.has(event))
      notes.push(`the events of a streaming method (${event}) are no model; its text/event-stream schema types them`);
    entry.streaming = {
      ...(model === undefined ? {} : { stream_event_model: model }),
      param_discriminator: param,
      ...(params === undefined ? {} : { params_type_name: params }),
    };
  }

  const unmodelled = unmodelledTypes(unmatchedAt, input, found);
  if (unmatched.length > 0)
    notes.push(
      `${unmatched.length} type(s) api.md lists match no schema of the spec by name or shape, so no model names ` +
        `them: ${unmatched.join(', ')}. The report lists each with why; where one is a schema ` +
        "of the spec after all, name it in its resource's `models`",
    );
  const organization = input.clientClass
    ? words(input.clientClass)
        .map((w) => w.toLowerCase())
        .join('-')
    : null;
  const config: Record<string, unknown> = {};
  if (organization)
    config.organization = {
      name: organization,
      ...(input.docsUrl ? { docs: input.docsUrl } : {}),
      ...(input.contact ? { contact: input.contact } : {}),
    };
  const target: Record<string, unknown> = {};
  if (input.packageName) target.package_name = input.packageName;
  if (input.productionRepo) target.production_repo = input.productionRepo;
  if (input.npmTrustedPublishing) target.publish = { npm: { auth_method: 'oidc' } };
  const options = {
    ...(input.clientClass && organization && names().clientName(organization) !== input.clientClass
      ? { client_name: input.clientClass }
      : {}),
    ...(input.treeShaking ? { enable_treeshaking: true } : {}),
    ...(input.browserRefusal ? { browser: { state: 'disallow', message: input.browserRefusal } } : {}),
    ...(input.mcpServer ? { mcp_server: { package_name: input.mcpServer } } : {}),
  };
  if (Object.keys(options).length > 0) target.options = options;
  config.targets = { [input.legacy ? 'node' : 'typescript']: target };
  const { opts, schemes: declaredSchemes } = clientOpts(
    input,
    (name) => keyFor(name, (n, k) => n.clientOption(k)),
    notes,
  );
  // Environment variables named otherwise than after the organization (`ACME_API_KEY`): their prefix.
  const envPrefix = input.client && /\breadEnv\('([A-Z][A-Z0-9_]*)_BASE_URL'\)/.exec(input.client)?.[1];
  const prefixed = envPrefix && organization && names().envPrefix(organization) !== envPrefix;
  // Stainless's own defaults (60 s, 2 retries) go without saying.
  const { timeoutMs, maxRetries, idempotencyHeader } = input.clientDefaults;
  const clientSettings = {
    ...(prefixed ? { default_env_prefix: envPrefix } : {}),
    ...(Object.keys(opts).length > 0 ? { opts } : {}),
    ...(idempotencyHeader ? { idempotency: { header: idempotencyHeader } } : {}),
    ...(timeoutMs !== null && timeoutMs !== 60_000 ? { default_timeout: timeoutMs } : {}),
    ...(maxRetries !== null && maxRetries !== 2 ? { default_retries: { max_retries: maxRetries } } : {}),
  };
  if (Object.keys(clientSettings).length > 0) config.client_settings = clientSettings;
  const querySettings = querySettingsOf(input.queryFormats);
  if (querySettings) config.query_settings = querySettings;
  if (Object.keys(declaredSchemes).length > 0) {
    config.security_schemes = declaredSchemes;
    // Each scheme an option authenticates with is an alternative, the spec's too (anthropic's `api_key`, its
    // `ApiKeyAuth`, beside the declared bearer of `auth_token`): left out, the operations would take it as a parameter.
    const schemeOf = (opt: Record<string, unknown>) =>
      (opt.auth as { security_scheme?: string } | undefined)?.security_scheme;
    const used = Object.values(opts).flatMap((opt) => schemeOf(opt) ?? []);
    config.security = [...new Set([...used, ...Object.keys(declaredSchemes)])].map((name) => ({ [name]: [] }));
  }
  const settings = {
    ...(input.license ? { license: input.license } : {}),
    ...(input.unwrapFields.length > 0 ? { unwrap_response_fields: input.unwrapFields } : {}),
    ...(input.fileHeader ? { file_header: input.fileHeader } : {}),
    ...(input.mockTestsDisabled ? { disable_mock_tests: true } : {}),
  };
  if (Object.keys(settings).length > 0) config.settings = settings;
  // Only rules beyond what every stream does (yield each event) are written.
  const streams = input.streamRules;
  if (streams.length > 1 || (streams.length === 1 && Object.keys(streams[0]).join() !== 'kind,handle'))
    config.streaming = { on_event: streams };
  const routed = surface.methods.map((m) => ({
    chain: m.chain,
    route: renamedRoute(m.endpoint, input.specRoutes ?? []),
    listed: m.endpoint,
  }));
  const examples = {
    default: readmeRequest(input.readmeDefaultCall ?? null, routed, notes),
    headline: readmeRequest(input.readmeCall ?? null, routed, notes),
    pagination: readmeRequest(input.readmePaginationCall ?? null, routed, notes),
  };
  const requests = Object.fromEntries(Object.entries(examples).filter(([, request]) => request !== null));
  if (Object.keys(requests).length > 0) config.readme = { example_requests: requests };
  const environments = environmentsOf(input.client);
  if (environments) config.environments = environments;
  if (casings.size > 0) config.custom_casings = Object.fromEntries(casings);
  if (schemes.length > 0)
    config.pagination = schemes.flatMap((s) => {
      const name = schemeNames.get(s.className);
      if (!name) {
        notes.push(`page class ${s.className}: its name cannot be written as a scheme's; it is left out`);
        return [];
      }
      return [{ name, type: s.type, request: s.request, response: s.response }];
    });
  const resources: Record<string, unknown> = {};
  const client = resourceYaml({ models: topLevelModels, methods: topLevel, subresources: new Map() });
  if (Object.keys(client).length > 0) resources.$client = client;
  const shared = root.subresources.get('$shared');
  if (shared) resources.$shared = resourceYaml(shared);
  const ordered = inApiMdOrder(root, input.apiMd, input.sharedResource);
  for (const [key, entry] of ordered.subresources) if (key !== '$shared') resources[key] = resourceYaml(entry);
  const kept = keptParamNames(renamed, input.specRoutes ?? [], configured);
  notes.push(...kept.notes);
  if (kept.transformations.length > 0) config.openapi = { transformations: kept.transformations };
  config.resources = resources;

  for (const { name, key, rule } of written)
    if (rule(names(), key) !== name)
      notes.push(`${name}: the casings other names need make its key \`${key}\` ${rule(names(), key)}`);

  const header = [
    '# Written by `sdkgen migrate` from what this repository records of the Stainless config it was generated with:',
    "# the resources, methods and models of Stainless's api.md, and the page classes of its pagination module.",
    '# It is yours now: sdkgen generates the SDK from it (see https://www.stainless.com/docs/reference/config).',
    '',
  ].join('\n');
  const opening = header + kept.comment;
  return {
    text: opening + yaml.dump(config, { lineWidth: -1, noRefs: true, quotingType: "'" }),
    counts: { resources: countResources(root), methods, models, schemes: schemes.length },
    notes,
    unmatched,
    unmodelled,
  };
}

/**
 * A `readme.example_requests` entry from a request of the README: its method's endpoint, and its arguments as params
 * (the positional ones are the last path parameters, in order), as the config that wrote the README gave them.
 */
function readmeRequest(
  call: ReadmeCall | null,
  methods: Array<{ chain: string; listed: string; route: RenamedRoute | null }>,
  notes: string[],
): Record<string, unknown> | null {
  const method = call && methods.find((m) => m.chain === call.chain);
  if (!call || !method) return null;
  // The spec's route and parameter names, where api.md names them otherwise (route-names.ts).
  const endpoint = method.route?.spec ?? method.listed;
  const pathParams = [...endpoint.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  if (call.positional.length > pathParams.length) return null;
  const positional = pathParams.slice(pathParams.length - call.positional.length);
  if (call.skipped.length > 0)
    notes.push(
      `the README's example ${call.chain}: ${call.skipped.join(', ')} are not literal values; ` +
        'its readme.example_requests entry leaves them out',
    );
  return {
    type: 'request',
    endpoint,
    params: { ...Object.fromEntries(positional.map((name, i) => [name, call.positional[i]])), ...call.params },
  };
}

function resourceYaml(entry: ResourceEntry): Record<string, unknown> {
  const out: Record<string, unknown> = entry.standalone ? { standalone_api: true } : {};
  if (Object.keys(entry.models).length > 0) out.models = entry.models;
  if (Object.keys(entry.methods).length > 0) out.methods = entry.methods;
  if (entry.subresources.size > 0)
    out.subresources = Object.fromEntries([...entry.subresources].map(([key, sub]) => [key, resourceYaml(sub)]));
  return out;
}

function countResources(entry: ResourceEntry): number {
  return [...entry.subresources].reduce((n, [key, sub]) => n + (key === '$shared' ? 0 : 1) + countResources(sub), 0);
}

/**
 * The resources in the order of api.md's first link to each one's module: the order of Stainless's config, which
 * api.md follows. A resource is met first where its methods are, else where its models are (`recipients`, which only
 * declares models, comes before `users` in knock's); one api.md never links keeps its place after those it does.
 */
function inApiMdOrder(root: ResourceEntry, apiMd: string, sharedResource = false): ResourceEntry {
  const rank = new Map<string, number>();
  for (const [, module] of apiMd.matchAll(/href="\.?\/?(src\/resources\/[^"#]+\.ts)"/g)) {
    const path = resourcePathOf(module, sharedResource);
    for (let i = 1; path && i <= path.length; i++) {
      const key = path.slice(0, i).join('.');
      if (!rank.has(key)) rank.set(key, rank.size);
    }
  }
  const sorted = (entry: ResourceEntry, at: string[]): ResourceEntry => {
    const keyOf = (key: string) => [...at, key].join('.');
    const subresources = [...entry.subresources]
      .map(([key, sub]) => [key, sorted(sub, [...at, key])] as const)
      .sort(([a], [b]) => (rank.get(keyOf(a)) ?? Infinity) - (rank.get(keyOf(b)) ?? Infinity));
    return { ...entry, subresources: new Map(subresources) };
  };
  return sorted(root, []);
}

/**
 * The resource a type's module declares it in, as config keys: `./src/resources/emails/bulk.ts` → [emails, bulk],
 * `./src/resources/emails/emails.ts` → [emails], `./src/resources/shared.ts` → [$shared] (or [shared], where a
 * resource of the config is called `shared`: `sharedResource`); [] for the client's own module; null for a module
 * outside `src/resources`.
 */
export function resourcePathOf(module: string, sharedResource = false): string[] | null {
  const match = /^(?:\.\/)?src\/(resources\/)?(.+?)(?:\/index)?\.ts$/.exec(module);
  if (!match) return null;
  if (!match[1]) return match[2] === 'client' || match[2] === 'index' ? [] : null;
  const segments = match[2].split('/').map((s) => s.replace(/-/g, '_'));
  if (segments.length > 1 && segments.at(-1) === segments.at(-2)) segments.pop();
  if (segments.length === 1 && segments[0] === 'shared' && !sharedResource) return ['$shared'];
  if (segments.length === 1 && segments[0] === 'top_level') return [];
  return segments;
}

/**
 * A type Stainless names after one of the resource's methods (`APIKeyCreateResponse`: the resource's singular, the
 * method, `Response` or `Params`): not a model. A model may look alike (`SourceRehearseResponse` in `data_sources`).
 */
function isMethodTypeName(
  name: string,
  path: string[],
  methods: ResourceEntry['methods'],
  names: StainlessNames,
): boolean {
  const key = path.at(-1);
  const singular = key === undefined ? '' : singularClass('', names, key);
  return Object.entries(methods).some(
    ([method, entry]) =>
      ['Response', 'Params'].some((suffix) => name.endsWith(`${singular}${names.pascal(method)}${suffix}`)) ||
      // A webhook_unwrap method's union of its events (`UnsafeUnwrapWebhookEvent`): Stainless writes it from the
      // spec's webhooks, never a schema of the spec.
      (typeof entry === 'object' &&
        'type' in entry &&
        entry.type === 'webhook_unwrap' &&
        name === `${names.pascal(method)}WebhookEvent`),
  );
}

/**
 * The path parameters a method takes as arguments (`retrieve(userID, channelID)`: [user_id, channel_id]) where they
 * are not the ones it would take anyway (the last; every one for the older generator); null otherwise.
 */
function positionalParams(method: ApiMethod, legacy: boolean, names: StainlessNames): string[] | null {
  const pathParams = [...method.endpoint.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const args = method.args.filter((arg) => arg !== PARAMS_ARG);
  const wire = args.map((arg) => pathParams.find((p) => names.pathArgument(p, legacy) === arg) ?? null);
  if (wire.includes(null)) return null;
  const byDefault = legacy ? pathParams : pathParams.slice(-1);
  return wire.join() === byDefault.join() ? null : (wire as string[]);
}

/** The page class a method returns (`APIKeyListResponsesCursorPage`, `CursorPage<X>`), or null. */
function pageOf(method: ApiMethod, schemes: PageScheme[]): string | null {
  const generic = /^([\w$]+)</.exec(method.returns)?.[1];
  const byName = [...schemes].sort((a, b) => b.className.length - a.className.length);
  return (
    byName.find((s) => s.className === generic || (!generic && method.returns.endsWith(s.className)))?.className ?? null
  );
}

/**
 * The casings that spell each word of `key` as `name` spells its letters, in order (`findall`, `FindAll`:
 * `findall: FindAll`); those Stainless's naming already gives are left out. None where `name` spells other letters.
 */
export function keyWordCasings(key: string, name: string, names: StainlessNames): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let at = 0;
  for (const word of key.split('_').filter(Boolean)) {
    const spelled = name.slice(at, at + word.length);
    if (spelled.toLowerCase() !== word.toLowerCase()) return [];
    at += word.length;
    if (names.pascal(word) !== spelled) out.push([word.toLowerCase(), spelled]);
  }
  return at === name.length ? out : [];
}

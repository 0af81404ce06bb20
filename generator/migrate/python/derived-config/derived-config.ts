/**
 * The Stainless config a Stainless Python SDK repository records, for `sdkgen migrate --from-repo` (and a move with no
 * config found): its api.md's resources and methods (Python's names are the config's keys as they are; and those
 * Stainless wrote but api.md leaves out, from its resource modules: unlisted-methods.ts), the models
 * each section of api.md lists (matched to the spec's schemas by name or by the shape Stainless's module declares:
 * python-models.ts), the package's import and distribution names and its repository (project-urls.ts), the client's
 * name, its default base URL and options (client-options.ts), the pagination schemes of its page classes (page-classes.ts), and the name of a body a
 * method sends whole (`body_param_name`, body-param-names.ts), and the query formats its client sends
 * (`query_settings`, query-formats.ts), whether it has Stainless's module-level client (`_module_client.py`:
 * `targets.python.options.module_client`), and whether Stainless's tests of its resources are all skipped
 * (`settings.disable_mock_tests`, mock-tests-off.ts) or a method's all for one reason of its own (`skip_test_reason`,
 * skipped-tests.ts). What the repository does not say is left to the spec,
 * and said in the notes.
 */
import { writeFileSync } from 'node:fs';
import { packageDir } from '../../../emit/python/package-root';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseApiMd } from '../../../diff/api-md';
import { pyArgumentName, pyParamKey } from '../../../naming/python';
import { DERIVED_CONFIG_PATH, type DerivedConfig } from '../../derived-config/config';
import { querySettingsOf } from '../../derived-config/query-settings';
import { keptParamNames, namedPathParams, renamedRoute, type RenamedRoute } from '../../derived-config/route-names';
import type { RepoFile } from '../../repository/checkout-files';
import { temporaryDir } from '../../../temp-dir';
import { words } from '../../../naming/case';
import { StainlessNames } from '../../../naming/stainless';
import { apiMdClientName } from './api-md-client';
import { wholeBodyParamName } from './body-param-names';
import { pythonClientSettings } from './client-options';
import { pythonPageSchemes, type PythonPageScheme } from './page-classes';
import { responseIsArray, responseProperties, unpagedThoughFitting } from '../../derived-config/method-pages';
import { pyprojectLicense } from '../project/project-license';
import { pyprojectRepository } from '../project/project-urls';
import { pythonMockTestsDisabled } from './mock-tests-off';
import { pythonModels, type SpecSchemas } from './python-models';
import type { UnmodelledType } from '../../derived-config/unmodelled-types';
import { methodTimeoutMs } from './method-timeouts';
import { pythonQueryFormats } from './query-formats';
import { pythonSkippedTests } from './skipped-tests';
import { configuredStreamEventRules, onEventEntries } from './stream-events';
import { eventModelPath, pythonStreaming, type PythonStreaming } from './streaming-methods';
import { isUnlistedMethodType, unlistedMethods, unlistedResponseModels } from './unlisted-methods';

interface ResourceNode {
  models?: Record<string, string>;
  methods: Record<string, string | MethodEntry>;
  subresources: Map<string, ResourceNode>;
}

interface MethodEntry {
  endpoint: string;
  paginated?: string | false;
  body_param_name?: string;
  default_request_options?: { timeout: number };
  streaming?: { stream_event_model?: string; param_discriminator: string | null };
  skip_test_reason?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The config, or null when the repository has no api.md listing a method. With the spec's schemas (`spec`), the models
 * api.md lists are named too.
 */
export function derivePythonConfig(
  files: RepoFile[],
  importName: string,
  spec: SpecSchemas | null = null,
  inGeneration?: (path: string) => boolean,
  /** A module as Stainless's generation wrote it (its base), where it is known: before the owners' edits to it. */
  stainlessText?: (path: string) => string | undefined,
): DerivedConfig | null {
  const text = (file: string) => files.find((f) => f.path === file)?.text ?? null;
  const apiMd = text('api.md');
  if (apiMd === null) return null;
  const surface = parseApiMd(apiMd, text);
  const notes: string[] = [];
  const root: ResourceNode = { methods: {}, subresources: new Map() };
  const schemes = pythonPageSchemes(
    text(`${packageDir(importName)}/pagination.py`) ?? text(`${packageDir(importName)}/_pagination.py`),
  );
  // The client as api.md names it (`client`, or the README's variable: `conductor.end_users.create()`).
  const clientName = apiMdClientName(apiMd);
  let methods = 0;
  let pages = 0;
  // The methods whose tests Stainless skipped for a reason of their own (`skip_test_reason`, skipped-tests.ts).
  const skippedTests = pythonSkippedTests(files);
  const listed = new Set<string>();
  // The methods that stream (streaming-methods.ts), their event model named once the models are known.
  const streaming: Array<{ entry: MethodEntry; streams: PythonStreaming }> = [];
  /** api.md's routes the spec names with other path parameters (route-names.ts), and every route the config names. */
  const renamed: RenamedRoute[] = [];
  const configured = new Set<string>();
  for (const method of surface.methods) {
    const [client, ...chain] = method.chain.split('.');
    const name = chain.pop();
    const endpoint = /^(get|put|post|patch|delete|head|options|trace) (\/\S*)$/i.exec(method.endpoint);
    if (client !== clientName || name === undefined || endpoint === null) {
      notes.push(`api.md: ${method.chain} (${method.endpoint || 'no endpoint'}) is no resource method: left out`);
      continue;
    }
    // A method of the client itself (`client.health()`) is the config's `$client`.
    if (chain.length === 0) chain.push('$client');
    // A keyword Stainless escaped with a trailing underscore (`import_`) is the key without it.
    const keys = [...chain, name].map((key) => key.replace(/(?<=[a-z0-9])_$/, ''));
    if (!keys.every((key, i) => IDENTIFIER.test(key) || (i === 0 && key === '$client'))) {
      notes.push(`api.md: ${method.chain}: its names cannot be written as a Stainless config's keys; left out`);
      continue;
    }
    let node = root;
    for (const key of keys.slice(0, -1)) {
      if (!node.subresources.has(key)) node.subresources.set(key, { methods: {}, subresources: new Map() });
      node = node.subresources.get(key)!;
    }
    const listedAt = `${endpoint[1].toLowerCase()} ${endpoint[2]}`;
    const respelled =
      renamedRoute(listedAt, spec?.specRoutes ?? []) ??
      namedPathParams(
        listedAt,
        positionalArgs(method.args),
        (param) => [pyArgumentName(param), `path_${pyParamKey(param)}`],
        spec?.specRoutes ?? [],
      );
    const at = respelled?.spec ?? listedAt;
    if (respelled && !renamed.some((r) => r.listed === respelled.listed)) renamed.push(respelled);
    configured.add(at);
    const paginated = pagedBy(method.returns, at, schemes, spec);
    if (paginated === undefined) pages++;
    // A body the method sends whole under a name of its own (`qbd_payload=`): the config's `body_param_name`.
    const module = method.module === undefined ? null : text(method.module.replace(/^\.\//, ''));
    const bodyParamName = module === null ? null : wholeBodyParamName(module, name);
    const streams = module === null ? null : pythonStreaming(module, name);
    // (Its timeout as Stainless's generation wrote it: the owners may have replaced it with their own.)
    const generated = method.module === undefined ? undefined : stainlessText?.(method.module.replace(/^\.\//, ''));
    const timeout = (generated ?? module) === null ? null : methodTimeoutMs((generated ?? module)!, name);
    const entry: MethodEntry = {
      endpoint: at,
      ...(paginated === null || paginated === undefined ? {} : { paginated }),
      ...(bodyParamName === null ? {} : { body_param_name: bodyParamName }),
      ...(timeout === null ? {} : { default_request_options: { timeout } }),
      ...skipReasonOf(skippedTests, keys),
    };
    if (streams !== null) streaming.push({ entry, streams });
    node.methods[keys[keys.length - 1]] = Object.keys(entry).length === 1 && streams === null ? at : entry;
    listed.add(listedAt).add(at);
    methods++;
  }
  if (methods === 0) return null;
  // The methods Stainless wrote and api.md does not list (undocumented ones): from its resource modules.
  const unlistedOnes = unlistedMethods(files, importName, listed, spec?.queryParams?.keys() ?? [], inGeneration);
  for (const unlisted of unlistedOnes) {
    const node = nodeAt(root, unlisted.keys.slice(0, -1));
    if (unlisted.keys[unlisted.keys.length - 1] in node.methods) continue;
    const paginated = pagedBy(unlisted.returns, unlisted.endpoint, schemes, spec);
    const entry: MethodEntry = {
      endpoint: unlisted.endpoint,
      ...(paginated === null || paginated === undefined ? {} : { paginated }),
      ...skipReasonOf(skippedTests, unlisted.keys),
    };
    node.methods[unlisted.keys[unlisted.keys.length - 1]] = Object.keys(entry).length === 1 ? entry.endpoint : entry;
    notes.push(
      `api.md: ${unlisted.keys.join('.')} (${unlisted.endpoint}) is not listed, but Stainless wrote it in ` +
        `${unlisted.module}: kept as a method`,
    );
    methods++;
  }
  // The config's `custom_casings`: those the models' names and the method types' names take.
  const casings = new Map<string, string>();
  const unmodelled: UnmodelledType[] = [];
  // (Each type's declaration as Stainless wrote it: a variant the owners added to a union is no variant of the spec's.)
  const declaration = (file: string) => stainlessText?.(file) ?? text(file);
  const unlistedType = (key: string, resource: string[]) => isUnlistedMethodType(key, resource, unlistedOnes);
  const models =
    spec === null
      ? null
      : pythonModels(apiMd, declaration, importName, spec, notes, casings, unmodelled, text, unlistedType);
  let modelCount = 0;
  for (const model of models ?? []) {
    if (isUnlistedMethodType(model.key, model.resource, unlistedOnes)) continue;
    let node = root;
    for (const key of model.resource) {
      if (!node.subresources.has(key)) node.subresources.set(key, { methods: {}, subresources: new Map() });
      node = node.subresources.get(key)!;
    }
    node.models = { ...node.models, [model.key]: modelRef(model.schema) };
    for (const [word, casing] of model.casings) casings.set(word, casing);
    modelCount++;
  }
  // (The models of what those methods return, which api.md does not list either.)
  const modelled = new Set((models ?? []).map((model) => model.schema));
  for (const model of spec === null ? [] : unlistedResponseModels(unlistedOnes, spec.responseSchemas, modelled)) {
    const node = nodeAt(root, model.resource);
    if (node.models?.[model.key] !== undefined) continue;
    node.models = { ...node.models, [model.key]: modelRef(model.schema) };
    modelCount++;
  }
  for (const scheme of schemes) for (const [word, casing] of scheme.casings) casings.set(word, casing);
  for (const { entry, streams } of streaming) {
    const model = eventModelPath(streams.event, models ?? []);
    entry.streaming = {
      ...(model === undefined ? {} : { stream_event_model: model }),
      param_discriminator: streams.param,
    };
  }
  const kept = keptParamNames(renamed, spec?.specRoutes ?? [], configured);
  notes.push(...kept.notes);
  if (pages > 0)
    notes.push(
      `${pages} method(s) return a page class (api.md) the repository's pagination module does not declare: ` +
        'add `pagination:` to the config for them to page',
    );
  // (The client as Stainless's generation wrote it: an owners' edit of an option's annotation or of how `__init__`
  // fills it, openai's `api_key: str` where their key function makes it never None, is theirs, carried onto sdkgen's
  // client or reported, never the config's option.)
  const client = declaration(`${packageDir(importName)}/_client.py`) ?? '';
  const clientClass = /^class (\w+)\(SyncAPIClient\)/m.exec(client)?.[1] ?? null;
  const baseUrl = /^\s*base_url = f?"(https?:\/\/[^"{}]+)"/m.exec(client)?.[1] ?? null;
  const environments = environmentsOf(client) ?? (baseUrl ? { production: baseUrl } : null);
  const projectName = /^\[project\]\s*$[\s\S]*?^name\s*=\s*"([^"]+)"/m.exec(text('pyproject.toml') ?? '')?.[1] ?? null;
  if (clientClass === null)
    notes.push(`${packageDir(importName)}/_client.py: no client class found: organization.name is the package's`);
  const settings =
    clientClass === null
      ? null
      : pythonClientSettings(
          client,
          clientClass,
          spec?.securitySchemes ?? [],
          notes,
          files
            .filter((f) => f.path.startsWith(`${packageDir(importName)}/resources/`) && f.text !== null)
            .map((f) => f.text!),
        );
  const envPrefix =
    settings?.envPrefix && settings.envPrefix !== new StainlessNames().envPrefix(clientClass ?? importName)
      ? settings.envPrefix
      : null;
  const clientSettings = {
    ...(envPrefix ? { default_env_prefix: envPrefix } : {}),
    ...(settings && Object.keys(settings.opts).length > 0 ? { opts: settings.opts } : {}),
  };
  const declared = settings?.schemes ?? {};
  // Each scheme an option authenticates with is an alternative, the spec's too (anthropic's `api_key`, its
  // `ApiKeyAuth`, beside the declared bearer of `auth_token`): left out, the operations take it as a parameter.
  const authenticating = Object.values(settings?.opts ?? {}).flatMap(
    (opt) => (opt.auth as { security_scheme?: string } | undefined)?.security_scheme ?? [],
  );
  const security = [...new Set([...authenticating, ...Object.keys(declared)])];
  // The formats the client's `qs` says (`Querystring(nested_format="dots", array_format="repeat")`), beyond the defaults.
  const querySettings = querySettingsOf(pythonQueryFormats(client, notes, `${packageDir(importName)}/_client.py`));
  // The client class's words Stainless's casing would write otherwise (`RunwayML` read back is `RunwayMl`).
  if (clientClass !== null) {
    const needed = clientCasings(clientClass);
    if (needed === null)
      notes.push(`${packageDir(importName)}/_client.py: no casing writes the client class ${clientClass} back`);
    else for (const [word, casing] of needed) casings.set(word, casing);
  }
  // What its stream does with each event (`_streaming.py`'s `__stream__`, Stainless's or the owners' patch of it).
  const streamRules = configuredStreamEventRules(text(`${packageDir(importName)}/_streaming.py`) ?? '');
  // (The spec's `info.license` may name no licence a build tool knows: the repository's is what it publishes under.)
  const license = pyprojectLicense(text('pyproject.toml'));
  // (Stainless's `[project.urls]` are the production repository's: project-urls.ts.)
  const productionRepo = pyprojectRepository(text('pyproject.toml'));
  // Stainless's tests of the resources all skipped, as `settings.disable_mock_tests` writes them (mock-tests-off.ts).
  const mockTestsOff = pythonMockTestsDisabled(files);
  const configSettings = { ...(license ? { license } : {}), ...(mockTestsOff ? { disable_mock_tests: true } : {}) };
  const moduleClient = hasStainlessModuleClient(text(`${packageDir(importName)}/_module_client.py`));
  const config: Record<string, unknown> = {
    organization: { name: clientClass ?? importName },
    targets: {
      python: {
        package_name: importName,
        ...(projectName ? { project_name: projectName } : {}),
        ...(productionRepo ? { production_repo: productionRepo } : {}),
        ...(moduleClient ? { options: { module_client: true } } : {}),
      },
    },
    ...(environments ? { environments } : {}),
    ...(Object.keys(clientSettings).length > 0 ? { client_settings: clientSettings } : {}),
    ...(querySettings ? { query_settings: querySettings } : {}),
    ...(Object.keys(declared).length > 0
      ? { security_schemes: declared, security: security.map((name) => ({ [name]: [] })) }
      : {}),
    ...(casings.size > 0 ? { custom_casings: Object.fromEntries(casings) } : {}),
    ...(schemes.length > 0
      ? { pagination: schemes.map(({ name, type, request, response }) => ({ name, type, request, response })) }
      : {}),
    ...(streamRules.length > 0 ? { streaming: { on_event: onEventEntries(streamRules) } } : {}),
    ...(Object.keys(configSettings).length > 0 ? { settings: configSettings } : {}),
    ...(kept.transformations.length > 0 ? { openapi: { transformations: kept.transformations } } : {}),
    resources: resourcesOf(root),
  };
  const header =
    "# Written by `sdkgen migrate` from what the repository records (api.md, src/<package>/_client.py, pyproject.toml's\n" +
    '# names, licence and repository, the page classes of src/<package>/pagination.py, the event handling of\n' +
    '# _streaming.py, the module-level client of _module_client.py). Review it.\n' +
    kept.comment;
  return {
    text: header + yaml.dump(config, { lineWidth: -1, noRefs: true, quotingType: "'" }),
    counts: { resources: countResources(root), methods, models: modelCount, schemes: schemes.length },
    notes,
    unmodelled,
  };
}

/**
 * How the config pages a method api.md lists: the scheme's name where it returns one of the module's page classes
 * (`SyncArrayPage[Agent]`) and the module has more than one (with one, the method's shape finds it), `false` where it
 * returns no page but the spec would page it (sdkgen's detection, or a scheme whose request parameters it has), null
 * where nothing need be said, undefined where it returns a page class the module does not declare.
 */
function pagedBy(
  returns: string,
  endpoint: string,
  schemes: PythonPageScheme[],
  spec: SpecSchemas | null,
): string | false | null | undefined {
  const page = /\bSync(\w+)\[/.exec(returns)?.[1];
  if (page !== undefined) {
    const scheme = schemes.find((s) => s.className === page);
    if (!scheme) return undefined;
    // The only scheme goes unnamed where the spec alone pages the endpoint, or its query carries every field the
    // scheme asks (the unnamed scheme pages it: braintrust's `starting_after`), or the spec has no such operation (the
    // method is left out); else it is named: sdkgen pages no POST list whose cursor is in the body by itself
    // (zeroentropy's `PageInfo(json={"path_gt": …})`).
    const query = spec?.queryParams?.get(endpoint);
    const pagedAlone =
      spec === null ||
      (spec.paginated?.has(endpoint) ?? false) ||
      (spec.queryParams !== undefined && query === undefined) ||
      Object.keys(scheme.request).every((name) => query?.includes(name) ?? false);
    return schemes.length > 1 || !pagedAlone ? scheme.name : null;
  }
  // (A scheme asking nothing of the request, a `fake_page`, would page it by its response alone: method-pages.ts.)
  const response = responseProperties(endpoint, spec, returns);
  if (unpagedThoughFitting(true, schemes, response, responseIsArray(endpoint, spec, returns))) return false;
  if (spec === null) return null;
  const query = spec.queryParams?.get(endpoint) ?? [];
  const pageable =
    (spec.paginated?.has(endpoint) ?? false) ||
    schemes.some((s) => {
      const fields = Object.keys(s.request);
      return fields.length > 0 && fields.every((name) => query.includes(name));
    });
  return pageable ? false : null;
}

/** The method's `skip_test_reason` (its config keys `keys`), where Stainless skipped its tests for one of its own. */
function skipReasonOf(skipped: Map<string, string>, keys: readonly string[]): { skip_test_reason?: string } {
  const reason = skipped.get(keys.join('.'));
  return reason === undefined ? {} : { skip_test_reason: reason };
}

/** The config in a temporary file, for the generation (the repository gets it with the other files); null: none. */
export function derivedPythonConfigFile(
  files: RepoFile[],
  importName: string,
  spec: SpecSchemas | null = null,
  inGeneration?: (path: string) => boolean,
  stainlessText?: (path: string) => string | undefined,
): { config: DerivedConfig; file: string; cleanup: () => void } | null {
  const config = derivePythonConfig(files, importName, spec, inGeneration, stainlessText);
  if (config === null) return null;
  const dir = temporaryDir('sdkgen-migrate-');
  const file = path.join(dir.path, DERIVED_CONFIG_PATH);
  writeFileSync(file, config.text);
  return { config, file, cleanup: dir.remove };
}

/**
 * Whether the package's `_module_client.py` is Stainless's (its banner): Stainless wrote the module-level client, which
 * sdkgen writes under `targets.python.options.module_client`. A module of that name the owners wrote stays theirs.
 */
function hasStainlessModuleClient(moduleClient: string | null): boolean {
  return moduleClient !== null && /^# File generated from our OpenAPI spec by Stainless\b/.test(moduleClient);
}

/** `ENVIRONMENTS: Dict[str, str] = {"production": "https://…", …}` of Stainless's client module. */
function environmentsOf(client: string): Record<string, string> | null {
  const body = /^ENVIRONMENTS[^=\n]*=\s*\{([^}]*)\}/m.exec(client)?.[1];
  if (body === undefined) return null;
  const entries = [...body.matchAll(/"([\w-]+)":\s*"(https?:\/\/[^"]+)"/g)].map(([, name, url]) => [name, url]);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** The node of `keys` under `root`, made where it is not yet. */
function nodeAt(root: ResourceNode, keys: string[]): ResourceNode {
  let node = root;
  for (const key of keys) {
    if (!node.subresources.has(key)) node.subresources.set(key, { methods: {}, subresources: new Map() });
    node = node.subresources.get(key)!;
  }
  return node;
}

function resourcesOf(node: ResourceNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of node.subresources) {
    const entry: Record<string, unknown> = {};
    if (child.models && Object.keys(child.models).length > 0) entry.models = child.models;
    if (Object.keys(child.methods).length > 0) entry.methods = child.methods;
    if (child.subresources.size > 0) entry.subresources = resourcesOf(child);
    out[key] = entry;
  }
  return out;
}

function countResources(node: ResourceNode): number {
  let count = 0;
  for (const child of node.subresources.values()) count += 1 + countResources(child);
  return count;
}

/**
 * The `custom_casings` entries organization.name needs for Stainless's naming to write the client class back as the
 * repository declares it (`RunwayML`: `ml` → `ML`); none where it does already, null where no casing of its words does.
 */
export function clientCasings(clientClass: string): Map<string, string> | null {
  if (new StainlessNames().clientName(clientClass) === clientClass) return new Map();
  const casings = new Map(
    words(clientClass)
      .filter((w) => /[A-Z].*[A-Z]|[0-9]/.test(w) && /^[A-Za-z0-9]+$/.test(w))
      .map((w) => [w.toLowerCase(), w] as const),
  );
  return new StainlessNames(casings).clientName(clientClass) === clientClass ? casings : null;
}

/**
 * A method's path-parameter arguments as api.md lists them, in the path's order (`update(existing_username,
 * **params)`: existing_username). Stainless's Python method takes the last path parameter first and the others after
 * `*`, by keyword (`delete(pet_id, *, store_id)` for `/stores/{storeId}/pets/{petId}`).
 */
function positionalArgs(args: readonly string[]): string[] {
  const names = (list: readonly string[]) => list.filter((arg) => /^[A-Za-z_]\w*$/.test(arg));
  const star = args.findIndex((arg) => arg === '*' || arg === '\\*');
  return star < 0 ? names(args) : [...names(args.slice(star + 1)), ...names(args.slice(0, star))];
}

/** A model's value in the config: a component schema's pointer, or the pointer of a schema inside another as it is. */
function modelRef(schema: string): string {
  return schema.startsWith('#') ? schema : `#/components/schemas/${schema}`;
}

/**
 * The API's shape in a Stainless config: `resources` with their methods, models and subresources. Methods and resources that `skip` TypeScript, or are
 * `only` for other targets, are kept and marked skipped: the planner tells an endpoint left out on purpose from one
 * the config forgot.
 */
import { readTimeoutMs } from './config-client';
import { isMapping, type ConfigReader } from './config-reader';
import { knownKeys } from './config-keys';
import type { StainlessMethod, StainlessModel, StainlessResource } from './config-types';
import { nestedModelPointer } from './nested-models';

export function readResources(reader: ConfigReader, top: Record<string, unknown>): StainlessResource[] {
  const { warn, invalid, str, map } = reader;
  const parseModel = (key: string, value: unknown, where: string): StainlessModel | null => {
    if (typeof value === 'string') return modelAt(key, where, value);
    const m = map(value, where);
    // `{ openapi_uri: '#/...' }` (older configs) and `{ type: { $ref } }`.
    const uri = str(
      m.openapi_uri ?? (isMapping(m.type) ? (m.type as Record<string, unknown>).$ref : undefined),
      `${where}.openapi_uri`,
    );
    if (!uri) {
      invalid(where, 'a model is a schema name, a "#/components/schemas/..." ref or { openapi_uri }');
      return null;
    }
    return modelAt(key, where, uri);
  };

  const parseResource = (
    key: string,
    value: unknown,
    where: string,
    skipped = false,
    skippedPython = false,
  ): StainlessResource => {
    const r = map(value, where);
    for (const k of Object.keys(r)) {
      if (!knownKeys('resources.*').has(k)) warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
    }
    // A resource left out (`skip`, or `only` naming other targets) leaves out its methods and its subresources'.
    const leftOut = skippedTargets(reader, r, where);
    const skip = skipped || leftOut.typescript;
    const skipPython = skippedPython || leftOut.python;
    return {
      key,
      where,
      methods: Object.entries(map(r.methods, `${where}.methods`)).flatMap(([k, v]) => {
        const method = readMethod(reader, k, v, `${where}.methods.${k}`);
        if (method === null) return [];
        return [{ ...method, skip: skip || method.skip, skipPython: skipPython || method.skipPython }];
      }),
      models: Object.entries(map(r.models, `${where}.models`)).flatMap(
        ([k, v]) => parseModel(k, v, `${where}.models.${k}`) ?? [],
      ),
      subresources: Object.entries(map(r.subresources, `${where}.subresources`)).map(([k, v]) =>
        parseResource(k, v, `${where}.subresources.${k}`, skip, skipPython),
      ),
      standaloneApi: r.standalone_api === true,
    };
  };
  const resources = Object.entries(map(top.resources, 'resources')).map(([k, v]) =>
    parseResource(k, v, `resources.${k}`),
  );
  return resources;
}

/**
 * One method of a resource (`list: get /things`, or a mapping with `endpoint` and its settings), or null (with a
 * warning) when it cannot be read. Also reads a spec's `x-stainless-method` (with a reader that reports there).
 */
export function readMethod(reader: ConfigReader, key: string, value: unknown, where: string): StainlessMethod | null {
  const { warn, invalid, str, map, list, oneOf } = reader;
  const endpointOf = (text: string | null, at: string) => {
    if (text === null) return null;
    // The verb is any HTTP method (an RFC 9110 token, in any case): the classic ones, OpenAPI 3.2's QUERY
    // (replicate's `search: query /models`) and the methods of its `additionalOperations` (`copy /models`). Whether
    // the spec has that operation is the planner's to say, with its own warning.
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s+(\/\S*)\s*$/.exec(text);
    if (!m) {
      invalid(at, `must be "<verb> /path", got ${JSON.stringify(text)}`);
      return null;
    }
    return { verb: m[1].toLowerCase(), path: m[2] };
  };
  if (typeof value === 'string') {
    const endpoint = endpointOf(value, where);
    if (!endpoint) return null;
    return {
      key,
      where,
      endpoint,
      type: 'http',
      paginated: null,
      bodyParamName: null,
      streaming: null,
      deprecated: false,
      skip: false,
      skipPython: false,
      positionalParams: null,
      webhookKeyOpt: null,
      discriminator: null,
      mcp: null,
      requestDefaults: null,
      skipTestReason: null,
    };
  }
  const m = map(value, where);
  for (const k of Object.keys(m)) {
    if (!knownKeys('resources.*.methods.*').has(k)) warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
  }
  const type = m.type === undefined ? 'http' : oneOf(m.type, `${where}.type`, ['http', 'webhook_unwrap'] as const);
  if (type === null) return null;
  const endpoint = endpointOf(str(m.endpoint, `${where}.endpoint`), `${where}.endpoint`);
  if (type === 'http' && !endpoint) {
    invalid(`${where}.endpoint`, 'an http method needs an endpoint ("get /path"); the method is left out');
    return null;
  }
  let paginated = m.paginated;
  if (paginated !== undefined && typeof paginated !== 'boolean' && typeof paginated !== 'string') {
    invalid(`${where}.paginated`, 'must be false, true or a scheme name');
    paginated = undefined;
  }
  let streaming: StainlessMethod['streaming'] = null;
  if (m.streaming !== undefined && m.streaming !== null && m.streaming !== false) {
    const s = m.streaming === true ? {} : map(m.streaming, `${where}.streaming`);
    streaming = {
      paramDiscriminator: str(s.param_discriminator, `${where}.streaming.param_discriminator`),
      streamEventModel: str(s.stream_event_model, `${where}.streaming.stream_event_model`),
      paramsTypeName: str(s.params_type_name, `${where}.streaming.params_type_name`),
    };
  }
  const leftOut = skippedTargets(reader, m, where);
  const deprecated =
    m.deprecated === undefined ? false : typeof m.deprecated === 'string' ? m.deprecated : m.deprecated === true;
  return {
    key,
    where,
    endpoint,
    type,
    paginated: (paginated as boolean | string | undefined) ?? null,
    bodyParamName: str(m.body_param_name, `${where}.body_param_name`),
    streaming,
    deprecated,
    skip: leftOut.typescript,
    skipPython: leftOut.python,
    positionalParams:
      m.positional_params === undefined || m.positional_params === null
        ? null
        : typeof m.positional_params === 'string'
          ? [m.positional_params]
          : list(m.positional_params, `${where}.positional_params`).map(String),
    webhookKeyOpt: str(m.webhook_key_opt, `${where}.webhook_key_opt`),
    discriminator: str(m.discriminator, `${where}.discriminator`),
    mcp: typeof m.mcp === 'boolean' ? m.mcp : null,
    requestDefaults: readRequestDefaults(reader, m.default_request_options, `${where}.default_request_options`),
    skipTestReason: str(m.skip_test_reason, `${where}.skip_test_reason`),
  };
}

/** A method's `default_request_options`: `max_retries` and `timeout` are read, other keys warn. */
function readRequestDefaults(reader: ConfigReader, value: unknown, where: string): StainlessMethod['requestDefaults'] {
  const { warn, map } = reader;
  if (value === undefined || value === null) return null;
  const o = map(value, where);
  for (const k of Object.keys(o))
    if (!knownKeys('resources.*.methods.*.default_request_options').has(k))
      warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
  const maxRetries = reader.wholeNumber(o.max_retries, `${where}.max_retries`);
  const timeoutMs = readTimeoutMs(reader, o.timeout, `${where}.timeout`);
  return maxRetries === null && timeoutMs === null ? null : { maxRetries, timeoutMs };
}

/**
 * Which SDKs leave the entry out: `skip: true` every one; `skip` naming a target, or `only` not naming it, that one
 * (TypeScript: `typescript` or `node`; Python: `python`).
 */
function skippedTargets(
  reader: ConfigReader,
  entry: Record<string, unknown>,
  where: string,
): { typescript: boolean; python: boolean } {
  const { list } = reader;
  const targetsNamed = (v: unknown, at: string) => (typeof v === 'string' ? [v] : list(v, at).map(String));
  const skipList =
    entry.skip === undefined || typeof entry.skip === 'boolean' ? null : targetsNamed(entry.skip, `${where}.skip`);
  const only = entry.only === undefined ? null : targetsNamed(entry.only, `${where}.only`);
  const leftOut = (names: string[]) =>
    entry.skip === true ||
    (skipList !== null && skipList.some((t) => names.includes(t))) ||
    (only !== null && !only.some((t) => names.includes(t)));
  return { typescript: leftOut(['typescript', 'node']), python: leftOut(['python']) };
}

/** The resources as the Python SDK reads them: the methods `skip`/`only` leave out of it are the skipped ones. */
export function resourcesForPython(resources: StainlessResource[]): StainlessResource[] {
  return resources.map((r) => ({
    ...r,
    methods: r.methods.map((m) => ({ ...m, skip: m.skipPython })),
    subresources: resourcesForPython(r.subresources),
  }));
}

/** Every resource of the tree, each before its subresources (depth first, in the config's order). */
export function everyResource(resources: readonly StainlessResource[]): StainlessResource[] {
  return resources.flatMap((resource) => [resource, ...everyResource(resource.subresources)]);
}

/** A model of the schema `at` names: a component's key, its pointer, or a pointer inside a schema (nested-models.ts). */
function modelAt(key: string, where: string, at: string): StainlessModel {
  if (!at.startsWith('#')) return { key, where, ref: `#/components/schemas/${at}` };
  const hoisted = nestedModelPointer(at);
  return hoisted === null ? { key, where, ref: at } : { key, where, ref: hoisted, nested: at };
}

/**
 * A Stainless project config (`stainless.yml`, `openapi.stainless.yml`, `.stainless/stainless.yml`) read as it
 * is: raw YAML → `StainlessConfig`, typed and checked. Nothing here decides names or shapes; `plan.ts` turns
 * this into what the IR builder reads, with the naming rules of `naming/stainless.ts`.
 *
 * Keys sdkgen implements are read here. Keys it does not implement get one warning naming their path; keys that
 * only configure Stainless's own service (`diagnostics`, `codeflow`) are ignored quietly. A value in a form sdkgen
 * does not know is a warning naming the key path and its line, and the key is read as if it were absent: a
 * config is never refused for the form of one key.
 *
 * This file reads the top level and the keys that are a few lines each; the larger parts have their own modules:
 * `config-target.ts` (the TypeScript target and package), `config-client.ts` (client settings, environments,
 * security), `config-resources.ts` (resources, methods, models) and `config-pagination.ts` (pagination schemes),
 * all reading with `config-reader.ts`, into the shapes of `config-types.ts`.
 */
import type { Diagnostics } from '../diagnostics';
import { UsageError } from '../diagnostics';
import { readClientSettings } from './config-client';
import { readPagination } from './config-pagination';
import { knownKeys } from './config-keys';
import { configReader, isMapping, type ConfigReader } from './config-reader';
import { everyResource, readResources } from './config-resources';
import { readTarget } from './config-target';
import type { StainlessConfig, StainlessMethod, StainlessResource, StreamEventRule } from './config-types';
import { lineOfKey } from './yaml-lines';

export type {
  ClientOpt,
  StainlessConfig,
  StainlessMethod,
  StainlessModel,
  StainlessPagination,
  StainlessResource,
} from './config-types';

/** Whether a parsed YAML document is a Stainless config rather than an sdkgen one. */
export function isStainlessConfig(raw: unknown): boolean {
  if (!isMapping(raw)) return false;
  const keys = Object.keys(raw);
  if (
    keys.some((k) =>
      ['organization', 'targets', 'client_settings', 'environments', 'edition', 'openapi', 'readme'].includes(k),
    )
  )
    return true;
  // sdkgen's `resources:` maps paths to strings; Stainless's to mappings.
  return isMapping(raw.resources) && Object.values(raw.resources).some((v) => isMapping(v));
}

export function parseStainlessConfig(raw: unknown, file: string, text: string, diags: Diagnostics): StainlessConfig {
  const reader = configReader(file, text, diags);
  const { warn, invalid, str, map, list, oneOf, wholeNumber, positiveNumber } = reader;
  if (!isMapping(raw)) {
    const line = lineOfKey(text, '(top level)');
    throw new UsageError(`config file ${file}${line ? `:${line}` : ''}: (top level): must be a mapping`);
  }
  const top = raw as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!knownKeys('').has(key)) warn(key, 'not supported by sdkgen; ignored');
  }

  // `organization: acme` is the short form of `organization: { name: acme }`.
  const organization =
    typeof top.organization === 'string' ? { name: top.organization } : map(top.organization, 'organization');
  const {
    target,
    mcpServer,
    treeShaking,
    browserRefusal,
    multipartForm,
    clientName,
    legacyPackageName,
    packageManager,
    pythonTarget,
  } = readTarget(reader, top);

  const settings = map(top.settings, 'settings');
  for (const key of Object.keys(settings)) {
    if (!knownKeys('settings').has(key)) warn(`settings.${key}`, 'not supported by sdkgen; ignored');
  }
  if (settings.sort_schema_properties !== undefined && typeof settings.sort_schema_properties !== 'boolean')
    invalid('settings.sort_schema_properties', 'must be true or false; properties are sorted');
  if (settings.positional_params !== undefined && settings.positional_params !== false)
    invalid('settings.positional_params', 'can only be false; methods take positional arguments');
  const {
    clientSettings,
    idempotency,
    retries,
    defaultTimeoutMs,
    clientOpts,
    environments,
    security,
    securitySchemes,
  } = readClientSettings(reader, top);
  const resources = readResources(reader, top);
  if (mcpServer && !mcpServer.enableAllResources && !anyMethod(resources, (m) => m.mcp === true))
    warn(
      `targets.${target?.kind ?? 'typescript'}.options.mcp_server.enable_all_resources`,
      'is false and no method sets `mcp: true`: the MCP server has no tools',
    );
  const pagination = readPagination(reader, top);

  const query = map(top.query_settings, 'query_settings');
  const arrayFormat = oneOf(query.array_format, 'query_settings.array_format', [
    'comma',
    'repeat',
    'indices',
    'brackets',
  ] as const);
  const nestedFormat = oneOf(query.nested_format, 'query_settings.nested_format', ['brackets', 'dots'] as const);

  const customCasings = new Map<string, string>();
  /**
   * How one word is written: `OpenAI`, `{ initialism: true }` (all capitals), or the explicit forms
   * `{ pascal, camel, snake, capital }` (names here are PascalCase inside, so `pascal` wins).
   */
  const casing = (word: string, value: unknown, where: string) => {
    if (typeof value === 'string' || typeof value === 'number') {
      customCasings.set(word.toLowerCase(), String(value));
      return;
    }
    const forms = map(value, where);
    for (const k of Object.keys(forms))
      if (!['initialism', 'pascal', 'camel', 'snake', 'capital', 'typescript', 'node', 'default'].includes(k))
        warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
    const written =
      str(forms.typescript ?? forms.node ?? forms.pascal ?? forms.default, where) ??
      (forms.initialism === true ? word.toUpperCase() : null) ??
      str(forms.capital, `${where}.capital`);
    if (written) customCasings.set(word.toLowerCase(), written.replace(/[^A-Za-z0-9]/g, ''));
    else if (Object.keys(forms).length > 0) invalid(where, 'names no casing (initialism, pascal, camel or capital)');
  };
  if (Array.isArray(top.custom_casings))
    for (const [i, entry] of top.custom_casings.entries()) {
      // `- { input: openai, typescript: OpenAI }` or the shorter `- openai: OpenAI`.
      const e = map(entry, `custom_casings[${i}]`);
      const input = str(e.input, `custom_casings[${i}].input`);
      if (input) {
        const { input: _input, output, ...forms } = e;
        casing(input, output ?? forms, `custom_casings[${i}]`);
      } else for (const [k, v] of Object.entries(e)) casing(k, v, `custom_casings[${i}].${k}`);
    }
  else
    for (const [k, v] of Object.entries(map(top.custom_casings, 'custom_casings'))) casing(k, v, `custom_casings.${k}`);

  const openapi = map(top.openapi, 'openapi');
  for (const key of Object.keys(openapi)) {
    if (!knownKeys('openapi').has(key)) warn(`openapi.${key}`, 'not supported by sdkgen; ignored');
  }
  const codeSamples = readCodeSamples(reader, openapi.code_samples);

  const readme = map(top.readme, 'readme');
  const readmeExamples = new Map<string, { endpoint: string; params: Record<string, unknown> }>();
  for (const [name, value] of Object.entries(map(readme.example_requests, 'readme.example_requests'))) {
    const e = map(value, `readme.example_requests.${name}`);
    const endpoint = str(e.endpoint, `readme.example_requests.${name}.endpoint`);
    if (endpoint)
      readmeExamples.set(name, { endpoint, params: map(e.params, `readme.example_requests.${name}.params`) });
  }
  const unspecified = top.unspecified_endpoints;

  const streamEventRules = readStreamEventRules(reader, top.streaming);

  const contact = str(organization.contact, 'organization.contact')?.trim() || null;
  return {
    file,
    text,
    edition: str(top.edition, 'edition'),
    organizationName: str(organization.name, 'organization.name'),
    docsUrl: str(organization.docs, 'organization.docs') || null,
    securityContact: str(organization.security_contact, 'organization.security_contact')?.trim() || contact,
    contact,
    clientName,
    target,
    legacyPackageName,
    pythonTarget,
    license: str(settings.license, 'settings.license'),
    fileHeader: str(settings.file_header, 'settings.file_header'),
    clientOpts,
    envPrefix: str(clientSettings.default_env_prefix, 'client_settings.default_env_prefix'),
    defaultClientName: str(clientSettings.default_client_name, 'client_settings.default_client_name'),
    idempotencyHeader: str(idempotency.header, 'client_settings.idempotency.header'),
    defaultTimeoutMs,
    defaultMaxRetries: wholeNumber(retries.max_retries, 'client_settings.default_retries.max_retries'),
    retryDelaysMs: retryDelaysMs(
      positiveNumber(retries.initial_delay_seconds, 'client_settings.default_retries.initial_delay_seconds'),
      positiveNumber(retries.max_delay_seconds, 'client_settings.default_retries.max_delay_seconds'),
    ),
    security,
    securitySchemes,
    environments,
    resources,
    pagination,
    querySettings: { arrayFormat, nestedFormat },
    customCasings,
    transformations: openapi.transformations ?? openapi.transforms ?? null,
    transformationsKey: openapi.transformations !== undefined ? 'openapi.transformations' : 'openapi.transforms',
    codeSamples,
    unwrapResponseFields: list(settings.unwrap_response_fields, 'settings.unwrap_response_fields').map(String),
    sortSchemaProperties: settings.sort_schema_properties !== false,
    positionalParams: settings.positional_params !== false,
    readmeExamples,
    unspecifiedEndpoints: Array.isArray(unspecified) ? unspecified.map(String) : [],
    mcpServer,
    treeShaking,
    browserRefusal,
    multipartForm,
    disableMockTests: settings.disable_mock_tests === true,
    packageManager,
    streamEventRules,
  };
}

const STREAM_HANDLES = ['yield', 'done', 'error', 'skip'] as const;

/**
 * `streaming.on_event`: what a stream does with each server-sent event, as a list of rules. A rule applies by the
 * event's name (`event_type`: a name, null for an unnamed event, or a list of them) and the start of its data
 * (`data_starts_with`); `kind: fallthrough` applies to every event. Its `handle` yields the event (with
 * `error_property`: throws instead when the parsed data has that property), ends the stream (`done`), throws the
 * event's data as an error (`error`) or skips it (`skip`). Rules that only restate what every sdkgen stream does
 * (yield each event; end a JSON stream at `[DONE]`) leave the list empty, and the generated code as it was.
 */
function readStreamEventRules(reader: ConfigReader, value: unknown): StreamEventRule[] {
  const { warn, invalid, str, map, list, oneOf } = reader;
  const streaming = map(value, 'streaming');
  for (const key of Object.keys(streaming))
    if (!knownKeys('streaming').has(key)) warn(`streaming.${key}`, 'not supported by sdkgen; ignored');
  const rules = list(streaming.on_event, 'streaming.on_event').flatMap((entry, i): StreamEventRule[] => {
    const where = `streaming.on_event[${i}]`;
    const rule = map(entry, where);
    for (const key of Object.keys(rule))
      if (!knownKeys('streaming.on_event[]').has(key)) warn(`${where}.${key}`, 'not supported by sdkgen; ignored');
    const handle = oneOf(rule.handle, `${where}.handle`, STREAM_HANDLES);
    if (!handle) {
      if (rule.handle === undefined) invalid(`${where}.handle`, 'a rule needs a handle; the rule is not applied');
      return [];
    }
    if (rule.kind !== undefined && rule.kind !== 'fallthrough')
      warn(`${where}.kind`, `${JSON.stringify(rule.kind)} is not a kind sdkgen knows (fallthrough); read as absent`);
    const eventType = rule.event_type;
    const names = eventType === undefined ? null : Array.isArray(eventType) ? eventType : [eventType];
    const events = names?.flatMap((name, j) => {
      if (name === null || typeof name === 'string') return [name];
      invalid(Array.isArray(eventType) ? `${where}.event_type[${j}]` : `${where}.event_type`, 'must be a name or null');
      return [];
    });
    return [
      {
        events: events ?? null,
        dataStartsWith: str(rule.data_starts_with, `${where}.data_starts_with`),
        handle,
        errorProperty: str(rule.error_property, `${where}.error_property`),
      },
    ];
  });
  return rules.every(restatesDefault) ? [] : rules;
}

/** Yield every event, or end a stream at `[DONE]`: what a stream does without rules. */
function restatesDefault(rule: StreamEventRule): boolean {
  const anyEvent = rule.events === null && rule.errorProperty === null;
  return (
    (anyEvent && rule.handle === 'yield' && rule.dataStartsWith === null) ||
    (anyEvent && rule.handle === 'done' && rule.dataStartsWith === '[DONE]')
  );
}

/** Whether a method of `resources` (or of their subresources) passes `test`. */
function anyMethod(resources: StainlessResource[], test: (method: StainlessMethod) => boolean): boolean {
  return everyResource(resources).some((r) => r.methods.some(test));
}

/** `default_retries`' delays in milliseconds; a delay not given keeps the runtime's (0.5 s first, 8 s at most). */
function retryDelaysMs(initialSeconds: number | null, maxSeconds: number | null): StainlessConfig['retryDelaysMs'] {
  if (initialSeconds === null && maxSeconds === null) return null;
  return {
    initialMs: initialSeconds === null ? null : Math.round(initialSeconds * 1000),
    maxMs: maxSeconds === null ? null : Math.round(maxSeconds * 1000),
  };
}

/**
 * The docs platforms `openapi.code_samples` names (`mintlify`, or a mapping `{ bump.sh: true }`), reduced to whether
 * the documented spec gets `x-codeSamples`: every platform named reads them (Mintlify, Redocly, Stoplight, bump.sh,
 * Stainless's own docs). ReadMe's `x-readme` format is not written: a warning says so.
 */
function readCodeSamples(reader: ConfigReader, value: unknown): StainlessConfig['codeSamples'] {
  if (value === undefined || value === null) return null;
  const targets =
    typeof value === 'string'
      ? [value.trim()]
      : Object.entries(reader.map(value, 'openapi.code_samples'))
          .filter(([, on]) => on === true)
          .map(([target]) => target);
  const written = targets.filter((target) => {
    if (target.toLowerCase() !== 'readme') return true;
    reader.warn(
      typeof value === 'string' ? 'openapi.code_samples' : `openapi.code_samples.${target}`,
      "ReadMe's x-readme code samples are not written by sdkgen; the documented spec has x-codeSamples",
    );
    return false;
  });
  return written.length > 0 ? 'x-codeSamples' : null;
}

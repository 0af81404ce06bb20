/**
 * A Stainless project config (`stainless.yml`, `openapi.stainless.yml`, `.stainless/stainless.yml`) read as it
 * is: raw YAML → `StainlessConfig`, typed and checked. Nothing here decides names or shapes; `plan.ts` turns
 * this into what the IR builder reads, with the naming rules of `naming/stainless.ts`.
 *
 * Keys sdkgen implements are read here. Keys it does not implement get one warning naming their path; keys that
 * only configure Stainless's own service (`diagnostics`, `codeflow`) are ignored quietly. A value in a form sdkgen
 * does not know is a warning naming the key path and its line, and the key is read as if it were absent: a
 * config is never refused for the form of one key.
 */
import type { Diagnostics } from '../diagnostics';
import { UsageError } from '../diagnostics';
import { lineOfPath } from './yaml-lines';

export interface StainlessConfig {
  file: string;
  /** The file's text, to point diagnostics at lines. */
  text: string;
  /** `edition` at the top, or the TypeScript target's own. */
  edition: string | null;
  /** `organization.name`: client class name and env prefix come from it. */
  organizationName: string | null;
  /**
   * Which TypeScript generator the project used: `targets.typescript` (current: last path parameter positional,
   * the rest in params) or `targets.node` (legacy: every path parameter positional, request options accepted in
   * place of optional params).
   */
  target: { kind: 'typescript' | 'node'; packageName: string | null; edition: string | null } | null;
  license: string | null;
  clientOpts: ClientOpt[];
  /** `client_settings.default_env_prefix`. */
  envPrefix: string | null;
  /** `client_settings.idempotency.header`: the header carrying an idempotency key on non-GET requests. */
  idempotencyHeader: string | null;
  /** `client_settings.default_timeout`, in milliseconds (a number, or an ISO 8601 duration such as `PT90S`). */
  defaultTimeoutMs: number | null;
  /** `client_settings.default_retries.max_retries`. */
  defaultMaxRetries: number | null;
  /** Top-level `security` (requirement sets; read, not used yet) and `security_schemes` (over the spec's). */
  security: Array<Record<string, string[]>> | null;
  securitySchemes: Record<string, unknown> | null;
  /** `environments`: name → base URL, as written (a relative URL is resolved against the spec's server later). */
  environments: Array<{ name: string; url: string }>;
  resources: StainlessResource[];
  pagination: StainlessPagination[];
  querySettings: {
    arrayFormat: 'comma' | 'repeat' | 'indices' | 'brackets' | null;
    nestedFormat: 'brackets' | 'dots' | null;
  };
  /** `custom_casings`: word → how it is written in names ("openai" → "OpenAI"). */
  customCasings: Map<string, string>;
  /** `openapi.transformations` (or `transforms`), raw: applied to the spec before anything reads it. */
  transformations: unknown;
  /** Which of the two keys holds them, for diagnostics. */
  transformationsKey: string;
  /** `openapi.code_samples`: where the docs read code samples from (not used to build the SDK). */
  codeSamples: string | null;
  /** `settings.unwrap_response_fields`: a response object that has one of these fields returns that field. */
  unwrapResponseFields: string[];
  /** `readme.example_requests`, by name ("default", "headline", "pagination"). */
  readmeExamples: Map<string, { endpoint: string; params: Record<string, unknown> }>;
  /** `unspecified_endpoints`: endpoints the config leaves out on purpose ("get /foo"). */
  unspecifiedEndpoints: string[];
  /** `targets.<typescript|node>.options.mcp_server`: an MCP server package beside the SDK, or null. */
  mcpServer: { packageName: string | null } | null;
  /** `package.node.name` of older configs: the npm package's name when no target names it. */
  legacyPackageName: string | null;
  /** `targets.<typescript|node>.options.client_name`: the client class's name, over the organization's. */
  clientName: string | null;
  /** `targets.<typescript|node>.options.enable_treeshaking`: `Base…` resource classes and `<package>/tree-shakable`. */
  treeShaking: boolean;
}

export interface ClientOpt {
  /** snake_case key as written ("api_key"); the option is its camelCase ("apiKey"). */
  key: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  readEnv: string | null;
  nullable: boolean;
  default: string | number | boolean | null;
  description: string | null;
  auth: { securityScheme: string; role: 'value' | 'username' | 'password' } | null;
  sendInHeader: string | null;
  sendAsQueryParam: string | null;
  sendInCookie: string | null;
  serverVariable: string | null;
  sendAsPathParam: string | null;
  sendAsBodyParam: string | null;
}

export interface StainlessResource {
  /** Key as written ("vector_stores"); `$shared` and `$client` are kept as they are. */
  key: string;
  /** Key path for diagnostics: "resources.vector_stores.subresources.files". */
  where: string;
  methods: StainlessMethod[];
  models: StainlessModel[];
  subresources: StainlessResource[];
  /** `standalone_api: true`: the resource has its own nested api.md. */
  standaloneApi: boolean;
}

export interface StainlessMethod {
  key: string;
  where: string;
  /** "get /v1/things/{id}"; null for methods with no endpoint (`webhook_unwrap`). */
  endpoint: { verb: string; path: string } | null;
  type: 'http' | 'webhook_unwrap';
  /** `paginated: false` turns off pagination; a string names the scheme. */
  paginated: boolean | string | null;
  bodyParamName: string | null;
  streaming: {
    paramDiscriminator: string | null;
    streamEventModel: string | null;
    paramsTypeName: string | null;
  } | null;
  deprecated: string | boolean;
  /** `skip: true`, or `skip: [typescript]` / `only: [python]` naming other targets. */
  skip: boolean;
  positionalParams: string[] | null;
  /** `webhook_unwrap` only: the client option (`client_settings.opts.<name>`) holding the key that verifies. */
  webhookKeyOpt: string | null;
  /** `mcp: false`: the MCP server has no tool for the method. */
  mcp: boolean;
}

export interface StainlessModel {
  /** snake_case key ("tool_group"): the type is its PascalCase ("ToolGroup"). */
  key: string;
  where: string;
  /** A component schema: "#/components/schemas/Foo" (a bare name means the same). */
  ref: string;
}

export interface StainlessPagination {
  name: string;
  where: string;
  type: 'cursor' | 'cursor_id' | 'cursor_url' | 'offset' | 'page_number' | 'fake_page' | 'cursor_uri';
  /** Request fields: name → purpose (from `x-stainless-pagination-property.purpose`), or null. */
  request: Array<{ name: string; purpose: string | null }>;
  /**
   * Response fields: name → purpose, or null; `items` marks the array field. A field inside an object field
   * (`page_info: { properties: { after: … } }`) is listed too, its `path` leading to it (`['page_info', 'after']`).
   */
  response: Array<{
    name: string;
    path: string[];
    purpose: string | null;
    isArray: boolean;
    fromHeader: string | null;
  }>;
}

const PAGINATION_TYPES = [
  'cursor',
  'cursor_id',
  'cursor_url',
  'offset',
  'page_number',
  'fake_page',
  'cursor_uri',
] as const;

/** Top-level keys that only matter to Stainless's service: no warning. */
const SERVICE_KEYS = new Set(['diagnostics', 'codeflow']);
/** Top-level keys read by sdkgen. */
const READ_KEYS = new Set([
  'edition',
  'organization',
  'targets',
  'settings',
  'client_settings',
  'security',
  'security_schemes',
  'environments',
  'resources',
  'pagination',
  'query_settings',
  'custom_casings',
  'openapi',
  'readme',
  'unspecified_endpoints',
  'models',
  'streaming',
  'package',
]);

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
  const warn = (where: string, message: string) => {
    diags.config('warning', 'stainless-config-ignored', file, where, lineOfPath(text, where), message);
  };
  /** A value sdkgen cannot read: said once with its line, then treated as absent. */
  const invalid = (where: string, message: string) => {
    diags.config('warning', 'stainless-config-invalid', file, where, lineOfPath(text, where), `${message}; ignored`);
  };
  if (!isMapping(raw)) {
    const line = lineOfPath(text, '(top level)');
    throw new UsageError(`config file ${file}${line ? `:${line}` : ''}: (top level): must be a mapping`);
  }
  const top = raw as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!READ_KEYS.has(key) && !SERVICE_KEYS.has(key)) warn(key, 'not supported by sdkgen; ignored');
  }

  const str = (value: unknown, where: string): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    // YAML reads an unquoted date (`edition: 2025-10-10`) as a Date under some schemas.
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    invalid(where, `must be a string, got ${describe(value)}`);
    return null;
  };
  const map = (value: unknown, where: string): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (isMapping(value)) return value;
    invalid(where, `must be a mapping, got ${describe(value)}`);
    return {};
  };
  const list = (value: unknown, where: string): unknown[] => {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    invalid(where, `must be a list, got ${describe(value)}`);
    return [];
  };
  /** A value from a fixed set, or null (with a warning) when it is another. */
  const oneOf = <T extends string>(value: unknown, where: string, allowed: readonly T[]): T | null => {
    const text = str(value, where);
    if (text === null) return null;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    invalid(where, `must be ${allowed.join(', ')}; got ${JSON.stringify(text)}`);
    return null;
  };

  // `organization: acme` is the short form of `organization: { name: acme }`.
  const organization =
    typeof top.organization === 'string' ? { name: top.organization } : map(top.organization, 'organization');
  const targets = map(top.targets, 'targets');
  let target: StainlessConfig['target'] = null;
  let mcpServer: StainlessConfig['mcpServer'] = null;
  let treeShaking = false;
  let clientName: string | null = null;
  for (const kind of ['typescript', 'node'] as const) {
    if (targets[kind] === undefined || target) continue;
    const t = map(targets[kind], `targets.${kind}`);
    target = {
      kind,
      packageName: str(t.package_name, `targets.${kind}.package_name`),
      edition: str(t.edition, `targets.${kind}.edition`),
    };
    for (const key of Object.keys(t)) {
      if (!['package_name', 'edition', 'production_repo', 'publish', 'skip', 'options'].includes(key))
        warn(`targets.${kind}.${key}`, 'not supported by sdkgen; ignored');
    }
    const options = map(t.options, `targets.${kind}.options`);
    for (const key of Object.keys(options)) {
      if (!['mcp_server', 'enable_treeshaking', 'client_name'].includes(key))
        warn(`targets.${kind}.options.${key}`, 'not supported by sdkgen; ignored');
    }
    clientName = str(options.client_name, `targets.${kind}.options.client_name`);
    if (clientName !== null && !/^[A-Z][A-Za-z0-9]*$/.test(clientName)) {
      invalid(`targets.${kind}.options.client_name`, `${JSON.stringify(clientName)} is no class name`);
      clientName = null;
    }
    treeShaking = options.enable_treeshaking === true;
    if (options.mcp_server !== undefined && options.mcp_server !== false && options.mcp_server !== null) {
      const where = `targets.${kind}.options.mcp_server`;
      const server = options.mcp_server === true ? {} : map(options.mcp_server, where);
      // `host` configures Stainless's hosted server; sdkgen's runs on the user's machine.
      for (const key of Object.keys(server)) {
        if (!['package_name', 'host'].includes(key)) warn(`${where}.${key}`, 'not supported by sdkgen; ignored');
      }
      mcpServer = { packageName: str(server.package_name, `${where}.package_name`) };
    }
  }
  if (targets.typescript !== undefined && targets.node !== undefined)
    warn('targets.node', 'both typescript and node targets are set; sdkgen follows targets.typescript');

  // Older configs name the npm package under `package.node` (the other languages' entries are theirs).
  const packageNode = map(map(top.package, 'package').node, 'package.node');
  for (const key of Object.keys(packageNode))
    if (!['name', 'repo', 'skip'].includes(key)) warn(`package.node.${key}`, 'not supported by sdkgen; ignored');
  const legacyPackageName = str(packageNode.name, 'package.node.name');

  const settings = map(top.settings, 'settings');
  for (const key of Object.keys(settings)) {
    if (!['license', 'unwrap_response_fields', 'disable_mock_tests', 'file_header'].includes(key))
      warn(`settings.${key}`, 'not supported by sdkgen; ignored');
  }
  const clientSettings = map(top.client_settings, 'client_settings');
  for (const key of Object.keys(clientSettings)) {
    if (!['opts', 'default_env_prefix', 'idempotency', 'default_timeout', 'default_retries'].includes(key))
      warn(`client_settings.${key}`, 'not supported by sdkgen; ignored');
  }
  const idempotency = map(clientSettings.idempotency, 'client_settings.idempotency');
  for (const key of Object.keys(idempotency))
    if (key !== 'header') warn(`client_settings.idempotency.${key}`, 'not supported by sdkgen; ignored');
  const retries = map(clientSettings.default_retries, 'client_settings.default_retries');
  for (const key of Object.keys(retries))
    if (key !== 'max_retries')
      warn(`client_settings.default_retries.${key}`, "not supported by sdkgen (its backoff is the runtime's); ignored");
  const wholeNumber = (value: unknown, where: string): number | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    invalid(where, `must be a whole number, got ${describe(value)}`);
    return null;
  };
  const timeout = clientSettings.default_timeout;
  const isoTimeout =
    typeof timeout === 'string' ? /^PT(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(timeout.trim()) : null;
  const defaultTimeoutMs =
    isoTimeout && (isoTimeout[1] || isoTimeout[2])
      ? Math.round((Number(isoTimeout[1] ?? 0) * 60 + Number(isoTimeout[2] ?? 0)) * 1000)
      : wholeNumber(timeout, 'client_settings.default_timeout');
  const clientOpts: ClientOpt[] = Object.entries(map(clientSettings.opts, 'client_settings.opts')).map(
    ([key, value]) => {
      const where = `client_settings.opts.${key}`;
      const o = map(value, where);
      const type = oneOf(o.type, `${where}.type`, ['string', 'number', 'integer', 'boolean'] as const) ?? 'string';
      const auth = o.auth === undefined ? null : map(o.auth, `${where}.auth`);
      const role = auth
        ? (oneOf(auth.role, `${where}.auth.role`, ['value', 'username', 'password'] as const) ?? 'value')
        : 'value';
      let dflt = o.default;
      if (dflt !== undefined && dflt !== null && !['string', 'number', 'boolean'].includes(typeof dflt)) {
        invalid(`${where}.default`, 'must be a string, number or boolean');
        dflt = null;
      }
      for (const k of Object.keys(o)) {
        if (
          ![
            'type',
            'read_env',
            'nullable',
            'default',
            'description',
            'auth',
            'send_in_header',
            'send_as_query_param',
            'send_in_cookie',
            'server_variable',
            'send_as_path_param',
            'send_as_body_param',
            'example',
          ].includes(k)
        )
          warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
      }
      return {
        key,
        type,
        readEnv: str(o.read_env, `${where}.read_env`),
        nullable: o.nullable === true,
        default: (dflt as ClientOpt['default']) ?? null,
        description: str(o.description, `${where}.description`),
        auth: auth
          ? {
              securityScheme: str(auth.security_scheme, `${where}.auth.security_scheme`) ?? '',
              role,
            }
          : null,
        sendInHeader: str(o.send_in_header, `${where}.send_in_header`),
        sendAsQueryParam: str(o.send_as_query_param, `${where}.send_as_query_param`),
        sendInCookie: str(o.send_in_cookie, `${where}.send_in_cookie`),
        serverVariable: str(o.server_variable, `${where}.server_variable`),
        sendAsPathParam: str(o.send_as_path_param, `${where}.send_as_path_param`),
        sendAsBodyParam: str(o.send_as_body_param, `${where}.send_as_body_param`),
      };
    },
  );

  const environments = Object.entries(map(top.environments, 'environments')).flatMap(([name, value]) => {
    if (typeof value === 'string' && value.trim()) return [{ name, url: value.trim() }];
    invalid(`environments.${name}`, `must be a URL, got ${describe(value)}`);
    return [];
  });

  const security =
    top.security === undefined
      ? null
      : list(top.security, 'security').map((req, i) => {
          const entry = map(req, `security[${i}]`);
          return Object.fromEntries(
            Object.entries(entry).map(([k, v]) => [k, list(v, `security[${i}].${k}`).map(String)]),
          );
        });
  const securitySchemes = top.security_schemes === undefined ? null : map(top.security_schemes, 'security_schemes');

  const parseMethod = (key: string, value: unknown, where: string): StainlessMethod | null => {
    const endpointOf = (text: string | null, at: string) => {
      if (text === null) return null;
      const m = /^\s*(get|post|put|patch|delete|head|options|trace)\s+(\/\S*)\s*$/i.exec(text);
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
        positionalParams: null,
        webhookKeyOpt: null,
        mcp: true,
      };
    }
    const m = map(value, where);
    for (const k of Object.keys(m)) {
      if (
        ![
          'endpoint',
          'type',
          'paginated',
          'body_param_name',
          'streaming',
          'deprecated',
          'skip',
          'only',
          'positional_params',
          'discriminator',
          'webhook_key_opt',
          'description',
          'mcp',
        ].includes(k)
      )
        warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
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
    const skip = skipsTypeScript(m, where);
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
      skip,
      positionalParams:
        m.positional_params === undefined || m.positional_params === null
          ? null
          : typeof m.positional_params === 'string'
            ? [m.positional_params]
            : list(m.positional_params, `${where}.positional_params`).map(String),
      webhookKeyOpt: str(m.webhook_key_opt, `${where}.webhook_key_opt`),
      mcp: m.mcp !== false,
    };
  };

  const parseModel = (key: string, value: unknown, where: string): StainlessModel | null => {
    if (typeof value === 'string')
      return { key, where, ref: value.startsWith('#') ? value : `#/components/schemas/${value}` };
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
    return { key, where, ref: uri.startsWith('#') ? uri : `#/components/schemas/${uri}` };
  };

  /** `skip: true`, `skip` naming typescript or node, or `only` naming neither: the SDK leaves it out. */
  const skipsTypeScript = (entry: Record<string, unknown>, where: string): boolean => {
    const targetsNamed = (v: unknown, at: string) => (typeof v === 'string' ? [v] : list(v, at).map(String));
    const skipList =
      entry.skip === undefined || typeof entry.skip === 'boolean' ? null : targetsNamed(entry.skip, `${where}.skip`);
    const only = entry.only === undefined ? null : targetsNamed(entry.only, `${where}.only`);
    const ours = (names: string[]) => names.includes('typescript') || names.includes('node');
    return entry.skip === true || (skipList !== null && ours(skipList)) || (only !== null && !ours(only));
  };

  const parseResource = (key: string, value: unknown, where: string, skipped = false): StainlessResource => {
    const r = map(value, where);
    for (const k of Object.keys(r)) {
      if (!['methods', 'models', 'subresources', 'standalone_api', 'description', 'name', 'skip', 'only'].includes(k))
        warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
    }
    // A resource left out (`skip`, or `only` naming other targets) leaves out its methods and its subresources'.
    const skip = skipped || skipsTypeScript(r, where);
    return {
      key,
      where,
      methods: Object.entries(map(r.methods, `${where}.methods`)).flatMap(([k, v]) => {
        const method = parseMethod(k, v, `${where}.methods.${k}`);
        return method === null ? [] : [skip ? { ...method, skip: true } : method];
      }),
      models: Object.entries(map(r.models, `${where}.models`)).flatMap(
        ([k, v]) => parseModel(k, v, `${where}.models.${k}`) ?? [],
      ),
      subresources: Object.entries(map(r.subresources, `${where}.subresources`)).map(([k, v]) =>
        parseResource(k, v, `${where}.subresources.${k}`, skip),
      ),
      standaloneApi: r.standalone_api === true,
    };
  };
  const resources = Object.entries(map(top.resources, 'resources')).map(([k, v]) =>
    parseResource(k, v, `resources.${k}`),
  );
  // Top-level `models` (older configs) are shared models, as under `resources.$shared.models`.
  if (top.models !== undefined)
    resources.push({
      key: '$shared',
      where: 'models',
      methods: [],
      models: Object.entries(map(top.models, 'models')).flatMap(([k, v]) => parseModel(k, v, `models.${k}`) ?? []),
      subresources: [],
      standaloneApi: false,
    });

  /** Where a pagination field says what it is for: `x-stainless-pagination-property.purpose`. */
  const paginationPurpose = (schema: unknown): string | null => {
    if (!isMapping(schema)) return null;
    const prop = schema['x-stainless-pagination-property'];
    return isMapping(prop) && typeof prop.purpose === 'string' ? prop.purpose : null;
  };
  /** A scheme's response fields, with those in its object fields' `properties` (any depth). */
  const paginationResponseFields = (
    fields: Record<string, unknown>,
    parent: string[],
    where: string,
  ): StainlessPagination['response'] =>
    Object.entries(fields).flatMap(([n, schema]) => {
      const path = [...parent, n];
      const property = isMapping(schema) ? schema['x-stainless-pagination-property'] : undefined;
      const field = {
        name: path[0],
        path,
        purpose: paginationPurpose(schema),
        isArray: isMapping(schema) && schema.type === 'array',
        fromHeader: isMapping(property) ? (str(property.from_header, `${where}.${n}.from_header`) ?? null) : null,
      };
      const nested =
        isMapping(schema) && isMapping(schema.properties)
          ? paginationResponseFields(schema.properties, path, `${where}.${n}.properties`)
          : [];
      return [field, ...nested];
    });
  const pagination = list(top.pagination, 'pagination').flatMap((value, i): StainlessPagination[] => {
    const where = `pagination[${i}]`;
    const p = map(value, where);
    const name = str(p.name, `${where}.name`);
    if (!name) {
      invalid(`${where}.name`, 'every pagination scheme needs a name; the scheme is left out');
      return [];
    }
    const type = oneOf(p.type, `${where}.type`, PAGINATION_TYPES);
    if (!type) {
      if (p.type === undefined)
        invalid(`${where}.type`, 'every pagination scheme needs a type; the scheme is left out');
      return [];
    }
    return [
      {
        name,
        where,
        type,
        request: Object.entries(map(p.request, `${where}.request`)).map(([n, schema]) => ({
          name: n,
          purpose: paginationPurpose(schema),
        })),
        response: paginationResponseFields(map(p.response, `${where}.response`), [], `${where}.response`),
      },
    ];
  });

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
    if (!['transformations', 'transforms', 'code_samples'].includes(key))
      warn(`openapi.${key}`, 'not supported by sdkgen; ignored');
  }
  const codeSamples =
    openapi.code_samples === undefined
      ? null
      : typeof openapi.code_samples === 'string'
        ? openapi.code_samples
        : JSON.stringify(openapi.code_samples);

  const readme = map(top.readme, 'readme');
  const readmeExamples = new Map<string, { endpoint: string; params: Record<string, unknown> }>();
  for (const [name, value] of Object.entries(map(readme.example_requests, 'readme.example_requests'))) {
    const e = map(value, `readme.example_requests.${name}`);
    const endpoint = str(e.endpoint, `readme.example_requests.${name}.endpoint`);
    if (endpoint)
      readmeExamples.set(name, { endpoint, params: map(e.params, `readme.example_requests.${name}.params`) });
  }
  const unspecified = top.unspecified_endpoints;

  // `streaming.on_event`: what a stream does with each event. sdkgen's streams yield every event's data and end on
  // `[DONE]`; the rules saying just that are read quietly, any other is not applied.
  const streamingTop = map(top.streaming, 'streaming');
  for (const key of Object.keys(streamingTop))
    if (key !== 'on_event') warn(`streaming.${key}`, 'not supported by sdkgen; ignored');
  list(streamingTop.on_event, 'streaming.on_event').forEach((value, i) => {
    const where = `streaming.on_event[${i}]`;
    const rule = map(value, where);
    const handle = str(rule.handle, `${where}.handle`);
    const fallthrough = rule.kind === 'fallthrough' && rule.event_type === undefined;
    const done = rule.data_starts_with === '[DONE]' && rule.event_type === undefined;
    if ((fallthrough && handle === 'yield') || (done && handle === 'done')) return;
    warn(
      where,
      "sdkgen's streams yield every event's data (error events too) and end on [DONE]; this rule is not applied",
    );
  });

  return {
    file,
    text,
    edition: str(top.edition, 'edition'),
    organizationName: str(organization.name, 'organization.name'),
    clientName,
    target,
    legacyPackageName,
    license: str(settings.license, 'settings.license'),
    clientOpts,
    envPrefix: str(clientSettings.default_env_prefix, 'client_settings.default_env_prefix'),
    idempotencyHeader: str(idempotency.header, 'client_settings.idempotency.header'),
    defaultTimeoutMs,
    defaultMaxRetries: wholeNumber(retries.max_retries, 'client_settings.default_retries.max_retries'),
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
    readmeExamples,
    unspecifiedEndpoints: Array.isArray(unspecified) ? unspecified.map(String) : [],
    mcpServer,
    treeShaking,
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * The client's identity (class name, npm package, environment prefix) and its servers, read from the spec, its
 * code samples and the config.
 */
import type { SdkConfig } from '../config';
import type { NormalizedSpec } from '../normalize/normalize';
import { compareStrings } from '../naming/case';
import { BASE_CLIENT_MEMBERS, isSafeIdentifier } from '../naming/reserved';
import { clientClassName, clientNameFromTitle, envPrefixFor, fallbackPackageName } from '../naming/rules';
import type { StainlessPlan } from '../stainless/plan';
import type { CodeSample, Operation } from '../normalize/operations';

export interface ClientIdentity {
  clientName: string;
  packageName: string;
  envPrefix: string;
  apiKeyEnv: string | null;
  /**
   * Client options the code samples read from the environment (`new Acme({ bearerToken: process.env['ACME_KEY'] })`),
   * the most shown first: the credential options' names and variables.
   */
  sampleOptions: Array<{ option: string; envVar: string | null }>;
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? null;
}

/** A valid npm package name (scoped or not). */
const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** `client_settings.default_client_name` as a class name: as written when it is one (`MyPOSConnect`), else cased. */
function defaultClientName(stainless: StainlessPlan): string | null {
  const name = stainless.config.defaultClientName;
  if (name === null) return null;
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : stainless.names.clientName(name);
}

export function clientIdentity(
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
        name:
          config.client.name ??
          stainless.config.clientName ??
          defaultClientName(stainless) ??
          (organization ? stainless.names.clientName(organization) : null),
        package:
          config.client.package ?? stainless.config.target?.packageName ?? stainless.config.legacyPackageName ?? null,
        envPrefix:
          config.client.envPrefix ??
          stainless.config.envPrefix ??
          (organization ? stainless.names.envPrefix(organization) : null),
        apiKeyEnv: config.client.apiKeyEnv ?? keyOption?.readEnv ?? null,
      },
    };
  }
  let clientName = config.client.name ?? mostCommon(samples.map((s) => s.clientName));
  if (!clientName || !/^[A-Z][A-Za-z0-9]*$/.test(clientName)) clientName = clientNameFromTitle(title);
  clientName = clientClassName(clientName);
  const npmName = (name: string | null) => (name && NPM_NAME.test(name) && name.length <= 214 ? name : null);
  const packageName =
    npmName(config.client.package) ??
    npmName(mostCommon(samples.map((s) => s.packageName))) ??
    fallbackPackageName(title, clientName);
  const sampleOptions = optionsShown(samples);
  const apiKeyEnv =
    config.client.apiKeyEnv ??
    sampleOptions.find((o) => !BASE_CLIENT_MEMBERS.has(o.option) && o.envVar !== null)?.envVar ??
    null;
  const envPrefix = config.client.envPrefix ?? envPrefixFor(apiKeyEnv, clientName);
  return { clientName, packageName, envPrefix, apiKeyEnv, sampleOptions };
}

/** Each client option the samples pass, with its most common variable (null: never read from one); most shown first. */
function optionsShown(samples: CodeSample[]): ClientIdentity['sampleOptions'] {
  const byOption = new Map<string, Array<string | null>>();
  for (const sample of samples) {
    for (const { option, envVar } of sample.envOptions) byOption.set(option, [...(byOption.get(option) ?? []), envVar]);
  }
  return [...byOption.entries()]
    .sort((a, b) => b[1].length - a[1].length || compareStrings(a[0], b[0]))
    .filter(([option]) => isSafeIdentifier(option))
    .map(([option, envVars]) => ({ option, envVar: mostCommon(envVars) }));
}

/** `/v1` when every operation's path starts with it (see sharedPathPrefix) and it moves to the base URL; else ''. */
export function basePathOf(servers: Array<{ url: string }>, sharedPrefix: string[]): string {
  if (sharedPrefix.length === 0) return '';
  const server = servers.find((s) => isHttpUrl(s.url));
  if (!server) return '';
  const prefix = `/${sharedPrefix.join('/')}`;
  // A server that already ends with the prefix means the API really is under it twice: paths stay as written.
  if (new URL(server.url).pathname.replace(/\/+$/, '').endsWith(prefix)) return '';
  return prefix;
}

/** A spec server: its URL with the variables' defaults, and as written (`https://{region}.api.test`). */
export interface SpecServer {
  url: string;
  description: string | null;
  template: string;
  /** Each variable's default. */
  variables: Map<string, string>;
}

export function readServers(root: Record<string, unknown>): SpecServer[] {
  const servers = Array.isArray(root.servers) ? root.servers : [];
  const out: SpecServer[] = [];
  for (const s of servers) {
    if (!s || typeof s !== 'object' || typeof (s as { url?: unknown }).url !== 'string') continue;
    const server = s as { url: string; description?: unknown; variables?: Record<string, { default?: unknown }> };
    const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const value = server.variables?.[name]?.default;
      return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    const variables = new Map<string, string>();
    for (const [name, variable] of Object.entries(server.variables ?? {})) {
      const value = variable?.default;
      if (typeof value === 'string' || typeof value === 'number') variables.set(name, String(value));
    }
    out.push({
      url: url.replace(/\/+$/, ''),
      description: typeof server.description === 'string' ? server.description : null,
      template: server.url.replace(/\/+$/, ''),
      variables,
    });
  }
  return out;
}

/**
 * The base URL an operation has a server of its own at (`servers` on it or its path item, as `Operation.servers`
 * holds them): the first http(s) one, a relative one resolved against the spec's first server, with the API's base
 * path. Null when it has none. The spec's own server counts too: Stainless's SDKs send such an operation there all the
 * same (mux's `defaultBaseURL: 'https://api.mux.com'`), so that a client on another environment still reaches it.
 */
export function operationBaseUrl(
  servers: unknown[] | null,
  specServers: () => SpecServer[],
  basePath: string,
): string | null {
  if (servers === null) return null;
  const specUrl = specServers().find((s) => isHttpUrl(s.url))?.url ?? null;
  for (const server of readServers({ servers })) {
    const url = isHttpUrl(server.url)
      ? server.url
      : specUrl !== null && isRelativeUrl(server.url)
        ? resolvedAgainst(server.url, specUrl)
        : null;
    if (url !== null) return `${url}${basePath}`;
  }
  return null;
}

/** A relative URL, as a spec's server or a config's environment may be: `/api/v1`, `./v2`. */
function isRelativeUrl(url: string): boolean {
  return /^\.{0,2}\/[^\s`'"<>\\]*$/.test(url);
}

/** A relative URL resolved against `server`, as a browser resolves it against the page; no trailing slash. */
function resolvedAgainst(url: string, server: string): string {
  return new URL(url, `${server}/`).toString().replace(/\/+$/, '');
}

/**
 * A Stainless config's environments with their URLs made absolute: a relative one (`/api/v1`) is resolved against
 * the spec's first http(s) server, as a browser resolves it against the page. Without such a server it stays
 * relative (it then works where fetch resolves relative URLs, and a caller elsewhere passes `baseURL`).
 * A URL that is neither is left out.
 */
export function resolveEnvironments(
  environments: Array<{ name: string; url: string }>,
  servers: Array<{ url: string }>,
): { resolved: Array<{ name: string; url: string }>; relative: string[]; invalid: string[] } {
  const server = servers.find((s) => isHttpUrl(s.url))?.url ?? null;
  const resolved: Array<{ name: string; url: string }> = [];
  const relative: string[] = [];
  const invalid: string[] = [];
  for (const env of environments) {
    if (isHttpUrl(env.url)) resolved.push({ name: env.name, url: env.url.replace(/\/+$/, '') });
    else if (!isRelativeUrl(env.url)) invalid.push(env.name);
    else if (server) resolved.push({ name: env.name, url: resolvedAgainst(env.url, server) });
    else {
      resolved.push({ name: env.name, url: env.url.replace(/\/+$/, '') });
      relative.push(env.name);
    }
  }
  return { resolved, relative, invalid };
}

export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || /[\s`'"<>\\]/.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

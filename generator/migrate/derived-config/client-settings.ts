/**
 * The derived config's `client_settings`: each option of Stainless's client (`opts`), with the security scheme it
 * authenticates with, and the client's environments. Written by `deriveStainlessConfig` (config.ts).
 */
import { baseUrlVariablesOf } from './base-url-variables';
import type { DerivedConfigInput } from './input-types';

/**
 * `client_settings.opts`: each option of Stainless's client, with its environment variable, and what it is for: the
 * security scheme it authenticates with (the spec's bearer, basic or API-key scheme of that header), a header or
 * query parameter it is sent as, or the parameter it fills in.
 */
export function clientOpts(
  input: DerivedConfigInput,
  keyFor: (name: string) => string | null,
  notes: string[],
): { opts: Record<string, Record<string, unknown>>; schemes: Record<string, Record<string, unknown>> } {
  const opts: Record<string, Record<string, unknown>> = {};
  // Schemes the spec does not declare, which Stainless's config did (`security_schemes`): declared here.
  const schemes: Record<string, Record<string, unknown>> = {};
  const declare = (name: string, scheme: Record<string, unknown>) => {
    schemes[name] = scheme;
    return { name };
  };
  // An OAuth2 client ID and secret: their scheme with the token URL Stainless's client posted to (sdkgen's client
  // exchanges them there too, ir/oauth.ts), the spec's one bearer-like scheme where it has one (its operations name
  // it), declared again as that flow.
  const bearers = input.securitySchemes.filter((s) => s.kind === 'bearer');
  const exchangeScheme = (tokenUrl: string) =>
    declare(bearers.length === 1 ? bearers[0].name : 'oauth2', {
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl, scopes: {} } },
    });
  const exchanged: string[] = [];
  const serverVariables = baseUrlVariablesOf(input.client);
  for (const option of input.clientOptions) {
    const key = keyFor(option.name);
    if (key === null) {
      notes.push(`client option ${option.name}: its name cannot be written as a Stainless option key; left out`);
      continue;
    }
    const flow = option.clientCredentials ?? null;
    // Without its token URL, the pair cannot be exchanged: kept as options sent nowhere (the note says why).
    if (flow && flow.tokenUrl === null) exchanged.push(`${key} (its token URL)`);
    const scheme = flow?.tokenUrl
      ? exchangeScheme(flow.tokenUrl)
      : option.bearer
        ? (input.securitySchemes.find((s) => s.kind === 'bearer') ??
          declare('bearerAuth', { type: 'http', scheme: 'bearer' }))
        : option.basic
          ? (input.securitySchemes.find((s) => s.kind === 'basic') ??
            declare('basicAuth', { type: 'http', scheme: 'basic' }))
          : option.header?.auth
            ? (input.securitySchemes.find((s) => s.header?.toLowerCase() === option.header!.name.toLowerCase()) ??
              declare(`${key}Auth`, { type: 'apiKey', in: 'header', name: option.header.name }))
            : option.query
              ? input.securitySchemes.find((s) => s.query === option.query)
              : undefined;
    const header = option.header && !scheme ? option.header.name : null;
    opts[key] = {
      type: option.type,
      ...(option.env ? { read_env: option.env } : {}),
      ...(option.nullable ? { nullable: true } : {}),
      ...(option.default != null ? { default: option.default } : {}),
      ...(option.description ? { description: option.description } : {}),
      ...(scheme
        ? {
            auth: {
              security_scheme: scheme.name,
              ...(option.basic ? { role: option.basic } : flow?.tokenUrl ? { role: flow.role } : {}),
            },
          }
        : {}),
      ...(header ? { send_in_header: header } : {}),
      ...(option.query && !scheme ? { send_as_query_param: option.query } : {}),
      ...(option.param
        ? { send_as_path_param: option.param, send_as_query_param: option.param, send_as_body_param: option.param }
        : {}),
      ...(serverVariables.has(option.name) ? { server_variable: serverVariables.get(option.name) } : {}),
    };
  }
  if (exchanged.length > 0)
    notes.push(
      `client options ${exchanged.join(', ')}: Stainless's client exchanged them for an access token (OAuth2 client ` +
        'credentials: a POST of grant_type=client_credentials to the token URL, the two as Basic credentials) and sent ' +
        'that token as a bearer token; the token URL could not be read from its code, so they are written as options ' +
        "the client keeps but sends nowhere: give the spec's oauth2 scheme a flows.clientCredentials.tokenUrl and " +
        'these options `auth: { security_scheme: <it>, role: client_id | client_secret }`',
    );
  return { opts, schemes };
}

/** `const environments = { production: 'https://…', sandbox: '…' }` in the client's module, or its one base URL. */
export function environmentsOf(source: string | null): Record<string, string> | null {
  const block = source && /\bconst environments = \{([^}]*)\}/.exec(source)?.[1];
  // A client with one base URL (`baseURL: baseURL || \`https://api.acme.com\``) had one environment.
  const single = source && /\bbaseURL: baseURL \|\| [`']([^`'$]+)[`']/.exec(source)?.[1];
  if (!block) return single ? { production: single } : null;
  const entries = [...block.matchAll(/['"]?([\w-]+)['"]?:\s*'([^']+)'/g)].map((m) => [m[1], m[2]] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/**
 * Security schemes as the IR reads them, from the normalized spec (`$ref` chains already followed there): the wire
 * name of an apiKey sent in a header or a cookie made safe to send. A header or cookie name must be an HTTP token
 * (see normalize/http-token.ts): a name with `;`, `=`, spaces or CR/LF would otherwise add cookies or headers of the
 * spec author's choosing to every request.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import { isHttpToken, tokenSafeName } from '../normalize/http-token';
import type { NormalizedSpec } from '../normalize/normalize';
import type { ClientOpt } from '../stainless/config-types';

/**
 * The security scheme `components.securitySchemes[name]`, or null when it is not an object. An apiKey whose header
 * or cookie name is not a token gets its name percent-encoded (with a warning), so the name can never end the
 * header line or the cookie pair early.
 */
export function readSecurityScheme(
  spec: NormalizedSpec,
  name: string,
  diags: Diagnostics,
): Record<string, unknown> | null {
  const found = spec.securitySchemes.get(name);
  if (!found || !found.value || typeof found.value !== 'object' || Array.isArray(found.value)) return null;
  const scheme = found.value as Record<string, unknown>;
  if (scheme.type !== 'apiKey' || (scheme.in !== 'header' && scheme.in !== 'cookie') || typeof scheme.name !== 'string')
    return scheme;
  if (isHttpToken(scheme.name)) return scheme;
  const safe = tokenSafeName(scheme.name);
  if (safe === '') {
    diags.warn(
      'invalid-api-key-name',
      found.doc.file,
      pointerJoin(found.pointer, 'name'),
      `security scheme "${name}" has an empty ${scheme.in} name and is ignored`,
      'give the apiKey a name',
    );
    return null;
  }
  const where = scheme.in === 'cookie' ? 'cookie name' : 'header name';
  diags.warn(
    'invalid-api-key-name',
    found.doc.file,
    pointerJoin(found.pointer, 'name'),
    `apiKey ${where} ${JSON.stringify(scheme.name)} is not an HTTP token (it has spaces, separators such as ` +
      `; = " or control characters); the SDK sends it percent-encoded as ${safe}`,
    `rename the ${where} to letters, digits and !#$%&'*+-.^_\`|~ only`,
  );
  return { ...scheme, name: safe };
}

/**
 * A Stainless config's top-level `security` and `security_schemes`, which stand over the spec's, and its client
 * options, some of which are credentials (`auth: { security_scheme }`).
 */
export interface ConfiguredSecurity {
  security: ReadonlyArray<Record<string, unknown>> | null;
  securitySchemes: Record<string, unknown> | null;
  clientOpts?: ReadonlyArray<Pick<ClientOpt, 'auth' | 'sendInHeader' | 'sendAsQueryParam' | 'sendInCookie'>>;
}

/** The API's security requirements: a Stainless config's top-level `security`, else the spec's. */
export function apiSecurity(
  spec: NormalizedSpec,
  configured: ConfiguredSecurity | null,
): ReadonlyArray<Record<string, unknown>> | null {
  if (configured?.security) return configured.security;
  const root = spec.root.root as { security?: unknown };
  return Array.isArray(root.security) ? (root.security as Array<Record<string, unknown>>) : null;
}

/** The API's security requirements as lists of scheme names (see `Api.security`), or null where it names none. */
export function apiSecurityNames(spec: NormalizedSpec, configured: ConfiguredSecurity | null): string[][] | null {
  const requirements = apiSecurity(spec, configured);
  if (requirements === null) return null;
  return requirements.map((requirement) =>
    requirement && typeof requirement === 'object' && !Array.isArray(requirement) ? Object.keys(requirement) : [],
  );
}

/**
 * An operation's own `security` as it counts: null where it has none, or where every scheme it names is one neither
 * the spec's `components.securitySchemes` nor the config's `security_schemes` declares. Such an operation is the
 * API's, as Stainless reads it: tolstoy-ts's `/tools/{toolId}/auth` methods (`security: [{ bearer: [] }]`, no `bearer`
 * declared) send the config's `x-org-id` and `x-user-id` credentials and take no `X-Org-ID` header parameter, which
 * the `x-org-id` apiKey carries. (`[]`, naming none, stays: the operation sends no credential.)
 */
export function operationSecurity(
  spec: NormalizedSpec,
  raw: Record<string, unknown>,
  configured: Pick<ConfiguredSecurity, 'securitySchemes'> | null,
): ReadonlyArray<Record<string, unknown>> | null {
  if (!Array.isArray(raw.security)) return null;
  const requirements = raw.security as unknown[];
  const names = requirements.flatMap((requirement) =>
    requirement && typeof requirement === 'object' && !Array.isArray(requirement) ? Object.keys(requirement) : [],
  );
  const declared = (name: string) =>
    configured?.securitySchemes?.[name] !== undefined || spec.securitySchemes.has(name);
  if (names.length > 0 && !names.some(declared)) return null;
  return requirements as Array<Record<string, unknown>>;
}

/**
 * Where the client already sends a credential for `op`: `header:authorization` for bearer, basic and OAuth
 * schemes, `<in>:<name>` (lower case) for an API key, over the schemes the operation's security (else the API's,
 * a Stainless config's over the spec's; see operationSecurity) names. A parameter the spec declares there too is the client's job, as in
 * Stainless's SDKs: the method does not ask for it. Where neither the operation nor the API says anything about
 * security, the client still sends the credentials of a Stainless config's client options (`auth:
 * { security_scheme }`) with every request, so their parameters go too. An operation with `security: []` sends no
 * credential, so its parameters all stay.
 */
export function credentialParameters(
  spec: NormalizedSpec,
  op: { raw: Record<string, unknown>; noAuth: boolean },
  configured: ConfiguredSecurity | null,
): Set<string> {
  const carriers = new Set<string>();
  if (op.noAuth) return carriers;
  const schemeOf = (name: string) =>
    (configured?.securitySchemes?.[name] ?? spec.securitySchemes.get(name)?.value) as
      | Record<string, unknown>
      | undefined;
  const requirements = operationSecurity(spec, op.raw, configured) ?? apiSecurity(spec, configured);
  if (requirements === null) {
    for (const opt of configured?.clientOpts ?? []) {
      const carrier = opt.auth ? carrierOf(schemeOf(opt.auth.securityScheme), opt) : null;
      if (carrier) carriers.add(carrier);
    }
    return carriers;
  }
  for (const requirement of requirements) {
    if (!requirement || typeof requirement !== 'object') continue;
    for (const name of Object.keys(requirement)) {
      const carrier = carrierOf(schemeOf(name), null);
      if (carrier) carriers.add(carrier);
    }
  }
  return carriers;
}

/**
 * The schemes an operation's own `security` names whose credential goes where the operation declares a required
 * parameter (Trello's `key` and `token`, listed as alternatives but both required): every alternative sends them.
 */
export function requiredCredentialSchemes(
  spec: NormalizedSpec,
  op: { raw: Record<string, unknown>; parameters: ReadonlyArray<{ name: string; in: string; required: boolean }> },
  configured: ConfiguredSecurity | null,
): string[] {
  const own = operationSecurity(spec, op.raw, configured);
  if (own === null) return [];
  const required = new Set(op.parameters.filter((p) => p.required).map((p) => `${p.in}:${p.name.toLowerCase()}`));
  const names = own.flatMap((requirement: unknown) =>
    requirement && typeof requirement === 'object' ? Object.keys(requirement) : [],
  );
  const schemeOf = (name: string) =>
    (configured?.securitySchemes?.[name] ?? spec.securitySchemes.get(name)?.value) as
      | Record<string, unknown>
      | undefined;
  return [...new Set(names)].filter((name) => {
    const carrier = carrierOf(schemeOf(name), null);
    return carrier !== null && carrier !== 'header:authorization' && required.has(carrier);
  });
}

/**
 * Where `scheme` puts its credential (`header:authorization`, `<in>:<name>` in lower case), or null for a scheme
 * that is not one; a client option's `send_in_header` / `send_as_query_param` / `send_in_cookie` over an API key's.
 */
function carrierOf(
  scheme: Record<string, unknown> | undefined,
  placement: Pick<ClientOpt, 'sendInHeader' | 'sendAsQueryParam' | 'sendInCookie'> | null,
): string | null {
  if (!scheme || typeof scheme !== 'object') return null;
  if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect')
    return 'header:authorization';
  if (scheme.type !== 'apiKey' || typeof scheme.name !== 'string' || typeof scheme.in !== 'string') return null;
  if (placement?.sendAsQueryParam) return `query:${placement.sendAsQueryParam.toLowerCase()}`;
  if (placement?.sendInHeader) return `header:${placement.sendInHeader.toLowerCase()}`;
  if (placement?.sendInCookie) return `cookie:${placement.sendInCookie.toLowerCase()}`;
  return `${scheme.in}:${scheme.name.toLowerCase()}`;
}

/**
 * The word an http scheme's `Authorization` header puts before the token when it is not `Bearer`: its
 * `x-stainless-auth.scheme_keyword` (`Token` sends `Authorization: Token <token>`). One that is not an HTTP token
 * (it would have to be one in the header) warns and is ignored.
 */
export function schemeKeyword(
  spec: NormalizedSpec,
  name: string,
  scheme: Record<string, unknown>,
  diags: Diagnostics,
): { keyword: string } | Record<string, never> {
  const extension = scheme['x-stainless-auth'];
  if (!extension || typeof extension !== 'object' || Array.isArray(extension)) return {};
  const keyword = (extension as Record<string, unknown>).scheme_keyword;
  if (keyword === undefined || keyword === 'Bearer') return {};
  if (typeof keyword === 'string' && isHttpToken(keyword)) return { keyword };
  const found = spec.securitySchemes.get(name);
  diags.warn(
    'invalid-scheme-keyword',
    found?.doc.file ?? spec.root.file,
    pointerJoin(
      found?.pointer ?? pointerJoin('#/components/securitySchemes', name),
      'x-stainless-auth',
      'scheme_keyword',
    ),
    `security scheme "${name}": the scheme keyword ${JSON.stringify(keyword)} is not an HTTP token; the SDK sends Authorization: Bearer`,
    "use letters, digits and !#$%&'*+-.^_`|~ only",
  );
  return {};
}

/**
 * Read by the assemble pass: the client's credentials (`AuthScheme[]`), from the Stainless config's client options,
 * else from the spec's security schemes; options and variables named as the samples show, else by naming/rules.ts.
 * Without a Stainless config, an `oauth2` scheme with a `clientCredentials` flow is two credentials of one scheme: the
 * access token option (sent when given) and a client ID and secret exchanged at its token URL otherwise (oauth.ts).
 */
import { pointerJoin } from '../diagnostics';
import { camelCase } from '../naming/case';
import { BASE_CLIENT_MEMBERS, isSafeIdentifier } from '../naming/reserved';
import { credentialEnvVar } from '../naming/rules';
import { docsFrom } from './docs';
import { configWarning, type BuildContext } from './context';
import { isHttpToken } from '../normalize/http-token';
import type { SpecServer } from './client';
import { apiSecurity, readSecurityScheme, schemeKeyword } from './security';
import {
  CLIENT_CREDENTIAL_ROLES,
  clientCredentialsFlow,
  secondClientCredentialsFlow,
  specClientCredentialsFlow,
} from './oauth';
import type { AuthScheme, ClientCredentialsFlow, SettingOption } from './types';
import type { ClientOpt, StainlessConfig, StainlessResource } from '../stainless/config';

/**
 * With a Stainless config, the client's credentials are its `client_settings.opts` that name a security scheme
 * (of the config's `security_schemes` or the spec's): each is a client option of its own name, read from its
 * `read_env`, required unless `nullable`.
 */
export function stainlessAuth(ctx: BuildContext): AuthScheme[] | null {
  const config = ctx.stainless?.config;
  const opts = config?.clientOpts.filter((o) => o.auth) ?? [];
  if (!config || opts.length === 0) return null;
  const out: AuthScheme[] = [];
  const basic = new Map<string, Extract<AuthScheme, { kind: 'basic' }>>();
  for (const opt of opts) {
    const schemeName = opt.auth!.securityScheme;
    const scheme =
      configuredScheme(config.securitySchemes, schemeName) ?? readSecurityScheme(ctx.spec, schemeName, ctx.diags);
    const where = `client_settings.opts.${opt.key}.auth.security_scheme`;
    if (!scheme) {
      configWarning(
        ctx,
        'stainless-auth',
        where,
        `no security scheme ${JSON.stringify(schemeName)} in the config or the spec; the option is left out`,
      );
      continue;
    }
    const option = ctx.stainless!.names.clientOption(opt.key);
    const docs = docsFrom({
      description: opt.description ?? (typeof scheme.description === 'string' ? scheme.description : null),
      example: exampleText(opt),
    });
    // A credential is a string: a default of another type is written as one.
    const dflt = opt.default === null ? null : String(opt.default);
    const httpScheme = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
    // A client ID and secret of an OAuth2 client-credentials scheme: the two parts of a pair, exchanged for a token.
    const exchange =
      scheme.type === 'oauth2' && opt.auth!.role !== 'value' ? clientCredentialsFlow(ctx, scheme, where) : null;
    // The pair of an exchange may be null, as Stainless's clients have it: without both, no token is asked for.
    const required = !opt.nullable && !exchange;
    if ((scheme.type === 'http' && httpScheme === 'basic') || exchange) {
      const entry = basic.get(schemeName) ?? {
        kind: 'basic',
        name: schemeName,
        usernameOption: 'username',
        passwordOption: 'password',
        usernameEnvVar: null,
        passwordEnvVar: null,
        required,
        // A part the config leaves out is an option as its other part is.
        usernameRequired: required,
        passwordRequired: required,
        usernameDefault: null,
        passwordDefault: null,
        bothParts: false,
        docs,
        ...(exchange ? { clientCredentials: exchange } : {}),
      };
      // Stainless's rule, once the config names both parts: a part that is null sends no credential.
      if (basic.has(schemeName)) entry.bothParts = true;
      // Each part is its own option: required unless nullable, with its own default.
      if (CLIENT_CREDENTIAL_ROLES[opt.auth!.role] === 'password')
        Object.assign(entry, {
          passwordOption: option,
          passwordEnvVar: opt.readEnv,
          passwordRequired: required,
          passwordDefault: dflt,
        });
      else
        Object.assign(entry, {
          usernameOption: option,
          usernameEnvVar: opt.readEnv,
          usernameRequired: required,
          usernameDefault: dflt,
        });
      entry.required = entry.usernameRequired && entry.passwordRequired;
      if (!basic.has(schemeName)) {
        basic.set(schemeName, entry);
        out.push(entry);
      }
    } else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
      out.push({
        kind: 'bearer',
        name: schemeName,
        option,
        envVar: opt.readEnv,
        required,
        default: dflt,
        docs,
        ...schemeKeyword(ctx.spec, schemeName, scheme, ctx.diags),
      });
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
      out.push({
        kind: 'apiKey',
        name: schemeName,
        ...placed,
        ...(opt.sendAsQueryParam ? { sendAsQueryParam: true as const } : {}),
        option,
        envVar: opt.readEnv,
        required,
        default: dflt,
        docs,
      });
    } else {
      configWarning(
        ctx,
        'stainless-auth',
        where,
        `security scheme ${JSON.stringify(schemeName)} (${String(scheme.type)}) is not supported; the option is left out`,
      );
    }
  }
  return out;
}

/** The scheme a Stainless config's `security_schemes` declares as `name`, or null. */
function configuredScheme(schemes: Record<string, unknown> | null, name: string): Record<string, unknown> | null {
  const scheme = schemes?.[name];
  return scheme && typeof scheme === 'object' && !Array.isArray(scheme) ? (scheme as Record<string, unknown>) : null;
}

/** The client options a `webhook_unwrap` method names as its key (`webhook_key_opt`). */
function webhookKeyOptions(config: StainlessConfig): Set<string> {
  const keys = new Set<string>();
  const visit = (resource: StainlessResource) => {
    for (const method of resource.methods) if (method.webhookKeyOpt !== null) keys.add(method.webhookKeyOpt);
    resource.subresources.forEach(visit);
  };
  config.resources.forEach(visit);
  return keys;
}

/** A client option's `example`, as JSON (the value the generated tests give it); null when none. */
function exampleText(opt: ClientOpt): string | null {
  return opt.example === null ? null : JSON.stringify(opt.example);
}

/** The client option a Stainless `client_settings.opts` entry is, or null when its name cannot be one. */
export function settingOptionName(ctx: BuildContext, opt: ClientOpt): string | null {
  const option = ctx.stainless!.names.clientOption(opt.key);
  return isSafeIdentifier(option) && !BASE_CLIENT_MEMBERS.has(option) ? option : null;
}

/**
 * The path parameters, query parameters and body fields client options fill in (`send_as_path_param`,
 * `send_as_query_param`, `send_as_body_param`), by `path:<name>` / `query:<name>` / `body:<name>` → the option: a
 * method that has such a parameter takes it as an optional param defaulting to the option, as Stainless's SDKs do
 * (`const { project = this._client.project, ...query } = params`). Methods without it do not send it.
 */
export function clientFilledParams(ctx: BuildContext): Map<string, string> {
  const filled = new Map<string, string>();
  for (const opt of ctx.stainless?.config.clientOpts ?? []) {
    const option = opt.auth ? null : settingOptionName(ctx, opt);
    // Left out of the client when the header it is also sent as cannot be one (stainlessSettingOptions).
    if (option === null || (opt.sendInHeader !== null && !isHttpToken(opt.sendInHeader))) continue;
    if (opt.sendAsPathParam) filled.set(`path:${opt.sendAsPathParam}`, option);
    if (opt.sendAsQueryParam) filled.set(`query:${opt.sendAsQueryParam}`, option);
    if (opt.sendAsBodyParam) filled.set(`body:${opt.sendAsBodyParam}`, option);
  }
  return filled;
}

/**
 * A Stainless config's client options that are not credentials: sent with every request as a header, or the
 * default of a path parameter, query parameter or body field, or a variable of the server URL. One with none of
 * these is held by the client all the same, as Stainless's SDKs hold every option (for hand-written code, a webhook
 * key).
 */
export function stainlessSettingOptions(ctx: BuildContext, server: SpecServer | undefined): SettingOption[] {
  const config = ctx.stainless?.config;
  if (!config) return [];
  const out: SettingOption[] = [];
  for (const opt of config.clientOpts.filter((o) => !o.auth)) {
    const option = settingOptionName(ctx, opt);
    if (option === null) {
      configWarning(
        ctx,
        'stainless-config-ignored',
        `client_settings.opts.${opt.key}`,
        `the client option would be \`${ctx.stainless!.names.clientOption(opt.key)}\`, which is not a name an option can take or one the client has already; left out`,
      );
      continue;
    }
    // A webhook key is held by the client for `webhooks.unwrap`, never sent.
    const webhookKey = webhookKeyOptions(config).has(opt.key);
    const variable = opt.serverVariable !== null && server?.template.includes(`{${opt.serverVariable}}`);
    if (opt.serverVariable !== null && !variable)
      configWarning(
        ctx,
        'stainless-config-ignored',
        `client_settings.opts.${opt.key}.server_variable`,
        `the default server's URL has no variable {${opt.serverVariable}}${server ? ` (${server.template})` : ''}; ignored`,
      );
    if (opt.sendInHeader !== null && !isHttpToken(opt.sendInHeader)) {
      configWarning(
        ctx,
        'stainless-config-ignored',
        `client_settings.opts.${opt.key}`,
        `${JSON.stringify(opt.sendInHeader)} cannot be a header name; the option is left out`,
      );
      continue;
    }
    out.push({
      option,
      type: opt.type === 'integer' ? 'number' : opt.type,
      envVar: opt.readEnv,
      default: opt.default,
      nullable: opt.nullable,
      docs: docsFrom({ description: opt.description, example: exampleText(opt) }),
      header: webhookKey ? null : opt.sendInHeader,
      serverVariable: variable ? opt.serverVariable : null,
    });
  }
  return out;
}

export function readAuth(ctx: BuildContext, root: Record<string, unknown>): AuthScheme[] {
  const fromOptions = stainlessAuth(ctx);
  if (fromOptions) {
    const named = securityNames(ctx, root);
    const declared = [...Object.keys(ctx.stainless!.config.securitySchemes ?? {}), ...ctx.spec.securitySchemes.keys()];
    return fromOptions.map((scheme) => {
      const at = declared.indexOf(scheme.name);
      const placed = { ...scheme, declared: at === -1 ? declared.length : at };
      return named.has(scheme.name) ? placed : { ...placed, unnamed: true as const };
    });
  }
  // A Stainless config's `security_schemes` and `security` stand over the spec's.
  const configured = ctx.stainless?.config.securitySchemes ?? null;
  const schemes = {
    ...((root.components as { securitySchemes?: Record<string, unknown> } | undefined)?.securitySchemes ?? {}),
    ...configured,
  } as Record<string, unknown>;
  const global = apiSecurity(ctx.spec, ctx.stainless?.config ?? null);
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
    first && ctx.identity.apiKeyEnv ? ctx.identity.apiKeyEnv : credentialEnvVar(ctx.identity.envPrefix, option);
  const required = !optional && names.length === 1;
  // The samples' constructor options are authoritative: `new Acme({ bearerToken: process.env['ACME_API_KEY'] })`
  // names the credential option and its variable. One scheme takes the first credential-like option shown;
  // several take the option named after them; basic auth takes a user-like and a password-like one.
  const shownOptions = ctx.identity.sampleOptions.filter((o) => !BASE_CLIENT_MEMBERS.has(o.option));
  const shown = (test: (option: string) => boolean) => {
    const hit = shownOptions.find((o) => test(o.option) && !options.has(o.option));
    if (hit) options.add(hit.option);
    return hit ?? null;
  };
  // The config's apiKeyEnv still wins for the first credential.
  const sampleEnv = (hit: { envVar: string | null } | null, first: boolean) =>
    first && ctx.config.client.apiKeyEnv ? ctx.config.client.apiKeyEnv : (hit?.envVar ?? null);
  for (const name of names) {
    const s = configuredScheme(configured, name) ?? readSecurityScheme(ctx.spec, name, ctx.diags);
    if (!s) continue;
    const docs = docsFrom({ description: typeof s.description === 'string' ? s.description : null });
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
        usernameEnvVar: user?.envVar ?? credentialEnvVar(ctx.identity.envPrefix, usernameOption),
        passwordEnvVar: pass?.envVar ?? credentialEnvVar(ctx.identity.envPrefix, passwordOption),
        required,
        usernameRequired: required,
        passwordRequired: required,
        usernameDefault: null,
        passwordDefault: null,
        bothParts: false,
        docs,
      });
    } else if (s.type === 'http' || s.type === 'oauth2' || s.type === 'openIdConnect') {
      // Without a Stainless config, a spec's OAuth2 scheme with a client-credentials flow: a client ID and secret too.
      // (One pair a client: a second such scheme keeps its access token alone.)
      const paired = out.find((scheme) => scheme.kind === 'basic' && scheme.clientCredentials);
      if (paired && s.type === 'oauth2' && !ctx.stainless) secondClientCredentialsFlow(ctx, s, name, paired.name);
      const read = s.type === 'oauth2' && !ctx.stainless && !paired ? specClientCredentialsFlow(ctx, s, name) : null;
      // Without `x-scopes`, the token asks for the scopes the spec's security requirements name (one token for all).
      const flow = read && read.scopes.length === 0 ? { ...read, scopes: requirementScopes(ctx, root, name) } : read;
      // (Named before the token, whose pattern a sample's `clientSecret` would match.)
      const id = flow && !several ? shown((o) => /client_?id/i.test(o)) : null;
      const secret = flow && !several ? shown((o) => /client_?secret/i.test(o)) : null;
      const hit = shown(forScheme);
      const isKey = s.type === 'http' && first && (ctx.identity.apiKeyEnv?.includes('KEY') ?? true);
      const option =
        hit?.option ??
        optionName(schemeOption(isKey ? 'apiKey' : s.type === 'http' ? 'bearerToken' : 'accessToken', name), name);
      out.push({
        kind: 'bearer',
        name,
        option,
        envVar: sampleEnv(hit, first) ?? envFor(option, first),
        // With a client ID and secret beside it, either may be the credential: the token is not required.
        required: required && !flow,
        default: null,
        docs,
        ...schemeKeyword(ctx.spec, name, s, ctx.diags),
      });
      if (flow) out.push(clientCredentialsPair(ctx, name, flow, option, several, id, secret, optionName));
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
        default: null,
        docs,
      });
    } else {
      ctx.diags.warn(
        'unsupported-security-scheme',
        ctx.spec.root.file,
        pointerJoin('#/components/securitySchemes', name),
        `security scheme "${name}" (${String(s.type)}) is not supported and is ignored`,
      );
    }
  }
  return out;
}

/**
 * The client ID and secret of a spec's OAuth2 scheme (no Stainless config), beside its access token option `token`:
 * either part may be null, and without both (or with a token given) nothing is exchanged. Named as the samples show
 * (`id`, `secret`), else `clientID` and `clientSecret` (`<scheme>ClientID` beside other schemes), their environment
 * variables by the naming rules.
 */
function clientCredentialsPair(
  ctx: BuildContext,
  name: string,
  flow: ClientCredentialsFlow,
  token: string,
  several: boolean,
  id: { option: string; envVar: string | null } | null,
  secret: { option: string; envVar: string | null } | null,
  optionName: (preferred: string, scheme: string) => string,
): AuthScheme {
  const usernameOption = id?.option ?? optionName(several ? `${camelCase(name)}ClientID` : 'clientID', name);
  const passwordOption =
    secret?.option ?? optionName(several ? `${camelCase(name)}ClientSecret` : 'clientSecret', name);
  return {
    kind: 'basic',
    name,
    usernameOption,
    passwordOption,
    usernameEnvVar: id?.envVar ?? credentialEnvVar(ctx.identity.envPrefix, usernameOption),
    passwordEnvVar: secret?.envVar ?? credentialEnvVar(ctx.identity.envPrefix, passwordOption),
    required: false,
    usernameRequired: false,
    passwordRequired: false,
    usernameDefault: null,
    passwordDefault: null,
    bothParts: true,
    docs: docsFrom({
      description:
        `The OAuth2 client ID, exchanged with \`${passwordOption}\` at ${flow.tokenUrl} for an access token ` +
        `(kept until shortly before it expires) when no \`${token}\` is given.`,
    }),
    clientCredentials: flow,
  };
}

/** The scopes the API's and the operations' security requirements name for `scheme`, in the order first named. */
function requirementScopes(ctx: BuildContext, root: Record<string, unknown>, scheme: string): string[] {
  const scopes = new Set<string>();
  const add = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    for (const req of requirements) {
      const named: unknown = req && typeof req === 'object' ? (req as Record<string, unknown>)[scheme] : undefined;
      if (Array.isArray(named)) for (const scope of named) if (typeof scope === 'string') scopes.add(scope);
    }
  };
  add(apiSecurity(ctx.spec, null));
  for (const path of Object.values((root.paths ?? {}) as Record<string, Record<string, { security?: unknown }>>))
    for (const op of Object.values(path ?? {})) if (op && typeof op === 'object') add(op.security);
  return [...scopes];
}

/**
 * The schemes a request must send a credential of, by the first requirement of each security (the others are
 * alternatives to it): the API's (a Stainless config's over the spec's; none when one of its requirements is empty,
 * `{}`, which asks for no credential) and every operation's.
 */
function securityNames(ctx: BuildContext, root: Record<string, unknown>): Set<string> {
  const named = new Set<string>();
  const add = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    const sets = requirements.filter((req): req is object => req !== null && typeof req === 'object');
    if (sets.some((req) => Object.keys(req).length === 0)) return;
    // The first requirement is the one the tests meet; the others are alternatives to it.
    if (sets.length > 0) Object.keys(sets[0]).forEach((k) => named.add(k));
  };
  add(apiSecurity(ctx.spec, ctx.stainless?.config ?? null));
  for (const path of Object.values((root.paths ?? {}) as Record<string, Record<string, { security?: unknown }>>))
    for (const op of Object.values(path ?? {})) if (op && typeof op === 'object') add(op.security);
  return named;
}

/**
 * The client's credentials, planned for src/client.ts, the README and the generated tests: the client options that
 * carry them (with their environment variables and the message when one is missing), and how each is sent.
 */
import type { Api, AuthScheme } from '../../ir/types';
import { docsFrom } from '../../ir/docs';
import { jsDoc, markdownCode, quoteString, templateLiteralText } from './print-doc';
import type { AuthCredentialView, AuthOptionView, ClientView } from './views';

/**
 * The client options of every auth scheme (a basic scheme has two: username and password). Each is the value given,
 * else its environment variable, else its default; `null` given means no value (the credential is not sent).
 */
export function authOptionViews(api: Api): AuthOptionView[] {
  const client = api.clientName;
  const view = (
    option: string,
    env: string | null,
    docs: string | null,
    mustHold: boolean,
    fallback: string | null,
  ): AuthOptionView => {
    const fromEnv = env ? `readEnv(${quoteString(env)})` : null;
    const defaultValue =
      fallback === null
        ? (fromEnv ?? 'null')
        : fromEnv
          ? `${fromEnv} ?? ${quoteString(fallback)}`
          : quoteString(fallback);
    return {
      option,
      envVar: env ? quoteString(env) : 'null',
      defaultValue,
      envVarName: env ?? '',
      doc: jsDoc(docsFrom({ description: docs }), env || fallback !== null ? [defaultsLine(env, fallback)] : []),
      // A default always fills it in: only one without may be missing.
      required: mustHold && fallback === null,
      nullable: !mustHold,
      defaultCode: fallback === null ? '' : markdownCode(quoteString(fallback), { inTable: true }),
      // Null given to an option that must hold a value: its default (one without has thrown by then).
      value: mustHold ? (fallback === null ? option : `${option} ?? ${quoteString(fallback)}`) : `${option} ?? null`,
      missingMessage: quoteString(
        env
          ? `The ${env} environment variable is missing or empty; either provide it, or instantiate the ${client} ` +
              `client with an ${option} option, like new ${client}({ ${option}: 'My ${option}' }).`
          : `The ${option} option is required; instantiate the ${client} client with it, like new ${client}({ ${option}: '...' }).`,
      ),
    };
  };
  return api.auth.flatMap((scheme: AuthScheme): AuthOptionView[] => {
    if (scheme.kind === 'basic') {
      return [
        view(
          scheme.usernameOption,
          scheme.usernameEnvVar,
          scheme.docs.description ?? null,
          scheme.usernameRequired,
          scheme.usernameDefault,
        ),
        view(scheme.passwordOption, scheme.passwordEnvVar, null, scheme.passwordRequired, scheme.passwordDefault),
      ];
    }
    return [view(scheme.option, scheme.envVar, scheme.docs.description ?? null, scheme.required, scheme.default)];
  });
}

/** The doc line saying where an option's value comes from when the option is not given. */
function defaultsLine(env: string | null, fallback: string | null): string {
  const value = fallback === null ? null : quoteString(fallback);
  if (!env) return `Defaults to ${value}.`;
  return value === null ? `Defaults to process.env['${env}'].` : `Defaults to process.env['${env}'], else ${value}.`;
}

/** How each auth scheme's credential is sent: in headers (`authHeaders()`) or in the query (`authQuery()`). */
export function authCredentialViews(api: Api): Pick<ClientView, 'authHeaders' | 'authQuery'> {
  const authHeaders: AuthCredentialView[] = [];
  const authQuery: AuthCredentialView[] = [];
  // Several schemes may each set Authorization: the first one configured wins.
  let setsAuthorization = 0;
  for (const scheme of api.auth) {
    const unlessAuthorizationSet = scheme.kind !== 'apiKey' && setsAuthorization++ > 0;
    // An OAuth2 client ID and secret are never sent: the token they are exchanged for is.
    const flow = scheme.kind === 'basic' ? (scheme.clientCredentials ?? null) : null;
    const credential: AuthCredentialView = {
      bearer: scheme.kind === 'bearer',
      keyword: scheme.kind === 'bearer' ? templateLiteralText(scheme.keyword ?? 'Bearer') : '',
      basic: scheme.kind === 'basic' && flow === null,
      exchange: flow !== null,
      tokenUrl: flow ? quoteString(flow.tokenUrl) : '',
      credentialsInBody: flow?.credentialsIn === 'body',
      scope: flow && flow.scopes.length > 0 ? quoteString(flow.scopes.join(' ')) : '',
      header: scheme.kind === 'apiKey' && scheme.in === 'header',
      cookie: scheme.kind === 'apiKey' && scheme.in === 'cookie',
      option: scheme.kind === 'basic' ? scheme.usernameOption : scheme.option,
      passwordOption: scheme.kind === 'basic' ? scheme.passwordOption : '',
      tokenOption: flow ? tokenOption(api, scheme.name) : '',
      name: scheme.kind === 'apiKey' && scheme.in !== 'cookie' ? quoteString(scheme.wireName) : '',
      cookieName: scheme.kind === 'apiKey' && scheme.in === 'cookie' ? templateLiteralText(scheme.wireName) : '',
      unlessAuthorizationSet,
      guard: credentialGuard(scheme, unlessAuthorizationSet),
    };
    (scheme.kind === 'apiKey' && scheme.in === 'query' ? authQuery : authHeaders).push(credential);
  }
  return { authHeaders, authQuery };
}

/**
 * The bearer option of the scheme `name` beside its client ID and secret (a spec's OAuth2 scheme offers both): a token
 * given there is sent, and nothing exchanged. "" without one.
 */
function tokenOption(api: Api, name: string): string {
  const token = api.auth.find((scheme) => scheme.kind === 'bearer' && scheme.name === name);
  return token?.kind === 'bearer' ? token.option : '';
}

/** When a scheme's credential is sent (see `AuthCredentialView.guard`). */
function credentialGuard(scheme: AuthScheme, unlessAuthorizationSet: boolean): string {
  const conditions: string[] = [];
  if (scheme.kind === 'basic' && scheme.bothParts) {
    // Each part that may be null must have a value.
    if (!scheme.usernameRequired) conditions.push(`this.${scheme.usernameOption} != null`);
    if (!scheme.passwordRequired) conditions.push(`this.${scheme.passwordOption} != null`);
  } else if (!scheme.required) {
    conditions.push(
      scheme.kind === 'basic'
        ? `(this.${scheme.usernameOption} != null || this.${scheme.passwordOption} != null)`
        : `this.${scheme.option} != null`,
    );
  }
  if (unlessAuthorizationSet) conditions.push("headers['Authorization'] === undefined");
  return conditions.join(' && ');
}

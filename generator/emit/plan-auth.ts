/**
 * The client's credentials, planned for src/client.ts, the README and the generated tests: the client options that
 * carry them (with their environment variables and the message when one is missing), and how each is sent.
 */
import type { Api, AuthScheme } from '../ir/types';
import { jsDoc, quoteString, templateLiteralText } from './print-doc';
import type { AuthCredentialView, AuthOptionView, ClientView } from './views';

/** The client options of every auth scheme (a basic scheme has two: username and password). */
export function authOptionViews(api: Api): AuthOptionView[] {
  const client = api.clientName;
  const view = (option: string, env: string | null, docs: string | null, required: boolean): AuthOptionView => ({
    option,
    envVar: env ? quoteString(env) : 'null',
    defaultValue: env ? `readEnv(${quoteString(env)})` : 'null',
    envVarName: env ?? '',
    doc: jsDoc(
      { summary: null, description: docs, deprecated: false, example: null, default: null },
      env ? [`Defaults to process.env['${env}'].`] : [],
    ),
    required,
    missingMessage: quoteString(
      env
        ? `The ${env} environment variable is missing or empty; either provide it, or instantiate the ${client} ` +
            `client with an ${option} option, like new ${client}({ ${option}: 'My ${option}' }).`
        : `The ${option} option is required; instantiate the ${client} client with it, like new ${client}({ ${option}: '...' }).`,
    ),
  });
  return api.auth.flatMap((scheme: AuthScheme): AuthOptionView[] => {
    if (scheme.kind === 'basic') {
      return [
        view(scheme.usernameOption, scheme.usernameEnvVar, scheme.docs.description, scheme.required),
        view(scheme.passwordOption, scheme.passwordEnvVar, null, scheme.required),
      ];
    }
    return [view(scheme.option, scheme.envVar, scheme.docs.description, scheme.required)];
  });
}

/** How each auth scheme's credential is sent: in headers (`authHeaders()`) or in the query (`authQuery()`). */
export function authCredentialViews(api: Api): Pick<ClientView, 'authHeaders' | 'authQuery'> {
  const authHeaders: AuthCredentialView[] = [];
  const authQuery: AuthCredentialView[] = [];
  // Several schemes may each set Authorization: the first one configured wins.
  let setsAuthorization = 0;
  for (const scheme of api.auth) {
    const unlessAuthorizationSet = scheme.kind !== 'apiKey' && setsAuthorization++ > 0;
    const credential: AuthCredentialView = {
      bearer: scheme.kind === 'bearer',
      keyword: scheme.kind === 'bearer' ? templateLiteralText(scheme.keyword ?? 'Bearer') : '',
      basic: scheme.kind === 'basic',
      header: scheme.kind === 'apiKey' && scheme.in === 'header',
      cookie: scheme.kind === 'apiKey' && scheme.in === 'cookie',
      option: scheme.kind === 'basic' ? scheme.usernameOption : scheme.option,
      passwordOption: scheme.kind === 'basic' ? scheme.passwordOption : '',
      name: scheme.kind === 'apiKey' && scheme.in !== 'cookie' ? quoteString(scheme.wireName) : '',
      cookieName: scheme.kind === 'apiKey' && scheme.in === 'cookie' ? templateLiteralText(scheme.wireName) : '',
      unlessAuthorizationSet,
      guard: credentialGuard(scheme, unlessAuthorizationSet),
    };
    (scheme.kind === 'apiKey' && scheme.in === 'query' ? authQuery : authHeaders).push(credential);
  }
  return { authHeaders, authQuery };
}

/** When a scheme's credential is sent (see `AuthCredentialView.guard`). */
function credentialGuard(scheme: AuthScheme, unlessAuthorizationSet: boolean): string {
  const conditions: string[] = [];
  if (!scheme.required) {
    conditions.push(
      scheme.kind === 'basic'
        ? `(this.${scheme.usernameOption} != null || this.${scheme.passwordOption} != null)`
        : `this.${scheme.option} != null`,
    );
  }
  if (unlessAuthorizationSet) conditions.push("headers['Authorization'] === undefined");
  return conditions.join(' && ');
}

/**
 * OAuth2 client credentials (RFC 6749 §4.4) from a Stainless config: two `client_settings.opts` of an `oauth2` scheme
 * whose `flows.clientCredentials` names a `tokenUrl`, one with `auth.role: client_id` and one with
 * `auth.role: client_secret` (`username` and `password` are read as the same two); without a Stainless config, such a
 * flow of a spec's `oauth2` scheme, as a pair offered beside the access token option (auth.ts names the two options).
 * The client exchanges them at the token URL for an access token, which it sends as `Authorization: Bearer`.
 */
import { pointerJoin } from '../diagnostics';
import type { BuildContext } from './context';
import { configWarning } from './context';
import type { ClientCredentialsFlow } from './types';

/** The roles a client option of a client-credentials scheme may take, by the part of the basic pair each is. */
export const CLIENT_CREDENTIAL_ROLES: Readonly<Record<string, 'username' | 'password'>> = {
  client_id: 'username',
  client_secret: 'password',
  username: 'username',
  password: 'password',
};

/**
 * The `flows.clientCredentials` of an `oauth2` scheme that a client ID or secret option names, or null (with a warning
 * at `where`, the config key path) when it has none: another flow's token is a bearer credential the caller gives.
 */
export function clientCredentialsFlow(
  ctx: BuildContext,
  scheme: Record<string, unknown>,
  where: string,
): ClientCredentialsFlow | null {
  const read = readClientCredentialsFlow(scheme);
  for (const problem of read.problems)
    configWarning(
      ctx,
      'stainless-auth',
      where,
      read.flow === null ? `${problem}; the option is sent as a bearer token` : problem,
    );
  return read.flow;
}

/**
 * The `flows.clientCredentials` of an `oauth2` scheme of the spec alone (no Stainless config names its client ID and
 * secret), or null where it has none. The client takes the pair beside the access token option the scheme has always
 * given (a token given is sent, and nothing is exchanged): the caller of another flow, or a test against a mock server,
 * still passes a token. A flow without a `tokenUrl` warns at the flow.
 */
export function specClientCredentialsFlow(
  ctx: BuildContext,
  scheme: Record<string, unknown>,
  name: string,
): ClientCredentialsFlow | null {
  const read = readClientCredentialsFlow(scheme);
  // (No clientCredentials flow at all: another flow, whose token the caller gives; nothing to say.)
  const said = read.flow === null && read.problems.length === 1 && read.problems[0] === NO_FLOW ? [] : read.problems;
  const found = ctx.spec.securitySchemes.get(name);
  for (const problem of said)
    ctx.diags.warn(
      'oauth-client-credentials',
      found?.doc.file ?? ctx.spec.root.file,
      pointerJoin(found?.pointer ?? pointerJoin('#/components/securitySchemes', name), 'flows', 'clientCredentials'),
      read.flow === null ? `${problem}; the client takes an access token alone` : problem,
    );
  return read.flow;
}

/**
 * A second `oauth2` scheme of the spec alone with a client-credentials flow, where the client already exchanges the
 * first one's client ID and secret: the client holds one exchanged token (one pair's), so this scheme keeps its access
 * token option alone. A warning at its flow says so; a scheme without such a flow is left unsaid.
 */
export function secondClientCredentialsFlow(
  ctx: BuildContext,
  scheme: Record<string, unknown>,
  name: string,
  first: string,
): void {
  if (readClientCredentialsFlow(scheme).flow === null) return;
  const found = ctx.spec.securitySchemes.get(name);
  ctx.diags.warn(
    'oauth-client-credentials',
    found?.doc.file ?? ctx.spec.root.file,
    pointerJoin(found?.pointer ?? pointerJoin('#/components/securitySchemes', name), 'flows', 'clientCredentials'),
    `a second client-credentials scheme: the client exchanges one client ID and secret (scheme ${JSON.stringify(first)}'s) ` +
      'and keeps one token, so this scheme takes an access token alone',
    "give this scheme's token as its access token option, or describe one client-credentials scheme",
  );
}

const NO_FLOW = 'the scheme has no clientCredentials flow to exchange a client ID and secret in';

/**
 * A scheme's client-credentials flow and what is wrong with it. How the two reach the token URL: HTTP Basic
 * credentials, as RFC 6749 §2.3.1 asks servers to accept (the default), or form fields where the flow says
 * `x-token-endpoint-auth-method: client_secret_post` (OpenID Connect's names for the two; `client_secret_basic` is
 * the default's).
 */
function readClientCredentialsFlow(scheme: Record<string, unknown>): {
  flow: ClientCredentialsFlow | null;
  problems: string[];
} {
  if (scheme.type !== 'oauth2') return { flow: null, problems: [] };
  const flows = scheme.flows;
  const flow =
    flows && typeof flows === 'object' && !Array.isArray(flows)
      ? (flows as Record<string, unknown>).clientCredentials
      : undefined;
  if (!flow || typeof flow !== 'object' || Array.isArray(flow)) return { flow: null, problems: [NO_FLOW] };
  const { tokenUrl } = flow as Record<string, unknown>;
  const asked = (flow as Record<string, unknown>)['x-scopes'];
  if (typeof tokenUrl !== 'string' || tokenUrl.trim() === '')
    return {
      flow: null,
      problems: ["the scheme's clientCredentials flow has no tokenUrl; the client cannot fetch a token"],
    };
  const method = (flow as Record<string, unknown>)['x-token-endpoint-auth-method'];
  const problems =
    method !== undefined && method !== 'client_secret_basic' && method !== 'client_secret_post'
      ? [
          `x-token-endpoint-auth-method ${JSON.stringify(method)} is not client_secret_basic or client_secret_post; the credentials are sent as HTTP Basic`,
        ]
      : [];
  return {
    flow: {
      tokenUrl: tokenUrl.trim(),
      credentialsIn: method === 'client_secret_post' ? 'body' : 'header',
      // The flow's `scopes` are those it offers; the client asks for those of `x-scopes` alone (none: the server grants
      // the client's registered ones).
      scopes: Array.isArray(asked) ? asked.filter((s): s is string => typeof s === 'string') : [],
    },
    problems,
  };
}

/**
 * A one-endpoint API authenticated by OAuth2 client credentials, for test/oauth-client-credentials.test.ts and its
 * Python twin: its spec, a Stainless config naming the client ID and secret options, and the 127.0.0.1 server's
 * token and API endpoints.
 */
import { json, type Handler } from '../runtime/helpers/server';

export function oauthSpec(tokenUrl: string, extra: Record<string, unknown> = {}): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    servers: [{ url: 'https://api.acme.test' }],
    security: [{ OAuth2: [] }],
    paths: {
      '/widgets/{id}': {
        get: {
          operationId: 'getWidget',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { id: { type: 'string' }, auth: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        OAuth2: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl, scopes: { read: 'Read widgets' }, ...extra } },
        },
      },
    },
  };
}

export const OAUTH_CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
  python:
    package_name: acme
client_settings:
  opts:
    client_id:
      type: string
      read_env: ACME_CLIENT_ID
      auth:
        security_scheme: OAuth2
        role: client_id
    client_secret:
      type: string
      read_env: ACME_CLIENT_SECRET
      auth:
        security_scheme: OAuth2
        role: client_secret
resources:
  widgets:
    methods:
      retrieve: get /widgets/{id}
`;

/** The token endpoint: the nth exchange gets `token-<n>`, living `expiresIn` seconds. */
export function tokenEndpoint(expiresIn: number | null): Handler {
  return (_req, res, call) =>
    json(200, {
      access_token: `token-${call}`,
      token_type: 'Bearer',
      ...(expiresIn === null ? {} : { expires_in: expiresIn }),
    })(_req, res, call);
}

/** The API: echoes the `Authorization` it got, refusing a request without a bearer token. */
export const widgetEndpoint: Handler = (req, res, call) => {
  const auth = String(req.headers.authorization ?? '');
  if (!auth.startsWith('Bearer ')) return json(401, { error: 'no token' })(req, res, call);
  return json(200, { id: req.path.split('/').pop(), auth })(req, res, call);
};

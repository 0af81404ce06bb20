/**
 * A one-endpoint API authenticated by OAuth2 client credentials, for the OAuth tests (test/oauth-*.test.ts and their
 * Python twins): its spec, a Stainless config naming the client ID and secret options, the 127.0.0.1 server's token
 * and API endpoints, and its TypeScript SDK generated and imported.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/generate';
import type { Api } from '../../generator/ir/types';
import { json, type Handler } from '../runtime/helpers/server';
import { tempDir, writeFiles } from './sdk';

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

/**
 * The API of the token tests: refuses (401, with `headers`) a request without a bearer token or with one `refused`
 * names; else echoes the `Authorization` it got.
 */
export function refusingWidgets(refused: (token: string) => boolean, headers: Record<string, string> = {}): Handler {
  return (req, res, call) => {
    const auth = String(req.headers.authorization ?? '');
    if (!auth.startsWith('Bearer ') || refused(auth.slice('Bearer '.length)))
      return json(401, { error: 'invalid token' }, headers)(req, res, call);
    return json(200, { id: req.path.split('/').pop(), auth })(req, res, call);
  };
}

/** The error a call was rejected with (its `status`), or null when it succeeded. */
export const failure = (promise: Promise<unknown>): Promise<{ status?: number } | null> =>
  promise.then(
    () => null,
    (error: unknown) => error as { status?: number },
  );

/**
 * The TypeScript SDK of `spec` (with the Stainless config OAUTH_CONFIG unless `config` is false), written into a new
 * folder of test/.tmp (`tempDir`) and imported: its IR, its folder, its `Acme` class and its modules' exports.
 */
export async function oauthTypeScriptSdk<Client>(
  prefix: string,
  spec: object,
  { config = true }: { config?: boolean } = {},
): Promise<{ api: Api; dir: string; Acme: new (options: object) => Client; exports: Record<string, unknown> }> {
  const dir = tempDir(prefix);
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
  if (config) writeFileSync(path.join(dir, 'stainless.yml'), OAUTH_CONFIG);
  const result = await generate({
    spec: path.join(dir, 'spec.json'),
    ...(config ? { config: path.join(dir, 'stainless.yml') } : {}),
    referenceDocs: false,
  });
  writeFiles(dir, result.files);
  const exports = (await import(pathToFileURL(path.join(dir, 'src/index.ts')).href)) as Record<string, unknown>;
  return { api: result.api, dir, Acme: exports.Acme as new (options: object) => Client, exports };
}

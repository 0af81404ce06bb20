/**
 * OAuth2 client credentials from a spec alone (no Stainless config), in the TypeScript client: a spec's `oauth2` scheme
 * with a `clientCredentials` flow gives the access token option it always gave (a token given is sent, and nothing is
 * exchanged: the SDK's own tests keep passing one against a mock server) and a client ID and secret beside it, exchanged
 * at the flow's token URL when no token is given. Also: a call's own `Authorization` header is what the call sends (no
 * token is fetched for it, and its 401 drops none), and a token exchanged in place of a refused one is dropped for its
 * own 401 (the next call exchanges anew). Against a real 127.0.0.1 token endpoint and API; the SDK under tsc --strict.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../generator/ir/types';
import { generate } from '../generator/generate';
import { STRICT_OPTIONS, runTsc, sdkModuleSyntax, sdkPaths, tempDir } from './helpers/sdk';
import { failure, oauthSpec, oauthTypeScriptSdk, refusingWidgets, tokenEndpoint } from './helpers/oauth';
import { TestServer } from './runtime/helpers/server';

const server = new TestServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

interface Client {
  widgets: {
    retrieve(id: string, options?: { headers?: Record<string, string | null> }): Promise<{ id: string; auth: string }>;
  };
}
type ClientClass = new (options: object) => Client;

/** The spec of test/helpers/oauth.ts, its security asking for the `read` scope; with the Stainless config or without. */
async function sdkFor(config: boolean): Promise<{ api: Api; dir: string; Acme: ClientClass }> {
  const spec = oauthSpec('/oauth/token') as { security: unknown };
  spec.security = [{ OAuth2: ['read'] }];
  return oauthTypeScriptSdk<Client>('oauth-spec-only', spec, { config });
}

describe('OAuth2 client credentials from the spec alone, TypeScript', () => {
  let spec: Awaited<ReturnType<typeof sdkFor>>;
  let config: Awaited<ReturnType<typeof sdkFor>>;
  beforeAll(async () => {
    spec = await sdkFor(false);
    config = await sdkFor(true);
  }, 120_000);

  it('offers the access token and, beside it, a client ID and secret for the flow; type-checks under --strict', async () => {
    expect(spec.api.auth.map((a) => [a.kind, a.name])).toEqual([
      ['bearer', 'OAuth2'],
      ['basic', 'OAuth2'],
    ]);
    const [token, pair] = spec.api.auth;
    expect(token.kind === 'bearer' && [token.option, token.envVar, token.required]).toEqual([
      'accessToken',
      'ACME_ACCESS_TOKEN',
      false,
    ]);
    expect(pair.kind === 'basic' && [pair.usernameOption, pair.passwordOption]).toEqual(['clientID', 'clientSecret']);
    expect(pair.kind === 'basic' && [pair.usernameEnvVar, pair.passwordEnvVar]).toEqual([
      'ACME_CLIENT_ID',
      'ACME_CLIENT_SECRET',
    ]);
    // The scopes the security requirements name are asked for.
    expect(pair.kind === 'basic' && pair.clientCredentials).toEqual({
      tokenUrl: '/oauth/token',
      credentialsIn: 'header',
      scopes: ['read'],
    });
    const project = path.join(spec.dir, 'tsconfig.strict.json');
    writeFileSync(
      project,
      JSON.stringify({
        compilerOptions: { ...STRICT_OPTIONS, ...sdkModuleSyntax(spec.dir), ...sdkPaths(spec.dir), types: [] },
        include: ['src'],
      }),
    );
    const tsc = runTsc(project);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('another flow alone keeps the access token alone; a clientCredentials flow without a tokenUrl warns', async () => {
    const authorizationCode = { authorizationUrl: 'https://a.test/auth', tokenUrl: 'https://a.test/token', scopes: {} };
    for (const [flows, kinds, warned] of [
      [{ authorizationCode }, ['bearer'], 0],
      [
        { authorizationCode, clientCredentials: { tokenUrl: 'https://a.test/token', scopes: {} } },
        ['bearer', 'basic'],
        0,
      ],
      [{ clientCredentials: { scopes: {} } }, ['bearer'], 1],
    ] as const) {
      const dir = tempDir('oauth-spec-only-flows');
      const spec = oauthSpec('unused') as { components: { securitySchemes: { OAuth2: { flows: unknown } } } };
      spec.components.securitySchemes.OAuth2.flows = flows;
      writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
      const result = await generate({ spec: path.join(dir, 'spec.json'), referenceDocs: false });
      expect(result.api.auth.map((a) => a.kind)).toEqual(kinds);
      const warnings = result.diagnostics.warnings.filter((w) => w.code === 'oauth-client-credentials');
      expect(warnings).toHaveLength(warned);
      if (warned) expect(warnings[0].message).toContain('no tokenUrl');
    }
  });

  it('a second clientCredentials scheme keeps its access token alone, and says so at its flow', async () => {
    const dir = tempDir('oauth-spec-only-second');
    const spec = oauthSpec('https://a.test/token') as {
      security: unknown;
      components: { securitySchemes: Record<string, unknown> };
    };
    const flows = { clientCredentials: { tokenUrl: 'https://b.test/token', scopes: {} } };
    spec.components.securitySchemes.Partner = { type: 'oauth2', flows };
    spec.components.securitySchemes.Code = {
      type: 'oauth2',
      flows: { authorizationCode: { authorizationUrl: 'https://c.test/a', tokenUrl: 'https://c.test/t', scopes: {} } },
    };
    spec.security = [{ OAuth2: [] }, { Partner: [] }, { Code: [] }];
    writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
    const result = await generate({ spec: path.join(dir, 'spec.json'), referenceDocs: false });
    expect(result.api.auth.map((a) => [a.kind, a.name])).toEqual([
      ['bearer', 'OAuth2'],
      ['basic', 'OAuth2'],
      ['bearer', 'Partner'],
      ['bearer', 'Code'],
    ]);
    const warnings = result.diagnostics.warnings.filter((w) => w.code === 'oauth-client-credentials');
    expect(warnings.map((w) => w.pointer)).toEqual(['#/components/securitySchemes/Partner/flows/clientCredentials']);
    expect(warnings[0]!.message).toContain('"OAuth2"');
  });

  it('a token given is sent and nothing exchanged; without one, the client ID and secret are', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on(
      'GET /widgets/1',
      refusingWidgets(() => false),
    );
    const both = { clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url };
    const withToken = new spec.Acme({ ...both, accessToken: 'given-token' });
    expect((await withToken.widgets.retrieve('1')).auth).toBe('Bearer given-token');
    expect(server.received('POST /oauth/token')).toHaveLength(0);

    const exchanging = new spec.Acme({ ...both, accessToken: null });
    expect((await exchanging.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    expect((await exchanging.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    const exchanges = server.received('POST /oauth/token');
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0].headers.authorization).toBe(`Basic ${Buffer.from('my-id:my-secret').toString('base64')}`);
    expect(new URLSearchParams(exchanges[0].body.toString()).get('scope')).toBe('read');
    expect(new URLSearchParams(exchanges[0].body.toString()).get('grant_type')).toBe('client_credentials');

    // Neither: no credential is sent, and the API's 401 is thrown.
    const none = new spec.Acme({ accessToken: null, clientID: null, clientSecret: null, baseURL: server.url });
    expect((await failure(none.widgets.retrieve('1')))?.status).toBe(401);
    expect(server.received('POST /oauth/token')).toHaveLength(1);
  });

  it("a call's own Authorization header is sent: no token fetched for it, and its 401 drops the held token not", async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on(
      'GET /widgets/1',
      refusingWidgets((token) => token === 'callers-own'),
    );
    const client = new config.Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url });
    const own = { headers: { Authorization: 'Bearer callers-own' } };
    // Before any token: none is fetched for the call.
    expect((await failure(client.widgets.retrieve('1', own)))?.status).toBe(401);
    expect(server.received('POST /oauth/token')).toHaveLength(0);
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    // With a token held: the call's 401 (for its own header) neither drops it nor sends the call again with it.
    expect((await failure(client.widgets.retrieve('1', own)))?.status).toBe(401);
    const sent = server.received('GET /widgets/1').map((r) => r.headers.authorization);
    expect(sent).toEqual(['Bearer callers-own', 'Bearer token-1', 'Bearer callers-own']);
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    expect(server.received('POST /oauth/token')).toHaveLength(1);
    // A header removed by the call (null) sends no token either.
    expect((await failure(client.widgets.retrieve('1', { headers: { Authorization: null } })))?.status).toBe(401);
    expect(server.received('GET /widgets/1').at(-1)?.headers.authorization).toBeUndefined();
    expect(server.received('POST /oauth/token')).toHaveLength(1);
  });

  it('a token exchanged in place of a refused one is dropped for its own 401: the next call exchanges anew', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    const refused = new Set(['token-1', 'token-2']);
    server.on(
      'GET /widgets/1',
      refusingWidgets((token) => refused.has(token)),
    );
    const client = new config.Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url });
    // token-1 refused, token-2 exchanged in its place and refused too: the 401 is thrown (no third exchange).
    expect((await failure(client.widgets.retrieve('1')))?.status).toBe(401);
    expect(server.received('POST /oauth/token')).toHaveLength(2);
    // token-2 was not kept: the next call exchanges token-3, which the API takes.
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-3');
    const sent = server.received('GET /widgets/1').map((r) => r.headers.authorization);
    expect(sent).toEqual(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
  });
});

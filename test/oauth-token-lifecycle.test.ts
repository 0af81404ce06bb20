/**
 * OAuth2 client credentials in the TypeScript client, beyond the first exchange (test/oauth-client-credentials.test.ts):
 * the API's 401 for the token a call sent drops it and sends the call again with a new one, once (never in a loop,
 * not without retries left, not against `x-should-retry: false`; a new token refused too is dropped); copies of a client (`withOptions`) share its token
 * when their credentials and base URL are the same, and only then; credentials outside Latin-1 are sent as UTF-8 (as
 * HTTP Basic, where `btoa` alone throws). Against a real 127.0.0.1 server.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../generator/ir/types';
import { generate } from '../generator/generate';
import { tempDir, writeFiles } from './helpers/sdk';
import { failure, OAUTH_CONFIG, oauthSpec, oauthTypeScriptSdk, refusingWidgets, tokenEndpoint } from './helpers/oauth';
import { json, TestServer } from './runtime/helpers/server';

const server = new TestServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

type ClientClass = new (options: object) => Client;
interface Client {
  widgets: { retrieve(id: string): Promise<{ id: string; auth: string }> };
  withOptions(options: object): Client;
}

/** Generates the SDK of `oauthSpec(tokenUrl)` (with the Stainless config unless `config` is false) and imports it. */
async function sdkFor(
  tokenUrl: string,
  { config = true, extra = {} }: { config?: boolean; extra?: Record<string, unknown> } = {},
): Promise<{ api: Api; dir: string; Acme: ClientClass; errors: Record<string, unknown> }> {
  const sdk = await oauthTypeScriptSdk<Client>('oauth-lifecycle', oauthSpec(tokenUrl, extra), { config });
  return { api: sdk.api, dir: sdk.dir, Acme: sdk.Acme, errors: sdk.exports };
}

describe('OAuth2 client credentials, TypeScript: renewal, copies, UTF-8', () => {
  let Acme: ClientClass;
  beforeAll(async () => {
    ({ Acme } = await sdkFor('/oauth/token'));
  }, 120_000);

  it("the API's 401 for the token sent drops it and retries the call with a new one, once", async () => {
    server.reset();
    const revoked = new Set<string>();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on(
      'GET /widgets/1',
      refusingWidgets((token) => revoked.has(token)),
    );
    const client = new Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url });
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    // Revoked before it expires: both calls made at once were refused it, and share the one new token.
    revoked.add('token-1');
    const both = await Promise.all([client.widgets.retrieve('1'), client.widgets.retrieve('1')]);
    expect(both.map((w) => w.auth)).toEqual(['Bearer token-2', 'Bearer token-2']);
    expect(server.received('POST /oauth/token')).toHaveLength(2);
    const sent = server.received('GET /widgets/1').map((r) => r.headers.authorization);
    expect(sent).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-1', 'Bearer token-2', 'Bearer token-2']);
    // The new token kept: the next call exchanges nothing.
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-2');
    expect(server.received('POST /oauth/token')).toHaveLength(2);
  });

  it('no loop: a new token refused too is the 401 thrown, and dropped (the next call exchanges anew)', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    let refuse = false;
    server.on(
      'GET /widgets/1',
      refusingWidgets(() => refuse),
    );
    const client = new Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url });
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    refuse = true;
    expect((await failure(client.widgets.retrieve('1')))?.status).toBe(401);
    // token-1 refused, token-2 exchanged and refused: the call sent twice, two exchanges in all.
    expect(server.received('POST /oauth/token')).toHaveLength(2);
    expect(server.received('GET /widgets/1')).toHaveLength(3);
    // token-2 was refused too and not kept: the next call exchanges token-3, and once refused, token-4; then throws.
    expect((await failure(client.widgets.retrieve('1')))?.status).toBe(401);
    expect(server.received('POST /oauth/token')).toHaveLength(4);
    expect(server.received('GET /widgets/1').map((r) => r.headers.authorization)).toEqual(
      ['token-1', 'token-1', 'token-2', 'token-3', 'token-4'].map((t) => `Bearer ${t}`),
    );
  });

  it('without retries left, or against x-should-retry: false, the 401 is thrown and the token kept', async () => {
    for (const [options, headers] of [
      [{ maxRetries: 0 }, {}],
      [{}, { 'x-should-retry': 'false' }],
    ] as const) {
      server.reset();
      server.on('POST /oauth/token', tokenEndpoint(3600));
      let refuse = false;
      server.on(
        'GET /widgets/1',
        refusingWidgets(() => refuse, headers),
      );
      const client = new Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url, ...options });
      await client.widgets.retrieve('1');
      refuse = true;
      expect((await failure(client.widgets.retrieve('1')))?.status).toBe(401);
      refuse = false;
      expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
      expect(server.received('POST /oauth/token')).toHaveLength(1);
      expect(server.received('GET /widgets/1')).toHaveLength(3);
    }
  });

  it("a copy (withOptions) uses its client's token when its credentials and base URL are the same, and only then", async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on(
      'GET /widgets/1',
      refusingWidgets(() => false),
    );
    const client = new Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url });
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    const copy = client.withOptions({ timeout: 5_000 });
    expect((await copy.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    // A copy of the copy, too.
    expect((await copy.withOptions({ maxRetries: 1 }).widgets.retrieve('1')).auth).toBe('Bearer token-1');
    expect(server.received('POST /oauth/token')).toHaveLength(1);

    // Other credentials: a token of their own, exchanged with them.
    const other = client.withOptions({ clientSecret: 'other-secret' });
    expect((await other.widgets.retrieve('1')).auth).toBe('Bearer token-2');
    const exchanges = server.received('POST /oauth/token');
    expect(exchanges).toHaveLength(2);
    expect(exchanges[1].headers.authorization).toBe(`Basic ${Buffer.from('my-id:other-secret').toString('base64')}`);
    // Another base URL (the token URL is relative to it): another token.
    const elsewhere = client.withOptions({ baseURL: `${server.url}/` });
    expect((await elsewhere.widgets.retrieve('1')).auth).toBe('Bearer token-3');
    // The first client still has its own.
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    // A client made anew is no copy: its own exchange.
    const anew = new Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url });
    expect((await anew.widgets.retrieve('1')).auth).toBe('Bearer token-4');
    expect(server.received('POST /oauth/token')).toHaveLength(4);
  });

  it('credentials outside Latin-1 reach the token URL as UTF-8 HTTP Basic credentials', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on(
      'GET /widgets/1',
      refusingWidgets(() => false),
    );
    const client = new Acme({ clientID: 'clïent-✓', clientSecret: '秘密-🔑', baseURL: server.url });
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    const [exchange] = server.received('POST /oauth/token');
    expect(exchange.headers.authorization).toBe(`Basic ${Buffer.from('clïent-✓:秘密-🔑', 'utf8').toString('base64')}`);
  });

  it('HTTP Basic auth (no exchange) sends credentials outside Latin-1 as UTF-8 too', async () => {
    const dir = tempDir('oauth-lifecycle-basic');
    const spec = oauthSpec('unused') as { components: { securitySchemes: Record<string, unknown> }; security: unknown };
    spec.components.securitySchemes = { Basic: { type: 'http', scheme: 'basic' } };
    spec.security = [{ Basic: [] }];
    writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
    const result = await generate({ spec: path.join(dir, 'spec.json'), referenceDocs: false });
    writeFiles(dir, result.files);
    const sdk = (await import(pathToFileURL(path.join(dir, 'src/index.ts')).href)) as Record<string, unknown>;
    server.reset();
    server.on('GET /widgets/1', (req, res, call) =>
      json(200, { id: '1', auth: String(req.headers.authorization) })(req, res, call),
    );
    const client = new (sdk.Acme as ClientClass)({ username: 'üser', password: 'пароль-✓', baseURL: server.url });
    expect((await client.widgets.retrieve('1')).auth).toBe(
      `Basic ${Buffer.from('üser:пароль-✓', 'utf8').toString('base64')}`,
    );
  });

  it("a key of a client option's `auth` other than security_scheme and role warns with its line, and is ignored", async () => {
    const dir = tempDir('oauth-lifecycle-auth-keys');
    writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(oauthSpec('https://auth.acme.test/oauth/token')));
    const config = OAUTH_CONFIG.replace(
      '        role: client_id\n',
      '        role: client_id\n        token_url: https://elsewhere.test/token\n',
    );
    expect(config).not.toBe(OAUTH_CONFIG);
    writeFileSync(path.join(dir, 'stainless.yml'), config);
    const result = await generate({
      spec: path.join(dir, 'spec.json'),
      config: path.join(dir, 'stainless.yml'),
      referenceDocs: false,
    });
    const line = config.split('\n').findIndex((l) => l.includes('token_url:')) + 1;
    const warned = result.diagnostics.warnings.filter((w) => w.message.includes('not supported by sdkgen'));
    expect(warned.map((w) => w.line)).toEqual([line]);
    expect(JSON.stringify(warned[0])).toContain('client_settings.opts.client_id.auth.token_url');
    // The spec's token URL is the one used.
    const [scheme] = result.api.auth;
    expect(scheme.kind === 'basic' && scheme.clientCredentials?.tokenUrl).toBe('https://auth.acme.test/oauth/token');
  });
});

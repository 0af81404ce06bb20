/**
 * OAuth2 client credentials (RFC 6749 §4.4): a spec's `oauth2` scheme with `flows.clientCredentials.tokenUrl`, and a
 * Stainless config whose client options are its client ID (`auth.role: client_id`) and secret (`client_secret`). The
 * TypeScript client posts `grant_type=client_credentials` (form-encoded; the two as HTTP Basic credentials, or as form
 * fields where the flow says `x-token-endpoint-auth-method: client_secret_post`) to the token URL, keeps the token
 * until shortly before `expires_in`, sends it as `Authorization: Bearer`, fetches another once it has expired, and
 * throws the token URL's error response as the SDK's API error. All against a real 127.0.0.1 server; the SDK under
 * tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/oauth-token-lifecycle.test.ts samples OAuth2 (docs/contributing.md, "What `npm test` samples").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../generator/ir/types';
import { generate } from '../generator/generate';
import { STRICT_OPTIONS, runTsc, sdkModuleSyntax, sdkPaths, tempDir, writeFiles } from './helpers/sdk';
import { runGeneratedTests } from './helpers/generated-tests';
import { OAUTH_CONFIG, oauthSpec, tokenEndpoint, widgetEndpoint } from './helpers/oauth';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const server = new TestServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

async function sdkFor(
  tokenUrl: string,
  extra: Record<string, unknown> = {},
): Promise<{ api: Api; dir: string; sdk: Record<string, new (options: object) => unknown> }> {
  const dir = tempDir('oauth-ts');
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(oauthSpec(tokenUrl, extra)));
  writeFileSync(path.join(dir, 'stainless.yml'), OAUTH_CONFIG);
  const result = await generate({
    spec: path.join(dir, 'spec.json'),
    config: path.join(dir, 'stainless.yml'),
    referenceDocs: false,
  });
  writeFiles(dir, result.files);
  const sdk = (await import(pathToFileURL(path.join(dir, 'src/index.ts')).href)) as Record<
    string,
    new (options: object) => unknown
  >;
  return { api: result.api, dir, sdk };
}

interface Widgets {
  widgets: { retrieve(id: string): Promise<{ id: string; auth: string }> };
}

describe.runIf(SLOW_FULL)('OAuth2 client credentials, TypeScript', () => {
  it('reads the config into the IR: a pair exchanged at the token URL, never sent', async () => {
    const { api } = await sdkFor('https://auth.acme.test/oauth/token');
    expect(api.auth).toHaveLength(1);
    const [scheme] = api.auth;
    expect(scheme.kind).toBe('basic');
    if (scheme.kind !== 'basic') return;
    expect(scheme.usernameOption).toBe('clientID');
    expect(scheme.passwordOption).toBe('clientSecret');
    expect(scheme.clientCredentials).toEqual({
      tokenUrl: 'https://auth.acme.test/oauth/token',
      credentialsIn: 'header',
      scopes: [],
    });
  });

  it('warns, with the line, where the scheme has no clientCredentials flow or tokenUrl: the option is a bearer token', async () => {
    for (const [flows, message] of [
      [
        {
          authorizationCode: { authorizationUrl: 'https://a.test/auth', tokenUrl: 'https://a.test/token', scopes: {} },
        },
        'no clientCredentials flow',
      ],
      [{ clientCredentials: { scopes: {} } }, 'has no tokenUrl'],
    ] as const) {
      const dir = tempDir('oauth-ts-warn');
      const spec = oauthSpec('unused') as { components: { securitySchemes: { OAuth2: { flows: unknown } } } };
      spec.components.securitySchemes.OAuth2.flows = flows;
      writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
      writeFileSync(path.join(dir, 'stainless.yml'), OAUTH_CONFIG);
      const result = await generate({ spec: path.join(dir, 'spec.json'), config: path.join(dir, 'stainless.yml') });
      const warnings = result.diagnostics.warnings.filter((w) => w.code === 'stainless-auth');
      expect(warnings.map((w) => w.message)).toEqual([
        expect.stringContaining(message),
        expect.stringContaining(message),
      ]);
      // At the lines of the two options' `auth.security_scheme`.
      const lines = OAUTH_CONFIG.split('\n').flatMap((l, i) => (l.includes('security_scheme: OAuth2') ? [i + 1] : []));
      expect(lines).toHaveLength(2);
      expect(warnings.map((w) => w.line)).toEqual(lines);
      expect(result.api.auth.map((a) => a.kind)).toEqual(['bearer', 'bearer']);
    }
  });

  it('fetches a token once and reuses it, Basic credentials in a form POST; type-checks under --strict', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on('GET /widgets/1', widgetEndpoint);
    server.on('GET /widgets/2', widgetEndpoint);
    const { dir, sdk } = await sdkFor(`${server.url}/oauth/token`);
    const client = new sdk.Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url }) as Widgets;
    expect(await client.widgets.retrieve('1')).toEqual({ id: '1', auth: 'Bearer token-1' });
    expect(await client.widgets.retrieve('2')).toEqual({ id: '2', auth: 'Bearer token-1' });
    const exchanges = server.received('POST /oauth/token');
    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges;
    expect(exchange.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(exchange.headers.authorization).toBe(`Basic ${Buffer.from('my-id:my-secret').toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(exchange.body.toString()))).toEqual({
      grant_type: 'client_credentials',
    });
    // The API never sees the client's own credentials.
    for (const request of server.received('GET /widgets/1'))
      expect(request.headers.authorization).toBe('Bearer token-1');

    const project = path.join(dir, 'tsconfig.strict.json');
    writeFileSync(
      project,
      JSON.stringify({
        compilerOptions: { ...STRICT_OPTIONS, ...sdkModuleSyntax(dir), ...sdkPaths(dir), types: [] },
        include: ['src'],
      }),
    );
    const tsc = runTsc(project);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  }, 300_000);

  it('a token that has expired is exchanged again, once for calls at once', async () => {
    server.reset();
    // expires_in 0: expired as soon as it is used, without waiting on a clock.
    server.on('POST /oauth/token', tokenEndpoint(0));
    server.on('GET /widgets/1', widgetEndpoint);
    const { sdk } = await sdkFor(`${server.url}/oauth/token`);
    const client = new sdk.Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url }) as Widgets;
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-2');
    // Calls made at once share one exchange.
    const both = await Promise.all([client.widgets.retrieve('1'), client.widgets.retrieve('1')]);
    expect(both.map((w) => w.auth)).toEqual(['Bearer token-3', 'Bearer token-3']);
    expect(server.received('POST /oauth/token')).toHaveLength(3);
  });

  it("the token URL's 401 is the SDK's API error, and the call is not sent", async () => {
    server.reset();
    server.on('POST /oauth/token', json(401, { error: 'invalid_client' }));
    server.on('GET /widgets/1', widgetEndpoint);
    const { sdk } = await sdkFor(`${server.url}/oauth/token`);
    const client = new sdk.Acme({ clientID: 'my-id', clientSecret: 'wrong', baseURL: server.url }) as Widgets;
    const error = await client.widgets.retrieve('1').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sdk.AuthenticationError as unknown as new () => unknown);
    expect((error as { status: number }).status).toBe(401);
    expect(server.received('GET /widgets/1')).toHaveLength(0);
    // Not kept: the next call exchanges again.
    server.on('POST /oauth/token', tokenEndpoint(3600));
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
  });

  it('sends the ID and secret as form fields with client_secret_post, to a token URL relative to the base URL', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(null));
    server.on('GET /widgets/1', widgetEndpoint);
    const { sdk } = await sdkFor('/oauth/token', {
      'x-token-endpoint-auth-method': 'client_secret_post',
      'x-scopes': ['read'],
    });
    const client = new sdk.Acme({ clientID: 'my-id', clientSecret: 'my-secret', baseURL: server.url }) as Widgets;
    expect((await client.widgets.retrieve('1')).auth).toBe('Bearer token-1');
    const [exchange] = server.received('POST /oauth/token');
    expect(exchange.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(exchange.body.toString()))).toEqual({
      grant_type: 'client_credentials',
      scope: 'read',
      client_id: 'my-id',
      client_secret: 'my-secret',
    });
  });

  it('the pair may be null: without it no token is asked for and no Authorization sent', async () => {
    server.reset();
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on('GET /widgets/1', json(200, { id: '1' }));
    const { api, sdk } = await sdkFor(`${server.url}/oauth/token`);
    const [scheme] = api.auth;
    expect(scheme.kind === 'basic' && [scheme.usernameRequired, scheme.passwordRequired]).toEqual([false, false]);
    for (const options of [{}, { clientID: 'my-id' }, { clientSecret: 'my-secret' }]) {
      const client = new sdk.Acme({ ...options, baseURL: server.url }) as Widgets;
      expect((await client.widgets.retrieve('1')).id).toBe('1');
    }
    expect(server.received('POST /oauth/token')).toHaveLength(0);
    const sent = server.received('GET /widgets/1');
    expect(sent).toHaveLength(3);
    for (const request of sent) expect(request.headers.authorization).toBeUndefined();
  });

  it("the SDK's client tests (tests/index.test.ts) leave the pair out and pass under Node", async () => {
    const dir = tempDir('oauth-ts-client-tests');
    writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(oauthSpec('https://auth.acme.test/oauth/token')));
    writeFileSync(path.join(dir, 'stainless.yml'), OAUTH_CONFIG);
    const result = await generate({
      spec: path.join(dir, 'spec.json'),
      config: path.join(dir, 'stainless.yml'),
      referenceDocs: false,
    });
    // (The resources' tests need the mock server: only the client's here.)
    writeFiles(
      dir,
      result.files.filter((f) => !f.path.startsWith('tests/api-resources/')),
    );
    const tests = result.files.find((f) => f.path === 'tests/index.test.ts')!.contents;
    // The mocked fetch of these tests would answer the token POST: no client of theirs is given the pair.
    expect(tests).not.toMatch(/clientID: 'My Client ID'|clientSecret:/);
    const run = await runGeneratedTests(dir, 'http://127.0.0.1:9');
    const declared = tests.match(/^\s*it\(/gm)?.length ?? 0;
    expect(declared).toBeGreaterThan(10);
    expect(run.failed, run.text).toEqual([]);
    expect(run.summary).toBe(`${declared} passed, 0 failed, 0 skipped`);
  }, 120_000);
});

/**
 * The client's surface as Stainless's SDKs declared it, which code written against them uses: a client option with
 * a `default:` is optional (the value given, else its environment variable, else the default), one that is
 * `nullable: true` accepts `null` (no value: its credential is not sent), every client option is a public field of
 * the client (one sent nowhere too), and `APIResource._client` is typed as the SDK's client, so a hand-written
 * resource reads those fields. Type-checked under tsc --strict and called against a real 127.0.0.1 server.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const LIST_FILES = {
  get: {
    operationId: 'listFiles',
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
      },
    },
  },
};

// A basic scheme whose password the API ignores: the config gives it a placeholder default, and lets it be null.
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Pictures', version: '1' },
  servers: [{ url: 'https://pictures.test' }],
  security: [{ basicAuth: [], tenantKey: [] }],
  paths: { '/files': LIST_FILES },
  components: {
    securitySchemes: {
      basicAuth: { type: 'http', scheme: 'basic' },
      tenantKey: { type: 'apiKey', in: 'header', name: 'X-Tenant-Key' },
    },
  },
};

const CONFIG = `organization: { name: pictures }
targets:
  typescript:
    package_name: pictures
client_settings:
  opts:
    private_key:
      type: string
      read_env: PICTURES_PRIVATE_KEY
      auth: { security_scheme: basicAuth, role: username }
    password:
      type: string
      read_env: PICTURES_PASSWORD
      default: do_not_set
      nullable: true
      auth: { security_scheme: basicAuth, role: password }
    tenant_key:
      type: string
      default: public
      auth: { security_scheme: tenantKey }
    region:
      type: string
      read_env: PICTURES_REGION
      default: eu
      send_in_header: X-Region
    webhook_secret:
      type: string
      read_env: PICTURES_WEBHOOK_SECRET
      nullable: true
resources:
  files:
    methods:
      list: get /files
`;

// The calls code written against Stainless's SDK makes, and a resource written by hand.
const CONSUMER = `import Pictures from './src/index.js';
import { APIResource } from './src/core/resource.js';

const client = new Pictures({ privateKey: 'private_1' });
const anonymous = new Pictures({ privateKey: 'private_1', password: null });
const key: string = client.privateKey;
const password: string | null = anonymous.password;
const region: string = client.region;
// Not nullable, with a default: always a string.
const tenant: string = client.tenantKey;
void tenant;
const secret: string | null = client.webhookSecret;
void [key, password, region, secret];
// @ts-expect-error: an option that has no default and is not nullable holds a string
const none: null = client.privateKey;
void none;

export class Signatures extends APIResource {
  signedBy(): string {
    return \`\${this._client.privateKey}:\${this._client.password ?? '-'}:\${this._client.webhookSecret ?? '-'}\`;
  }
  listThroughClient() {
    return this._client.files.list();
  }
}
void new Signatures(client).signedBy();
`;

// The same API without a Stainless config: sdkgen's own layout, whose resources hold the resource-less core.
const PLAIN_SPEC = {
  ...SPEC,
  security: [{ bearerAuth: [] }],
  components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
};

const PLAIN_CONSUMER = `import { PicturesCore } from './src/client-core.js';
import { APIResource } from './src/core/resource.js';
import { Files } from './src/resources/files.js';

export class Tokens extends APIResource {
  token(): string {
    return this._client.apiKey;
  }
}
void new Tokens(new PicturesCore({ apiKey: 'k' })).token();
void new Files(new PicturesCore({ apiKey: 'k' })).list();
`;

const server = new TestServer();
let root = '';
let sdk = '';
let plain = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-client-surface');
  const result = await generateFrom(root, SPEC, CONFIG, { format: false });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  writeFileSync(path.join(sdk, 'consumer.ts'), CONSUMER);
  const plainDir = path.join(root, 'plain');
  const plainResult = await generateFrom(root, PLAIN_SPEC, null, { format: false });
  plain = plainDir;
  writeFiles(plain, plainResult.files);
  writeFileSync(path.join(plain, 'consumer.ts'), PLAIN_CONSUMER);
});
afterEach(() => {
  delete process.env.PICTURES_PASSWORD;
  delete process.env.PICTURES_REGION;
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

describe('client options as Stainless declared them', () => {
  it('type-check under tsc --strict: a defaulted option left out, null for a nullable one, options as fields, _client as the client', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('a default applies when neither the option nor its environment variable is set; the variable wins over it, the option over both', async () => {
    server.on('GET /files', json(200, { ok: true }));
    const { Pictures } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const defaulted = new Pictures({ baseURL: server.url, privateKey: 'private_1' });
    expect(defaulted.password).toBe('do_not_set');
    expect(defaulted.region).toBe('eu');
    await defaulted.files.list();
    process.env.PICTURES_PASSWORD = 'from_env';
    process.env.PICTURES_REGION = 'us';
    await new Pictures({ baseURL: server.url, privateKey: 'private_1' }).files.list();
    await new Pictures({ baseURL: server.url, privateKey: 'private_1', password: 'given', region: 'ap' }).files.list();
    const [byDefault, byEnv, byOption] = server.received('GET /files');
    expect(byDefault.headers.authorization).toBe(basic('private_1:do_not_set'));
    expect(byDefault.headers['x-region']).toBe('eu');
    expect(byDefault.headers['x-tenant-key']).toBe('public');
    expect(byEnv.headers.authorization).toBe(basic('private_1:from_env'));
    expect(byEnv.headers['x-region']).toBe('us');
    expect(byOption.headers.authorization).toBe(basic('private_1:given'));
    expect(byOption.headers['x-region']).toBe('ap');
  });

  it('null for a nullable credential is no value: no Authorization header is sent', async () => {
    server.on('GET /files', json(200, { ok: true }));
    const { Pictures } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    process.env.PICTURES_PASSWORD = 'from_env';
    const client = new Pictures({ baseURL: server.url, privateKey: 'private_1', password: null });
    expect(client.password).toBeNull();
    await client.files.list();
    const [request] = server.received('GET /files').slice(-1);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-tenant-key']).toBe('public');
  });

  it("the README's authentication table says which option is required and what a default is", () => {
    const readme = readFileSync(path.join(sdk, 'README.md'), 'utf8');
    expect(readme).toMatch(/\| `privateKey` +\| `PICTURES_PRIVATE_KEY` \| required +\|/);
    expect(readme).toMatch(/\| `password` +\| `PICTURES_PASSWORD` +\| optional, defaults to `'do_not_set'` \|/);
  });

  it('an option without a default that is not nullable is still required', async () => {
    const { Pictures } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    expect(() => new Pictures({ baseURL: server.url })).toThrow(/PICTURES_PRIVATE_KEY/);
  });

  it('a hand-written resource reads the client options through this._client', async () => {
    const { Pictures } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const { Signatures } = await import(pathToFileURL(path.join(sdk, 'consumer.ts')).href);
    const client = new Pictures({ baseURL: server.url, privateKey: 'private_1', webhookSecret: 'whsec_1' });
    expect(new Signatures(client).signedBy()).toBe('private_1:do_not_set:whsec_1');
  });

  it('an SDK without a Stainless config types _client as its core client: options readable, resources built on a core', () => {
    const { status, output } = typeCheckStrict(plain, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

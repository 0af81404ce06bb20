/**
 * Owners' edits to Stainless's missing-credential check (llamacloud-ts: the API key optional in a browser, where
 * cookies authenticate) are carried by migrate: their condition into sdkgen's core class's check (client-core.ts, an
 * edit regenerating merges; owners/credential-check.ts), with their declaration of the credential's field; the
 * statements they added after Stainless's `const options = {…}` (`credentials: 'include'` in the fetch options) into a
 * constructor of sdkgen's client class, before `super`, on a copy of the caller's options
 * (owners/client-constructor.ts). The SDK made from a Stainless config refuses a missing key outside a browser and
 * accepts it in one (a `window` with a `document`), sending to a 127.0.0.1 server with the cookie credentials mode
 * and without an `Authorization` header.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { STRICT_OPTIONS, generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { runTsc } from '../helpers/run-tsc';
import { SLOW_FULL } from '../helpers/slow-tests';
import { TestServer } from './helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  security: [{ BearerAuth: [] }],
  components: { securitySchemes: { BearerAuth: { type: 'http', scheme: 'bearer' } } },
  paths: {
    '/widgets': {
      get: {
        operationId: 'listWidgets',
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
client_settings:
  opts:
    api_key:
      type: string
      read_env: ACME_API_KEY
      auth:
        security_scheme: BearerAuth
resources:
  widgets:
    methods:
      list: get /widgets
`;

/** Stainless's client (2025), reduced to the members the owners edited: its fields, constructor and `authHeaders`. */
const stainlessClient = `import type { MergedRequestInit } from './internal/types';
import { getPlatformHeaders } from './internal/detect-platform';
import { readEnv } from './internal/utils/env';
import * as Errors from './core/error';
import { buildHeaders, type NullableHeaders } from './internal/headers';
import { FinalRequestOptions } from './internal/request-options';

export interface ClientOptions {
  apiKey?: string | undefined;
  baseURL?: string | null | undefined;
}

/**
 * API Client for interfacing with the Acme API.
 */
export class Acme {
  apiKey: string;

  baseURL: string;
  private _options: ClientOptions;

  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    apiKey = readEnv('ACME_API_KEY'),
    ...opts
  }: ClientOptions = {}) {
    if (apiKey === undefined) {
      throw new Errors.AcmeError(
        "The ACME_API_KEY environment variable is missing or empty; either provide it, or instantiate the Acme client with an apiKey option, like new Acme({ apiKey: 'My API Key' }).",
      );
    }

    const options: ClientOptions = {
      apiKey,
      ...opts,
      baseURL: baseURL || \`https://api.acme.test\`,
    };

    this.baseURL = options.baseURL!;
    this.timeout = options.timeout ?? Acme.DEFAULT_TIMEOUT /* 1 minute */;
    this.fetchOptions = options.fetchOptions;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? Shims.getDefaultFetch();

    this._options = options;

    this.apiKey = apiKey;
  }

  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    return buildHeaders([{ Authorization: \`Bearer \${this.apiKey}\` }]);
  }
}
`;

/** The owners' edits, as llamacloud-ts's client.ts has them. */
const ownersClient = stainlessClient
  .replace(
    "import { getPlatformHeaders } from './internal/detect-platform';",
    "import { getPlatformHeaders, isRunningInBrowser } from './internal/detect-platform';",
  )
  .replace('  apiKey: string;\n', '  apiKey: string | undefined;\n')
  .replace('    if (apiKey === undefined) {\n', '    if (apiKey === undefined && !isRunningInBrowser()) {\n')
  .replace(
    '    };\n\n    this.baseURL',
    `    };

    if (apiKey === undefined && isRunningInBrowser()) {
      options.fetchOptions = { credentials: 'include', ...options.fetchOptions } as MergedRequestInit;
    }

    this.baseURL`,
  )
  .replace(
    '    return buildHeaders([{ Authorization: `Bearer ${this.apiKey}` }]);\n',
    '    if (this.apiKey) {\n      return buildHeaders([{ Authorization: `Bearer ${this.apiKey}` }]);\n    }\n    return undefined;\n',
  );

const server = new TestServer();
let root = '';
let client = '';
let core = '';
let carriedNames: string[] = [];
let needsHand: string[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK is made at run time
let Acme: new (options: object) => any;
/** The RequestInit each request was sent with, as the caller's fetch saw it. */
const sent: RequestInit[] = [];
const spy = (url: string, init: RequestInit) => {
  sent.push(init);
  return fetch(url, init);
};
const savedKey = process.env['ACME_API_KEY'];

beforeAll(async () => {
  delete process.env['ACME_API_KEY'];
  await server.start();
  server.otherwise((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  root = tempDir('carried-credential-check-r34e2');
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const rendered = files.filter((f) => f.path === 'src/client.ts' || f.path === 'src/client-core.ts');
  const plan = planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: ownersClient }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered,
  });
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  [client, core] = [written.get('src/client.ts')!, written.get('src/client-core.ts')!];
  carriedNames = plan.carriedHooks;
  needsHand = plan.needsHand.map((item) => `${item.path}: ${item.reason}`);
  writeFiles(
    path.join(root, 'sdk'),
    files.map((f) => ({ path: f.path, contents: written.get(f.path) ?? f.contents })),
  );
  // Stainless's module the owners' constructor imports `readEnv` from (migrate keeps a stub of it at that path).
  writeFileSync(path.join(root, 'sdk', 'src', 'internal', 'utils', 'env.ts'), "export { readEnv } from '../env.js';\n");
  Acme = ((await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Acme: typeof Acme }).Acme;
}, 120_000);

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
  sent.length = 0;
});

afterAll(async () => {
  if (savedKey !== undefined) process.env['ACME_API_KEY'] = savedKey;
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Runs as in a browser's page: a `window` with a `document`, which Stainless's `isRunningInBrowser` looks for. */
function inBrowser(): void {
  (globalThis as { window?: unknown }).window = { document: {} };
}

describe("the owners' missing-credential check, carried", () => {
  it("is their condition in sdkgen's core class, their field's type with it; the rest in the client's constructor", () => {
    expect(core).toContain('    if (apiKey == null && !isRunningInBrowser()) {\n      throw new AcmeError(');
    expect(core).toContain("import { isRunningInBrowser } from './internal/detect-platform';");
    expect(core).toContain('  apiKey: string | undefined;\n');
    expect(core).toContain('    this.apiKey = apiKey ?? undefined;\n');
    expect(client).not.toContain('declare apiKey');
    expect(client).toContain(
      [
        "    const { apiKey = readEnv('ACME_API_KEY') } = options;",
        '    options = { ...options };',
        '    if (apiKey === undefined && isRunningInBrowser()) {',
        "      options.fetchOptions = { credentials: 'include', ...options.fetchOptions } as MergedRequestInit;",
        '    }',
        '    super(options);',
      ].join('\n'),
    );
    expect(carriedNames).toEqual(
      expect.arrayContaining([
        'src/client-core.ts: apiKey check (from src/client.ts)',
        'src/client-core.ts: apiKey (from src/client.ts)',
      ]),
    );
    expect(needsHand).toEqual([]);
  });

  it('refuses a missing key outside a browser', () => {
    expect(() => new Acme({ baseURL: server.url })).toThrow('The ACME_API_KEY environment variable is missing');
    expect(() => new Acme({ baseURL: server.url, apiKey: null })).toThrow('environment variable is missing');
  });

  it("accepts it in a browser: no Authorization, the cookie credentials mode, a copy's too", async () => {
    inBrowser();
    const given = { baseURL: server.url, fetch: spy };
    const acme = new Acme(given);
    expect(acme.apiKey).toBeUndefined();
    await acme.widgets.list();
    const [request] = server.received('GET /widgets');
    expect(request!.headers['authorization']).toBeUndefined();
    expect(sent[0]!.credentials).toBe('include');
    // The caller's options object is not changed (Stainless's constructor changed its own).
    expect(given).toEqual({ baseURL: server.url, fetch: spy });
    await acme.withOptions({ maxRetries: 0 }).widgets.list();
    expect(sent[1]!.credentials).toBe('include');
  });

  it('sends a key given in a browser as before, without the cookie mode', async () => {
    inBrowser();
    await new Acme({ baseURL: server.url, apiKey: 'k', fetch: spy }).widgets.list();
    expect(server.received('GET /widgets').at(-1)!.headers['authorization']).toBe('Bearer k');
    expect(sent[0]!.credentials).toBeUndefined();
  });

  // A tsc program of its own (a few seconds): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks strictly (Stainless SDKs compile without verbatimModuleSyntax)', () => {
    const sdk = path.join(root, 'sdk');
    const compilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };
    writeFileSync(path.join(sdk, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(runTsc(path.join(sdk, 'tsconfig.check.json')).output).toBe('');
  });
});

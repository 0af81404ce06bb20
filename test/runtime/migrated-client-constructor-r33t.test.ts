/**
 * Owners' edits to Stainless's client constructor are carried by migrate into a constructor of sdkgen's client class
 * (generator/migrate/owners/client-constructor.ts): turbopuffer's kind, a `{region}` placeholder filled in whatever
 * base URL the caller gives (and the client refused when the region and the URL disagree), a fetch of theirs made from
 * an option they added, a default for another. The SDK made from a Stainless config, with the client.ts migrate
 * writes, behaves as the owners' tests say (tests/index.test.ts's region tests) and sends through their fetch to a
 * 127.0.0.1 server; a copy (`withOptions`) is made from the options as the caller gave them.
 *
 * So are their edits to Stainless's request pipeline (turbopuffer's too): their `buildRequest` (the body compressed,
 * a request clock smuggled into the `RequestInit`) is carried whole as an override of sdkgen's, which `makeRequest`
 * builds each attempt through (`buildBody` giving the call's encoded body); the statements they added to Stainless's
 * `makeRequest` (the clock started, handed to `buildRequest`, read once the response came) go into an override of
 * sdkgen's around `super` (owners/request-pipeline.ts); their fields (`readonly baseURL`, `compression: boolean;`) are
 * declared in the class (owners/client-fields.ts). It sends gzip bodies with their header, each attempt built again.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { STRICT_OPTIONS, generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { runTsc } from '../helpers/run-tsc';
import { SLOW_FULL } from '../helpers/slow-tests';
import { TestServer } from './helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://{region}.acme.test', variables: { region: { default: 'eu' } } }],
  paths: {
    '/widgets': {
      get: {
        operationId: 'listWidgets',
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
      post: {
        operationId: 'createWidget',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
            },
          },
        },
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
    region:
      type: string
      nullable: true
      read_env: ACME_REGION
      server_variable: region
    fetch_label:
      type: string
      nullable: true
    compression:
      type: boolean
      nullable: true
resources:
  widgets:
    methods:
      list: get /widgets
      create: post /widgets
`;

/**
 * Stainless's client (2025), as its client.ts has it, reduced to the members the owners edited: its constructor, its
 * options reduced to those it reads, and its request pipeline.
 */
const stainlessClient = `import type { PromiseOrValue, FinalizedRequestInit } from './internal/types';
import { validatePositiveInteger } from './internal/utils/values';
import type { APIResponseProps } from './internal/parse';
import { FinalRequestOptions } from './internal/request-options';
import { readEnv } from './internal/utils/env';
import * as Errors from './core/error';
import { makeFetch } from './lib/fetch';

export interface ClientOptions {
  region?: string | null | undefined;
  fetchLabel?: string | null | undefined;
  baseURL?: string | null | undefined;
}

/**
 * API Client for interfacing with the Acme API.
 */
export class Acme {
  region: string | null;
  baseURL: string;

  private fetch: Fetch;
  private _options: ClientOptions;

  /**
   * API Client for interfacing with the Acme API.
   */
  constructor({
    baseURL = readEnv('ACME_BASE_URL'),
    region = readEnv('ACME_REGION') ?? null,
    ...opts
  }: ClientOptions = {}) {
    const options: ClientOptions = {
      region,
      ...opts,
      baseURL: baseURL || \`https://\${region}.acme.test\`,
    };

    this.baseURL = options.baseURL!;
    this.timeout = options.timeout ?? Acme.DEFAULT_TIMEOUT /* 1 minute */;
    this.fetchOptions = options.fetchOptions;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? Shims.getDefaultFetch();

    this._options = options;

    this.region = region;
  }

  private async makeRequest(
    optionsInput: PromiseOrValue<FinalRequestOptions>,
    retriesRemaining: number | null,
    retryOfRequestLogID: string | undefined,
  ): Promise<APIResponseProps> {
    const options = await optionsInput;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    if (retriesRemaining == null) {
      retriesRemaining = maxRetries;
    }

    await this.prepareOptions(options);

    const { req, url, timeout } = await this.buildRequest(options, {
      retryCount: maxRetries - retriesRemaining,
    });

    await this.prepareRequest(req, { url, options });

    const controller = new AbortController();
    const response = await this.fetchWithTimeout(url, req, timeout, controller).catch(castToError);
    if (!response.ok) {
      return this.retryRequest(options, retriesRemaining, retryOfRequestLogID, response.headers);
    }

    return { response, options, controller, requestLogID, retryOfRequestLogID, startTime };
  }

  async buildRequest(
    inputOptions: FinalRequestOptions,
    { retryCount = 0 }: { retryCount?: number } = {},
  ): Promise<{ req: FinalizedRequestInit; url: string; timeout: number }> {
    const options = { ...inputOptions };
    const { method, path, query, defaultBaseURL } = options;

    const url = this.buildURL(path!, query as Record<string, unknown>, defaultBaseURL);
    if ('timeout' in options) validatePositiveInteger('timeout', options.timeout);
    options.timeout = options.timeout ?? this.timeout;
    const { bodyHeaders, body } = this.buildBody({ options });
    const reqHeaders = await this.buildHeaders({ options: inputOptions, method, bodyHeaders, retryCount });

    const req: FinalizedRequestInit = {
      method,
      headers: reqHeaders,
      ...(options.signal && { signal: options.signal }),
      ...(body && { body }),
      ...((this.fetchOptions as any) ?? {}),
      ...((options.fetchOptions as any) ?? {}),
    };

    return { req, url, timeout: options.timeout };
  }

  private buildBody({ options: { body, headers: rawHeaders } }: { options: FinalRequestOptions }) {
    return this.#encoder({ body, headers: buildHeaders([rawHeaders]) });
  }
}
`;

/** The owners' edits, as turbopuffer's client.ts has them. */
const ownersClient = stainlessClient
  .replace(
    "import { makeFetch } from './lib/fetch';\n",
    "import { makeFetch } from './lib/fetch';\nimport { compress } from './internal/custom/compress';\n" +
      "import { RequestClock } from './internal/custom/performance';\n",
  )
  .replace(
    '  baseURL?: string | null | undefined;\n}',
    '  baseURL?: string | null | undefined;\n  compression?: boolean | undefined;\n}',
  )
  .replace(
    '  region: string | null;\n  baseURL: string;\n',
    '  region: string | null;\n  readonly baseURL: string;\n  compression: boolean;\n',
  )
  .replace('      baseURL: baseURL || `https://${region}.acme.test`,\n', '      baseURL,\n')
  .replace(
    '    this.baseURL = options.baseURL!;\n',
    `    baseURL = baseURL || 'https://{region}.acme.test';
    const hasRegionPlaceholder = baseURL.includes('{region}');
    if (hasRegionPlaceholder) {
      if (region === null) {
        throw new Errors.AcmeError(\`region is required, but not set (baseURL has a {region} placeholder: \${baseURL})\`);
      }
      baseURL = baseURL.replace('{region}', region);
    } else if (region !== null) {
      throw new Errors.AcmeError(
        \`region is set, but would be ignored (baseURL does not contain {region} placeholder: \${baseURL})\`,
      );
    }

    this.baseURL = baseURL;
`,
  )
  .replace(
    '    this.maxRetries = options.maxRetries ?? 2;\n',
    '    this.compression = options.compression === undefined ? false : options.compression;\n' +
      '    this.maxRetries = options.maxRetries ?? 2;\n',
  )
  .replace(
    '    this.fetch = options.fetch ?? Shims.getDefaultFetch();\n',
    "    this.fetch =\n      options.fetch ??\n      makeFetch({\n        label: options.fetchLabel ?? 'theirs',\n      });\n",
  );

/** The owners' request pipeline edits, as turbopuffer's client.ts has them. */
const pipelineEdited = ownersClient
  .replace(
    '  ): Promise<APIResponseProps> {\n    const options = await optionsInput;\n',
    '  ): Promise<APIResponseProps> {\n    const clock: RequestClock = {\n      requestStart: performance.now(),\n    };\n\n' +
      '    const options = await optionsInput;\n',
  )
  .replace(
    '      retryCount: maxRetries - retriesRemaining,\n',
    '      retryCount: maxRetries - retriesRemaining,\n      clock,\n',
  )
  .replace(
    '\n    return { response, options, controller',
    '\n    clock.deserializeStart = performance.now();\n\n    return { response, options, controller',
  )
  .replace(
    '    { retryCount = 0 }: { retryCount?: number } = {},\n',
    '    { retryCount = 0, clock }: { retryCount?: number; clock: RequestClock } = {\n      clock: {\n' +
      '        requestStart: 0,\n      },\n    },\n',
  )
  .replace(
    '    const { bodyHeaders, body } = this.buildBody({ options });\n',
    `    let content = this.buildBody({ options });
    clock.compressStart = performance.now();
    clock.compressEnd = clock.compressStart; // overwritten later if we actually compress
    if (this.compression) {
      content = await compress(content);
      clock.compressEnd = performance.now();
    }
    const { bodyHeaders, body } = content;
`,
  )
  .replace(
    '\n    return { req, url, timeout: options.timeout };\n',
    `
    // Smuggle the performance clock into the request object.
    Object.defineProperty(req, 'clock', {
      value: clock,
      enumerable: true,
    });

    return { req, url, timeout: options.timeout };
`,
  );

/**
 * The owners' modules: their fetch (their \`#fetch\`: every request says which fetch sent it, and the clock it carries
 * is kept), their request clock and compression (turbopuffer's \`src/internal/custom/\`, gzip from node:zlib).
 */
const OWNERS_MODULES: Record<string, string> = {
  'src/lib/fetch.ts': `export const clocks: unknown[] = [];
export const makeFetch =
  ({ label }: { label: string }): typeof fetch =>
  (url, init) => {
    clocks.push((init as { clock?: unknown } | undefined)?.clock);
    const headers = new Headers(init?.headers);
    headers.set('x-sent-by', label);
    return fetch(url, { ...init, headers });
  };
`,
  'src/internal/custom/performance.ts': `export interface RequestClock {
  requestStart: number;
  compressStart?: number;
  compressEnd?: number;
  deserializeStart?: number;
}
`,
  'src/internal/custom/compress.ts': `import { gzipSync } from 'node:zlib';
import { buildHeaders } from '../headers';
import { EncodedContent } from '../request-options';

const MIN_GZIP_SIZE = 64;

export const compress = async ({ body, bodyHeaders }: EncodedContent) => {
  if (typeof body === 'string' && body.length > MIN_GZIP_SIZE) {
    return {
      body: new Uint8Array(gzipSync(body)),
      bodyHeaders: buildHeaders([bodyHeaders, { 'content-encoding': 'gzip' }]),
    };
  }
  return { body, bodyHeaders };
};
`,
};

const server = new TestServer();
let root = '';
let carried = '';
/** What migrate's report lists as carried into the client class. */
let carriedNames: string[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK is made at run time
let Acme: new (options: object) => any;
/** The clock each request's `RequestInit` carried, as the owners' fetch saw it. */
let clocks: Array<Record<string, number>> = [];

beforeAll(async () => {
  await server.start();
  server.otherwise((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  root = tempDir('carried-constructor-r33t');
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const rendered = files.find((f) => f.path === 'src/client.ts')!;
  const plan = planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: pipelineEdited }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered: [rendered],
  });
  carried = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
  carriedNames = plan.carriedHooks;
  const out = files.map((f) => (f.path === 'src/client.ts' ? { path: f.path, contents: carried } : f));
  writeFiles(path.join(root, 'sdk'), out);
  mkdirSync(path.join(root, 'sdk', 'src', 'lib'), { recursive: true });
  mkdirSync(path.join(root, 'sdk', 'src', 'internal', 'utils'), { recursive: true });
  mkdirSync(path.join(root, 'sdk', 'src', 'internal', 'custom'), { recursive: true });
  for (const [file, text] of Object.entries(OWNERS_MODULES)) writeFileSync(path.join(root, 'sdk', file), text);
  // Stainless's module the owners' constructor imports `readEnv` from (migrate keeps a stub of it at that path).
  writeFileSync(path.join(root, 'sdk', 'src', 'internal', 'utils', 'env.ts'), "export { readEnv } from '../env.js';\n");
  Acme = ((await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Acme: typeof Acme }).Acme;
  const fetchModule = pathToFileURL(path.join(root, 'sdk', 'src', 'lib', 'fetch.ts')).href;
  clocks = ((await import(fetchModule)) as { clocks: typeof clocks }).clocks;
}, 120_000);

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the owners' constructor, carried", () => {
  it('is written into the client class, before and after super', () => {
    expect(carried).toContain("    let { baseURL = readEnv('ACME_BASE_URL') } = options;\n");
    expect(carried).toContain("    const { region = readEnv('ACME_REGION') ?? null } = options;\n");
    expect(carried).toContain("import { makeFetch } from './lib/fetch';");
    expect(carried).toContain("import { readEnv } from './internal/utils/env';");
    // Their fetch set after it as they wrote it (BaseClient's `fetch` has a setter, r35e).
    expect(carried).toContain('    super(options);\n');
    expect(carried).toContain('    this.fetch =\n      options.fetch ??\n      makeFetch({\n');
    expect(carried.indexOf('    this.fetch =')).toBeGreaterThan(carried.indexOf('    super(options);'));
  });

  // The owners' tests/index.test.ts's region tests.
  it('fills the region in the default URL and in one the caller gives', () => {
    const client = new Acme({ region: 'my-cool-region' });
    expect(client.baseURL).toBe('https://my-cool-region.acme.test');
    expect(client.region).toBe('my-cool-region');
    expect(new Acme({ baseURL: 'https://tpuf-{region}.example.com', region: 'x' }).baseURL).toBe(
      'https://tpuf-x.example.com',
    );
    const complete = new Acme({ baseURL: 'https://my-cool-region.acme.test' });
    expect(complete.baseURL).toBe('https://my-cool-region.acme.test');
    expect(complete.region).toBeNull();
  });

  it('refuses a region the URL has no place for, and a placeholder without a region', () => {
    expect(() => new Acme({})).toThrow(
      'region is required, but not set (baseURL has a {region} placeholder: https://{region}.acme.test)',
    );
    expect(() => new Acme({ baseURL: 'https://tpuf-{region}.example.com' })).toThrow(
      'region is required, but not set (baseURL has a {region} placeholder: https://tpuf-{region}.example.com)',
    );
    expect(() => new Acme({ baseURL: 'https://tpuf.example.com', region: 'gcp-us-central1' })).toThrow(
      'region is set, but would be ignored (baseURL does not contain {region} placeholder: https://tpuf.example.com)',
    );
  });

  it("sends through the owners' fetch, with their default for their option; a copy is checked as the caller's was", async () => {
    const client = new Acme({ baseURL: `${server.url}/{region}`, region: 'eu', fetchLabel: 'mine' });
    expect(client.compression).toBe(false);
    await client.widgets.list();
    const [request] = server.received('GET /eu/widgets');
    expect(request!.headers['x-sent-by']).toBe('mine');
    const copy = client.withOptions({ maxRetries: 0 });
    expect(copy.baseURL).toBe(`${server.url}/eu`);
    await copy.widgets.list();
    expect(server.received('GET /eu/widgets')).toHaveLength(2);
    expect(new Acme({ baseURL: server.url, compression: true }).compression).toBe(true);
  });

  it("declares the owners' fields in the class, and sets the base URL as their constructor did", () => {
    expect(carried).toContain('  declare readonly baseURL: string;\n  declare compression: boolean;\n');
    expect(carried).toContain('    this.baseURL = baseURL;\n');
    expect(carriedNames).toEqual(expect.arrayContaining(['src/client.ts: baseURL', 'src/client.ts: compression']));
  });

  // A tsc program of its own (a few seconds): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks strictly (Stainless SDKs compile without verbatimModuleSyntax)', () => {
    const sdk = path.join(root, 'sdk');
    const compilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };
    writeFileSync(path.join(sdk, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(runTsc(path.join(sdk, 'tsconfig.check.json')).output).toBe('');
  });
});

describe("the owners' request pipeline, carried", () => {
  it("is written as overrides of sdkgen's buildRequest and makeRequest", () => {
    expect(carried).toContain('  override async buildRequest(\n');
    expect(carried).toContain('      content = await compress(content);\n');
    expect(carried).toContain('...((this.options.fetchOptions as any) ?? {}),');
    expect(carried).toContain('  override async makeRequest(\n');
    expect(carriedNames).toEqual(expect.arrayContaining(['src/client.ts: buildRequest', 'src/client.ts: makeRequest']));
    expect(carried).toContain(
      '    const props = await super.makeRequest(call, given, {\n      ...buildArgs,\n      clock,\n    });\n',
    );
  });

  it("sends the body gzipped with the owners' header, the clock through every stage", async () => {
    clocks.length = 0;
    const client = new Acme({ baseURL: server.url, compression: true });
    const name = 'w'.repeat(200);
    await client.widgets.create({ name });
    const [request] = server.received('POST /widgets');
    expect(request!.headers['content-encoding']).toBe('gzip');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(gunzipSync(request!.body).toString())).toEqual({ name });
    const [clock] = clocks;
    expect(clock!.requestStart).toBeGreaterThan(0);
    expect(clock!.compressEnd).toBeGreaterThanOrEqual(clock!.compressStart!);
    expect(clock!.deserializeStart).toBeGreaterThanOrEqual(clock!.compressEnd!);
  });

  it('without compression, sends the JSON body as sdkgen encodes it', async () => {
    const client = new Acme({ baseURL: server.url });
    await client.widgets.create({ name: 'x'.repeat(200) });
    const request = server.received('POST /widgets').at(-1);
    expect(request!.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(request!.body.toString())).toEqual({ name: 'x'.repeat(200) });
  });

  it('builds each attempt again, with its retry count', async () => {
    server.reset();
    server.on('POST /widgets', (_req, res, call) => {
      res.writeHead(call === 1 ? 500 : 200, { 'content-type': 'application/json', 'retry-after-ms': '1' });
      res.end('{}');
    });
    clocks.length = 0;
    await new Acme({ baseURL: server.url, compression: true, maxRetries: 1 }).widgets.create({ name: 'y'.repeat(200) });
    const requests = server.received('POST /widgets');
    expect(requests.map((r) => r.headers['x-stainless-retry-count'])).toEqual(['0', '1']);
    expect(requests.map((r) => r.headers['content-encoding'])).toEqual(['gzip', 'gzip']);
    // One clock for the call: started before its first attempt, as sdkgen's makeRequest is one call.
    expect(new Set(clocks).size).toBe(1);
  });
});

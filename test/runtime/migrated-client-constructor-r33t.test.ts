/**
 * Owners' edits to Stainless's client constructor are carried by migrate into a constructor of sdkgen's client class
 * (generator/migrate/owners/client-constructor.ts): turbopuffer's kind, a `{region}` placeholder filled in whatever
 * base URL the caller gives (and the client refused when the region and the URL disagree), a fetch of theirs made from
 * an option they added, a default for another. The SDK made from a Stainless config, with the client.ts migrate
 * writes, behaves as the owners' tests say (tests/index.test.ts's region tests) and sends through their fetch to a
 * 127.0.0.1 server; a copy (`withOptions`) is made from the options as the caller gave them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
`;

/** Stainless's client constructor (2025), as its client.ts has it, its options reduced to those it reads. */
const stainlessClient = `import { readEnv } from './internal/utils/env';
import * as Errors from './core/error';
import { makeFetch } from './lib/fetch';

export interface ClientOptions {
  region?: string | null | undefined;
  fetchLabel?: string | null | undefined;
  compression?: boolean | null | undefined;
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
}
`;

/** The owners' edits, as turbopuffer's client.ts has them. */
const ownersClient = stainlessClient
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

/** The owners' fetch module (their `#fetch`): every request says which fetch sent it. */
const OWNERS_FETCH = `export const makeFetch =
  ({ label }: { label: string }): typeof fetch =>
  (url, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-sent-by', label);
    return fetch(url, { ...init, headers });
  };
`;

const server = new TestServer();
let root = '';
let carried = '';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK is made at run time
let Acme: new (options: object) => any;

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
    current: [{ path: 'src/client.ts', blob: 'c2', text: ownersClient }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered: [rendered],
  });
  carried = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
  const out = files.map((f) => (f.path === 'src/client.ts' ? { path: f.path, contents: carried } : f));
  writeFiles(path.join(root, 'sdk'), out);
  mkdirSync(path.join(root, 'sdk', 'src', 'lib'), { recursive: true });
  mkdirSync(path.join(root, 'sdk', 'src', 'internal', 'utils'), { recursive: true });
  writeFileSync(path.join(root, 'sdk', 'src', 'lib', 'fetch.ts'), OWNERS_FETCH);
  // Stainless's module the owners' constructor imports `readEnv` from (migrate keeps a stub of it at that path).
  writeFileSync(path.join(root, 'sdk', 'src', 'internal', 'utils', 'env.ts'), "export { readEnv } from '../env.js';\n");
  Acme = ((await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Acme: typeof Acme }).Acme;
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
    expect(carried).not.toContain('    super(options);\n');
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

  // A tsc program of its own (a few seconds): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks strictly (Stainless SDKs compile without verbatimModuleSyntax)', () => {
    const sdk = path.join(root, 'sdk');
    const compilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };
    writeFileSync(path.join(sdk, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(runTsc(path.join(sdk, 'tsconfig.check.json')).output).toBe('');
  });
});

/**
 * An owners' edit to Stainless's `buildHeaders` (turbopuffer's `Accept-Encoding`) is carried by migrate into sdkgen's
 * client as an override with Stainless's body (generator/migrate/owners/client-hooks.ts), which calls
 * `getPlatformHeaders()` from `./internal/detect-platform` (generator/emit/typescript/stainless-runtime-paths.ts).
 * The SDK made from a Stainless config, with the client.ts migrate writes, sends its calls with the override's
 * headers to a 127.0.0.1 server: the owners' header, the platform headers, the User-Agent of their helper.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { generateFrom, tempDir, writeFiles } from '../helpers/sdk';
import { TestServer } from './helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
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
resources:
  widgets:
    methods:
      list: get /widgets
`;

/** Stainless's `buildHeaders` and the helpers it calls, as its client.ts has them (2025). */
const stainlessClient = [
  "import type { FinalRequestOptions } from './internal/request-options';",
  "import type { HTTPMethod } from './internal/types';",
  "import { buildHeaders, type HeadersLike, type NullableHeaders } from './internal/headers';",
  "import { getPlatformHeaders } from './internal/detect-platform';",
  "import { VERSION } from './version';",
  '',
  '/**',
  ' * API Client for interfacing with the Acme API.',
  ' */',
  'export class Acme {',
  '  private async buildHeaders({',
  '    options,',
  '    method,',
  '    bodyHeaders,',
  '    retryCount,',
  '  }: {',
  '    options: FinalRequestOptions;',
  '    method: HTTPMethod;',
  '    bodyHeaders: HeadersLike;',
  '    retryCount: number;',
  '  }): Promise<Headers> {',
  '    let idempotencyHeaders: HeadersLike = {};',
  "    if (this.idempotencyHeader && method !== 'get') {",
  '      if (!options.idempotencyKey) options.idempotencyKey = this.defaultIdempotencyKey();',
  '      idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey;',
  '    }',
  '',
  '    const headers = buildHeaders([',
  '      idempotencyHeaders,',
  '      {',
  "        Accept: 'application/json',",
  "        'User-Agent': this.getUserAgent(),",
  "        'X-Stainless-Retry-Count': String(retryCount),",
  '        ...getPlatformHeaders(),',
  '      },',
  '      await this.authHeaders(options),',
  '      this._options.defaultHeaders,',
  '      bodyHeaders,',
  '      options.headers,',
  '    ]);',
  '',
  '    this.validateHeaders(headers);',
  '',
  '    return headers.values;',
  '  }',
  '',
  '  protected validateHeaders({ values, nulls }: NullableHeaders) {',
  '    return;',
  '  }',
  '',
  '  protected getUserAgent(): string {',
  '    return `${this.constructor.name}/JS ${VERSION}`;',
  '  }',
  '}',
  '',
].join('\n');

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
  root = tempDir('carried-build-headers-r32u');
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const rendered = files.find((f) => f.path === 'src/client.ts')!;
  const edited = stainlessClient.replace(
    "        Accept: 'application/json',\n",
    "        Accept: 'application/json',\n        'X-Owner-Header': 'kept',\n",
  );
  const plan = planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: edited }],
    base: { blobs: new Map([['src/client.ts', 'c1']]), texts: new Map([['src/client.ts', stainlessClient]]) },
    rendered: [rendered],
  });
  carried = plan.writes.find((f) => f.path === 'src/client.ts')!.contents;
  const out = files.map((f) => (f.path === 'src/client.ts' ? { path: f.path, contents: carried } : f));
  writeFiles(path.join(root, 'sdk'), out);
  Acme = ((await import(pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href)) as { Acme: typeof Acme }).Acme;
}, 120_000);

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

it("sends each call with the carried override's headers, getPlatformHeaders' among them", async () => {
  expect(carried).toContain('  protected override async buildHeaders({\n');
  expect(carried).toContain("import { getPlatformHeaders } from './internal/detect-platform';");
  const client = new Acme({ baseURL: server.url });
  await client.widgets.list({ headers: { 'X-Caller': 'mine' } });
  const [request] = server.received('GET /widgets');
  expect(request!.headers['x-owner-header']).toBe('kept');
  expect(request!.headers['x-caller']).toBe('mine');
  expect(request!.headers['x-stainless-lang']).toBe('js');
  expect(request!.headers['x-stainless-package-version']).toMatch(/^\d/);
  expect(request!.headers['x-stainless-retry-count']).toBe('0');
  expect(request!.headers['user-agent']).toMatch(/^Acme\/JS \d/);
});

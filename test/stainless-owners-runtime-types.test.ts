/**
 * The runtime's types as owners' code written for Stainless's SDKs uses them, checked on SDKs generated from a Stainless
 * config (tsc --strict) and run against a server on 127.0.0.1:
 *
 * - `Fetch` (`internal/builtin-types`, `core`): the global `fetch`'s own parameters, `(input: string | URL | Request,
 *   init?: RequestInit)`, as Stainless typed it. Owners' test helpers declare a mock fetch so: `handleRequest(handle:
 *   Fetch)` given a handler of the global's shape (writer-node's tests/utils/mock-fetch.ts failed TS2322 against the
 *   narrower `(url: string, init: RequestInit)`). An SDK made without a Stainless config keeps the narrower one.
 * - `authHeaders` of a client from Stainless's older generator (`targets.node`): synchronous plain headers
 *   (`Core.Headers`), as its clients typed them, so that a subclass written for one overrides it synchronously and
 *   spreads `super.authHeaders(opts)` (a `Promise` in the type made that spread a type error).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { OAUTH_CONFIG, oauthSpec, tokenEndpoint, widgetEndpoint } from './helpers/oauth';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { echo, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  security: [{ KeyAuth: [] }],
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: { securitySchemes: { KeyAuth: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } } },
};

const config = (target: 'node' | 'typescript') => `organization: { name: acme }
targets:
  ${target}: { package_name: acme-sdk }
client_settings:
  opts:
    api_key:
      type: string
      nullable: true
      read_env: ACME_API_KEY
      auth: { security_scheme: KeyAuth }
resources:
  things:
    methods:
      list: get /things
`;

/**
 * A mock fetch of the shape owners' test helpers have (our own words): calls wait for a handler, which a test hands
 * over with `handleRequest`; both are typed with the SDK's `Fetch`, the handler given as the global's shape.
 */
const MOCK_FETCH = (fetchModule: string) => `import type { Fetch } from '${fetchModule}';

export function handedFetch(): { fetch: Fetch; handleRequest: (handle: Fetch) => Promise<void> } {
  const handlers: Array<typeof fetch> = [];
  const waiting: Array<() => void> = [];

  async function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const handler = handlers.shift();
    if (!handler) throw new Error('no handler');
    try {
      return await handler(input, init);
    } finally {
      waiting.shift()?.();
    }
  }

  function handleRequest(handle: typeof fetch): Promise<void> {
    return new Promise<void>((resolve) => {
      handlers.push((input, init) => handle(input, init));
      waiting.push(resolve);
    });
  }

  return { fetch, handleRequest };
}
`;

/** A subclass written for Stainless's older generator: it adds a header to the client's own, synchronously. */
const NODE_OWNERS = `import * as Core from '../core.js';
import { Acme } from '../client.js';

export class TracedAcme extends Acme {
  protected override authHeaders(opts: Core.FinalRequestOptions): Core.Headers {
    const own = super.authHeaders(opts);
    return { ...own, 'X-Traced-Path': opts?.path ?? null };
  }

  /** The client's credential as code beside the client reads it, without awaiting. */
  key(): string | null | undefined {
    return this.authHeaders({ method: 'get', path: '/key' })['X-Api-Key'];
  }
}
`;

/** A `targets.node` client that exchanges an OAuth2 client ID and secret for its token (sdkgen's, async). */
const NODE_OAUTH_CONFIG = OAUTH_CONFIG.replace('  typescript:\n', '  node:\n').replace(/ {2}python:\n.*\n/, '');

type Layout = 'node' | 'typescript' | 'node-oauth';

const server = new TestServer();
let root = '';
const sdks: Record<Layout, { dir: string; core: string }> = {
  node: { dir: '', core: '' },
  typescript: { dir: '', core: '' },
  'node-oauth': { dir: '', core: '' },
};

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-owners-runtime-types');
  for (const target of ['node', 'typescript', 'node-oauth'] as const) {
    const at = path.join(root, target);
    mkdirSync(at, { recursive: true });
    const [spec, stainless] =
      target === 'node-oauth' ? [oauthSpec(`${server.url}/oauth/token`), NODE_OAUTH_CONFIG] : [SPEC, config(target)];
    const result = await generateFrom(at, spec, stainless, { funcs: false, referenceDocs: false, format: false });
    const dir = path.join(at, 'sdk');
    writeFiles(dir, result.files);
    mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
    const fetchModule = target === 'typescript' ? '../internal/builtin-types.js' : '../core.js';
    writeFileSync(path.join(dir, 'src/lib/mock-fetch.ts'), MOCK_FETCH(fetchModule));
    if (target === 'node') writeFileSync(path.join(dir, 'src/lib/traced.ts'), NODE_OWNERS);
    sdks[target] = { dir, core: result.files.find((f) => f.path === 'src/client-core.ts')?.contents ?? '' };
  }
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Echoed {
  path: string;
  headers: Record<string, string | undefined>;
}

describe("owners' code written for Stainless's runtime types", () => {
  it.each(['typescript', 'node', 'node-oauth'] as const)('type-checks (%s layout)', (target) => {
    const { status, output } = typeCheckStrict(sdks[target].dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('a targets.node client types authHeaders as synchronous plain headers', () => {
    expect(sdks.node.core).toContain('protected override authHeaders(_options?: FinalRequestOptions): PlainHeaders {');
    expect(sdks.node.core).not.toContain('AuthHeaders');
    // A promise too where a token is exchanged.
    expect(sdks['node-oauth'].core).toContain(
      'protected override authHeaders(_options?: FinalRequestOptions): PlainHeaders | Promise<PlainHeaders> {',
    );
  });

  it('a targets.node client that exchanges a token sends it', async () => {
    server.on('POST /oauth/token', tokenEndpoint(3600));
    server.on('GET /widgets/w1', widgetEndpoint);
    const { Acme } = await import(
      /* @vite-ignore */ pathToFileURL(path.join(sdks['node-oauth'].dir, 'src/client.ts')).href
    );
    const client = new Acme({ clientID: 'id', clientSecret: 'secret', baseURL: server.url, maxRetries: 0 });
    expect(await client.widgets.retrieve('w1')).toMatchObject({ auth: 'Bearer token-1' });
  });

  it('a client given the mock fetch sends through the handler a test hands over', async () => {
    server.on('GET /things', echo);
    const load = (target: string, file: string) =>
      import(/* @vite-ignore */ pathToFileURL(path.join(sdks[target as 'node'].dir, file)).href);
    const { handedFetch } = await load('typescript', 'src/lib/mock-fetch.ts');
    const { Acme } = await load('typescript', 'src/client.ts');
    const { fetch, handleRequest } = handedFetch();
    const client = new Acme({ apiKey: 'key', baseURL: server.url, maxRetries: 0, fetch });
    const seen: string[] = [];
    const pending = client.things.list();
    await handleRequest((input: string | URL | Request, init?: RequestInit) => {
      seen.push(String(input));
      return globalThis.fetch(input, init);
    });
    const sent = (await pending) as Echoed;
    expect(seen).toEqual([`${server.url}/things`]);
    expect(sent.headers['x-api-key']).toBe('key');
  });

  it("a targets.node subclass's synchronous override sends the client's credential with its own header", async () => {
    server.on('GET /things', echo);
    const { TracedAcme } = await import(
      /* @vite-ignore */ pathToFileURL(path.join(sdks.node.dir, 'src/lib/traced.ts')).href
    );
    const client = new TracedAcme({ apiKey: 'key', baseURL: server.url, maxRetries: 0 });
    const sent = (await client.things.list()) as Echoed;
    expect(sent.headers['x-api-key']).toBe('key');
    expect(sent.headers['x-traced-path']).toBe('/things');
    expect(client.key()).toBe('key');
  });
});

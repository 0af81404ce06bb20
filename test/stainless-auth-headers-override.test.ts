/**
 * A client from a Stainless config (the newer layout) types its credentials as Stainless's clients do:
 * `protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined>`, returning
 * `buildHeaders([...])`. Owners' code written for such an SDK subclasses the client and overrides `authHeaders` with
 * that type, falling back to `return super.authHeaders(opts)`: it type-checks under tsc --strict, and the server on
 * 127.0.0.1 gets the subclass's credentials, or the client's own. An SDK made without a Stainless config keeps its
 * `AuthHeaders` signature.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-client-surface.test.ts samples a Stainless client's options and surface (docs/contributing.md,
// "What `npm test` samples").
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { echo, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  security: [{ BearerAuth: [] }, { KeyAuth: [] }],
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: {
    securitySchemes: {
      BearerAuth: { type: 'http', scheme: 'bearer' },
      KeyAuth: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    },
  },
};

const CONFIG = `organization: { name: acme }
client_settings:
  opts:
    api_token:
      type: string
      nullable: true
      read_env: ACME_API_TOKEN
      auth: { security_scheme: BearerAuth }
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

/** An owners' subclass as written for Stainless's SDKs: a key from a supplier, else the client's own credentials. */
const OWNERS = `import { Acme, type ClientOptions } from '../client.js';
import { buildHeaders, type NullableHeaders } from '../internal/headers.js';
import type { FinalRequestOptions } from '../internal/request-options.js';

export class SuppliedAcme extends Acme {
  private supplier: (() => Promise<string | undefined>) | undefined;

  constructor({ supplier, ...options }: ClientOptions & { supplier?: () => Promise<string | undefined> }) {
    super(options);
    this.supplier = supplier;
  }

  protected override async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    const key = await this.supplier?.();
    if (key) return buildHeaders([{ Authorization: \`Bearer \${key}\` }]);
    return super.authHeaders(opts);
  }

  /** The client's own credentials, as code beside it (a WebSocket's headers) asks for them. */
  async own(): Promise<Headers | undefined> {
    return (await super.authHeaders({ method: 'get', path: '/socket' }))?.values;
  }
}
`;

const server = new TestServer();
let root = '';
let dir = '';
let core = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-auth-headers-override');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
  writeFileSync(path.join(dir, 'src/lib/supplied.ts'), OWNERS);
  core = result.files.find((f) => f.path === 'src/client-core.ts')?.contents ?? '';
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Echoed {
  headers: Record<string, string | undefined>;
}

describe.runIf(SLOW_FULL)("authHeaders typed as Stainless's clients type it", () => {
  it('is async, takes the options and gives buildHeaders(…)', () => {
    expect(core).toContain(
      'protected override async authHeaders(_options: FinalRequestOptions): Promise<NullableHeaders | undefined>',
    );
    expect(core).toContain('return buildHeaders([headers]);');
    expect(core).not.toContain('AuthHeaders');
  });

  it("type-checks an owners' override that returns super.authHeaders(opts)", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("sends the subclass's credentials, or the client's own through super.authHeaders", async () => {
    server.on('GET /things', echo);
    const { SuppliedAcme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/lib/supplied.ts')).href);
    const options = { apiToken: 'tok', apiKey: 'key', baseURL: server.url, maxRetries: 0 };
    let asked = 0;
    const supplied = new SuppliedAcme({ ...options, supplier: async () => `k${++asked}` });
    expect(((await supplied.things.list()) as Echoed).headers.authorization).toBe('Bearer k1');
    const fallback = new SuppliedAcme({ ...options, supplier: async () => undefined });
    const sent = ((await fallback.things.list()) as Echoed).headers;
    expect(sent.authorization).toBe('Bearer tok');
    expect(sent['x-api-key']).toBe('key');
    // Without credentials: none sent.
    const none = new SuppliedAcme({ apiToken: null, apiKey: null, baseURL: server.url, maxRetries: 0 });
    const bare = ((await none.things.list()) as Echoed).headers;
    expect(bare.authorization).toBeUndefined();
    expect(bare['x-api-key']).toBeUndefined();
    expect(Object.fromEntries((await fallback.own()) ?? [])).toEqual({
      authorization: 'Bearer tok',
      'x-api-key': 'key',
    });
  });
});

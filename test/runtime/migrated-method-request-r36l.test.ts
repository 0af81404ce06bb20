/**
 * An owners' override of Stainless's `methodRequest` (anchorbrowser-ts: every call's timeout 20 minutes and no retries
 * unless the caller says otherwise) is carried by migrate into sdkgen's Stainless-config client, whose verb methods
 * (and so every resource method) go through `methodRequest` as Stainless's did, and whose `request` takes the
 * one-argument form their body hands on. Against a 127.0.0.1 server: a failing call is not retried, unless the call
 * asks for retries; a client without the override retries as before.
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
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/widgets': {
      post: {
        operationId: 'createWidget',
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
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
resources:
  widgets:
    methods:
      create: post /widgets
`;

/** Stainless's client (2025), reduced to its verb methods and `methodRequest`. */
const stainlessClient = `import type { HTTPMethod, PromiseOrValue } from './internal/types';
import { APIPromise } from './core/api-promise';
import { FinalRequestOptions, RequestOptions } from './internal/request-options';

/**
 * API Client for interfacing with the Acme API.
 */
export class Acme {
  post<Rsp>(path: string, opts?: PromiseOrValue<RequestOptions>): APIPromise<Rsp> {
    return this.methodRequest('post', path, opts);
  }

  private methodRequest<Rsp>(
    method: HTTPMethod,
    path: string,
    opts?: PromiseOrValue<RequestOptions>,
  ): APIPromise<Rsp> {
    return this.request(
      Promise.resolve(opts).then((opts) => {
        return { method, path, ...opts };
      }),
    );
  }

  request<Rsp>(options: PromiseOrValue<FinalRequestOptions>): APIPromise<Rsp> {
    return new APIPromise(this, this.makeRequest(options));
  }
}
`;

const ownersClient = stainlessClient.replace(
  '        return { method, path, ...opts };\n',
  '        const timeout = opts?.timeout ?? 1200000;\n        const maxRetries = opts?.maxRetries ?? 0;\n        return { method, path, timeout, maxRetries, ...opts };\n',
);

const server = new TestServer();
let root = '';
let client = '';
let carriedNames: string[] = [];
let needsHand: string[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK is made at run time
type Client = new (options: object) => any;
let Acme: Client;
let Plain: Client;

beforeAll(async () => {
  await server.start();
  root = tempDir('carried-method-request-r36l');
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const plan = planMigration({
    current: [{ path: 'src/client.ts', blob: 'c2', text: ownersClient }],
    base: {
      blobs: new Map([['src/client.ts', 'c1']]),
      texts: new Map([['src/client.ts', stainlessClient]]),
    },
    rendered: files,
  });
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  client = written.get('src/client.ts')!;
  carriedNames = plan.carriedHooks;
  needsHand = plan.needsHand.map((item) => `${item.path}: ${item.reason}`);
  for (const [dir, texts] of [
    ['sdk', written],
    ['plain', new Map<string, string>()],
  ] as const) {
    const sdk = path.join(root, dir);
    writeFiles(
      sdk,
      files.map((f) => ({ path: f.path, contents: texts.get(f.path) ?? f.contents })),
    );
    // Stainless's module the owners' client imports (migrate keeps it; a stub here).
    mkdirSync(path.join(sdk, 'src', 'internal'), { recursive: true });
    writeFileSync(
      path.join(sdk, 'src', 'internal', 'types.ts'),
      "export type PromiseOrValue<T> = T | Promise<T>;\nexport type HTTPMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';\n",
    );
  }
  const load = async (dir: string) =>
    ((await import(pathToFileURL(path.join(root, dir, 'src', 'index.ts')).href)) as { Acme: Client }).Acme;
  [Acme, Plain] = [await load('sdk'), await load('plain')];
}, 120_000);

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the owners' methodRequest, carried", () => {
  it("is an override of the client's, as they wrote it", () => {
    expect(client).toContain('  protected override methodRequest<Rsp>(\n');
    expect(client).toContain('        const maxRetries = opts?.maxRetries ?? 0;\n');
    expect(carriedNames.join('\n')).toContain('methodRequest');
    expect(needsHand).toEqual([]);
  });

  it('sends every resource call through it: no retries unless the call asks', async () => {
    let calls = 0;
    server.on('POST /widgets', (_req, res) => {
      calls++;
      res.writeHead(500, { 'content-type': 'application/json', 'retry-after-ms': '1' });
      res.end('{"error":"down"}');
    });
    const options = { baseURL: server.url, apiKey: 'k' };
    await expect(new Acme(options).widgets.create({ name: 'w' })).rejects.toThrow();
    expect(calls).toBe(1);
    calls = 0;
    await expect(new Acme(options).widgets.create({ name: 'w' }, { maxRetries: 1 })).rejects.toThrow();
    expect(calls).toBe(2);
    // sdkgen's own client, without their override, retries twice by default.
    calls = 0;
    await expect(new Plain(options).widgets.create({ name: 'w' })).rejects.toThrow();
    expect(calls).toBe(3);
  });

  it('hands the body on as the call gave it', async () => {
    server.on('POST /widgets', (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ got: JSON.parse(req.body.toString()) }));
    });
    expect(await new Acme({ baseURL: server.url }).widgets.create({ name: 'w' })).toEqual({ got: { name: 'w' } });
  });

  // A tsc program of its own (a few seconds): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks strictly (Stainless SDKs compile without verbatimModuleSyntax)', () => {
    const sdk = path.join(root, 'sdk');
    const compilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };
    writeFileSync(path.join(sdk, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(runTsc(path.join(sdk, 'tsconfig.check.json')).output).toBe('');
  });
});

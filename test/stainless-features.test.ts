/**
 * What the emit stage makes of the IR fields a Stainless config sets (environments, the legacy call shape with
 * request options in place of params, unwrapped responses, methods that stream when asked, page type aliases).
 * No spec says these, so a small spec is built into an Api with `generate`, the fields are set on it here, and
 * `renderApi` emits the SDK. The SDK is type-checked under tsc --strict with a consumer program, then called
 * against a real 127.0.0.1 server, asserting on the wire.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-settings.test.ts samples a Stainless config's settings (docs/contributing.md, "What `npm test`
// samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, renderApi } from '../generator/generate';
import { loadConfig } from '../generator/config';
import { parseStainlessConfig } from '../generator/stainless/config';
import { Diagnostics } from '../generator/diagnostics';
import { loadSpec } from '../generator/load/load';
import type { Api, Method, Resource } from '../generator/ir/types';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer, type Handler } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Features', version: '1' },
  servers: [{ url: 'https://api.features.test' }],
  paths: {
    '/conversations/{conversation_id}/items': {
      get: {
        operationId: 'listConversationItems',
        parameters: [
          { name: 'conversation_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: {
          '200': {
            description: 'A page of items',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data'],
                  properties: {
                    data: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
                    nextCursor: { type: 'string', nullable: true },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'getStatus',
        parameters: [{ name: 'verbose', in: 'query', schema: { type: 'boolean' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/StatusEnvelope' } } },
          },
        },
      },
    },
    '/completions': {
      post: {
        operationId: 'createCompletion',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['prompt'],
                properties: { prompt: { type: 'string' }, stream: { type: 'boolean', nullable: true } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Completion' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      StatusInfo: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } },
      StatusEnvelope: {
        type: 'object',
        required: ['data'],
        properties: { data: { $ref: '#/components/schemas/StatusInfo' }, meta: { type: 'object' } },
      },
      Completion: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      CompletionChunk: { type: 'object', required: ['delta'], properties: { delta: { type: 'string' } } },
    },
  },
};

/** A program using the SDK: each `@ts-expect-error` line must fail to compile, every other line must compile. */
const CONSUMER = `import Features from './src/index.js';
import type {
  Completion,
  CompletionChunk,
  CompletionCreateParams,
  CompletionCreateParamsNonStreaming,
  CompletionCreateParamsStreaming,
  StatusInfo,
  Stream,
} from './src/index.js';
// A nested resource's types from its module: the resources' index re-exports the top-level ones alone, as Stainless's.
import type { ItemsCursorPage, ItemsCursorPage as FromModule } from './src/resources/conversations/items.js';
// The module paths of Stainless's older SDKs (targets.node), which their users import.
import './src/shims/node.js';
import { APIPromise as LegacyPromise, type RequestOptions as LegacyOptions, readEnv } from './src/core.js';
import * as Core from './src/core.js';
import { fetch as shimFetch, Response as ShimResponse, type ReadableStream, type RequestInit } from './src/_shims/index.js';
import { APIError, NotFoundError } from './src/error.js';
import { toFile, fileFromPath, type Uploadable } from './src/uploads.js';
import { fileFromPath as fromRoot } from './src/index.js';
import { Stream as StreamAlias } from './src/streaming.js';
import { APIResource } from './src/resource.js';
import { PagePromise } from './src/pagination.js';
import type { StatusInfo as FromResources } from './src/resources.js';

export async function usage(client: Features): Promise<void> {
  const page: ItemsCursorPage = await client.conversations.items.list('c');
  const same: FromModule = page;
  const ids: string[] = page.data.map((item) => item.id);
  const legacyPage: ItemsCursorPage = await client.conversations.items.list('c', { timeout: 5 });

  const status: StatusInfo = await client.status.retrieve();
  const withOptions: StatusInfo = await client.status.retrieve({ maxRetries: 1 });
  const withParams: StatusInfo = await client.status.retrieve({ verbose: true }, { timeout: 5 });

  const completion: Completion = await client.completions.create({ prompt: 'x' });
  const notStreamed: Completion = await client.completions.create({ prompt: 'x', stream: false });
  const stream: Stream<CompletionChunk> = await client.completions.create({ prompt: 'x', stream: true });
  const either: Stream<CompletionChunk> | Completion = await client.completions.create({ prompt: 'x', stream: Math.random() > 0.5 });
  // @ts-expect-error \`stream: boolean\` may stream
  const notEither: Completion = await client.completions.create({ prompt: 'x', stream: Math.random() > 0.5 });
  // @ts-expect-error without \`stream: true\` nothing streams
  const notStream: Stream<CompletionChunk> = await client.completions.create({ prompt: 'x' });
  const streaming: CompletionCreateParamsStreaming = { prompt: 'x', stream: true };
  // @ts-expect-error the streaming params say \`stream: true\`
  const wrong: CompletionCreateParamsNonStreaming = { prompt: 'x', stream: true };
  // Stainless's aliases of the two in the params' namespace.
  const aliased: CompletionCreateParams.CompletionCreateParamsStreaming = streaming;
  // @ts-expect-error the alias is the streaming variant itself
  const notAliased: CompletionCreateParams.CompletionCreateParamsNonStreaming = { prompt: 'x', stream: true };

  new Features({ environment: 'sandbox' });
  new Features({ environment: 'sandbox', baseURL: null });
  // @ts-expect-error not an environment of this API
  new Features({ environment: 'staging' });
  const pending: LegacyPromise<StatusInfo> = client.status.retrieve();
  const options: LegacyOptions = { timeout: 5 };
  const file: Uploadable = await toFile(new Uint8Array([1]), 'a.bin');
  const notFound: APIError = new NotFoundError(404, {}, 'x', new Headers());
  const fromResources: FromResources = await pending;
  const fromPath: File = await fileFromPath('a.txt', 'b.txt', { type: 'text/plain' });
  const sameFunction: typeof fileFromPath = fromRoot;
  const onClient: typeof fileFromPath = Features.fileFromPath;
  void [readEnv, StreamAlias, APIResource, PagePromise, options, file, notFound, fromResources, fromPath, sameFunction, onClient];

  // The older core module's client class and helpers, as hand-written code in those repositories uses them.
  const base: Core.APIClient = client;
  const viaBase: Promise<unknown> = base.get('/status');
  const uploadable: Core.Uploadable = file;
  const headers: Core.Headers = { 'x-a': '1', 'x-b': null };
  const query: Core.DefaultQuery = { page: '1' };
  const keys: Core.KeysEnum<{ a?: string; b: number }> = { a: true, b: true };
  // @ts-expect-error every key of the type must be listed
  const missing: Core.KeysEnum<{ a?: string; b: number }> = { a: true };
  const value: unknown = JSON.parse('{}');
  const record: Record<string, unknown> | null = Core.isObj(value) ? value : null;
  const error: Error = Core.castToError(value);
  const count: number = Core.coerceInteger('4') + Core.coerceFloat('1.5') + (Core.maybeCoerceInteger(undefined) ?? 0);
  const flag: boolean | undefined = Core.maybeCoerceBoolean('true') && Core.coerceBoolean(1);
  const header: string | undefined = Core.getHeader(headers, 'X-A') ?? Core.getHeader(new Headers(), 'x');
  const required: string = Core.getRequiredHeader({ 'x-a': ['1', '2'] }, 'x-a');
  const present: string = Core.ensurePresent(header);
  const encoded: string = Core.toBase64(required);
  const empty: boolean = Core.isEmptyObj(record) || Core.hasOwn(headers, 'x-a') || Core.isRunningInBrowser();
  const parsed: unknown = Core.safeJSON('[1]');
  const list: Core.Array<Core.Record<string, number>> = [{ a: 1 }];
  const info: Core.PageInfo = { params: null };
  const response: Core.Response = new Response('x');
  const id: string = Core.uuid4();
  Core.debug('usage', id);
  const init: RequestInit = { method: 'GET' };
  const fetched: ShimResponse = await shimFetch('http://127.0.0.1:1/', init);
  const body: ReadableStream<Uint8Array> | null = fetched.body;
  const made: ShimResponse = new ShimResponse('x');
  void [body, made];
  void [base, viaBase, uploadable, query, keys, missing, error, count, flag, present, encoded, empty, parsed, list, info, response];
  void [same, ids, legacyPage, status, withOptions, withParams, completion, notStreamed, stream, either, notEither, notStream, streaming, wrong, aliased, notAliased];
}
`;

function find(api: Api, resourcePath: string, name: string): Method {
  const all = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(all)];
  const method = api.resources
    .flatMap(all)
    .find((r) => r.path === resourcePath)
    ?.methods.find((m) => m.name === name);
  if (!method) throw new Error(`no method ${resourcePath}.${name}`);
  return method;
}

function schemaRef(api: Api, name: string) {
  const schema = api.schemas.find((s) => s.name === name);
  if (!schema) throw new Error(`no schema ${name}`);
  return { kind: 'ref' as const, schemaId: schema.id };
}

const server = new TestServer();
let root = '';
let dir = '';
let unchanged: {
  files: Array<{ path: string; contents: string }>;
  rendered: Array<{ path: string; contents: string }>;
};
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Client: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-features');
  const spec = path.join(root, 'features.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  const result = await generate({ spec, format: false });
  // The built Api is frozen under test (generator/ir/freeze.ts): the features below are set on a copy.
  const api = structuredClone(result.api);
  // renderApi on the untouched Api gives what generate gave.
  unchanged = {
    files: result.files,
    rendered: await renderApi(structuredClone(api), { format: false, spec: await loadSpec(spec, new Diagnostics()) }),
  };

  api.environments = [
    { name: 'production', url: `${server.url}/prod` },
    { name: 'sandbox', url: `${server.url}/sandbox` },
  ];
  api.idempotencyHeader = 'Idempotency-Key';
  const retrieve = find(api, 'status', 'retrieve');
  retrieve.unwrap = 'data';
  retrieve.response = { kind: 'json', type: schemaRef(api, 'StatusInfo'), typeName: 'StatusInfo' };
  find(api, 'completions', 'create').streamWhen = { param: 'stream', event: schemaRef(api, 'CompletionChunk') };
  find(api, 'conversations.items', 'list').pagination!.alias = 'ItemsCursorPage';

  const sdk = path.join(root, 'sdk');
  // The legacy layout and call shape are the TypeScript target's (`targets.node`), not the IR's.
  const legacyTarget = parseStainlessConfig({ targets: { node: {} } }, 'stainless.yml', '', new Diagnostics());
  writeFiles(sdk, await renderApi(api, { config: { ...(await loadConfig(null)), stainless: legacyTarget } }));
  writeFileSync(path.join(sdk, 'consumer.ts'), CONSUMER);
  dir = sdk;
  Client = (await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href)).Features;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const envVar = 'FEATURES_BASE_URL';

function withEnv<T>(value: string | undefined, run: () => T): T {
  const before = process.env[envVar];
  if (value === undefined) delete process.env[envVar];
  else process.env[envVar] = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env[envVar];
    else process.env[envVar] = before;
  }
}

const status: Handler = json(200, { data: { ok: true }, meta: { region: 'x' } });

describe.runIf(SLOW_FULL)('an SDK with the Stainless-only IR fields set', () => {
  it('renderApi gives what generate gives for the same Api', () => {
    expect(unchanged.rendered.map((f) => f.path)).toEqual(unchanged.files.map((f) => f.path));
    expect(unchanged.rendered).toEqual(unchanged.files);
  });

  it('type-checks under tsc --strict, with its generated tests and a consumer program', () => {
    const { status: code, output } = typeCheckStrict(dir, ['src/**/*.ts', 'tests/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('environments: the first by default, `environment` picks one, a base URL wins, both given throws', async () => {
    server.reset();
    for (const route of ['GET /prod/status', 'GET /sandbox/status', 'GET /base/status', 'GET /env/status'])
      server.on(route, status);
    await withEnv(undefined, () => new Client({ maxRetries: 0 }).status.retrieve());
    await withEnv(undefined, () => new Client({ environment: 'sandbox', maxRetries: 0 }).status.retrieve());
    await withEnv(undefined, () => new Client({ baseURL: `${server.url}/base`, maxRetries: 0 }).status.retrieve());
    await withEnv(`${server.url}/env`, () => new Client({ maxRetries: 0 }).status.retrieve());
    // baseURL: null ignores the environment variable (as the error message below advises).
    await withEnv(`${server.url}/env`, () =>
      new Client({ baseURL: null, environment: 'sandbox', maxRetries: 0 }).status.retrieve(),
    );
    await withEnv(undefined, () =>
      new Client({ maxRetries: 0 }).withOptions({ environment: 'sandbox' }).status.retrieve(),
    );
    expect(server.requests.map((r) => r.path)).toEqual([
      '/prod/status',
      '/sandbox/status',
      '/base/status',
      '/env/status',
      '/sandbox/status',
      '/sandbox/status',
    ]);
    expect(() =>
      withEnv(undefined, () => new Client({ baseURL: `${server.url}/base`, environment: 'sandbox' })),
    ).toThrow(/Ambiguous URL/);
    expect(() => withEnv(`${server.url}/env`, () => new Client({ environment: 'sandbox' }))).toThrow(
      /FEATURES_BASE_URL env var/,
    );
  });

  it('unwrap: the method resolves to the field, withResponse too; asResponse keeps the whole body', async () => {
    server.reset();
    server.on('GET /status', status);
    const client = new Client({ baseURL: server.url, maxRetries: 0 });
    expect(await client.status.retrieve()).toEqual({ ok: true });
    const { data, response } = await client.status.retrieve().withResponse();
    expect(data).toEqual({ ok: true });
    expect(response.status).toBe(200);
    expect(await (await client.status.retrieve().asResponse()).json()).toEqual({
      data: { ok: true },
      meta: { region: 'x' },
    });
  });

  it('streamWhen: `stream: true` yields the events (Accept: text/event-stream), otherwise the JSON response', async () => {
    server.reset();
    server.on('POST /completions', (req, res) => {
      const body = JSON.parse(req.body.toString('utf8')) as { stream?: boolean | null };
      if (body.stream === true) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end('data: {"delta":"a"}\n\ndata: {"delta":"b"}\n\ndata: [DONE]\n\n');
      } else {
        json(200, { text: 'whole' })(req, res, 1);
      }
    });
    const client = new Client({ baseURL: server.url, maxRetries: 0 });
    const stream = await client.completions.create({ prompt: 'p', stream: true });
    expect(stream).toBeInstanceOf((await import(pathToFileURL(path.join(dir, 'src/index.ts')).href)).Stream);
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toEqual([{ delta: 'a' }, { delta: 'b' }]);
    expect(await client.completions.create({ prompt: 'p', stream: false })).toEqual({ text: 'whole' });
    expect(await client.completions.create({ prompt: 'p' })).toEqual({ text: 'whole' });
    const sent = server.received('POST /completions');
    expect(sent.map((r) => r.headers.accept)).toEqual(['text/event-stream', 'application/json', 'application/json']);
    expect(sent.map((r) => JSON.parse(r.body.toString('utf8')))).toEqual([
      { prompt: 'p', stream: true },
      { prompt: 'p', stream: false },
      { prompt: 'p' },
    ]);
  });

  it("sends the headers Stainless's SDKs sent: User-Agent, the runtime's, each attempt's retry count and timeout", async () => {
    server.reset();
    server.on('GET /status', (req, res, call) => (call === 1 ? json(503, { error: 'busy' }) : status)(req, res, call));
    const client = new Client({ baseURL: server.url, maxRetries: 1, timeout: 30_000 });
    expect(await client.status.retrieve()).toEqual({ ok: true });
    const sent = server.received('GET /status').map((r) => r.headers);
    expect(sent.map((h) => h['x-stainless-retry-count'])).toEqual(['0', '1']);
    expect(sent[0]).toMatchObject({
      'user-agent': 'Features/JS 0.1.0',
      'x-stainless-lang': 'js',
      'x-stainless-package-version': '0.1.0',
      'x-stainless-os': ({ linux: 'Linux', darwin: 'MacOS', win32: 'Windows' } as Record<string, string>)[
        process.platform
      ],
      'x-stainless-arch': process.arch === 'x64' || process.arch === 'arm64' ? process.arch : expect.any(String),
      'x-stainless-runtime': 'node',
      'x-stainless-runtime-version': process.version,
      'x-stainless-timeout': '30',
    });
    // A caller's headers win: null removes the count, as in Stainless's SDKs.
    server.reset();
    server.on('GET /status', status);
    await client.status.retrieve({ headers: { 'X-Stainless-Retry-Count': null }, timeout: 5_500 });
    const [removed] = server.received('GET /status').map((r) => r.headers);
    expect(removed).not.toHaveProperty('x-stainless-retry-count');
    expect(removed).toHaveProperty('x-stainless-timeout', '5');
  });

  it("idempotency keys as Stainless's SDKs made them: `stainless-node-retry-<uuid>`, the same on each attempt", async () => {
    server.reset();
    server.on('POST /completions', (req, res, call) =>
      (call === 1 ? json(503, { error: 'busy' }) : json(200, { text: 'whole' }))(req, res, call),
    );
    const client = new Client({ baseURL: server.url, maxRetries: 1 });
    await client.completions.create({ prompt: 'p' });
    await client.completions.create({ prompt: 'p' }, { idempotencyKey: 'mine' });
    const keys = server.received('POST /completions').map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(
      /^stainless-node-retry-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe('mine');
  });

  it('request options in place of optional params: recognised by their keys, `path` overrides the path', async () => {
    server.reset();
    server.on('GET /other', json(200, { data: [{ id: 'o' }], nextCursor: null }));
    server.on('GET /conversations/c1/items', json(200, { data: [{ id: 'i' }], nextCursor: null }));
    server.on('GET /status', status);
    const client = new Client({ baseURL: server.url, maxRetries: 0 });
    const page = await client.conversations.items.list('c1', { path: '/other' });
    expect(page.data).toEqual([{ id: 'o' }]);
    await client.conversations.items.list('c1', { limit: 2 });
    await client.conversations.items.list('c1', { query: { limit: 3 }, headers: { 'x-extra': 'yes' } });
    await client.conversations.items.list('c1', {});
    expect(await client.status.retrieve({ timeout: 5000 })).toEqual({ ok: true });
    await client.status.retrieve({ verbose: true });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/other',
      '/conversations/c1/items?limit=2',
      '/conversations/c1/items?limit=3',
      '/conversations/c1/items',
      '/status',
      '/status?verbose=true',
    ]);
    expect(server.requests[2]?.headers['x-extra']).toBe('yes');
  });

  it("keeps the module paths of Stainless's older SDKs, each the module that holds the code now", async () => {
    const load = (module: string) => import(pathToFileURL(path.join(dir, `src/${module}.ts`)).href);
    expect((await load('core')).APIPromise).toBe((await load('core/api-promise')).APIPromise);
    expect((await load('core')).PagePromise).toBe((await load('core/pagination')).PagePromise);
    expect((await load('error')).NotFoundError).toBe((await load('core/error')).NotFoundError);
    expect((await load('uploads')).toFile).toBe((await load('core/uploads')).toFile);
    expect((await load('streaming')).Stream).toBe((await load('core/streaming')).Stream);
    expect((await load('resource')).APIResource).toBe((await load('core/resource')).APIResource);
    expect((await load('resources')).Status).toBe((await load('resources/status')).Status);
    // `fileFromPath` reads a file into a File to upload, named after it unless a name is given.
    const { fileFromPath } = await load('uploads');
    expect(fileFromPath).toBe((await load('index')).fileFromPath);
    expect(fileFromPath).toBe(Client.fileFromPath);
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    const file = (await fileFromPath(text, { type: 'text/plain' })) as File;
    expect([file.name, file.type, await file.text()]).toEqual(['notes.txt', 'text/plain', 'hello']);
    expect(((await fileFromPath(text, 'renamed.txt')) as File).name).toBe('renamed.txt');
    // The older core module's client class is the client's base, and its helpers behave as they did.
    const core = await load('core');
    expect(core.APIClient).toBe((await load('core/base-client')).BaseClient);
    expect(new Client({ baseURL: server.url })).toBeInstanceOf(core.APIClient);
    expect([core.isObj({}), core.isObj([]), core.isObj(null), core.isObj('x')]).toEqual([true, false, false, false]);
    const original = new Error('kept');
    expect(core.castToError(original)).toBe(original);
    expect([core.castToError('text').message, core.castToError({ a: 1 }).message]).toEqual(['text', '{"a":1}']);
    expect([core.coerceInteger('42'), core.coerceInteger(4.6), core.coerceFloat('1.5')]).toEqual([42, 5, 1.5]);
    expect(() => core.coerceInteger(true)).toThrow((await load('core/error')).SDKError);
    expect([core.coerceBoolean('true'), core.coerceBoolean('false'), core.coerceBoolean(0)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([
      core.maybeCoerceInteger(undefined),
      core.maybeCoerceFloat('2'),
      core.maybeCoerceBoolean(undefined),
    ]).toEqual([undefined, 2, undefined]);
    expect([core.safeJSON('{'), core.safeJSON('[1]')]).toEqual([undefined, [1]]);
    expect(() => core.ensurePresent(null)).toThrow((await load('core/error')).SDKError);
    expect(core.ensurePresent(0)).toBe(0);
    expect([core.isEmptyObj({}), core.isEmptyObj(null), core.isEmptyObj({ a: 1 })]).toEqual([true, true, false]);
    expect([core.hasOwn({ a: 1 }, 'a'), core.hasOwn({}, 'toString')]).toEqual([true, false]);
    expect(core.toBase64('héllo ✓')).toBe(Buffer.from('héllo ✓').toString('base64'));
    expect(core.toBase64(null)).toBe('');
    expect(core.getHeader({ 'Content-Type': 'text/plain' }, 'content-type')).toBe('text/plain');
    expect(core.getHeader({ 'x-many': ['1', '2'] }, 'X-Many')).toBe('1');
    expect(core.getHeader(new Headers({ 'x-a': 'b' }), 'X-A')).toBe('b');
    expect(core.getHeader({}, 'x-absent')).toBeUndefined();
    expect(() => core.getRequiredHeader({}, 'x-absent')).toThrow(/x-absent/);
    expect(core.isRunningInBrowser()).toBe(false);
    // A logger that says what the client's log level lets through.
    const said: string[] = [];
    const record = (level: string) => (message: string) => said.push(`${level} ${message}`);
    const logger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') };
    const quiet = (await load('internal/utils')).loggerFor({ logger, logLevel: 'warn' });
    quiet.debug('d');
    quiet.info('i');
    quiet.warn('w');
    quiet.error('e');
    expect(said).toEqual(['warn w', 'error e']);
    expect(core.uuid4()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Where its modules took fetch and its classes from: the runtime's own.
    const shims = await load('_shims/index');
    expect([shims.fetch, shims.Response, shims.ReadableStream]).toEqual([fetch, Response, ReadableStream]);
    // Imported for what they did (chose a fetch): nothing to do now, nothing exported.
    expect(Object.keys(await load('shims/node'))).toEqual([]);
    expect(Object.keys(await load('shims/web'))).toEqual([]);
  });

  it('the page alias is exported, declared as the page class, and shown in api.md', async () => {
    const { readFileSync } = await import('node:fs');
    const items = readFileSync(path.join(dir, 'src/resources/conversations/items.ts'), 'utf8');
    // (The older layout's page alias is a class of its own.)
    expect(items).toMatch(/export class ItemsCursorPage extends \w+Page<Item> \{\}/);
    expect(items).toContain('PagePromise<ItemsCursorPage, Item>');
    const apiMd = readFileSync(path.join(dir, 'api.md'), 'utf8');
    expect(apiMd).toMatch(/items\.ts">list<\/a>\(conversationId, \{ \.\.\.params \}\) -> ItemsCursorPage</);
    expect(apiMd).toMatch(/completions\.ts">create<\/a>\(\{ \.\.\.params \}\) -> Completion</);
    expect(apiMd).toMatch(/status\.ts">retrieve<\/a>\(\{ \.\.\.params \}\) -> StatusInfo</);
    // The README's first program picks the other environment and names the default, as Stainless's does.
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain(
      "  environment: 'sandbox', // defaults to 'production'\n",
    );
  });
});

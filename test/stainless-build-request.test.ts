/**
 * A Stainless config's client has `buildRequest(options)` (tests written for Stainless's SDKs call it): the request a
 * call would send, built by the code that sends calls, so it must equal what a real server receives for that call.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { SLOW_FULL } from './helpers/slow-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Built', version: '1' },
  servers: [{ url: 'https://built.test' }],
  components: { securitySchemes: { key: { type: 'http', scheme: 'bearer' } } },
  security: [{ key: [] }],
  paths: {
    '/notes': {
      post: {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = `
organization:
  name: built
client_settings:
  opts:
    api_key:
      type: string
      read_env: BUILT_API_KEY
      auth: { security_scheme: key }
security: [{ key: [] }]
targets:
  typescript:
    package_name: built
resources:
  notes:
    methods:
      create: post /notes
`;

interface BuiltRequest {
  req: RequestInit & { headers: Headers };
  url: string;
  timeout: number;
}
interface Client {
  buildRequest(options: object, extra?: { retryCount?: number }): Promise<BuiltRequest>;
  post(path: string, options: object): Promise<unknown>;
}

const server = new TestServer();
let root = '';
let sdk = '';
let Built: new (options: object) => Client;

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-build-request');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    referenceDocs: false,
  });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  ({ Built } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href));
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's buildRequest", () => {
  it('gives the URL, headers and body the server receives for the same call', async () => {
    server.on('POST /notes', json(200, {}));
    const client = new Built({
      baseURL: server.url,
      apiKey: 'secret',
      defaultHeaders: { 'X-Default': 'd', 'X-Removed': 'r' },
      defaultQuery: { region: 'eu' },
    });
    const call = { path: '/notes', method: 'post' as const, query: { page: 2 }, body: { text: 'hi' } };
    const callHeaders = { 'X-Call': 'c', 'x-call': 'last', 'X-Removed': null, 'X-Unset': undefined };
    const { req, url, timeout } = await client.buildRequest({ ...call, headers: callHeaders });
    await client.post('/notes', { query: call.query, body: call.body, headers: callHeaders });
    const [received] = server.received('POST /notes');

    expect(req.headers).toBeInstanceOf(Headers);
    expect(req.method).toBe('POST');
    expect(url).toBe(`${server.url}/notes?${received!.url.split('?')[1]}`);
    expect(new URL(url).searchParams.get('region')).toBe('eu');
    expect(new URL(url).searchParams.get('page')).toBe('2');
    expect(req.body).toBe(JSON.stringify(call.body));
    expect(received!.body.toString()).toBe(req.body);
    expect(timeout).toBeGreaterThan(0);

    expect(req.headers.get('authorization')).toBe('Bearer secret');
    expect(req.headers.get('x-default')).toBe('d');
    expect(req.headers.get('x-call')).toBe('last');
    expect(req.headers.has('x-removed')).toBe(false);
    expect(req.headers.has('x-unset')).toBe(false);
    expect(req.headers.get('content-type')).toBe('application/json');
    // Every header built is one the server got, with the same value (fetch adds its own, such as host).
    for (const [name, value] of req.headers) expect([name, received!.headers[name]]).toEqual([name, value]);
  });

  it('numbers the attempt, reads a stream body, and lets a call change its content type', async () => {
    const client = new Built({ baseURL: server.url, apiKey: 'secret' });
    const first = await client.buildRequest({ path: '/foo', method: 'get' });
    const third = await client.buildRequest({ path: '/foo', method: 'get' }, { retryCount: 2 });
    expect(first.req.headers.get('x-stainless-retry-count')).toBe('0');
    expect(third.req.headers.get('x-stainless-retry-count')).toBe('2');
    expect(first.req.body).toBeUndefined();

    const streamed = await client.buildRequest({
      path: '/foo',
      method: 'post',
      body: new Response('a\nb\n').body,
      headers: { 'Content-Type': 'text/plain' },
    });
    // Read once here, so that every attempt can send it again.
    expect(streamed.req.body).toBeInstanceOf(Blob);
    expect(streamed.req.headers.get('content-type')).toBe('text/plain');
    expect(await new Response(streamed.req.body).text()).toBe('a\nb\n');
  });

  // A tsc program over the SDK: seconds of CPU, so SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)('type-checks under tsc --strict, as owners’ tests call it', () => {
    writeFileSync(
      path.join(sdk, 'src/build-request-use.ts'),
      [
        "import { Built } from './index';",
        'export async function contentType(client: Built): Promise<string | null> {',
        "  const { req, url, timeout } = await client.buildRequest({ path: '/foo', method: 'post' });",
        '  const seconds: number = timeout / 1000;',
        "  return `${url} ${seconds} ` + req.headers.get('content-type');",
        '}',
        '',
      ].join('\n'),
    );
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

/**
 * What generated SDKs put on the wire. A fixture (or a tiny spec) is generated with `generate()` into
 * test/.tmp, its `src/index.ts` is imported (vitest compiles TypeScript on the fly), and each call goes to a
 * fake `fetch` that records the request. Covers the wire names of fields that had to be renamed in the SDK.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { openapi, writeSpec, cleanupSpecs } from './helpers/spec';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../fixtures');
const OUT = path.resolve(here, `../.tmp/generated-sdk-${process.pid}`);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  cleanupSpecs();
});

interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = any;

let counter = 0;
const built = new Map<string, Promise<{ client: AnyClient; requests: Recorded[] }>>();

/**
 * Generate `spec` (once per spec), import the SDK, and return a client whose requests are recorded in
 * `requests` (emptied on every call).
 */
async function sdk(spec: string): Promise<{ client: AnyClient; requests: Recorded[] }> {
  if (!built.has(spec)) built.set(spec, build(spec));
  const sdk = await built.get(spec)!;
  sdk.requests.length = 0;
  return sdk;
}

async function build(spec: string): Promise<{ client: AnyClient; requests: Recorded[] }> {
  const result = await generate({ spec, format: false });
  const dir = path.join(OUT, String(counter++));
  for (const file of result.files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.contents);
  }
  const mod = await import(pathToFileURL(path.join(dir, 'src/index.ts')).href);
  const Client = mod[result.api.clientName] ?? mod.default;
  const requests: Recorded[] = [];
  const fetch = async (url: string | URL, init: RequestInit = {}) => {
    requests.push({
      method: String(init.method).toUpperCase(),
      url: new URL(String(url)),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : init.body == null ? null : '<non-string body>',
    });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new Client({ baseURL: 'http://sdk.test', fetch, maxRetries: 0 });
  return { client, requests };
}

describe('reserved-words fixture on the wire', () => {
  it('reserved-word path, query and header parameters keep their wire names', async () => {
    const { client, requests } = await sdk(path.join(FIXTURES, 'reserved-words.yaml'));
    await client.classes.retrieve('a/b', { 'X-Request-ID': 'req_1', new: true, in: 'x' });
    const [req] = requests;
    expect(req.method).toBe('GET');
    expect(req.url.pathname).toBe('/classes/a%2Fb');
    expect([...req.url.searchParams]).toEqual([
      ['new', 'true'],
      ['in', 'x'],
    ]);
    expect(req.headers.get('X-Request-ID')).toBe('req_1');

    await client.functions.default('fn', {
      '1st-choice': 'c',
      new: false,
      delete: true,
      params: 'p',
      options: 'o',
      __proto___: 'x',
      'with-dash': 'd',
    });
    const req2 = requests[1];
    expect(req2.url.pathname).toBe('/functions/fn/default');
    expect(req2.url.search).toBe('?1st-choice=c');
    // The SDK key `__proto___` goes on the wire as `__proto__` (an own property of the parsed body).
    expect(JSON.parse(req2.body!)).toEqual({
      new: false,
      delete: true,
      params: 'p',
      options: 'o',
      ['__proto__']: 'x',
      'with-dash': 'd',
    });
  });
});

describe('name-collisions fixture on the wire', () => {
  // A query parameter and a body field both called `name` are `query_name` and `body_name` in the SDK, as
  // Stainless writes them; each is sent to its place under the wire name.
  it('the query field is sent as `name` in the query', async () => {
    const { client, requests } = await sdk(path.join(FIXTURES, 'name-collisions.yaml'));
    await client.widgets.create({ dryRun: true, query_name: 'q', body_name: 'Widget' });
    expect([...requests[0].url.searchParams]).toEqual([
      ['dryRun', 'true'],
      ['name', 'q'],
    ]);
  });

  it('the body field is sent as `name` in the body', async () => {
    const { client, requests } = await sdk(path.join(FIXTURES, 'name-collisions.yaml'));
    await client.widgets.create({ dryRun: true, query_name: 'q', body_name: 'Widget' });
    expect(JSON.parse(requests[0].body!)).toEqual({ name: 'Widget' });
  });
});

describe('a path parameter and a body field with one name', () => {
  // POST /providers/{providerId}/keys/{keyId}: `keyId` is positional; `providerId` (path) and `providerId` (body)
  // are both params fields, `path_providerId` and `body_providerId`, as Stainless writes them.
  const spec = () =>
    writeSpec(
      openapi({
        paths: {
          '/providers/{providerId}/keys/{keyId}': {
            post: {
              operationId: 'updateKey',
              parameters: [
                { name: 'providerId', in: 'path', required: true, schema: { type: 'string' } },
                { name: 'keyId', in: 'path', required: true, schema: { type: 'string' } },
              ],
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['providerId'],
                      properties: { providerId: { type: 'string' }, label: { type: 'string' } },
                    },
                  },
                },
              },
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
              },
            },
          },
        },
      }),
    );

  it('sends each to its place under its own name', async () => {
    const { client, requests } = await sdk(spec());
    await client.providers.keys.create('k1', { path_providerId: 'p-path', body_providerId: 'p-body', label: 'l' });
    expect(requests[0].url.pathname).toBe('/providers/p-path/keys/k1');
    expect(JSON.parse(requests[0].body!)).toEqual({ providerId: 'p-body', label: 'l' });
  });
});

describe('parameters named like Object.prototype members', () => {
  let file: string | null = null;
  const spec = () =>
    (file ??= writeSpec(
      openapi({
        paths: {
          '/things': {
            get: {
              parameters: [
                { name: 'constructor', in: 'query', schema: { type: 'string' } },
                { name: 'toString', in: 'query', schema: { type: 'string' } },
                { name: 'q', in: 'query', schema: { type: 'string' } },
              ],
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
              },
            },
          },
        },
      }),
    ));

  // In the SDK they are `constructor_` / `toString_`; on the wire they keep their names. (GET /things is an item
  // GET: nothing says it is a list.)
  it('sends them under their wire names when they are given', async () => {
    const { client, requests } = await sdk(spec());
    await client.things.retrieve({ constructor_: 'c', toString_: 't', q: 'x' });
    expect([...requests[0].url.searchParams]).toEqual([
      ['constructor', 'c'],
      ['toString', 't'],
      ['q', 'x'],
    ]);
  });

  // Omitted, they are not sent: the SDK keys (`constructor_`, `toString_`) are not inherited from Object.prototype.
  it('does not send inherited members when they are omitted', async () => {
    const { client, requests } = await sdk(spec());
    await client.things.retrieve({ q: 'x' });
    expect([...requests[0].url.searchParams]).toEqual([['q', 'x']]);
  });
});

/** What goes on the wire: URL, query, headers, auth, bodies; and client construction. */
import { createReadStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from './helpers/sdk';
import { echo, json, sha256 } from './helpers/server';
import { API_KEY, caught, setup, type Context } from './helpers/setup';

const t = setup();

interface Echoed {
  method: string;
  url: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  body: string;
}

describe('URL and query', () => {
  test('method query: arrays repeat, styles per parameter, undefined and null dropped', async () => {
    t.server.on('GET /echo', echo);
    const res = (await t.client().items.search({
      q: 'a b&c',
      tags: ['x', 'y'],
      ids: [1, 2, 3],
      filter: { status: 'live', owner: undefined },
    })) as Echoed;
    expect(res.url).toBe('/echo?q=a%20b%26c&tags=x&tags=y&ids=1%7C2%7C3&filter%5Bstatus%5D=live');
    expect(res.query).toEqual({ q: ['a b&c'], tags: ['x', 'y'], ids: ['1|2|3'], 'filter[status]': ['live'] });
  });

  test('queryStyles are serialised by the styledQuery passed with them (the compiler asks for both)', async () => {
    const queryStyles = { ids: { style: 'pipeDelimited', explode: false } };
    const request = { method: 'get', path: '/echo', query: { ids: [1, 2] }, queryStyles };
    t.server.on('GET /echo', echo);
    const res = (await t.client().request({ ...request, styledQuery: t.sdk.stringifyQuery })) as Echoed;
    expect(res.url).toBe('/echo?ids=1%7C2');
    // From JavaScript, without it: the client's own serialisation (typecheck.ts shows the compiler refusing it).
    expect(((await t.client().request(request)) as Echoed).url).toBe('/echo?ids=1&ids=2');
  });

  test('default query < method query < per-request query', async () => {
    t.server.on('GET /echo', echo);
    const client = t.client({ defaultQuery: { v: '1', q: 'default' } });
    const res = (await client.items.search(
      { q: 'method', tags: ['a'] },
      { query: { tags: ['b', 'c'], extra: 0 } },
    )) as Echoed;
    expect(res.query).toEqual({ v: ['1'], q: ['method'], tags: ['b', 'c'], extra: ['0'] });
  });

  test('query serialisation styles', () => {
    const { stringifyQuery } = t.sdk;
    const date = new Date('2024-01-02T03:04:05.000Z');
    expect(stringifyQuery({ a: [1, 2], b: true, c: date, d: null, e: undefined })).toBe(
      'a=1&a=2&b=true&c=2024-01-02T03%3A04%3A05.000Z',
    );
    // Exploded objects spread into their own parameters (OpenAPI form/explode).
    expect(stringifyQuery({ point: { x: 1, y: 2 } })).toBe('x=1&y=2');
    const styles = {
      f: { style: 'form', explode: false },
      o: { style: 'form', explode: false },
      s: { style: 'spaceDelimited', explode: false },
      p: { style: 'pipeDelimited', explode: false },
      d: { style: 'deepObject', explode: true },
    };
    expect(
      stringifyQuery(
        { f: ['a,b', 'c'], o: { x: 1, y: 'z' }, s: ['a', 'b'], p: ['a', 'b'], d: { a: { b: 1 }, c: [1, 2] } },
        styles,
      ),
    ).toBe('f=a%2Cb,c&o=x,1,y,z&s=a%20b&p=a%7Cb&d%5Ba%5D%5Bb%5D=1&d%5Bc%5D=1&d%5Bc%5D=2');
    // The formats of a Stainless config's query_settings that OpenAPI has no style for.
    const stainless = {
      b: { style: 'brackets', explode: true },
      i: { style: 'indices', explode: true },
      o: { style: 'dots', explode: true },
    };
    expect(
      decodeURIComponent(stringifyQuery({ b: ['x', 'y'], i: ['x', 'y'], o: { s: 'live', t: { u: 1 } } }, stainless)),
    ).toBe('b[]=x&b[]=y&i[0]=x&i[1]=y&o.s=live&o.t.u=1');
  });

  test('base URL path prefix and trailing slash: joined without a double slash, kept as given', async () => {
    t.server.on('GET /v1/echo', echo);
    const client = t.client({ baseURL: `${t.server.url}/v1//` });
    const res = (await client.request({ method: 'get', path: '/echo' })) as Echoed;
    expect(res.path).toBe('/v1/echo');
    // As Stainless's clients keep it (owners' tests compare `client.baseURL` with what they passed).
    expect((client as unknown as { baseURL: string }).baseURL).toBe(`${t.server.url}/v1//`);
  });

  test("an operation's own server is its base URL while the client's is the default; a base URL given wins", async () => {
    t.server.on('GET /echo', echo);
    const nowhere = 'http://127.0.0.1:9';
    // A client whose default base URL is `nowhere`, as a generated client's is the spec's server.
    const Client = class extends (t.sdk.BaseClient as new (options: object, config: object) => object) {
      constructor(options = {}) {
        super(options, {
          defaultBaseURL: nowhere,
          envPrefix: 'TEST_OWN_SERVER',
          packageName: 'p',
          packageVersion: '1',
        });
      }
    };
    type Requesting = ReturnType<Context['client']>;
    const defaulted = new Client({ maxRetries: 0 }) as Requesting;
    const own = { method: 'get', path: '/echo', defaultBaseURL: t.server.url };
    expect(((await defaulted.request(own)) as Echoed).url).toBe('/echo');
    const given = new Client({ baseURL: t.server.url, maxRetries: 0 }) as Requesting;
    expect(((await given.request({ ...own, defaultBaseURL: nowhere })) as Echoed).url).toBe('/echo');
    // Stainless's request option of the name does the same for a call of one's own.
    expect(((await defaulted.get('/echo', { defaultBaseURL: t.server.url })) as Echoed).url).toBe('/echo');
    expect(((await given.get('/echo', { defaultBaseURL: nowhere })) as Echoed).url).toBe('/echo');
  });

  test("a path's own query string is kept, the request's query after it, without reading it through URLSearchParams", async () => {
    t.server.on('GET /echo', echo);
    const client = t.client();
    const sent = (await client.request({ method: 'get', path: '/echo?a=1&a=2', query: { b: 3 } })) as Echoed;
    // Both values of the repeated key stay, in order (an object made from URLSearchParams keeps only the last).
    expect(sent.url).toBe('/echo?a=1&a=2&b=3');
  });

  test("a relative base URL (`/api`, for a page served from the API's origin) is resolved against the page's location", async () => {
    t.server.on('GET /api/echo', echo);
    const scope = globalThis as unknown as { location?: URL };
    // A page of the API's origin, as a browser's `location` is (fetch resolves nothing relative outside one).
    scope.location = new URL(`${t.server.url}/app/index.html`);
    try {
      const client = t.client({ baseURL: '/api' });
      expect(client.baseURL).toBe(`${t.server.url}/api`);
      const sent = (await client.request({ method: 'get', path: '/echo', query: { a: 1 } })) as Echoed;
      expect(sent.url).toBe('/api/echo?a=1');
      // An absolute URL (a next-page link) is checked against the resolved origin, and sent.
      const link = `${t.server.url}/api/echo?b=2`;
      const next = (await client.request({ method: 'get', path: link, absoluteURL: t.sdk.absoluteURL })) as Echoed;
      expect(next.url).toBe('/api/echo?b=2');
      // Relative to the page's folder without a leading slash, as a link's would be.
      expect(t.client({ baseURL: 'api/v1' }).baseURL).toBe(`${t.server.url}/app/api/v1`);
    } finally {
      delete scope.location;
    }
  });

  test('outside a page, a relative base URL stays relative: a custom fetch resolves it', async () => {
    t.server.on('GET /api/v1/echo', echo);
    const seen: string[] = [];
    // A fetch that resolves relative URLs (a proxy, a server-side app's own): it gets the URL as built.
    const resolving = (url: string, init: RequestInit) => {
      seen.push(url);
      return fetch(new URL(url, t.server.url), init);
    };
    const client = t.client({ baseURL: '/api/v1', fetch: resolving, defaultQuery: { v: '2' } });
    expect(client.baseURL).toBe('/api/v1');
    const sent = (await client.request({ method: 'get', path: '/echo?a=1', query: { b: 2 } })) as Echoed;
    expect(seen).toEqual(['/api/v1/echo?a=1&v=2&b=2']);
    expect(sent.url).toBe('/api/v1/echo?a=1&v=2&b=2');
    // Logged at debug as it was sent, relative (the log's redaction parses it).
    const lines: string[] = [];
    const log = (message: string) => lines.push(message);
    const logger = { error: log, warn: log, info: log, debug: log };
    await t.client({ baseURL: '/api/v1', fetch: resolving, logLevel: 'debug', logger }).get('/echo');
    expect(lines.some((line) => line.endsWith('GET /api/v1/echo'))).toBe(true);
    // A link with an origin cannot be checked against a relative base URL: refused, not sent.
    const link = { method: 'get', path: `${t.server.url}/api/v1/echo`, absoluteURL: t.sdk.absoluteURL };
    expect(String(await caught(() => client.request(link)))).toMatch(
      /Refusing to request .*base URL \/api\/v1 is relative/,
    );
    // With the global fetch, see relative-base-url.test.ts (the request fails naming the URL; the client is made).
    expect(t.server.received()).toHaveLength(2);
  });

  test('path parameters are percent-encoded and cannot change the path', async () => {
    t.server.on('GET /items/a%2Fb%3Fc%23d%20e', json(200, { id: 'ok', name: 'n' }));
    expect(await t.client().items.get('a/b?c#d e')).toEqual({ id: 'ok', name: 'n' });
    const { path: p, TestError } = t.sdk;
    for (const bad of ['.', '..', '', null, undefined, { a: 1 }]) {
      expect(() => p`/items/${bad}/raw`).toThrow(TestError);
    }
    expect(p`/a/${'..a'}/${1}/${true}`).toBe('/a/..a/1/true');
    expect(() => t.client().items.get('..')).toThrow(/Invalid path parameter "\.\."/);
    expect(t.server.received()).toHaveLength(1); // only the first, valid call
  });

  test('an absolute URL on another origin is refused before sending (credentials would leak)', async () => {
    const steal = { method: 'get', path: 'http://example.invalid/steal', absoluteURL: t.sdk.absoluteURL };
    const error = await caught(() => t.client().request(steal));
    expect(error).toBeInstanceOf(t.sdk.TestError);
    expect(String(error)).toMatch(/Refusing to request http:\/\/example\.invalid/);
  });

  test('an absolute URL is followed only with `absoluteURL` (as a page passes it for its links)', async () => {
    const error = await caught(() => t.client().get(`${t.server.url}/echo`));
    expect(error).toBeInstanceOf(t.sdk.TestError);
    expect(String(error)).toContain(`\`path: '${t.server.url}/echo'\` needs \`absoluteURL\``);
    expect(t.server.received()).toHaveLength(0);
  });
});

describe('headers', () => {
  test('defaults: Accept, User-Agent, bearer auth', async () => {
    t.server.on('GET /echo', echo);
    const { headers } = (await t.client().request({ method: 'get', path: '/echo' })) as Echoed;
    expect(headers['accept']).toBe('application/json');
    expect(headers['user-agent']).toBe('test-sdk/0.0.1');
    expect(headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(headers['content-type']).toBeUndefined();
    expect(headers['idempotency-key']).toBeUndefined();
    // Stainless's headers are sent by clients generated from a Stainless config only.
    expect(Object.keys(headers).filter((name) => name.startsWith('x-stainless-'))).toEqual([]);
  });

  test('merge order default < auth < method < per-request; null removes, even runtime defaults', async () => {
    t.server.on('GET /echo', echo);
    const client = t.client({
      defaultHeaders: { 'X-Default': 'd', 'X-Level': 'default', 'User-Agent': null, Authorization: 'Basic ignored' },
    });
    const { headers } = (await client.items.search(
      { 'X-Trace-Id': 'trace-1' },
      { headers: { 'x-level': 'request', Accept: null, 'X-Extra': 'e' } },
    )) as Echoed;
    expect(headers['x-default']).toBe('d');
    expect(headers['x-level']).toBe('request');
    expect(headers['x-trace-id']).toBe('trace-1');
    expect(headers['x-extra']).toBe('e');
    expect(headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(headers['user-agent']).not.toBe('test-sdk/0.0.1');
    expect(headers['accept']).not.toBe('application/json');

    const removed = (await client.request(
      { method: 'get', path: '/echo' },
      { headers: { Authorization: null } },
    )) as Echoed;
    expect(removed.headers['authorization']).toBeUndefined();
  });

  test('CR/LF in a header value or name is rejected before anything is sent', async () => {
    t.server.on('GET /echo', echo);
    const client = t.client();
    for (const headers of [{ 'X-A': 'ok\r\nX-Injected: 1' }, { 'X-A': 'trailing\n' }, { 'X-A\r\nX-B': 'v' }]) {
      const error = await caught(() => client.request({ method: 'get', path: '/echo' }, { headers }));
      expect(error).toBeInstanceOf(t.sdk.TestError);
      expect(error).not.toBeInstanceOf(t.sdk.APIError);
    }
    const fromParam = await caught(() => client.items.search({ 'X-Trace-Id': 'a\rb' }));
    expect(String(fromParam)).toMatch(/CR or LF in the value/);
    expect(t.server.received()).toHaveLength(0);
  });

  test('header parameters: arrays comma-joined, numbers stringified, undefined dropped', async () => {
    t.server.on('GET /echo', echo);
    const { headers } = (await t.client().request({
      method: 'get',
      path: '/echo',
      headers: { 'X-List': ['a', 'b'], 'X-Num': 3, 'X-None': undefined },
    })) as Echoed;
    expect(headers['x-list']).toBe('a,b');
    expect(headers['x-num']).toBe('3');
    expect('x-none' in headers).toBe(false);
  });

  test('idempotency key: fresh per non-GET call, none on GET, overridable', async () => {
    t.server.on('POST /items', echo).on('GET /echo', echo).on('DELETE /items/1', echo);
    const client = t.client();
    const first = (await client.items.create({ name: 'a' })) as Echoed;
    const second = (await client.items.create({ name: 'a' })) as Echoed;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(first.headers['idempotency-key']).toMatch(uuid);
    expect(second.headers['idempotency-key']).toMatch(uuid);
    expect(first.headers['idempotency-key']).not.toBe(second.headers['idempotency-key']);
    const get = (await client.request({ method: 'get', path: '/echo' })) as Echoed;
    expect(get.headers['idempotency-key']).toBeUndefined();
    const explicit = (await client.items.create({ name: 'a' }, { idempotencyKey: 'my-key' })) as Echoed;
    expect(explicit.headers['idempotency-key']).toBe('my-key');
    const del = (await client.request({ method: 'delete', path: '/items/1' })) as Echoed;
    expect(del.method).toBe('DELETE');
    expect(del.headers['idempotency-key']).toMatch(uuid);
  });

  test('authenticated: false sends no credentials', async () => {
    t.server.on('GET /health', echo);
    const res = (await t.client().items.health()) as unknown as Echoed;
    expect(res.headers['authorization']).toBeUndefined();
  });

  test('apiKey-in-query auth: added to authenticated requests only', async () => {
    t.server.on('GET /echo', echo).on('GET /health', echo);
    const client = new t.sdk.QueryKeyClient({ apiKey: 'qk', baseURL: t.server.url });
    const res = (await client.request({ method: 'get', path: '/echo', query: { a: 1 } })) as Echoed;
    expect(res.query).toEqual({ api_key: ['qk'], a: ['1'] });
    expect(res.headers['authorization']).toBeUndefined();
    const health = (await client.items.health()) as unknown as Echoed;
    expect(health.query).toEqual({});
  });

  test('HTTP methods are upper-cased (fetch does not normalise PATCH)', async () => {
    t.server.on('PATCH /echo', echo);
    const res = (await t.client().request({ method: 'patch', path: '/echo', body: { a: 1 } })) as Echoed;
    expect(res.method).toBe('PATCH');
    expect(JSON.parse(res.body)).toEqual({ a: 1 });
  });
});

describe('request bodies', () => {
  test('json (default), form, text', async () => {
    t.server.on('POST /echo', echo);
    const client = t.client();
    const asJSON = (await client.request({ method: 'post', path: '/echo', body: { a: [1, 'x'], b: null } })) as Echoed;
    expect(asJSON.headers['content-type']).toBe('application/json');
    expect(asJSON.body).toBe('{"a":[1,"x"],"b":null}');

    const form = (await client.request({
      method: 'post',
      path: '/echo',
      body: { name: 'a b', tags: ['x', 'y'], skip: undefined },
      bodyEncoding: 'form',
      encode: t.sdk.encodeBody,
    })) as Echoed;
    expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(form.body).toBe('name=a%20b&tags=x&tags=y');

    const text = (await client.request({
      method: 'post',
      path: '/echo',
      body: 'héllo',
      bodyEncoding: 'text',
      encode: t.sdk.encodeBody,
    })) as Echoed;
    expect(text.headers['content-type']).toBe('text/plain');
    expect(text.body).toBe('héllo');

    const csv = (await client.request({
      method: 'post',
      path: '/echo',
      body: 'a,b',
      bodyEncoding: 'text',
      encode: t.sdk.encodeBody,
      contentType: 'text/csv',
    })) as Echoed;
    expect(csv.headers['content-type']).toBe('text/csv');
    // The other encodings are the method's to pass, so that a program sending only JSON does not bundle them.
    const unencoded = await caught(() =>
      client.request({ method: 'post', path: '/echo', body: { a: 1 }, bodyEncoding: 'form' }),
    );
    expect(unencoded).toBeInstanceOf(t.sdk.TestError);
    expect(String(unencoded)).toContain("`bodyEncoding: 'form'` needs `encode: encodeBody`");
  });

  test('binary bodies from every uploadable arrive byte-exact', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const expected = sha256(bytes);
    t.server.on('POST /items/x/raw', (req, res) =>
      json(200, { sha: sha256(req.body), size: req.body.length, type: req.headers['content-type'] })(req, res, 0),
    );
    const file = path.join(REPO, 'test/.tmp', `upload-${process.pid}.bin`);
    await writeFile(file, bytes);
    async function* generate() {
      yield bytes.subarray(0, 1000);
      yield bytes.subarray(1000);
    }
    const inputs = {
      Uint8Array: bytes,
      ArrayBuffer: bytes.slice().buffer,
      Blob: new Blob([bytes]),
      Response: new Response(bytes),
      ReadableStream: new Response(bytes).body,
      AsyncIterable: generate(),
      'fs.ReadStream': createReadStream(file),
    };
    const client = t.client();
    try {
      for (const [kind, input] of Object.entries(inputs)) {
        const res = await client.items.uploadRaw('x', input);
        expect({ kind, ...res }).toEqual({ kind, sha: expected, size: bytes.length, type: 'application/octet-stream' });
      }
    } finally {
      await rm(file, { force: true });
    }
    // A wildcard content type from the spec defers to the blob's own type.
    const typed = await client.request({
      method: 'post',
      path: '/items/x/raw',
      body: new Blob(['<svg/>'], { type: 'image/svg+xml' }),
      bodyEncoding: 'binary',
      encode: t.sdk.encodeBody,
      contentType: 'image/*',
    });
    expect(typed.type).toBe('image/svg+xml');
  });
  test('a ReadableStream given as the body arrives whole (read into a Blob before fetch)', async () => {
    t.server.on('POST /echo', echo);
    const stream = new Response('streamed body').body;
    const res = (await t.client().request({ method: 'post', path: '/echo', body: stream })) as Echoed;
    expect(res.body).toBe('streamed body');
  });
});

describe('client construction', () => {
  test('withOptions keeps the subclass, its own options and the rest', async () => {
    t.server.on('GET /echo', echo);
    const client = t.client({ timeout: 1234, defaultHeaders: { 'X-Keep': 'yes' } });
    const copy = client.withOptions({ maxRetries: 7 });
    expect(copy).toBeInstanceOf(t.sdk.Test);
    expect(copy).not.toBe(client);
    expect([copy.apiKey, copy.baseURL, copy.timeout, copy.maxRetries]).toEqual([API_KEY, t.server.url, 1234, 7]);
    expect(client.maxRetries).toBe(2);
    const res = (await copy.request({ method: 'get', path: '/echo' })) as Echoed;
    expect(res.headers['x-keep']).toBe('yes');
    expect(res.headers['authorization']).toBe(`Bearer ${API_KEY}`);

    const queryClient = new t.sdk.QueryKeyClient({ apiKey: 'qk', baseURL: t.server.url }).withOptions({
      apiKey: 'qk2',
    });
    expect(queryClient).toBeInstanceOf(t.sdk.QueryKeyClient);
    expect(((await queryClient.request({ method: 'get', path: '/echo' })) as Echoed).query).toEqual({
      api_key: ['qk2'],
    });
  });

  test('base URL: option, then <ENV>_BASE_URL, then the default; required when none', () => {
    const { Defaulted, Test, TestError } = t.sdk;
    const saved = { ...process.env };
    try {
      delete process.env['TEST_DEFAULTED_BASE_URL'];
      expect(new Defaulted().baseURL).toBe('https://api.example.com/v1/');
      process.env['TEST_DEFAULTED_BASE_URL'] = '  http://env.example/api  ';
      expect(new Defaulted().baseURL).toBe('http://env.example/api');
      expect(new Defaulted({ baseURL: 'http://option.example' }).baseURL).toBe('http://option.example');
      process.env['TEST_DEFAULTED_BASE_URL'] = '';
      expect(new Defaulted().baseURL).toBe('https://api.example.com/v1/');

      delete process.env['TEST_BASE_URL'];
      expect(() => new Test({ apiKey: 'k' })).toThrow(TestError);
      expect(() => new Test({ apiKey: 'k' })).toThrow(/TEST_BASE_URL/);
      process.env['TEST_API_KEY'] = 'from-env';
      expect(new Test({ baseURL: 'http://x' }).apiKey).toBe('from-env');
      delete process.env['TEST_API_KEY'];
      expect(() => new Test({ baseURL: 'http://x' })).toThrow(/TEST_API_KEY/);
    } finally {
      process.env = saved;
    }
  });

  test('defaults: timeout 60 s, 2 retries, log level warn', () => {
    const client = t.client();
    expect([client.timeout, client.maxRetries, client.logLevel]).toEqual([60_000, 2, 'warn']);
  });

  test('custom fetch and fetchOptions', async () => {
    t.server.on('GET /echo', echo);
    const calls: Array<[string, RequestInit]> = [];
    const client = t.client({
      fetch: (url: string, init: RequestInit) => {
        calls.push([url, init]);
        return fetch(url, init);
      },
      fetchOptions: { cache: 'no-store', redirect: 'error' },
    });
    await client.request({ method: 'get', path: '/echo', query: { a: 1 } }, { fetchOptions: { redirect: 'manual' } });
    expect(calls).toHaveLength(1);
    const [url, init] = calls[0] ?? ['', {}];
    expect(url).toBe(`${t.server.url}/echo?a=1`);
    expect(init.cache).toBe('no-store');
    expect(init.redirect).toBe('manual');
    expect(init.method).toBe('GET');
    // No caller signal: fetch gets none (a signal makes every fetch slower; the timeout works without one).
    expect(init.signal).toBeUndefined();
    await client.request({ method: 'get', path: '/echo' }, { signal: new AbortController().signal });
    expect(calls[1]?.[1].signal).toBeInstanceOf(AbortSignal);
  });
});

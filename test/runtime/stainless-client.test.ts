/**
 * Stainless's client surface, which only an SDK made from a Stainless config has (its client is rendered with
 * `stainlessClient`): the hooks a subclass written for a Stainless SDK overrides, `getAPIList`, `requestAPIList` and
 * `buildURL`, and `APIPromise#_thenUnwrap`. Other SDKs' clients have none of it, so their bundles do without it.
 */
import { describe, expect, test } from 'vitest';
import { STAINLESS_VIEW } from './helpers/sdk';
import { echo, json, type Handler } from './helpers/server';
import { API_KEY, caught, setup, type Context } from './helpers/setup';

const t = setup(STAINLESS_VIEW);
const lean = setup();

interface Echoed {
  method: string;
  url: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  body: string;
}

test("an SDK made without a Stainless config has none of Stainless's client surface", () => {
  const client = lean.client();
  const surface = ['getAPIList', 'requestAPIList', 'buildURL', 'defaultQuery', 'stringifyQuery', 'prepareOptions'];
  for (const name of [...surface, 'prepareRequest', 'shouldRetry', 'makeStatusError', 'defaultIdempotencyKey'])
    expect(client[name], name).toBeUndefined();
  expect(lean.sdk.APIPromise.prototype._thenUnwrap).toBeUndefined();
  expect(t.sdk.APIPromise.prototype._thenUnwrap).toBeTypeOf('function');
  for (const name of surface) expect(typeof t.client()[name], name).toBe('function');
});

describe("Stainless's client hooks, overridden by a subclass", () => {
  // As code written for a Stainless SDK subclasses its client (a proxy's auth, a query format the API wants).
  const hooked = (hooks: Record<string, unknown>) => {
    const Hooked = class extends (t.sdk.Test as new (options: object) => object) {};
    Object.assign(Hooked.prototype, hooks);
    return new Hooked({ apiKey: API_KEY, baseURL: t.server.url }) as ReturnType<Context['client']>;
  };

  test('stringifyQuery serialises every query, a method with per-parameter styles too', async () => {
    t.server.on('GET /echo', echo);
    const client = hooked({
      stringifyQuery(query: Record<string, unknown>) {
        return Object.entries(query)
          .filter(([, value]) => value !== undefined)
          .map(
            ([key, value]) =>
              `${key}=${Array.isArray(value) ? value.join(',') : encodeURIComponent(JSON.stringify(value))}`,
          )
          .join('&');
      },
    });
    const styled = (await client.items.search({ q: 'x', ids: [1, 2], filter: { status: 'live' } })) as Echoed;
    expect(styled.url).toBe(`/echo?q=%22x%22&ids=1,2&filter=${encodeURIComponent('{"status":"live"}')}`);
    const plain = (await client.get('/echo', { query: { tags: ['a', 'b'] } })) as Echoed;
    expect(plain.url).toBe('/echo?tags=a,b');
    // Without the override, the method's styles still apply.
    expect(((await t.client().items.search({ ids: [1, 2] })) as Echoed).url).toBe('/echo?ids=1%7C2');
  });

  test('authHeaders may be async and read the call: a token fetched for each call is sent', async () => {
    t.server.on('GET /echo', echo);
    const client = hooked({
      async authHeaders(options: { path: string }) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { Authorization: `Bearer token-for-${options.path}` };
      },
    });
    const res = (await client.get('/echo')) as Echoed;
    expect(res.headers.authorization).toBe('Bearer token-for-/echo');
    // A call that sends no credentials does not ask for them.
    const unauthenticated = (await client.request({ method: 'get', path: '/echo', authenticated: false })) as Echoed;
    expect(unauthenticated.headers.authorization).toBeUndefined();
  });

  test('shouldRetry, makeStatusError and defaultIdempotencyKey decide retries, errors and keys', async () => {
    let calls = 0;
    t.server.on('POST /echo', (req, res, n) => (calls++, n === 1 ? json(404, {})(req, res, n) : echo(req, res, n)));
    class NotFoundAgain extends Error {}
    const client = hooked({
      async shouldRetry(response: Response) {
        return response.status === 404;
      },
      defaultIdempotencyKey: () => 'mine-1',
    });
    const res = (await client.withOptions({ maxRetries: 1 }).post('/echo', { body: {} })) as Echoed;
    expect(calls).toBe(2);
    expect(res.headers['idempotency-key']).toBe('mine-1');
    t.server.on('GET /missing', json(404, { message: 'gone' }));
    const custom = hooked({
      makeStatusError: (status: number, error: unknown) => Object.assign(new NotFoundAgain(`${status}`), { error }),
    });
    const error = await caught(() => custom.withOptions({ maxRetries: 0 }).get('/missing'));
    expect(error).toBeInstanceOf(NotFoundAgain);
    expect((error as { error: unknown }).error).toEqual({ message: 'gone' });
  });

  test('defaultQuery is sent under the method query', async () => {
    t.server.on('GET /echo', echo);
    const client = hooked({ defaultQuery: () => ({ 'api-version': '2024-01', q: 'default' }) });
    const res = (await client.items.search({ q: 'method' })) as Echoed;
    expect(res.query).toEqual({ 'api-version': ['2024-01'], q: ['method'] });
  });

  test('prepareOptions sees the method, path and body, and what it changes is sent; the options passed stay as they were', async () => {
    t.server.on('POST /moved', echo);
    const seen: unknown[] = [];
    const client = hooked({
      async prepareOptions(options: Record<string, unknown>) {
        seen.push({ method: options.method, path: options.path, body: options.body });
        options.path = '/moved';
        options.headers = { ...(options.headers as object), 'X-Token': await Promise.resolve('from-hook') };
        options.body = { ...(options.body as object), added: true };
        options.query = { v: '2' };
      },
    });
    const callerOptions = { headers: { 'X-Caller': 'yes' } };
    const res = (await client.items.create({ name: 'n' }, callerOptions)) as unknown as Echoed;
    expect(seen).toEqual([{ method: 'post', path: '/items', body: { name: 'n' } }]);
    expect(res.url).toBe('/moved?v=2');
    expect(res.headers['x-token']).toBe('from-hook');
    expect(res.headers['x-caller']).toBe('yes');
    expect(JSON.parse(res.body)).toEqual({ name: 'n', added: true });
    expect(callerOptions).toEqual({ headers: { 'X-Caller': 'yes' } });
  });

  test('prepareRequest gets the RequestInit with the URL, once a call: its changes are sent by the retries too', async () => {
    let calls = 0;
    t.server.on('POST /echo', (req, res, n) => (n === 1 ? json(503, {})(req, res, n) : echo(req, res, n)));
    const client = hooked({
      async prepareRequest(init: RequestInit, { url, options }: { url: string; options: { path: string } }) {
        calls++;
        (init.headers as Record<string, string>)['x-signature'] =
          `${init.method} ${new URL(url).pathname} ${options.path}`;
      },
    });
    const res = (await client.withOptions({ maxRetries: 1 }).post('/echo', { body: { a: 1 } })) as Echoed;
    expect(res.headers['x-signature']).toBe('POST /echo /echo');
    expect(calls).toBe(1);
  });

  test('a ReadableStream body a hook puts in the RequestInit is sent (fetch is told `duplex`, as it needs)', async () => {
    t.server.on('POST /echo', echo);
    const client = hooked({
      async prepareRequest(init: RequestInit) {
        init.body = new Response(`signed:${String(init.body)}`).body;
      },
    });
    const res = (await client.withOptions({ maxRetries: 0 }).post('/echo', { body: 'x' })) as Echoed;
    expect(res.body).toBe('signed:"x"');
  });
});

describe("Stainless's names for lists and URLs of one's own", () => {
  // As custom code written for a Stainless SDK calls them: `this._client.getAPIList(path, Page, options)`.
  const pages: Record<string, unknown> = {
    '1': { items: [{ id: 'a' }, { id: 'b' }], pagination: { currentPage: 1, pageSize: 2, totalPages: 2 } },
    '2': { items: [{ id: 'c' }], pagination: { currentPage: 2, pageSize: 2, totalPages: 2 } },
  };
  const paged: Handler = (req, res, n) => json(200, pages[req.query.get('page') ?? '1'])(req, res, n);

  test('getAPIList (and requestAPIList) page through a path with the query, method and body given, as the page class says', async () => {
    t.server.on('GET /custom/items', paged);
    t.server.on('POST /custom/search', paged);
    const client = t.client();
    const ids: string[] = [];
    for await (const item of client.getAPIList('/custom/items', t.sdk.NumberedPage, { query: { pageSize: 2 } }))
      ids.push((item as { id: string }).id);
    expect(ids).toEqual(['a', 'b', 'c']);
    // A list sent as a POST, as Stainless's SDKs ask for one (and its older ones, with requestAPIList).
    const page = await client.getAPIList('/custom/search', t.sdk.NumberedPage, { method: 'post', body: {} });
    const older = await client.requestAPIList(t.sdk.NumberedPage, { method: 'post', path: '/custom/search', body: {} });
    expect(older.items).toEqual(page.items);
    expect(page).toBeInstanceOf(t.sdk.NumberedPage);
    expect(await page.getNextPage()).toBeInstanceOf(t.sdk.NumberedPage);
    expect(t.server.received().map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /custom/items?pageSize=2',
      'GET /custom/items?page=2&pageSize=2',
      'POST /custom/search',
      'POST /custom/search',
      'POST /custom/search?page=2',
    ]);
  });

  test('buildURL: base URL and path, then the default query, the auth query and the query given', () => {
    const client = t.client({ defaultQuery: { v: '1' } });
    expect(client.buildURL('/files/a%20b', { download: true, skip: undefined })).toBe(
      `${t.server.url}/files/a%20b?v=1&download=true`,
    );
    expect(client.buildURL('x', null)).toBe(`${t.server.url}/x?v=1`);
    const queryKey = new t.sdk.QueryKeyClient({ apiKey: API_KEY, baseURL: t.server.url });
    expect(queryKey.buildURL('/x', { n: 1 })).toBe(`${t.server.url}/x?api_key=${API_KEY}&n=1`);
    expect(new t.sdk.Defaulted().buildURL('/x')).toBe('https://api.example.com/v1/x');
  });

  test("buildURL sends to an operation's own server while the client's base URL is the default", () => {
    const nowhere = 'http://127.0.0.1:9';
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
    const defaulted = new Client() as Requesting;
    expect(defaulted.buildURL('/files/1', null, 'https://files.example.com')).toBe('https://files.example.com/files/1');
    const given = new Client({ baseURL: t.server.url }) as Requesting;
    expect(given.buildURL('/files/1', null, 'https://files.example.com')).toBe(`${t.server.url}/files/1`);
  });
});

test("an absolute URL on the API's origin is sent, as Stainless's clients took one anywhere; another origin is refused", async () => {
  t.server.on('GET /echo', echo);
  const sent = (await t.client().get(`${t.server.url}/echo?b=2`, { query: { c: 3 } })) as Echoed;
  expect(sent.url).toBe('/echo?b=2&c=3');
  const error = await caught(() => t.client().get('http://example.invalid/steal'));
  expect(String(error)).toMatch(/Refusing to request http:\/\/example\.invalid/);
});

describe('APIPromise', () => {
  test('_thenUnwrap (as in code written for Stainless SDKs): the transformed body, from the same request', async () => {
    let requests = 0;
    t.server.on('GET /items/1', (req, res, call) => {
      requests++;
      return json(200, { id: '1', name: 'one' }, { 'x-request-id': 'abc' })(req, res, call);
    });
    const unwrapped = t
      .client()
      .items.get('1')
      ._thenUnwrap(
        (item: { name: string }, props: { response: Response }) =>
          `${item.name}:${props.response.headers.get('x-request-id')}`,
      );
    expect(await unwrapped).toBe('one:abc');
    t.server.on('GET /items/1', json(200, { id: '1', name: 'two' }));
    const { data, response } = await t
      .client()
      .items.get('1')
      ._thenUnwrap((item: { name: string }) => item.name.toUpperCase())
      .withResponse();
    expect([data, response.status, requests]).toEqual(['TWO', 200, 1]);
  });
});

/**
 * What a client offers beyond its generated methods: `client.get/post/put/patch/delete` for endpoints the SDK has
 * no method for, headers as a `Headers` or `[name, value]` pairs, and the `<ENV>_CUSTOM_HEADERS` variable.
 */
import { describe, expect, test } from 'vitest';
import { echo, json, text } from './helpers/server';
import { API_KEY, caught, setup } from './helpers/setup';

const t = setup();

describe('client.get/post/put/patch/delete', () => {
  test('each sends its method to the path with query, body and headers, the client auth included', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) t.server.on(`${method} /undocumented/1`, echo);
    const client = t.client();
    const got = await client.get('/undocumented/1', { query: { expand: ['a', 'b'] }, headers: { 'X-Extra': 'yes' } });
    expect(got).toMatchObject({ method: 'GET', url: '/undocumented/1?expand=a&expand=b', body: '' });
    expect(got.headers).toMatchObject({
      authorization: `Bearer ${API_KEY}`,
      'x-extra': 'yes',
      accept: 'application/json',
    });
    for (const method of ['post', 'put', 'patch'] as const) {
      const sent = await client[method]('/undocumented/1', { body: { name: 'x', n: 1 } });
      expect(sent).toMatchObject({ method: method.toUpperCase(), body: '{"name":"x","n":1}' });
      expect(sent.headers['content-type']).toBe('application/json');
    }
    expect(await client.delete('undocumented/1')).toMatchObject({ method: 'DELETE', body: '' });
  });

  test('they return an APIPromise: asResponse() and withResponse(); text bodies stay text; errors are APIErrors', async () => {
    t.server.on('GET /thing', json(200, { id: 't' }, { 'x-request-id': 'req_1' }));
    t.server.on('GET /plain', text(200, 'hello', { 'content-type': 'text/plain' }));
    t.server.on('POST /missing', json(404, { error: 'nope' }));
    const client = t.client({ maxRetries: 0 });
    const promise = client.get('/thing');
    expect(promise).toBeInstanceOf(t.sdk.APIPromise);
    const { data, response } = await client.get('/thing').withResponse();
    expect(data).toEqual({ id: 't' });
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await (await client.get('/thing').asResponse()).json()).toEqual({ id: 't' });
    expect(await client.get('/plain')).toBe('hello');
    const error = await caught(() => client.post('/missing', { body: {} }));
    expect(error).toBeInstanceOf(t.sdk.NotFoundError);
    await promise;
  });

  test('a body that is already encoded (FormData, URLSearchParams, bytes) is sent as it is', async () => {
    t.server.on('POST /raw', echo);
    const client = t.client();
    const form = await client.post('/raw', { body: new URLSearchParams({ a: '1', b: 'two' }) });
    expect(form.body).toBe('a=1&b=two');
    expect(form.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    const bytes = await client.post('/raw', { body: new TextEncoder().encode('raw bytes') });
    expect(bytes.body).toBe('raw bytes');
    expect(bytes.headers['content-type']).toBe('application/octet-stream');
    const data = new FormData();
    data.set('field', 'value');
    const multipart = await client.post('/raw', { body: data });
    expect(multipart.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart.body).toContain('name="field"');
  });
});

describe('headers', () => {
  test('defaultHeaders and per-request headers as Headers or [name, value] pairs; null still removes', async () => {
    t.server.on('GET /echo', echo);
    const client = t.client({ defaultHeaders: new Headers({ 'X-From-Headers': 'h', 'X-Removed': 'r' }) });
    const first = await client.get('/echo', {
      headers: [
        ['X-Pair', 'p'],
        ['X-Pair', 'q'],
        ['X-Removed', null],
      ],
    });
    expect(first.headers).toMatchObject({ 'x-from-headers': 'h', 'x-pair': 'p, q' });
    expect(first.headers['x-removed']).toBeUndefined();
    const paired = t.client({ defaultHeaders: [['X-Default-Pair', 'd']] });
    const second = await paired.get('/echo', { headers: new Headers({ 'X-Per-Request': 'r' }) });
    expect(second.headers).toMatchObject({ 'x-default-pair': 'd', 'x-per-request': 'r' });
  });

  test('<ENV>_CUSTOM_HEADERS: newline-separated `Name: value` lines, under defaultHeaders; bad lines warned about', async () => {
    t.server.on('GET /echo', echo);
    const saved = process.env['TEST_CUSTOM_HEADERS'];
    try {
      process.env['TEST_CUSTOM_HEADERS'] = 'X-Team: platform\r\nX-Trace:  a:b:c \n\nnot a header\nX-Overridden: env';
      const warnings: unknown[] = [];
      const logger = { error() {}, info() {}, debug() {}, warn: (...args: unknown[]) => warnings.push(args[0]) };
      const client = t.client({ defaultHeaders: { 'X-Overridden': 'option' }, logger });
      const sent = await client.get('/echo');
      expect(sent.headers).toMatchObject({ 'x-team': 'platform', 'x-trace': 'a:b:c', 'x-overridden': 'option' });
      expect(warnings).toEqual([
        '[test-sdk] Ignoring a line of TEST_CUSTOM_HEADERS that is not `Name: value`: "not a header"',
      ]);
      // Generated methods send them too, and per-request headers still win.
      t.server.on('GET /items/1', echo);
      const item = await client.items.get('1', { headers: { 'X-Team': 'override' } });
      expect(item.headers['x-team']).toBe('override');
    } finally {
      if (saved === undefined) delete process.env['TEST_CUSTOM_HEADERS'];
      else process.env['TEST_CUSTOM_HEADERS'] = saved;
    }
  });
});

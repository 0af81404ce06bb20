/** Response handling: parsing by kind and content type, APIPromise, binary downloads. */
import { describe, expect, test } from 'vitest';
import { binary, json, noContent, sha256, text, type Handler } from './helpers/server';
import { caught, setup } from './helpers/setup';

const t = setup();

const raw =
  (status: number, body: string, contentType?: string): Handler =>
  (_req, res) => {
    res.writeHead(status, contentType ? { 'content-type': contentType } : {});
    res.end(body);
  };

describe('parsing', () => {
  test('by content type when the method does not say: JSON (+json, charset) or text', async () => {
    const client = t.client();
    const cases: Array<[string | undefined, string, unknown]> = [
      ['application/json', '{"a":1}', { a: 1 }],
      ['application/json; charset=utf-8', '[1,2]', [1, 2]],
      ['application/problem+json', '{"title":"x"}', { title: 'x' }],
      ['application/vnd.api+json;charset=UTF-8', '{"data":null}', { data: null }],
      ['text/plain', '{"a":1}', '{"a":1}'],
      ['text/html', '<p>hi</p>', '<p>hi</p>'],
      [undefined, 'bare', 'bare'],
      ['application/json', '', undefined],
    ];
    for (const [type, body, expected] of cases) {
      t.server.on('GET /r', raw(200, body, type));
      expect({ type, result: await client.request({ method: 'get', path: '/r' }) }).toEqual({ type, result: expected });
    }
  });

  test('responseKind overrides the content type', async () => {
    const client = t.client();
    t.server.on('GET /r', raw(200, '{"a":1}', 'text/plain'));
    expect(await client.request({ method: 'get', path: '/r', responseKind: 'json' })).toEqual({ a: 1 });
    t.server.on('GET /r', raw(200, '{"a":1}', 'application/json'));
    expect(await client.request({ method: 'get', path: '/r', responseKind: 'text' })).toBe('{"a":1}');
    expect(await client.request({ method: 'get', path: '/r', responseKind: 'empty' })).toBeUndefined();
    t.server.on('GET /r', raw(200, '', 'text/plain'));
    expect(await client.request({ method: 'get', path: '/r', responseKind: 'text' })).toBe('');
  });

  test('the Accept header asks for what the method reads: JSON, any text or bytes, or an event stream', async () => {
    const client = t.client();
    t.server.on('GET /r', raw(200, '[]', 'application/json'));
    const kinds = ['json', 'text', 'binary', 'empty', undefined] as const;
    for (const responseKind of kinds) await client.request({ method: 'get', path: '/r', responseKind });
    // A server that only has text/plain (or text/csv) answers a JSON Accept with 406 Not Acceptable.
    expect(t.server.received('GET /r').map((r) => r.headers['accept'])).toEqual([
      'application/json',
      '*/*',
      '*/*',
      'application/json',
      'application/json',
    ]);
  });

  test('204 and HEAD give undefined', async () => {
    t.server.on('DELETE /items/1', noContent).on('HEAD /r', raw(200, '', 'application/json'));
    const client = t.client();
    expect(await client.items.delete('1')).toBeUndefined();
    expect(await client.request({ method: 'head', path: '/r' })).toBeUndefined();
  });

  test('invalid JSON is a TestError naming the status and content type', async () => {
    t.server.on('GET /r', raw(200, '{"a":', 'application/json'));
    const error = (await caught(() => t.client().request({ method: 'get', path: '/r' }))) as Error;
    expect(error).toBeInstanceOf(t.sdk.TestError);
    expect(error.message).toBe('Invalid JSON in the 200 response (application/json)');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  test('a connection lost while reading the body is an APIConnectionError', async () => {
    t.server.on('GET /items/1', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"1",');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await caught(() => t.client().items.get('1'));
    expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
    expect(error).not.toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
  });
});

describe('APIPromise', () => {
  test('is a Promise; then/catch/finally and Promise.all work; one request however often it is awaited', async () => {
    t.server.on('GET /items/1', json(200, { id: '1', name: 'one' }));
    const promise = t.client().items.get('1');
    expect(promise).toBeInstanceOf(t.sdk.APIPromise);
    expect(promise).toBeInstanceOf(Promise);
    let finished = false;
    const [a, b, c] = await Promise.all([
      promise,
      promise.then((item: { id: string }) => item.id),
      promise.finally(() => (finished = true)),
    ]);
    expect(a).toEqual({ id: '1', name: 'one' });
    expect(b).toBe('1');
    expect(c).toBe(a);
    expect(finished).toBe(true);
    expect(await promise).toBe(a);
    expect(t.server.received()).toHaveLength(1);

    t.server.on('GET /items/2', json(404, { error: 'gone' }));
    const caughtValue = await t
      .client({ maxRetries: 0 })
      .items.get('2')
      .catch((error: Error) => error.message);
    expect(caughtValue).toBe('404 gone');
  });

  test('withResponse gives the parsed body and the response', async () => {
    t.server.on('GET /items/1', json(200, { id: '1', name: 'one' }, { 'x-request-id': 'abc' }));
    const { data, response } = await t.client().items.get('1').withResponse();
    expect(data).toEqual({ id: '1', name: 'one' });
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('x-request-id')).toBe('abc');
    expect(response.status).toBe(200);
  });

  test('asResponse gives the unread response, whose body is not subject to the timeout', async () => {
    t.server.on('GET /items/1', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"1",');
      setTimeout(() => res.end('"name":"slow"}'), 250);
    });
    // Retries to spare: on a loaded machine the headers themselves may come later than 100 ms (that attempt is retried).
    const response = await t.client({ timeout: 100, maxRetries: 5 }).items.get('1').asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ id: '1', name: 'slow' });
  });
});

describe('binary downloads', () => {
  test('responseKind binary hands over the Response, bytes intact', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 13) % 256);
    t.server.on('GET /items/1/content', binary(bytes, 'image/png'));
    const response = await t.client().items.download('1');
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytes));
    expect(t.server.received()[0]?.headers['accept']).toBe('*/*');
  });

  test('a download that streams slowly is not cut by the timeout', async () => {
    t.server.on('GET /items/1/content', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('abc');
      setTimeout(() => res.end('def'), 250);
    });
    const response = await t.client({ timeout: 100, maxRetries: 5 }).items.download('1');
    expect(await response.text()).toBe('abcdef');
  });

  test('error statuses still throw for binary methods', async () => {
    t.server.on('GET /items/1/content', text(403, 'nope'));
    const error = await caught(() => t.client().items.download('1'));
    expect(error).toBeInstanceOf(t.sdk.PermissionDeniedError);
  });
});

/** Retries, backoff, timeouts, aborts and error mapping, against real HTTP failures. */
import { describe, expect, test } from 'vitest';
import { delayed, json, resetConnection, sequence, text, type Handler } from './helpers/server';
import { caught, setup, timed } from './helpers/setup';

const t = setup();

/** Resolves once `condition()` holds; fails after a second. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 1000) throw new Error('condition not met within 1 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const ok = json(200, { id: '1', name: 'done' });
/** A retryable failure that asks for an immediate retry (keeps the tests fast). */
const unavailable = json(503, { error: 'try again' }, { 'retry-after-ms': '1' });

describe('retries', () => {
  test('503, 503, 200: three requests, one result, one idempotency key', async () => {
    t.server.on('POST /items', sequence(unavailable, unavailable, ok));
    const result = await t.client().items.create({ name: 'x' });
    expect(result).toEqual({ id: '1', name: 'done' });
    const requests = t.server.received('POST /items');
    expect(requests).toHaveLength(3);
    const keys = new Set(requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    // The body is sent again, intact, on every attempt.
    expect(requests.map((r) => r.body.toString())).toEqual(Array(3).fill('{"name":"x"}'));
  });

  test('gives up after maxRetries (client option, then per request) with the last error', async () => {
    t.server.on('GET /items/1', unavailable);
    const error = await caught(() => t.client().items.get('1'));
    expect(error).toBeInstanceOf(t.sdk.InternalServerError);
    expect(t.server.received()).toHaveLength(3); // 1 + 2 retries (the default)

    t.server.reset();
    t.server.on('GET /items/1', unavailable);
    await caught(() => t.client({ maxRetries: 0 }).items.get('1'));
    expect(t.server.received()).toHaveLength(1);

    t.server.reset();
    t.server.on('GET /items/1', unavailable);
    await caught(() => t.client({ maxRetries: 0 }).items.get('1', { maxRetries: 3 }));
    expect(t.server.received()).toHaveLength(4);
  });

  test('retried statuses: 408, 409, 429, 5xx; not 400, 401, 403, 404, 422', async () => {
    const client = t.client({ maxRetries: 1 });
    for (const status of [408, 409, 429, 500, 502, 504, 400, 401, 403, 404, 422]) {
      t.server.reset();
      t.server.on('GET /items/1', json(status, { error: 'e' }, { 'retry-after-ms': '1' }));
      await caught(() => client.items.get('1'));
      const retried = ![400, 401, 403, 404, 422].includes(status);
      expect({ status, requests: t.server.received().length }).toEqual({ status, requests: retried ? 2 : 1 });
    }
  });

  test('x-should-retry overrides the status', async () => {
    const client = t.client({ maxRetries: 1 });
    t.server.on('GET /items/1', json(503, { error: 'no' }, { 'x-should-retry': 'false' }));
    expect(await caught(() => client.items.get('1'))).toBeInstanceOf(t.sdk.InternalServerError);
    expect(t.server.received()).toHaveLength(1);

    t.server.reset();
    t.server.on(
      'GET /items/1',
      sequence(json(400, { error: 'yes' }, { 'x-should-retry': 'true', 'retry-after-ms': '1' }), ok),
    );
    expect(await client.items.get('1')).toEqual({ id: '1', name: 'done' });
    expect(t.server.received()).toHaveLength(2);
  });

  test('Retry-After in seconds is honoured', async () => {
    t.server.on('GET /items/1', sequence(json(429, { error: 'slow down' }, { 'retry-after': '1' }), ok));
    const { ms, result } = await timed(() => t.client().items.get('1'));
    expect(result).toEqual({ id: '1', name: 'done' });
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(1500);
    expect(t.server.received()).toHaveLength(2);
  });

  test('retry delay: server hints (ms, seconds, HTTP date) within (0, 60 s], else jittered backoff 0.5 s → 8 s', () => {
    const { retryDelay } = t.sdk;
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(retryDelay(0, headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryDelay(3, headers({ 'retry-after-ms': '10', 'retry-after': '30' }))).toBe(10);
    expect(retryDelay(0, headers({ 'retry-after': '7' }))).toBe(7000);
    expect(retryDelay(0, headers({ 'retry-after': '1.5' }))).toBe(1500);
    const date = retryDelay(0, headers({ 'retry-after': new Date(Date.now() + 30_000).toUTCString() }));
    expect(date).toBeGreaterThan(28_000);
    expect(date).toBeLessThanOrEqual(30_000);
    // Out of range or unusable: exponential backoff with up to 25% jitter.
    const unusable: Array<Record<string, string>> = [
      { 'retry-after': '61' },
      { 'retry-after': '0' },
      { 'retry-after-ms': '-5' },
      { 'retry-after': 'soon' },
      { 'retry-after': new Date(Date.now() - 5000).toUTCString() },
      {},
    ];
    for (const h of unusable) {
      const delay = retryDelay(0, headers(h));
      expect(delay).toBeGreaterThanOrEqual(375);
      expect(delay).toBeLessThanOrEqual(500);
    }
    const expected = [500, 1000, 2000, 4000, 8000, 8000, 8000];
    expected.forEach((max, retry) => {
      for (let i = 0; i < 20; i++) {
        const delay = retryDelay(retry);
        expect(delay).toBeGreaterThanOrEqual(max * 0.75);
        expect(delay).toBeLessThanOrEqual(max);
      }
    });
  });

  test('a connection reset is retried after a backoff, with the same idempotency key and body', async () => {
    t.server.on('POST /items', sequence(resetConnection, ok));
    const { ms, result } = await timed(() => t.client().items.create({ name: 'x' }));
    expect(result).toEqual({ id: '1', name: 'done' });
    const requests = t.server.received('POST /items');
    expect(requests).toHaveLength(2);
    expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(requests.map((r) => r.body.toString())).toEqual(['{"name":"x"}', '{"name":"x"}']);
    // Default backoff before the first retry: 0.5 s minus up to 25% jitter.
    expect(ms).toBeGreaterThanOrEqual(370);
  });

  test('a connection that keeps failing ends in APIConnectionError with the cause', async () => {
    t.server.on('GET /items/1', resetConnection);
    const error = (await caught(() => t.client({ maxRetries: 1 }).items.get('1'))) as Error;
    expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
    expect(error).not.toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(t.sdk.APIError);
    expect(error).toBeInstanceOf(t.sdk.TestError);
    expect(error.message).toBe('Connection error.');
    expect(error.cause).toBeInstanceOf(Error);
    expect(t.server.received()).toHaveLength(2);
  });

  test('nothing listening: APIConnectionError', async () => {
    // Port 0, where no server can ever listen (a port probed free could be taken by another test's server).
    const client = t.client({ baseURL: 'http://127.0.0.1:0', maxRetries: 0 });
    expect(await caught(() => client.items.get('1'))).toBeInstanceOf(t.sdk.APIConnectionError);
  });
});

describe('timeouts', () => {
  test('a slow response times out, is retried, and ends in APIConnectionTimeoutError', async () => {
    t.server.on('GET /items/1', delayed(2000, ok));
    const { ms, result: error } = await timed(() =>
      caught(() => t.client({ timeout: 100, maxRetries: 1 }).items.get('1')),
    );
    expect(error).toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
    expect((error as Error).message).toBe('Request timed out.');
    expect(t.server.received()).toHaveLength(2);
    expect(ms).toBeLessThan(1500); // 2 × 100 ms + one backoff ≤ 500 ms
  });

  test('a timeout followed by a fast answer succeeds (per-request timeout)', async () => {
    t.server.on('GET /items/1', sequence(delayed(2000, ok), ok));
    expect(await t.client().items.get('1', { timeout: 100 })).toEqual({ id: '1', name: 'done' });
    expect(t.server.received()).toHaveLength(2);
  });

  test('the timeout also covers a body that stalls after the headers, and closes the connection', async () => {
    const closed: boolean[] = [];
    const stall: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
      closed.push(false);
      res.on('close', () => closed.splice(0, 1, true));
    };
    t.server.on('GET /items/1', stall);
    const { ms, result: error } = await timed(() =>
      caught(() => t.client({ timeout: 150, maxRetries: 0 }).items.get('1')),
    );
    expect(error).toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
    expect(ms).toBeLessThan(1000);
    await until(() => closed[0] === true);
  });

  test("with the caller's signal, the timeout aborts the fetch itself (the server sees the connection close)", async () => {
    let closedAfter = -1;
    const started = performance.now();
    t.server.on('GET /items/1', (req, res, call) => {
      res.on('close', () => (closedAfter = performance.now() - started));
      return delayed(2000, ok)(req, res, call);
    });
    const signal = new AbortController().signal;
    const error = await caught(() => t.client({ timeout: 100, maxRetries: 0 }).items.get('1', { signal }));
    expect(error).toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
    await until(() => closedAfter >= 0);
    expect(closedAfter).toBeLessThan(1000);
  });
});

describe('aborts', () => {
  test("the caller's signal aborts a pending request: APIUserAbortError, never retried", async () => {
    t.server.on('GET /items/1', delayed(2000, ok));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { ms, result: error } = await timed(() =>
      caught(() => t.client().items.get('1', { signal: controller.signal })),
    );
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(error).not.toBeInstanceOf(t.sdk.APIConnectionError);
    expect(ms).toBeLessThan(500);
    expect(t.server.received()).toHaveLength(1);
  });

  test('aborting during the backoff stops at once', async () => {
    t.server.on('GET /items/1', json(503, { error: 'down' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { ms, result: error } = await timed(() =>
      caught(() => t.client().items.get('1', { signal: controller.signal })),
    );
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(ms).toBeLessThan(300);
    expect(t.server.received()).toHaveLength(1);
  });

  test('a signal passed in fetchOptions is honoured the same way', async () => {
    const controller = new AbortController();
    // Aborted once the server has the request (whatever the machine's load), which it then never answers: only the
    // signal can end the call.
    t.server.on('GET /items/1', (_req, res) => {
      controller.abort();
      return new Promise<void>((resolve) => res.on('close', () => resolve()));
    });
    const error = await caught(() => t.client({ fetchOptions: { signal: controller.signal } }).items.get('1'));
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(t.server.received()).toHaveLength(1);
  });

  test('an already-aborted signal sends nothing', async () => {
    t.server.on('GET /items/1', ok);
    const error = await caught(() => t.client().items.get('1', { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(t.server.received()).toHaveLength(0);
  });
});

describe('errors', () => {
  test('each status maps to its class, with status, headers and the parsed body', async () => {
    const classes: Record<number, string> = {
      400: 'BadRequestError',
      401: 'AuthenticationError',
      403: 'PermissionDeniedError',
      404: 'NotFoundError',
      409: 'ConflictError',
      418: 'APIError',
      422: 'UnprocessableEntityError',
      429: 'RateLimitError',
      500: 'InternalServerError',
      503: 'InternalServerError',
    };
    const client = t.client({ maxRetries: 0 });
    for (const [status, name] of Object.entries(classes)) {
      t.server.on(
        'GET /items/1',
        json(Number(status), { error: 'Server not found', code: status }, { 'x-request-id': `req-${status}` }),
      );
      const error = (await caught(() => client.items.get('1'))) as InstanceType<typeof t.sdk.APIError>;
      expect(error).toBeInstanceOf(t.sdk[name]);
      expect(error).toBeInstanceOf(t.sdk.APIError);
      expect(error).toBeInstanceOf(t.sdk.TestError);
      expect(error.constructor.name).toBe(name);
      expect(error.name).toBe(name);
      expect(error.status).toBe(Number(status));
      expect(error.headers.get('x-request-id')).toBe(`req-${status}`);
      expect(error.error).toEqual({ error: 'Server not found', code: status });
      expect(error.message).toBe(`${status} Server not found`);
      // The client's static properties expose the same classes.
      expect(t.sdk.Test[name]).toBe(t.sdk[name]);
    }
  });

  test('messages: `message`, nested `error.message`, whole JSON, text, empty', async () => {
    const client = t.client({ maxRetries: 0 });
    const cases: Array<[Handler, string, unknown]> = [
      [
        json(400, { message: 'Name is required', error: 'bad' }),
        '400 Name is required',
        { message: 'Name is required', error: 'bad' },
      ],
      [
        json(422, { error: { message: 'Invalid id', type: 'x' } }),
        '422 Invalid id',
        { error: { message: 'Invalid id', type: 'x' } },
      ],
      [json(409, { detail: [1, 2] }), '409 {"detail":[1,2]}', { detail: [1, 2] }],
      [text(502, 'Bad gateway from proxy'), '502 Bad gateway from proxy', 'Bad gateway from proxy'],
      [text(500, ''), '500 status code (no body)', undefined],
    ];
    for (const [handler, message, body] of cases) {
      t.server.on('GET /items/1', handler);
      const error = (await caught(() => client.items.get('1'))) as InstanceType<typeof t.sdk.APIError>;
      expect([error.message, error.error]).toEqual([message, body]);
    }
  });

  test('APIError.generate without a response is a connection error', () => {
    const { APIError, APIConnectionError } = t.sdk;
    const error = APIError.generate(undefined, new Error('boom'), 'It broke', undefined);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe('It broke');
    expect(error.cause).toBeInstanceOf(Error);
  });
});

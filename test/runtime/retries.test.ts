/** Retries, backoff, timeouts, aborts and error mapping, against real HTTP failures. */
import { describe, expect, test } from 'vitest';
import type { ServerResponse } from 'node:http';
import { json, resetConnection, sequence, text, type Handler } from './helpers/server';
import { caught, setup, timed } from './helpers/setup';

const t = setup();

/*
 * No assertion here races a clock the machine's load can stretch (at a load of thirty, a 100 ms timeout also ended
 * an answer sent at once). A response that must time out is never answered: the server holds it until the client
 * closes the connection, which only the client's timeout or signal can do. How many attempts the client made is read
 * from its own log of retries (the SDK's `logger`), since an attempt its timeout ends early may never reach the
 * server; a bound on elapsed time is either a lower bound or a generous one (the call would otherwise hang).
 */

/**
 * A handler that never answers. `first` resolves when a request arrives; `closed()` once the client has closed every
 * request held; `release()` closes those still held (a timeout without the caller's signal abandons the fetch, its
 * connection left open).
 */
function held(): { handler: Handler; first: Promise<void>; closed: () => Promise<void>; release: () => void } {
  const open = new Set<ServerResponse>();
  const waiting: Array<() => void> = [];
  let arrived: () => void = () => {};
  const first = new Promise<void>((resolve) => (arrived = resolve));
  const handler: Handler = (_req, res) =>
    new Promise<void>((resolve) => {
      open.add(res);
      arrived();
      res.on('close', () => {
        open.delete(res);
        if (open.size === 0) waiting.splice(0).forEach((wake) => wake());
        resolve();
      });
    });
  const closed = () => (open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)));
  const release = () => open.forEach((res) => res.destroy());
  return { handler, first, closed, release };
}

/** The client's info lines about retries ("… failed (Request timed out.); retrying in 412ms (1 retry left)"). */
function retryLog(): { logger: Record<string, (...args: unknown[]) => void>; retries: () => string[] } {
  const lines: string[] = [];
  const keep = (message: unknown) => void lines.push(String(message));
  const logger = { error: keep, warn: keep, info: keep, debug: keep };
  return { logger, retries: () => lines.filter((line) => line.includes('; retrying in ')) };
}

/** The upper bound for a call that would otherwise never end: far above any load's delay, far below a hang. */
const ENDED = 30_000;

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
    // 0.12 s: seconds with a fraction, as the header allows; the default backoff would wait 375–500 ms.
    t.server.on('GET /items/1', sequence(json(429, { error: 'slow down' }, { 'retry-after': '0.12' }), ok));
    const log = retryLog();
    const { ms, result } = await timed(() => t.client({ logLevel: 'info', logger: log.logger }).items.get('1'));
    expect(result).toEqual({ id: '1', name: 'done' });
    expect(log.retries()).toEqual([expect.stringMatching(/ returned 429; retrying in 120ms \(2 retries left\)$/)]);
    expect(ms).toBeGreaterThanOrEqual(115);
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
  // Each test its own path: an attempt a timeout abandoned may reach the server after its test ended, and must not be
  // taken for a request of the next.
  test(
    'a slow response times out, is retried, and ends in APIConnectionTimeoutError',
    async () => {
      const { handler, release } = held();
      t.server.on('GET /items/slow', handler);
      const log = retryLog();
      const client = t.client({ timeout: 100, maxRetries: 1, logLevel: 'info', logger: log.logger });
      const error = await caught(() => client.items.get('slow'));
      expect(error).toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
      expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
      expect((error as Error).message).toBe('Request timed out.');
      // Two attempts (one retry), each ended by the timeout; the server never answered one of those it saw.
      expect(log.retries()).toEqual([
        expect.stringMatching(/ failed \(Request timed out\.\); retrying in \d+ms \(1 retry left\)$/),
      ]);
      expect(t.server.received('GET /items/slow').length).toBeLessThanOrEqual(2);
      release();
    },
    ENDED,
  );

  test(
    'a timeout followed by a fast answer succeeds (per-request timeout)',
    async () => {
      const { handler, first, release } = held();
      // Every call after the held first one is answered at once. The client's own timeout is ten minutes: only the
      // per-request one can end the first attempt.
      t.server.on('GET /items/fast', sequence(handler, ok));
      const log = retryLog();
      const client = t.client({ timeout: 600_000, maxRetries: 5, logLevel: 'info', logger: log.logger });
      const { ms, result } = await timed(() => client.items.get('fast', { timeout: 100 }));
      expect(result).toEqual({ id: '1', name: 'done' });
      await first;
      expect(log.retries()[0]).toMatch(/ failed \(Request timed out\.\); retrying in /);
      // The held request was the first the server saw; an answered one ended the call.
      expect(t.server.received('GET /items/fast').length).toBeGreaterThanOrEqual(2);
      expect(ms).toBeLessThan(ENDED);
      release();
    },
    ENDED,
  );

  test(
    'the timeout also covers a body that stalls after the headers, and closes the connection',
    async () => {
      let closed: () => void = () => {};
      const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
      const stall: Handler = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":');
        res.on('close', () => closed());
      };
      t.server.on('GET /items/stall', stall);
      const error = await caught(() => t.client({ timeout: 150, maxRetries: 0 }).items.get('stall'));
      expect(error).toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
      // The body never ends: only the client closing the connection resolves this.
      await connectionClosed;
    },
    ENDED,
  );

  test(
    "with the caller's signal, the timeout aborts the fetch itself (the server sees the connection close)",
    async () => {
      const { handler, closed, first } = held();
      t.server.on('GET /items/signal', handler);
      const signal = new AbortController().signal;
      const error = await caught(() => t.client({ timeout: 100, maxRetries: 0 }).items.get('signal', { signal }));
      expect(error).toBeInstanceOf(t.sdk.APIConnectionTimeoutError);
      // If the request reached the server, the connection is closed by the client (the server never answers).
      if (t.server.received('GET /items/signal').length > 0) {
        await first;
        await closed();
      }
    },
    ENDED,
  );
});

describe('aborts', () => {
  test("the caller's signal aborts a pending request: APIUserAbortError, never retried", async () => {
    const controller = new AbortController();
    const { handler, closed } = held();
    // Aborted once the server has the request, which it never answers: only the signal can end the call.
    t.server.on('GET /items/pending', (req, res, call) => {
      const holding = handler(req, res, call);
      controller.abort();
      return holding;
    });
    const { ms, result: error } = await timed(() =>
      caught(() => t.client().items.get('pending', { signal: controller.signal })),
    );
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(error).not.toBeInstanceOf(t.sdk.APIConnectionError);
    await closed();
    expect(ms).toBeLessThan(ENDED);
    expect(t.server.received('GET /items/pending')).toHaveLength(1);
  });

  test('aborting during the backoff stops at once', async () => {
    // The server asks for a minute's wait; the caller aborts as the client starts it (when it logs the retry).
    t.server.on('GET /items/backoff', json(503, { error: 'down' }, { 'retry-after-ms': '60000' }));
    const controller = new AbortController();
    const log = retryLog();
    const logger = { ...log.logger, info: (message: unknown) => (log.logger.info!(message), controller.abort()) };
    const { ms, result: error } = await timed(() =>
      caught(() => t.client({ logLevel: 'info', logger }).items.get('backoff', { signal: controller.signal })),
    );
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(log.retries()).toEqual([expect.stringMatching(/ returned 503; retrying in 60000ms /)]);
    expect(ms).toBeLessThan(ENDED);
    expect(t.server.received('GET /items/backoff')).toHaveLength(1);
  });

  test('a signal passed in fetchOptions is honoured the same way', async () => {
    const controller = new AbortController();
    // Aborted once the server has the request (whatever the machine's load), which it then never answers: only the
    // signal can end the call.
    t.server.on('GET /items/fetch-options', (_req, res) => {
      controller.abort();
      return new Promise<void>((resolve) => res.on('close', () => resolve()));
    });
    const error = await caught(() =>
      t.client({ fetchOptions: { signal: controller.signal } }).items.get('fetch-options'),
    );
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(t.server.received('GET /items/fetch-options')).toHaveLength(1);
  });

  test('an already-aborted signal sends nothing', async () => {
    t.server.on('GET /items/aborted', ok);
    const error = await caught(() => t.client().items.get('aborted', { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(t.sdk.APIUserAbortError);
    expect(t.server.received('GET /items/aborted')).toHaveLength(0);
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

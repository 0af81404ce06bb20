/**
 * The wait before a retry in an SDK made from a Stainless config: decided by the client's protected
 * `retryDelayMillis`, which takes the arguments of Stainless's `retryRequest`, and by
 * `calculateDefaultRetryTimeoutMillis` (Stainless's name) for the backoff; an owner's edit to either in their
 * Stainless client is carried as an override of it (generator/migrate/owners/retry-request.ts).
 */
import { expect, test } from 'vitest';
import { STAINLESS_VIEW } from './helpers/sdk';
import { json, sequence } from './helpers/server';
import { API_KEY, setup, type Context } from './helpers/setup';

const t = setup(STAINLESS_VIEW);

/** A client whose class has `hooks` as methods, and whose `info` log lines are kept. */
function hooked(hooks: Record<string, unknown>, logged: string[]) {
  const Hooked = class extends (t.sdk.Test as new (options: object) => object) {};
  Object.assign(Hooked.prototype, hooks);
  const logger = { info: (line: string) => logged.push(line), debug() {}, warn() {}, error() {} };
  return new Hooked({ apiKey: API_KEY, baseURL: t.server.url, logger, logLevel: 'info' }) as ReturnType<
    Context['client']
  >;
}

test("retryDelayMillis decides the wait, with retryRequest's arguments (a header of the API's own read)", async () => {
  t.server.on(
    'GET /items/1',
    sequence(
      json(429, { error: 'slow down' }, { 'x-ratelimit-reset': '3' }),
      json(503, { error: 'again' }, { 'x-ratelimit-reset': '4' }),
      json(200, { id: '1' }),
    ),
  );
  const seen: unknown[] = [];
  const logged: string[] = [];
  const client = hooked(
    {
      retryDelayMillis(options: { maxRetries?: number }, retriesRemaining: number, id: string, headers?: Headers) {
        seen.push([options.maxRetries, retriesRemaining, id.startsWith('log_'), headers?.get('x-ratelimit-reset')]);
        return Number(headers?.get('x-ratelimit-reset'));
      },
    },
    logged,
  );
  expect(await client.items.get('1', { maxRetries: 3 })).toEqual({ id: '1' });
  expect(seen).toEqual([
    [3, 3, true, '3'],
    [3, 2, true, '4'],
  ]);
  expect(logged.filter((line) => line.includes('retrying'))).toEqual([
    expect.stringContaining('returned 429; retrying in 3ms (3 retries left)'),
    expect.stringContaining('returned 503; retrying in 4ms (2 retries left)'),
  ]);
});

test("calculateDefaultRetryTimeoutMillis is the backoff where the server names no wait; the server's wait wins", async () => {
  t.server.on(
    'GET /items/1',
    sequence(json(500, {}), json(500, {}, { 'retry-after-ms': '2' }), json(200, { id: '1' })),
  );
  const seen: number[][] = [];
  const logged: string[] = [];
  const client = hooked(
    {
      calculateDefaultRetryTimeoutMillis(retriesRemaining: number, maxRetries: number) {
        seen.push([retriesRemaining, maxRetries]);
        return 5;
      },
    },
    logged,
  );
  expect(await client.withOptions({ maxRetries: 2 }).items.get('1')).toEqual({ id: '1' });
  expect(seen).toEqual([[2, 2]]);
  expect(logged.filter((line) => line.includes('retrying'))).toEqual([
    expect.stringContaining('retrying in 5ms (2 retries left)'),
    expect.stringContaining('retrying in 2ms (1 retry left)'),
  ]);
});

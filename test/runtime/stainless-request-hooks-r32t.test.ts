/**
 * An SDK made from a Stainless config sends each attempt through the client's `fetchWithTimeout(url, init, ms,
 * controller)`, and a call's headers are those of its `buildHeaders({ options, method, bodyHeaders, retryCount })`,
 * when a subclass overrides them, as Stainless's clients did: an owner's edit to one of those methods (a fetch made
 * on first use and awaited, a header of their own) is carried as an override of it
 * (generator/migrate/owners/client-hooks.ts). Against a real 127.0.0.1 server.
 */
import { expect, test } from 'vitest';
import { STAINLESS_VIEW } from './helpers/sdk';
import { echo, json, sequence } from './helpers/server';
import { API_KEY, setup, type Context } from './helpers/setup';

const t = setup(STAINLESS_VIEW);

/** A client whose class has `hooks` as methods. */
function hooked(hooks: Record<string, unknown>, options: Record<string, unknown> = {}) {
  const Hooked = class extends (t.sdk.Test as new (options: object) => object) {};
  Object.assign(Hooked.prototype, hooks);
  return new Hooked({ apiKey: API_KEY, baseURL: t.server.url, ...options }) as ReturnType<Context['client']>;
}

type Send = (url: string, init: RequestInit | undefined, ms: number, controller: AbortController) => Promise<Response>;

test("an override of fetchWithTimeout sends every attempt, with the URL, the request, the call's timeout", async () => {
  t.server.on('GET /items/1', sequence(json(503, { error: 'again' }, { 'retry-after-ms': '1' }), echo));
  const seen: unknown[] = [];
  const client = hooked({
    async fetchWithTimeout(url: string, init: RequestInit, ms: number, controller: AbortController) {
      seen.push([url, init.method, ms, controller instanceof AbortController]);
      // A header computed last, then the base class's sending (Stainless's owners call `super` so).
      (init.headers as Record<string, string>)['x-sent-by'] = 'override';
      return (Object.getPrototypeOf(Object.getPrototypeOf(this)) as { fetchWithTimeout: Send }).fetchWithTimeout.call(
        this,
        url,
        init,
        ms,
        controller,
      );
    },
  });
  const body = (await client.items.get('1', { timeout: 4321, maxRetries: 1 })) as { headers: Record<string, string> };
  expect(seen).toEqual([
    [`${t.server.url}/items/1`, 'GET', 4321, true],
    [`${t.server.url}/items/1`, 'GET', 4321, true],
  ]);
  expect(body.headers['x-sent-by']).toBe('override');
  expect(t.server.received('GET /items/1')).toHaveLength(2);
});

test("an override that awaits a fetch made on first use (an owner's `await this.fetch`) sends with it", async () => {
  t.server.on('GET /items/1', echo);
  const made: string[] = [];
  const lazyFetch = Promise.resolve((url: string, init: RequestInit) => {
    made.push(url);
    return globalThis.fetch(url, init);
  });
  const client = hooked({
    async fetchWithTimeout(url: string, init: RequestInit | undefined) {
      const fetch = await lazyFetch;
      return await fetch.call(undefined, url, init ?? {});
    },
  });
  expect(await client.items.get('1')).toMatchObject({ path: '/items/1' });
  expect(made).toEqual([`${t.server.url}/items/1`]);
});

test("the base class's fetchWithTimeout sends with the client's fetch, and stops when the controller aborts", async () => {
  t.server.on('GET /items/1', echo);
  const client = hooked({}) as unknown as { fetchWithTimeout: Send };
  const controller = new AbortController();
  controller.abort();
  await expect(
    client.fetchWithTimeout(`${t.server.url}/items/1`, { method: 'GET' }, 60_000, controller),
  ).rejects.toThrow(/abort/i);
  const response = await client.fetchWithTimeout(
    `${t.server.url}/items/1`,
    { method: 'GET' },
    60_000,
    new AbortController(),
  );
  expect(response.status).toBe(200);
});

type BuildHeaders = (args: {
  options: unknown;
  method: string;
  bodyHeaders: unknown;
  retryCount: number;
}) => Promise<Headers>;

test("an override of buildHeaders adding to super's: sdkgen's headers and theirs, asked once for every attempt", async () => {
  t.server.on('POST /items', sequence(json(503, { error: 'again' }, { 'retry-after-ms': '1' }), echo));
  const seen: unknown[] = [];
  const client = hooked({
    async buildHeaders(this: object, args: Parameters<BuildHeaders>[0]) {
      seen.push([args.method, args.retryCount, (args.bodyHeaders as Record<string, string>)['Content-Type']]);
      const base = Object.getPrototypeOf(Object.getPrototypeOf(this)) as { buildHeaders: BuildHeaders };
      const headers = await base.buildHeaders.call(this, args);
      headers.set('Accept-Encoding', 'identity');
      return headers;
    },
  });
  const body = (await client.items.create({ name: 'a' }, { maxRetries: 1 })) as { headers: Record<string, string> };
  expect(seen).toEqual([['post', 0, 'application/json']]);
  expect(body.headers).toMatchObject({
    'accept-encoding': 'identity',
    authorization: `Bearer ${API_KEY}`,
    'content-type': 'application/json',
  });
  expect(body.headers['idempotency-key']).toMatch(/\S/);
  const first = t.server.received('POST /items')[0]!;
  expect(first.headers['accept-encoding']).toBe('identity');
  expect(first.headers['idempotency-key']).toBe(body.headers['idempotency-key']);
});

test("an override of buildHeaders making its own list (Stainless's, which reads idempotencyHeader) is what is sent", async () => {
  t.server.on('POST /items', echo);
  const client = hooked({
    async buildHeaders(
      this: { idempotencyHeader?: string },
      { options, bodyHeaders, retryCount }: Parameters<BuildHeaders>[0],
    ) {
      // The call's own headers (the caller's, the method's Accept) are in its options, as in Stainless's clients.
      const headers = new Headers((options as { headers: { values: Headers } }).headers.values);
      for (const [name, value] of Object.entries({
        ...(bodyHeaders as Record<string, string>),
        'X-Own': 'yes',
        'X-Idempotency-Name': String(this.idempotencyHeader),
        'X-Stainless-Retry-Count': String(retryCount),
      }))
        headers.set(name, value);
      return headers;
    },
  });
  const body = (await client.items.create({ name: 'a' }, { headers: { 'X-Caller': 'c' } })) as {
    headers: Record<string, string>;
  };
  expect(body.headers).toMatchObject({
    'x-own': 'yes',
    'x-idempotency-name': 'Idempotency-Key',
    'x-caller': 'c',
    accept: 'application/json',
    'content-type': 'application/json',
  });
  expect(body.headers.authorization).toBeUndefined();
});

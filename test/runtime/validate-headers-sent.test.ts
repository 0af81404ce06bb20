/**
 * A client subclass's `validateHeaders` (Stainless's hook, an SDK from a Stainless config) sees the headers the call
 * sends: a Cookie header holds the cookies of every layer (defaults, credentials, the call's own), joined as they go on
 * the wire, not the last layer's alone; the names a layer removed with `null` are in `nulls`. Real HTTP, a local server.
 */
import { expect, test } from 'vitest';
import { echo } from './helpers/server';
import { API_KEY, setup, type Context } from './helpers/setup';
import { STAINLESS_VIEW } from './helpers/sdk';

const t = setup(STAINLESS_VIEW);

interface Checked {
  values: Headers;
  nulls: Set<string>;
}

interface Echoed {
  headers: Record<string, string | undefined>;
}

/** A client whose `validateHeaders` records what it was given. */
function checking(seen: Checked[], options: Record<string, unknown>): ReturnType<Context['client']> {
  const Checking = class extends (t.sdk.Test as new (options: object) => object) {};
  Object.assign(Checking.prototype, {
    validateHeaders(headers: Checked) {
      seen.push(headers);
    },
  });
  return new Checking({ apiKey: API_KEY, baseURL: t.server.url, ...options });
}

test('validateHeaders sees the Cookie header as sent: every layer’s cookies, in layer order', async () => {
  t.server.on('GET /echo', echo);
  const seen: Checked[] = [];
  const client = checking(seen, { defaultHeaders: { Cookie: 'theme=dark', 'X-Default': 'd' } });
  const sent = (await client.get('/echo', { headers: { Cookie: 'session=s1', 'X-Call': ['a', 'b'] } })) as Echoed;
  expect(sent.headers.cookie).toBe('theme=dark; session=s1');
  expect(seen).toHaveLength(1);
  const [checked] = seen as [Checked];
  expect(checked.values.get('cookie')).toBe(sent.headers.cookie);
  // Every header the server got, with the value it got.
  for (const [name, value] of Object.entries(sent.headers)) {
    if (['host', 'connection', 'accept-encoding', 'accept-language', 'sec-fetch-mode'].includes(name)) continue;
    expect(checked.values.get(name), name).toBe(value);
  }
});

test('a null still removes the cookies before it, and is in nulls until a later layer sets the header again', async () => {
  t.server.on('GET /echo', echo);
  const seen: Checked[] = [];
  const client = checking(seen, { defaultHeaders: { Cookie: 'theme=dark', 'X-Gone': 'g' } });
  const removed = (await client.get('/echo', { headers: { Cookie: null, 'X-Gone': null } })) as Echoed;
  expect(removed.headers.cookie).toBeUndefined();
  expect(seen[0]?.values.has('cookie')).toBe(false);
  expect([...(seen[0]?.nulls ?? [])].sort()).toEqual(['cookie', 'x-gone']);
  const again = checking(seen, { defaultHeaders: { Cookie: null } });
  const set = (await again.get('/echo', { headers: { Cookie: 'session=s2' } })) as Echoed;
  expect(set.headers.cookie).toBe('session=s2');
  expect(seen[1]?.values.get('cookie')).toBe('session=s2');
  expect(seen[1]?.nulls.has('cookie')).toBe(false);
});

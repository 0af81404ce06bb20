/**
 * The client sends with the fetch it had when it was made (its `fetch` option, else the global one then), as a
 * Stainless client does: owners' code that mocks `globalThis.fetch` for the requests it sends itself, after the
 * client was made, leaves the client's requests going to the API. A copy made by `withOptions` keeps that fetch.
 */
import { describe, expect, test } from 'vitest';
import { echo } from './helpers/server';
import { setup } from './helpers/setup';
import { STAINLESS_VIEW } from './helpers/sdk';

describe('the fetch a client sends with', () => {
  const t = setup(STAINLESS_VIEW);

  test('is the global one as it was when the client was made, not a later replacement', async () => {
    t.server.on('GET /echo', echo);
    const client = t.client();
    const own = globalThis.fetch;
    const replacementCalls: string[] = [];
    globalThis.fetch = ((url: string) => {
      replacementCalls.push(url);
      return Promise.resolve(new Response('{"mocked":true}', { headers: { 'content-type': 'application/json' } }));
    }) as typeof fetch;
    try {
      const sent = (await client.request({ method: 'get', path: '/echo' })) as { mocked?: boolean };
      expect(sent.mocked).toBeUndefined();
      expect(t.server.received()).toHaveLength(1);
      // A copy keeps it too; a client made now takes the replacement.
      await client.withOptions({ maxRetries: 0 }).request({ method: 'get', path: '/echo' });
      expect(t.server.received()).toHaveLength(2);
      expect(await t.client().request({ method: 'get', path: '/echo' })).toEqual({ mocked: true });
      expect(replacementCalls).toHaveLength(1);
    } finally {
      globalThis.fetch = own;
    }
  });

  test('a `fetch` option wins, and a copy given another fetch uses that one', async () => {
    t.server.on('GET /echo', echo);
    const seen: string[] = [];
    const own = globalThis.fetch;
    const counting = ((url: string, init?: RequestInit) => {
      seen.push('option');
      return own(url, init);
    }) as typeof fetch;
    const client = t.client({ fetch: counting });
    await client.request({ method: 'get', path: '/echo' });
    expect(seen).toEqual(['option']);
    const other = ((url: string, init?: RequestInit) => {
      seen.push('other');
      return own(url, init);
    }) as typeof fetch;
    await client.withOptions({ fetch: other }).request({ method: 'get', path: '/echo' });
    expect(seen).toEqual(['option', 'other']);
  });
});

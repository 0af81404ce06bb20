/**
 * A relative base URL (`/api/v1`, a Stainless environment for a web app served from the API's origin) outside a
 * page: the client is made without complaint and every request URL stays relative, for whichever fetch sends it to
 * resolve (the runtime's own, which a framework may have replaced, or a `fetch` option); a fetch that cannot resolve
 * it fails the request with an error that names the relative URL. (In a page, see requests.test.ts: it is resolved
 * against the page's location.)
 */
import { describe, expect, test } from 'vitest';
import { echo } from './helpers/server';
import { caught, setup } from './helpers/setup';
import { STAINLESS_VIEW, VIEW } from './helpers/sdk';

interface Echoed {
  url: string;
}

/** Runs `fn` with `globalThis.fetch` replaced by `replacement` (as a server-side framework replaces it). */
async function withGlobalFetch<T>(replacement: typeof fetch, fn: () => Promise<T>): Promise<T> {
  const own = globalThis.fetch;
  globalThis.fetch = replacement;
  try {
    return await fn();
  } finally {
    globalThis.fetch = own;
  }
}

for (const [kind, view] of [
  ['sdkgen', undefined],
  ['Stainless-config', STAINLESS_VIEW],
] as const) {
  describe(`a relative base URL outside a page (${kind} client)`, () => {
    const t = setup(view ?? VIEW);

    test('the global fetch gets relative URLs: one that resolves them reaches the server, no `fetch` option given', async () => {
      expect('location' in globalThis).toBe(false);
      t.server.on('GET /api/v1/echo', echo);
      const own = globalThis.fetch;
      const seen: string[] = [];
      // What a framework's server-side fetch does: resolve a relative URL against the app's own origin.
      const resolving = ((url: string, init?: RequestInit) => {
        seen.push(url);
        return own(new URL(url, t.server.url), init);
      }) as typeof fetch;
      // The framework replaced the global before the app made its client (the client keeps the fetch it saw).
      const sent = (await withGlobalFetch(resolving, () => {
        const client = t.client({ baseURL: '/api/v1', defaultQuery: { v: '2' } });
        expect(client.baseURL).toBe('/api/v1');
        return client.request({ method: 'get', path: '/echo', query: { a: 1 } });
      })) as Echoed;
      expect(seen).toEqual(['/api/v1/echo?v=2&a=1']);
      expect(sent.url).toBe('/api/v1/echo?v=2&a=1');
      expect(t.server.received()).toHaveLength(1);
    });

    test("the runtime's own fetch refuses a relative URL: the request fails naming it, the client was made", async () => {
      const client = t.client({ baseURL: '/api/v1', maxRetries: 0 });
      expect(client.baseURL).toBe('/api/v1');
      const error = await caught(() => client.request({ method: 'get', path: '/echo' }));
      expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
      expect(String((error as Error).message)).toContain('/api/v1/echo is relative');
      // Node's fetch said why.
      expect((error as Error).cause).toBeInstanceOf(TypeError);
      expect(t.server.received()).toHaveLength(0);
      // An absolute base URL's failure keeps the plain message.
      const absolute = t.client({ baseURL: 'http://127.0.0.1:9', maxRetries: 0 });
      const refused = await caught(() => absolute.request({ method: 'get', path: '/echo' }));
      expect(String((refused as Error).message)).not.toContain('is relative');
    });
  });
}

/**
 * Owners' code written for an SDK from Stainless's newer generator imports its runtime by path and relies on the call
 * shapes there (the survey of the TypeScript mirrors: `internal/headers`'s `buildHeaders` and `NullableHeaders`, a
 * client subclass's `authHeaders` and `validateHeaders`, `internal/request-options`' types, `__binaryResponse`). An SDK
 * made from a Stainless config answers them with Stainless's shapes: fixture/src/owners-code.ts.hbs is such code, run
 * here against a local server (and compiled by typecheck.test.ts's Stainless variant).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STAINLESS_VIEW, VIEW, renderSdk, sdkFiles, type Sdk } from './helpers/sdk';
import { echo, json } from './helpers/server';
import { API_KEY, caught, setup } from './helpers/setup';

const t = setup(STAINLESS_VIEW);
let owners: Sdk = {};
let headers: Sdk = {};
let cleanup = async () => {};

beforeAll(async () => {
  const rendered = await renderSdk(STAINLESS_VIEW);
  cleanup = rendered.cleanup;
  const load = (file: string) => import(/* @vite-ignore */ pathToFileURL(path.join(rendered.dir, file)).href);
  owners = (await load('src/owners-code.ts')) as Sdk;
  headers = (await load('src/internal/headers.ts')) as Sdk;
});
afterAll(() => cleanup());

interface Echoed {
  headers: Record<string, string | undefined>;
}

describe("buildHeaders, Stainless's shape", () => {
  test('gives { values, nulls }: a later layer replaces a name, one layer may give it several values', () => {
    const built = headers.buildHeaders([
      { Accept: 'application/json', 'X-Trace': 'a', Authorization: 'Bearer k' },
      [
        ['x-trace', 'b'],
        ['X-Trace', 'c'],
      ],
      { Authorization: null, 'X-Left': undefined },
    ]);
    expect(built.values).toBeInstanceOf(Headers);
    expect(built.values.get('x-trace')).toBe('b, c');
    expect(built.values.get('accept')).toBe('application/json');
    expect(built.values.has('authorization')).toBe(false);
    expect(built.values.has('x-left')).toBe(false);
    expect([...built.nulls]).toEqual(['authorization']);
    // A header set again after its removal is no longer among the removed ones; its values are a layer themselves.
    const again = headers.buildHeaders([built, { authorization: 'Bearer 2', 'X-Multi': ['1', '2'] }]);
    expect(again.values.get('authorization')).toBe('Bearer 2');
    expect(again.nulls.size).toBe(0);
    expect(again.values.get('x-trace')).toBe('b, c');
    expect(again.values.get('x-multi')).toBe('1, 2');
  });

  test('isEmptyHeaders: nothing set or removed', () => {
    expect(headers.isEmptyHeaders(undefined)).toBe(true);
    expect(headers.isEmptyHeaders({ a: undefined })).toBe(true);
    expect(headers.isEmptyHeaders({ a: null })).toBe(false);
    expect(headers.isEmptyHeaders(new Headers({ a: '1' }))).toBe(false);
  });

  test("getHeader and getRequiredHeader, as Stainless's moved SDKs' webhook verifiers call them", () => {
    // Headers, a plain object (any case, an array's first value), pairs and buildHeaders' result are all read.
    expect(owners.webhookSignature(new Headers({ 'x-signature': 'abc', 'webhook-id': 'w1' }))).toEqual({
      signature: 'abc',
      id: 'w1',
    });
    expect(owners.webhookSignature({ 'X-SIGNATURE': ['s1', 's2'] })).toEqual({ signature: 's1', id: undefined });
    expect(owners.webhookSignature([['X-Signature', 'p']]).signature).toBe('p');
    expect(owners.webhookSignature(headers.buildHeaders([{ 'X-Signature': 'b' }])).signature).toBe('b');
    expect(owners.webhookSignature('given')).toEqual({ signature: 'given', id: undefined });
    // Something with a get(name) is asked under the name's usual spellings.
    const asked: string[] = [];
    const protocol = { get: (name: string) => (asked.push(name), name === 'Webhook-Id' ? 'w2' : null) };
    expect(headers.getHeader(protocol, 'webhook-id')).toBe('w2');
    expect(asked).toEqual(['webhook-id', 'webhook-id', 'WEBHOOK-ID', 'Webhook-Id']);
    expect(headers.isHeadersProtocol(protocol)).toBe(true);
    expect(() => headers.getRequiredHeader({ other: '1' }, 'X-Signature')).toThrow('Could not find X-Signature header');
  });

  test('an SDK made without a Stainless config keeps its plain record (and has no validateHeaders)', async () => {
    const lean = (await sdkFiles(VIEW)).find((f) => f.path === 'src/internal/headers.ts')?.contents ?? '';
    expect(lean).toContain('export { mergeHeaders as buildHeaders }');
    expect(lean).not.toContain('isEmptyHeaders');
    expect(lean).not.toContain('getRequiredHeader');
    const base = (await sdkFiles(VIEW)).find((f) => f.path === 'src/core/base-client.ts')?.contents ?? '';
    expect(base).not.toContain('validateHeaders');
    expect(base).not.toContain('__binaryResponse');
  });
});

describe("a client subclass written for Stainless's runtime", () => {
  const supplied = (keySupplier?: () => Promise<string | undefined>) =>
    new owners.SuppliedKey({ apiKey: API_KEY, baseURL: t.server.url, maxRetries: 0, keySupplier });

  test('authHeaders returning buildHeaders(…) sends its credentials; the parent class’s otherwise', async () => {
    t.server.on('GET /echo', echo);
    let asked = 0;
    const client = supplied(async () => `key-${++asked}`);
    expect(((await client.get('/echo')) as Echoed).headers.authorization).toBe('Bearer key-1');
    expect(((await client.get('/echo')) as Echoed).headers.authorization).toBe('Bearer key-2');
    const fallback = supplied(async () => undefined);
    expect(((await fallback.get('/echo')) as Echoed).headers.authorization).toBe(`Bearer ${API_KEY}`);
    // The caller's headers still win over the credentials.
    const given = (await client.get('/echo', { headers: { Authorization: 'Bearer mine' } })) as Echoed;
    expect(given.headers.authorization).toBe('Bearer mine');
  });

  test('validateHeaders sees the merged headers and the removed names, and refuses a call by throwing', async () => {
    t.server.on('GET /echo', echo);
    const client = supplied(async () => '');
    const refused = await caught(() => client.get('/echo'));
    expect(String(refused)).toContain('No credentials');
    expect(t.server.requests).toHaveLength(0);
    // Removed on purpose: let through, sent without.
    const removed = (await client.get('/echo', { headers: { Authorization: null } })) as Echoed;
    expect(removed.headers.authorization).toBeUndefined();
    // A layer built by buildHeaders is taken as request options' headers too, its removals included.
    const built = (await client.get('/echo', {
      headers: headers.buildHeaders([{ Authorization: 'Bearer built', 'X-A': '1' }]),
    })) as Echoed;
    expect(built.headers.authorization).toBe('Bearer built');
    expect(built.headers['x-a']).toBe('1');
  });

  test("a WebSocket's headers: the credentials and the caller's merged into a Headers", async () => {
    const client = supplied(async () => 'socket-key');
    expect(await owners.socketHeaders(client, [['X-Extra', '1']])).toEqual({
      'x-api-version': '2025-11-04',
      authorization: 'Bearer socket-key',
      'x-extra': '1',
    });
    expect(await owners.socketHeaders(client, { 'X-Api-Version': null })).toEqual({
      authorization: 'Bearer socket-key',
    });
    expect((await owners.socketHeaders(client))['x-defaults']).toBe('only');
  });
});

test('__binaryResponse: a JSON method resolves with the Response itself, its body unread', async () => {
  t.server.on('GET /items/a', json(200, { id: 'a', name: 'raw' }));
  const response = (await owners.rawItem(t.client(), 'a')) as Response;
  expect(response).toBeInstanceOf(Response);
  expect(response.bodyUsed).toBe(false);
  expect(await response.json()).toEqual({ id: 'a', name: 'raw' });
  // Without it, the same method parses the body.
  expect(await t.client().items.get('a')).toEqual({ id: 'a', name: 'raw' });
  // An error status is still an error.
  t.server.on('GET /items/b', json(404, { error: 'gone' }));
  expect(await caught(() => owners.rawItem(t.client(), 'b'))).toBeInstanceOf(t.sdk.NotFoundError);
});

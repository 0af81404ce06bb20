/**
 * Cookie parameters on the wire: the SDK generated from test/fixtures/cookies.yaml (an API key sent as the cookie
 * `session_key`, cookie parameters beside query and header ones) calls a real 127.0.0.1 server, which sees one
 * Cookie header holding the API key, the method's cookie parameters (percent-encoded, undefined and null left
 * out) and the caller's own Cookie header, in that order.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../../generator/generate';
import { ROOT, TMP } from '../helpers/paths';
import { echo, TestServer } from './helpers/server';

const server = new TestServer();
const dir = path.join(TMP, `runtime-cookies-${process.pid}`);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Cookies: new (options: Record<string, unknown>) => any;

beforeAll(async () => {
  await server.start();
  const result = await generate({ spec: path.join(ROOT, 'test/fixtures/cookies.yaml'), format: false });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.contents);
  }
  ({ Cookies } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href));
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

const client = (options: Record<string, unknown> = {}) =>
  new Cookies({ apiKey: 'key-1', baseURL: server.url, maxRetries: 0, ...options });

describe('cookie parameters', () => {
  test('defined values are sent after the API key cookie; undefined and null ones are left out', async () => {
    server.on('GET /preferences', echo);
    await client().preferences.retrieve({
      cookie_theme: 'dark',
      tracking: false,
      visits: null,
      query_theme: 'q',
      'X-Request-Id': 'r1',
    });
    const [request] = server.received();
    expect(request!.headers.cookie).toBe('session_key=key-1; theme=dark; tracking=false');
    expect(request!.query.getAll('theme')).toEqual(['q']);
    expect(request!.headers['x-request-id']).toBe('r1');
  });

  test('a call without cookie parameters sends only the API key cookie', async () => {
    server.on('GET /preferences', echo);
    await client().preferences.retrieve();
    expect(server.received()[0]!.headers.cookie).toBe('session_key=key-1');
  });

  test('cookie parameters that are all undefined or null add nothing to the header', async () => {
    server.on('GET /preferences', echo);
    await client().preferences.retrieve({ cookie_theme: undefined, tracking: null, visits: null });
    expect(server.received()[0]!.headers.cookie).toBe('session_key=key-1');
    const { cookieHeader } = await import(
      /* @vite-ignore */ pathToFileURL(path.join(dir, 'src/internal/cookies.ts')).href
    );
    expect(cookieHeader({ a: undefined, b: null })).toBeUndefined();
    expect(cookieHeader({ a: 1, b: undefined, c: 2n, d: true })).toBe('a=1; c=2; d=true');
  });

  test('values are percent-encoded: they cannot add a cookie or end the header', async () => {
    server.on('PUT /preferences', echo);
    await client().preferences.update({ 'csrf-token': 'a b;admin=1\r\nX-Injected: 1,"é"', theme: 'light' });
    const [request] = server.received();
    expect(request!.headers.cookie).toBe(
      'session_key=key-1; csrf-token=a%20b%3Badmin%3D1%0D%0AX-Injected%3A%201%2C%22%C3%A9%22',
    );
    expect(request!.headers).not.toHaveProperty('x-injected');
    expect(JSON.parse(request!.body.toString('utf8'))).toEqual({ theme: 'light' });
  });

  test("the caller's Cookie header is kept, after the method's cookies; defaultHeaders' come first", async () => {
    server.on('PUT /preferences', echo);
    await client({ defaultHeaders: { Cookie: 'default=1' } }).preferences.update(
      { 'csrf-token': 't0k', theme: 'dark' },
      { headers: { cookie: 'mine=2; other=3' } },
    );
    expect(server.received()[0]!.headers.cookie).toBe('default=1; session_key=key-1; csrf-token=t0k; mine=2; other=3');
  });

  test('a null Cookie in the request options removes every cookie before it (the documented null rule)', async () => {
    server.on('PUT /preferences', echo);
    await client().preferences.update({ 'csrf-token': 't0k', theme: 'dark' }, { headers: { Cookie: null } });
    expect(server.received()[0]!.headers).not.toHaveProperty('cookie');
  });

  test('a parameter named like the runtime helper is still sent under its own name', async () => {
    server.on('DELETE /sessions/s1', echo);
    await client().sessions.delete('s1', { cookieHeader: 'v' });
    expect(server.received()[0]!.headers.cookie).toBe('session_key=key-1; cookieHeader=v');
  });

  test('an object where a cookie value belongs is refused before anything is sent', async () => {
    server.on('DELETE /sessions/s1', echo);
    expect(() => client().sessions.delete('s1', { cookieHeader: { a: 1 } })).toThrow(
      /Invalid cookie parameter "cookieHeader"/,
    );
    expect(server.received()).toHaveLength(0);
  });
});

/**
 * Logging: levels, the <ENV>_LOG variable, request and response headers and bodies at debug under one id per
 * call (shared by its retries), and secrets never reaching the logs.
 */
import { describe, expect, test } from 'vitest';
import { echo, json, sequence } from './helpers/server';
import { API_KEY, setup } from './helpers/setup';

const t = setup();

type Entry = [level: string, ...args: unknown[]];

function recorder(): { logger: Record<string, (...args: unknown[]) => void>; entries: Entry[]; text: () => string } {
  const entries: Entry[] = [];
  const logger = Object.fromEntries(
    ['error', 'warn', 'info', 'debug'].map((level) => [level, (...args: unknown[]) => entries.push([level, ...args])]),
  );
  return { logger, entries, text: () => JSON.stringify(entries) };
}

describe('redaction', () => {
  test('debug logs show requests and responses without auth headers, cookies or keys', async () => {
    t.server.on('GET /echo', echo);
    const log = recorder();
    const client = t.client({ logLevel: 'debug', logger: log.logger });
    await client.request(
      { method: 'get', path: '/echo', query: { page: 2, access_token: 'tok-123' } },
      {
        headers: {
          Cookie: 'session=cookie-secret',
          'X-API-Key': 'header-key-secret',
          'X-Session-Token': 'token-secret',
          'X-Visible': 'shown',
        },
      },
    );
    const all = log.text();
    for (const secret of [API_KEY, 'cookie-secret', 'header-key-secret', 'token-secret', 'tok-123']) {
      expect(all).not.toContain(secret);
    }
    const [request, response, body] = log.entries;
    expect(request?.[0]).toBe('debug');
    const id = /^\[test-sdk\] \[(log_[0-9a-f]{6})\] /.exec(String(request?.[1]))?.[1];
    expect(request?.[1]).toBe(`[test-sdk] [${id}] GET ${t.server.url}/echo?page=2&access_token=***`);
    expect(request?.[2]).toMatchObject({
      headers: {
        authorization: '***',
        cookie: '***',
        'x-api-key': '***',
        'x-session-token': '***',
        'x-visible': 'shown',
        accept: 'application/json',
      },
      retry: 0,
    });
    expect(response?.[1]).toMatch(new RegExp(`^\\[test-sdk\\] \\[${id}\\] GET .* → 200 in \\d+ms$`));
    expect(response?.[2]).toMatchObject({ retry: 0, headers: { 'content-type': 'application/json' } });
    // The echo sends the request back, secrets included: they are replaced in the logged body.
    expect(body?.[1]).toBe(`[test-sdk] [${id}] response body`);
    const logged = JSON.parse(String((body?.[2] as { body: string }).body)) as {
      headers: Record<string, string>;
      url: string;
    };
    expect(logged.headers['x-visible']).toBe('shown');
    expect(logged.headers['authorization']).toBe('***');
    expect(logged.headers['x-api-key']).toBe('***');
    expect(logged.url).toBe('/echo?page=2&access_token=***');
    expect(log.entries).toHaveLength(3);
  });

  test('request and response bodies at debug; Set-Cookie in response headers redacted', async () => {
    t.server.on('POST /things', json(201, { id: 't1', name: 'thing' }, { 'set-cookie': 'sid=cookie-from-server' }));
    const log = recorder();
    const client = t.client({ logLevel: 'debug', logger: log.logger });
    await client.request({ method: 'post', path: '/things', body: { name: 'thing', tags: ['a'] } });
    expect(log.text()).not.toContain('cookie-from-server');
    const [request, response, body] = log.entries;
    expect(request?.[2]).toMatchObject({ body: '{"name":"thing","tags":["a"]}' });
    expect(response?.[2]).toMatchObject({ headers: { 'set-cookie': '***' } });
    expect(body?.[2]).toEqual({ status: 201, body: '{"id":"t1","name":"thing"}' });
  });

  test('an error response body is logged before the error is thrown', async () => {
    t.server.on('GET /missing', json(404, { error: 'no such thing' }));
    const log = recorder();
    await t
      .client({ logLevel: 'debug', logger: log.logger, maxRetries: 0 })
      .request({ method: 'get', path: '/missing' })
      .catch(() => {});
    expect(log.entries.at(-1)?.[2]).toEqual({ status: 404, body: '{"error":"no such thing"}' });
  });

  test('the retries of one call share its id; another call gets another id', async () => {
    t.server.on('GET /r', sequence(json(503, { error: 'x' }, { 'retry-after-ms': '1' }), json(200, {}), json(200, {})));
    const log = recorder();
    const client = t.client({ logLevel: 'debug', logger: log.logger });
    await client.request({ method: 'get', path: '/r' });
    await client.request({ method: 'get', path: '/r' });
    const sent = log.entries.filter((e) => e[0] === 'debug' && / GET [^ ]+$/.test(String(e[1])));
    const ids = sent.map((e) => /\[(log_[0-9a-f]{6})\]/.exec(String(e[1]))?.[1]);
    expect(sent.map((e) => (e[2] as { retry: number }).retry)).toEqual([0, 1, 0]);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    const retryLine = log.entries.find((e) => e[0] === 'info');
    expect(retryLine?.[1]).toBe(`[test-sdk] [${ids[0]}] GET /r returned 503; retrying in 1ms (2 retries left)`);
  });

  test("the client's auth query parameter is redacted whatever its name", async () => {
    t.server.on('GET /echo', echo);
    const log = recorder();
    const client = new t.sdk.QueryKeyClient({
      apiKey: 'query-secret',
      baseURL: t.server.url,
      logLevel: 'debug',
      logger: log.logger,
    });
    await client.request({ method: 'get', path: '/echo', query: { q: 'visible' } });
    expect(log.text()).not.toContain('query-secret');
    expect(log.entries[0]?.[1]).toMatch(/^\[test-sdk\] \[log_[0-9a-f]{6}\] GET /);
    expect(String(log.entries[0]?.[1]).split('] GET ')[1]).toBe(`${t.server.url}/echo?api_key=***&q=visible`);
  });

  test('credentials in the base URL are redacted', async () => {
    t.server.on('GET /echo', echo);
    const log = recorder();
    const withUser = t.server.url.replace('http://', 'http://user:pa55word@');
    const client = t.client({
      baseURL: withUser,
      logLevel: 'debug',
      logger: log.logger,
      fetch: () => Promise.resolve(new Response('{}')),
    });
    await client.request({ method: 'get', path: '/echo' });
    expect(log.text()).not.toContain('pa55word');
    expect(log.entries[0]?.[1]).toContain('http://***@127.0.0.1');
  });
});

describe('levels', () => {
  test('retries are logged at info; the default level (warn) logs nothing for them', async () => {
    const retrying = sequence(json(503, { error: 'x' }, { 'retry-after-ms': '1' }), json(200, {}));
    t.server.on('GET /r', retrying);
    const info = recorder();
    await t.client({ logLevel: 'info', logger: info.logger }).request({ method: 'get', path: '/r' });
    expect(info.entries).toHaveLength(1);
    expect(info.entries[0]?.[1]).toMatch(
      /^\[test-sdk\] \[log_[0-9a-f]{6}\] GET \/r returned 503; retrying in 1ms \(2 retries left\)$/,
    );

    t.server.on('GET /r', sequence(json(503, { error: 'x' }, { 'retry-after-ms': '1' }), json(200, {})));
    const quiet = recorder();
    await t.client({ logger: quiet.logger }).request({ method: 'get', path: '/r' });
    expect(quiet.entries).toEqual([]);
  });

  test('<ENV>_LOG sets the level (case-insensitive); invalid values are ignored with a warning; the option wins', () => {
    const saved = process.env['TEST_LOG'];
    try {
      process.env['TEST_LOG'] = 'DEBUG';
      expect(t.client().logLevel).toBe('debug');
      expect(t.client({ logLevel: 'error' }).logLevel).toBe('error');
      process.env['TEST_LOG'] = 'loud';
      const log = recorder();
      expect(t.client({ logger: log.logger }).logLevel).toBe('warn');
      expect(log.entries).toEqual([
        ['warn', '[test-sdk] Ignoring TEST_LOG="loud": expected one of off, error, warn, info, debug'],
      ]);
      process.env['TEST_LOG'] = 'toString';
      expect(t.client({ logger: recorder().logger }).logLevel).toBe('warn');
      process.env['TEST_LOG'] = 'off';
      const off = recorder();
      const client = t.client({ logger: off.logger });
      client.log('error', 'hidden');
      expect(off.entries).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['TEST_LOG'];
      else process.env['TEST_LOG'] = saved;
    }
  });
});

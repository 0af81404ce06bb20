/**
 * A GET event stream of a Stainless config's method, written in Stainless's call form
 * (`this._client.get(path, { ...options, stream: true })`) and read by the config's `streaming.on_event` rules, resumes
 * a cut connection as sdkgen's own form does: after the server's `retry:` delay, with `Last-Event-ID` of the last
 * event's `id:`, until a rule ends it (`[DONE]`). Stainless's runtimes do not reconnect (their `Stream` reads one
 * response; Python's decoder keeps `id`/`retry` and nothing sends them): a cut stream ended there. Against 127.0.0.1.
 */
// Generating and importing an SDK: left to `npm run test:slow` (SDKGEN_SLOW_TESTS=full) for npm test's budget.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedSdk } from './helpers/imported-sdk';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { sequence, sse, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/events': {
      get: {
        operationId: 'listEvents',
        responses: {
          '200': {
            description: 'ok',
            content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Ev' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { Ev: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
streaming:
  on_event:
    - data_starts_with: '[DONE]'
      handle: done
    - kind: fallthrough
      handle: yield
resources:
  events:
    models:
      ev: Ev
    methods:
      stream:
        endpoint: get /events
        streaming:
          param_discriminator: null
`;

const server = new TestServer();
let root = '';

beforeAll(async () => {
  if (!SLOW_FULL) return;
  await server.start();
  root = tempDir('stainless-stream-get-reconnect-');
});

afterAll(async () => {
  if (!SLOW_FULL) return;
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a GET stream in Stainless's form", () => {
  it('reconnects with Last-Event-ID after a cut, and ends by the rules', async () => {
    // The first connection is cut halfway through an event; the second is held open after `[DONE]`.
    const first = ['retry: 5\n\n', 'id: 1\ndata: {"n":1}\n\n', 'id: 2\ndata: {"n":2}\n\n', 'data: {"n"'];
    const second = ['id: 3\ndata: {"n":3}\n\n', 'data: [DONE]\n\n'];
    server.on('GET /events', sequence(sse(first, { gapMs: 5, end: 'cut' }), sse(second, { end: 'hang' })));
    const { index, files } = await importedSdk(root, SPEC, CONFIG);
    const method = files.find((f) => f.path === 'src/resources/events.ts')?.contents ?? '';
    expect(method).toContain("this._client.get('/events', { ...options, stream: true })");
    const client = new index.default({ baseURL: server.url, maxRetries: 1 });
    const items: unknown[] = [];
    for await (const item of await client.events.stream()) items.push(item);
    expect(items).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(server.received('GET /events').map((r) => r.headers['last-event-id'])).toEqual([undefined, '2']);
  });
});

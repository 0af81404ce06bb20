/**
 * A Stainless config's streaming method whose events the spec types as text (`text/event-stream` of `type: string`)
 * yields each event's data as the text it is, under the config's `streaming.on_event` rules (`[DONE]` ends it), as
 * sdkgen's own form reads such a stream: `data: 42` is '42' and `data: {"a":1}` the text '{"a":1}' in the method's
 * `Stream<string>`, not a number and an object. The method is still Stainless's call (`{ body, ...options, stream:
 * true }`, which says nothing of its events): the client knows the route's events are text (`STAINLESS_TEXT_STREAMS`),
 * so a call of the owners' own to it reads text too; a route of JSON events is read as JSON. Against 127.0.0.1.
 */
// Generating and importing an SDK: left to `npm run test:slow` (SDKGEN_SLOW_TESTS=full) for npm test's budget.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedSdk } from './helpers/imported-sdk';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { sse, TestServer } from './runtime/helpers/server';

const body = {
  required: true,
  content: {
    'application/json': { schema: { type: 'object', required: ['app'], properties: { app: { type: 'string' } } } },
  },
};
const stream = (schema: object) => ({
  '200': { description: 'ok', content: { 'text/event-stream': { schema } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/logs/tail': { post: { operationId: 'tailLogs', requestBody: body, responses: stream({ type: 'string' }) } },
    '/events': {
      post: { operationId: 'createEvents', requestBody: body, responses: stream({ $ref: '#/components/schemas/Ev' }) },
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
    - event_type: error
      handle: error
    - kind: fallthrough
      handle: yield
resources:
  logs:
    methods:
      tail:
        endpoint: post /logs/tail
        streaming:
          param_discriminator: null
  events:
    models:
      ev: Ev
    methods:
      create:
        endpoint: post /events
        streaming:
          param_discriminator: null
`;

const server = new TestServer();
let root = '';

beforeAll(async () => {
  if (!SLOW_FULL) return;
  await server.start();
  root = tempDir('stainless-stream-text-events-');
});

afterAll(async () => {
  if (!SLOW_FULL) return;
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a Stainless config's stream of text events", () => {
  it('yields each event as its text, by the config’s rules, from Stainless’s call; JSON events as JSON', async () => {
    // (The stream is held open after `[DONE]`: only the rule ends it.)
    const events = ['data: 42\n\n', 'data: hello\n\n', 'data: {"a":1}\n\n', 'data: [DONE]\n\n'];
    server.on('POST /logs/tail', sse(events, { end: 'hang' }));
    server.on('POST /events', sse(['data: {"n":1}\n\n', 'data: [DONE]\n\n'], { end: 'hang' }));
    const { index, files } = await importedSdk(root, SPEC, CONFIG);
    const client = new index.default({ baseURL: server.url, maxRetries: 0 });
    const read = async (stream: AsyncIterable<unknown>) => {
      const items: unknown[] = [];
      for await (const item of stream) items.push(item);
      return items;
    };
    expect(await read(await client.logs.tail({ app: 'a' }))).toEqual(['42', 'hello', '{"a":1}']);
    expect(await read(await client.events.create({ app: 'a' }))).toEqual([{ n: 1 }]);
    const source = (file: string) => files.find((f) => f.path === file)?.contents.replace(/\s+/g, ' ') ?? '';
    expect(source('src/resources/events.ts')).toContain(
      "this._client.post('/events', { body, ...options, stream: true })",
    );
    expect(source('src/resources/logs.ts')).toContain(
      "this._client.post('/logs/tail', { body, ...options, stream: true })",
    );
    // The owners' own call to the route, in Stainless's form.
    const own = await client.post('/logs/tail', { body: { app: 'a' }, stream: true });
    expect(await read(own)).toEqual(['42', 'hello', '{"a":1}']);
  });
});

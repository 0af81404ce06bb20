/**
 * Event streams as the newer Stainless generator (`targets.typescript`) writes them, with a Stainless config:
 * - an event stream the config does not mark `streaming`, whose events the spec types as objects (a union), streams
 *   those events: `list(): APIPromise<Stream<EventListResponse>>`, the union declared under the method's name, as
 *   opencode's SDK has it (not a `Stream<string>`);
 * - the request is Stainless's: the client's verb method with `stream: true` among the options, the call cast to its
 *   stream (`… as APIPromise<Stream<EventListResponse>>`), an unmarked one asking for `text/event-stream` itself
 *   (hypeman-ts's `instances.logs`), its optional params `| undefined` (not `| null`);
 * - `stream: true` is a request option of the runtime: each event's data is JSON where it is JSON, else its text; on a
 *   route whose events the spec types as text (`jobs.logs`), its text (`Stream<string>`: '{"not":"text"}', not an object).
 * The calls type-check under tsc --strict and run against a server on 127.0.0.1.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { sse, TestServer } from './runtime/helpers/server';

const stream = (schema: object) => ({ description: 'ok', content: { 'text/event-stream': { schema } } });
const started = {
  type: 'object',
  required: ['type', 'id'],
  properties: { type: { type: 'string', enum: ['started'] }, id: { type: 'string' } },
};
const finished = {
  type: 'object',
  required: ['type', 'code'],
  properties: { type: { type: 'string', enum: ['finished'] }, code: { type: 'integer' } },
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/events': {
      get: { operationId: 'listEvents', responses: { '200': stream({ $ref: '#/components/schemas/Event' }) } },
    },
    '/jobs/{id}/logs': {
      get: {
        operationId: 'jobLogs',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tail', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': stream({ type: 'string' }) },
      },
    },
    '/feed': {
      get: { operationId: 'feed', responses: { '200': stream({ $ref: '#/components/schemas/Event' }) } },
    },
    '/alerts': {
      get: { operationId: 'alerts', responses: { '200': stream({ $ref: '#/components/schemas/Alert' }) } },
    },
  },
  components: { schemas: { Event: { oneOf: [started, finished] }, Alert: { oneOf: [started, finished] } } },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  events:
    methods:
      list: get /events
  jobs:
    methods:
      logs: get /jobs/{id}/logs
  feed:
    methods:
      list:
        endpoint: get /feed
        streaming: { param_discriminator: null }
  alerts:
    models:
      alert: Alert
    methods:
      list: get /alerts
`;

/** Calls as code written for Stainless's SDK makes them. */
const CONSUMER = `import Acme from './src/index.js';
import type { EventListResponse } from './src/resources/events.js';
import type { JobLogsResponse } from './src/resources/jobs.js';
import type { Alert } from './src/resources/alerts.js';
const client = new Acme();
async function calls() {
  const seen: string[] = [];
  for await (const event of await client.events.list()) {
    const typed: EventListResponse = event;
    if (typed.type === 'started') seen.push(typed.id);
    else seen.push(String(typed.code));
  }
  for await (const line of await client.jobs.logs('j1', { tail: 2 })) {
    const text: JobLogsResponse = line;
    seen.push(text);
  }
  for await (const line of await client.jobs.logs('j1')) seen.push(line);
  for await (const event of await client.feed.list()) seen.push(event.type);
  for await (const alert of await client.alerts.list()) {
    const typed: Alert = alert;
    seen.push(typed.type);
  }
  return seen;
}
void calls;
`;

const server = new TestServer();
let root = '';
let dir = '';
let events = '';
let jobs = '';
let feed = '';
let alerts = '';
let readme = '';
let requestOptions = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-stream-forms');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  // On one line each, as the code is not formatted here.
  const read = (file: string) => result.files.find((f) => f.path === file)!.contents.replace(/\s+/g, ' ');
  events = read('src/resources/events.ts');
  jobs = read('src/resources/jobs.ts');
  feed = read('src/resources/feed.ts');
  alerts = read('src/resources/alerts.ts');
  readme = result.files.find((f) => f.path === 'README.md')!.contents;
  requestOptions = read('src/core/base-client.ts');
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("event streams as Stainless's newer SDKs write them", () => {
  it("type-checks Stainless's calls under tsc --strict", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('streams the events an unmarked stream types as objects, declared under the method name', () => {
    expect(events).toMatch(/list\(options\?: RequestOptions ?\): APIPromise<Stream<EventListResponse>>/);
    expect(events).toMatch(/export type EventListResponse = EventListResponse\.\w+ \| EventListResponse\.\w+;/);
    expect(events).not.toContain('Stream<string>');
  });

  it("streams the events of an unmarked stream whose events are a config model by the model's name", () => {
    // cartesia-js's `tts.generateSSE(…): APIPromise<Stream<TTSSSEEvent>>`, no `TTSGenerateSSEResponse` declared.
    expect(alerts).toMatch(/list\(options\?: RequestOptions ?\): APIPromise<Stream<Alert>>/);
    expect(alerts).toContain('as APIPromise<Stream<Alert>>;');
    expect(alerts).not.toContain('AlertListResponse');
  });

  it('writes the README streaming section for the method the config marks, not for an unmarked one', () => {
    // Stainless's READMEs have none where every streaming method is unmarked (hypeman-ts, cartesia-js).
    const section = readme.slice(readme.indexOf('## Streaming responses'));
    expect(readme).toContain('## Streaming responses');
    expect(section.slice(0, section.indexOf('\n## ', 5))).toContain('client.feed.list(');
  });

  it("asks for the stream with Stainless's `stream: true`, cast to its stream", () => {
    expect(events).toContain(
      "return this._client.get('/events', { ...options, headers: buildHeaders([{ Accept: 'text/event-stream' }, options?.headers]), stream: true }) as APIPromise<Stream<EventListResponse>>;",
    );
    expect(jobs).toMatch(
      /logs\( ?id: string, query: JobLogsParams \| undefined = \{\}, options\?: RequestOptions,? ?\)/,
    );
    expect(jobs).toContain('return this._client.get(path`/jobs/${id}/logs`, { query, ...options,');
    expect(jobs).toContain('stream: true }) as APIPromise<Stream<JobLogsResponse>>;');
    // One the config marks leaves the Accept header to the runtime.
    expect(feed).toContain("return this._client.get('/feed', { ...options, stream: true }) as APIPromise<Stream<");
    expect(feed).not.toContain('buildHeaders');
    expect(requestOptions).toContain('stream?: boolean | undefined;');
  });

  it('reads each against a server on 127.0.0.1', async () => {
    server.on('GET /events', sse(['data: {"type":"started","id":"e1"}\n\n', 'data: {"type":"finished","code":0}\n\n']));
    server.on('GET /jobs/j1/logs', sse(['data: booting\n\n', 'data: {"not":"text"}\n\n', 'data: done\n\n']));
    server.on('GET /feed', sse(['data: {"type":"started","id":"f1"}\n\n']));
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url, apiKey: 'k' });
    const listed: unknown[] = [];
    for await (const event of await client.events.list()) listed.push(event);
    expect(listed).toEqual([
      { type: 'started', id: 'e1' },
      { type: 'finished', code: 0 },
    ]);
    const lines: unknown[] = [];
    for await (const line of await client.jobs.logs('j1', { tail: 2 })) lines.push(line);
    expect(lines).toEqual(['booting', '{"not":"text"}', 'done']);
    const fed: unknown[] = [];
    for await (const event of await client.feed.list()) fed.push(event);
    expect(fed).toEqual([{ type: 'started', id: 'f1' }]);
    server.on('GET /alerts', sse(['data: {"type":"finished","code":3}\n\n']));
    const alerted: unknown[] = [];
    for await (const alert of await client.alerts.list()) alerted.push(alert);
    expect(alerted).toEqual([{ type: 'finished', code: 3 }]);
    const logs = server.requests.find((r) => r.path === '/jobs/j1/logs')!;
    expect(logs.query.get('tail')).toBe('2');
    expect(logs.headers.accept).toBe('text/event-stream');
    expect(server.requests.find((r) => r.path === '/feed')!.headers.accept).toBe('text/event-stream');
  });
});

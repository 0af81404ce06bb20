/**
 * Shapes of Stainless's SDKs around text bodies and path arguments, with a Stainless config:
 * - an event stream the config does not mark `streaming` streams all the same in the `targets.typescript` layout, as
 *   hypeman-ts's `instances.logs` does: `list(): APIPromise<Stream<EventListResponse>>`, its events' type declared
 *   (`EventListResponse = string`) and listed in api.md (`-> string`), each event's data yielded; one it marks
 *   (`streaming: { param_discriminator: null }`, "always streaming") is a `Stream` of the same kind. The older
 *   `targets.node` layout reads the unmarked one as text (`Core.APIPromise<string>`), as honcho-node's was;
 * - a text/plain body whose schema is a string is `string` too, its type declared, asked for as `text/plain`;
 * - api.md escapes an underscore at a positional argument's edge (`getByPath(path\_)`), as Stainless's api.md does.
 * The calls type-check under tsc --strict and run against a server on 127.0.0.1.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-stream-forms.test.ts samples Stainless's streams (docs/contributing.md, "What `npm test`
// samples").
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, sse, text, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const content = (media: string, schema: object) => ({ description: 'ok', content: { [media]: { schema } } });
const doc = { type: 'object', properties: { ok: { type: 'boolean' } } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/events': {
      get: {
        operationId: 'listEvents',
        summary: 'Lists the events',
        responses: { '200': content('text/event-stream', { type: 'string' }) },
      },
    },
    '/events/follow': {
      get: { operationId: 'followEvents', responses: { '200': content('text/event-stream', { type: 'string' }) } },
    },
    // (An example of a response of the resource, its schema's own: Stainless shows its calls.)
    '/events/count': {
      get: {
        operationId: 'countEvents',
        responses: {
          '200': content('application/json', {
            type: 'object',
            properties: { n: { type: 'integer', example: 2 } },
            example: { n: 2 },
          }),
        },
      },
    },
    '/notes/{id}': {
      get: {
        operationId: 'getNote',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': content('text/plain', { type: 'string' }) },
      },
    },
    '/md/by-path/{path}': {
      get: {
        operationId: 'getByPath',
        parameters: [{ name: 'path', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': content('application/json', doc) },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  events:
    methods:
      list: get /events
      count: get /events/count
      follow:
        endpoint: get /events/follow
        streaming: { param_discriminator: null }
  notes:
    methods:
      retrieve: get /notes/{id}
  document:
    methods:
      get_by_path: get /md/by-path/{path}
`;

/** The calls and types of Stainless's SDK. */
const CONSUMER = `import Acme from './src/index.js';
import type { EventListResponse } from './src/resources/events.js';
import type { NoteRetrieveResponse } from './src/resources/notes.js';
const client = new Acme();
async function calls() {
  const lines: string[] = [];
  for await (const line of await client.events.list()) lines.push(line);
  const declared: EventListResponse = lines[0]!;
  const note: NoteRetrieveResponse = await client.notes.retrieve('n1');
  const length: number = note.length;
  for await (const event of await client.events.follow()) lines.push(event);
  const found = await client.document.getByPath('guides');
  return [declared, length, found.ok];
}
void calls;
`;

const server = new TestServer();
let root = '';
let dir = '';
let events = '';
let notes = '';
let apiMd = '';
let legacyEvents = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-text-shapes');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  // On one line each, as the code is not formatted here.
  events = readFileSync(path.join(dir, 'src/resources/events.ts'), 'utf8').replace(/\s+/g, ' ');
  notes = readFileSync(path.join(dir, 'src/resources/notes.ts'), 'utf8').replace(/\s+/g, ' ');
  apiMd = readFileSync(path.join(dir, 'api.md'), 'utf8');
  const legacyConfig = CONFIG.replace('typescript:', 'node:');
  mkdirSync(path.join(root, 'legacy'));
  const legacy = await generateFrom(path.join(root, 'legacy'), SPEC, legacyConfig, { funcs: false, format: false });
  legacyEvents = legacy.files.find((f) => f.path === 'src/resources/events.ts')!.contents.replace(/\s+/g, ' ');
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("text bodies and path arguments as Stainless's SDK has them", () => {
  it("type-checks Stainless's calls under tsc --strict", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('streams an event stream the config does not mark, as one it marks; the legacy layout reads it as text', () => {
    expect(events).toMatch(/list\(options\?: RequestOptions ?\): APIPromise<Stream<EventListResponse>>/);
    expect(events).toContain('export type EventListResponse = string;');
    expect(apiMd).toContain('list</a>() -> string</code>');
    expect(apiMd).toMatch(/- <code><a href="[^"]+">EventListResponse<\/a><\/code>/);
    expect(events).toMatch(/follow\(options\?: RequestOptions ?\): APIPromise<Stream<string>>/);
    expect(events).toContain('* const response = await client.events.list(); * ```');
    expect(legacyEvents).toMatch(/list\(options\?: Core\.RequestOptions ?\): Core\.APIPromise<string>/);
    expect(legacyEvents).toContain("Accept: 'text/event-stream'");
  });

  it('declares a text/plain string body, returned as string and asked for as text/plain', () => {
    expect(notes).toMatch(/retrieve\(id: string, options\?: RequestOptions ?\): APIPromise<string>/);
    expect(notes).toContain("Accept: 'text/plain'");
    expect(notes).toContain('export type NoteRetrieveResponse = string;');
  });

  it("escapes an underscore at an argument's edge in api.md", () => {
    expect(apiMd).toContain('getByPath</a>(path\\_) -> DocumentGetByPathResponse</code>');
  });

  it('reads each against a server on 127.0.0.1', async () => {
    const body = 'data: one\n\ndata: two\n\n';
    server.on('GET /events', sse([body]));
    server.on('GET /events/follow', sse([body]));
    server.on('GET /notes/n1', text(200, 'hello', { 'content-type': 'text/plain' }));
    server.on('GET /md/by-path/guides', json(200, { ok: true }));
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url, apiKey: 'k' });
    const listed: string[] = [];
    for await (const line of await client.events.list()) listed.push(line);
    expect(listed).toEqual(['one', 'two']);
    const followed: string[] = [];
    for await (const event of await client.events.follow()) followed.push(event);
    expect(followed).toEqual(['one', 'two']);
    expect(await client.notes.retrieve('n1')).toBe('hello');
    expect(await client.document.getByPath('guides')).toEqual({ ok: true });
    const list = server.requests.find((r) => r.path === '/events')!;
    expect(list.headers.accept).toBe('text/event-stream');
    const note = server.requests.find((r) => r.path === '/notes/n1')!;
    expect(note.headers.accept).toBe('text/plain');
  });
});

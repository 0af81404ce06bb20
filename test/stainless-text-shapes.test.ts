/**
 * Shapes of Stainless's SDKs around text bodies and path arguments, with a Stainless config:
 * - an event stream the config does not mark `streaming` is read as text: `list(): APIPromise<string>`, asked for as
 *   `text/event-stream`, its type declared (`EventListResponse = string`) and listed in api.md; one it marks
 *   (`streaming: { param_discriminator: null }`, "always streaming") is a `Stream`;
 * - a text/plain body whose schema is a string is `string` too, its type declared, asked for as `text/plain`;
 * - api.md escapes an underscore at a positional argument's edge (`getByPath(path\_)`), as Stainless's api.md does.
 * The calls type-check under tsc --strict and run against a server on 127.0.0.1.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, sse, text, TestServer } from './runtime/helpers/server';

const content = (media: string, schema: object) => ({ description: 'ok', content: { [media]: { schema } } });
const doc = { type: 'object', properties: { ok: { type: 'boolean' } } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/events': {
      get: { operationId: 'listEvents', responses: { '200': content('text/event-stream', { type: 'string' }) } },
    },
    '/events/follow': {
      get: { operationId: 'followEvents', responses: { '200': content('text/event-stream', { type: 'string' }) } },
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
  const events: string = await client.events.list();
  const declared: EventListResponse = events;
  const note: NoteRetrieveResponse = await client.notes.retrieve('n1');
  const length: number = note.length;
  for await (const event of await client.events.follow()) void event;
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
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("text bodies and path arguments as Stainless's SDK has them", () => {
  it("type-checks Stainless's calls under tsc --strict", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('reads an event stream the config does not mark as streaming as a string; a marked one streams', () => {
    expect(events).toMatch(/list\(options\?: RequestOptions ?\): APIPromise<string>/);
    expect(events).toContain("Accept: 'text/event-stream'");
    expect(events).toContain('export type EventListResponse = string;');
    expect(apiMd).toContain('list</a>() -> string</code>');
    expect(apiMd).toMatch(/- <code><a href="[^"]+">EventListResponse<\/a><\/code>/);
    expect(events).toMatch(/follow\(options\?: RequestOptions ?\): APIPromise<Stream</);
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
    expect(await client.events.list()).toBe(body);
    const followed: string[] = [];
    for await (const event of await client.events.follow()) followed.push(event.data);
    expect(followed).toEqual(['one', 'two']);
    expect(await client.notes.retrieve('n1')).toBe('hello');
    expect(await client.document.getByPath('guides')).toEqual({ ok: true });
    const list = server.requests.find((r) => r.path === '/events')!;
    expect(list.headers.accept).toBe('text/event-stream');
    const note = server.requests.find((r) => r.path === '/notes/n1')!;
    expect(note.headers.accept).toBe('text/plain');
  });
});

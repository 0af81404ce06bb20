/**
 * A method a Stainless config marks streaming with no discriminator (`streaming: { param_discriminator: null }`)
 * whose response the spec gives as JSON streams always (the IR's `sse.json`), and asks for what the spec says the
 * server has: `Accept: application/json`, not `text/event-stream` (a server that negotiates, Prism among them,
 * answers the latter with 406). Both request forms are checked on a server on 127.0.0.1 that refuses a request not
 * accepting JSON: the newer layout's Stainless form (`stream: true`, the header beside it) and the legacy
 * `targets.node` layout's sdkgen form (the request description's `accept`); a stream the spec gives as events keeps
 * asking for them. The SDKs type-check under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-stream-forms.test.ts samples Stainless's streams (docs/contributing.md, "What `npm test`
// samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { sse, TestServer, type Handler } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Tasks', version: '1' },
  servers: [{ url: 'https://api.tasks.test' }],
  paths: {
    '/tasks/{task_id}/stream': {
      get: {
        operationId: 'streamTaskEvents',
        parameters: [{ name: 'task_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'Events', content: { 'application/json': { schema: {} } } } },
      },
    },
    '/feed': {
      get: {
        operationId: 'feed',
        responses: {
          '200': { description: 'Events', content: { 'text/event-stream': { schema: { type: 'object' } } } },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: tasks }
targets:
  typescript:
    package_name: tasks
resources:
  tasks:
    methods:
      stream:
        endpoint: get /tasks/{task_id}/stream
        streaming: { param_discriminator: null }
  feed:
    methods:
      list:
        endpoint: get /feed
        streaming: { param_discriminator: null }
`;

/** Events, only to a request that accepts `type` (as a negotiating server answers: 406 otherwise). */
function eventsFor(type: string, chunks: string[]): Handler {
  const events = sse(chunks);
  return (req, res, call) => {
    if (!String(req.headers.accept ?? '').includes(type)) {
      res.writeHead(406, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `only ${type}` }));
      return;
    }
    return events(req, res, call);
  };
}

const server = new TestServer();
const roots: string[] = [];
const sdks: Record<'typescript' | 'node', { dir: string; tasks: string }> = {
  typescript: { dir: '', tasks: '' },
  node: { dir: '', tasks: '' },
};

beforeAll(async () => {
  await server.start();
  server.on('GET /tasks/t1/stream', eventsFor('application/json', ['data: {"n":1}\n\n', 'data: {"n":2}\n\n']));
  server.on('GET /feed', eventsFor('text/event-stream', ['data: {"n":3}\n\n']));
  for (const layout of ['typescript', 'node'] as const) {
    const root = tempDir(`stainless-stream-json-${layout}`);
    roots.push(root);
    const config = CONFIG.replace('  typescript:\n', `  ${layout}:\n`);
    const result = await generateFrom(root, SPEC, config, { funcs: false, referenceDocs: false, format: false });
    const dir = path.join(root, 'sdk');
    writeFiles(dir, result.files);
    const tasks = result.files.find((f) => f.path === 'src/resources/tasks.ts')!.contents.replace(/\s+/g, ' ');
    sdks[layout] = { dir, tasks };
  }
}, 300_000);

afterAll(async () => {
  await server.stop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('an always-streaming method whose response the spec gives as JSON', () => {
  it("asks for JSON beside Stainless's `stream: true`", () => {
    expect(sdks.typescript.tasks).toContain(
      "{ ...options, headers: buildHeaders([{ Accept: 'application/json' }, options?.headers]), stream: true }",
    );
  });

  for (const layout of ['typescript', 'node'] as const) {
    it(`streams its events from a server that has only JSON (targets.${layout})`, async () => {
      const { dir } = sdks[layout];
      expect(typeCheckStrict(dir, ['src/**/*.ts']).output).toBe('');
      const { Tasks } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
      const client = new Tasks({ baseURL: server.url, maxRetries: 0 });
      const seen: unknown[] = [];
      for await (const event of await client.tasks.stream('t1')) seen.push(event);
      expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
      // A stream the spec gives as events still asks for them.
      const fed: unknown[] = [];
      for await (const event of await client.feed.list()) fed.push(event);
      expect(fed).toEqual([{ n: 3 }]);
    }, 300_000);
  }
});

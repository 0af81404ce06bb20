/**
 * A Stainless config's `cursor` scheme with a `previous_cursor_param` and a `previous_cursor_field`, and an `offset`
 * scheme with an `offset_count_start_field`, in the TypeScript SDK: the page classes' shapes say so, and iterating
 * the lists against a server on 127.0.0.1 pages backwards when the list is asked for `before` a cursor, and counts
 * the next offset on from where each page says it starts (as the Python SDK's pages do:
 * test/python/page-forms-python.test.ts).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-pagination.test.ts samples Stainless's pagination (docs/contributing.md, "What `npm test`
// samples").
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { importedSdk } from './helpers/imported-sdk';
import { tempDir } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/feed': {
      get: {
        operationId: 'listFeed',
        parameters: ['after', 'before'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    entries: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
                    page_info: {
                      type: 'object',
                      properties: { after: { type: ['string', 'null'] }, before: { type: ['string', 'null'] } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/jobs': {
      get: {
        operationId: 'listJobs',
        parameters: [{ name: 'offset', in: 'query', schema: { type: 'integer' } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    jobs: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
                    start: { type: 'integer' },
                    total: { type: 'integer' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: { schemas: { Event: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
};

const CONFIG = `organization: { name: acme }
pagination:
  - name: feed_cursor
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_param } }
    response:
      entries: { type: array }
      page_info:
        type: object
        properties:
          after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
          before: { type: string, x-stainless-pagination-property: { purpose: previous_cursor_field } }
  - name: jobs_page
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
    response:
      jobs: { type: array }
      start: { type: integer, x-stainless-pagination-property: { purpose: offset_count_start_field } }
      total: { type: integer, x-stainless-pagination-property: { purpose: offset_total_count_field } }
resources:
  events:
    models:
      event: Event
    methods:
      list: get /feed
  jobs:
    methods:
      list: get /jobs
`;

const EVENTS = ['e1', 'e2', 'e3', 'e4', 'e5'];
const server = new TestServer();
let root = '';
let dir = '';
let files = new Map<string, string>();
let warnings: string[] = [];
// The SDK module exists only at test time: typed loosely here (its types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Acme: any;

beforeAll(async () => {
  await server.start();
  root = tempDir('pagination-reverse-start');
  const sdk = await importedSdk(root, SPEC, CONFIG);
  dir = sdk.dir;
  files = new Map(sdk.files.map((f) => [f.path, f.contents]));
  warnings = sdk.warnings.map((w) => w.message);
  Acme = sdk.index.Acme;
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)(
  'a cursor scheme that pages backwards, an offset scheme that says where a page starts',
  () => {
    it("writes the page classes' shapes, which type-check", () => {
      expect(warnings).toEqual([]);
      const pagination = files.get('src/pagination.ts')!;
      expect(pagination).toContain("previousCursorParam: 'before'");
      expect(pagination).toContain("previousCursor: ['page_info', 'before']");
      expect(pagination).toContain("offsetStart: ['start']");
      const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
    });

    it('fetches the pages after a cursor, before one, and from where each page starts', async () => {
      server.on('GET /feed', (req, res) => {
        const after = req.query.get('after');
        const before = req.query.get('before');
        const end = before ? EVENTS.indexOf(before) : (after ? EVENTS.indexOf(after) + 1 : 0) + 2;
        const start = Math.max(end - 2, 0);
        const entries = EVENTS.slice(start, end).map((id) => ({ id }));
        const pageInfo = {
          after: end < EVENTS.length ? entries[entries.length - 1]!.id : null,
          before: start > 0 ? entries[0]!.id : null,
        };
        json(200, { entries, page_info: pageInfo })(req, res, 0);
      });
      server.on('GET /jobs', (req, res) => {
        // Each page starts one on from the offset asked for, and says so.
        const start = Number(req.query.get('offset') ?? 0) + 1;
        const jobs = Array.from({ length: Math.max(Math.min(2, 7 - start), 0) }, (_, i) => ({ id: `j${start + i}` }));
        json(200, { jobs, start, total: 6 })(req, res, 0);
      });
      const client = new Acme({ baseURL: server.url });
      const read = async (list: AsyncIterable<{ id: string }>) => {
        const ids: string[] = [];
        for await (const item of list) ids.push(item.id);
        return ids;
      };
      expect(await read(client.events.list())).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
      expect(await read(client.events.list({ before: 'e5' }))).toEqual(['e3', 'e4', 'e1', 'e2']);
      expect(await read(client.jobs.list())).toEqual(['j1', 'j2', 'j4', 'j5']);
      expect(server.requests.map((r) => r.url)).toEqual([
        '/feed',
        '/feed?after=e2',
        '/feed?after=e4',
        '/feed?before=e5',
        '/feed?before=e3',
        '/jobs',
        '/jobs?offset=3',
      ]);
    });
  },
);

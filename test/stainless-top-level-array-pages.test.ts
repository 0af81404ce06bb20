/**
 * A Stainless pagination scheme whose items are the response body itself (`is_top_level_array` on its array field,
 * or a `fake_page`'s one array field): the list methods are paginated, their pages read the items from the body and
 * the cursor from a header (`from_header`), and iterating one fetches every page from a server on 127.0.0.1.
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

const arrayOf = (ref: string) => ({
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'array', items: { $ref: `#/components/schemas/${ref}` } } } },
  },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/events': {
      get: {
        operationId: 'listEvents',
        parameters: [{ name: 'after', in: 'query', schema: { type: 'string' } }],
        responses: arrayOf('Event'),
      },
    },
    '/tags': { get: { operationId: 'listTags', responses: arrayOf('Tag') } },
  },
  components: {
    schemas: {
      Event: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Tag: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization:
  name: acme
pagination:
  - name: events_page
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      events:
        type: array
        x-stainless-pagination-property: { is_top_level_array: true }
      next_cursor:
        type: string
        x-stainless-pagination-property: { purpose: next_cursor_field, from_header: X-Next-Cursor }
  - name: single_page
    type: fake_page
    response:
      items: { type: array }
resources:
  events:
    models:
      event: Event
    methods:
      list: get /events
  tags:
    models:
      tag: Tag
    methods:
      list: get /tags
`;

const EVENTS = ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => ({ id }));
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
  root = tempDir('top-level-array-pages');
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

describe.runIf(SLOW_FULL)('a scheme whose items are the body itself', () => {
  it('pages the lists: items from the body, the cursor from its header', () => {
    // `is_top_level_array` without a purpose is no unknown purpose.
    expect(warnings).toEqual([]);
    const pagination = files.get('src/pagination.ts')!;
    // The body is the items: the page holds them as the scheme names them, as Stainless's pages do
    // (`<Page>Response<Item> = Item[]`), and a single page asks for no other.
    expect(pagination).toMatch(
      /class SinglePage<Item> extends NextURLPage<Item> \{\s*static override shape = \{ items: \[\], properties: \{ items: 'body' \} as const \};\s*declare items: Array<Item>;/,
    );
    expect(pagination).toContain('export type SinglePageResponse<Item> = Item[];');
    expect(pagination).toMatch(/class EventsPage<Item> extends \w+<Item> \{\s*static override shape[^;]*items: \[\]/);
    expect(pagination).toMatch(/\n {2}declare events: Array<Item>;\n {2}declare next_cursor: string \| null;\n\}/);
    expect(pagination).toContain("nextCursor: { header: 'X-Next-Cursor' }");
    expect(files.get('src/resources/events.ts')).toContain('PagePromise<EventsEventsPage, Event>');
    expect(files.get('src/resources/tags.ts')).toContain('PagePromise<TagsSinglePage, Tag>');
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('fetches every page, following the header until a page names no cursor', async () => {
    server.on('GET /events', (req, res) => {
      const after = req.query.get('after');
      const start = after ? EVENTS.findIndex((e) => e.id === after) + 1 : 0;
      const page = EVENTS.slice(start, start + 2);
      const more = start + 2 < EVENTS.length;
      json(200, page, more ? { 'X-Next-Cursor': page[page.length - 1]!.id } : {})(req, res, 0);
    });
    server.on('GET /tags', json(200, [{ name: 'a' }, { name: 'b' }]));
    const client = new Acme({ baseURL: server.url });
    const events: string[] = [];
    for await (const event of client.events.list()) events.push(event.id);
    expect(events).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    const tags: string[] = [];
    for await (const tag of client.tags.list()) tags.push(tag.name);
    expect(tags).toEqual(['a', 'b']);
    expect(server.requests.map((r) => r.url)).toEqual(['/events', '/events?after=e2', '/events?after=e4', '/tags']);
    // The page holds the items and the header's value, as Stainless's page does.
    const first = await client.events.list();
    expect([first.events.length, first.next_cursor]).toEqual([2, 'e2']);
  });
});

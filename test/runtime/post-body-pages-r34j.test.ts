/**
 * A list asked for with a JSON body whose fields carry the page (a POST; Stainless's `PaginatedCursorPost`, whose
 * next page sends `page_token` in the body: llama-cloud's `agent_data.search`), against a server of 127.0.0.1:
 * - the runtime: a page shape `in: 'body'` reads the sent value from the request's body and changes it there, the
 *   rest of the body and the query kept, whether the body came in the request or (as Stainless's
 *   `getAPIList(path, Page, { body, method: 'post' })`) in the per-request options;
 * - the generator: a Stainless scheme whose request fields are body fields of a POST pages that method (its page
 *   class's shape says `in: 'body'`), and the generated SDK walks every page. (A generation, about a second: with
 *   SDKGEN_SLOW_TESTS=full, `npm run test:slow`; npm test's cheaper check of the IR is
 *   test/unit/paginated-scheme-warning-r34j.test.ts.)
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../../generator/generate';
import { TMP } from '../helpers/paths';
import { cleanupSpecs, openapi, writeSpec } from '../unit/helpers/spec';
import { json, TestServer, type Handler } from './helpers/server';
import { STAINLESS_VIEW } from './helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { runTsc } from '../helpers/run-tsc';
import { sdkModuleSyntax, sdkPaths, STRICT_OPTIONS } from '../helpers/sdk';
import { setup } from './helpers/setup';

const ALL = Array.from({ length: 5 }, (_, i) => ({ id: `i${i + 1}` }));

/** Two items a page from the body's `page_token` (an index), with `next_page_token` while more are left. */
const search: Handler = (req, res) => {
  const body = JSON.parse(req.body.toString('utf8') || '{}') as { page_token?: string; page_size?: number };
  const start = Number(body.page_token ?? 0);
  const size = body.page_size ?? 2;
  const items = ALL.slice(start, start + size);
  const next = start + size < ALL.length ? String(start + size) : '';
  json(200, { items, next_page_token: next })(req, res, 0);
};

const sentBodies = (server: TestServer) => server.received().map((r) => JSON.parse(r.body.toString('utf8')));

describe('the runtime: a page shape in the body', () => {
  const t = setup(STAINLESS_VIEW);

  const shape = { items: ['items'], cursor: 'page_token', nextCursor: ['next_page_token'], in: 'body' };

  test('the next page changes the body field, keeping the rest of the body and the query', async () => {
    t.server.on('POST /agent-data/:search', search);
    class PostPage extends t.sdk.CursorPage {
      static shape = shape;
    }
    const list = t.client().requestPage(PostPage, {
      method: 'post',
      path: '/agent-data/:search',
      query: { project_id: 'p1' },
      body: { collection: 'c', page_size: 2 },
    });
    const seen = [];
    for await (const item of list) seen.push(item.id);
    expect(seen).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(t.server.received().map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(3).fill('POST /agent-data/:search?project_id=p1'),
    );
    expect(sentBodies(t.server)).toEqual([
      { collection: 'c', page_size: 2 },
      { collection: 'c', page_size: 2, page_token: '2' },
      { collection: 'c', page_size: 2, page_token: '4' },
    ]);
  });

  test("Stainless's getAPIList with the body in the options", async () => {
    t.server.on('POST /agent-data/:search', search);
    class PostPage extends t.sdk.CursorPage {
      static shape = shape;
    }
    const first = await t.client().getAPIList('/agent-data/:search', PostPage, {
      method: 'post',
      body: { collection: 'c', page_size: 3 },
    });
    expect(first.nextPageRequestOptions()).toMatchObject({
      method: 'post',
      body: { collection: 'c', page_size: 3, page_token: '3' },
    });
    const second = await first.getNextPage();
    expect(second.getPaginatedItems().map((item: { id: string }) => item.id)).toEqual(['i4', 'i5']);
    expect(second.hasNextPage()).toBe(false);
    expect(sentBodies(t.server)).toEqual([
      { collection: 'c', page_size: 3 },
      { collection: 'c', page_size: 3, page_token: '3' },
    ]);
  });
});

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
pagination:
  - name: paginated_cursor_post
    type: cursor
    request:
      page_token:
        type: string
      page_size:
        type: integer
    response:
      items:
        type: array
      next_page_token:
        type: string
        x-stainless-pagination-property:
          purpose: next_cursor_field
resources:
  agent_data:
    methods:
      search:
        endpoint: post /agent-data/:search
        paginated: paginated_cursor_post
`;

describe.runIf(SLOW_FULL)('the generator: a Stainless scheme matched in a POST body', () => {
  const server = new TestServer();
  const out = path.join(TMP, `post-body-pages-${process.pid}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Acme: new (options: Record<string, unknown>) => any;
  let pagination = '';
  beforeAll(async () => {
    await server.start();
    const page = {
      type: 'object',
      properties: {
        items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
        next_page_token: { type: 'string' },
      },
    };
    const spec = writeSpec(
      openapi({
        paths: {
          '/agent-data/:search': {
            post: {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['collection'],
                      properties: {
                        collection: { type: 'string' },
                        page_token: { type: 'string' },
                        page_size: { type: 'integer' },
                      },
                    },
                  },
                },
              },
              responses: { '200': { description: 'ok', content: { 'application/json': { schema: page } } } },
            },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(config, CONFIG);
    const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    expect(result.diagnostics.warnings.filter((d) => d.code === 'stainless-pagination')).toEqual([]);
    for (const file of result.files) {
      await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
      await writeFile(path.join(out, file.path), file.contents);
    }
    pagination = result.files.find((f) => f.path === 'src/pagination.ts')?.contents ?? '';
    ({ Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(out, 'src/index.ts')).href));
  });
  afterAll(async () => {
    await server.stop();
    await rm(out, { recursive: true, force: true });
    cleanupSpecs();
  });

  test("the SDK type-checks (the shape's `in` is the runtime's literal type)", () => {
    const project = path.join(out, 'tsconfig.check.json');
    const compilerOptions = { ...STRICT_OPTIONS, ...sdkModuleSyntax(out), ...sdkPaths(out) };
    writeFileSync(project, JSON.stringify({ compilerOptions, include: ['src'] }));
    expect(runTsc(project).output).toBe('');
  });

  test('the method pages, its next page asked for in the body', async () => {
    expect(pagination).toMatch(/class PaginatedCursorPost[\s\S]*in: 'body'/);
    server.on('POST /agent-data/:search', search);
    const client = new Acme({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
    const seen = [];
    for await (const item of client.agentData.search({ collection: 'c', page_size: 2 })) seen.push(item.id);
    expect(seen).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(sentBodies(server).map((b) => b.page_token)).toEqual([undefined, '2', '4']);
    expect(sentBodies(server).every((b) => b.collection === 'c' && b.page_size === 2)).toBe(true);
  });
});

/**
 * The page classes of a Stainless config's pagination schemes, and the interfaces Stainless's SDKs declare beside
 * them (`<Page>Params`, `<Page>Response<Item>`): generated from a spec and a config with two schemes, one named like
 * a runtime base class (`cursor_page` → `CursorPage`), and type-checked under tsc --strict with a program that
 * names them from `<package>/pagination` and `<package>/core/pagination`, as code written for Stainless's SDK does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';

const list = (query: string[], body: Record<string, unknown>) => ({
  get: {
    parameters: query.map((name) => ({
      name,
      in: 'query',
      schema: { type: name === 'limit' || name === 'page_size' ? 'integer' : 'string' },
    })),
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { type: 'object', required: Object.keys(body), properties: body } } },
      },
    },
  },
});
const items = { type: 'array', items: { $ref: '#/components/schemas/Thing' } };
const inlineItems = (key: string) => ({
  type: 'array',
  items: { type: 'object', required: [key], properties: { [key]: { type: 'string' } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/owners/things': list(['cursor', 'limit'], { data: items, next_cursor: { type: ['string', 'null'] } }),
    '/things': list(['cursor', 'limit'], { data: items, next_cursor: { type: ['string', 'null'] } }),
    '/entries': list(['after', 'before', 'page_size'], {
      entries: items,
      page_info: { type: 'object', properties: { after: { type: ['string', 'null'] } } },
    }),
    // Two lists whose items are written out in place: each module names them MessageListResponse.
    '/messages': list(['cursor', 'limit'], { data: inlineItems('subject'), next_cursor: { type: ['string', 'null'] } }),
    '/threads/{thread_id}/messages': {
      get: {
        ...list(['cursor', 'limit'], { data: inlineItems('thread_id'), next_cursor: { type: ['string', 'null'] } }).get,
        parameters: [
          { name: 'thread_id', in: 'path', required: true, schema: { type: 'string' } },
          ...list(['cursor', 'limit'], {}).get.parameters,
        ],
      },
    },
  },
  components: { schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
};

const CONFIG = `organization: { name: acme }
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      limit: { type: integer }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
  - name: entries_cursor
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      before: { type: string }
      page_size: { type: integer }
    response:
      entries: { type: array }
      page_info:
        type: object
        properties:
          after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
  # No method pages by it: Stainless declared its class all the same.
  - name: rows_offset
    type: offset
    request:
      start_index: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
      row_limit: { type: integer }
    response:
      rows: { type: array, items: { $ref: '#/components/schemas/Thing' } }
      next_index: { type: integer }
resources:
  # Its list of things comes first, but the things' page alias is declared where the model Thing is.
  owners:
    methods:
      list_things: get /owners/things
  things:
    models:
      thing: Thing
    methods:
      list: get /things
      entries: get /entries
  messages:
    methods:
      list: get /messages
  threads:
    subresources:
      messages:
        methods:
          list: get /threads/{thread_id}/messages
`;

// Code written against Stainless's SDK: the page classes and their interfaces by both of their module paths.
const CONSUMER = `import { Acme } from './src/index.js';
import { CursorPage, EntriesCursor, type CursorPageParams, type EntriesCursorResponse } from './src/pagination.js';
import type { EntriesCursorParams, CursorPageResponse } from './src/core/pagination.js';
import { EntriesCursor as EntriesCursorType, CursorPage as CoreCursorPage } from './src/core/pagination.js';
import { RowsOffset, type RowsOffsetParams, type RowsOffsetResponse } from './src/pagination.js';
import type { Thing } from './src/resources/things.js';

export async function run(client: Acme): Promise<string[]> {
  const params: CursorPageParams = { cursor: 'c', limit: 10 };
  const first: CursorPage<Thing> = await client.things.list(params);
  const body: CursorPageResponse<Thing> = first;
  const entriesParams: EntriesCursorParams = { after: 'a', before: 'b', page_size: 5 };
  const entries: EntriesCursorType<Thing> = await client.things.entries(entriesParams);
  const page: EntriesCursorResponse<Thing> = entries;
  // An object field's interface, in the response interface's namespace, as Stainless's SDKs declare it.
  const info: EntriesCursorResponse.PageInfo = page.page_info;
  void info;
  // A scheme no method uses has its class and interfaces too.
  const rows: RowsOffsetParams = { start_index: 0, row_limit: 10 };
  const rowsBody: RowsOffsetResponse<Thing> = { rows: [], next_index: 3 };
  const rowsClass: typeof RowsOffset = RowsOffset;
  void [rows, rowsBody, rowsClass];
  // And through the client's namespace, as Stainless's client declares them.
  const viaClient: Acme.EntriesCursorParams = entriesParams;
  const bodyViaClient: Acme.CursorPageResponse<Thing> = body;
  void [viaClient, bodyViaClient];
  // @ts-expect-error: a scheme's params are its request fields only
  const wrong: EntriesCursorParams = { cursor: 'c' };
  void wrong;
  return [
    ...body.data.map((t) => t.id),
    page.page_info.after ?? '',
    String(entries instanceof EntriesCursor),
    // core/pagination's CursorPage is the SDK's page class, not the runtime's base class of that name.
    String(first instanceof CoreCursorPage && CoreCursorPage === CursorPage),
  ];
}
`;

let dir: string;
beforeAll(async () => {
  dir = tempDir('stainless-pagination');
  const spec = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  writeFileSync(spec, JSON.stringify(SPEC));
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec, config, funcs: false, referenceDocs: false });
  writeFiles(dir, files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
});

describe("a Stainless config's pagination schemes", () => {
  it('declare the page alias of items two modules name alike in each of them, for its own items', () => {
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    for (const file of ['src/resources/messages.ts', 'src/resources/threads/messages.ts']) {
      expect(read(file)).toContain('export type MessageListResponsesCursorPage = CursorPage<MessageListResponse>;');
      expect(read(file)).not.toMatch(/import \{[^}]*MessageListResponsesCursorPage/);
    }
  });

  it('declare the page classes and their Params and Response interfaces in src/pagination.ts', async () => {
    const { readFileSync } = await import('node:fs');
    const pagination = readFileSync(path.join(dir, 'src/pagination.ts'), 'utf8');
    expect(pagination).toContain('export interface CursorPageParams {\n  cursor?: string;\n  limit?: number;\n}');
    expect(pagination).toContain(
      'export interface EntriesCursorParams {\n  after?: string;\n  before?: string;\n  page_size?: number;\n}',
    );
    // A scheme no method pages by: its class and interfaces, typed from the config's fields (each present in the
    // Response, as Stainless's DatasetsIterrowsResponse declares `next_index: number`).
    expect(pagination).toContain('export class RowsOffset<Item> extends OffsetPage<Item>');
    expect(pagination).toContain(
      'export interface RowsOffsetParams {\n  start_index?: number;\n  row_limit?: number;\n}',
    );
    expect(pagination).toMatch(
      /export interface RowsOffsetResponse<Item> \{\n {2}rows: Array<Item>;\n {2}next_index: number;/,
    );
    // core/pagination has them (values: the newer runtime's resources import pages from there), through
    // src/pagination.ts, whose own `CursorPage` wins over the runtime base class of that name.
    const core = readFileSync(path.join(dir, 'src/core/pagination.ts'), 'utf8');
    expect(core).toContain("export * from '../pagination.js';");
    expect(pagination).toContain("export * from './core/page-base.js';");
    expect(pagination).not.toMatch(/from '\.\/core\/pagination/);
    // A list's params extend its page's, as Stainless's do, declaring only their own fields.
    const things = readFileSync(path.join(dir, 'src/resources/things.ts'), 'utf8');
    // The newer Stainless runtime's resources import their pages from core/pagination, as Stainless's do.
    expect(things).toMatch(
      /import \{\s+CursorPage,\s+type CursorPageParams,\s+EntriesCursor,[^}]*\} from '\.\.\/core\/pagination';/,
    );
    expect(things).not.toMatch(/from '\.\.\/pagination'/);
    expect(things).toContain('export interface ThingListParams extends CursorPageParams {}');
    expect(things).toContain('export interface ThingEntriesParams extends EntriesCursorParams {}');
    // A page alias lives in the module of its items' model, as Stainless declares it; the other list imports it.
    expect(things).toContain('export type ThingsCursorPage = CursorPage<Thing>;');
    const owners = readFileSync(path.join(dir, 'src/resources/owners.ts'), 'utf8');
    expect(owners).not.toContain('export type ThingsCursorPage');
    expect(owners).toMatch(/import \{[^}]*\bThingsCursorPage\b[^}]*\} from '\.\/things';/);
  });

  it('type-check under tsc --strict with code naming them from both module paths', () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe('a scheme whose request fields the spec types otherwise, or spells as dotted query parameters', () => {
  it("types its Params fields as the config declares them, and the list's params extend it", async () => {
    const spec = {
      ...SPEC,
      paths: {
        '/teams': list(['cursor', 'query_options.$filter'], {
          teams: items,
          skip_token: { type: ['string', 'null'] },
        }),
      },
    };
    const parameters = spec.paths['/teams'].get.parameters as Array<Record<string, unknown>>;
    // The spec lets the cursor be null, and types `$top` a number; the config says string and integer. (A field of
    // another type, `$top` a string, would match no scheme: stainless-pagination-match.test.ts.)
    parameters[0]!.schema = { type: ['string', 'null'] };
    parameters.push({ name: 'query_options.$top', in: 'query', schema: { type: 'number' } });
    const config = `organization: { name: acme }
pagination:
  - name: teams_pagination
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      query_options.$top: { type: integer }
    response:
      teams: { type: array }
      skip_token: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  teams:
    methods:
      list: get /teams
`;
    const out = tempDir('stainless-pagination-declared');
    writeFileSync(path.join(out, 'openapi.json'), JSON.stringify(spec));
    writeFileSync(path.join(out, 'stainless.yml'), config);
    const { files } = await generate({
      spec: path.join(out, 'openapi.json'),
      config: path.join(out, 'stainless.yml'),
      funcs: false,
      referenceDocs: false,
    });
    const text = (file: string) => files.find((f) => f.path === file)!.contents;
    expect(text('src/pagination.ts')).toContain(
      "export interface TeamsPaginationParams {\n  cursor?: string;\n  'query_options.$top'?: number;\n}",
    );
    // The page's fields are the page's: the list declares only its own.
    expect(text('src/resources/teams.ts')).toMatch(
      /export interface TeamListParams extends TeamsPaginationParams \{\n {2}query_options\?: TeamListParams\.QueryOptions;\n\}/,
    );
  });
});

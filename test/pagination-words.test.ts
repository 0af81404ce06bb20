/**
 * Pagination detection reads the spec's words before its names (no config): a `next` field the spec calls a cursor to
 * send back as `after` pages by cursor, not as a next-page URL; a `page` parameter it calls an opaque cursor, taken
 * from the body's `next_page`, pages by cursor, not by page number. The SDKs page to the end against a 127.0.0.1 server.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { functionNameOf } from '../generator/emit/typescript/target-api';
import type { Api } from '../generator/ir/types';
import { removeWhenAllPass, tempDir, writeFiles } from './helpers/sdk';
import { type Handler, json, TestServer } from './runtime/helpers/server';
import { okJson as ok } from './helpers/openapi';

const item = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
const param = (name: string, schema: object, description?: string) => ({ name, in: 'query', schema, description });
/** A list whose body has `data`, `has_more` and `field`, with the query parameters `params`. */
const list = (operationId: string, params: object[], field: [string, object]) => ({
  get: {
    operationId,
    parameters: params,
    responses: ok({
      type: 'object',
      required: ['object', 'data', 'has_more'],
      properties: {
        object: { type: 'string', enum: ['list'] },
        data: { type: 'array', items: item },
        has_more: { type: 'boolean' },
        [field[0]]: field[1],
      },
    }),
  },
});
const limit = param('limit', { type: 'integer' });
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Words', version: '1' },
  servers: [{ url: 'https://api.words.test' }],
  paths: {
    // `next` is a cursor sent back as `after`, as both descriptions say.
    '/roles': list(
      'listRoles',
      [
        limit,
        param(
          'after',
          { type: 'string' },
          "Cursor for pagination. Provide the value from the previous response's `next` field.",
        ),
      ],
      ['next', { type: ['string', 'null'], description: 'Cursor to fetch the next page, or `null` at the end.' }],
    ),
    // The same, saying nothing: in doubt, the value is sent back as it came.
    '/groups': list('listGroups', [limit, param('after', { type: 'string' })], ['next', { type: ['string', 'null'] }]),
    // `page` is an opaque cursor, the previous response's `next_page`.
    '/usage': list(
      'listUsage',
      [
        limit,
        param(
          'page',
          { type: 'string' },
          'A cursor for use in pagination, the `next_page` field of the previous response.',
        ),
      ],
      ['next_page', { type: ['string', 'null'] }],
    ),
    // `page` called an opaque token, beside a `next_cursor`: no page number either.
    '/events': list(
      'listEvents',
      [limit, param('page', { type: 'string' }, 'An opaque token: the page to return.')],
      ['next_cursor', { type: ['string', 'null'] }],
    ),
    // The words say URL: the next page is fetched at it.
    '/links': list(
      'listLinks',
      [limit, param('cursor', { type: 'string' })],
      ['next', { type: 'string', format: 'uri', description: 'The URL of the next page.' }],
    ),
    // A page number stays one.
    '/pages': list(
      'listPages',
      [limit, param('page', { type: 'integer', description: 'The page number.' })],
      ['total_pages', { type: 'integer' }],
    ),
  },
};

let dir = '';
let api: Api;
removeWhenAllPass(() => dir);
const server = new TestServer();
const ALL = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

beforeAll(async () => {
  dir = tempDir('pagination-words');
  const specPath = path.join(dir, 'words.json');
  writeFileSync(specPath, JSON.stringify(SPEC));
  const result = await generate({ spec: specPath, format: false, referenceDocs: false });
  api = result.api;
  writeFiles(path.join(dir, 'sdk'), result.files);
  await server.start();
  // Pages of two items; the cursor is the index of the next page's first item, in the field the list names.
  const page =
    (field: string, url: boolean): Handler =>
    (req, res) => {
      const cursor = req.query.get('after') ?? req.query.get('page') ?? req.query.get('cursor');
      const start = cursor ? Number(cursor.replace(/^c/, '')) : 0;
      const next = start + 2 < ALL.length ? `c${start + 2}` : null;
      const value = url && next ? `${server.url}${req.path}?cursor=${next}` : next;
      json(200, { object: 'list', data: ALL.slice(start, start + 2), has_more: next !== null, [field]: value })(
        req,
        res,
        0,
      );
    };
  server.on('GET /roles', page('next', false));
  server.on('GET /groups', page('next', false));
  server.on('GET /usage', page('next_page', false));
  server.on('GET /events', page('next_cursor', false));
  server.on('GET /links', page('next', true));
});

afterAll(() => server.stop());

/** The style and the parameter and field a list pages by. */
function pagingOf(name: string) {
  const method = api.resources.flatMap((r) => [r, ...r.subresources]).flatMap((r) => r.methods);
  const found = method.find((m) => functionNameOf(m, api).toLowerCase().endsWith(name.toLowerCase()));
  const scheme = api.paginationSchemes.find((s) => s.className === found?.pagination?.scheme);
  return scheme && { style: scheme.style, cursor: scheme.request.cursor, next: scheme.response.nextCursor };
}

describe("pagination by the spec's words", () => {
  it('chooses the page class from the descriptions and the request parameters', () => {
    expect(pagingOf('rolesList')).toEqual({ style: 'cursor', cursor: 'after', next: ['next'] });
    expect(pagingOf('groupsList')).toEqual({ style: 'cursor', cursor: 'after', next: ['next'] });
    expect(pagingOf('usageList')).toEqual({ style: 'cursor', cursor: 'page', next: ['next_page'] });
    expect(pagingOf('eventsList')).toEqual({ style: 'cursor', cursor: 'page', next: ['next_cursor'] });
    expect(pagingOf('linksList')).toMatchObject({ style: 'next-url' });
    expect(pagingOf('pagesList')).toMatchObject({ style: 'page-number' });
  });

  it('pages to the end against a server, sending back what each page returned', async () => {
    const sdk = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'sdk/src/index.ts')).href);
    const client = new sdk.Words({ baseURL: server.url, maxRetries: 0 });
    for (const resource of ['roles', 'groups', 'usage', 'events', 'links']) {
      const start = server.requests.length;
      const ids: string[] = [];
      for await (const entry of client[resource].list({ limit: 2 })) ids.push(entry.id);
      expect(ids, resource).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(server.requests.length - start, resource).toBe(3);
    }
  });
});

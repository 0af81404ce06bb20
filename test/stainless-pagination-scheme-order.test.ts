/**
 * Which scheme pages a method that several of a Stainless config's schemes fit, when its `paginated` names none: a
 * scheme that asks something of the request (a cursor or offset parameter the method has) before one that asks
 * nothing (a `fake_page`, whose `request` is empty and which fits every list of its response fields), each group in
 * the config's order. openai-node's config declares its `fake_page` (`Page`: `data` and `object`) first, and its
 * SDK pages a list taking `after` and `limit` (`/files`) by the cursor scheme and one taking neither (`/models`) by
 * the fake page. The IR is both targets' (TypeScript and Python read `Method.pagination` alike).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import type { Method, Resource } from '../generator/ir/types';
import { tempDir } from './helpers/sdk';

const LIST_BODY = {
  type: 'object',
  required: ['object', 'data', 'has_more'],
  properties: {
    object: { type: 'string' },
    data: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
    has_more: { type: 'boolean' },
  },
};

const list = (query: string[]) => ({
  get: {
    parameters: query.map((name) => ({
      name,
      in: 'query',
      required: false,
      schema: { type: name === 'limit' ? 'integer' : 'string' },
    })),
    responses: { '200': { description: 'ok', content: { 'application/json': { schema: LIST_BODY } } } },
  },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/files': list(['after', 'limit']),
    '/models': list([]),
    '/named': list(['after', 'limit']),
  },
  components: { schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
};

const CONFIG = `organization: { name: acme }
pagination:
  - name: page
    type: fake_page
    request: {}
    response:
      data: { type: array, items: {} }
      object: { type: string }
  - name: cursor_page
    type: cursor_id
    request:
      after:
        type: string
        x-stainless-pagination-property: { purpose: next_cursor_id_param }
      limit: { type: integer }
    response:
      data:
        type: array
        items:
          type: object
          properties:
            id:
              type: string
              x-stainless-pagination-property: { purpose: cursor_item_id }
      has_more: { type: boolean }
resources:
  things:
    models:
      thing: Thing
    methods:
      list_files: get /files
      list_models: get /models
      list_named:
        endpoint: get /named
        paginated: page
`;

function methods(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methods(r.subresources)]);
}

describe('a method several schemes fit, its `paginated` naming none', () => {
  it('pages by a scheme asking something of the request before one asking nothing, and by the one `paginated` names', async () => {
    const dir = tempDir('pagination-scheme-order');
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    const { api } = await loadIr({ spec: path.join(dir, 'openapi.json'), config: path.join(dir, 'stainless.yml') });
    const paged = Object.fromEntries(
      methods(api.resources).map((m) => [m.path.slice(1), m.pagination?.scheme ?? null]),
    );
    expect(paged).toEqual({ files: 'CursorPage', models: 'Page', named: 'Page' });
  });
});

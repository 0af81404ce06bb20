/**
 * Which methods a Stainless config's pagination scheme pages (issues 89 and 91): a method whose query has every
 * request field of the scheme and whose body has every response field pages, unless a request field is one the call
 * must give (`required: true`), as Stainless left a list whose `after` and `limit` were required unpaged. The field's
 * type is not compared with the scheme's: a nullable one, or one of two types, still pages. The IR is both targets'
 * (TypeScript and Python read `Method.pagination` alike), so the check is made on it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import type { Method, Resource } from '../generator/ir/types';
import { tempDir } from './helpers/sdk';

type Schema = Record<string, unknown>;

const SENTINEL = { type: 'object', title: 'NotGiven', properties: {} };

/** A list of things under `/<name>`, with `after` and `limit` in its query as given. */
const list = (after: { required?: boolean; schema: Schema }, limit: { required?: boolean; schema: Schema }) => ({
  get: {
    parameters: [
      { name: 'after', in: 'query', required: after.required ?? false, schema: after.schema },
      { name: 'limit', in: 'query', required: limit.required ?? false, schema: limit.schema },
    ],
    responses: {
      '200': {
        description: 'ok',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['data', 'has_more'],
              properties: {
                data: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
                has_more: { type: 'boolean' },
                last_id: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
});

const string = { type: 'string' };
const integer = { type: 'integer' };

const CASES: Record<string, ReturnType<typeof list>> = {
  // Optional and plain: pages.
  plain: list({ schema: string }, { schema: integer }),
  // Optional, nullable (3.1 and 3.0 forms): pages.
  nullable: list({ schema: { type: ['string', 'null'] } }, { schema: { anyOf: [integer, { type: 'null' }] } }),
  // Required (of the right types): the call would have to give the cursor; not paged.
  required: list({ required: true, schema: string }, { required: true, schema: integer }),
  // One required field is enough.
  'required-limit': list({ schema: string }, { required: true, schema: integer }),
  // Optional, of two types: its type is not compared with the scheme's; pages.
  'other-type': list({ schema: { oneOf: [string, SENTINEL] } }, { schema: integer }),
  // Required, of two types (as a spec of 2025-10 wrote a list Stainless left unpaged): not paged.
  sentinel: list(
    { required: true, schema: { oneOf: [string, SENTINEL] } },
    { required: true, schema: { oneOf: [integer, SENTINEL] } },
  ),
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: Object.fromEntries(Object.entries(CASES).map(([name, item]) => [`/${name}`, item])),
  components: { schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
};

const CONFIG = `organization: { name: acme }
pagination:
  - name: cursor_page
    type: cursor
    request:
      limit: { type: integer }
      after:
        type: string
        x-stainless-pagination-property: { purpose: next_cursor_param }
    response:
      data: { type: array, items: {} }
      has_more: { type: boolean }
      last_id:
        type: string
        x-stainless-pagination-property: { purpose: next_cursor_field }
resources:
  things:
    models:
      thing: Thing
    methods:
${Object.keys(CASES)
  .map((name) => `      list_${name.replace(/-/g, '_')}: get /${name}`)
  .join('\n')}
`;

function methods(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methods(r.subresources)]);
}

describe('a Stainless pagination scheme pages a method only where the call may leave out its request fields', () => {
  it('pages the lists whose paging fields are optional, and leaves those with a required one unpaged', async () => {
    const dir = tempDir('pagination-match');
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    const { api } = await loadIr({ spec: path.join(dir, 'openapi.json'), config: path.join(dir, 'stainless.yml') });
    const paged = Object.fromEntries(
      methods(api.resources).map((m) => [m.path.slice(1), m.pagination?.scheme ?? null]),
    );
    expect(paged).toEqual({
      plain: 'CursorPage',
      nullable: 'CursorPage',
      required: null,
      'required-limit': null,
      'other-type': 'CursorPage',
      sentinel: null,
    });
  });
});

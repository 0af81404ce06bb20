/**
 * Which methods a Stainless config's pagination scheme pages (issues 89 and 91): a method whose query has every
 * request field of the scheme, each of the type the scheme declares, and whose body has every response field. A
 * nullable field is of its type; one of two types (a string or an object, as llama-stack's spec of 2025-10 wrote a
 * Python `NotGiven` sentinel beside the value, a list Stainless left unpaged) is not; integer and number are alike.
 * Whether the call must give the field does not matter: Stainless pages val.town's lists, whose `limit` and `offset`
 * are required integers. The IR is both targets' (TypeScript and Python read `Method.pagination` alike), so the
 * check is made on it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import type { Method, Resource } from '../generator/ir/types';
import { acmeSpec, listOperation, refTo } from './helpers/cursor-list-fixture';
import { tempDir } from './helpers/sdk';

type Schema = Record<string, unknown>;

const SENTINEL = { type: 'object', title: 'NotGiven', properties: {} };

/** A list of things under `/<name>`, with `after` and `limit` in its query as given. */
const list = (after: { required?: boolean; schema: Schema }, limit: { required?: boolean; schema: Schema }) =>
  listOperation({
    query: [
      { name: 'after', required: after.required ?? false, schema: after.schema },
      { name: 'limit', required: limit.required ?? false, schema: limit.schema },
    ],
    properties: {
      data: { type: 'array', items: refTo('Thing') },
      has_more: { type: 'boolean' },
      last_id: { type: 'string' },
    },
    required: ['data', 'has_more'],
  });

const string = { type: 'string' };
const integer = { type: 'integer' };

const CASES: Record<string, ReturnType<typeof list>> = {
  // Optional and plain: pages.
  plain: list({ schema: string }, { schema: integer }),
  // Optional, nullable (3.1 and 3.0 forms): pages.
  nullable: list({ schema: { type: ['string', 'null'] } }, { schema: { anyOf: [integer, { type: 'null' }] } }),
  // Required, of the scheme's types (val.town's `limit` and `offset`, defaults beside): pages.
  required: list(
    { required: true, schema: string },
    { required: true, schema: { type: 'integer', minimum: 1, default: 20 } },
  ),
  // A number for the scheme's integer: pages.
  number: list({ schema: string }, { schema: { type: 'number' } }),
  // An enum of strings without `type`, or no schema at all: nothing says another type; pages.
  untyped: list({ schema: { enum: ['a', 'b'] } }, { schema: {} }),
  // Of two types (a string or an object), optional: not the scheme's string; not paged.
  'other-type': list({ schema: { oneOf: [string, SENTINEL] } }, { schema: integer }),
  // An integer for the scheme's string cursor: not paged.
  'integer-cursor': list({ schema: integer }, { schema: integer }),
  // Required, of two types (llama-stack's conversations.items.list of 2025-10, which Stainless left unpaged): not paged.
  sentinel: list(
    { required: true, schema: { oneOf: [string, SENTINEL] } },
    { required: true, schema: { oneOf: [integer, SENTINEL] } },
  ),
};

const SPEC = acmeSpec(
  {
    ...Object.fromEntries(Object.entries(CASES).map(([name, item]) => [`/${name}`, item])),
    // The sentinel's list again, for a method whose `paginated` names the scheme.
    '/named': CASES.sentinel,
  },
  'Thing',
  'https://api.acme.test',
);

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
      list_named:
        endpoint: get /named
        paginated: cursor_page
`;

function methods(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methods(r.subresources)]);
}

describe("a Stainless pagination scheme pages a method only where its request fields are of the scheme's types", () => {
  it('pages the lists whose paging fields are of those types, required or not, and leaves the others unpaged', async () => {
    const dir = tempDir('pagination-match');
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    const { api, diagnostics } = await loadIr({
      spec: path.join(dir, 'openapi.json'),
      config: path.join(dir, 'stainless.yml'),
    });
    const paged = Object.fromEntries(
      methods(api.resources)
        .filter((m) => m.path !== '/named')
        .map((m) => [m.path.slice(1), m.pagination?.scheme ?? null]),
    );
    expect(paged).toEqual({
      plain: 'CursorPage',
      nullable: 'CursorPage',
      required: 'CursorPage',
      number: 'CursorPage',
      untyped: 'CursorPage',
      'other-type': null,
      'integer-cursor': null,
      sentinel: null,
    });
    // A method naming the scheme it does not match is warned about, with the fields' types.
    const warnings = diagnostics.map((d) => d.message).filter((m) => m.includes('matches no scheme'));
    expect(warnings).toEqual([
      'resources.things.methods.list_named.paginated: get /named matches no scheme it names (cursor_page: limit is integer | object, not integer; after is string | object, not string); it is not paginated',
    ]);
  });
});

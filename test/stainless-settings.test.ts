/**
 * A Stainless config's `settings`. `positional_params: false`: path parameters go in the params, unless a method's
 * own `positional_params` names them. `sort_schema_properties` (on unless false): objects and params declare their
 * properties in Stainless's order, not the spec's — required first, `id` and `token` leading, the rest by name; a
 * params type keeps its path parameters first and puts the query's before the body's and the headers last. Names
 * that count through a module are given in the spec's order, before the sorting.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Api, ObjectType, TypeRef } from '../generator/ir/types';
import { generateWithStainlessConfig } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Order', version: '1' },
  servers: [{ url: 'https://api.order.test' }],
  paths: {
    '/orgs/{org}/things/{thing_id}': {
      post: {
        operationId: 'updateThing',
        parameters: [
          { name: 'org', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          { name: 'dry_run', in: 'query', required: true, schema: { type: 'boolean' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['title'],
                properties: { zeta: { type: 'string' }, title: { type: 'string' }, Alpha: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['updated_at', 'name'],
        properties: {
          __typename: { type: 'string' },
          name: { type: 'string' },
          token: { type: 'string' },
          'page.limit': { type: 'integer' },
          page_size: { type: 'integer' },
          id: { type: 'string' },
          updated_at: { type: 'string' },
          revisions: {
            anyOf: [
              { type: 'string' },
              { type: 'object', additionalProperties: { type: 'object', properties: { hash: { type: 'string' } } } },
            ],
          },
          by_day: {
            anyOf: [
              { type: 'string' },
              { type: 'object', additionalProperties: { type: 'object', properties: { sent: { type: 'integer' } } } },
            ],
          },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: order
targets:
  typescript:
    package_name: order
resources:
  things:
    models:
      thing: Thing
    methods:
      update: post /orgs/{org}/things/{thing_id}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function build(config: string): Promise<{ api: Api; files: Map<string, string> }> {
  const { dir, result, files } = await generateWithStainlessConfig('stainless-order', SPEC, config, {
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  roots.push(dir);
  return { api: result.api, files };
}

const keys = (type: TypeRef) => (type as ObjectType).properties.map((p) => p.key);

describe('settings.sort_schema_properties', () => {
  it("orders a model's properties and a method's params as Stainless does, by default", async () => {
    const { api, files } = await build(CONFIG);
    const thing = api.schemas.find((s) => s.name === 'Thing')!;
    expect(keys(thing.type)).toEqual([
      'name',
      'updated_at',
      'id',
      'token',
      '__typename',
      'by_day',
      'page_size',
      'page.limit',
      'revisions',
    ]);
    const update = api.resources[0].methods[0];
    expect(update.params!.fields.map((f) => `${f.in}:${f.key}`)).toEqual([
      'path:org',
      'query:dry_run',
      'body:title',
      'query:verbose',
      'body:Alpha',
      'body:zeta',
      'header:X-Trace',
    ]);
    // The maps' value interfaces are numbered in the spec's order (revisions before by_day), then sorted.
    const module = files.get('src/resources/things.ts')!.replace(/\s+/g, ' ');
    expect(module).toContain('by_day?: string | { [key: string]: Thing.unnamed_schema_with_map_parent_1 };');
    expect(module).toContain('revisions?: string | { [key: string]: Thing.unnamed_schema_with_map_parent_0 };');
  });

  it('keeps the spec’s order when the config says false', async () => {
    const { api } = await build(`${CONFIG}settings:\n  sort_schema_properties: false\n`);
    const thing = api.schemas.find((s) => s.name === 'Thing')!;
    expect(keys(thing.type)).toEqual(Object.keys(SPEC.components.schemas.Thing.properties));
    const update = api.resources[0].methods[0];
    expect(update.params!.fields.map((f) => f.key)).toEqual([
      'org',
      'X-Trace',
      'verbose',
      'dry_run',
      'zeta',
      'title',
      'Alpha',
    ]);
  });
});

describe('settings.positional_params', () => {
  it('false: every path parameter is a field of the params, unless the method names its own', async () => {
    const { api, files } = await build(`${CONFIG}settings:\n  positional_params: false\n`);
    const update = api.resources[0].methods[0];
    expect(update.positional).toEqual([]);
    expect(update.params!.fields.filter((f) => f.in === 'path').map((f) => f.key)).toEqual(['org', 'thing_id']);
    expect(files.get('src/resources/things.ts')).toContain('update(params: ThingUpdateParams');

    const own = CONFIG.replace(
      '      update: post /orgs/{org}/things/{thing_id}\n',
      '      update:\n        endpoint: post /orgs/{org}/things/{thing_id}\n        positional_params: [thing_id]\n',
    );
    const named = (await build(`${own}settings:\n  positional_params: false\n`)).api.resources[0].methods[0];
    expect(named.positional.map((p) => p.key)).toEqual(['thing_id']);
  });
});

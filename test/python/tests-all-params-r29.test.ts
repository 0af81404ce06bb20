/**
 * Which methods get a `test_method_<name>_with_all_params` test in the Python endpoint tests: as Stainless writes them,
 * every method a param of which may hold more than what is required, an optional param or an optional property
 * anywhere within a required one (imagekit's `custom_metadata_fields.create`, all of whose params are required but
 * whose `schema` has optional fields; knock's `objects.set_channel_data`, whose required `data` is a union of objects
 * some with optional fields; knock-mgmt's `channel_groups.upsert`). A method whose params are all required and hold
 * nothing optional has none, a list of objects with optional properties counting as nothing (knock's
 * `users.bulk.identify`, honcho's `messages.batch`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../generator/ir/types';
import { loadInlineApi, pythonTestModule } from '../helpers/python-test-modules';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const jsonBody = (schema: Record<string, unknown>) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Fields', version: '1' },
  servers: [{ url: 'https://fields.test' }],
  paths: {
    '/fields': {
      post: {
        operationId: 'createField',
        requestBody: jsonBody({
          type: 'object',
          required: ['name', 'schema'],
          properties: {
            name: { type: 'string' },
            schema: {
              type: 'object',
              required: ['type'],
              properties: { type: { type: 'string' }, max_length: { type: 'integer' } },
            },
          },
        }),
        responses: ok,
      },
    },
    '/channels/{channel_id}': {
      put: {
        operationId: 'setChannel',
        parameters: [{ name: 'channel_id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: jsonBody({
          type: 'object',
          required: ['data'],
          properties: { data: { $ref: '#/components/schemas/ChannelData' } },
        }),
        responses: ok,
      },
    },
    '/tags': {
      post: {
        operationId: 'createTag',
        requestBody: jsonBody({
          type: 'object',
          required: ['name', 'items', 'users'],
          properties: {
            name: { type: 'string' },
            items: { type: 'array', items: { $ref: '#/components/schemas/Closed' } },
            // A list of objects with optional properties: no all-params test for it (knock's users.bulk.identify).
            users: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id'],
                properties: { id: { type: 'string' }, name: { type: 'string' } },
              },
            },
          },
        }),
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      ChannelData: {
        anyOf: [
          {
            type: 'object',
            required: ['tokens'],
            properties: { tokens: { type: 'array', items: { type: 'string' } } },
          },
          {
            type: 'object',
            required: ['connections'],
            properties: {
              connections: { type: 'array', items: { type: 'string' } },
              token: { type: 'string' },
            },
          },
        ],
      },
      Closed: {
        type: 'object',
        required: ['key', 'next'],
        properties: {
          key: { type: 'string' },
          next: { anyOf: [{ $ref: '#/components/schemas/Closed' }, { type: 'null' }] },
        },
      },
    },
  },
};
const CONFIG = `organization: { name: fields }
targets:
  python:
    package_name: fields
resources:
  fields:
    methods:
      create: post /fields
  channels:
    methods:
      set: put /channels/{channel_id}
  tags:
    methods:
      create: post /tags
`;

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('tests-all-params-r29', SPEC, CONFIG);
}, 60_000);

function testModule(resource: string): string {
  return pythonTestModule(api, 'fields', resource);
}

describe('with_all_params tests in the Python endpoint tests', () => {
  it('a required param with optional properties within has them, sync and async, its optional ones written', () => {
    const text = testModule('fields');
    expect(text).toContain('    def test_method_create_with_all_params(self, client: Fields) -> None:');
    expect(text).toContain(
      '    async def test_method_create_with_all_params(self, async_client: AsyncFields) -> None:',
    );
    const all = text.slice(text.indexOf('def test_method_create_with_all_params'));
    expect(all.slice(0, all.indexOf('assert_matches_type'))).toContain('"max_length": 0');
  });

  it('a required union one of whose objects has an optional property has them', () => {
    expect(testModule('channels')).toContain('def test_method_set_with_all_params(self, client: Fields) -> None:');
  });

  it('params all required and holding nothing optional (through a cycle; a list of objects with optional properties) have none', () => {
    expect(testModule('tags')).not.toContain('with_all_params');
  });
});

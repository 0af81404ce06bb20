/**
 * How Stainless's Python endpoint tests pass a method's positional path params where other arguments follow, by era
 * (stainless/python-era.ts `keywordPathArgs`): before 2024-08-06 (embed-python 99debe5) positionally, in call order
 * (`retrieve("issues", integration_id="github-123")`, the path-params test `retrieve("", integration_id=…)`), the
 * keyword-only ones by name; from then on by name. A sole argument is positional in every era.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../generator/ir/types';
import { loadInlineApi, pythonTestModule } from '../helpers/python-test-modules';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const param = (name: string, where: 'path' | 'query') => ({
  name,
  in: where,
  required: true,
  schema: { type: 'string' },
});
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Keys', version: '1' },
  servers: [{ url: 'https://keys.test' }],
  paths: {
    '/collections/{collection_key}': {
      get: {
        operationId: 'getCollection',
        parameters: [param('collection_key', 'path'), param('integration_id', 'query')],
        responses: ok,
      },
    },
    '/users/{user_id}/feeds/{feed_id}': {
      get: {
        operationId: 'getFeed',
        parameters: [param('user_id', 'path'), param('feed_id', 'path'), param('kind', 'query')],
        responses: ok,
      },
    },
    '/items/{item_id}': {
      get: { operationId: 'getItem', parameters: [param('item_id', 'path')], responses: ok },
    },
  },
};
const CONFIG = `organization: { name: keys }
targets:
  python:
    package_name: keys
resources:
  collections:
    methods:
      retrieve: get /collections/{collection_key}
  feeds:
    methods:
      retrieve: get /users/{user_id}/feeds/{feed_id}
  items:
    methods:
      retrieve: get /items/{item_id}
`;

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('positional-path-args-r35k', SPEC, CONFIG);
}, 60_000);

/** Every sync call of `resource`'s `retrieve` in its test module (the method's, then each path-params test's), on one line. */
function calls(era: string | null, resource: string): string[] {
  const module = pythonTestModule(api, 'keys', resource, era);
  const text = module.slice(0, module.indexOf('class TestAsync'));
  const found = [...text.matchAll(/client\.(?:with_raw_response\.)?\w+\.(?:with_raw_response\.)?retrieve\(([^)]*)\)/g)];
  return [
    ...new Set(
      found.map((m) =>
        m[1]
          .replace(/\s*\n\s*/g, ' ')
          .trim()
          .replace(/,$/, ''),
      ),
    ),
  ];
}

describe('positional path args in the Python tests, by era', () => {
  it('before 2024-08-06: positionally in call order, keyword-only ones by name', () => {
    expect(calls('2024-07-17', 'collections')).toEqual([
      '"collection_key", integration_id="integration_id"',
      '"", integration_id="integration_id"',
    ]);
    expect(calls('2024-08-05', 'feeds')).toEqual([
      '"feed_id", user_id="user_id", kind="kind"',
      '"feed_id", user_id="", kind="kind"',
      '"", user_id="user_id", kind="kind"',
    ]);
    expect(calls('2024-07-17', 'items')).toEqual(['"item_id"', '""']);
  });

  it('from then on (and in the newest forms): by name, a sole argument positional', () => {
    for (const era of ['2024-08-06', null]) {
      expect(calls(era, 'collections')).toEqual([
        'collection_key="collection_key", integration_id="integration_id"',
        'collection_key="", integration_id="integration_id"',
      ]);
      expect(calls(era, 'items')).toEqual(['"item_id"', '""']);
    }
  });
});

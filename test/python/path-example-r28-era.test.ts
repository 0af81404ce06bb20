/**
 * A path param's value in Stainless's Python endpoint tests, by era (stainless/python-era.ts
 * `pathParamOwnExample`): before 2025-09-22 ("chore: improve example values") an `example` written on the parameter
 * object itself (its schema giving none) is not used for a path param passed positionally, the param says its name
 * (knock-python's `"message_id"`, OneBusAway's `"agencyID"`); its schema's example is (retell's `agent_id`). One passed
 * by keyword takes its parameter's example in every era (knock-python's `message_id="1jNa…"`). From then on both are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../generator/ir/types';
import { loadInlineApi, pythonTestModule } from '../helpers/python-test-modules';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const pathParam = (name: string, extra: Record<string, unknown>, schema: Record<string, unknown> = {}) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string', ...schema },
  ...extra,
});
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Paths', version: '1' },
  servers: [{ url: 'https://paths.test' }],
  paths: {
    '/messages/{message_id}': {
      get: {
        operationId: 'getMessage',
        parameters: [pathParam('message_id', { example: '1jNaXzB2RZX3LY8wVQnfCKyPnv7' })],
        responses: ok,
      },
    },
    '/agents/{agent_id}': {
      get: {
        operationId: 'getAgent',
        parameters: [pathParam('agent_id', {}, { example: 'oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD' })],
        responses: ok,
      },
    },
    '/feeds/{user_id}/{feed_id}': {
      get: {
        operationId: 'listFeedItems',
        parameters: [pathParam('user_id', { example: 'dr_sattler' }), pathParam('feed_id', {})],
        responses: ok,
      },
    },
  },
};
const CONFIG = `organization: { name: paths }
targets:
  python:
    package_name: paths
resources:
  messages:
    methods:
      retrieve: get /messages/{message_id}
  agents:
    methods:
      retrieve: get /agents/{agent_id}
  feeds:
    methods:
      list_items: get /feeds/{user_id}/{feed_id}
`;

let api: Api;

beforeAll(async () => {
  api = await loadInlineApi('path-example-r28-era', SPEC, CONFIG);
}, 60_000);

/** The first call in the Python test module of `resource` of the SDK of `era`, on one line. */
function firstCall(era: string | null, resource: string): string {
  const text = pythonTestModule(api, 'paths', resource, era);
  const start = text.indexOf(`= client.${resource}.`);
  expect(start, resource).toBeGreaterThan(-1);
  return text
    .slice(start, text.indexOf('\n        )', start) + 10)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/,(?= \))/g, '');
}

describe("a path param's example in the Python tests, by era", () => {
  it("before 2025-09-22: a positional one's own example is not used, its schema's is", () => {
    for (const era of ['2025-06-06', '2025-09-21']) {
      expect(firstCall(era, 'messages')).toBe('= client.messages.retrieve( "message_id" )');
      expect(firstCall(era, 'agents')).toBe('= client.agents.retrieve( "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD" )');
      // Passed by keyword, it takes its parameter's example in every era.
      expect(firstCall(era, 'feeds')).toBe('= client.feeds.list_items( feed_id="feed_id", user_id="dr_sattler" )');
    }
  });

  it('from then on (and in the newest forms) both are', () => {
    for (const era of ['2025-09-22', null]) {
      expect(firstCall(era, 'messages')).toBe('= client.messages.retrieve( "1jNaXzB2RZX3LY8wVQnfCKyPnv7" )');
      expect(firstCall(era, 'agents')).toBe('= client.agents.retrieve( "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD" )');
      expect(firstCall(era, 'feeds')).toBe('= client.feeds.list_items( feed_id="feed_id", user_id="dr_sattler" )');
    }
  });
});

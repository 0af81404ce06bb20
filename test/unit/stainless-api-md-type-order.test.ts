/**
 * A Stainless config of an edition whose SDKs keep the config's method order (2026-05-06 on) still has api.md list a
 * resource's response types in the order Stainless builds the methods: create, retrieve, update, list, delete, then
 * the others by key. karimsamir897/leadsnap-typescript-production's api.md lists `ContactRetrieveResponse`,
 * `ContactListResponse`, `ContactConversationsResponse`, `ContactTimelineResponse` above the methods `list`,
 * `retrieve`, `timeline`, `conversations` (the config's order), where sdkgen listed the types in the methods' order.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const returning = (operationId: string, field: string) => ({
  operationId,
  parameters: operationId === 'list' ? [] : [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
  responses: {
    '200': {
      description: 'ok',
      content: { 'application/json': { schema: { type: 'object', properties: { [field]: { type: 'string' } } } } },
    },
  },
});

describe("api.md's response types, where the methods keep the config's order", () => {
  it('are listed in the order Stainless builds the methods', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/contacts': { get: returning('list', 'a') },
          '/contacts/{id}': { get: returning('retrieve', 'b') },
          '/contacts/{id}/timeline': { get: returning('timeline', 'c') },
          '/contacts/{id}/conversations': { get: returning('conversations', 'd') },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'edition: 2026-05-06',
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'resources:',
        '  contacts:',
        '    methods:',
        '      list: get /contacts',
        '      retrieve: get /contacts/{id}',
        '      timeline: get /contacts/{id}/timeline',
        '      conversations: get /contacts/{id}/conversations',
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false });
    const apiMd = files.find((f) => f.path === 'api.md')!.contents;
    const types = [...apiMd.matchAll(/^- <code><a href="[^"]+">(\w+)<\/a><\/code>$/gm)].map((m) => m[1]);
    const methods = [...apiMd.matchAll(/^- <code title="[^"]+">client\.contacts\.<a href="[^"]+">(\w+)<\/a>/gm)].map(
      (m) => m[1],
    );
    expect(types).toEqual([
      'ContactRetrieveResponse',
      'ContactListResponse',
      'ContactConversationsResponse',
      'ContactTimelineResponse',
    ]);
    expect(methods).toEqual(['list', 'retrieve', 'timeline', 'conversations']);
  });
});

/**
 * A TypeScript page class and its `<Page>Response` interface declare the members in the order a Stainless config lists
 * the scheme's response fields, the items among them, as Stainless's SDKs do: knocklabs/knock-node's config lists
 * `slack_channels_cursor`'s `next_cursor` before `slack_channels`, and its `SlackChannelsCursorResponse` declares
 * `next_cursor: string` first, where sdkgen wrote the items first. A config that lists the items first keeps them first.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const list = (itemsKey: string) => ({
  get: {
    operationId: `list_${itemsKey}`,
    parameters: [
      { name: 'cursor', in: 'query', schema: { type: 'string' } },
      { name: 'limit', in: 'query', schema: { type: 'integer' } },
    ],
    responses: {
      '200': {
        description: 'ok',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: [itemsKey, 'next_cursor'],
              properties: {
                [itemsKey]: { type: 'array', items: { $ref: '#/components/schemas/Channel' } },
                next_cursor: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
});

const scheme = (name: string, itemsKey: string, itemsFirst: boolean) => {
  const items = [`      ${itemsKey}: { type: array, items: {} }`];
  const next = [
    '      next_cursor:',
    '        type: string',
    '        x-stainless-pagination-property: { purpose: next_cursor_field }',
  ];
  return [
    `  - name: ${name}`,
    '    type: cursor',
    '    request:',
    '      limit: { type: integer }',
    '      cursor:',
    '        type: string',
    '        x-stainless-pagination-property: { purpose: next_cursor_param }',
    '    response:',
    ...(itemsFirst ? [...items, ...next] : [...next, ...items]),
  ];
};

/** The lines of `body` from the one starting with `start` up to the next `}` at the start of a line. */
function block(body: string, start: string): string {
  const from = body.indexOf(start);
  expect(from, start).toBeGreaterThanOrEqual(0);
  return body.slice(from, body.indexOf('\n}', from));
}

describe("a page's members", () => {
  it("follow the config's order of the scheme's response fields", async () => {
    const spec = writeSpec(
      openapi({
        paths: { '/channels': list('channels'), '/teams': list('teams') },
        schemas: { Channel: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'pagination:',
        ...scheme('channels_cursor', 'channels', false),
        ...scheme('teams_cursor', 'teams', true),
        'resources:',
        '  channels:',
        '    models: { channel: Channel }',
        "    methods: { list: 'get /channels' }",
        '  teams:',
        "    methods: { list: 'get /teams' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false });
    const pagination = files.find((f) => f.path === 'src/pagination.ts')!.contents;
    const members = (text: string) => [...text.matchAll(/^\s+(?:declare )?(\w+)\??:/gm)].map((m) => m[1]);

    expect(members(block(pagination, 'export interface ChannelsCursorResponse<Item>'))).toEqual([
      'next_cursor',
      'channels',
    ]);
    expect(members(block(pagination, 'export class ChannelsCursor<Item>'))).toEqual(['next_cursor', 'channels']);
    expect(members(block(pagination, 'export interface TeamsCursorResponse<Item>'))).toEqual(['teams', 'next_cursor']);
    expect(members(block(pagination, 'export class TeamsCursor<Item>'))).toEqual(['teams', 'next_cursor']);
    expect(pagination).toContain('  next_cursor: string;\n  channels: Array<Item>;\n');
    expect(pagination).toContain('  declare channels: Array<Item>;\n');
  });
});

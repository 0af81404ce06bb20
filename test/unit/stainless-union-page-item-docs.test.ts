/**
 * With a Stainless config, a page whose items are one of several schemas, written inline, declares the items' type
 * (`<Resource>ListResponse`) documented as Stainless documents a union without a description of its own: by its first
 * variant's description. llamastack/llama-stack-client-typescript's `conversations.items.list` pages items of nine
 * kinds, and its `ItemListResponse` carries the first kind's "Corresponds to the various Message types…", where
 * sdkgen left the alias undocumented.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const object = (kind: string, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: ['type'],
  properties: { type: { type: 'string', const: kind }, text: { type: 'string' } },
});

describe('the inline union items of a page', () => {
  it("are documented by the union's first variant's description", async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/items': {
            get: {
              operationId: 'listItems',
              parameters: [
                { name: 'after', in: 'query', schema: { type: 'string' } },
                { name: 'limit', in: 'query', schema: { type: 'integer' } },
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
                          data: {
                            type: 'array',
                            items: {
                              oneOf: [
                                { $ref: '#/components/schemas/Message' },
                                { $ref: '#/components/schemas/ToolCall' },
                              ],
                            },
                          },
                          has_more: { type: 'boolean' },
                          last_id: { type: 'string' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        schemas: {
          Message: object('message', 'A message of the conversation, whoever sent it.'),
          ToolCall: object('tool_call', 'A call of a tool.'),
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'pagination:',
        '  - name: cursor_page',
        '    type: cursor',
        '    request:',
        '      limit: { type: integer }',
        '      after:',
        '        type: string',
        '        x-stainless-pagination-property: { purpose: next_cursor_param }',
        '    response:',
        '      data: { type: array, items: {} }',
        '      has_more: { type: boolean }',
        '      last_id:',
        '        type: string',
        '        x-stainless-pagination-property: { purpose: next_cursor_field }',
        'resources:',
        '  items:',
        "    methods: { list: 'get /items' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false });
    const module = files.find((f) => f.path === 'src/resources/items.ts')!.contents;
    expect(module).toMatch(
      /\/\*\*\n \* A message of the conversation, whoever sent it\.\n \*\/\nexport type ItemListResponse =/,
    );
  });
});

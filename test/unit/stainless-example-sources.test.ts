/**
 * Where the values of a Stainless config's `@example` (and endpoint tests) come from, as Stainless's SDKs take them:
 * - a `$ref` with a description beside it: the named schema's example (lumalabs/lumaai-node's `aspect_ratio: '16:9'`,
 *   AspectRatio's example, where sdkgen wrote its first value `'1:1'`);
 * - an object written out from a component schema (no model): that schema's own example (Papr-ai's
 *   `users: [{ external_id: 'user123' }]`, CreateUserRequest's, where sdkgen wrote `'external_id'`);
 * - a body schema's `example:` before its fields' `examples:` (papr's `memory.search`: SearchRequest's `query`, not the
 *   field's first `examples` entry), however long the string (207 characters there), and however long the example
 *   (papr's FeedbackRequest example, over 400 characters serialized, gives `search_id: 'abc123def456'`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const body = (ref: string) => ({
  required: true,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const done = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const LONG_QUERY = `Find recurring complaints about slow answers from the last month. ${'Focus on the details. '.repeat(7)}`;
const NOTE = 'A note that makes the example long. '.repeat(12);

describe("a Stainless SDK's example values", () => {
  it('come from the examples Stainless reads', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/reframe': { post: { operationId: 'reframe', requestBody: body('ReframeRequest'), responses: done } },
          '/users/batch': { post: { operationId: 'createUsers', requestBody: body('BatchUsers'), responses: done } },
          '/search': { post: { operationId: 'search', requestBody: body('SearchRequest'), responses: done } },
          '/feedback/batch': {
            post: { operationId: 'submitFeedback', requestBody: body('BatchFeedback'), responses: done },
          },
        },
        schemas: {
          AspectRatio: { type: 'string', enum: ['1:1', '16:9', '9:16'], example: '16:9' },
          ReframeRequest: {
            type: 'object',
            required: ['aspect_ratio'],
            properties: {
              aspect_ratio: { $ref: '#/components/schemas/AspectRatio', description: 'The aspect ratio.' },
            },
          },
          CreateUser: {
            type: 'object',
            required: ['external_id'],
            properties: { external_id: { type: 'string' }, email: { type: 'string' } },
            example: { external_id: 'user123', email: 'user@example.com' },
          },
          BatchUsers: {
            type: 'object',
            required: ['users'],
            properties: { users: { type: 'array', items: { $ref: '#/components/schemas/CreateUser' } } },
          },
          SearchRequest: {
            type: 'object',
            required: ['query'],
            properties: { query: { type: 'string', examples: ['The first of the field’s examples.'] } },
            example: { query: LONG_QUERY },
          },
          Feedback: {
            type: 'object',
            required: ['search_id'],
            properties: { search_id: { type: 'string' }, note: { type: 'string' } },
            example: { search_id: 'abc123def456', note: NOTE },
          },
          BatchFeedback: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Feedback' } } },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'resources:',
        '  generations:',
        "    methods: { reframe: 'post /reframe' }",
        '  users:',
        "    methods: { create_batch: 'post /users/batch' }",
        '  memory:',
        "    methods: { search: 'post /search' }",
        '  feedback:',
        "    methods: { submit_batch: 'post /feedback/batch' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config });
    // (The endpoint tests: every method has them, where an `@example` needs an example in its resource.)
    const module = (name: string) => files.find((f) => f.path === `tests/api-resources/${name}.test.ts`)!.contents;
    expect(module('generations')).toContain("aspect_ratio: '16:9'");
    expect(module('users')).toContain("users: [{ external_id: 'user123' }]");
    expect(module('memory')).toContain(JSON.stringify(LONG_QUERY).slice(1, -1));
    expect(module('memory')).not.toContain('The first of the field');
    expect(module('feedback')).toContain("search_id: 'abc123def456'");
  });
});

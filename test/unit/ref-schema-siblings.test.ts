/**
 * A `$ref` beside keywords that define a schema of their own (`properties`, `items`, a composition, an enum) is read as
 * that inline schema, in OpenAPI 3.0 as in 3.1, as Stainless reads it (tolstoy's execute body: `type`, `properties` and
 * `required` beside `$ref: ExecuteActionDto`, its SDK's params the inline `inputs: unknown`). Siblings that only annotate
 * (`type`, `description`, `nullable`, `example`) keep the `$ref` (imagekit's `{type: object, $ref: Metadata}` → Metadata).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const spec = (version: string) =>
  openapi({
    version,
    paths: {
      '/actions/{key}/execute': {
        post: {
          operationId: 'executeAction',
          parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { inputs: { type: 'object', description: 'Inputs as the sibling says' } },
                  required: ['inputs'],
                  $ref: '#/components/schemas/ExecuteActionDto',
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', description: 'The metadata', $ref: '#/components/schemas/Metadata' },
                },
              },
            },
          },
        },
      },
    },
    schemas: {
      ExecuteActionDto: {
        type: 'object',
        properties: {
          inputs: {
            type: 'object',
            description: 'Inputs as the target says',
            properties: { richTitle: { type: 'string' } },
          },
        },
        required: ['inputs'],
      },
      Metadata: { type: 'object', properties: { height: { type: 'integer' } } },
    },
  });

describe.each(['3.0.3', '3.1.0'])('OpenAPI %s', (version) => {
  it("reads a $ref's schema-defining siblings as the schema; annotating siblings keep the $ref", async () => {
    const result = await generate({ spec: writeSpec(spec(version)), format: false, funcs: false });
    const source = result.files
      .filter((f) => f.path.startsWith('src/resources/'))
      .map((f) => f.contents)
      .join('\n');
    const params = /export interface ActionExecuteParams \{[\s\S]*?\n\}/.exec(source)?.[0];
    expect(params).toContain('Inputs as the sibling says');
    expect(params).toContain('inputs: { [key: string]: unknown };');
    // The response: `type` and `description` beside the $ref only annotate it.
    expect(source).toMatch(/Promise<Metadata>/);
  });
});

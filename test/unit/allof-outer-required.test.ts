/**
 * A body schema that takes its properties from `allOf` parts and lists some of them in its own `required`
 * (`{ allOf: [{ $ref: Props }], required: [model, file] }`) requires them: its params' fields are required, as
 * Stainless types them (`file: Required[FileTypes]`). The parts' properties were read with the parts' own `required`
 * alone, so the call `create()` with no argument type-checked and the mock refused it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const props = {
  type: 'object',
  properties: {
    file: { type: 'string', format: 'binary' },
    model: { type: 'string' },
    language: { type: 'string' },
    prompt: { type: 'string' },
  },
  required: ['prompt'],
};

const operation = (contentType: string, schema: Record<string, unknown>) => ({
  post: {
    operationId: 'create',
    requestBody: { required: true, content: { [contentType]: { schema } } },
    responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
  },
});

describe("an allOf body's own required list", () => {
  it("requires the parts' properties it names, beside the parts' own required ones", async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/transcriptions': operation('multipart/form-data', { $ref: '#/components/schemas/TranscriptionRequest' }),
          '/inline': operation('application/json', {
            allOf: [
              { $ref: '#/components/schemas/Props' },
              { type: 'object', properties: { extra: { type: 'integer' } } },
            ],
            required: ['model', 'extra'],
          }),
        },
        schemas: {
          Props: props,
          TranscriptionRequest: {
            type: 'object',
            allOf: [{ $ref: '#/components/schemas/Props' }],
            required: ['model', 'file'],
          },
        },
      }),
    );
    const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
    const fields = (path: string) =>
      result.api.resources
        .flatMap((r) => r.methods)
        .find((m) => m.path === path)!
        .params!.fields.filter((f) => f.in === 'body')
        .map((f) => [f.key, f.required])
        .sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(fields('/transcriptions')).toEqual([
      ['file', true],
      ['language', false],
      ['model', true],
      ['prompt', true],
    ]);
    expect(fields('/inline')).toEqual([
      ['extra', true],
      ['file', false],
      ['language', false],
      ['model', true],
      ['prompt', true],
    ]);
  });
});

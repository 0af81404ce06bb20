/**
 * A request body that is a nullable `$ref` (`anyOf: [$ref Model, { type: null }]`, letta's compact body) is still
 * known as that model's body (`RequestBody.schemaId`), as a plain `$ref` body is: its fields are the model's.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from '../helpers/sdk';

const model = { type: 'object', properties: { mode: { type: 'string' } } };
const spec = (body: object) => ({
  openapi: '3.1.0',
  info: { title: 'Compact', version: '1' },
  servers: [{ url: 'https://compact.test' }],
  paths: {
    '/compact': {
      post: {
        operationId: 'compact',
        requestBody: { content: { 'application/json': { schema: body } } },
        responses: { '204': { description: 'done' } },
      },
    },
  },
  components: { schemas: { CompactionRequest: model } },
});

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function bodyOf(body: object) {
  const root = tempDir('nullable-body-schema-id');
  roots.push(root);
  const result = await generateFrom(root, spec(body), null, { format: false, referenceDocs: false });
  const method = result.api.resources.flatMap((r) => r.methods).find((m) => m.operationId === 'compact');
  return method!.body!;
}

describe('a nullable $ref request body', () => {
  it('is the model it wraps, as the plain $ref is', async () => {
    const ref = { $ref: '#/components/schemas/CompactionRequest' };
    const plain = await bodyOf(ref);
    const nullable = await bodyOf({ anyOf: [ref, { type: 'null' }] });
    expect(plain.schemaId).toMatch(/CompactionRequest$/);
    expect(nullable.shape).toBe('fields');
    expect(nullable.schemaId).toMatch(/spec\.json#\/components\/schemas\/CompactionRequest$/);
  });

  it('is no model when it is one of several', async () => {
    const other = { type: 'object', properties: { level: { type: 'integer' } } };
    const body = await bodyOf({ anyOf: [{ $ref: '#/components/schemas/CompactionRequest' }, other] });
    expect(body.schemaId).toBeUndefined();
  });
});

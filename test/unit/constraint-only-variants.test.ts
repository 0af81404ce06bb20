/**
 * `anyOf`/`oneOf` whose variants only list required properties (`[{ required: [email] }, { required: [phone] }]`)
 * say which of the object's own properties must be there: the object is typed by its own keywords, and a body of
 * that shape still gives its fields to the params, as Stainless types it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const contact = (variants: 'anyOf' | 'oneOf', extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties: { email: { type: 'string' }, phone: { type: 'string' }, name: { type: 'string' } },
  required: ['name'],
  [variants]: [{ required: ['email'] }, { required: ['phone'] }],
  ...extra,
});

describe('composition variants that only list required properties', () => {
  it('type the object by its own keywords; a body of that shape spreads into the params', async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/contacts': {
            post: {
              operationId: 'createContact',
              requestBody: { required: true, content: { 'application/json': { schema: contact('anyOf') } } },
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Contact' } } },
                },
              },
            },
          },
        },
        schemas: {
          Contact: contact('oneOf'),
          // A variant with a type of its own is a real union member: kept.
          Mixed: contact('anyOf', {
            anyOf: [{ required: ['email'] }, { type: 'object', properties: { id: { type: 'integer' } } }],
          }),
        },
      }),
    );
    const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
    const method = result.api.resources[0].methods[0];
    expect(method.params!.fields.map((f) => [f.key, f.in, f.required])).toEqual([
      ['email', 'body', false],
      ['phone', 'body', false],
      ['name', 'body', true],
    ]);
    const type = (name: string) => result.api.schemas.find((s) => s.name === name)!.type;
    expect(type('Contact')).toMatchObject({ kind: 'object' });
    expect(type('Mixed')).toMatchObject({ kind: 'intersection' });
  });
});

describe('a union member that says only `nullable: true`', () => {
  it('is null, as 3.0 generators mean it (`anyOf: [Recipient, { nullable: true }]`); one that says more is not', async () => {
    const spec = writeSpec(
      openapi({
        version: '3.0.3',
        schemas: {
          Recipient: { type: 'object', properties: { id: { type: 'string' } } },
          Activity: {
            type: 'object',
            properties: {
              actor: { anyOf: [{ $ref: '#/components/schemas/Recipient' }, { nullable: true, 'x-struct': null }] },
              // A member with a type of its own is that type, or null.
              label: { anyOf: [{ type: 'integer' }, { type: 'string', nullable: true }] },
            },
          },
        },
      }),
    );
    const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
    const activity = result.api.schemas.find((s) => s.name === 'Activity')!.type;
    const property = (key: string) =>
      activity.kind === 'object' ? activity.properties.find((p) => p.key === key)!.type : null;
    expect(property('actor')).toEqual({
      kind: 'union',
      variants: [{ kind: 'ref', schemaId: expect.stringContaining('Recipient') }, { kind: 'null' }],
      discriminator: null,
      // The null is one of the union's members (ir/null-member.ts), not the schema's own `nullable`.
      nullMember: true,
    });
    expect(property('label')).toMatchObject({
      kind: 'union',
      variants: [{ kind: 'integer' }, { kind: 'string' }, { kind: 'null' }],
    });
  });
});

describe('an `allOf` member that says only `nullable: true`', () => {
  it('makes the schema nullable (`allOf: [{ nullable: true }, LogProbs]` is `LogProbs | null`, as Stainless reads it)', async () => {
    const spec = writeSpec(
      openapi({
        version: '3.0.3',
        schemas: {
          LogProbs: { type: 'object', properties: { tokens: { type: 'array', items: { type: 'string' } } } },
          Choice: {
            type: 'object',
            properties: {
              logprobs: { allOf: [{ nullable: true }, { $ref: '#/components/schemas/LogProbs' }] },
              // Without the null-only member the `allOf` is its member alone.
              prompt: { allOf: [{ $ref: '#/components/schemas/LogProbs' }] },
            },
          },
        },
      }),
    );
    const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
    const choice = result.api.schemas.find((s) => s.name === 'Choice')!.type;
    const property = (key: string) =>
      choice.kind === 'object' ? choice.properties.find((p) => p.key === key)!.type : null;
    expect(property('logprobs')).toMatchObject({
      kind: 'union',
      variants: [{ kind: 'ref', schemaId: expect.stringContaining('LogProbs') }, { kind: 'null' }],
    });
    expect(property('prompt')).toMatchObject({ kind: 'ref', schemaId: expect.stringContaining('LogProbs') });
  });
});

/**
 * With a Stainless config, an inlined schema reached twice in one namespace is declared twice under one name, as
 * Stainless's SDKs repeat it (TypeScript merges the two interfaces): the two must then be the same, or a property they
 * both declare has two types (TS2717). Found on julep's `Task`, whose steps are inlined both under `main` and under
 * its `additionalProperties` (each a union of the same step schemas): a step's inline `allOf` object extended its model
 * in the first copy (`Call extends CallsAPI.Call`) but was an intersection in the second (`Call & CallsAPI.Call`).
 */
import { describe, expect, it } from 'vitest';
import { typeCheckStrict } from '../helpers/generated-tests';
import { generateWithStainlessConfig, writeFiles } from '../helpers/sdk';

const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  required,
  properties,
});

function spec(): object {
  const steps = { anyOf: [{ $ref: '#/components/schemas/PromptStep' }, { $ref: '#/components/schemas/LogStep' }] };
  return {
    openapi: '3.0.3',
    info: { title: 'Acme', version: '1.0.0' },
    paths: {
      '/tasks/{id}': {
        get: {
          operationId: 'getTask',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Task' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Task: {
          ...object({ name: { type: 'string' }, main: { type: 'array', items: steps } }),
          additionalProperties: { type: 'array', items: steps },
        },
        PromptStep: object({
          kind: { type: 'string', enum: ['prompt'] },
          calls: {
            type: 'array',
            items: { allOf: [object({ id: { type: 'string' } }), { $ref: '#/components/schemas/Call' }] },
          },
        }),
        LogStep: object({ kind: { type: 'string', enum: ['log'] }, log: { type: 'string' } }),
        Call: object({ function: object({ name: { type: 'string' } }) }),
      },
    },
  };
}

const CONFIG = [
  'organization: { name: acme }',
  'targets: { typescript: { package_name: acme } }',
  'resources:',
  '  tasks:',
  '    models: { task: Task }',
  "    methods: { retrieve: 'get /tasks/{id}' }",
  '  calls:',
  '    models: { call: Call }',
  '',
].join('\n');

describe('nested names in one namespace', () => {
  it('declare a repeated inlined schema the same each time (tsc --strict)', async () => {
    const { dir, result, files } = await generateWithStainlessConfig('nested-collision', spec(), CONFIG);
    writeFiles(dir, result.files);
    const source = files.get('src/resources/tasks.ts')!;
    // Each declaration of `PromptStep` in `Task`'s namespace, with its own namespace.
    const copies = source
      .split(/^(?= {2}export interface )/m)
      .filter((d) => d.startsWith('  export interface PromptStep '));
    expect(copies).toHaveLength(2);
    expect(copies[1].trimEnd().replace(/\n\}$/, '')).toBe(copies[0].trimEnd().replace(/\n\}$/, ''));
    expect(source).toContain('export interface Call extends CallsAPI.Call {');
    expect(source).not.toContain('PromptStep.Call & CallsAPI.Call');
    const check = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(check.output).toBe('');
    expect(check.status).toBe(0);
  }, 120_000);
});

/**
 * A Stainless config's models named like TypeScript's global utility types (`Partial`, `Record`) keep their names, as
 * Stainless declares them (`export interface Partial`); the module declaring one prints the global as
 * `globalThis.Partial`, and the SDK type-checks under tsc --strict.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';

const ok = (ref: string) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/partials/{key}': {
      get: {
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok('#/components/schemas/Partial'),
      },
    },
    '/records': { get: { responses: ok('#/components/schemas/Record') } },
  },
  components: {
    schemas: {
      Partial: {
        type: 'object',
        required: ['content'],
        properties: {
          content: { type: 'string' },
          // Printed with the globals: `Partial<Record<'a' | 'b', number>>`; an object that allows no member is `unknown`,
          // as Stainless's (stainless-closed-empty-object.test.ts), so no global there.
          scores: { type: 'object', propertyNames: { enum: ['a', 'b'] }, additionalProperties: { type: 'number' } },
          nothing: { type: 'object', additionalProperties: false },
        },
      },
      Record: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          limits: { type: 'object', propertyNames: { enum: ['x'] }, additionalProperties: { type: 'integer' } },
          partial: { $ref: '#/components/schemas/Partial' },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  partials:
    models:
      partial: Partial
    methods:
      retrieve: get /partials/{key}
  records:
    models:
      record: Record
    methods:
      list: get /records
`;

// Code written against Stainless's SDK: the models by their names, the globals still the globals.
const CONSUMER = `import type { Partial } from './src/resources/partials.js';
import type { Record } from './src/resources/records.js';
import { Acme } from './src/index.js';

export async function run(client: Acme): Promise<string> {
  const partial: Partial = await client.partials.retrieve('key');
  const record: Record = await client.records.list();
  const scores: Partial['scores'] = { a: 1 };
  // @ts-expect-error: the model, not the global utility type
  const wrong: Partial = {};
  void [scores, wrong];
  return partial.content + (record.partial?.content ?? '');
}
`;

let dir: string;
beforeAll(async () => {
  dir = tempDir('stainless-global-type-names');
  const spec = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  writeFileSync(spec, JSON.stringify(SPEC));
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec, config, funcs: false, referenceDocs: false });
  writeFiles(dir, files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
});

describe("a Stainless config's model named like a global utility type", () => {
  it('keeps its name, and its module prints the globals through globalThis', () => {
    const partials = readFileSync(path.join(dir, 'src/resources/partials.ts'), 'utf8');
    expect(partials).toContain('export interface Partial {');
    expect(partials).toContain("scores?: globalThis.Partial<Record<'a' | 'b', number>>;");
    expect(partials).toContain('nothing?: unknown;');
    expect(partials).toMatch(/retrieve\(key: string, options\?: RequestOptions\): APIPromise<Partial>/);
    expect(partials).not.toContain('PartialResource');
    const records = readFileSync(path.join(dir, 'src/resources/records.ts'), 'utf8');
    expect(records).toContain('export interface Record {');
    expect(records).toContain("limits?: Partial<globalThis.Record<'x', number>>;");
    expect(records).toContain('partial?: PartialsAPI.Partial;');
  });

  it('type-check under tsc --strict', () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

/**
 * An object that declares no property and admits none (`{ type: object, additionalProperties: false }`) has no value
 * but `{}`: sdkgen's own SDKs say so (`Record<string, never>`), Stainless's never write that type and give such an
 * object as `unknown` (openint's `settings` of a connector without settings, a property or a model alike).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';
import { okJson as json, schemaRef as ref } from '../helpers/openapi';

afterAll(cleanupSpecs);

const CONFIG = [
  'organization: { name: acme }',
  'resources:',
  '  connections:',
  '    models:',
  "      no_settings: '#/components/schemas/NoSettings'",
  '    methods:',
  '      retrieve: get /connection',
  '',
].join('\n');

async function connectionsModule(stainless: boolean): Promise<string> {
  const file = writeSpec(
    openapi({
      paths: { '/connection': { get: { operationId: 'getConnection', responses: json(ref('Connection')) } } },
      schemas: {
        NoSettings: { type: 'object', additionalProperties: false },
        Connection: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            settings: { type: 'object', additionalProperties: false },
            other: ref('NoSettings'),
          },
        },
      },
    }),
  );
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const { files } = await generate({
    spec: file,
    ...(stainless ? { config } : {}),
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  return files
    .filter((f) => /^src\/(resources|models)\//.test(f.path))
    .map((f) => f.contents)
    .join('\n');
}

describe('an object that admits no member', () => {
  it('is unknown in a Stainless SDK, as a property and as a model', async () => {
    const source = await connectionsModule(true);
    expect(source).toMatch(/settings\?: unknown;/);
    expect(source).toMatch(/export type NoSettings = unknown;/);
    expect(source).not.toContain('Record<string, never>');
  });

  it('is Record<string, never> in sdkgen’s own', async () => {
    const source = await connectionsModule(false);
    expect(source).toMatch(/settings\?: Record<string, never>;/);
  });
});

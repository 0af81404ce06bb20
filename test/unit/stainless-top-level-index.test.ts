/**
 * With a Stainless config, the resources index re-exports the models and the responses of the client's own methods
 * (`resources.$client`, written to `src/resources/top-level.ts`) as it re-exports any resource's: each name with
 * `type` (`export { type MapResponse, type MapParams } from './top-level'`, as openint's, nimble's, steel's,
 * turbopuffer's SDKs have it), and without it in the era of `export import`s (modern-treasury's 2024
 * `export { PingResponse } from './top-level'`), where every module's types are listed bare.
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
  '  $client:',
  '    models:',
  "      health: '#/components/schemas/Health'",
  '    methods:',
  '      check_health: get /health',
  '  pets:',
  '    methods:',
  '      list: get /pets',
  '',
].join('\n');

async function resourcesIndex(stainlessEra: string): Promise<string> {
  const file = writeSpec(
    openapi({
      paths: {
        '/health': { get: { operationId: 'checkHealth', responses: json(ref('Health')) } },
        '/pets': { get: { operationId: 'listPets', responses: json({ type: 'array', items: { type: 'string' } }) } },
      },
      schemas: { Health: { type: 'object', properties: { ok: { type: 'boolean' } } } },
    }),
  );
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const { files } = await generate({
    spec: file,
    config,
    format: false,
    funcs: false,
    referenceDocs: false,
    stainlessEra,
  });
  return files.find((f) => f.path === 'src/resources/index.ts')!.contents;
}

describe('the top-level module in a Stainless resources index', () => {
  it('names each type with `type`, last, as the other modules’ types', async () => {
    const index = await resourcesIndex('latest');
    expect(index).toMatch(/export \{ Pets, type PetListResponse \} from '\.\/pets(\.js)?';/);
    expect(index).toMatch(/export \{ type Health \} from '\.\/top-level(\.js)?';\s*$/);
    expect(index).not.toContain('export type {');
  });

  it('lists them bare in the era of `export import`s', async () => {
    const index = await resourcesIndex('2024-06-01');
    expect(index).toMatch(/export \{ Health \} from '\.\/top-level(\.js)?';\s*$/);
  });
});

describe('the top-level module’s endpoint tests', () => {
  it('describe its methods as Stainless’s do: `top level methods`, with no `resource`', async () => {
    const file = writeSpec(
      openapi({
        paths: { '/health': { get: { operationId: 'checkHealth', responses: json(ref('Health')) } } },
        schemas: { Health: { type: 'object', properties: { ok: { type: 'boolean' } } } },
      }),
    );
    const config = path.join(path.dirname(file), 'stainless.yml');
    writeFileSync(config, CONFIG.replace(/ {2}pets:[\s\S]*$/, ''));
    const { files } = await generate({ spec: file, config, format: false, funcs: false, referenceDocs: false });
    const tests = files.find((f) => f.path === 'tests/api-resources/top-level.test.ts')!.contents;
    expect(tests).toContain("describe('top level methods', () => {");
  });
});

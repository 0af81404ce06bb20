/**
 * The loader's word on the versions it reads, now that OpenAPI 3.2 loads (read in the 3.1 dialect, its `query` and
 * `additionalOperations` methods by generator/normalize/path-item-methods.ts): a refused version's hint, and a
 * document that is no OpenAPI at all, name 3.2 beside 3.0, 3.1 and Swagger 2.0.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { loadSpecFromMemory } from '../../generator/load/load';
import { specError } from './helpers/spec';

const doc = (version: object) => ({ ...version, info: { title: 'T', version: '1' }, paths: {} });
const load = (spec: object) => loadSpecFromMemory({ spec, file: 'openapi.json' }, new Diagnostics());

describe('the versions the loader names', () => {
  it('loads 3.2 in the 3.1 dialect', async () => {
    const loaded = await load(doc({ openapi: '3.2.0' }));
    expect([loaded.declaredVersion, loaded.dialect]).toEqual(['3.2.0', '3.1']);
  });

  it.each([
    [
      'an OpenAPI version it does not read',
      doc({ openapi: '4.0.0' }),
      'sdkgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0',
    ],
    [
      'a Swagger version it does not read',
      doc({ swagger: '1.2' }),
      'sdkgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0',
    ],
    [
      'a document with neither field',
      { info: { title: 'T' } },
      'pass an OpenAPI 3.0, 3.1 or 3.2 or a Swagger 2.0 document',
    ],
    ['a top level that is no object', [1, 2], 'pass an OpenAPI 3.0, 3.1 or 3.2 or a Swagger 2.0 document'],
  ])('%s: its hint names 3.2', async (_name, spec, hint) => {
    expect((await specError(() => load(spec))).hint).toBe(hint);
  });
});

/**
 * The TypeScript target's settings come from the Stainless config beside the IR, not in it
 * (stainless/typescript-target.ts, emit/typescript/target-api.ts): the IR stays language-neutral.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { functionNameOf, typeScriptApi } from '../../generator/emit/typescript/target-api';
import { buildIr } from '../../generator/ir/build';
import { resourcesWithTopLevel } from '../../generator/ir/resources';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { typeScriptTargetOptions } from '../../generator/stainless/typescript-target';
import { loadObject, openapi } from './helpers/spec';

const stainless = (targets: Record<string, unknown>) =>
  parseStainlessConfig(
    { targets, resources: { pets: { methods: { list: 'get /pets', retrieve: 'get /pets/{id}' } } } },
    'stainless.yml',
    '',
    new Diagnostics(),
  );

const SPEC = openapi({
  paths: {
    '/pets': { get: { operationId: 'listPets', responses: { '200': { description: 'ok' } } } },
    '/pets/{id}': {
      get: {
        operationId: 'getPet',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});

async function irOf(config = EMPTY_CONFIG) {
  const diags = new Diagnostics();
  const { spec } = await loadObject(SPEC, diags);
  return buildIr(normalize(spec, config, diags), config, diags).api;
}

describe('TypeScript target options', () => {
  it('are read from the Stainless config: `targets.node` is the legacy layout and call shape', () => {
    expect(typeScriptTargetOptions(stainless({ node: { package_name: 'pets' } }))).toMatchObject({
      stainlessLayout: 'node',
      requestOptionsInParams: true,
    });
    expect(typeScriptTargetOptions(stainless({ typescript: { package_name: 'pets' } }))).toMatchObject({
      stainlessLayout: 'typescript',
      requestOptionsInParams: false,
    });
    expect(typeScriptTargetOptions(null)).toEqual({ stainlessLayout: null, requestOptionsInParams: false });
  });

  it('say how the client sends arrays and objects without a style: the config’s `query_settings`', () => {
    const comma = { style: 'form', explode: false };
    expect(typeScriptTargetOptions(stainless({ typescript: {} })).queryDefaults).toEqual({
      array: comma,
      object: { style: 'deepObject', explode: true },
      objectArrays: 'comma',
    });
    const config = (query_settings: Record<string, string>) =>
      parseStainlessConfig(
        { targets: { typescript: {} }, query_settings, resources: {} },
        'stainless.yml',
        '',
        new Diagnostics(),
      );
    expect(typeScriptTargetOptions(config({ array_format: 'brackets', nested_format: 'dots' })).queryDefaults).toEqual({
      array: { style: 'brackets', explode: true },
      object: { style: 'dots', explode: true },
      objectArrays: 'brackets',
    });
    expect(typeScriptTargetOptions(config({ array_format: 'repeat' })).queryDefaults?.array).toBeNull();
  });

  it('are not in the IR, nor are the standalone functions’ names', async () => {
    const api = await irOf({ ...EMPTY_CONFIG, stainless: stainless({ node: { package_name: 'pets' } }) });
    const keys = new Set<string>();
    JSON.stringify(api, (key, value: unknown) => (keys.add(key), value));
    expect(keys.has('stainlessLayout') || keys.has('requestOptionsInParams') || keys.has('functionName')).toBe(false);
    expect(typeScriptApi(api, typeScriptTargetOptions(stainless({ node: {} })))).toMatchObject({
      stainlessLayout: 'node',
      requestOptionsInParams: true,
    });
  });

  it('names each method’s standalone function by its resource path and name', async () => {
    const api = await irOf();
    const methods = resourcesWithTopLevel(api).flatMap((r) => r.methods);
    expect(methods.map((m) => functionNameOf(m, api))).toEqual(['petsList', 'petsRetrieve']);
  });
});

/**
 * The HTTP QUERY method and OpenAPI 3.2's `additionalOperations` (generator/normalize/path-item-methods.ts): a
 * Path Item's `query` operation is read (in a 3.2 document, and in a 3.1 one, as specs written before 3.2 carry it),
 * each method `additionalOperations` names too, lowercased; what no client can send is left out with a warning, never
 * silently. Without an operationId a QUERY is named `search`, another method by its own name (`copy`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { warnDuplicateOperationIds } from '../../generator/normalize/operations';
import { cleanupSpecs, loadObject, openapi } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = {
  responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
};
const body = {
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { type: 'object', properties: { q: { type: 'string' } } } } },
  },
};

function paths(): Record<string, unknown> {
  return {
    '/models': {
      get: { operationId: 'listModels', ...ok },
      query: { ...body, ...ok },
      additionalOperations: {
        COPY: { ...body, ...ok },
        // Each of these is left out: a fixed field's method, a method fetch refuses, no method name at all.
        POST: { operationId: 'shadowed', ...ok },
        CONNECT: { ...ok },
        'NOT A METHOD': { ...ok },
      },
    },
  };
}

describe('QUERY and additionalOperations', () => {
  it.each(['3.2.0', '3.1.0'])(
    'an OpenAPI %s document: read, named, with a body; the rest warned of',
    async (version) => {
      const { spec, diags } = await loadObject(openapi({ version, paths: paths() }));
      const config = EMPTY_CONFIG;
      const normalized = normalize(spec, config, diags);
      expect(normalized.operations.map((op) => [op.http, op.loc.pointer, op.requestBody !== null])).toEqual([
        ['get', '#/paths/~1models/get', false],
        ['query', '#/paths/~1models/query', true],
        ['copy', '#/paths/~1models/additionalOperations/COPY', true],
      ]);
      const skipped = diags.list.filter((d) => d.code === 'additional-operation-skipped');
      expect(skipped.map((d) => d.pointer)).toEqual([
        '#/paths/~1models/additionalOperations/POST',
        '#/paths/~1models/additionalOperations/CONNECT',
        '#/paths/~1models/additionalOperations/NOT A METHOD',
      ]);
      expect(skipped[0]?.message).toContain('POST /models is left out');
      const { api } = buildIr(normalized, config, diags, {});
      const models = api.resources.find((r) => r.property === 'models');
      expect(api.resources.map((r) => r.property)).toEqual(['models']);
      expect(models?.methods.map((m) => [m.name, m.http])).toEqual([
        ['list', 'get'],
        ['search', 'query'],
        ['copy', 'copy'],
      ]);
    },
  );

  it('an operationId under additionalOperations is one of the document’s: a repeat is pointed at there', async () => {
    const { spec, diags } = await loadObject(
      openapi({
        version: '3.2.0',
        paths: {
          '/a': { query: { operationId: 'find', ...ok } },
          '/b': { additionalOperations: { SEARCH: { operationId: 'find', ...ok } } },
        },
      }),
    );
    warnDuplicateOperationIds(spec, diags);
    const repeated = diags.list.filter((d) => d.code === 'duplicate-operation-id');
    expect(repeated.map((d) => [d.pointer, d.message])).toEqual([
      [
        '#/paths/~1b/additionalOperations/SEARCH/operationId',
        'operationId "find" is also used at #/paths/~1a/query/operationId',
      ],
    ]);
  });
});

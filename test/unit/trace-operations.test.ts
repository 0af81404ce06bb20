/**
 * A TRACE operation is left out of the SDK (fetch refuses the method, so neither client could send it), with a
 * warning that points at it: never a silent drop.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { normalize } from '../../generator/normalize/normalize';
import { cleanupSpecs, loadObject, openapi } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = { responses: { '200': { description: 'ok' } } };

describe('TRACE operations', () => {
  it('are left out with a warning naming their JSON pointer; the path keeps its other operations', async () => {
    const { spec, diags } = await loadObject(
      openapi({
        paths: { '/echo/{id}': { get: { operationId: 'getEcho', ...ok }, trace: { operationId: 'traceEcho', ...ok } } },
      }),
    );
    const operations = normalize(spec, EMPTY_CONFIG, diags).operations;
    expect(operations.map((op) => op.operationId)).toEqual(['getEcho']);
    const warning = diags.list.find((d) => d.code === 'trace-operation-skipped');
    expect(warning).toMatchObject({ severity: 'warning', pointer: '#/paths/~1echo~1{id}/trace' });
    expect(warning?.message).toContain('TRACE /echo/{id}');
  });

  it('says nothing for a path without one', async () => {
    const { spec, diags } = await loadObject(
      openapi({ paths: { '/echo': { get: { operationId: 'getEcho', ...ok } } } }),
    );
    normalize(spec, EMPTY_CONFIG, diags);
    expect(diags.list.filter((d) => d.code === 'trace-operation-skipped')).toEqual([]);
  });
});

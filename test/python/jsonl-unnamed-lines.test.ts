/**
 * A JSON Lines response (`application/x-jsonl`) whose line schema is no model of the config (a `$ref` to a schema the
 * config names nowhere, as a config `--from-repo` writes for Stainless's test SDK sam-python: `messages.batches.results`),
 * or an object written inline. Its line type was written as the placeholder `Response`, declared nowhere
 * (`-> JSONLDecoder[Response]`: pyright's reportUndefinedVariable, four times a method). Stainless declares it after
 * the method, as it does a JSON response of that shape: `JSONLDecoder[BatchResultsResponse]` in
 * `types/batch_results_response.py`.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';
import { jsonlBatchesSpec } from '../helpers/jsonl-batches-spec';

const spec = (lines: string) => jsonlBatchesSpec({ lines, moreProperties: ['score: { type: number }'] });

const CONFIG = `
organization: { name: batches }
targets:
  python: { package_name: batches_sdk }
resources:
  batches:
    methods:
      results: get /batches/{batch_id}/results
`;

describe('a JSON Lines response whose line type is no model', () => {
  for (const [what, lines] of [
    ['a schema the config names nowhere', "{ $ref: '#/components/schemas/BatchResult' }"],
    [
      'an object written inline',
      '{ type: object, required: [custom_id], properties: { custom_id: { type: string }, score: { type: number } } }',
    ],
  ] as const)
    it(`is declared after the method (${what})`, async () => {
      const file = (await pythonPackageByEra('jsonl-unnamed-lines', spec(lines), CONFIG, 'batches_sdk'))(null);
      const batches = (await file)('resources/batches.py');
      expect(batches).not.toMatch(/JSONLDecoder\[Response\]/);
      expect(batches).toContain(') -> JSONLDecoder[BatchResultsResponse]:');
      expect(batches).toContain(') -> AsyncJSONLDecoder[BatchResultsResponse]:');
      expect(batches).toContain('cast_to=JSONLDecoder[BatchResultsResponse],');
      expect(batches).toContain('from ..types.batch_results_response import BatchResultsResponse');
      const declared = (await file)('types/batch_results_response.py');
      expect(declared).toContain('class BatchResultsResponse(BaseModel):');
      expect(declared).toContain('    custom_id: str\n');
      expect((await file)('types/__init__.py')).toContain(
        'from .batch_results_response import BatchResultsResponse as BatchResultsResponse',
      );
    });
});

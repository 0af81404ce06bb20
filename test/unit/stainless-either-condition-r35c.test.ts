/**
 * A request body that requires one of several sets of its fields (`oneOf: [{required: [file]}, {required: [url]}]`,
 * groq's audio transcriptions): Stainless's endpoint tests send the body's required fields alone, which meet none of
 * them, and its SDKs write them skipped, "Unsupported either condition" (groq-python's and groq-typescript's tests).
 * Sent, they failed against Prism with a 422 each (32 in groq-python's migrated test run).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

function project(alternatives: unknown[]): { spec: string; config: string } {
  const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
  const body = (schema: unknown) => ({ required: true, content: { 'multipart/form-data': { schema } } });
  const spec = writeSpec(
    openapi({
      paths: {
        '/transcriptions': {
          post: {
            operationId: 'transcribe',
            requestBody: body({ $ref: '#/components/schemas/TranscriptionRequest' }),
            responses: ok,
          },
        },
        '/speech': {
          post: {
            operationId: 'speak',
            requestBody: body({ type: 'object', required: ['model'], properties: { model: { type: 'string' } } }),
            responses: ok,
          },
        },
      },
      schemas: {
        TranscriptionRequest: {
          type: 'object',
          properties: {
            file: { type: 'string', format: 'binary' },
            url: { type: 'string' },
            model: { type: 'string' },
          },
          required: ['model'],
          oneOf: alternatives,
        },
      },
    }),
  );
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(
    config,
    [
      'organization: { name: acme }',
      'targets: { python: { package_name: acme }, typescript: { package_name: acme } }',
      'resources:',
      '  audio:',
      '    methods:',
      "      transcribe: 'post /transcriptions'",
      "      speak: 'post /speech'",
      '',
    ].join('\n'),
  );
  return { spec, config };
}

const EITHER = [{ required: ['file'] }, { required: ['url'] }];

describe('a body requiring one of several sets of fields, in Stainless-config endpoint tests', () => {
  it('skips its Python tests, "Unsupported either condition"; the other method’s run', async () => {
    const { files } = await generate({ ...project(EITHER), target: 'python', format: false });
    const test = files.find((f) => f.path === 'tests/api_resources/test_audio.py')!.contents;
    expect(test).toMatch(
      /@pytest\.mark\.skip\(reason="Unsupported either condition"\)\n {4}@parametrize\n {4}def test_method_transcribe\(/,
    );
    expect(test).toMatch(/ {4}@parametrize\n {4}def test_method_speak\(/);
    expect(test).not.toMatch(
      /skip\(reason="Unsupported either condition"\)\n {4}@parametrize\n {4}def test_method_speak/,
    );
  });

  it('skips its TypeScript tests too', async () => {
    const { files } = await generate({ ...project(EITHER), format: false, funcs: false, referenceDocs: false });
    const test = files.find((f) => f.path === 'tests/api-resources/audio.test.ts')!.contents;
    expect(test).toContain("  // Unsupported either condition\n  test.skip('transcribe: only required params'");
    expect(test).toMatch(/^ {2}test\('speak: only required params', async/m);
  });

  it('runs them where every alternative is met by the required fields', async () => {
    const met = [{ required: ['model'] }, { required: ['model', 'url'] }];
    const { files } = await generate({ ...project(met), target: 'python', format: false });
    const test = files.find((f) => f.path === 'tests/api_resources/test_audio.py')!.contents;
    expect(test).not.toContain('Unsupported either condition');
  });
});

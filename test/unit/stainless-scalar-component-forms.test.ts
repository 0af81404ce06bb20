/**
 * Schema forms of a Stainless config's SDKs, as Stainless's own SDKs write them (TypeScript and Python):
 * - `{ type: object, additionalProperties: true, x-stainless-any: true }` is a map of unknown values, as without the
 *   hint (xquik's `ExtractionRetrieveResponse.job` and `EventDetail.data`: `{ [key: string]: unknown }`,
 *   `Dict[str, object]`); an untyped `x-stainless-any` stays `unknown`;
 * - a `$ref` to a scalar component with its own `example` takes that example, bare or as the first member of a union
 *   (stagehand-python's `model: "openai/gpt-5-nano"`, `ModelConfig: anyOf [ModelName, ModelConfigObject]`);
 * - an enum component's `default` is no example: its first value is (openai's `search_context_size: 'low'` of
 *   `WebSearchContextSize`, default `medium`; cartesia's `speed: 'slow'` of `ModelSpeed`, default `normal`).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';
import { okJson as json } from '../helpers/openapi';

afterAll(cleanupSpecs);

const CONFIG = [
  'organization: { name: acme }',
  'resources:',
  '  jobs:',
  '    methods:',
  '      retrieve: get /jobs',
  '      run: post /jobs',
  '',
].join('\n');

const anyMap = (description?: string) => ({
  type: 'object',
  additionalProperties: true,
  'x-stainless-any': true,
  ...(description ? { description } : {}),
});

function spec(): string {
  return writeSpec(
    openapi({
      paths: {
        '/jobs': {
          get: {
            operationId: 'getJob',
            parameters: [{ name: 'model', in: 'query', schema: { $ref: '#/components/schemas/ModelName' } }],
            responses: json({
              type: 'object',
              required: ['job', 'detail', 'free'],
              properties: {
                job: anyMap('Job metadata'),
                detail: { $ref: '#/components/schemas/EventDetail' },
                free: { 'x-stainless-any': true, description: 'Anything' },
              },
            }),
          },
          post: {
            operationId: 'runJob',
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['model'],
                    properties: {
                      model: { $ref: '#/components/schemas/ModelConfig' },
                      name: { $ref: '#/components/schemas/ModelName' },
                      speed: { $ref: '#/components/schemas/Speed' },
                      meta: anyMap(),
                    },
                  },
                },
              },
            },
            responses: json({ type: 'object', properties: { ok: { type: 'boolean' } } }),
          },
        },
      },
      schemas: {
        ModelName: { type: 'string', description: 'Model name', example: 'openai/gpt-5-nano' },
        ModelConfigObject: { type: 'object', required: ['modelName'], properties: { modelName: { type: 'string' } } },
        ModelConfig: {
          anyOf: [{ $ref: '#/components/schemas/ModelName' }, { $ref: '#/components/schemas/ModelConfigObject' }],
        },
        Speed: { type: 'string', default: 'normal', enum: ['slow', 'normal', 'fast'] },
        EventDetail: { type: 'object', required: ['data'], properties: { data: anyMap() } },
      },
    }),
  );
}

async function files(target: 'typescript' | 'python') {
  const file = spec();
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const generated = await generate({
    spec: file,
    config,
    format: true,
    funcs: false,
    referenceDocs: false,
    ...(target === 'python' ? { target } : {}),
  });
  return (end: string) => generated.files.find((f) => f.path.endsWith(end))!.contents;
}

describe('scalar components and open maps in a Stainless config’s SDK', () => {
  it('TypeScript', async () => {
    const file = await files('typescript');
    const jobs = file('src/resources/jobs.ts');
    expect(jobs).toContain('job: { [key: string]: unknown };');
    expect(jobs).toContain('data: { [key: string]: unknown };');
    expect(jobs).toContain('meta?: { [key: string]: unknown };');
    expect(jobs).toContain('free: unknown;');
    const tests = file('tests/api-resources/jobs.test.ts');
    expect(tests).toContain("client.jobs.run({ model: 'openai/gpt-5-nano' })");
    expect(tests).toContain("name: 'openai/gpt-5-nano'");
    expect(tests).toContain("{ model: 'openai/gpt-5-nano' }, { path: '/_stainless_unknown_path' }");
    expect(tests).toContain("speed: 'slow'");
    expect(tests).toContain("meta: { foo: 'bar' }");
  });

  it('Python', async () => {
    const file = await files('python');
    expect(file('types/job_retrieve_response.py')).toMatch(/job: Dict\[str, object\]/);
    expect(file('types/job_retrieve_response.py')).toMatch(/data: Dict\[str, object\]/);
    expect(file('types/job_retrieve_response.py')).toMatch(/free: object/);
    expect(file('types/job_run_params.py')).toMatch(/meta: Dict\[str, object\]/);
    const tests = file('tests/api_resources/test_jobs.py');
    expect(tests).toContain('model="openai/gpt-5-nano",');
    expect(tests).toContain('name="openai/gpt-5-nano",');
    expect(tests).not.toContain('model="string"');
    expect(tests).toContain('speed="slow",');
    expect(tests).toContain('meta={"foo": "bar"},');
  });
});

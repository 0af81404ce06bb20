/**
 * A parameter or property whose schema is a `$ref` to an enum component with its own `example` takes that example in
 * Stainless's endpoint tests (xquik's query param `toolType: 'follower_explorer'`, `$ref: ExtractionToolType`, an
 * enum whose first value is `article_extractor`), in TypeScript and Python alike; an enum component without an
 * example keeps its first value.
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
  '      list: get /jobs',
  '      run: post /jobs',
  '',
].join('\n');

function spec(): string {
  return writeSpec(
    openapi({
      paths: {
        '/jobs': {
          get: {
            operationId: 'listJobs',
            parameters: [
              { name: 'toolType', in: 'query', schema: { $ref: '#/components/schemas/ToolType' } },
              { name: 'kind', in: 'query', schema: { $ref: '#/components/schemas/Kind' } },
            ],
            responses: json({ type: 'object', properties: { ok: { type: 'boolean' } } }),
          },
          post: {
            operationId: 'runJob',
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['toolType', 'kind'],
                    properties: {
                      toolType: { $ref: '#/components/schemas/ToolType' },
                      kind: { $ref: '#/components/schemas/Kind' },
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
        ToolType: {
          type: 'string',
          example: 'follower_explorer',
          enum: ['article_extractor', 'community_extractor', 'follower_explorer'],
        },
        Kind: { type: 'string', enum: ['alpha', 'beta'] },
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
  return generated.files;
}

describe('an enum component’s own example in Stainless’s endpoint tests', () => {
  it('is what a $ref to it takes (TypeScript)', async () => {
    const tests = (await files('typescript')).find((f) => f.path === 'tests/api-resources/jobs.test.ts')!.contents;
    expect(tests).toContain("toolType: 'follower_explorer'");
    expect(tests).not.toContain("'article_extractor'");
    expect(tests).toContain("kind: 'alpha'");
  });

  it('is what a $ref to it takes (Python)', async () => {
    const tests = (await files('python')).find((f) => f.path.endsWith('tests/api_resources/test_jobs.py'))!.contents;
    expect(tests).toContain('tool_type="follower_explorer"');
    expect(tests).not.toContain('"article_extractor"');
    expect(tests).toContain('kind="alpha"');
  });
});

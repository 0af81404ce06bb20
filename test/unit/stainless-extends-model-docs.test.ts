/**
 * With a Stainless config, a named type whose interface extends a model and says nothing of its own is documented by
 * the model's description, as Stainless's SDKs document it: imagekit's `files.update` returns `allOf: [FileDetails,
 * {extensionStatus}]`, and imagekit-developer/imagekit-nodejs declares it `FileUpdateResponse extends File` under
 * FileDetails's "Object containing details of a file or file version." (imagekit-python's class has the same
 * docstring), where sdkgen left it undocumented. The members of an `allOf` written out as one object are no base: a
 * property of that shape stays undocumented (imagekit's `VideoTransformationReadyEvent.Data.Transformation`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

describe('a type that extends a model', () => {
  it("takes the model's description where it has none of its own", async () => {
    const spec = writeSpec(
      openapi({
        paths: {
          '/files/{id}': {
            patch: {
              operationId: 'updateFile',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }),
              responses: {
                '200': {
                  description: 'ok',
                  ...json({
                    allOf: [
                      { $ref: '#/components/schemas/FileDetails' },
                      { type: 'object', properties: { status: { type: 'string' } } },
                    ],
                  }),
                },
              },
            },
          },
          '/jobs/{id}': {
            get: {
              operationId: 'getJob',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: {
                '200': {
                  description: 'ok',
                  ...json({
                    type: 'object',
                    properties: {
                      step: {
                        allOf: [
                          { $ref: '#/components/schemas/StepBase' },
                          { type: 'object', properties: { output: { type: 'string' } } },
                        ],
                      },
                    },
                  }),
                },
              },
            },
          },
        },
        schemas: {
          FileDetails: {
            type: 'object',
            description: 'Object containing details of a file or file version.',
            properties: { fileId: { type: 'string' } },
          },
          StepBase: {
            type: 'object',
            description: 'Base information about a step.',
            properties: { kind: { type: 'string' } },
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'resources:',
        '  files:',
        '    models: { file: FileDetails }',
        "    methods: { update: 'patch /files/{id}' }",
        '  jobs:',
        "    methods: { retrieve: 'get /jobs/{id}' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false });
    const module = (name: string) => files.find((f) => f.path === `src/resources/${name}.ts`)!.contents;
    expect(module('files')).toMatch(
      /\/\*\*\n \* Object containing details of a file or file version\.\n \*\/\nexport interface FileUpdateResponse extends File \{/,
    );
    // Written out, the step's object is no type that extends a model: nothing documents it.
    expect(module('jobs')).toMatch(/\n\s*export interface Step \{/);
    expect(module('jobs')).not.toContain('Base information about a step.');
  });
});

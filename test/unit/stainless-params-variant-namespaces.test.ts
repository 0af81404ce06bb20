/**
 * With a Stainless config, params that are one of several bodies declare each variant's inline objects in the
 * namespace of that variant's interface, as Stainless's SDKs do: imagekit's `files.update` body is one of "Update file
 * details" and "Change publication status" (whose `publish` is an inline object); imagekit-developer/imagekit-nodejs
 * has `publish?: ChangePublicationStatus.Publish` and `export namespace ChangePublicationStatus { export interface
 * Publish … }` inside `FileUpdateParams`'s namespace, where sdkgen wrote the object inline (`publish?: { … }`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

describe('the inline objects of params that are one of several bodies', () => {
  it("are declared in their variant's namespace", async () => {
    const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      type: 'object',
      ...extra,
      properties,
    });
    const spec = writeSpec(
      openapi({
        paths: {
          '/files/{id}': {
            patch: {
              operationId: 'updateFile',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      oneOf: [
                        object(
                          { description: { type: 'string' }, meta: object({ color: { type: 'string' } }) },
                          { title: 'Update file details' },
                        ),
                        object(
                          {
                            publish: object(
                              { isPublished: { type: 'boolean' } },
                              { required: ['isPublished'], description: 'Configure the publication status.' },
                            ),
                          },
                          { title: 'Change publication status' },
                        ),
                      ],
                    },
                  },
                },
              },
              responses: { '204': { description: 'done' } },
            },
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
        "    methods: { update: 'patch /files/{id}' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, funcs: false, referenceDocs: false });
    const source = files.find((f) => f.path === 'src/resources/files.ts')!.contents;
    expect(source).toContain('publish?: ChangePublicationStatus.Publish;');
    expect(source).toMatch(
      /export namespace ChangePublicationStatus \{\n(\s*\/\*\*\n.*\n\s*\*\/\n)?\s*export interface Publish \{\n\s*isPublished: boolean;/,
    );
    expect(source).toContain('meta?: UpdateFileDetails.Meta;');
    expect(source).not.toMatch(/publish\?: \{/);
  });
});

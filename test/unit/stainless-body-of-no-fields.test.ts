/**
 * With a Stainless config, a JSON request body that is an object of no fields (`type: object, properties: {}`) is a
 * params type all the same in the TypeScript SDK, declared empty and passed whole, as Stainless's SDKs write it:
 * letta's `DELETE /v1/templates/{template_name}` (body `{ type: object, properties: {} }`, not required) is
 * `delete(templateName: string, body?: TemplateDeleteParams | null | undefined, options?)` sending
 * `{ body, ...options }`, with `export interface TemplateDeleteParams {}`, `delete</a>(templateName)` in api.md and
 * its 404 test passing `{}` before the request options (letta-ai/letta-node); the Python SDK takes no params for it
 * and sends no body (letta-ai/letta-python). Before, the body was a map sent whole (`params.body`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

function project(): { spec: string; config: string } {
  const ok = {
    '200': {
      description: 'ok',
      content: {
        'application/json': {
          schema: { type: 'object', required: ['success'], properties: { success: { type: 'boolean' } } },
        },
      },
    },
  };
  const spec = writeSpec(
    openapi({
      paths: {
        '/v1/templates/{template_name}': {
          delete: {
            operationId: 'deleteTemplate',
            parameters: [{ name: 'template_name', in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: {
              description: 'Body',
              content: { 'application/json': { schema: { type: 'object', properties: {} } } },
            },
            responses: ok,
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
      'targets: { typescript: { package_name: acme }, python: { package_name: acme } }',
      'resources:',
      '  templates:',
      "    methods: { delete: 'delete /v1/templates/{template_name}' }",
      '',
    ].join('\n'),
  );
  return { spec, config };
}

describe('a request body that is an object of no fields', () => {
  it('is an empty params type in the TypeScript SDK, passed whole as the body', async () => {
    const { spec, config } = project();
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)!.contents;
    const resource = file('src/resources/templates.ts');
    expect(resource).toMatch(/templateName: string,\s*body\?: TemplateDeleteParams \| null \| undefined,\s*options/);
    expect(resource).toContain('{ body, ...options }');
    expect(resource).toMatch(/export interface TemplateDeleteParams \{\s*\}/);
    expect(file('api.md')).toContain('delete</a>(templateName) -> TemplateDeleteResponse');
    expect(file('tests/api-resources/templates.test.ts')).toContain(
      "client.templates.delete('template_name', {}, { path: '/_stainless_unknown_path' })",
    );
  });

  it('is no params in the Python SDK, which sends no body', async () => {
    const { spec, config } = project();
    const { files } = await generate({ spec, config, target: 'python', format: false });
    const resource = files.find((f) => f.path.endsWith('resources/templates.py'))!.contents;
    const method = resource.slice(
      resource.indexOf('    def delete('),
      resource.indexOf('cast_to=TemplateDeleteResponse'),
    );
    expect(method).not.toMatch(/^\s+body:|[(,\s]body=|Params\b/m);
    expect(files.some((f) => f.path.endsWith('template_delete_params.py'))).toBe(false);
  });
});

/**
 * A resource of a Stainless config whose methods are all downloads taking no params (anchorbrowser's
 * `sessions.recordings.primary.get(sessionID)`, a `Response`) has no tests in Stainless's SDKs, and no test module:
 * sdkgen wrote `describe('resource primary', () => {});`, a suite Vitest fails ("No test found in suite"). A download
 * with params keeps its awaited test, and a resource beside it its module.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const download = (parameters: unknown[]) => ({
  get: {
    parameters,
    responses: {
      '200': { description: 'ok', content: { 'video/mp4': { schema: { type: 'string', format: 'binary' } } } },
    },
  },
});
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Anchor', version: '1' },
  servers: [{ url: 'https://api.anchor.test' }],
  paths: {
    '/recordings/{id}/fetch': download([id]),
    '/pages/{id}/pdf': download([id, { name: 'scale', in: 'query', required: true, schema: { type: 'number' } }]),
    '/recordings/{id}': {
      get: {
        parameters: [id],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: anchor
targets:
  typescript:
    package_name: anchor
resources:
  recordings:
    methods:
      retrieve: get /recordings/{id}
    subresources:
      primary:
        methods:
          get: get /recordings/{id}/fetch
  pages:
    methods:
      pdf: get /pages/{id}/pdf
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('Stainless config: a resource of downloads without params', () => {
  it('has no test module; a download with params and the JSON method keep theirs', async () => {
    const root = tempDir('download-only-tests');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const paths = files.map((f) => f.path);
    expect(paths).toContain('src/resources/recordings/primary.ts');
    expect(paths).not.toContain('tests/api-resources/recordings/primary.test.ts');
    expect(paths).toContain('tests/api-resources/recordings/recordings.test.ts');
    const pages = files.find((f) => f.path === 'tests/api-resources/pages.test.ts')?.contents ?? '';
    expect(pages).toContain("test('pdf: required and optional params'");
  });
});

/**
 * A nested resource named as another resource the parent's module imports (`knowledge_bases.files` beside the
 * top-level `files`, whose `File` the parent's types name): Stainless's SDKs import the other module under its own
 * alias (`import * as FilesAPI from '../files'`) and the nested one under its parent's name before its own
 * (`import * as KnowledgeBasesFilesAPI from './files'`), as lobehub-sit-typescript's `knowledge-bases.ts` and
 * `users.ts` do; sdkgen numbered the other (`FilesAPI2`). Called against a real 127.0.0.1 server.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { json, TestServer } from './runtime/helpers/server';

const file = { $ref: '#/components/schemas/File' };
const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://api.kb.test' }],
  paths: {
    '/files/{id}': {
      get: {
        operationId: 'getFile',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok(file),
      },
    },
    '/knowledge_bases/{id}': {
      get: {
        operationId: 'getKnowledgeBase',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({
          type: 'object',
          required: ['files'],
          properties: { files: { type: 'array', items: file } },
        }),
      },
    },
    '/knowledge_bases/{id}/files': {
      post: {
        operationId: 'addFiles',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({ type: 'object', properties: { added: { type: 'integer' } } }),
      },
    },
  },
  components: {
    schemas: { File: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization: { name: kb }
targets:
  typescript: { package_name: kb }
resources:
  files:
    models:
      file: File
    methods:
      retrieve: get /files/{id}
  knowledge_bases:
    methods:
      retrieve: get /knowledge_bases/{id}
    subresources:
      files:
        methods:
          add: post /knowledge_bases/{id}/files
`;

const server = new TestServer();
let root = '';
let sdk = '';
let parent = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('subresource-alias');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  parent = result.files.find((f) => f.path === 'src/resources/knowledge-bases/knowledge-bases.ts')?.contents ?? '';
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('Stainless config: a nested resource named as another module the parent imports', () => {
  it('is imported under its parent’s name before its own, the other module under its own alias', () => {
    expect(parent).toContain("import * as FilesAPI from '../files';");
    expect(parent).toContain("import * as KnowledgeBasesFilesAPI from './files';");
    expect(parent).toContain('files: KnowledgeBasesFilesAPI.Files = new KnowledgeBasesFilesAPI.Files(this._client);');
    expect(parent).toContain('files: Array<FilesAPI.File>;');
    expect(parent).not.toMatch(/FilesAPI2/);
  });

  it.runIf(SLOW_FULL)('type-checks under tsc --strict, and the nested resource is called', async () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    server.on('POST /knowledge_bases/kb_1/files', json(200, { added: 2 }));
    server.on('GET /knowledge_bases/kb_1', json(200, { files: [{ id: 'f_1' }] }));
    const { default: Kb } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Kb({ baseURL: server.url });
    expect(await client.knowledgeBases.files.add('kb_1')).toEqual({ added: 2 });
    expect(await client.knowledgeBases.retrieve('kb_1')).toEqual({ files: [{ id: 'f_1' }] });
  });
});

/**
 * A binary request body the Stainless config names (`body_param_name`) is taken in the params by that name, as
 * Stainless's SDKs take it (writer-node's `files.upload({ content: fs.createReadStream(…), 'Content-Type': … })`);
 * one it does not name is taken positionally, as the newer Stainless generator does (hypeman-ts's
 * `volumes.createFromArchive(body, params)`). Before, a named one was taken positionally too: the owners' call
 * `upload({ content, … })` no longer type-checked (TS2554).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const binary = { type: 'string', format: 'binary' };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Docs', version: '1' },
  servers: [{ url: 'https://api.docs.test' }],
  paths: {
    '/v1/files': {
      post: {
        operationId: 'uploadFile',
        parameters: [
          { name: 'Content-Type', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'graphId', in: 'query', required: false, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: { 'text/plain': { schema: binary }, 'application/pdf': { schema: binary } },
        },
        responses: {
          '200': {
            description: 'The file',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
  },
};

const config = (method: string) => `organization: { name: docs }
targets:
  typescript:
    package_name: docs
resources:
  files:
    methods:
      upload:
${method}`;

const roots: string[] = [];
const resource = new Map<string, string>();

beforeAll(async () => {
  for (const [name, method] of [
    ['named', '        endpoint: post /v1/files\n        body_param_name: content\n'],
    ['unnamed', '        endpoint: post /v1/files\n'],
  ] as const) {
    const root = tempDir(`binary-body-param-${name}`);
    roots.push(root);
    const result = await generateFrom(root, SPEC, config(method), {
      funcs: false,
      referenceDocs: false,
      format: false,
    });
    resource.set(name, result.files.find((f) => f.path === 'src/resources/files.ts')?.contents ?? '');
  }
}, 120_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

// One line, as prettier would not break it (the output is not formatted here).
const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').replace(/ \)/g, ')');

describe('a binary request body', () => {
  it('the config names is a params field of that name, sent as the body', () => {
    const text = flat(resource.get('named'));
    expect(text).toContain(
      'upload(params: FileUploadParams, options?: RequestOptions): APIPromise<FileUploadResponse>',
    );
    expect(text).toMatch(/export interface FileUploadParams \{ .*content: Uploadable;/);
    expect(text).toMatch(/const \{ content, .*\} = params;/);
    expect(text).toContain('body: content,');
  });

  it('the config does not name is taken positionally, before the params', () => {
    const text = flat(resource.get('unnamed'));
    expect(text).toMatch(/upload\(body: [^,]+, params: FileUploadParams, options\?: RequestOptions\): APIPromise/);
    expect(text).not.toMatch(/export interface FileUploadParams \{ [^}]*body: /);
  });
});

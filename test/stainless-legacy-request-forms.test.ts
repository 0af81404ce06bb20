/**
 * The requests of an older Stainless config's (`targets.node`) SDK, written as that generator wrote them (llama-stack's
 * TypeScript SDK of 2025, lumaai-node, embed-node):
 * - headers the method sends itself spread before the caller's (`headers: { Accept: …, ...options?.headers }`), the
 *   request options' headers being a plain object, as that generator typed them (a `Headers` would be lost);
 * - a multipart body through the `core` module's helper, `Core.multipartFormRequestOptions({ body, ...options })`,
 *   its file fields typed `Core.Uploadable`.
 * Each runs against a server on 127.0.0.1: the caller's headers win, the upload arrives as multipart form data.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { SLOW_FULL } from './helpers/slow-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { multipartEcho, noContent, TestServer } from './runtime/helpers/server';

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const upload = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary' }, purpose: { type: 'string' } },
};
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Shelf', version: '1' },
  servers: [{ url: 'https://shelf.test' }],
  paths: {
    '/files': {
      post: {
        requestBody: { required: true, content: { 'multipart/form-data': { schema: upload } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/files/{id}': { delete: { parameters: [id], responses: { '204': { description: 'gone' } } } },
  },
};

const CONFIG = `organization: { name: shelf }
targets:
  node:
    package_name: shelf
resources:
  files:
    methods:
      create: post /files
      delete: delete /files/{id}
`;

/** Calls as code written against Stainless's older SDK makes them. */
const CONSUMER = `import Shelf from './src/index';
import * as Core from './src/core';
const client = new Shelf();
const options: Core.RequestOptions = { headers: { 'X-Trace': 't1', Accept: null } };
async function calls() {
  await client.files.delete('f1', options);
  const form = await Core.multipartFormRequestOptions({ body: { file: new Blob(['x']) } });
  return form;
}
void calls;
`;

const server = new TestServer();
let root = '';
let files = '';
let core = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-legacy-request-forms');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    referenceDocs: false,
    format: false,
  });
  writeFiles(path.join(root, 'sdk'), result.files);
  writeFileSync(path.join(root, 'sdk', 'consumer.ts'), CONSUMER);
  const file = (p: string) => result.files.find((f) => f.path === p)!.contents.replace(/\s+/g, ' ');
  files = file('src/resources/files.ts');
  core = file('src/core.ts');
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("an older Stainless config's (targets.node) requests", () => {
  it("spread the method's headers before the caller's, with no header helper", () => {
    expect(files).toContain("headers: { Accept: '*/*', ...options?.headers }");
    expect(files).not.toContain('buildHeaders');
    // Its request options' headers are a plain object and the options generic in the body, as the older generator
    // typed them (owners' modules kept beside it write `RequestOptions<T>`).
    expect(core).toContain(
      "export interface RequestOptions<Req = unknown> extends Omit<ClientRequestOptions, 'headers' | 'body'> {",
    );
    expect(core).toContain('body?: Req | undefined;');
    expect(core).toMatch(/headers\?: PlainHeaders \| undefined;/);
  });

  it("send a multipart body through the core module's helper, files typed Core.Uploadable", () => {
    expect(files).toContain(
      "return this._client.post('/files', Core.multipartFormRequestOptions({ body, ...options }));",
    );
    expect(files).toContain('file: Core.Uploadable;');
    expect(files).not.toContain("from '../core/uploads'");
    expect(core).toMatch(/multipartFormRequestOptions,? /);
  });

  it.runIf(SLOW_FULL)("type-check with Stainless's calls under tsc --strict", () => {
    const { status, output } = typeCheckStrict(path.join(root, 'sdk'), ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("send the caller's headers over the method's, and the upload as form data, on 127.0.0.1", async () => {
    server.on('DELETE /files/f1', noContent);
    server.on('POST /files', multipartEcho);
    const { Shelf } = await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'sdk/src/index.ts')).href);
    const client = new Shelf({ baseURL: server.url });
    await client.files.delete('f1');
    await client.files.delete('f1', { headers: { Accept: 'application/json', 'X-Trace': 't1' } });
    const [plain, given] = server.received('DELETE /files/f1');
    expect(plain.headers.accept).toBe('*/*');
    expect(given.headers.accept).toBe('application/json');
    expect(given.headers['x-trace']).toBe('t1');
    const echoed = await client.files.create({ file: new File(['hello'], 'a.txt'), purpose: 'notes' });
    expect(echoed.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(echoed.parts.map((p: { name: string }) => p.name)).toEqual(['file', 'purpose']);
  });
});

/**
 * With a Stainless config (`targets.typescript`), a binary request body that is no form (`image/jpeg`,
 * `application/gzip`) is taken positionally after the path parameters, the other params after it, and sent as the
 * request's body (`this._client.put(path`…`, { body: body, ...options, headers: buildHeaders([{ 'Content-Type': … }
 * …]) })`), as Stainless's SDKs write it; and the bytes sent are the ones given (checked on a real server).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-request-shape.test.ts samples Stainless's request forms and params (docs/contributing.md, "What
// `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateWithStainlessConfig, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const item = { type: 'object', properties: { id: { type: 'string' } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Covers', version: '1' },
  servers: [{ url: 'https://covers.test' }],
  paths: {
    '/albums/{album_id}/cover': {
      put: {
        description: 'Replaces the cover.',
        parameters: [{ name: 'album_id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
        },
        responses: { '202': { description: 'accepted' } },
      },
    },
    '/archives': {
      post: {
        parameters: [
          { name: 'name', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'size', in: 'query', schema: { type: 'integer' } },
        ],
        requestBody: {
          required: true,
          content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: item } } } },
      },
    },
  },
};

const CONFIG = `organization: { name: covers }
targets:
  typescript:
    package_name: covers
resources:
  covers:
    methods:
      update: put /albums/{album_id}/cover
  archives:
    methods:
      create: post /archives
`;

const server = new TestServer();
let root = '';
let sdk = '';
let covers = '';
let archives = '';
let files: Array<{ path: string; contents: string }> = [];

beforeAll(async () => {
  await server.start();
  const generated = await generateWithStainlessConfig('stainless-positional-binary-body', SPEC, CONFIG, {
    referenceDocs: false,
  });
  root = generated.dir;
  const { result } = generated;
  files = result.files;
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  covers = result.files.find((f) => f.path === 'src/resources/covers.ts')!.contents;
  archives = result.files.find((f) => f.path === 'src/resources/archives.ts')!.contents;
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('a binary request body with a Stainless config', () => {
  it('is taken positionally after the path parameters and sent as the body', () => {
    expect(covers).toMatch(
      /update\(\s*albumID: string,\s*body: string \| ArrayBuffer \| ArrayBufferView \| Blob \| DataView,\s*options\?: RequestOptions,?\s*\): APIPromise<void>/,
    );
    expect(covers).toContain('return this._client.put(path`/albums/${albumID}/cover`, {\n      body: body,');
    expect(covers).toContain(
      "headers: buildHeaders([{ 'Content-Type': 'image/jpeg', Accept: '*/*' }, options?.headers]),",
    );
    // No params are left, so none are declared.
    expect(covers).not.toContain('CoverUpdateParams');
  });

  it('keeps the other params after it', () => {
    expect(archives).toMatch(
      /create\(\s*body: string \| ArrayBuffer \| ArrayBufferView \| Blob \| DataView,\s*params: ArchiveCreateParams,\s*options\?: RequestOptions,?\s*\)/,
    );
    expect(archives).toContain('const { name, size } = params;');
    expect(archives).toMatch(/body: body,\s*query: \{ name, size \},\s*\.\.\.options,/);
    expect(archives).toContain("headers: buildHeaders([{ 'Content-Type': 'application/gzip' }, options?.headers]),");
    expect(archives).toMatch(/export interface ArchiveCreateParams \{[^}]*name: string;[^}]*size\?: number;/);
    expect(archives).not.toMatch(/export interface ArchiveCreateParams \{[^}]*body/);
    const api = files.find((f) => f.path === 'api.md')!.contents;
    expect(api).toContain('create</a>(body, { ...params }) -> ArchiveCreateResponse');
    expect(api).toContain('update</a>(albumID, body) -> void');
  });

  it('type-checks under tsc --strict with its tests', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('sends the bytes given, as the media type the spec names', async () => {
    server.on('PUT /albums/a1/cover', (_req, res) => {
      res.statusCode = 202;
      res.end();
    });
    server.on('POST /archives', json(200, { id: 'v1' }));
    const { Covers } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Covers({ baseURL: server.url });
    await client.covers.update('a1', new Uint8Array([0xff, 0xd8, 0xff]));
    await client.covers.update('a1', 'raw text');
    await client.covers.update('a1', new Blob(['blob']));
    const [bytes, text, blob] = server.received('PUT /albums/a1/cover');
    expect([...bytes!.body]).toEqual([0xff, 0xd8, 0xff]);
    expect(bytes!.headers['content-type']).toBe('image/jpeg');
    expect(text!.body.toString()).toBe('raw text');
    expect(text!.headers['content-type']).toBe('image/jpeg');
    expect(blob!.body.toString()).toBe('blob');
    expect(await client.archives.create(new Uint8Array([1, 2]).buffer, { name: 'n', size: 2 })).toEqual({ id: 'v1' });
    const [archive] = server.received('POST /archives');
    expect([...archive!.body]).toEqual([1, 2]);
    expect(archive!.headers['content-type']).toBe('application/gzip');
    expect(archive!.query.get('name')).toBe('n');
    expect(archive!.query.get('size')).toBe('2');
  });
});

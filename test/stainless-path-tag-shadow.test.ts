/**
 * With a Stainless config, a params field named `path` in a method whose path has parameters is bound to `path_`
 * (`const { path: path_, ...body } = params;`), as Stainless's SDKs bind it: bound as `path` it would shadow the
 * `path` template tag the request's path is built with (val-town's `vals.files.create`), which then is no function.
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

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Vals', version: '1' },
  servers: [{ url: 'https://vals.test' }],
  paths: {
    '/vals/{id}/files': {
      post: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'path', in: 'query', required: true, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { content: { type: 'string' } } },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = `organization: { name: vals }
targets:
  typescript:
    package_name: vals
resources:
  files:
    methods:
      create: post /vals/{id}/files
`;

const server = new TestServer();
let root = '';
let sdk = '';
let files = '';

beforeAll(async () => {
  await server.start();
  const generated = await generateWithStainlessConfig('stainless-path-tag-shadow', SPEC, CONFIG, {
    referenceDocs: false,
  });
  root = generated.dir;
  const { result } = generated;
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  files = result.files.find((f) => f.path === 'src/resources/files.ts')!.contents;
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('a params field named `path` beside a path with parameters', () => {
  it('is bound to path_, leaving the template tag alone', () => {
    expect(files).toContain('const { path: path_, ...body } = params;');
    expect(files).toContain('query: { path: path_ }');
    expect(files).toContain('path`/vals/${id}/files`');
  });

  it('type-checks under tsc --strict', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('sends the field in the query and the rest as the body', async () => {
    server.on('POST /vals/v1/files', json(200, { ok: true }));
    const { Vals } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Vals({ baseURL: server.url });
    expect(await client.files.create('v1', { path: 'src/a.ts', content: 'x' })).toEqual({ ok: true });
    const [sent] = server.received('POST /vals/v1/files');
    expect(sent!.query.get('path')).toBe('src/a.ts');
    expect(JSON.parse(sent!.body.toString())).toEqual({ content: 'x' });
  });
});

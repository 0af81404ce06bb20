/**
 * With a Stainless config, a method whose params are one of several objects (a body `oneOf`, beside query fields)
 * makes its request as Stainless's SDKs wrote it (`const { environment, ...body } = params;` then the client's verb
 * method), and its `@example` calls it with the first variant's required fields, as theirs do (knock-mgmt's
 * `guides.activate`). The request sent is the one the spec describes (a real server), under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-request-shape.test.ts samples Stainless's request forms and params (docs/contributing.md, "What
// `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Guide', version: '1' },
  servers: [{ url: 'https://guide.test' }],
  paths: {
    '/guides/{key}/activate': {
      put: {
        parameters: [
          { name: 'key', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'environment', in: 'query', required: true, schema: { type: 'string', example: 'development' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'object', required: ['status'], properties: { status: { type: 'boolean' } } },
                  {
                    type: 'object',
                    properties: { from: { type: 'string' }, until: { type: 'string' } },
                  },
                ],
              },
            },
          },
        },
        // (The response schema's example is what makes Stainless's SDKs show the call.)
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', example: {} } } } },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: guide }
targets:
  typescript:
    package_name: guide
resources:
  guides:
    methods:
      activate: put /guides/{key}/activate
`;

const server = new TestServer();
let root = '';
let guides = '';
beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-union-params');
  const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
  writeFiles(path.join(root, 'sdk'), files);
  guides = files.find((f) => f.path === 'src/resources/guides.ts')!.contents;
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('params that are one of several objects, with a Stainless config', () => {
  it('are taken apart and sent as Stainless wrote it, and shown with the first variant', () => {
    expect(guides).toContain('const { environment, ...body } = params;');
    expect(guides).toContain('return this._client.put(path`/guides/${key}/activate`, {');
    expect(guides).toContain('query: { environment },');
    expect(guides).not.toContain('this._client.request<');
    expect(guides).toMatch(/activate\('key', \{\n\s+\* {3}environment: 'development',\n\s+\* {3}status: true,\n/);
  });

  it('type-check under tsc --strict and send what the spec describes', async () => {
    const { status, output } = typeCheckStrict(path.join(root, 'sdk'), ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    server.on('PUT /guides/g1/activate', json(200, { ok: true }));
    const { Guide } = await import(pathToFileURL(path.join(root, 'sdk', 'src/index.ts')).href);
    const client = new Guide({ apiKey: 'k', baseURL: server.url });
    await client.guides.activate('g1', { environment: 'dev', from: '2024-01-01' });
    const [sent] = server.received('PUT /guides/g1/activate');
    expect(sent!.query.get('environment')).toBe('dev');
    expect(JSON.parse(sent!.body.toString())).toEqual({ from: '2024-01-01' });
  });
});

/**
 * A parameter the spec requires that a client option fills in (`send_as_path_param`, `send_as_query_param`): optional in
 * the call (`const { namespace = this._client.defaultNamespace } = params ?? {}`), but Stainless's generated tests
 * treat it as required. turbopuffer's `client.namespaces.deleteAll({ namespace: 'namespace' })` under
 * `deleteAll: only required params`, stainless-api's `client.builds.list({ project: 'project' })`; the test client
 * sets no such option. The owners' edits of those test lines (turbopuffer's 23) land only on that shape. The generated
 * tests are run against a real local server: a call that left the param out would have no path to ask for.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-client-options.test.ts samples a Stainless client's options and surface (docs/contributing.md,
// "What `npm test` samples").
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { json, TestServer } from './runtime/helpers/server';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
});
const ok = (schema: unknown) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});
const namespacePath = { name: 'namespace', in: 'path', required: true, schema: { type: 'string' } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Puffer', version: '1' },
  servers: [{ url: 'https://api.puffer.test' }],
  paths: {
    '/v1/namespaces/{namespace}': {
      delete: {
        operationId: 'deleteNamespace',
        parameters: [namespacePath],
        responses: ok(object({ status: { type: 'string' } })),
      },
    },
    '/v1/namespaces/{namespace}/query': {
      post: {
        operationId: 'query',
        parameters: [namespacePath],
        requestBody: {
          content: { 'application/json': { schema: object({ top_k: { type: 'integer' } }) } },
        },
        responses: ok(object({ rows: { type: 'array', items: { type: 'string' } } })),
      },
    },
    '/v1/builds': {
      get: {
        operationId: 'listBuilds',
        parameters: [
          { name: 'project', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'branch', in: 'query', schema: { type: 'string' } },
        ],
        responses: ok(object({ builds: { type: 'array', items: { type: 'string' } } })),
      },
    },
  },
};

const CONFIG = `organization:
  name: puffer
targets:
  typescript:
    package_name: puffer
client_settings:
  opts:
    default_namespace:
      type: string
      nullable: true
      send_as_path_param: namespace
    project:
      type: string
      nullable: true
      send_as_query_param: project
resources:
  namespaces:
    methods:
      delete_all: delete /v1/namespaces/{namespace}
      query: post /v1/namespaces/{namespace}/query
  builds:
    methods:
      list: get /v1/builds
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe.runIf(SLOW_FULL)('Stainless config: the tests of a required parameter a client option fills in', () => {
  it('give it as required, as Stainless’s tests do, and the test client sets no such option', async () => {
    const root = tempDir('client-filled-tests');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)?.contents ?? '';

    const namespaces = file('tests/api-resources/namespaces.test.ts');
    expect(namespaces).toMatch(/test(\.skip)?\('deleteAll: only required params'/);
    expect(namespaces).toContain("client.namespaces.deleteAll({ namespace: 'namespace' });");
    expect(namespaces).toMatch(/test(\.skip)?\('deleteAll: required and optional params'/);
    expect(namespaces).not.toContain("'deleteAll: request options and params are passed correctly'");
    expect(namespaces).toContain("client.namespaces.query({ namespace: 'namespace' });");
    expect(namespaces).toContain("client.namespaces.query({ namespace: 'namespace', top_k: 0 });");
    const builds = file('tests/api-resources/builds.test.ts');
    expect(builds).toContain("client.builds.list({ project: 'project' });");
    expect(builds).toContain("client.builds.list({ project: 'project', branch: 'branch' });");
    for (const tests of [namespaces, builds, file('tests/index.test.ts')]) {
      expect(tests).not.toContain('defaultNamespace:');
      expect(tests).not.toMatch(/\bproject: 'My/);
    }
    // The method still takes it from the client when left out.
    expect(file('src/resources/namespaces.ts')).toContain('namespace = this._client.defaultNamespace');

    writeFiles(root, files);
    if (SLOW_FULL) {
      const { status, output } = typeCheckStrict(root, ['src/**/*.ts', 'tests/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
    }
    const server = new TestServer();
    await server.start();
    try {
      server.on('DELETE /v1/namespaces/namespace', json(200, { status: 'ok' }));
      server.on('POST /v1/namespaces/namespace/query', json(200, { rows: [] }));
      server.on('GET /v1/builds', json(200, { builds: [] }));
      const run = await runGeneratedTests(root, server.url);
      const resourceTests = (t: string) => /^(resource|builds|namespaces)/.test(t) || /params/.test(t);
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed.filter(resourceTests)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('deleteAll: only required params'),
          expect.stringContaining('list: only required params'),
        ]),
      );
      const asked = server.requests.map((r) => `${r.method} ${r.url}`);
      expect(asked).toContain('DELETE /v1/namespaces/namespace');
      expect(asked).toContain('GET /v1/builds?project=project');
    } finally {
      await server.stop();
    }
  }, 120_000);
});

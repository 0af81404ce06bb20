/**
 * A `$client` method named as a top-level resource (turbopuffer: `$client.methods.namespaces: get /v1/namespaces`
 * beside the resource `namespaces`). Stainless's api.md calls both through one name, `client.namespaces({ ...params })`
 * and `client.namespaces.deleteAll(…)`; its client declared a method and a property of that name, a class TypeScript
 * refuses (TS2300), whose property shadowed the method when run. sdkgen writes the same two call chains in a class
 * that compiles: `client.namespaces` is the resource and, called, runs the client's method (`callableResource`, the
 * method kept as `#namespaces`). The resource's class, module and type names stay those of its config key
 * (`Namespaces`, `resources/namespaces.ts`, `NamespaceDeleteAllResponse`). api.md, the README and the generated tests
 * use Stainless's chains; the SDK type-checks strict, its tests included, and calls a real local server both ways.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const ok = (schema: unknown) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Puffer', version: '1' },
  servers: [{ url: 'https://api.puffer.test' }],
  paths: {
    '/v1/namespaces': {
      get: {
        operationId: 'listNamespaces',
        parameters: [{ name: 'prefix', in: 'query', schema: { type: 'string' } }],
        responses: ok({ $ref: '#/components/schemas/NamespaceList' }),
      },
    },
    '/v1/namespaces/{namespace}': {
      delete: {
        operationId: 'deleteNamespace',
        parameters: [{ name: 'namespace', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok(object({ status: { type: 'string' } })),
      },
    },
  },
  components: {
    schemas: {
      NamespaceList: object({ namespaces: { type: 'array', items: { type: 'string' } } }),
      NamespaceSummary: object({ id: { type: 'string' } }),
    },
  },
};

const CONFIG = `organization:
  name: puffer
targets:
  typescript:
    package_name: puffer
resources:
  $client:
    methods:
      namespaces: get /v1/namespaces
  namespaces:
    models:
      namespace_summary: '#/components/schemas/NamespaceSummary'
    methods:
      delete_all: delete /v1/namespaces/{namespace}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('Stainless config: a $client method named as a top-level resource', () => {
  it("writes both of api.md's call chains through one callable property", async () => {
    const root = tempDir('client-method-resource');
    roots.push(root);
    const { files, diagnostics } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)?.contents ?? '';

    const warnings = diagnostics.warnings.map((w) => `${w.line ?? ''} ${w.message}`).join('\n');
    expect(warnings).not.toContain('namespacesResource');
    expect(warnings).not.toContain('method left out');

    // The resource keeps the names of its config key.
    const resource = file('src/resources/namespaces.ts');
    expect(resource).toContain('export class Namespaces extends APIResource');
    expect(resource).toContain('export interface NamespaceDeleteAllResponse');
    expect(resource).toContain('export interface NamespaceSummary');
    expect(files.map((f) => f.path).filter((p) => /namespaces-?resource/i.test(p))).toEqual([]);

    const client = file('src/client.ts');
    expect(client).toContain('namespaces = callableResource(this.#namespaces.bind(this), new API.Namespaces(this));');
    expect(client).toMatch(/\n {2}#namespaces\(/);
    expect(client).not.toContain('namespacesResource');

    const api = file('api.md');
    expect(api).toMatch(/client\.<a href="[^"]*">namespaces<\/a>\(\{ \.\.\.params \}\)/);
    expect(api).toMatch(/client\.namespaces\.<a [^>]*>deleteAll<\/a>/);
    expect(api).not.toContain('namespacesResource');
    const tests = file('tests/api-resources/namespaces.test.ts');
    expect(tests).toContain('client.namespaces.deleteAll(');
    expect(tests).toContain("describe('resource namespaces', () => {");
    expect(file('README.md')).not.toContain('namespacesResource');

    writeFiles(root, files);
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);

    const server = new TestServer();
    await server.start();
    try {
      server.on('GET /v1/namespaces', json(200, { namespaces: ['a1'] }));
      server.on('DELETE /v1/namespaces/a1', json(200, { status: 'ok' }));
      const { Puffer, Namespaces } = await import(pathToFileURL(path.join(root, 'src/index.ts')).href);
      const puffer = new Puffer({ baseURL: server.url, maxRetries: 0 });
      expect(await puffer.namespaces({ prefix: 'a' })).toEqual({ namespaces: ['a1'] });
      expect(await puffer.namespaces.deleteAll('a1')).toEqual({ status: 'ok' });
      expect(puffer.namespaces).toBeInstanceOf(Namespaces);
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /v1/namespaces?prefix=a',
        'DELETE /v1/namespaces/a1',
      ]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

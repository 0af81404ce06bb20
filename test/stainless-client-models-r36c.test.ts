/**
 * Models a Stainless config declares under `$client` (openint's `$client.models.connector`) are declared with the
 * client's own types, where Stainless's SDKs have them: TypeScript's `src/resources/top-level.ts` (api.md lists
 * `Connector` there, under the client's heading) and Python's `types/` package (`from openint.types import
 * Connector`), not the shared module, which keeps the `$shared` models. sdkgen put them in `resources/shared.ts`
 * (migrate's api.md check: "type `Connector` moved from ./src/resources/top-level.ts to ./src/resources/shared.ts").
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { generateFrom, tempDir } from './helpers/sdk';

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const ok = (schema: unknown) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Openint', version: '1' },
  servers: [{ url: 'https://api.openint.test' }],
  paths: {
    '/connector': {
      get: {
        operationId: 'listConnectors',
        responses: ok(object({ items: { type: 'array', items: { $ref: '#/components/schemas/Connector' } } })),
      },
    },
    '/connection/{id}': {
      get: {
        operationId: 'getConnection',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok(object({ id: { type: 'string' }, owner: { $ref: '#/components/schemas/Owner' } })),
      },
    },
  },
  components: {
    schemas: {
      Connector: object({ name: { type: 'string' }, integration: { $ref: '#/components/schemas/Integration' } }),
      Integration: object({ id: { type: 'string' } }),
      Owner: object({ id: { type: 'string' } }),
    },
  },
};

const CONFIG = `organization:
  name: openint
targets:
  typescript:
    package_name: openint
  python:
    package_name: openint
resources:
  $shared:
    models:
      owner: '#/components/schemas/Owner'
  $client:
    models:
      connector: '#/components/schemas/Connector'
      integration: '#/components/schemas/Integration'
    methods:
      list_connectors: get /connector
      get_connection: get /connection/{id}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('Stainless config: models of $client', () => {
  it('are declared in resources/top-level.ts (TypeScript), $shared ones in resources/shared.ts', async () => {
    const root = tempDir('client-models');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)?.contents ?? '';

    const topLevel = file('src/resources/top-level.ts');
    expect(topLevel).toContain('export interface Connector {');
    expect(topLevel).toContain('export interface Integration {');
    const shared = file('src/resources/shared.ts');
    expect(shared).toContain('export interface Owner {');
    expect(shared).not.toContain('Connector');
    expect(shared).not.toContain('Integration');

    const api = file('api.md');
    expect(api).toContain('<code><a href="./src/resources/top-level.ts">Connector</a></code>');
    expect(api).toContain('<code><a href="./src/resources/top-level.ts">Integration</a></code>');
    expect(api).not.toContain('./src/resources/shared.ts">Connector');
    // Exported from the client's namespace with its method types.
    expect(file('src/client.ts')).toMatch(/type Connector as Connector/);
  });

  it('are declared in types/ (Python), $shared ones in types/shared/', async () => {
    const root = tempDir('client-models-py');
    roots.push(root);
    await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const { files } = await generate({
      spec: path.join(root, 'spec.json'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
    });
    const paths = files.map((f) => f.path);
    expect(paths).toContain('src/openint/types/connector.py');
    expect(paths).toContain('src/openint/types/integration.py');
    expect(paths).toContain('src/openint/types/shared/owner.py');
    expect(paths.filter((p) => p.startsWith('src/openint/types/shared/'))).not.toContain(
      'src/openint/types/shared/connector.py',
    );
    const init = files.find((f) => f.path === 'src/openint/types/__init__.py')?.contents ?? '';
    expect(init).toContain('from .connector import Connector as Connector');
  });
});

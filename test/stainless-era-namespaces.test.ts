/**
 * Stainless's SDKs before November 2024 (mpesaflow-node; honcho-node, lumaai-node and OneBusAway's js-sdk until their
 * rebuild of 2024-11) re-export a resource's names in a namespace of `export import`s, through the module's import of
 * itself and its nested resources' namespace imports, and their indexes export the types without `type`, types first.
 * An SDK of that era keeps those forms (`--stainless-era`, or the era `sdkgen migrate` infers), and still type-checks
 * and sends its requests.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-era.test.ts samples a Stainless SDK's era (docs/contributing.md, "What `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsOfEra, inferStainlessEra } from '../generator/stainless/era';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { okJson as ok } from './helpers/openapi';
import { SLOW_FULL } from './helpers/slow-tests';

const app = { $ref: '#/components/schemas/App' };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Flow', version: '1' },
  servers: [{ url: 'https://flow.test' }],
  paths: {
    '/apps': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            },
          },
        },
        responses: ok(app),
      },
    },
    '/apps/{app_id}/keys': {
      get: {
        parameters: [{ name: 'app_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({ type: 'object', properties: { keys: { type: 'array', items: { type: 'string' } } } }),
      },
    },
  },
  components: {
    schemas: { App: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization: { name: flow }
targets:
  node:
    package_name: flow
resources:
  apps:
    models:
      app: App
    methods:
      create: post /apps
    subresources:
      keys:
        methods:
          list: get /apps/{app_id}/keys
`;

const server = new TestServer();
let root = '';
let sdk = '';
const files = new Map<string, string>();
const file = (name: string) => files.get(name) ?? '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-era-namespaces');
  const result = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false, stainlessEra: '2024-10-31' });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  for (const f of result.files) files.set(f.path, f.contents);
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('a Stainless SDK of before 2024-11-01', () => {
  it("re-exports a resource's names by export import, through the module's import of itself", () => {
    const apps = file('src/resources/apps/apps.ts');
    expect(apps).toContain("import * as AppsAPI from './apps';\nimport * as KeysAPI from './keys';\n");
    expect(apps).not.toMatch(/^import \{[^}]*\} from '\.\/keys';$/m);
    expect(apps).toContain('  keys: KeysAPI.Keys = new KeysAPI.Keys(this._client);');
    expect(apps).toContain(
      [
        'export namespace Apps {',
        '  export import App = AppsAPI.App;',
        '  export import AppCreateParams = AppsAPI.AppCreateParams;',
        '  export import Keys = KeysAPI.Keys;',
        '  export import KeyListResponse = KeysAPI.KeyListResponse;',
        '}',
      ].join('\n'),
    );
    expect(apps).not.toContain('Apps.Keys = Keys;');
    expect(apps).not.toContain('declare namespace');
  });

  it('lists the types first and without `type` in its indexes', () => {
    expect(file('src/resources/index.ts')).toContain("export { App, AppCreateParams, Apps } from './apps/apps';");
    expect(file('src/resources/apps/index.ts')).toContain(
      "export { App, AppCreateParams, Apps } from './apps';\nexport { KeyListResponse, Keys } from './keys';",
    );
  });

  it('type-checks under tsc --strict and sends its requests', async () => {
    // (Its tsconfig leaves `isolatedModules` off, as that era's did: an `export import` of a type needs it off.)
    expect(JSON.parse(file('tsconfig.json')).compilerOptions.isolatedModules).toBe(false);
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts'], { isolatedModules: false });
    expect(output).toBe('');
    expect(status).toBe(0);
    server.on('POST /apps', json(200, { id: 'a1' }));
    server.on('GET /apps/a1/keys', json(200, { keys: ['k1'] }));
    const { Flow } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Flow({ baseURL: server.url });
    expect(await client.apps.create({ name: 'shop' })).toEqual({ id: 'a1' });
    expect(await client.apps.keys.list('a1')).toEqual({ keys: ['k1'] });
  });

  it('is its era’s form, and is inferred from a namespace of export imports', () => {
    expect(formsOfEra('2024-10-31').namespaceImports).toBe(true);
    expect(formsOfEra('2024-11-01').namespaceImports).toBe(false);
    expect(formsOfEra(null).namespaceImports).toBe(false);
    const module = (text: string) => [{ path: 'src/resources/apps.ts', text }];
    expect(inferStainlessEra(module('export namespace Apps {\n  export import App = AppsAPI.App;\n}\n'), null)).toBe(
      '2024-10-31',
    );
    expect(
      inferStainlessEra(module('export declare namespace Apps {\n  export { type App as App };\n}\n'), null),
    ).toBeNull();
  });
});

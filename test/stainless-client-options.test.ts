/**
 * A Stainless config's client options that are not credentials (`client_settings.opts.<k>` without `auth`):
 * client options of their type, read from their env var or their default, sent with every request as a header
 * (`send_in_header`) or a query parameter (`send_as_query_param`); methods no longer ask for that parameter.
 * Type-checked under tsc --strict and called against a real 127.0.0.1 server.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Tenants', version: '1' },
  servers: [{ url: 'https://api.tenants.test' }],
  paths: {
    '/projects': {
      get: {
        operationId: 'listProjects',
        parameters: [
          { name: 'X-Org-Id', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'region', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = `organization: { name: tenants }
client_settings:
  opts:
    org_id:
      type: string
      read_env: TENANTS_ORG_ID
      nullable: true
      description: The organization every request acts for.
      send_in_header: X-Org-Id
    region:
      type: string
      default: eu
      send_as_query_param: region
    page_size:
      type: integer
      send_as_path_param: size
resources:
  projects:
    methods:
      list: get /projects
`;

const CONSUMER = `import Tenants from './src/index.js';
const client = new Tenants({ orgId: 'org_1', region: 'us' });
// The method no longer asks for the parameters the client sends.
void client.projects.list({ limit: 5 });
void client.projects.list();
// @ts-expect-error: region is the client's, not the method's
void client.projects.list({ region: 'x' });
`;

const server = new TestServer();
let root = '';
let sdk = '';
let warnings: string[] = [];

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-client-options');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  warnings = result.diagnostics.warnings.map((w) => w.message);
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  writeFileSync(path.join(sdk, 'consumer.ts'), CONSUMER);
});
afterAll(async () => {
  await server.stop();
  delete process.env.TENANTS_ORG_ID;
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('client options that are not credentials', () => {
  it('type-check under tsc --strict, and the method does not ask for what the client sends', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('are sent with every request: the given value, else the env var, else the default', async () => {
    server.on('GET /projects', json(200, {}));
    const { Tenants } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    await new Tenants({ baseURL: server.url, orgId: 'org_1', region: 'us' }).projects.list({ limit: 5 });
    process.env.TENANTS_ORG_ID = 'org_env';
    await new Tenants({ baseURL: server.url }).projects.list();
    const [given, fromEnv] = server.received('GET /projects');
    expect(given.headers['x-org-id']).toBe('org_1');
    expect([...given.query]).toEqual([
      ['region', 'us'],
      ['limit', '5'],
    ]);
    expect(fromEnv.headers['x-org-id']).toBe('org_env');
    expect(fromEnv.query.get('region')).toBe('eu');
  });

  it('one sent another way (a path parameter) warns and is left out', () => {
    expect(warnings).toContain(
      'client_settings.opts.page_size: sdkgen generates client options sent as a header (send_in_header) or a query parameter (send_as_query_param); this one is left out',
    );
  });
});

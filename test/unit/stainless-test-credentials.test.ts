/**
 * Which credentials that may be null the endpoint tests of an SDK from a Stainless config give the client, and which
 * Python clients check for one before a request (`_validate_headers`), by the security's requirements:
 * - TypeScript (`tests/api-resources`): those whose scheme the first requirement names, the others being alternatives
 *   to it, an empty one too (honcho-node, `security: [HTTPBearer, {}]`: `apiKey: 'My API Key'`; llama-stack's
 *   `[{}, BearerAuth]`: none);
 * - Python: no `_validate_headers` where the security allows none anywhere (honcho-python and agentex-python, whose
 *   `[bearer, {}]` clients have none).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const SPEC = openapi({
  paths: {
    '/apps': {
      get: {
        operationId: 'listApps',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
});

/** A config whose `security` is `security` (YAML flow), with a nullable bearer token option. */
function configWith(security: string): string {
  return [
    'organization: { name: apps }',
    'targets:',
    '  typescript: { package_name: apps-sdk }',
    '  python: { package_name: apps }',
    'security_schemes:',
    '  HTTPBearer: { type: http, scheme: bearer }',
    `security: ${security}`,
    'client_settings:',
    '  opts:',
    '    api_key:',
    '      type: string',
    '      nullable: true',
    '      read_env: APPS_API_KEY',
    '      auth: { security_scheme: HTTPBearer }',
    'resources:',
    '  apps:',
    "    methods: { list: 'get /apps' }",
    '',
  ].join('\n');
}

async function generated(security: string, target: 'typescript' | 'python', file: string): Promise<string> {
  const spec = writeSpec(SPEC);
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, configWith(security));
  const { files } = await generate({ spec, config, ...(target === 'python' ? { target: 'python' } : {}) });
  const text = files.find((f) => f.path === file)?.contents;
  expect(text, `${file} is written`).toBeDefined();
  return text!;
}

describe("the endpoint tests' credentials, by the security's first requirement", () => {
  it('TypeScript: a credential whose scheme the first requirement names, though an empty one follows', async () => {
    const test = await generated('[{ HTTPBearer: [] }, {}]', 'typescript', 'tests/api-resources/apps.test.ts');
    expect(test).toContain("apiKey: 'My API Key'");
  }, 60_000);

  it('TypeScript: none where the first requirement is empty', async () => {
    const test = await generated('[{}, { HTTPBearer: [] }]', 'typescript', 'tests/api-resources/apps.test.ts');
    expect(test).toContain('const client = new');
    expect(test).not.toContain('apiKey');
  }, 60_000);

  it('Python: no _validate_headers where the security allows none, first requirement or not', async () => {
    for (const security of ['[{ HTTPBearer: [] }, {}]', '[{}, { HTTPBearer: [] }]'])
      expect(await generated(security, 'python', 'src/apps/_client.py')).not.toContain('_validate_headers');
    // (Where it asks for one, the client checks it has one.)
    expect(await generated('[{ HTTPBearer: [] }]', 'python', 'src/apps/_client.py')).toContain('_validate_headers');
  }, 60_000);
});

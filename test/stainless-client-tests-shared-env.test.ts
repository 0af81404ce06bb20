/**
 * Two client options read from one environment variable (issue 89, sambanova: `apiKey` for bearer auth and `xAPIKey`
 * for the `x-api-key` scheme, both `read_env: SAMBANOVA_API_KEY`). Stainless's client tests (`tests/index.test.ts`)
 * set the variable for `new Client()`: set twice in one object literal, it is TS1117 ("An object literal cannot have
 * multiple properties with the same name") and the second value wins, so the first option's expectation fails. The
 * variable is set once, and each option reading it expects its value.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

const root = tempDir('stainless-client-tests-shared-env');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SPEC = {
  openapi: '3.0.0',
  info: { title: 'Acme', version: '1.0' },
  servers: [{ url: 'https://api.acme.test' }],
  security: [{ BearerAuth: [] }, { ApiKeyAuth: [] }],
  components: {
    securitySchemes: {
      BearerAuth: { type: 'http', scheme: 'bearer' },
      ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'x-api-key' },
    },
  },
  paths: { '/health': { get: { operationId: 'check', responses: { '204': { description: 'ok' } } } } },
};
const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
client_settings:
  opts:
    api_key:
      type: string
      read_env: ACME_API_KEY
      auth: { security_scheme: BearerAuth }
    x_api_key:
      type: string
      read_env: ACME_API_KEY
      nullable: true
      auth: { security_scheme: ApiKeyAuth }
environments:
  production: https://api.acme.test
resources:
  health:
    methods:
      check: get /health
`;

describe('client options sharing an environment variable, in the client tests', () => {
  it('set the variable once, each option expecting its value, and type-check', async () => {
    const input = path.join(root, 'input');
    mkdirSync(input, { recursive: true });
    const result = await generateFrom(input, SPEC, CONFIG);
    const tests = result.files.find((f) => f.path === 'tests/index.test.ts')!.contents;
    expect(tests).toContain("withEnv({ ACME_API_KEY: 'My API Key' }, () => {");
    expect(tests).toContain("withEnv({ ACME_API_KEY: 'another My API Key' }, () => {");
    expect(tests).toContain("expect(client.xAPIKey).toBe('My API Key');");
    expect(tests).toContain("expect(client.xAPIKey).toBe('My X API Key');");
    const out = path.join(root, 'sdk');
    writeFiles(
      out,
      result.files.filter((f) => !f.path.startsWith('tests/api-resources/')),
    );
    const { output } = typeCheckStrict(out, ['src/**/*.ts', 'tests/index.test.ts']);
    expect(output).not.toContain('TS1117');
  }, 120_000);
});

/**
 * A Python SDK's endpoint tests and path-param checks by era (stainless/python-era.ts): before
 * TEST_CLIENT_FIXTURES_SINCE (2024-01-18, "share client instances between all tests") each test class builds its two
 * clients (`strict_client`, `loose_client`) and the async tests take `client`; the mock server's URL comes from
 * `API_BASE_URL` before TEST_BASE_URL_ENV_SINCE (2023-10-02) and the first credential from `API_KEY` before
 * TEST_DUMMY_CREDENTIALS_SINCE (2023-10-12), the other options given inline; a method checks a string path param is
 * not empty, and its tests say so, from EMPTY_PATH_PARAM_CHECKS_SINCE (2024-01-16) on.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runTestsAgainstPrism } from '../helpers/python';
import { generatePythonInto, pythonFilesAtEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
security: [{ basicAuth: [] }]
components:
  securitySchemes:
    basicAuth: { type: http, scheme: basic }
paths:
  /servers:
    post:
      operationId: createServer
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
  /servers/{id}/actions/reboot:
    post:
      operationId: rebootServer
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  opts:
    organization_id:
      type: string
      read_env: ACME_ORGANIZATION_ID
      auth: { security_scheme: basicAuth, role: username }
    api_key:
      type: string
      read_env: ACME_API_KEY
      auth: { security_scheme: basicAuth, role: password }
resources:
  servers:
    methods:
      create: post /servers
    subresources:
      actions:
        methods:
          reboot: post /servers/{id}/actions/reboot
`;

const root = pythonTempDir('py-test-clients-era');
writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
writeFileSync(path.join(root, 'stainless.yml'), CONFIG);

/** The SDK's files at `era`, by their path in the output. */
const sdkAt = (era: string) => pythonFilesAtEra(root, era);

const TESTS = 'tests/api_resources/servers/test_actions.py';
const RESOURCE = 'src/acme/resources/servers/actions.py';
const CHECK = 'raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")';

describe('endpoint tests by era', () => {
  it('build their clients in each class, from API_BASE_URL and API_KEY, before 2023-10-02', async () => {
    const tests = (await sdkAt('2023-10-01+plain-resource-names'))(TESTS);
    expect(tests).toContain(
      [
        'base_url = os.environ.get("API_BASE_URL", "http://127.0.0.1:4010")',
        'organization_id = os.environ.get("API_KEY", "something1234")',
        '',
        '',
        'class TestActions:',
        '    strict_client = Acme(',
        '        base_url=base_url, organization_id=organization_id, _strict_response_validation=True, api_key="My API Key"',
        '    )',
      ].join('\n'),
    );
    expect(tests).toContain(
      '    parametrize = pytest.mark.parametrize("client", [strict_client, loose_client], ids=["strict", "loose"])',
    );
    expect(tests).toContain('    async def test_method_reboot(self, client: AsyncAcme) -> None:\n');
    expect(tests).toContain('        action = await client.servers.actions.reboot(\n');
    expect(tests).not.toMatch(/indirect=True|async_client|test_path_params_/);
  });

  it('read TEST_API_BASE_URL from 2023-10-02, the dummy credentials as constants from 2023-10-12', async () => {
    const oct2 = (await sdkAt('2023-10-02+plain-resource-names'))(TESTS);
    expect(oct2).toContain('base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")\n');
    expect(oct2).toContain('organization_id = os.environ.get("API_KEY", "something1234")\n');
    const oct12 = (await sdkAt('2023-10-12+plain-resource-names'))(TESTS);
    expect(oct12).toContain('organization_id = "My Organization ID"\napi_key = "My API Key"\n');
    expect(oct12).toContain(
      '    strict_client = Acme(\n' +
        '        base_url=base_url, organization_id=organization_id, api_key=api_key, _strict_response_validation=True\n' +
        '    )\n',
    );
  });

  it('check an empty path param from 2024-01-16, and take conftest.py fixtures from 2024-01-18', async () => {
    const jan15 = await sdkAt('2024-01-15');
    expect(jan15(RESOURCE)).not.toContain('Expected a non-empty value');
    expect(jan15(TESTS)).not.toContain('test_path_params_');
    const jan17 = await sdkAt('2024-01-17');
    expect(jan17(RESOURCE)).toContain(`        if not id:\n            ${CHECK}\n`);
    expect(jan17(TESTS)).toContain('    def test_path_params_reboot(self, client: Acme) -> None:\n');
    expect(jan17(TESTS)).toContain('    async def test_path_params_reboot(self, client: AsyncAcme) -> None:\n');
    expect(jan17(TESTS)).toContain('strict_client = AsyncAcme(');
    const jan18 = (await sdkAt('2024-01-18'))(TESTS);
    expect(jan18).not.toMatch(/strict_client|^api_key = /m);
    expect(jan18).toContain(
      '    parametrize = pytest.mark.parametrize("async_client", [False, True], indirect=True, ids=["loose", "strict"])',
    );
    expect(jan18).toContain('    async def test_path_params_reboot(self, async_client: AsyncAcme) -> None:\n');
  });
});

// pyright strict over each era's src/ and tests/ and the endpoint tests against Prism: `npm run test:python`'s.
if (!PYTHON_FULL) console.log(`test-clients-era: pyright and pytest are ${FULL_ONLY_NOTICE}`);
describe('type-check and run', () => {
  for (const era of ['2023-10-01+plain-resource-names', '2024-01-17']) {
    it.runIf(PYTHON_FULL)(
      `the SDK of ${era}`,
      async () => {
        const dir = pythonTempDir(`py-test-clients-${era}`);
        const out = generatePythonInto(dir, path.join(dir, 'out'), {
          spec: { name: 'openapi.yaml', text: SPEC },
          config: { name: 'stainless.yml', text: CONFIG },
          args: ['--stainless-era', era],
        });
        expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'])).toEqual([]);
        const { cases } = await runTestsAgainstPrism({
          spec: path.join(dir, 'openapi.yaml'),
          sdk: out,
          // (Prism's start is slow on a loaded machine.)
          prismTimeout: 400_000,
        });
        expect(cases.filter((c) => c.outcome === 'failed').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
        const names = cases.map((c) => c.base.replace(/^.*::/, ''));
        expect(names.filter((n) => n.startsWith('test_method_reboot')).length).toBeGreaterThan(0);
        expect(names.some((n) => n.startsWith('test_path_params_reboot'))).toBe(era >= '2024-01-16');
      },
      1_200_000,
    );
  }
});

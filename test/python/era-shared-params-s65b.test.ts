/**
 * Python SDKs of 2023 by era (stainless/python-type-era.ts, python-era.ts): a request names a shared type as an
 * attribute of the `shared_params` package (`address: shared_params.Address`, `from ..types import shared_params`),
 * enums before SHARED_PLAIN_PARAMS_BY_NAME_SINCE (2023-10-25) and objects before SHARED_OBJECT_PARAMS_BY_NAME_SINCE
 * (2024-08-12); every import wraps at isort's 88 columns before 2023-12-22; tests/conftest.py holds no client before
 * TEST_CLIENT_FIXTURES_SINCE (2024-01-18); scripts/test sets (and honours) the variable the endpoint tests read,
 * `API_BASE_URL` before TEST_BASE_URL_ENV_SINCE (2023-10-02).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, venvPython } from '../helpers/python';
import { startPrismProcess } from '../helpers/prism-process';
import { generatePythonInto, pythonFilesAtEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
security: [{ bearerAuth: [] }]
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer }
  schemas:
    Sort: { type: string, enum: [asc, desc] }
    Address:
      type: object
      required: [city]
      properties: { city: { type: string }, line: { type: string } }
    Server:
      type: object
      properties: { id: { type: integer }, name: { type: string } }
paths:
  /servers:
    get:
      operationId: listServers
      parameters:
        - { name: sort, in: query, schema: { $ref: '#/components/schemas/Sort' } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Server' } } } } }
    post:
      operationId: createServer
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                address: { $ref: '#/components/schemas/Address' }
                sort: { $ref: '#/components/schemas/Sort' }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Server' } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  opts:
    api_key:
      type: string
      read_env: ACME_API_KEY
      auth: { security_scheme: bearerAuth }
resources:
  $shared:
    models:
      sort: '#/components/schemas/Sort'
      address: '#/components/schemas/Address'
  servers:
    models:
      server: '#/components/schemas/Server'
    methods:
      list: get /servers
      create: post /servers
`;

const root = pythonTempDir('py-era-shared-params');
writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
writeFileSync(path.join(root, 'stainless.yml'), CONFIG);

const sdkAt = (era: string) => pythonFilesAtEra(root, `${era}+plain-resource-names`);

const RESOURCE = 'src/acme/resources/servers.py';
const PARAMS = 'src/acme/types/server_create_params.py';

describe('shared types in requests by era', () => {
  it('are attributes of shared_params before 2023-10-25, the enums by name from then on', async () => {
    const oct24 = await sdkAt('2023-10-24');
    expect(oct24(RESOURCE)).toContain('        address: shared_params.Address | NotGiven = NOT_GIVEN,\n');
    expect(oct24(RESOURCE)).toContain('        sort: shared_params.Sort | NotGiven = NOT_GIVEN,\n');
    // (isort's black profile wraps the types import past 88 columns, the module imported by name among them.)
    expect(oct24(RESOURCE)).toMatch(/^from \.\.types import \(\n( {4}\w+,\n)* {4}shared_params,\n( {4}\w+,\n)*\)$/m);
    expect(oct24(RESOURCE)).not.toContain('import Sort');
    expect(oct24(PARAMS)).toContain('from ..types import shared_params\n');
    expect(oct24(PARAMS)).toContain('    address: shared_params.Address\n');
    expect(oct24(PARAMS)).toContain('    sort: shared_params.Sort\n');
    const oct25 = await sdkAt('2023-10-25');
    expect(oct25(RESOURCE)).toContain('        address: shared_params.Address | NotGiven = NOT_GIVEN,\n');
    expect(oct25(RESOURCE)).toContain('        sort: Sort | NotGiven = NOT_GIVEN,\n');
    expect(oct25(RESOURCE)).toContain('from ..types.shared import Sort\n');
    expect(oct25(PARAMS)).toContain('    sort: Sort\n');
  });

  it('are imported by name from 2024-08-12', async () => {
    const aug11 = await sdkAt('2024-08-11');
    expect(aug11(RESOURCE)).toContain('        address: shared_params.Address | NotGiven = NOT_GIVEN,\n');
    const aug12 = await sdkAt('2024-08-12');
    expect(aug12(RESOURCE)).not.toMatch(/shared_params\.[A-Z]/);
    expect(aug12(RESOURCE)).toContain('from ..types.shared_params.address import Address\n');
    expect(aug12(PARAMS)).not.toMatch(/shared_params\.[A-Z]/);
  });
});

describe('the test scaffolding by era', () => {
  it('conftest.py builds no client before 2024-01-18', async () => {
    const jan17 = (await sdkAt('2024-01-17'))('tests/conftest.py');
    expect(jan17).not.toMatch(/def (async_)?client|base_url|api_key/);
    expect(jan17).toContain('def pytest_collection_modifyitems(');
    const jan18 = (await sdkAt('2024-01-18'))('tests/conftest.py');
    expect(jan18).toContain('def client(request: FixtureRequest) -> Iterator[Acme]:');
    expect(jan18).toContain('async def async_client(request: FixtureRequest) -> AsyncIterator[AsyncAcme]:');
  });

  it('scripts/test and CONTRIBUTING.md name API_BASE_URL before 2023-10-02', async () => {
    const oct1 = await sdkAt('2023-10-01');
    expect(oct1('scripts/test')).toContain('if [ -z "${API_BASE_URL:-}" ]; then');
    expect(oct1('scripts/test')).toContain('export API_BASE_URL="http://127.0.0.1:4010"');
    expect(oct1('scripts/test')).not.toContain('TEST_API_BASE_URL');
    expect(oct1('CONTRIBUTING.md')).toContain('API_BASE_URL=http://127.0.0.1:4010 ./scripts/test');
    const oct2 = await sdkAt('2023-10-02');
    expect(oct2('scripts/test')).toContain('if [ -z "${TEST_API_BASE_URL:-}" ]; then');
  });
});

// pyright strict over each era's src/ and tests/; the 2023 SDK's own scripts/test against Prism on a port of its own.
if (!PYTHON_FULL) console.log(`era-shared-params: pyright and pytest are ${FULL_ONLY_NOTICE}`);
describe('type-check and run', () => {
  for (const era of ['2023-10-01', '2023-10-25', '2024-01-17']) {
    it.runIf(PYTHON_FULL)(
      `the SDK of ${era}`,
      async () => {
        const dir = pythonTempDir(`py-era-shared-params-${era}`);
        const out = generatePythonInto(dir, path.join(dir, 'out'), {
          spec: { name: 'openapi.yaml', text: SPEC },
          config: { name: 'stainless.yml', text: CONFIG },
          args: ['--stainless-era', `${era}+plain-resource-names`],
        });
        expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'])).toEqual([]);
        // scripts/test with the SDK's own variable set: it starts no mock (npm and npx stand-ins fail if asked), and
        // the endpoint tests reach the server it names.
        symlinkSync(path.dirname(path.dirname(venvPython())), path.join(out, '.venv'));
        const bin = path.join(dir, 'bin');
        mkdirSync(bin);
        for (const tool of ['npm', 'npx']) {
          writeFileSync(path.join(bin, tool), '#!/usr/bin/env bash\necho "no mock server here" >&2\nexit 3\n');
          chmodSync(path.join(bin, tool), 0o755);
        }
        const prism = await startPrismProcess(path.join(dir, 'openapi.yaml'), { verbose: 'error', timeout: 400_000 });
        try {
          const variable = era >= '2023-10-02' ? 'TEST_API_BASE_URL' : 'API_BASE_URL';
          const env: NodeJS.ProcessEnv = {
            ...process.env,
            PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
            PYTHONPATH: [path.join(out, 'src'), out].join(path.delimiter),
            [variable]: prism.url,
          };
          delete env[variable === 'API_BASE_URL' ? 'TEST_API_BASE_URL' : 'API_BASE_URL'];
          const args = ['-o', 'addopts=', '-q', '-p', 'no:cacheprovider', '-k', 'not loose', 'tests/api_resources'];
          const run = spawnSync('bash', ['scripts/test', ...args], {
            cwd: out,
            env,
            encoding: 'utf8',
            timeout: 900_000,
          });
          expect(run.status, run.stdout + run.stderr).toBe(0);
          expect(run.stdout).toMatch(/\b[1-9]\d* passed\b/);
          expect(run.stdout).not.toMatch(/\bfailed\b|\berror/);
        } finally {
          prism.stop();
        }
      },
      1_200_000,
    );
  }
});

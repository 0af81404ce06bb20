/**
 * A client whose credential is sent as a query param (a security scheme `in: query`, the config's option naming it
 * with `send_as_query_param`) returns it from `_get_<option>_query_param()` after `with_options = copy`, as
 * onebusaway's `_get_api_key_query_param` (in every era where the option says so: below). A credential in a
 * header has no such method at any era.
 * An option that is no credential and that a config sends as a query param (`send_as_query_param: region`) has its
 * getter in every era, named after the option, and the methods whose query param it fills read it so
 * (`client_region = self._client._get_region_name_query_param()`), as Stainless's own test SDK does before 2025-02-28
 * as after. With SDKGEN_PYTHON_TESTS=full: pyright strict and mypy over that package, and its calls to a real server
 * on 127.0.0.1 send the client's value where the call gives none.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/query-array-format.test.ts samples Python params (docs/contributing.md, "What `npm test`
// samples").
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonSdk } from '../helpers/python-sdk';

const spec = (scheme: string) => `
openapi: 3.0.3
info: { title: Transit, version: '1' }
servers: [{ url: 'https://api.example.com' }]
security: [{ ApiKeyAuth: [] }]
components:
  securitySchemes:
    ApiKeyAuth: ${scheme}
paths:
  /stops:
    get:
      operationId: listStops
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const config = (sendAs: string) => `
organization: { name: transit }
targets:
  python: { package_name: transit }
client_settings:
  opts:
    api_key:
      type: string
      auth: { security_scheme: ApiKeyAuth }
      read_env: TRANSIT_API_KEY
      ${sendAs}
resources:
  stops:
    methods:
      list: get /stops
`;

const inQuery = pythonPackageByEra(
  'query-key-getter',
  spec('{ type: apiKey, in: query, name: key }'),
  config('send_as_query_param: key'),
  'transit',
);
const schemeOnly = pythonPackageByEra(
  'query-key-scheme-only',
  spec('{ type: apiKey, in: query, name: key }'),
  config(''),
  'transit',
);
const inHeader = pythonPackageByEra(
  'header-key-getter',
  spec('{ type: apiKey, in: header, name: X-Api-Key }'),
  config('send_as_header: X-Api-Key'),
  'transit',
);

describe.runIf(PYTHON_FULL)('_get_<option>_query_param by era', () => {
  it('is written after with_options = copy, in both clients', async () => {
    for (const era of [null, '2025-05-20', '2026-03-14']) {
      const client = (await inQuery(era))('_client.py');
      const getter = '    def _get_api_key_query_param(self) -> str | None:\n        return self.api_key\n';
      expect(client.split(getter).length - 1, `era ${era}`).toBe(2);
      expect(client).toContain(`    with_options = copy\n\n${getter}`);
      expect(client).toMatch(/"key": self\.api_key/);
    }
  });

  it('is not written for a credential sent in a header', async () => {
    expect((await inHeader(null))('_client.py')).not.toContain('_query_param');
  });

  // onebusaway's config gained `send_as_query_param: key` on 2025-05-20 and its SDK's getter came with it: the
  // getter follows the option (the IR keeps `Auth`'s `sendAsQueryParam`), not the era, nor the scheme's `in: query`.
  it("is written where the option's send_as_query_param says so, in an era before 2025-05-20 too", async () => {
    const getter = '    def _get_api_key_query_param(self) -> str | None:\n        return self.api_key\n';
    for (const era of ['2024-10-01', '2025-05-19']) {
      expect((await inQuery(era))('_client.py').split(getter).length - 1, `era ${era}`).toBe(2);
    }
  });

  it('is not written where the scheme alone puts the key in the query, in any era', async () => {
    for (const era of ['2025-05-19', '2025-05-20', null]) {
      const client = (await schemeOnly(era))('_client.py');
      expect(client, `era ${era}`).not.toContain('_query_param');
      expect(client, `era ${era}`).toMatch(/"key": self\.api_key/);
    }
  });
});

const SETTING_SPEC = `
openapi: 3.0.3
info: { title: Transit, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /stops:
    get:
      operationId: listStops
      parameters:
        - { name: region, in: query, required: false, schema: { type: string } }
        - { name: limit, in: query, required: false, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const SETTING_CONFIG = `
organization: { name: transit }
targets:
  python: { package_name: transit }
client_settings:
  opts:
    region_name:
      type: string
      nullable: true
      read_env: TRANSIT_REGION
      send_as_query_param: region
resources:
  stops:
    methods:
      list: get /stops
`;

describe.runIf(PYTHON_FULL)('_get_<option>_query_param of an option filling a query param', () => {
  const byEra = pythonPackageByEra('setting-query-getter', SETTING_SPEC, SETTING_CONFIG, 'transit');

  it('is written in every era, named after the option, and the method reads the param from it', async () => {
    for (const era of ['2024-10-01', '2025-05-19', null]) {
      const file = await byEra(era);
      const getter = '    def _get_region_name_query_param(self) -> str | None:\n        return self.region_name\n';
      expect(file('_client.py').split(getter).length - 1, `era ${era}`).toBe(2);
      const stops = file('resources/stops.py');
      expect(stops, `era ${era}`).toContain(
        '        client_region = self._client._get_region_name_query_param()\n' +
          '        if not is_given(region) and client_region is not None:\n' +
          '            region = client_region\n',
      );
      expect(stops).not.toContain('self._client.region_name');
    }
  });

  const sdk = pythonSdk('setting-query-getter-full', {
    spec: { name: 'openapi.yaml', text: SETTING_SPEC },
    config: { name: 'stainless.yml', text: SETTING_CONFIG },
  });
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, and sends the client value where the call gives none',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/transit'], ['src', '.'])).toEqual([]);
      const mypy = await runMypy(sdk.out, ['--cache-dir', path.join(sdk.dir, 'mypy-cache'), 'src/transit']);
      expect(mypy.errors).toEqual([]);
      const run = await sdk.run(
        `${LOCAL_SERVER}
import asyncio
from transit import Transit, AsyncTransit

url, seen = serve_recording(lambda request: request.path)
Transit(base_url=url, max_retries=0, region_name="eu").stops.list(limit=1)
Transit(base_url=url, max_retries=0, region_name="eu").stops.list(region="us")
Transit(base_url=url, max_retries=0).stops.list()
asyncio.run(AsyncTransit(base_url=url, max_retries=0, region_name="ap").stops.list())
print(json.dumps(seen))
`,
        { timeout: 5 * 60 * 1000 },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([
        '/stops?limit=1&region=eu',
        '/stops?region=us',
        '/stops',
        '/stops?region=ap',
      ]);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright, mypy and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});

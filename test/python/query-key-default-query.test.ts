/**
 * A credential sent as a query param (an `apiKey` scheme `in: query`) is part of the client's `default_query`, after
 * the base client's and before the caller's, as Stainless's clients write it (onebusaway's
 * `"key": self.api_key` in `default_query`; no `auth_query`, and no `auth_headers` where no credential goes in a
 * header). A nullable one is left out while None. The SDK sends it to a real 127.0.0.1 server beside the caller's
 * default query and a method's own query params, and a copy sends its own key; pyright strict and mypy accept the
 * client under SDKGEN_PYTHON_TESTS=full.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/query-array-format.test.ts samples Python params (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { generatePythonInto, LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Transit, version: '1' }
servers: [{ url: 'https://api.example.com' }]
security: [{ ApiKeyAuth: [] }]
components:
  securitySchemes:
    ApiKeyAuth: { type: apiKey, in: query, name: key }
    TokenAuth: { type: apiKey, in: query, name: token }
paths:
  /stops:
    get:
      operationId: listStops
      parameters:
        - { in: query, name: lat, schema: { type: number } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
`;

const config = (nullable: boolean) => `
organization: { name: transit }
targets:
  python: { package_name: transit }
client_settings:
  opts:
    api_key:
      type: string
      read_env: TRANSIT_API_KEY
      auth: { security_scheme: ApiKeyAuth }
    token:
      type: string
      nullable: ${nullable}
      read_env: TRANSIT_TOKEN
      auth: { security_scheme: TokenAuth }
resources:
  stops:
    methods:
      list: get /stops
`;

describe.runIf(PYTHON_FULL)('a credential sent as a query param', () => {
  const dir = pythonTempDir('py-query-key');
  let out = '';
  const client = () => readFileSync(path.join(out, 'src/transit/_client.py'), 'utf8');
  beforeAll(() => {
    out = generatePythonInto(dir, path.join(dir, 'sdk'), {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: config(true) },
    });
  }, 180_000);

  it("is an entry of the client's default_query, a nullable one while set; no auth_query nor auth_headers", () => {
    const text = client();
    const defaultQuery = [
      '    @property',
      '    @override',
      '    def default_query(self) -> dict[str, object]:',
      '        return {',
      '            **super().default_query,',
      '            "key": self.api_key,',
      '            **({"token": self.token} if self.token is not None else {}),',
      '            **self._custom_query,',
      '        }',
    ].join('\n');
    // Once in each of the two clients, after its default_headers.
    expect(text.split(defaultQuery)).toHaveLength(3);
    expect(text.indexOf('def default_headers')).toBeLessThan(text.indexOf('def default_query'));
    expect(text).not.toContain('def auth_query');
    expect(text).not.toContain('def auth_headers');
  });

  it("sends it with the caller's default query and the method's params; a copy sends its own", async () => {
    const program = `${LOCAL_SERVER}
from transit import Transit, AsyncTransit
import asyncio

seen = []

def record(request):
    seen.append(request.path)
    return {"ok": True}

url = serve(record)
client = Transit(base_url=url, api_key="k1", default_query={"lang": "en"}, max_retries=0)
client.stops.list(lat=1.5)
client.copy(api_key="k2").stops.list()
client.with_options(token="t").stops.list(extra_query={"key": "mine"})
asyncio.run(AsyncTransit(base_url=url, api_key="k3", max_retries=0).stops.list())
print("\\n".join(seen))
`;
    const result = await runPythonAgainst(out, program);
    expect(result.stderr).toBe('');
    const queries = result.stdout
      .trim()
      .split('\n')
      .map((sent) => Object.fromEntries(new URL(sent, 'http://127.0.0.1').searchParams));
    expect(queries).toEqual([
      { key: 'k1', lang: 'en', lat: '1.5' },
      { key: 'k2', lang: 'en' },
      { key: 'mine', token: 't', lang: 'en' },
      { key: 'k3' },
    ]);
  }, 120_000);

  if (!PYTHON_FULL) console.log(`query-key-default-query: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy',
    async () => {
      const files = ['src/transit/_client.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});

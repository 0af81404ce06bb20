/**
 * Two params of one method with the same wire name in different places (a query `timeout` and a body `timeout`) are
 * two keyword arguments (`query_timeout`, `body_timeout`, the IR's names, with a warning): the params TypedDict
 * declares both, each keyed by its argument's name with its wire name as alias and its own type (before, one key
 * stood for both, of one of their types), and the request sends each in its place under its wire name. pyright strict
 * and mypy accept the package and a caller under SDKGEN_PYTHON_TESTS=full.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/path-collision-keys.test.ts samples Python params (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { generatePythonInto, LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /runs:
    post:
      operationId: createRun
      parameters:
        - { in: query, name: timeout, schema: { type: integer }, description: Seconds the server waits. }
        - { in: query, name: limit, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [timeout]
              properties:
                timeout: { type: number, description: Seconds the run may take. }
                limit: { type: boolean }
                name: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  runs:
    methods:
      create: post /runs
`;

const CALLER = `from acme_sdk import Acme
from acme_sdk.types import RunCreateParams

client = Acme(base_url="http://127.0.0.1:4010")
client.runs.create(body_timeout=1.5, query_timeout=3, query_limit="x", body_limit=True, timeout=30.0)
params: RunCreateParams = {"body_timeout": 1.5, "query_timeout": 3, "query_limit": "x", "body_limit": True}
`;

describe.runIf(PYTHON_FULL)('a query param and a body param of the same wire name', () => {
  const dir = pythonTempDir('py-same-wire-name');
  let out = '';
  const read = (file: string) => readFileSync(path.join(out, 'src/acme_sdk', file), 'utf8');
  beforeAll(() => {
    out = generatePythonInto(dir, path.join(dir, 'sdk'), {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });
  }, 180_000);

  it('are both declared in the params TypedDict, by their argument names, each aliased and of its own type', () => {
    const params = read('types/run_create_params.py');
    expect(params).toContain('body_timeout: Required[Annotated[float, PropertyInfo(alias="timeout")]]');
    expect(params).toContain('query_timeout: Annotated[int, PropertyInfo(alias="timeout")]');
    expect(params).toContain('query_limit: Annotated[str, PropertyInfo(alias="limit")]');
    expect(params).toContain('body_limit: Annotated[bool, PropertyInfo(alias="limit")]');
    expect(params).toMatch(/\n {4}name: str\n/);
    expect(params).not.toMatch(/\n {4}(api_timeout|limit):/);
  });

  it('are keyed by their argument names in the dicts the resource sends', () => {
    const resource = read('resources/runs.py');
    expect(resource).toContain('"body_timeout": body_timeout,');
    expect(resource).toContain('"query_timeout": query_timeout,');
    expect(resource).toContain('"body_limit": body_limit,');
    expect(resource).toContain('"query_limit": query_limit,');
  });

  it('sends each in its place under its wire name to a real server', async () => {
    const program = `${LOCAL_SERVER}
from acme_sdk import Acme

seen = []

def record(request):
    seen.append(request.path)
    seen.append(request.body.decode())
    return {"ok": True}

client = Acme(base_url=serve(record), max_retries=0)
client.runs.create(body_timeout=1.5, query_timeout=3, query_limit="x", body_limit=True, name="n")
print("\\n".join(seen))
`;
    const result = await runPythonAgainst(out, program);
    expect(result.stderr).toBe('');
    const [sentPath, body] = result.stdout.trim().split('\n');
    const url = new URL(sentPath!, 'http://127.0.0.1');
    expect(url.pathname).toBe('/runs');
    expect(Object.fromEntries(url.searchParams)).toEqual({ limit: 'x', timeout: '3' });
    expect(JSON.parse(body!)).toEqual({ timeout: 1.5, limit: true, name: 'n' });
  }, 120_000);

  if (!PYTHON_FULL) console.log(`same-wire-name-params: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, with a caller of both',
    async () => {
      writeFileSync(path.join(out, 'call_create.py'), CALLER);
      const files = ['src/acme_sdk/resources/runs.py', 'src/acme_sdk/types/run_create_params.py', 'call_create.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});

/**
 * A method's own param named as one of the request options every method takes (`extra_headers`, `extra_query`,
 * `extra_body`, `timeout`) is `api_<name>` in Stainless's Python SDKs (browserbase's and steel's
 * `sessions.create(api_timeout=60)`): the keyword, the key of the dict the resource transforms, and the params
 * TypedDict's key (each body variant's too), aliased to the wire name. A nested object's `timeout` stays. The SDK
 * sends the wire names to a real 127.0.0.1 server, and type-checks (pyright strict, mypy) under
 * SDKGEN_PYTHON_TESTS=full.
 */
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
  /sessions/{session_id}/runs:
    post:
      operationId: createRun
      parameters:
        - { name: session_id, in: path, required: true, schema: { type: string } }
        - { name: extra_query, in: query, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                timeout: { type: integer, description: Seconds the run may take. }
                options:
                  type: object
                  properties:
                    timeout: { type: integer }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
  /jobs:
    post:
      operationId: createJob
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - { type: object, required: [url], properties: { url: { type: string }, timeout: { type: integer } } }
                - { type: object, required: [text], properties: { text: { type: string }, timeout: { type: integer } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  runs:
    methods:
      create: post /sessions/{session_id}/runs
  jobs:
    methods:
      create: post /jobs
`;

const CALLER = `from acme_sdk import Acme

client = Acme(base_url="http://127.0.0.1:4010")
client.runs.create("s", name="a", api_timeout=60, api_extra_query="q", options={"timeout": 5}, timeout=30.0)
client.jobs.create(url="u", api_timeout=3)
`;

describe('a param named as a request option', () => {
  const dir = pythonTempDir('py-request-option-names');
  let out = '';
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
  beforeAll(() => {
    out = generatePythonInto(dir, path.join(dir, 'sdk'), {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });
  }, 180_000);

  it('is api_<name> in the params TypedDict, aliased to its wire name; a nested key stays', () => {
    const params = read('src/acme_sdk/types/run_create_params.py');
    expect(params).toContain('api_timeout: Annotated[int, PropertyInfo(alias="timeout")]');
    expect(params).toContain('api_extra_query: Annotated[str, PropertyInfo(alias="extra_query")]');
    const [own, nested] = params.split('class Options(');
    expect(own).not.toMatch(/\n {4}(timeout|extra_query)_?: /);
    expect(nested).toMatch(/\n {4}timeout: int\n/);
  });

  it("is the method's keyword and its key in the dicts the resource sends; the request options stay", () => {
    const resource = read('src/acme_sdk/resources/runs.py');
    expect(resource).toMatch(/\n {8}api_extra_query: str \| (Omit|NotGiven) = (omit|NOT_GIVEN),\n/);
    expect(resource).toMatch(/\n {8}api_timeout: int \| (Omit|NotGiven) = (omit|NOT_GIVEN),\n/);
    expect(resource).toContain('"api_timeout": api_timeout,');
    expect(resource).toMatch(/"api_extra_query": api_extra_query/);
    expect(resource).toMatch(/\n {10}api_timeout: Seconds the run may take\./);
    expect(resource).toMatch(/\n {8}timeout: float \| httpx\.Timeout \| None \| NotGiven = (not_given|NOT_GIVEN),\n/);
    expect(resource).not.toMatch(/\b(timeout_|extra_query_)\b/);
  });

  it("is so in each body variant's TypedDict, overload and dict", () => {
    const params = read('src/acme_sdk/types/job_create_params.py');
    expect(params.match(/\n {4}api_timeout: Annotated\[int, PropertyInfo\(alias="timeout"\)\]\n/g)).toHaveLength(2);
    const resource = read('src/acme_sdk/resources/jobs.py');
    expect(resource.match(/\n {8}api_timeout: int \| (Omit|NotGiven) = (omit|NOT_GIVEN),\n/g)?.length).toBeGreaterThan(
      2,
    );
    expect(resource).toContain('"api_timeout": api_timeout,');
  });

  it("is the generated tests' call argument", () => {
    const tests = read('tests/api_resources/test_runs.py');
    expect(tests).toMatch(/\n\s+api_timeout=/);
    expect(tests).toMatch(/\n\s+api_extra_query=/);
    expect(tests).not.toMatch(/\b(timeout_|extra_query_)=/);
  });

  it('sends the wire names to a real server', async () => {
    const program = `${LOCAL_SERVER}
from acme_sdk import Acme

seen = []

def record(request):
    seen.append(request.path)
    seen.append(request.body.decode())
    return {"ok": True}

client = Acme(base_url=serve(record), max_retries=0)
client.runs.create("s", name="a", api_timeout=60, api_extra_query="q", options={"timeout": 5}, timeout=30.0)
client.runs.create("s", name="b", extra_query={"x": "1"}, extra_body={"y": 2})
client.jobs.create(text="t", api_timeout=3)
print("\\n".join(seen))
`;
    const result = await runPythonAgainst(out, program);
    expect(result.stderr).toBe('');
    const [path1, body1, path2, body2, path3, body3] = result.stdout.trim().split('\n');
    expect(path1).toBe('/sessions/s/runs?extra_query=q');
    expect(JSON.parse(body1!)).toEqual({ name: 'a', timeout: 60, options: { timeout: 5 } });
    expect(path2).toBe('/sessions/s/runs?x=1');
    expect(JSON.parse(body2!)).toEqual({ name: 'b', y: 2 });
    expect(path3).toBe('/jobs');
    expect(JSON.parse(body3!)).toEqual({ text: 't', timeout: 3 });
  }, 120_000);

  // pyright and mypy over the generated package: `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's).
  if (!PYTHON_FULL) console.log(`request-option-param-names: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, with a caller using api_<name>',
    async () => {
      writeFileSync(path.join(out, 'call_create.py'), CALLER);
      const files = [
        'src/acme_sdk/resources/runs.py',
        'src/acme_sdk/resources/jobs.py',
        'src/acme_sdk/types/run_create_params.py',
        'src/acme_sdk/types/job_create_params.py',
        'call_create.py',
      ];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});

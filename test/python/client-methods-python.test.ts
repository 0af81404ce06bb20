/**
 * A Stainless config's `$client` methods: Stainless writes them on the client class itself (`client.ping()`), sync
 * and async, and binds them in the client's raw / streaming wrappers (`client.with_raw_response.ping()`). The
 * requests go to a local server that records them (cheap: one generation and one Python process).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/client-method-resource-r30c.test.ts samples the Python client (docs/contributing.md, "What `npm
// test` samples").
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Graph, version: '1' }
paths:
  /ping:
    get:
      operationId: ping
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { ok: { type: boolean } } } } } }
  /read/{graph_id}:
    post:
      operationId: read
      parameters:
        - { name: graph_id, in: path, required: true, schema: { type: string } }
        - { name: branch, in: query, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [query], properties: { query: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { rows: { type: integer } } } } } }
  /export:
    post:
      operationId: export
      responses:
        '200': { description: ok, content: { application/x-ndjson: {} } }
  /runs:
    get:
      operationId: listRuns
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: graph }
targets:
  python: { package_name: graph_sdk }
resources:
  $client:
    methods:
      ping: get /ping
      read: post /read/{graph_id}
      export: post /export
  runs:
    methods:
      list: get /runs
`;

const CHECK = `${LOCAL_SERVER}
import asyncio
from graph_sdk import Graph, AsyncGraph

received = []

def answer(request):
    received.append(f"{request.command} {request.path} {request.body.decode()}".strip())
    payload = {"/ping": b'{"ok": true}', "/export": b'{"a": 1}\\n'}.get(request.path, b'{"rows": 3}')
    return (200, "application/json", payload)

url = serve(answer)

client = Graph(base_url=url, max_retries=0)
received.append(f"ping -> {client.ping().ok}")
received.append(f"read -> {client.read('g1', query='q', branch='main').rows}")
received.append(f"export -> {client.export().read()!r}")
raw = client.with_raw_response.read("g2", query="r")
received.append(f"raw -> {raw.http_request.url.path} {raw.parse().rows}")
with client.with_streaming_response.ping() as response:
    received.append(f"streamed -> {response.parse().ok}")
received.append(f"runs -> {client.runs.list()}")

async def main():
    async_client = AsyncGraph(base_url=url, max_retries=0)
    received.append(f"async read -> {(await async_client.read('g3', query='s')).rows}")
    raw = await async_client.with_raw_response.export()
    received.append(f"async raw export -> {await raw.parse()!r}")

asyncio.run(main())
print("\\n".join(received))
`;

describe.runIf(PYTHON_FULL)("a Stainless config's $client methods", () => {
  // A CLI run: minutes on a loaded machine.
  const sdk = pythonSdk(
    'py-client-methods',
    { spec: { name: 'graph.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 600_000 },
  );

  it('writes them on the client, after with_options, as Stainless does', () => {
    const client = sdk.read('src/graph_sdk/_client.py');
    const sync = client.slice(client.indexOf('class Graph('), client.indexOf('class AsyncGraph('));
    expect(sync.indexOf('    with_options = copy')).toBeLessThan(sync.indexOf('    def ping('));
    expect(sync).toMatch(/ {4}def read\(\n {8}self,\n {8}graph_id: str,\n {8}\*,\n {8}query: str,/);
    expect(client).toContain('    async def read(');
    expect(client).toContain('self.read = to_raw_response_wrapper(');
    // Nothing imported twice (strict pyright's reportDuplicateImport).
    expect(client.match(/^import httpx$/gm)).toHaveLength(1);
    expect(client.match(/^from \._types import /gm)).toHaveLength(1);
    expect(client).toMatch(/^from \._types import \([^)]*\bHeaders,\n[^)]*\)/m);
    // Their params types are the client's, as Stainless names them.
    expect(client).toContain('client_read_params.ClientReadParams');
  });

  it('sends them from the client, sync and async, plain, raw and streamed', async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'GET /ping',
      'ping -> True',
      'POST /read/g1?branch=main {"query":"q"}',
      'read -> 3',
      'POST /export',
      'export -> b\'{"a": 1}\\n\'',
      'POST /read/g2 {"query":"r"}',
      'raw -> /read/g2 3',
      'GET /ping',
      'streamed -> True',
      'GET /runs',
      "runs -> {'rows': 3}",
      'POST /read/g3 {"query":"s"}',
      'async read -> 3',
      'POST /export',
      'async raw export -> b\'{"a": 1}\\n\'',
    ]);
  }, 120_000);

  it("tests a method returning the response itself against a mocked route, as Stainless's tests do", async () => {
    // No server listens: the tests pass only by mocking the route (a mock server cannot answer every media type).
    const result = await runProcess(
      venvPython(),
      ['-m', 'pytest', 'tests/api_resources/test_client.py', '-k', 'export and loose', '-q', '-p', 'no:cacheprovider'],
      {
        cwd: sdk.out,
        env: {
          ...process.env,
          PYTHONPATH: path.join(sdk.out, 'src'),
          PYTHONDONTWRITEBYTECODE: '1',
          PYTEST_ADDOPTS: '-o addopts=',
          TEST_API_BASE_URL: 'http://127.0.0.1:9',
        },
        timeout: 60_000,
      },
    );
    expect(result.stdout).toMatch(/\b6 passed\b/);
    expect(result.stdout).not.toMatch(/failed|error/);
  }, 120_000);
});

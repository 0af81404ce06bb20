/**
 * A `$client` method named as a top-level resource (turbopuffer: `$client.methods.namespaces: get /v1/namespaces`
 * beside the resource `namespaces`). The method stays the client's (`client.namespaces(prefix=…)`, its raw and
 * streamed wrappers too); only the resource's client attribute gives way (`client.namespaces_resource`). Its module,
 * classes, wrappers' fields and tests keep the config key's names (`resources/namespaces.py`, `NamespacesResource`,
 * `self._namespaces`, `tests/api_resources/test_namespaces.py`), so the owners' edits of that module still land. The
 * SDK calls a local server; with SDKGEN_PYTHON_TESTS=full, pyright strict and mypy accept the client and the tests.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Puffer, version: '1' }
paths:
  /v1/namespaces:
    get:
      operationId: listNamespaces
      parameters:
        - { name: prefix, in: query, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { namespaces: { type: array, items: { type: string } } } } } } }
  /v1/namespaces/{namespace}:
    delete:
      operationId: deleteNamespace
      parameters:
        - { name: namespace, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { status: { type: string } } } } } }
`;

const CONFIG = `
organization: { name: puffer }
targets:
  python: { package_name: puffer }
resources:
  $client:
    methods:
      namespaces: get /v1/namespaces
  namespaces:
    methods:
      delete_all: delete /v1/namespaces/{namespace}
`;

const CHECK = `${LOCAL_SERVER}
import asyncio
from puffer import Puffer, AsyncPuffer
from puffer.resources.namespaces import NamespacesResource

received = []

def answer(request):
    received.append(f"{request.command} {request.path}")
    return {"namespaces": ["a1"]} if request.command == "GET" else {"status": "ok"}

url = serve(answer)
client = Puffer(base_url=url, max_retries=0)
received.append(f"namespaces -> {client.namespaces(prefix='a').namespaces}")
received.append(f"delete_all -> {client.namespaces_resource.delete_all('a1').status}")
received.append(f"resource -> {isinstance(client.namespaces_resource, NamespacesResource)}")
received.append(f"raw -> {client.with_raw_response.namespaces().parse().namespaces}")
received.append(f"raw resource -> {client.with_raw_response.namespaces_resource.delete_all('a2').parse().status}")

async def main():
    async_client = AsyncPuffer(base_url=url, max_retries=0)
    received.append(f"async -> {(await async_client.namespaces()).namespaces}")
    received.append(f"async resource -> {(await async_client.namespaces_resource.delete_all('a3')).status}")

asyncio.run(main())
print("\\n".join(received))
`;

describe('a $client method named as a top-level resource', () => {
  // A CLI run: minutes on a loaded machine.
  const sdk = pythonSdk(
    'py-client-method-resource',
    { spec: { name: 'puffer.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
    { timeout: 600_000 },
  );

  it("stays the client's method; the resource's attribute alone gives way", () => {
    const client = sdk.read('src/puffer/_client.py');
    expect(client).toMatch(/\n {4}def namespaces\(\n {8}self,/);
    expect(client).toMatch(/\n {4}def namespaces_resource\(self\) -> NamespacesResource:/);
    expect(client).toContain('self.namespaces = to_raw_response_wrapper(');
    expect(client).not.toMatch(/def namespaces\(self\) ->/);
    const resource = sdk.read('src/puffer/resources/namespaces.py');
    expect(resource).toContain('class NamespacesResource(SyncAPIResource):');
    expect(resource).toContain('def __init__(self, namespaces: NamespacesResource) -> None:');
    expect(resource).toContain('self._namespaces = namespaces');
    expect(sdk.read('tests/api_resources/test_namespaces.py')).toContain('client.namespaces_resource.delete_all(');
    expect(sdk.read('api.md')).toMatch(/client\.namespaces_resource\.<a [^>]*>delete_all<\/a>/);
    expect(sdk.read('README.md')).not.toMatch(/client\.namespaces\.delete_all/);
  });

  it('sends both from the client, sync, async and raw', async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'GET /v1/namespaces?prefix=a',
      "namespaces -> ['a1']",
      'DELETE /v1/namespaces/a1',
      'delete_all -> ok',
      'resource -> True',
      'GET /v1/namespaces',
      "raw -> ['a1']",
      'DELETE /v1/namespaces/a2',
      'raw resource -> ok',
      'GET /v1/namespaces',
      "async -> ['a1']",
      'DELETE /v1/namespaces/a3',
      'async resource -> ok',
    ]);
  }, 120_000);

  if (!PYTHON_FULL) it.skip(`pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy',
    async () => {
      const files = ['src/puffer/_client.py', 'src/puffer/resources', 'tests/api_resources'];
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, files)).toEqual([]);
      const cache = ['--cache-dir', path.join(sdk.dir, 'mypy-cache')];
      const mypy = await runMypy(sdk.out, [...cache, ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});

/**
 * A `$client` method named as a top-level resource (turbopuffer: `$client.methods.namespaces: get /v1/namespaces`
 * beside the resource `namespaces`, the IR's Resource.callable). Stainless's api.md and tests call both through one
 * name, `client.namespaces(prefix=…)`, `client.with_raw_response.namespaces()` and `client.namespaces.delete_all(…)`;
 * its client declared the resource's property and the method of that name, the later one winning when run (an eager
 * client: the resource, so the method could not be called; a lazy one: the method, so the resource could not be
 * reached), which pyright refuses. sdkgen writes the same call chains in a client that type-checks: `client.namespaces`
 * is the resource (`NamespacesResource`, `resources/namespaces.py`, the config key's names) and its class's `__call__`
 * is the client's method; the client's raw and streamed wrappers bind that method as Stainless's did. The SDK calls a
 * local server; with SDKGEN_PYTHON_TESTS=full, pyright strict and mypy accept the client, the resource and the tests.
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
received.append(f"delete_all -> {client.namespaces.delete_all('a1').status}")
received.append(f"resource -> {isinstance(client.namespaces, NamespacesResource)}")
received.append(f"raw -> {client.with_raw_response.namespaces().parse().namespaces}")
received.append(f"raw resource -> {client.namespaces.with_raw_response.delete_all('a2').parse().status}")

async def main():
    async_client = AsyncPuffer(base_url=url, max_retries=0)
    received.append(f"async -> {(await async_client.namespaces()).namespaces}")
    received.append(f"async resource -> {(await async_client.namespaces.delete_all('a3')).status}")

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

  it("keeps api.md's call chains: the resource is the attribute, the method its __call__", () => {
    const client = sdk.read('src/puffer/_client.py');
    expect(client).toMatch(/\n {4}def namespaces\(self\) -> NamespacesResource:/);
    expect(client).not.toMatch(/\n {4}def namespaces\(\n {8}self,/);
    expect(client).toContain('self.namespaces = to_raw_response_wrapper(');
    expect(client).not.toContain('NamespacesResourceWithRawResponse');
    expect(client).not.toContain('namespaces_resource');
    const resource = sdk.read('src/puffer/resources/namespaces.py');
    expect(resource).toContain('class NamespacesResource(SyncAPIResource):');
    expect(resource).toMatch(/\n {4}def __call__\(\n {8}self,\n {8}\*,\n {8}prefix: str \| Omit = omit,/);
    expect(resource).toMatch(/\n {4}async def __call__\(/);
    expect(resource).toContain('client_namespaces_params.ClientNamespacesParams');
    expect(sdk.read('tests/api_resources/test_namespaces.py')).toContain('client.namespaces.delete_all(');
    expect(sdk.read('tests/api_resources/test_client.py')).toContain('client.namespaces(');
    const api = sdk.read('api.md');
    expect(api).toMatch(/client\.<a href="\.\/src\/puffer\/_client\.py">namespaces<\/a>\(/);
    expect(api).toMatch(/client\.namespaces\.<a [^>]*>delete_all<\/a>/);
    expect(api).not.toContain('namespaces_resource');
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

/**
 * A `$client` method named as a top-level resource (turbopuffer: `$client.methods.namespaces: get /v1/namespaces`
 * beside the resource `namespaces`, the IR's Resource.callable). Stainless's api.md and tests call both through one
 * name, `client.namespaces(prefix=…)`, `client.with_raw_response.namespaces()` and `client.namespaces.delete_all(…)`;
 * its client declared the resource's property and the method of that name, the later one winning when run (an eager
 * client: the resource, so the method could not be called; a lazy one: the method, so the resource could not be
 * reached), and its wrappers likewise bound both the resource's wrapper (`client.with_raw_response.namespaces
 * .delete_all(…)`) and the method's, which pyright refuses. sdkgen writes the same call chains in a client that
 * type-checks: `client.namespaces` is the resource (`NamespacesResource`, `resources/namespaces.py`, the config key's
 * names) and its class's `__call__` is the client's method; the resource's wrapper classes are the method's wrappers too
 * (their `__call__`), and the client's wrappers hold them as any resource's. The SDK calls a local server in both forms
 * of the client (lazy, and the eager one of Stainless's older era); with SDKGEN_PYTHON_TESTS=full, pyright strict and
 * mypy accept the client, the resource, the tests and typed uses of every chain, and refuse a wrong argument through
 * them.
 */
import { writeFileSync } from 'node:fs';
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
    received.append(f"{request.command} {request.path} {request.headers.get('X-Stainless-Raw-Response')}")
    return {"namespaces": ["a1"]} if request.command == "GET" else {"status": "ok"}

url = serve(answer)
client = Puffer(base_url=url, max_retries=0)
received.append(f"namespaces -> {client.namespaces(prefix='a').namespaces}")
received.append(f"delete_all -> {client.namespaces.delete_all('a1').status}")
received.append(f"resource -> {isinstance(client.namespaces, NamespacesResource)}")
received.append(f"raw -> {client.with_raw_response.namespaces().parse().namespaces}")
received.append(f"raw resource -> {client.namespaces.with_raw_response.delete_all('a2').parse().status}")
received.append(f"raw on client -> {client.with_raw_response.namespaces.delete_all('a3').parse().status}")
received.append(f"raw call -> {client.namespaces.with_raw_response(prefix='b').parse().namespaces}")
with client.with_streaming_response.namespaces() as response:
    received.append(f"streamed -> {response.parse().namespaces}")
with client.with_streaming_response.namespaces.delete_all('a4') as response:
    received.append(f"streamed on client -> {response.parse().status}")

async def main():
    async_client = AsyncPuffer(base_url=url, max_retries=0)
    received.append(f"async -> {(await async_client.namespaces()).namespaces}")
    received.append(f"async resource -> {(await async_client.namespaces.delete_all('a5')).status}")
    raw = await async_client.with_raw_response.namespaces(prefix='c')
    received.append(f"async raw -> {(await raw.parse()).namespaces}")
    raw = await async_client.with_raw_response.namespaces.delete_all('a6')
    received.append(f"async raw on client -> {(await raw.parse()).status}")
    async with async_client.with_streaming_response.namespaces() as response:
        received.append(f"async streamed -> {(await response.parse()).namespaces}")
    async with async_client.namespaces.with_streaming_response.delete_all('a7') as response:
        received.append(f"async streamed resource -> {(await response.parse()).status}")

asyncio.run(main())
print("\\n".join(received))
`;

/** What CHECK prints: each request (its raw-response header), then what the call gave. */
const SENT = [
  'GET /v1/namespaces?prefix=a None',
  "namespaces -> ['a1']",
  'DELETE /v1/namespaces/a1 None',
  'delete_all -> ok',
  'resource -> True',
  'GET /v1/namespaces raw',
  "raw -> ['a1']",
  'DELETE /v1/namespaces/a2 raw',
  'raw resource -> ok',
  'DELETE /v1/namespaces/a3 raw',
  'raw on client -> ok',
  'GET /v1/namespaces?prefix=b raw',
  "raw call -> ['a1']",
  'GET /v1/namespaces stream',
  "streamed -> ['a1']",
  'DELETE /v1/namespaces/a4 stream',
  'streamed on client -> ok',
  'GET /v1/namespaces None',
  "async -> ['a1']",
  'DELETE /v1/namespaces/a5 None',
  'async resource -> ok',
  'GET /v1/namespaces?prefix=c raw',
  "async raw -> ['a1']",
  'DELETE /v1/namespaces/a6 raw',
  'async raw on client -> ok',
  'GET /v1/namespaces stream',
  "async streamed -> ['a1']",
  'DELETE /v1/namespaces/a7 stream',
  'async streamed resource -> ok',
];

/**
 * The chains typed, for pyright strict and mypy: each call's params and its wrapped return are the method's, read
 * through the wrappers (a wrong argument is an error, `reveal_type`-free: assigned to the declared type).
 */
const USAGE = `from __future__ import annotations

from puffer import Puffer, AsyncPuffer
from puffer._response import APIResponse, AsyncAPIResponse
from puffer.types.namespaces_response import NamespacesResponse
from puffer.types.namespace_delete_all_response import NamespaceDeleteAllResponse


def sync_chains(client: Puffer) -> None:
    listed: APIResponse[NamespacesResponse] = client.with_raw_response.namespaces(prefix="a")
    called: APIResponse[NamespacesResponse] = client.namespaces.with_raw_response(prefix="a")
    deleted: APIResponse[NamespaceDeleteAllResponse] = client.with_raw_response.namespaces.delete_all("a")
    with client.with_streaming_response.namespaces(prefix="a") as streamed:
        print(listed, called, deleted, streamed.parse().namespaces)


async def async_chains(client: AsyncPuffer) -> None:
    listed: AsyncAPIResponse[NamespacesResponse] = await client.with_raw_response.namespaces(prefix="a")
    deleted: AsyncAPIResponse[NamespaceDeleteAllResponse] = await client.with_raw_response.namespaces.delete_all("a")
    async with client.namespaces.with_streaming_response(prefix="a") as streamed:
        print(listed, deleted, (await streamed.parse()).namespaces)
`;

// Stainless's eager clients (before LAZY_RESOURCES_SINCE) build the resources and wrappers in their constructors.
const EAGER_ERA = '2025-09-18';

describe.each([
  { form: 'lazy', args: [] as string[] },
  { form: 'eager', args: ['--stainless-era', EAGER_ERA] },
])("a client's own method named as a top-level resource ($form client)", ({ form, args }) => {
  // A CLI run: minutes on a loaded machine.
  const sdk = pythonSdk(
    `py-client-method-resource-${form}`,
    { spec: { name: 'puffer.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG }, args },
    { timeout: 600_000 },
  );

  it("keeps api.md's call chains: the resource is the attribute, the method its __call__", () => {
    const client = sdk.read('src/puffer/_client.py');
    if (form === 'lazy') expect(client).toMatch(/\n {4}def namespaces\(self\) -> NamespacesResource:/);
    else expect(client).toContain('self.namespaces = namespaces.NamespacesResource(self)');
    expect(client).not.toMatch(/\n {4}def namespaces\(\n {8}self,/);
    // The client's wrappers hold the resource's, which is the method's too (`__call__`).
    expect(client).not.toContain('to_raw_response_wrapper(');
    if (form === 'lazy')
      expect(client).toMatch(/\n {4}def namespaces\(self\) -> namespaces\.NamespacesResourceWithRawResponse:/);
    else expect(client).toContain('self.namespaces = namespaces.NamespacesResourceWithRawResponse(client.namespaces)');
    expect(client).not.toContain('namespaces_resource');
    const resource = sdk.read('src/puffer/resources/namespaces.py');
    expect(resource).toContain('class NamespacesResource(SyncAPIResource):');
    expect(resource).toMatch(/\n {4}def __call__\(\n {8}self,\n {8}\*,\n {8}prefix: str \| Omit = omit,/);
    expect(resource).toMatch(/\n {4}async def __call__\(/);
    expect(resource).toContain('client_namespaces_params.ClientNamespacesParams');
    expect(resource).toContain(
      '    __call__ = _WrappedCall("_namespaces", to_raw_response_wrapper(NamespacesResource.__call__))',
    );
    expect(resource).toContain(
      '    __call__ = _WrappedCall("_namespaces", async_to_streamed_response_wrapper(AsyncNamespacesResource.__call__))',
    );
    expect(sdk.read('tests/api_resources/test_namespaces.py')).toContain('client.namespaces.delete_all(');
    const tests = sdk.read('tests/api_resources/test_client.py');
    expect(tests).toContain('client.namespaces(');
    expect(tests).toContain('client.with_raw_response.namespaces(');
    expect(tests).toContain('client.with_streaming_response.namespaces(');
    const api = sdk.read('api.md');
    expect(api).toMatch(/client\.<a href="\.\/src\/puffer\/_client\.py">namespaces<\/a>\(/);
    expect(api).toMatch(/client\.namespaces\.<a [^>]*>delete_all<\/a>/);
    expect(api).not.toContain('namespaces_resource');
  });

  it('sends both from the client, sync and async, plain, raw and streamed', async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual(SENT);
  }, 120_000);

  if (!PYTHON_FULL) it.skip(`pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, the chains typed through the wrappers',
    async () => {
      writeFileSync(path.join(sdk.out, 'src/puffer/_usage_check.py'), USAGE);
      const wrong = USAGE.replace('namespaces.delete_all("a")', 'namespaces.delete_all(1)');
      writeFileSync(path.join(sdk.out, 'src/puffer/_usage_wrong.py'), wrong);
      const files = [
        'src/puffer/_client.py',
        'src/puffer/resources',
        'tests/api_resources',
        'src/puffer/_usage_check.py',
      ];
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, files)).toEqual([]);
      const cache = ['--cache-dir', path.join(sdk.dir, 'mypy-cache')];
      const mypy = await runMypy(sdk.out, [...cache, ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
      // (The params are the method's, through the wrappers: a wrong argument is refused by both.)
      const refused = await pyrightErrorsUnderOwnSettings(sdk.out, ['src/puffer/_usage_wrong.py']);
      expect(refused.length).toBeGreaterThan(0);
      const mypyRefused = await runMypy(sdk.out, [...cache, 'src/puffer/_usage_wrong.py'], { timeout: 600_000 });
      expect(mypyRefused.errors.length).toBeGreaterThan(0);
    },
    900_000,
  );
});

/**
 * The idempotency key a retried request carries. Stainless's Python SDKs made it `stainless-python-retry-<uuid>`, the
 * same on every attempt, as its TypeScript SDKs `stainless-node-retry-<uuid>` (which sdkgen's TypeScript client keeps
 * for an SDK from a Stainless config): an SDK from a Stainless config keeps Stainless's prefix, so that the keys of a
 * moved SDK's users do not change; one from sdkgen's own config keeps sdkgen's `sdk-python-retry-`. A real server on
 * 127.0.0.1 answers the first attempt 500 and the second 200, and records the header each attempt carried.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /orders:
    post:
      operationId: createOrder
      requestBody:
        required: true
        content:
          application/json: { schema: { type: object, properties: { sku: { type: string } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const STAINLESS_CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  idempotency: { header: Idempotency-Key }
resources:
  orders:
    methods:
      create: post /orders
`;

const SDKGEN_CONFIG = `client:
  name: Acme
  package: acme
  idempotencyHeader: Idempotency-Key
`;

/** The keys each attempt of one `orders.create` carried, the first answered 500 and the retry 200. */
const PROGRAM = `${LOCAL_SERVER}
from acme import Acme

keys = []

def answer(request):
    keys.append(request.headers.get("Idempotency-Key"))
    return (500, "application/json", b"{}") if len(keys) == 1 else {}

client = Acme(base_url=serve(answer), max_retries=1)
client._calculate_retry_timeout = lambda *args, **kwargs: 0.0
client.orders.create(sku="s")
print(json.dumps(keys))
`;

async function keysSent(configName: string, config: string): Promise<string[]> {
  const root = pythonTempDir('idempotency-prefix-63b');
  writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
  writeFileSync(path.join(root, configName), config);
  const result = await generate({
    spec: path.join(root, 'openapi.yaml'),
    config: path.join(root, configName),
    target: 'python',
  });
  const files = new Map(result.files.map((f) => [f.path, f.contents]));
  const run = await runPythonAgainstFiles(mkdtempSync(path.join(root, 'run-')), files, PROGRAM);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[];
}

describe('the idempotency key of a retried request', () => {
  it("keeps Stainless's prefix in an SDK from a Stainless config, the same on the retry", async () => {
    const keys = await keysSent('stainless.yml', STAINLESS_CONFIG);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^stainless-python-retry-[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  }, 120_000);

  it("keeps sdkgen's own prefix in an SDK from sdkgen's config", async () => {
    const keys = await keysSent('sdkgen.config.yaml', SDKGEN_CONFIG);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^sdk-python-retry-[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  }, 120_000);
});

/**
 * The JSON Lines decoder of sdkgen's own Python SDKs is a context manager, as Stainless's `Stream`/`AsyncStream` are:
 * `with decoder:` (`async with` on the async client) closes the response when the block ends, at once. An `async for`
 * left early closes it only when asyncio finalizes the loop's generator, a turn of the event loop later; in a `with`
 * block the server sees the connection go before the next statement runs. Before, the decoder had neither `__enter__`
 * nor `__aenter__`. With SDKGEN_PYTHON_TESTS=full the generated package runs against a real server on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { jsonlBatchesSpec } from '../helpers/jsonl-batches-spec';

const SPEC = jsonlBatchesSpec({ title: 'Acme' });

const PROGRAM = `
import asyncio, json, os
from acme_sdk import Acme, AsyncAcme

url = os.environ["ACME_TEST_URL"]
out = {}

client = Acme(base_url=url, max_retries=0)
with client.batches.results.retrieve("endless") as decoder:
    out["sync_first"] = next(decoder).custom_id
out["sync_closed"] = decoder.http_response.is_closed
out["sync_after"] = [line.custom_id for line in decoder]

with client.batches.results.retrieve("short") as decoder:
    out["sync_all"] = [line.custom_id for line in decoder]
out["sync_all_closed"] = decoder.http_response.is_closed

try:
    with client.batches.results.retrieve("endless") as decoder:
        raise KeyError("in the block")
except KeyError:
    out["sync_raised_closed"] = decoder.http_response.is_closed

async def main():
    client = AsyncAcme(base_url=url, max_retries=0)
    async with await client.batches.results.retrieve("endless") as decoder:
        async for line in decoder:
            out["async_first"] = line.custom_id
            break
    # Closed as the block ends: no turn of the event loop between.
    out["async_closed"] = decoder.http_response.is_closed
    out["async_after"] = [line.custom_id async for line in decoder]

    async with await client.batches.results.retrieve("short") as decoder:
        out["async_all"] = [line.custom_id async for line in decoder]
    out["async_all_closed"] = decoder.http_response.is_closed

asyncio.run(main())
print(json.dumps(out))
`;

describe.runIf(PYTHON_FULL)("sdkgen's own Python SDK's JSON Lines decoder in a with block", () => {
  let server: Server;
  let base = '';
  /** For each request to an endless body: whether the client left before the body ended. */
  const leftEarly: boolean[] = [];
  const timers = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      if (req.url?.startsWith('/batches/short/')) return void res.end('{"custom_id":"a"}\n{"custom_id":"b"}\n');
      // One line, then nothing until the client leaves; a client that has not left in 10 s gets the rest.
      res.write('{"custom_id":"0"}\n');
      const index = leftEarly.push(false) - 1;
      res.on('close', () => (leftEarly[index] = !res.writableEnded));
      timers.add(setTimeout(() => res.end('{"custom_id":"1"}\n'), 10_000));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    timers.forEach(clearTimeout);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('closes the response when the block ends, left early, read through or raised out of', async () => {
    const root = pythonTempDir('jsonl-decoder-with');
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    const result = await generate({ spec: path.join(root, 'openapi.yaml'), target: 'python' });
    const files = new Map(result.files.map((f) => [f.path, f.contents]));
    const run = await runPythonAgainstFiles(root, files, PROGRAM, {
      env: { ...process.env, ACME_TEST_URL: base },
      timeout: 120_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({
      sync_first: '0',
      sync_closed: true,
      sync_after: [],
      sync_all: ['a', 'b'],
      sync_all_closed: true,
      sync_raised_closed: true,
      async_first: '0',
      async_closed: true,
      async_after: [],
      async_all: ['a', 'b'],
      async_all_closed: true,
    });
    expect(leftEarly).toEqual([true, true, true]);
  }, 180_000);
});
if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});

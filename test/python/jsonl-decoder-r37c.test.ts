/**
 * The JSON Lines decoder of sdkgen's own Python SDKs (`JSONLDecoder[T]`, `AsyncJSONLDecoder[T]`) on both clients: a
 * line that is not JSON raises `APIResponseValidationError` (the SDK's error) naming the line, after the lines before
 * it, and closes the response; blank lines are skipped and a CRLF split across reads is one line end; leaving the loop
 * early (`break`) or `close()` closes the response, so that the server sees the connection go; and each line is
 * yielded as it arrives (httpx's `iter_bytes(chunk_size=4096)` held short lines back). A package from a Stainless
 * config keeps Stainless's decoder and chunked reads. With SDKGEN_PYTHON_TESTS=full the generated package runs
 * against a real server on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { jsonlBatchesSpec } from '../helpers/jsonl-batches-spec';

const SPEC = jsonlBatchesSpec({ title: 'Acme' });

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  batches:
    models:
      batch_result: BatchResult
    methods:
      results: get /batches/{batch_id}/results
`;

async function packageFiles(config: string | null): Promise<Map<string, string>> {
  const root = pythonTempDir('jsonl-decoder');
  writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
  if (config !== null) writeFileSync(path.join(root, 'stainless.yml'), config);
  const result = await generate({
    spec: path.join(root, 'openapi.yaml'),
    ...(config !== null ? { config: path.join(root, 'stainless.yml') } : {}),
    target: 'python',
  });
  return new Map(result.files.map((f) => [f.path, f.contents]));
}

const TEMPLATES = path.join(__dirname, '../../templates/python');

describe('the JSON Lines decoder of a Python package', () => {
  it("is sdkgen's in its own SDKs, reading the body as it comes; Stainless's with a Stainless config", async () => {
    const own = await packageFiles(null);
    expect(own.get('src/acme_sdk/_decoders/jsonl.py')).toBe(
      readFileSync(path.join(TEMPLATES, 'runtime/_decoders/jsonl.py'), 'utf8'),
    );
    expect(own.get('src/acme_sdk/_response.py')).toContain('lines = response.iter_bytes()\n');
    expect(own.get('src/acme_sdk/_response.py')).toContain('async_lines = response.aiter_bytes()\n');

    const stainless = await packageFiles(CONFIG);
    expect(stainless.get('src/acme_sdk/_decoders/jsonl.py')).toBe(
      readFileSync(path.join(TEMPLATES, 'stainless-runtime/_decoders/jsonl.py'), 'utf8'),
    );
    expect(stainless.get('src/acme_sdk/_response.py')).toContain('lines = response.iter_bytes(chunk_size=4096)\n');
  });
});

describe.runIf(PYTHON_FULL)("sdkgen's own Python SDK against a real server on 127.0.0.1", () => {
  let server: Server;
  let base = '';
  /** For each request to an endless body: whether the client left before the body ended. */
  const leftEarly: boolean[] = [];
  const timers = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      if (req.url?.startsWith('/batches/bad/')) {
        // A CRLF split across writes, a blank line, then a line that is not JSON (line 4) and one after it.
        res.write('{"custom_id":"a"}\r');
        timers.add(setTimeout(() => res.end('\n\n{"custom_id":"b"}\r\n{"custom_id": oops}\n{"custom_id":"d"}\n'), 20));
        return;
      }
      // One short line, then nothing until the client leaves; a client that has not left in 10 s gets the rest.
      res.write('{"custom_id":"0"}\n');
      const index = leftEarly.push(false) - 1;
      res.on('close', () => (leftEarly[index] = !res.writableEnded));
      timers.add(setTimeout(() => res.end('{"custom_id":"1"}\n{"custom_id":"2"}\n'), 10_000));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    timers.forEach(clearTimeout);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const PROGRAM = `
import asyncio, json, os
from acme_sdk import Acme, AsyncAcme, AcmeError, APIResponseValidationError

url = os.environ["ACME_TEST_URL"]
out = {}

def bad_line(error):
    return {
        "types": [isinstance(error, APIResponseValidationError), isinstance(error, AcmeError)],
        "message": str(error),
        "body": error.body,
        "cause": type(error.__cause__).__name__,
    }

client = Acme(base_url=url, max_retries=0)
decoder = client.batches.results.retrieve("bad")
ids = []
try:
    for line in decoder:
        ids.append(line.custom_id)
except APIResponseValidationError as error:
    out["sync_bad"] = bad_line(error)
out["sync_ids"] = ids
out["sync_bad_closed"] = decoder.http_response.is_closed

decoder = client.batches.results.retrieve("endless")
for line in decoder:
    out["sync_first"] = line.custom_id
    break
out["sync_break_closed"] = decoder.http_response.is_closed

decoder = client.batches.results.retrieve("endless")
out["sync_next"] = next(decoder).custom_id
decoder.close()
out["sync_close_closed"] = decoder.http_response.is_closed
out["sync_after_close"] = [line.custom_id for line in decoder]

async def main():
    client = AsyncAcme(base_url=url, max_retries=0)
    decoder = await client.batches.results.retrieve("bad")
    ids = []
    try:
        async for line in decoder:
            ids.append(line.custom_id)
    except APIResponseValidationError as error:
        out["async_bad"] = bad_line(error)
    out["async_ids"] = ids
    out["async_bad_closed"] = decoder.http_response.is_closed

    decoder = await client.batches.results.retrieve("endless")
    async for line in decoder:
        out["async_first"] = line.custom_id
        break
    # The loop's generator is closed by the event loop (asyncio's async generator finalizer), soon after.
    for _ in range(500):
        if decoder.http_response.is_closed:
            break
        await asyncio.sleep(0.01)
    out["async_break_closed"] = decoder.http_response.is_closed

    decoder = await client.batches.results.retrieve("endless")
    out["async_next"] = (await decoder.__anext__()).custom_id
    await decoder.close()
    out["async_close_closed"] = decoder.http_response.is_closed

asyncio.run(main())
print(json.dumps(out))
`;

  it('raises an SDK error naming a bad line, and closes the response when the loop is left or close() called', async () => {
    const root = pythonTempDir('jsonl-decoder-full');
    const run = await runPythonAgainstFiles(root, await packageFiles(null), PROGRAM, {
      env: { ...process.env, ACME_TEST_URL: base },
      timeout: 120_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    const bad = {
      types: [true, true],
      message: 'Invalid JSON on line 4 of a JSON Lines response: {"custom_id": oops}',
      body: '{"custom_id": oops}',
      cause: 'JSONDecodeError',
    };
    expect(out).toEqual({
      sync_bad: bad,
      sync_ids: ['a', 'b'],
      sync_bad_closed: true,
      sync_first: '0',
      sync_break_closed: true,
      sync_next: '0',
      sync_close_closed: true,
      sync_after_close: [],
      async_bad: bad,
      async_ids: ['a', 'b'],
      async_bad_closed: true,
      async_first: '0',
      async_break_closed: true,
      async_next: '0',
      async_close_closed: true,
    });
    // Every endless body was left before its end: each first line came as it was written, and leaving closed it.
    expect(leftEarly).toEqual([true, true, true, true]);
  }, 180_000);
});
if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});

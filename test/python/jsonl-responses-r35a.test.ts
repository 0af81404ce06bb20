/**
 * A response in JSON Lines (`application/x-jsonl`, one JSON value a line) whose schema the spec gives: Stainless's
 * Python SDKs return a decoder that reads a line at a time as the body arrives (anthropic-sdk-python's
 * `messages.batches.results`: `-> JSONLDecoder[MessageBatchIndividualResponse]`, `cast_to=JSONLDecoder[...]`,
 * `stream=True`, `Accept: application/x-jsonl`; `AsyncJSONLDecoder` on the async client). Before, the body was binary
 * (`-> BinaryAPIResponse`): its users parsed the lines themselves, and the owners' code calling `results()` met
 * another type. With SDKGEN_PYTHON_TESTS=full a server on 127.0.0.1 answers three lines, read as models by both
 * clients.
 *
 * Its tests (both targets') are Stainless's: skipped, the mock server answering no JSON Lines, with the era's reason
 * (anthropic-sdk-python's and -typescript's `results`: "Prism doesn't support JSONL responses yet", from 2025-08-11
 * "Prism doesn't support application/x-jsonl responses", from 2026-02-19 "Mock server doesn't …"); the decoder's type
 * asserted, from 2025-04-03 the parsed streams closed unread, from 2026-02-20 each line's type. With SDKGEN_PYTHON_TESTS=full pyright (the SDK's strict settings) checks
 * them and pytest skips them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runPytest } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { jsonlBatchesSpec } from '../helpers/jsonl-batches-spec';

const SPEC = jsonlBatchesSpec({ moreProperties: ['score: { type: number }'] });

const CONFIG = `
organization: { name: batches }
targets:
  python: { package_name: batches_sdk }
resources:
  batches:
    models:
      batch_result: BatchResult
    methods:
      results: get /batches/{batch_id}/results
`;

describe('a JSON Lines response with a schema', () => {
  it("returns Stainless's decoder of the line type, streamed", async () => {
    const batches = (await (await pythonPackageByEra('jsonl-response', SPEC, CONFIG, 'batches_sdk'))(null))(
      'resources/batches.py',
    );
    expect(batches).toContain('from .._decoders.jsonl import JSONLDecoder, AsyncJSONLDecoder');
    expect(batches).toContain(') -> JSONLDecoder[BatchResult]:');
    expect(batches).toContain(') -> AsyncJSONLDecoder[BatchResult]:');
    expect(batches).toContain('extra_headers = {"Accept": "application/x-jsonl", **(extra_headers or {})}');
    expect(batches).toContain('            cast_to=JSONLDecoder[BatchResult],\n            stream=True,\n');
    expect(batches).toContain('            cast_to=AsyncJSONLDecoder[BatchResult],\n            stream=True,\n');
    expect(batches).not.toContain('BinaryAPIResponse');
  });

  it("writes its tests Stainless's: skipped with the era's reason, in the era's form", async () => {
    const root = pythonTempDir('jsonl-tests');
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const tests = async (era: string | null, target: 'python' | 'typescript' = 'python') => {
      // (TypeScript writes a binary method's tests only where it takes params: one more, optional.)
      const query = '\n        - { name: betas, in: query, schema: { type: string } }';
      const param = '        - { name: batch_id, in: path, required: true, schema: { type: string } }';
      writeFileSync(path.join(root, 'openapi.yaml'), target === 'python' ? SPEC : SPEC.replace(param, param + query));
      const result = await generate({
        spec: path.join(root, 'openapi.yaml'),
        config: path.join(root, 'stainless.yml'),
        ...(target === 'python' ? { target } : {}),
        stainlessEra: era,
      });
      return result.files.find((f) => /(test_batches\.py|batches\.test\.ts)$/.test(f.path))!.contents;
    };
    const newest = await tests(null);
    const skip =
      '    @pytest.mark.skip(reason="Mock server doesn\'t support application/x-jsonl responses")\n    @parametrize\n';
    // Every test of the method, sync and async, the path params' too.
    for (const name of ['method', 'raw_response', 'streaming_response', 'path_params'])
      for (const def of ['def', 'async def']) expect(newest).toContain(`${skip}    ${def} test_${name}_results(`);
    // The newest form asserts each line's type (anthropic's generated branch from 2026-02-20).
    expect(newest).toContain(
      '        batch_stream = client.batches.results(\n            "batch_id",\n        )\n' +
        '        for item in batch_stream:\n            assert_matches_type(BatchResult, item, path=["response"])\n',
    );
    expect(newest).toContain(
      '        assert response.http_request.headers.get("X-Stainless-Lang") == "python"\n' +
        '        stream = await response.parse()\n        async for item in stream:\n' +
        '            assert_matches_type(BatchResult, item, path=["line"])\n',
    );
    expect(newest).toContain(
      '            stream = response.parse()\n            for item in stream:\n' +
        '                assert_matches_type(BatchResult, item, path=["item"])\n',
    );
    expect(newest).not.toContain('_decoders');
    // From 2025-04-03: the result named `_stream`, the parsed streams closed unread (anthropic's at 0.72.0).
    const closing = await tests('2025-09-01');
    expect(closing).toContain('    @pytest.mark.skip(reason="Prism doesn\'t support application/x-jsonl responses")\n');
    expect(closing).toContain('from batches_sdk._decoders.jsonl import JSONLDecoder, AsyncJSONLDecoder\n');
    expect(closing).toContain(
      '        batch_stream = await async_client.batches.results(\n            "batch_id",\n        )\n' +
        '        assert_matches_type(AsyncJSONLDecoder[BatchResult], batch_stream, path=["response"])\n',
    );
    expect(closing).toContain(
      '        )\n\n        assert response.http_request.headers.get("X-Stainless-Lang") == "python"\n' +
        '        stream = response.parse()\n        stream.close()\n',
    );
    expect(closing).toContain('            stream = await response.parse()\n            await stream.close()\n');
    // Before: the decoder asserted of every result (anthropic's of 2025-01-21).
    const decoder = await tests('2025-03-01');
    expect(decoder).toContain('@pytest.mark.skip(reason="Prism doesn\'t support JSONL responses yet")');
    expect(decoder).toContain(
      '        assert response.is_closed is True\n' +
        '        assert response.http_request.headers.get("X-Stainless-Lang") == "python"\n' +
        '        batch = response.parse()\n' +
        '        assert_matches_type(JSONLDecoder[BatchResult], batch, path=["response"])\n',
    );
    // TypeScript's are skipped alike (anthropic-sdk-typescript's `// Prism doesn't support …` over `test.skip`).
    const ts = await tests('2025-09-01', 'typescript');
    expect(ts).toMatch(/\/\/ Prism doesn't support application\/x-jsonl responses\n\s*test\.skip\('results: /);
  });

  it.runIf(PYTHON_FULL)(
    "its tests pass the SDK's strict pyright and are skipped by pytest, in each era's form",
    async () => {
      for (const era of [null, '2025-09-01', '2025-03-01']) {
        const root = pythonTempDir(`jsonl-tests-full-${era ?? 'newest'}`);
        writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
        writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
        const result = await generate({
          spec: path.join(root, 'openapi.yaml'),
          config: path.join(root, 'stainless.yml'),
          target: 'python',
          stainlessEra: era,
        });
        const sdk = path.join(root, 'out');
        for (const file of result.files) {
          mkdirSync(path.dirname(path.join(sdk, file.path)), { recursive: true });
          writeFileSync(path.join(sdk, file.path), file.contents);
        }
        expect(await pyrightErrorsUnderOwnSettings(sdk, ['tests/api_resources'], ['src', '.'])).toEqual([]);
        const { cases } = await runPytest({
          cwd: sdk,
          junit: path.join(sdk, 'junit.xml'),
          args: ['-o', 'addopts=', '-q', 'tests/api_resources/test_batches.py'],
          env: { PYTHONPATH: [path.join(sdk, 'src'), sdk].join(path.delimiter) },
        });
        expect(cases.length).toBeGreaterThan(0);
        expect(cases.filter((c) => c.outcome !== 'skipped')).toEqual([]);
      }
    },
    300_000,
  );

  it.runIf(PYTHON_FULL)(
    'reads each line of a served body as a model, on both clients',
    async () => {
      const root = pythonTempDir('jsonl-response-full');
      writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
      writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
      const result = await generate({
        spec: path.join(root, 'openapi.yaml'),
        config: path.join(root, 'stainless.yml'),
        target: 'python',
      });
      const files = new Map(result.files.map((f) => [f.path, f.contents]));
      const program = `${LOCAL_SERVER}
import asyncio
from batches_sdk import Batches, AsyncBatches
from batches_sdk.types import BatchResult

accepts = []

def answer(request):
    accepts.append(request.headers.get("Accept"))
    lines = [{"custom_id": "a", "score": 1.5}, {"custom_id": "b"}, {"custom_id": "c", "score": 3}]
    return 200, "application/x-jsonl", ("\\n".join(json.dumps(line) for line in lines) + "\\n").encode()

url = serve(answer)
sync_ids = []
for result in Batches(base_url=url, max_retries=0).batches.results("b1"):
    assert isinstance(result, BatchResult)
    sync_ids.append([result.custom_id, result.score])

async def read():
    ids = []
    async for result in await AsyncBatches(base_url=url, max_retries=0).batches.results("b1"):
        ids.append(result.custom_id)
    return ids

print(json.dumps([sync_ids, asyncio.run(read()), accepts]))
`;
      const run = await runPythonAgainstFiles(root, files, program);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([
        [
          ['a', 1.5],
          ['b', null],
          ['c', 3],
        ],
        ['a', 'b', 'c'],
        ['application/x-jsonl', 'application/x-jsonl'],
      ]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});

/**
 * The client's debug log of a request's options is a new dict of the options the request was given, as Stainless's
 * (`model_dump(options, exclude_unset=True)`), never the options object: a handler that keeps log records (pytest's
 * log capture) would keep every request's options alive, and Stainless's own client test of `copy()` finds that leak
 * with tracemalloc (luma's 2024-12 generation failed it on sdkgen's runtime alone). Python runs only with
 * SDKGEN_PYTHON_TESTS=full.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const CHECK = `
import gc, json, logging, tracemalloc
from single_sdk import Single
from single_sdk._models import FinalRequestOptions

records = []

class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)

logger = logging.getLogger("single_sdk")
logger.setLevel(logging.DEBUG)
logger.addHandler(Keep())

client = Single(base_url="http://127.0.0.1:4010", bearer_token="T", max_retries=0)
client._build_request(FinalRequestOptions(method="get", url="/foo"))
client._build_request(FinalRequestOptions(method="post", url="/bar", params={"a": 1}, json_data={"b": 2}, max_retries=3))
# logging keeps a lone mapping argument as the record's args
logged = [record.args for record in records if record.msg == "Request options: %s"]
print(json.dumps(logged, sort_keys=True))

def build():
    client.copy()._build_request(FinalRequestOptions(method="get", url="/foo"))

build()
gc.collect()
tracemalloc.start(50)
before = tracemalloc.take_snapshot()
for _ in range(10):
    build()
gc.collect()
after = tracemalloc.take_snapshot()
tracemalloc.stop()
kept = [
    diff
    for diff in after.compare_to(before, "traceback")
    if diff.count and diff.count % 10 == 0 and diff.traceback[-1].filename.endswith("_base_client.py")
]
print(len(kept))
`;

describe('the debug log of a request', () => {
  it('goes through the helper of _compat in the runtime', () => {
    const runtime = path.join(import.meta.dirname, '../../templates/python/runtime/_base_client.py');
    expect(readFileSync(runtime, 'utf8')).toContain('log.debug("Request options: %s", request_options_dump(options))');
  });

  describe.runIf(PYTHON_FULL)('in a generated SDK', () => {
    const sdk = pythonSdk('py-request-options-log', {
      spec: path.join(import.meta.dirname, 'fixtures/optional-credentials.yaml'),
      config: path.join(import.meta.dirname, 'fixtures/optional-credential-single.stainless.yml'),
    });

    it('shows the options given, in a dict of its own, and keeps nothing per request in _base_client', async () => {
      const result = await sdk.run(CHECK);
      expect(result.stderr).toBe('');
      const [logged, kept] = result.stdout.trim().split('\n');
      expect(JSON.parse(logged!)).toEqual([
        { method: 'get', url: '/foo' },
        { method: 'post', url: '/bar', params: { a: 1 }, json_data: { b: 2 }, max_retries: 3 },
      ]);
      expect(kept).toBe('0');
    }, 120_000);
  });
  it.skipIf(PYTHON_FULL)(`runs Python: ${FULL_ONLY_NOTICE}`, () => {});
});

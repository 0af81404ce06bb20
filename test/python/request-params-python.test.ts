/**
 * What a generated Python SDK sends, as a local server receives it: header params that are no strings (arrays,
 * booleans, numbers), cookie params (one Cookie header), a whole-body array of objects (its keys by their wire
 * names, its dates formatted); and what its generated tests hold: the mock server's base URL with the path prefix
 * the client's base URL carries, an object path param whose properties are all optional written with them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

/** Calls a local server that answers with the path, headers and body it received. */
const REQUEST_CHECK = `${LOCAL_SERVER}
from datetime import datetime, timezone
from params_sdk import Params

def echo(request):
    body = json.loads(request.body) if request.body else None
    return {"path": request.path, "headers": {k.lower(): v for k, v in request.headers.items()}, "body": body}

client = Params(base_url=serve(echo) + "/v2", max_retries=0)
sent = client.things.retrieve({"role": "admin"}, x_ids=[3, 4], x_flag=False, x_count=7, session="abc", limit=5)
print(json.dumps([sent.path, sent.headers.get("x-ids"), sent.headers.get("x-flag"), sent.headers.get("x-count"), sent.headers.get("cookie")]))
sent = client.things.retrieve({"role": "admin"})
print(json.dumps([sent.headers.get("x-ids"), sent.headers.get("cookie")]))
sent = client.batches.create(body=[{"starts_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "item_name": "a"}])
print(json.dumps(sent.body))
`;

describe('a spec with header, cookie and whole-body params under a shared path prefix', () => {
  const sdk = pythonSdk(
    'py-request-params',
    { spec: path.join(import.meta.dirname, 'fixtures', 'request-params.yaml') },
    { timeout: 60_000 },
  );

  it('sends header and cookie params in their styles, and a whole body by its wire names', async () => {
    const result = await sdk.run(REQUEST_CHECK);
    expect(result.stderr).toBe('');
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      ['/v2/things/role,admin', '3,4', 'false', '7', 'session=abc; limit=5'],
      [null, null],
      [{ startsAt: '2026-01-02T03:04:05+00:00', itemName: 'a' }],
    ]);
  }, 120_000);

  it("points its tests at the mock server's base URL with the shared path prefix", () => {
    const conftest = sdk.read('tests/conftest.py');
    expect(conftest).toContain('base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010") + "/v2"\n');
  });

  it('writes an object path param whose properties are all optional with its properties (no empty segment)', () => {
    const tests = sdk.read('tests/api_resources/test_things.py');
    expect(tests).not.toMatch(/filter=\{\}/);
    expect(tests).toMatch(/filter=\{\s*"role": "role",\s*"level": 0,\s*\}/);
  });
});

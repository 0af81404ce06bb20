/**
 * Header params with OpenAPI's `explode`: the IR carries it (a header's one style, `simple`, exploded, set for an array
 * or object only), and the Python SDK sends an exploded object `role=admin,level=3` where the default style sends
 * `role,admin,level,3`. The SDK calls a local server answering with the headers it received (with
 * SDKGEN_PYTHON_TESTS=full, with pyright strict on the resource).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { loadSpec } from '../../generator/load/load';
import { normalize } from '../../generator/normalize/normalize';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'header-explode.yaml');

const ECHO_CHECK = `${LOCAL_SERVER}
from headers_sdk import HeadersClient

def echo(request):
    return {k.lower(): v for k, v in request.headers.items() if k.lower().startswith("x-") and not k.lower().startswith("x-stainless")}

client = HeadersClient(base_url=serve(echo), max_retries=0)
seen = client.echo.retrieve(
    x_filter={"role": "admin", "level": 3}, x_plain_filter={"role": "admin", "level": 3}, x_ids=[3, 4], x_name="Al"
)
print(json.dumps(seen, sort_keys=True))
print(json.dumps(client.echo.retrieve(x_ids=[5]), sort_keys=True))
`;

describe('header params with explode', () => {
  const sdk = pythonSdk('py-header-explode', { spec: FIXTURE });

  it('the IR gives an exploded array or object header its style, and a scalar none', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpec(FIXTURE, diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    const fields = api.resources.flatMap((r) => r.methods).flatMap((m) => m.params?.fields ?? []);
    expect(Object.fromEntries(fields.map((f) => [f.wireName, f.style]))).toEqual({
      'X-Filter': { style: 'simple', explode: true },
      'X-Plain-Filter': null,
      'X-Ids': { style: 'simple', explode: true },
      'X-Name': null,
    });
  });

  it('the method writes the exploded ones', () => {
    const resource = sdk.read('src/headers_sdk/resources/echo.py');
    expect(resource).toContain('exploded=("X-Filter", "X-Ids")');
  });

  it.runIf(PYTHON_FULL)(
    'sends an exploded object as name=value pairs, and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(ECHO_CHECK);
      expect(result.stderr).toBe('');
      expect(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual([
        { 'x-filter': 'role=admin,level=3', 'x-plain-filter': 'role,admin,level,3', 'x-ids': '3,4', 'x-name': 'Al' },
        { 'x-ids': '5' },
      ]);
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/headers_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});

/**
 * A header param of an array (anthropic's `betas: List[AnthropicBetaParam]`, sent as `anthropic-beta`): `Headers`
 * holds only strings, so the method sends the items comma-joined (OpenAPI's `simple` style), in Stainless's form:
 * `",".join(str(e) for e in betas) if is_given(betas) else not_given` inside `strip_not_given({...})`, and a required
 * one joined as it is. The SDK calls a local server answering with the headers it received (with
 * SDKGEN_PYTHON_TESTS=full, with pyright strict on the resources).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'array-headers.yaml');

const ECHO_CHECK = `${LOCAL_SERVER}
import asyncio
from beta_sdk import Beta, AsyncBeta

def echo(request):
    return {k.lower(): v for k, v in request.headers.items() if k.lower() in ("beta-features", "x-ids", "x-tags")}

url = serve(echo)
client = Beta(base_url=url, max_retries=0)
print(json.dumps(client.echo.retrieve(beta_features=["files-2025-04-14", "tools-2024-05-16"], x_ids=[1, 2]), sort_keys=True))
print(json.dumps(client.echo.retrieve(), sort_keys=True))
print(json.dumps(client.required_echo.retrieve(x_tags=["a", "b"]), sort_keys=True))

async def main():
    async with AsyncBeta(base_url=url, max_retries=0) as async_client:
        return await async_client.echo.retrieve(x_ids=[3])

print(json.dumps(asyncio.run(main()), sort_keys=True))
`;

describe('array header params', () => {
  const sdk = pythonSdk('py-array-headers', { spec: FIXTURE });

  it("join the items as Stainless's methods do", () => {
    const echo = sdk.read('src/beta_sdk/resources/echo.py');
    expect(echo).toContain(
      '"beta-features": ",".join(str(e) for e in beta_features) if is_given(beta_features) else not_given,',
    );
    expect(echo).toContain('"X-Ids": ",".join(str(e) for e in x_ids) if is_given(x_ids) else not_given,');
    expect(echo).toMatch(/\*\*strip_not_given\(/);
    const required = sdk.read('src/beta_sdk/resources/required_echo.py');
    expect(required).toContain('extra_headers = {"X-Tags": ",".join(str(e) for e in x_tags), **(extra_headers or {})}');
  });

  it.runIf(PYTHON_FULL)(
    'send the items comma-joined, an array not given not at all; pyright strict is clean',
    async () => {
      const result = await sdk.run(ECHO_CHECK);
      expect(result.stderr).toBe('');
      expect(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual([
        { 'beta-features': 'files-2025-04-14,tools-2024-05-16', 'x-ids': '1,2' },
        {},
        { 'x-tags': 'a,b' },
        { 'x-ids': '3' },
      ]);
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/beta_sdk/resources'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});

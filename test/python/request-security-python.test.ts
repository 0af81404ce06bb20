/**
 * A Python SDK whose requests each send the credentials their operation's security names (a Stainless config of the
 * 2026-01-30 edition on, in the newest forms: stainless/python-era.ts `securityOptions`): an operation naming one of
 * the client's two schemes sends that credential alone, one asking for none sends none, one under the API's security
 * (either scheme) sends both. With SDKGEN_PYTHON_TESTS=full the client calls a local server that answers with what
 * it received, and the package is checked by pyright (its own strict settings) and mypy.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';
import { environmentWithout, LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const fixtures = path.join(import.meta.dirname, 'fixtures');

const CHECK = `${LOCAL_SERVER}
import asyncio
from keyed_sdk import Keyed, AsyncKeyed

def echo(request):
    return {"authorization": request.headers.get("Authorization") or "-", "key": request.headers.get("X-Api-Key") or "-"}

url = serve(echo)

client = Keyed(base_url=url, bearer_token="T", api_key="K", max_retries=0)
seen = [client.things.list(), client.things.keyed("a"), client.things.open()]
async_client = AsyncKeyed(base_url=url, bearer_token="T", api_key="K", max_retries=0)
seen.append(asyncio.run(async_client.things.keyed("a")))
# Without the key: the bearer token is all the API's security has to send.
seen.append(Keyed(base_url=url, bearer_token="T", max_retries=0).things.list())
for s in seen:
    print(f"{s.authorization} {s.key}")
`;

describe('per-request security in a generated Python SDK', () => {
  const sdk = pythonSdk(
    'py-request-security',
    {
      spec: path.join(fixtures, 'request-security.yaml'),
      config: path.join(fixtures, 'request-security.stainless.yml'),
    },
    { timeout: 180_000 },
  );

  it("names each operation's schemes where they are not every one the client holds", () => {
    const resource = sdk.read('src/keyed_sdk/resources/things.py');
    expect([...resource.matchAll(/^ +security=(.*),$/gm)].map((m) => m[1])).toEqual([
      '{"key_auth": True}',
      '{}',
      '{"key_auth": True}',
      '{}',
    ]);
    const client = sdk.read('src/keyed_sdk/_client.py');
    expect(client).toContain('    def _auth_headers(self, security: SecurityOptions) -> dict[str, str]:');
  });

  it.runIf(PYTHON_FULL)(
    'sends only the credentials the operation names',
    async () => {
      const result = await sdk.run(CHECK, { env: environmentWithout('KEYED_') });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual(['Bearer T K', '- K', '- -', '- K', 'Bearer T -']);
    },
    120_000,
  );

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright (strict, its own settings) and mypy',
    async () => {
      const [pyright, mypy] = await Promise.all([
        pyrightErrorsUnderOwnSettings(sdk.out, ['src']),
        runProcess(
          venvPython(),
          ['-m', 'mypy', '--config-file', 'pyproject.toml', '--cache-dir', path.join(sdk.out, 'mypy-cache'), 'src'],
          { cwd: sdk.out, env: { ...process.env, MYPYPATH: path.join(sdk.out, 'src') }, timeout: 8 * 60 * 1000 },
        ),
      ]);
      expect(pyright).toEqual([]);
      expect(mypy.stdout + mypy.stderr).toMatch(/^Success: no issues found/m);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`requests, pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
});

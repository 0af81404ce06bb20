/**
 * OAuth2 client credentials from a spec alone (no Stainless config), in the Python client: beside the access token
 * option, a client ID and secret exchanged at the flow's token URL when no token is given (a token given is sent, and
 * nothing exchanged); a token exchanged in place of one the API refused is dropped for its own 401; a request giving its
 * own `Authorization` header fetches no token, and refused, keeps the token held. Sync and async, against a 127.0.0.1 token endpoint and API in
 * the program. With SDKGEN_PYTHON_TESTS=full the client module passes pyright strict and mypy.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/oauth-client-credentials-python.test.ts samples OAuth2 (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL, pyrightErrorsUnderOwnSettings, runProcess, venvPython } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { ROOT } from '../helpers/paths';
import { oauthSpec } from '../helpers/oauth';

const SERVER = `${LOCAL_SERVER}
import asyncio
from urllib.parse import parse_qs

exchanges = []
refused = set()

def answer(request):
    if request.path == "/oauth/token":
        exchanges.append((request.headers.get("Authorization"), parse_qs(request.body.decode())))
        return {"access_token": f"token-{len(exchanges)}", "token_type": "Bearer", "expires_in": 3600}
    auth = request.headers.get("Authorization") or ""
    if not auth.startswith("Bearer ") or auth[len("Bearer "):] in refused:
        return (401, "application/json", b'{"error": "invalid token"}')
    return {"id": request.path.split("/")[-1], "auth": auth}

url = serve(answer)
`;

const PROGRAM = `${SERVER}
import acme_sdk

def status(call):
    try:
        call()
        return 200
    except acme_sdk.APIStatusError as err:
        return err.status_code

given = acme_sdk.Acme(access_token="given", client_id="my-id", client_secret="my-secret", base_url=url)
print("given", given.widgets.retrieve("1").auth, len(exchanges))

client = acme_sdk.Acme(client_id="my-id", client_secret="my-secret", base_url=url)
print("pair", client.widgets.retrieve("1").auth, client.widgets.retrieve("1").auth, len(exchanges))
print("form", exchanges[0][1] == {"grant_type": ["client_credentials"], "scope": ["read"]})

# A request's own Authorization: no token is fetched for it; refused, the token held is kept (no exchange).
refused.add("own")
fresh = acme_sdk.Acme(client_id="my-id", client_secret="my-secret", base_url=url)
print("fresh", status(lambda: fresh.widgets.retrieve("1", extra_headers={"Authorization": "Bearer own"})), len(exchanges))
print("own", status(lambda: client.widgets.retrieve("1", extra_headers={"Authorization": "Bearer own"})), len(exchanges))
print("kept", client.widgets.retrieve("1").auth)

# token-1 refused: token-2 exchanged in its place, refused too: the 401 raised, token-2 dropped; token-3 next.
refused.update({"token-1", "token-2"})
print("renewal", status(lambda: client.widgets.retrieve("1")), len(exchanges))
print("anew", client.widgets.retrieve("1").auth, len(exchanges))

async def main():
    async with acme_sdk.AsyncAcme(client_id="my-id", client_secret="my-secret", base_url=url) as aclient:
        first = (await aclient.widgets.retrieve("1")).auth
        refused.add(first[len("Bearer "):])
        again = (await aclient.widgets.retrieve("1")).auth
        print("async", first, again, len(exchanges))

asyncio.run(main())
`;

const COPY = `${SERVER}
import acme_sdk

client = acme_sdk.Acme(client_id="my-id", client_secret="my-secret", base_url=url)
first = client.widgets.retrieve("1").auth
copies = [client.with_options(timeout=5), client.copy(max_retries=1).copy()]
print("copies", first, [c.widgets.retrieve("1").auth for c in copies], len(exchanges))
print("other", client.copy(client_secret="other").widgets.retrieve("1").auth, len(exchanges))
print("anew", acme_sdk.Acme(client_id="my-id", client_secret="my-secret", base_url=url).widgets.retrieve("1").auth)
`;

/**
 * Whether `copy()` hands the token store on (generator/emit/python/client/print-client-copy.ts calling
 * `clientCredentialsCopy`, the hook /tmp/h-oauth4/hooks.patch adds): until then a copy exchanges its own token.
 */
const COPY_HOOK = readFileSync(path.join(ROOT, 'generator/emit/python/client/print-client-copy.ts'), 'utf8').includes(
  'clientCredentialsCopy',
);

describe.runIf(PYTHON_FULL)('OAuth2 client credentials from the spec alone, Python', () => {
  const spec = oauthSpec('/oauth/token') as { security: unknown };
  spec.security = [{ OAuth2: ['read'] }];
  const sdk = pythonSdk('py-oauth-spec-only', { spec: { name: 'spec.json', text: JSON.stringify(spec) } });

  it('a token given is sent; without one the client ID and secret are exchanged; renewal and own headers', async () => {
    const result = await sdk.run(PROGRAM);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'given Bearer given 0',
      'pair Bearer token-1 Bearer token-1 1',
      'form True',
      'fresh 401 1',
      'own 401 1',
      'kept Bearer token-1',
      'renewal 401 2',
      'anew Bearer token-3 3',
      'async Bearer token-4 Bearer token-5 5',
    ]);
  }, 120_000);

  it.skipIf(!COPY_HOOK)(
    'copies (copy, with_options) share the token of the same credentials and base URL',
    async () => {
      const result = await sdk.run(COPY);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        "copies Bearer token-1 ['Bearer token-1', 'Bearer token-1'] 1",
        'other Bearer token-2 2',
        'anew Bearer token-3',
      ]);
    },
    120_000,
  );

  it.skipIf(!PYTHON_FULL)(
    'the client module passes pyright strict and mypy',
    async () => {
      const module = 'src/acme_sdk/_client.py';
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, [module])).toEqual([]);
      const mypy = await runProcess(
        venvPython(),
        ['-m', 'mypy', '--cache-dir', path.join(sdk.out, '..', 'mypy-cache'), module],
        { cwd: sdk.out, timeout: 300_000 },
      );
      expect(mypy.stdout.split('\n').filter((line) => line.includes(': error:'))).toEqual([]);
    },
    600_000,
  );
});

/**
 * OAuth2 client credentials in the Python client (the spec and config of test/oauth-client-credentials.test.ts): the
 * sync and async clients post `grant_type=client_credentials` (form-encoded; the ID and secret as HTTP Basic
 * credentials, or as form fields with `client_secret_post`) to the token URL before an authenticated request, keep the
 * token until shortly before `expires_in`, send it as `Authorization: Bearer`, exchange again once it has expired (one
 * exchange for async calls made at once), and raise the SDK's `AuthenticationError` for the token URL's 401 without
 * sending the call; the API's 401 for a token held drops it and retries the call once with a new one. Without the ID
 * or the secret (both may be None) nothing is exchanged or sent, and the tests' conftest.py leaves them out. Against a
 * 127.0.0.1 server in the program. With SDKGEN_PYTHON_TESTS=full the client module passes pyright strict and mypy.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL, pyrightErrorsUnderOwnSettings, runProcess, venvPython } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { OAUTH_CONFIG, oauthSpec } from '../helpers/oauth';

/** The token endpoint answers the nth exchange with `token-<n>` of lifetime EXPIRES (None: no expires_in). */
const PROGRAM = (expires: string) => `${LOCAL_SERVER}
import asyncio, base64
from urllib.parse import parse_qs
import acme

exchanges = []
state = {"refuse": False, "revoked": set(), "revoke_all": False}
lifetime = ${expires}

def answer(request):
    if request.path == "/oauth/token":
        exchanges.append((request.headers.get("Authorization"), parse_qs(request.body.decode())))
        if state["refuse"]:
            return (401, "application/json", b'{"error": "invalid_client"}')
        body = {"access_token": f"token-{len(exchanges)}", "token_type": "Bearer"}
        if lifetime is not None:
            body["expires_in"] = lifetime
        return body
    auth = request.headers.get("Authorization") or ""
    if not auth.startswith("Bearer ") or auth[len("Bearer "):] in state["revoked"] or state["revoke_all"]:
        return (401, "application/json", b'{"error": "no token"}')
    return {"id": request.path.split("/")[-1], "auth": auth}

url = serve(answer)
client = acme.Acme(client_id="my-id", client_secret="my-secret", base_url=url, max_retries=0)
print("sync", client.widgets.retrieve("1").auth, client.widgets.retrieve("2").auth, len(exchanges))
basic = "Basic " + base64.b64encode(b"my-id:my-secret").decode()
print("exchange", exchanges[0][0] == basic, sorted((k, v[0]) for k, v in exchanges[0][1].items()))

async def main():
    exchanges.clear()
    async_client = acme.AsyncAcme(client_id="my-id", client_secret="my-secret", base_url=url, max_retries=0)
    both = await asyncio.gather(async_client.widgets.retrieve("1"), async_client.widgets.retrieve("2"))
    last = await async_client.widgets.retrieve("1")
    print("async", [w.auth for w in both], last.auth, len(exchanges))

asyncio.run(main())

exchanges.clear()
state["refuse"] = True
wrong = acme.Acme(client_id="my-id", client_secret="wrong", base_url=url, max_retries=0)
try:
    wrong.widgets.retrieve("1")
    print("refused", "sent")
except acme.AuthenticationError as err:
    print("refused", type(err).__name__, err.status_code, len(exchanges))
state["refuse"] = False
print("again", wrong.widgets.retrieve("1").auth)

# Without the pair (it may be None): no exchange, no Authorization (the server answers 401).
exchanges.clear()
for bare in (acme.Acme(base_url=url, max_retries=0), acme.Acme(client_id="my-id", base_url=url, max_retries=0)):
    try:
        bare.widgets.retrieve("1")
        print("bare", "sent")
    except acme.AuthenticationError as err:
        print("bare", err.status_code, len(exchanges))

# The API refuses a token before it expires (revoked): dropped, and the call retried once with a new one.
exchanges.clear()
revoking = acme.Acme(client_id="my-id", client_secret="my-secret", base_url=url, max_retries=2)
first = revoking.widgets.retrieve("1").auth
state["revoked"].add(first[len("Bearer "):])
second = revoking.widgets.retrieve("1").auth
print("revoked", first != second, len(exchanges))
state["revoke_all"] = True
try:
    revoking.widgets.retrieve("1")
    print("refused again", "sent")
except acme.AuthenticationError as err:
    print("refused again", err.status_code, len(exchanges))
`;

describe('OAuth2 client credentials, Python', () => {
  const sdk = pythonSdk('py-oauth', {
    spec: { name: 'spec.json', text: JSON.stringify(oauthSpec('/oauth/token')) },
    config: { name: 'stainless.yml', text: OAUTH_CONFIG },
  });
  const expiring = pythonSdk('py-oauth-post', {
    spec: {
      name: 'spec.json',
      text: JSON.stringify(
        oauthSpec('/oauth/token', { 'x-token-endpoint-auth-method': 'client_secret_post', 'x-scopes': ['read'] }),
      ),
    },
    // A secret that may be None: the client then exchanges nothing (and pyright checks that branch).
    config: {
      name: 'stainless.yml',
      text: OAUTH_CONFIG.replace('read_env: ACME_CLIENT_SECRET', 'read_env: ACME_CLIENT_SECRET\n      nullable: true'),
    },
  });

  it('exchanges once, reuses the token, and raises the token URL 401 as AuthenticationError', async () => {
    const result = await sdk.run(PROGRAM('3600'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'sync Bearer token-1 Bearer token-1 1',
      "exchange True [('grant_type', 'client_credentials')]",
      // Calls made at once share one exchange.
      "async ['Bearer token-1', 'Bearer token-1'] Bearer token-1 1",
      // The 401 of the token URL: the call to the API is never sent (the server would have answered 401 too).
      'refused AuthenticationError 401 1',
      'again Bearer token-2',
      'bare 401 0',
      'bare 401 0',
      // The second call's 401: a new token, and the call sent again with it.
      'revoked True 2',
      // The new token refused too: no other exchange, the 401 raised.
      'refused again 401 2',
    ]);
    // The tests' client is built without the pair (the mock server has no token URL).
    expect(sdk.read('tests/conftest.py')).not.toMatch(/client_id|client_secret/);
  }, 120_000);

  it('exchanges again once a token has expired; form credentials and scope with client_secret_post', async () => {
    // expires_in 0: expired as soon as it is used, without waiting on a clock.
    const result = await expiring.run(PROGRAM('0'));
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('sync Bearer token-1 Bearer token-2 2');
    expect(lines[1]).toBe(
      "exchange False [('client_id', 'my-id'), ('client_secret', 'my-secret'), ('grant_type', 'client_credentials'), ('scope', 'read')]",
    );
    // Async: a call waiting on another's exchange finds its token expired too, and exchanges again.
    expect(lines[2]).toBe("async ['Bearer token-1', 'Bearer token-2'] Bearer token-3 3");
  }, 120_000);

  it.skipIf(!PYTHON_FULL)(
    'the client module passes pyright strict and mypy',
    async () => {
      for (const out of [sdk.out, expiring.out]) {
        expect(await pyrightErrorsUnderOwnSettings(out, ['src/acme/_client.py'])).toEqual([]);
        const mypy = await runProcess(
          venvPython(),
          ['-m', 'mypy', '--cache-dir', path.join(out, '..', 'mypy-cache'), 'src/acme/_client.py'],
          { cwd: out, timeout: 300_000 },
        );
        expect(mypy.stdout.split('\n').filter((line) => line.includes(': error:'))).toEqual([]);
      }
    },
    600_000,
  );
});

/**
 * OAuth2 client credentials in the Python client, beyond test/python/oauth-client-credentials-python.test.ts: threads
 * calling one sync client at once share one exchange (a lock around it, as the async client's); credentials outside
 * Latin-1 reach the token URL as UTF-8 Basic credentials, the bytes the TypeScript client sends. Against a 127.0.0.1
 * server in the program. With SDKGEN_PYTHON_TESTS=full the client module passes pyright strict and mypy.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/oauth-client-credentials-python.test.ts samples OAuth2 (docs/contributing.md, "What `npm test`
// samples").
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL, pyrightErrorsUnderOwnSettings, runProcess, venvPython } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { OAUTH_CONFIG, oauthSpec } from '../helpers/oauth';

/**
 * A server whose token endpoint answers the nth exchange with `token-<n>`, the first one slowly (so that threads
 * calling at once find it under way), and whose API echoes the bearer token it gets (401 without one).
 */
const SERVER = `${LOCAL_SERVER}
import base64, threading, time
from urllib.parse import parse_qs

exchanges = []
exchanges_lock = threading.Lock()

def answer(request):
    if request.path == "/oauth/token":
        with exchanges_lock:
            exchanges.append((request.headers.get("Authorization"), parse_qs(request.body.decode())))
            n = len(exchanges)
        if n == 1:
            time.sleep(0.5)
        return {"access_token": f"token-{n}", "token_type": "Bearer", "expires_in": 3600}
    auth = request.headers.get("Authorization") or ""
    if not auth.startswith("Bearer "):
        return (401, "application/json", b'{"error": "no token"}')
    return {"id": request.path.split("/")[-1], "auth": auth}

url = serve(answer)
`;

const THREADS = `${SERVER}
import acme

client = acme.Acme(client_id="my-id", client_secret="my-secret", base_url=url, max_retries=0)
results = []
start = threading.Barrier(4)

def call():
    start.wait()
    results.append(client.widgets.retrieve("1").auth)

threads = [threading.Thread(target=call) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("threads", sorted(results), len(exchanges))

exchanges.clear()
utf8 = acme.Acme(client_id="clïent-✓", client_secret="秘密-🔑", base_url=url, max_retries=0)
print("utf8", utf8.widgets.retrieve("1").auth)
print("basic", exchanges[0][0] == "Basic " + base64.b64encode("clïent-✓:秘密-🔑".encode("utf-8")).decode())
`;

describe.runIf(PYTHON_FULL)('OAuth2 client credentials, Python: threads, UTF-8', () => {
  const withConfig = pythonSdk('py-oauth-threads', {
    spec: { name: 'spec.json', text: JSON.stringify(oauthSpec('/oauth/token')) },
    config: { name: 'stainless.yml', text: OAUTH_CONFIG },
  });

  it('threads calling one sync client at once share one exchange; UTF-8 Basic credentials', async () => {
    const result = await withConfig.run(THREADS);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      "threads ['Bearer token-1', 'Bearer token-1', 'Bearer token-1', 'Bearer token-1'] 1",
      'utf8 Bearer token-1',
      'basic True',
    ]);
  }, 120_000);

  it.skipIf(!PYTHON_FULL)(
    'the client modules pass pyright strict and mypy',
    async () => {
      for (const [out, module] of [[withConfig.out, 'src/acme/_client.py']]) {
        expect(await pyrightErrorsUnderOwnSettings(out, [module])).toEqual([]);
        const mypy = await runProcess(
          venvPython(),
          ['-m', 'mypy', '--cache-dir', path.join(out, '..', 'mypy-cache'), module],
          { cwd: out, timeout: 300_000 },
        );
        expect(mypy.stdout.split('\n').filter((line) => line.includes(': error:'))).toEqual([]);
      }
    },
    600_000,
  );
});

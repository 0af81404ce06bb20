/**
 * Per-operation security in a generated Python SDK: a spec with bearer, basic and API keys in a header, the query and
 * a cookie, whose operations each accept other schemes (one, alternatives, two together, optional, none, the API's).
 * `npm test` checks what the generator writes; with SDKGEN_PYTHON_TESTS=full the SDK calls a local server that
 * answers with what it received, and pyright strict checks the client.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

/** Calls every operation through a local server answering with the credentials it received, one line each. */
const SECURITY_CHECK = `${LOCAL_SERVER}
import asyncio
from urllib.parse import urlsplit
from guarded_sdk import Guarded, AsyncGuarded

def echo(request):
    return {
        "auth": request.headers.get("Authorization"),
        "key": request.headers.get("X-Api-Key"),
        "cookie": request.headers.get("Cookie"),
        "query": urlsplit(request.path).query,
    }

url = serve(echo)
every = Guarded(
    base_url=url, max_retries=0, bearer_auth="B", basic_auth_username="u", basic_auth_password="p",
    header_key="K", query_key="Q", cookie_key="C",
)
basic_only = Guarded(base_url=url, max_retries=0, basic_auth_username="u", basic_auth_password="p")

def show(name, seen):
    print(f"{name}|{seen.auth}|{seen.key}|{seen.cookie}|{seen.query}")

show("bearer", every.bearer.retrieve())
show("basic", every.basic.retrieve())
show("header_key", every.header.retrieve())
show("query_key", every.in_url.retrieve())
show("cookie_key", every.cookie.retrieve(theme="dark"))
show("bearer_or_basic", every.either.retrieve())
show("bearer_or_basic without bearer", basic_only.either.retrieve())
show("key_and_cookie", every.both.retrieve())
show("optional", every.optional.retrieve())
show("optional without key", basic_only.optional.retrieve())
show("open", every.open.retrieve())
show("any", every.any.retrieve())

async def main():
    client = AsyncGuarded(base_url=url, max_retries=0, header_key="K", cookie_key="C", query_key="Q")
    show("async cookie_key", await client.cookie.retrieve(theme="dark"))
    show("async query_key", await client.in_url.retrieve())

asyncio.run(main())
`;

const BASIC = `Basic ${Buffer.from('u:p').toString('base64')}`;

describe('a spec whose operations accept different security schemes', () => {
  const read = (file: string) => sdk.read(`src/guarded_sdk/${file}`);
  const sdk = pythonSdk('py-security', { spec: path.join(import.meta.dirname, 'fixtures', 'security-schemes.yaml') });

  it("names each operation's schemes in its request, where they are not the client's as configured", () => {
    expect(read('resources/either.py')).toContain('security=[["bearerAuth"], ["basicAuth"]],');
    expect(read('resources/both.py')).toContain('security=[["headerKey", "cookieKey"]],');
    expect(read('resources/optional.py')).toContain('security=[["queryKey"], []],');
    expect(read('resources/open.py')).toContain('security=[],');
    expect(read('resources/any.py')).not.toContain('security=');
    const client = read('_client.py');
    // A cookie key is a credential the client sends, by default and where an operation names it.
    expect(client).toContain('def auth_cookies(self) -> dict[str, str]:');
    expect(client).toContain('AuthCredentials(cookies={"session": self.cookie_key})');
    expect(client).toMatch(/if scheme == "basicAuth":\n\s+return AuthCredentials\(headers=self\._basic_auth\)/);
  });

  it.runIf(PYTHON_FULL)(
    'sends the credentials of the first requirement the client holds, and none where the operation needs none',
    async () => {
      const result = await sdk.run(SECURITY_CHECK);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        'bearer|Bearer B|None|None|',
        `basic|${BASIC}|None|None|`,
        'header_key|None|K|None|',
        'query_key|None|None|None|api_key=Q',
        'cookie_key|None|None|session=C; theme=dark|',
        'bearer_or_basic|Bearer B|None|None|',
        `bearer_or_basic without bearer|${BASIC}|None|None|`,
        'key_and_cookie|None|K|session=C|',
        'optional|None|None|None|api_key=Q',
        'optional without key|None|None|None|',
        'open|None|None|None|',
        // The API's own: every credential; of the two setting Authorization, the first scheme's.
        'any|Bearer B|K|session=C|api_key=Q',
        'async cookie_key|None|None|session=C; theme=dark|',
        'async query_key|None|None|None|api_key=Q',
      ]);
    },
    120_000,
  );

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict',
    async () => {
      // The SDK's own settings (strict); the runtime's files are checked by runtime.test.ts.
      expect(
        await pyrightErrorsUnderOwnSettings(sdk.out, ['src/guarded_sdk/_client.py', 'src/guarded_sdk/resources']),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});

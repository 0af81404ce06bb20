/**
 * A request whose operation names security schemes the client holds no credential of raises a `TypeError` before it
 * is sent (as a Stainless client does for its configured credentials), naming the options, their environment
 * variables and the headers that may be omitted instead; an operation whose security is optional or empty is sent.
 * With SDKGEN_PYTHON_TESTS=full the SDK calls a local server that counts the requests it received.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { environmentWithout, LOCAL_SERVER, pythonSdk, runPythonAgainst } from '../helpers/python-sdk';

const MISSING_CHECK = `${LOCAL_SERVER}
import asyncio
from guarded_sdk import Guarded, AsyncGuarded, Omit
from unheld_sdk import Unheld

url, received = serve_recording(lambda request: request.path.split("?")[0])
bare = Guarded(base_url=url, max_retries=0)
header_only = Guarded(base_url=url, max_retries=0, header_key="K")

def attempt(name, call):
    try:
        call()
        print(f"{name}|sent|{len(received)}")
    except TypeError as err:
        print(f"{name}|TypeError: {err}|{len(received)}")

attempt("bearer", lambda: bare.bearer.retrieve())
attempt("either", lambda: bare.either.retrieve())
attempt("both, one held", lambda: header_only.both.retrieve())
attempt("query_key", lambda: bare.in_url.retrieve())
attempt("optional", lambda: bare.optional.retrieve())
attempt("open", lambda: bare.open.retrieve())
attempt("bearer, Authorization omitted", lambda: bare.bearer.retrieve(extra_headers={"Authorization": Omit()}))
attempt("bearer, Authorization given", lambda: bare.bearer.retrieve(extra_headers={"Authorization": "Bearer own"}))
unheld = Unheld(base_url=url, max_retries=0, api_key="K")
attempt("a scheme with no option", lambda: unheld.reports.retrieve())
attempt("or a scheme with no option", lambda: Unheld(base_url=url, max_retries=0, api_key="K").keys.retrieve())

async def main():
    try:
        await AsyncGuarded(base_url=url, max_retries=0).bearer.retrieve()
        print(f"async bearer|sent|{len(received)}")
    except TypeError as err:
        print(f"async bearer|TypeError: {err}|{len(received)}")

asyncio.run(main())
`;

const PREFIX = 'TypeError: Could not resolve authentication method. Expected';

describe('a request naming security schemes the client holds no credential of', () => {
  const sdk = pythonSdk('py-missing-credentials', {
    spec: path.join(import.meta.dirname, 'fixtures', 'security-schemes.yaml'),
  });
  // An operation naming a scheme the client has no option for (OAuth 2): its own headers may carry it.
  const unheld = pythonSdk('py-missing-credentials-unheld', {
    spec: path.join(import.meta.dirname, 'fixtures', 'unheld-scheme.yaml'),
  });

  it('gives the client the options holding each scheme', () => {
    const client = sdk.read('src/guarded_sdk/_client.py');
    expect(client).toContain('def _scheme_options(self, scheme: str) -> tuple[SchemeOption, ...]:');
    expect(client).toContain('return (SchemeOption("bearer_auth", "GUARDED_BEARER_AUTH", "Authorization"),)');
  });

  it.runIf(PYTHON_FULL)(
    'raises before sending, naming the options, their environment variables and headers',
    async () => {
      const result = await runPythonAgainst([sdk.out, unheld.out], MISSING_CHECK, {
        env: environmentWithout('GUARDED_'),
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        `bearer|${PREFIX} the bearer_auth to be set (or the \`GUARDED_BEARER_AUTH\` environment variable). Or for the \`Authorization\` headers to be explicitly omitted|0`,
        `either|${PREFIX} either bearer_auth or basic_auth_username and basic_auth_password to be set (or the \`GUARDED_BEARER_AUTH\` or \`GUARDED_BASIC_AUTH_USERNAME\` or \`GUARDED_BASIC_AUTH_PASSWORD\` environment variables). Or for the \`Authorization\` headers to be explicitly omitted|0`,
        `both, one held|${PREFIX} the header_key and cookie_key to be set (or the \`GUARDED_HEADER_KEY\` or \`GUARDED_COOKIE_KEY\` environment variables). Or for the \`X-Api-Key\` headers to be explicitly omitted|0`,
        `query_key|${PREFIX} the query_key to be set (or the \`GUARDED_QUERY_KEY\` environment variable).|0`,
        'optional|sent|1',
        'open|sent|2',
        'bearer, Authorization omitted|sent|3',
        'bearer, Authorization given|sent|4',
        'a scheme with no option|sent|5',
        'or a scheme with no option|sent|6',
        `async bearer|${PREFIX} the bearer_auth to be set (or the \`GUARDED_BEARER_AUTH\` environment variable). Or for the \`Authorization\` headers to be explicitly omitted|6`,
      ]);
    },
    120_000,
  );
  if (!PYTHON_FULL) it.skip(`requests: ${FULL_ONLY_NOTICE}`, () => {});
});

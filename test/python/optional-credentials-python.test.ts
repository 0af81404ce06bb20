/**
 * A client whose credentials are all optional (`nullable` options) checks before each request, as a Stainless client
 * does in `_validate_headers`, that some credential header is set (by an option, its environment variable or the
 * request) or explicitly omitted with `Omit()` (by the request or the client's `default_headers`); else it raises a
 * `TypeError` naming the options and headers, and sends nothing. No such check where a credential is required,
 * where the config's security allows none (`{}`), or without a Stainless config (a plain spec's credentials may be
 * optional because its API goes without). With SDKGEN_PYTHON_TESTS=full the SDKs call a local server that records what it received.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import {
  environmentWithout,
  generatePythonInto,
  LOCAL_SERVER,
  pythonTempDir,
  runPythonAgainst,
} from '../helpers/python-sdk';

const CHECK = `${LOCAL_SERVER}
import asyncio, os
from loose_sdk import Loose, AsyncLoose, Omit
from single_sdk import Single
from anonymous_sdk import Anonymous
from optional_credentials_sdk import OptionalClient as Plain

url, received = serve_recording(lambda request: f"key={request.headers.get('x-loose-key')} auth={request.headers.get('Authorization')}")

def attempt(name, call):
    before = len(received)
    try:
        call()
        print(f"{name}|{received[before] if len(received) > before else 'nothing received'}")
    except TypeError as err:
        print(f"{name}|TypeError: {err}|{len(received) - before}")

attempt("none", lambda: Loose(base_url=url, max_retries=0).things.list())
attempt("api_key", lambda: Loose(base_url=url, max_retries=0, api_key="K").things.list())
attempt("bearer_token", lambda: Loose(base_url=url, max_retries=0, bearer_token="T").things.list())
os.environ["LOOSE_BEARER_TOKEN"] = "E"
attempt("environment", lambda: Loose(base_url=url, max_retries=0).things.list())
del os.environ["LOOSE_BEARER_TOKEN"]
bare = Loose(base_url=url, max_retries=0)
attempt("request omits", lambda: bare.things.list(extra_headers={"Authorization": Omit()}))
attempt("request sets, other case", lambda: bare.things.list(extra_headers={"X-LOOSE-KEY": "own"}))
attempt("client omits", lambda: Loose(base_url=url, max_retries=0, default_headers={"x-loose-key": Omit()}).things.list())  # type: ignore[dict-item]
attempt("single", lambda: Single(base_url=url, max_retries=0).things.list())
attempt("anonymous allowed", lambda: Anonymous(base_url=url, max_retries=0).things.list())
attempt("plain spec", lambda: Plain(base_url=url, max_retries=0).things.list())

async def main():
    try:
        await AsyncLoose(base_url=url, max_retries=0).things.list()
        print("async none|sent")
    except TypeError as err:
        print(f"async none|TypeError: {err}")

asyncio.run(main())
`;

const BOTH =
  '"Could not resolve authentication method. Expected either api_key or bearer_token to be set. Or for one of the `x-loose-key` or `Authorization` headers to be explicitly omitted"';

describe('a client whose credentials are all optional', () => {
  const dir = pythonTempDir('py-optional-credentials');
  const fixtures = path.join(import.meta.dirname, 'fixtures');
  const [loose, single, required, anonymous, plain] = ['loose', 'single', 'required', 'anonymous', 'plain'].map(
    (name) => path.join(dir, name),
  );
  beforeAll(() => {
    const spec = path.join(fixtures, 'optional-credentials.yaml');
    const generate = (out: string, config?: string) =>
      generatePythonInto(dir, out, { spec, config: config && path.join(fixtures, config) });
    generate(loose, 'optional-credentials.stainless.yml');
    generate(single, 'optional-credential-single.stainless.yml');
    generate(anonymous, 'optional-credentials-anonymous.stainless.yml');
    generate(plain);
    generatePythonInto(dir, required, {
      spec: path.join(fixtures, 'option-named-resource.yaml'),
      config: path.join(fixtures, 'option-named-resource.stainless.yml'),
    });
  });

  it('checks every credential header, one check per header, and only there', () => {
    const client = readFileSync(path.join(loose, 'src/loose_sdk/_client.py'), 'utf8');
    expect(
      client.match(/def _validate_headers\(self, headers: Headers, custom_headers: Headers\) -> None:/g),
    ).toHaveLength(2);
    expect(client).toContain(
      'if headers.get("x-loose-key") or isinstance(custom_headers.get("x-loose-key"), Omit):\n            return\n',
    );
    expect(client).toContain(`raise TypeError(\n            '${BOTH}'\n        )`);
    for (const client of [
      'required/src/clash_sdk',
      'anonymous/src/anonymous_sdk',
      'plain/src/optional_credentials_sdk',
    ])
      expect(readFileSync(path.join(dir, client, '_client.py'), 'utf8'), client).not.toContain('_validate_headers');
  });

  it.runIf(PYTHON_FULL)(
    'raises before sending unless a credential header is set or omitted',
    async () => {
      const result = await runPythonAgainst([loose, single, anonymous, plain], CHECK, {
        env: environmentWithout('LOOSE_'),
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        `none|TypeError: ${BOTH}|0`,
        'api_key|key=K auth=None',
        'bearer_token|key=None auth=Bearer T',
        'environment|key=None auth=Bearer E',
        'request omits|key=None auth=None',
        'request sets, other case|key=own auth=None',
        'client omits|key=None auth=None',
        'single|TypeError: "Could not resolve authentication method. Expected the bearer_token to be set. Or for the `Authorization` headers to be explicitly omitted"|0',
        'anonymous allowed|key=None auth=None',
        'plain spec|key=None auth=None',
        `async none|TypeError: ${BOTH}`,
      ]);
    },
    120_000,
  );
  if (!PYTHON_FULL) it.skip(`requests: ${FULL_ONLY_NOTICE}`, () => {});
});

/**
 * A path param a client option fills in (a Stainless config's `send_as_path_param`): keyword-only and optional
 * (`account_id: str | None = None`), the client's value where the call leaves it out, the call's own otherwise, and
 * a ValueError naming the option when neither gives one. The requests go to a local server that records them
 * (cheap: one generation and one Python process).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/client-method-resource-r30c.test.ts samples the Python client (docs/contributing.md, "What `npm
// test` samples").
import { describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { PYTHON_FULL } from '../helpers/python';

const SPEC = `
openapi: 3.0.3
info: { title: Builds, version: '1' }
paths:
  /accounts/{account_id}/builds:
    get:
      operationId: listBuilds
      parameters:
        - { name: account_id, in: path, required: true, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /accounts/{account_id}/builds/{build_id}:
    get:
      operationId: getBuild
      parameters:
        - { name: account_id, in: path, required: true, schema: { type: string } }
        - { name: build_id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
client_settings:
  opts:
    account_id:
      type: string
      nullable: true
      read_env: ACME_ACCOUNT_ID
      send_as_path_param: account_id
resources:
  builds:
    methods:
      list: get /accounts/{account_id}/builds
      retrieve: get /accounts/{account_id}/builds/{build_id}
`;

const CHECK = `${LOCAL_SERVER}
import asyncio, os
from acme_sdk import Acme, AsyncAcme

url, received = serve_recording(lambda request: request.path)

client = Acme(base_url=url, max_retries=0, account_id="acc-client")
client.builds.list()
client.builds.list(account_id="acc-call", limit=2)
client.builds.retrieve("b1")
client.with_options(account_id="acc-copy").builds.retrieve("b2")
os.environ["ACME_ACCOUNT_ID"] = "acc-env"
Acme(base_url=url, max_retries=0).builds.list()
del os.environ["ACME_ACCOUNT_ID"]
try:
    Acme(base_url=url, max_retries=0).builds.retrieve("b3")
except ValueError as error:
    received.append(f"ValueError: {error}")
try:
    client.builds.list(account_id="")
except ValueError as error:
    received.append(f"ValueError: {error}")

async def main():
    await AsyncAcme(base_url=url, max_retries=0, account_id="acc-async").builds.retrieve("b4")

asyncio.run(main())
print("\\n".join(received))
`;

describe.runIf(PYTHON_FULL)('path params a client option fills in', () => {
  const sdk = pythonSdk('py-client-path', {
    spec: { name: 'acme.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('takes the param keyword-only and optional, the last other path param positionally', () => {
    const resource = sdk.read('src/acme_sdk/resources/builds.py');
    expect(resource).toContain('        self,\n        *,\n        account_id: str | None = None,\n        limit:');
    expect(resource).toContain(
      '        self,\n        build_id: str,\n        *,\n        account_id: str | None = None,\n',
    );
    // (Stainless's Python SDKs do not document that the client fills it.)
    expect(resource).not.toContain("Defaults to the client's");
    const client = sdk.read('src/acme_sdk/_client.py');
    expect(client).toContain('    def _get_account_id_path_param(self) -> str:\n');
  });

  it("sends the client's value where the call leaves it out, the call's own otherwise, and asks for one", async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      '/accounts/acc-client/builds',
      '/accounts/acc-call/builds?limit=2',
      '/accounts/acc-client/builds/b1',
      '/accounts/acc-copy/builds/b2',
      '/accounts/acc-env/builds',
      "ValueError: Missing account_id argument; Please provide it at the client level, e.g. Acme(account_id='abcd') or per method.",
      "ValueError: Expected a non-empty value for `account_id` but received ''",
      '/accounts/acc-async/builds/b4',
    ]);
  }, 120_000);
});

/**
 * A client option and a top-level resource of one name (option `token`, resource `token`): the client cannot hold
 * both under one attribute (pyright: a property and an attribute of that name), so the resource takes the
 * `_resource` suffix (as the TypeScript client's `Resource` one) and the option keeps its constructor keyword. With
 * SDKGEN_PYTHON_TESTS=full the client calls a local server with the option's credential, and pyright strict checks
 * the client, the resources and the generated tests.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const CALL_CHECK = `${LOCAL_SERVER}
from clash_sdk import Clash

client = Clash(base_url=serve(lambda request: {"ok": request.headers.get("Authorization") == "Bearer T"}), max_retries=0, token="T")
print(client.token, client.token_resource.retrieve().ok, client.copy(token="U").token)
`;

describe('a client option and a resource of the same name', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const sdk = pythonSdk('py-option-named-resource', {
    spec: fixture('option-named-resource.yaml'),
    config: fixture('option-named-resource.stainless.yml'),
  });

  it('keeps the option and suffixes the resource', () => {
    const client = sdk.read('src/clash_sdk/_client.py');
    expect(client).toContain('    token: str\n');
    expect(client).toContain('    def token_resource(self) -> TokenResource:');
    expect(client).not.toMatch(/def token\(self\)/);
    expect(sdk.read('api.md')).toContain('client.token_resource.<a href=');
  });

  it.runIf(PYTHON_FULL)(
    'sends the option and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(CALL_CHECK);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('T True U');
      expect(
        await pyrightErrorsUnderOwnSettings(
          sdk.out,
          ['src/clash_sdk/_client.py', 'src/clash_sdk/resources', 'tests/api_resources'],
          ['src', '.'],
        ),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});

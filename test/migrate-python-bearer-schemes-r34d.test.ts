/**
 * Two bearer schemes of a spec, each with its option in a Stainless Python client (cartesia-python: `TokenAuth` sent
 * from `token`, `APIKeyAuth` from `api_key`, each by a property named after its scheme: `_token_auth`,
 * `_api_key_auth`), read for the config `sdkgen migrate --from-repo` writes: each option is the credential of the scheme
 * its property is named after. Read as the spec's first bearer scheme, both were `TokenAuth`'s, and the migrated client
 * sent no credential to the 45 operations whose security names `APIKeyAuth` alone (Prism answered 401: found by the
 * trials' check 9, the repository's own `./scripts/test`).
 */
import { describe, expect, it } from 'vitest';
import { pythonClientSettings } from '../generator/migrate/python/derived-config/client-options';

const CLIENT = `class Cartesia(SyncAPIClient):
    # client options
    api_key: str | None
    token: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("CARTESIA_API_KEY")
        self.api_key = api_key

        self.token = token

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        return {**self._token_auth, **self._api_key_auth}

    @property
    def _token_auth(self) -> dict[str, str]:
        token = self.token
        if token is None:
            return {}
        return {"Authorization": f"Bearer {token}"}

    @property
    def _api_key_auth(self) -> dict[str, str]:
        api_key = self.api_key
        if api_key is None:
            return {}
        return {"Authorization": f"Bearer {api_key}"}
`;

const SCHEMES = [
  { name: 'TokenAuth', kind: 'bearer' as const, header: null, query: null },
  { name: 'APIKeyAuth', kind: 'bearer' as const, header: null, query: null },
];

describe("a Stainless client's options of two bearer schemes", () => {
  it('are each the credential of the scheme its property is named after', () => {
    const settings = pythonClientSettings(CLIENT, 'Cartesia', SCHEMES, []);
    expect(settings?.opts.api_key).toMatchObject({ auth: { security_scheme: 'APIKeyAuth' } });
    expect(settings?.opts.token).toMatchObject({ auth: { security_scheme: 'TokenAuth' } });
    expect(settings?.schemes).toEqual({});
  });

  it("one bearer credential sent from `auth_headers` itself is the spec's bearer scheme, as before", () => {
    const one = CLIENT.replace(/ {4}@property\n {4}def _token_auth[\s\S]*$/, '').replace(
      'return {**self._token_auth, **self._api_key_auth}',
      'api_key = self.api_key\n        return {"Authorization": f"Bearer {api_key}"}',
    );
    const settings = pythonClientSettings(one, 'Cartesia', SCHEMES.slice(1), []);
    expect(settings?.opts.api_key).toMatchObject({ auth: { security_scheme: 'APIKeyAuth' } });
  });
});

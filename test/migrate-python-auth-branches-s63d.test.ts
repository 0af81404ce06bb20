/**
 * A client's `auth_headers` sending its API key in several forms, one branch a time (the owners' edit of
 * ContextualAI/contextual-client-python: `f"Snowflake Token={api_key}"` for Snowflake, `{}` inside it, else Stainless's
 * `f"Bearer {api_key}"`). The config `sdkgen migrate` writes from the repository takes the form it can read (the spec's
 * bearer scheme, as Stainless's config had it), and says nothing about leaving the key to the spec: it is not left
 * there. The owners' other branches are their edit of `_client.py`, which migrate carries or reports as such.
 */
import { describe, expect, it } from 'vitest';
import { pythonClientSettings } from '../generator/migrate/python/derived-config/client-options';

const CLIENT = `class Acme(SyncAPIClient):
    # client options
    api_key: str
    is_snowflake: bool

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("ACME_API_KEY")
        self.api_key = api_key

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        if self.is_snowflake:
            return {"Authorization": f"Snowflake Token={api_key}"}
        else:
            return {"Authorization": f"Bearer {api_key}"}
`;

const BEARER = [{ name: 'bearerAuth', kind: 'bearer' as const, header: null, query: null }];

describe('an API key auth_headers sends in one branch as a bearer token and in another otherwise', () => {
  it("is the spec's bearer credential, and no note says it is left to the spec", () => {
    const notes: string[] = [];
    const settings = pythonClientSettings(CLIENT, 'Acme', BEARER, notes);
    expect(settings?.opts.api_key.auth).toEqual({ security_scheme: 'bearerAuth' });
    expect(notes).toEqual([]);
  });

  it('the bearer branch first reads the same', () => {
    const swapped = CLIENT.replace('f"Snowflake Token={api_key}"', 'f"Bearer {api_key}"').replace(
      /(else:\n\s+return \{"Authorization": )f"Bearer \{api_key\}"/,
      '$1f"Snowflake Token={api_key}"',
    );
    expect(swapped.indexOf('Bearer')).toBeLessThan(swapped.indexOf('Snowflake Token'));
    const notes: string[] = [];
    expect(pythonClientSettings(swapped, 'Acme', BEARER, notes)?.opts.api_key.auth).toEqual({
      security_scheme: 'bearerAuth',
    });
    expect(notes).toEqual([]);
  });

  it('with no form read, the note still says the key is left to the spec', () => {
    const only = CLIENT.replace('f"Bearer {api_key}"', 'f"Token {api_key}"');
    const notes: string[] = [];
    expect(pythonClientSettings(only, 'Acme', BEARER, notes)?.opts.api_key).not.toHaveProperty('auth');
    expect(notes).toEqual(['_client.py: auth_headers sends api_key in a way not read: left to the spec']);
  });
});

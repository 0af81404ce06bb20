/**
 * `migrate --from-repo` on a Stainless Python SDK whose client authenticates two ways (anthropic's `api_key` sent as
 * the spec's `ApiKeyAuth` header, `auth_token` as a bearer the spec does not declare): the derived config's
 * `security` lists each scheme an option authenticates with, the spec's too, as the TypeScript move's does. With the
 * declared bearer alone, the operations took the spec's `x-api-key` header as a parameter of every method
 * (`x_api_key=`), and the owners' edits to those methods found no place.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Models

Methods:

- <code title="get /v1/models">client.models.<a href="./src/acme/resources/models.py">list</a>() -> <a href="./src/acme/types/model_list_response.py">ModelListResponse</a></code>
`;

const CLIENT = `import os


class Acme(SyncAPIClient):
    # client options
    api_key: str | None
    auth_token: str | None

    def __init__(self, *, api_key: str | None = None, auth_token: str | None = None) -> None:
        if api_key is None:
            api_key = os.environ.get("ACME_API_KEY")
        self.api_key = api_key

        if auth_token is None:
            auth_token = os.environ.get("ACME_AUTH_TOKEN")
        self.auth_token = auth_token

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        return {**self._api_key_auth, **self._bearer_auth}

    @property
    def _api_key_auth(self) -> dict[str, str]:
        api_key = self.api_key
        if api_key is None:
            return {}
        return {"X-Api-Key": api_key}

    @property
    def _bearer_auth(self) -> dict[str, str]:
        auth_token = self.auth_token
        if auth_token is None:
            return {}
        return {"Authorization": f"Bearer {auth_token}"}
`;

describe('the derived config of a Python client authenticating with the spec’s API key and a declared bearer', () => {
  it("lists both schemes in `security`, the spec's beside the declared one", () => {
    const result = derivePythonConfig(
      [
        { path: 'api.md', text: API_MD },
        { path: 'src/acme/_client.py', text: CLIENT },
      ] as never,
      'acme',
      {
        schemas: [],
        responseSchemas: new Map(),
        securitySchemes: [{ name: 'ApiKeyAuth', kind: 'apiKey', header: 'x-api-key', query: null }],
      } as never,
    );
    const config = yaml.load(result!.text) as Record<string, unknown>;
    expect(config.security_schemes).toEqual({ bearerAuth: { type: 'http', scheme: 'bearer' } });
    expect(config.security).toEqual([{ ApiKeyAuth: [] }, { bearerAuth: [] }]);
  });
});

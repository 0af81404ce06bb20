/**
 * An API key a Stainless Python client sends as the `Authorization` header itself (`auth_headers`:
 * `return {"Authorization": api_key}`), read for the config `sdkgen migrate` writes from the repository: the option is
 * the credential of the spec's API key scheme of that header (`auth: { security_scheme: ApiKeyHeader }`), as
 * Stainless's config said. EvickaStudio/bundestag-api-python's spec declares that scheme and an API key in the query
 * as well (`ApiKeyQuery`, both in its `security`); Stainless's client had the one `api_key`. Unread, the config left
 * auth to the spec and the migrated client took `api_key_header`, `api_key_query` and a plain `api_key`, and the
 * owners' edit of `auth_headers` (`f"ApiKey {api_key}"`, which migrate reads too) had no place to go.
 */
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonClientSettings } from '../generator/migrate/python/derived-config/client-options';
import { migratedFromRepo } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const CLIENT = `class Acme(SyncAPIClient):
    # client options
    api_key: str | None

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
        if api_key is None:
            return {}
        return {"Authorization": api_key}
`;

const HEADER_AND_QUERY = [
  { name: 'ApiKeyHeader', kind: 'apiKey' as const, header: 'Authorization', query: null },
  { name: 'ApiKeyQuery', kind: 'apiKey' as const, header: null, query: 'apikey' },
];

describe('an API key sent as the Authorization header', () => {
  it("is the credential of the spec's API key scheme of that header", () => {
    const notes: string[] = [];
    expect(pythonClientSettings(CLIENT, 'Acme', HEADER_AND_QUERY, notes)).toEqual({
      opts: {
        api_key: {
          type: 'string',
          read_env: 'ACME_API_KEY',
          nullable: true,
          auth: { security_scheme: 'ApiKeyHeader' },
        },
      },
      schemes: {},
      envPrefix: null,
    });
    expect(notes).toEqual([]);
  });

  it('is read with words around it too (an edit of the owners), and in any case of the header name', () => {
    const prefixed = CLIENT.replace('{"Authorization": api_key}', '{"authorization": f"ApiKey {api_key}"}');
    const notes: string[] = [];
    expect(pythonClientSettings(prefixed, 'Acme', HEADER_AND_QUERY, notes)?.opts.api_key.auth).toEqual({
      security_scheme: 'ApiKeyHeader',
    });
    expect(notes).toEqual([]);
  });

  it('is left to the spec, and said, when no API key scheme of the spec is sent in that header', () => {
    const notes: string[] = [];
    const query = [HEADER_AND_QUERY[1]];
    expect(pythonClientSettings(CLIENT, 'Acme', query, notes)?.opts.api_key).not.toHaveProperty('auth');
    expect(notes).toEqual(['_client.py: auth_headers sends api_key in a way not read: left to the spec']);
    // (A bearer scheme is not that header's API key: `{"Authorization": api_key}` sends no `Bearer `.)
    const bearer = [{ name: 'Bearer', kind: 'bearer' as const, header: null, query: null }];
    expect(pythonClientSettings(CLIENT, 'Acme', bearer, [])?.opts.api_key).not.toHaveProperty('auth');
  });
});

const SPEC = `openapi: 3.0.1
info: { title: Acme, version: 1.0.0 }
servers: [{ url: https://api.acme.test/v1 }]
security:
  - ApiKeyHeader: []
  - ApiKeyQuery: []
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
components:
  securitySchemes:
    ApiKeyHeader: { type: apiKey, in: header, name: Authorization }
    ApiKeyQuery: { type: apiKey, in: query, name: apikey }
  schemas:
    Thing:
      type: object
      properties: { id: { type: string } }
`;

/** Stainless's config of SPEC as Stainless's generation had it: one option, the header's key. */
const GENERATION = `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  opts:
    api_key:
      type: string
      read_env: ACME_API_KEY
      nullable: true
      auth: { security_scheme: ApiKeyHeader }
resources:
  things:
    methods:
      list: get /things
`;

describe.runIf(SLOW_FULL)('migrating a client whose one API key is the Authorization header', () => {
  it("writes that option as the header scheme's credential, and the client keeps it alone", () => {
    const { repo, run } = migratedFromRepo('migrate-python-authorization-api-key', SPEC, GENERATION, 1);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const config = yaml.load(readFileSync(path.join(repo, 'stainless.yml'), 'utf8')) as {
      client_settings: { opts: Record<string, unknown> };
    };
    expect(config.client_settings.opts.api_key).toMatchObject({ auth: { security_scheme: 'ApiKeyHeader' } });
    const client = readFileSync(path.join(repo, 'src/acme/_client.py'), 'utf8');
    expect(client).toContain('return {"Authorization": api_key}');
    expect(client).not.toMatch(/api_key_header|api_key_query|"apikey"/);
  });
});
